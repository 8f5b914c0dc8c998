// Pure decoding of Zadig answers. No network, no globals: bytes or QJsonDocument in, a typed
// value or an ApiError of kind BadResponse out. Rules (zadig-server-behaviour.md):
//  - the time field is create_time, with created_time as a fallback;
//  - null and missing arrays are empty; null progress is absent;
//  - unknown type/status values become Unknown (the raw text is kept);
//  - unknown fields are ignored;
//  - a wrong JSON type (string for a number, object for an array, ...) is a BadResponse,
//    never a crash and never a silently wrong value; its detail names the field path
//    ("list[3].create_time: expected a number").
// Our own choices where the server notes are silent:
//  - integer fields (counts, times, totals) take integral JSON numbers only: 1.5 is a
//    BadResponse ("expected an integer"), as is a number outside the field's range;
//  - a missing or null scalar is its default (empty string, 0, false);
//  - a bare `null` answer (a Go nil slice) is an empty list for the array endpoints;
//  - a detail without `version_info` is a BadResponse (nothing sensible to show);
//  - sub_distributes nested more than 16 levels deep is a BadResponse.
#pragma once

#include "result.h"
#include "types.h"

#include <QByteArray>
#include <QJsonDocument>

namespace zadig::decode {

// Parses bytes as a JSON document; invalid JSON, invalid UTF-8 or excessive nesting give a
// BadResponse error.
Result<QJsonDocument> parse(const QByteArray &body);

Result<VersionPage> versionPage(const QJsonDocument &doc);
Result<VersionDetail> versionDetail(const QJsonDocument &doc);

// 4.x/5.x ("delivery version v2", zadig-v4-v5-api.md section 2), same rules as above, plus:
//  - the list fills labels (labelsFromList is set) and source, and has no progress;
//  - the detail has no id (the caller keeps the list's), its time field is created_at (with
//    create_time as a fallback), and it must name its version ("version" missing: BadResponse);
//  - image_path is an object or null;
//  - the detail also fills the 2.3-3.4 fields the views read today (a bridge: deployInfos for
//    K8s, distributeInfos for Helm, info.progress from progressOfV2).
Result<VersionPage> versionPageV2(const QJsonDocument &doc);
Result<VersionDetail> versionDetailV2(const QJsonDocument &doc);
// A list page while the generation is not known yet: a 4.x/5.x page is told by its items'
// `source`, which every 4.x/5.x list item has and no 2.3-3.4 one does.
Result<VersionPage> versionPageOfEitherGeneration(const QJsonDocument &doc);
Result<ProjectPage> projectPage(const QJsonDocument &doc);
Result<QList<Environment>> environments(const QJsonDocument &doc);
Result<EnvironmentDetail> environmentDetail(const QJsonDocument &doc);
Result<QList<Registry>> registries(const QJsonDocument &doc);
Result<QList<ChartRepo>> chartRepos(const QJsonDocument &doc);
Result<QList<ChartVersion>> chartVersions(const QJsonDocument &doc);
// {"message":"success"} (any object is accepted; the HTTP status decides success).
Result<Done> success(const QJsonDocument &doc);

// Convenience: parse + decode.
template<typename Fn>
auto fromBytes(const QByteArray &body, Fn decoder) -> decltype(decoder(QJsonDocument()))
{
    auto doc = parse(body);
    if (!doc)
        return doc.error();
    return decoder(doc.value());
}

} // namespace zadig::decode
