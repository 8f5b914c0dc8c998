// Small helpers shared by SimState (3.x) and SimV2 (4.x/5.x): JSON answers in Zadig's shapes,
// query parameters as gin reads them, image references.
#pragma once

#include "simstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>
#include <utility>

namespace zadig::sim {

SimResponse jsonResponse(int status, const QJsonDocument &doc);
SimResponse jsonResponse(int status, const QJsonObject &object);
SimResponse jsonResponse(int status, const QJsonArray &array);
SimResponse empty(int status); // no Content-Type, no body (401, 403, a handler's panic)
SimResponse textResponse(int status, const QString &text); // text/plain
// A Zadig error: HTTP 400 with its own code in the body.
SimResponse zadigError(int code, const QString &message, const QString &description);
SimResponse success(); // 200 {"message":"success"}
// gin's binding error: HTTP 400 "参数错误" with the handler's own description.
SimResponse invalidParam(const QString &description);
// The binding error of a missing required field of the handler's args struct.
SimResponse requiredParam(const QString &structName, const QString &field);
QString noDocuments(); // Mongo's not-found text
QString hex(quint64 value, int width);
// "registry.example.com/mall/cart:1.2" -> "cart"
QString repoName(const QString &image);
// "registry.example.com/mall/cart:1.2" -> "1.2" ("" without a tag)
QString imageTag(const QString &image);
// A chart version as the Helm create handler accepts it (see tests/semvercases.h for where it
// differs from the app's check).
bool isSemVer(const QString &text);
// The [begin, end) rows of a 1-based page; empty past the end.
std::pair<qint64, qint64> pageSlice(qint64 pageNum, qint64 pageSize, qint64 total);
// Go's strconv.Atoi for query integers: nullopt when missing or not a number.
std::optional<qint64> intParam(const QUrlQuery &query, const QString &key);
QString param(const QUrlQuery &query, const QString &key);
QStringList stringList(const QJsonValue &value);
std::optional<QJsonObject> jsonBody(const QByteArray &body);

} // namespace zadig::sim
