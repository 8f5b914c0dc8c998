// Manifest: what one delivery version is and delivers, in one shape for every server
// generation, and its three exports (Markdown for a ticket, CSV for a spreadsheet, JSON for a
// pipeline). The comparison of two versions (versioncompare.h) works on manifests too, so a
// 3.x version compares with a 4.x one row for row.
//
// The export texts are English and not translated: they are artefacts that go into tickets,
// files and scripts, and must read the same whatever the desktop's language.
#pragma once

#include "api/types.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace zadig {

// One image the version delivers.
struct ManifestImage
{
    QString service;
    QString module; // the container (service module)
    QString image;  // the full reference
    // Where the image lives: "<registry host>/<namespace>" from the reference; when the
    // reference names neither, the namespace or the registry id the detail gives.
    QString registry;
    QString registryId; // the Zadig registry id when the detail names one
    QString chart;      // Helm: the chart the image belongs to

    friend bool operator==(const ManifestImage &, const ManifestImage &) = default;
};

// One Helm chart the version delivers.
struct ManifestChart
{
    QString service;
    QString name;
    QString version;
    QString repo;

    friend bool operator==(const ManifestChart &, const ManifestChart &) = default;
};

struct Manifest
{
    QString projectKey;
    QString projectName;
    QString version; // the version's name
    VersionType type = VersionType::Unknown;
    QString typeText; // as on the wire: "K8SYaml", "HelmChart", or what the server sent
    VersionStatus status = VersionStatus::Unknown;
    QString statusText; // as on the wire: "success", "failed", ...
    QStringList labels;
    QString description;
    QString creator;
    qint64 createTime = 0; // Unix seconds; 0 when unknown
    QList<ManifestImage> images;
    QList<ManifestChart> charts; // Helm only

    friend bool operator==(const Manifest &, const Manifest &) = default;
};

// The manifest of a version from its list entry and its detail. Each fact comes from the detail
// where it has one and from the list entry otherwise (a 2.3-3.4 list has no labels, a 4.x/5.x
// detail no id). Deliverables:
//  - 4.x/5.x (detail.v2): one image per service image: the target reference when the image is
//    pushed (that is what the version delivers), the source otherwise; one chart per service
//    with a chart name, in the detail's chart repo;
//  - 2.3-3.4 Helm: charts from distributeInfos, images from their subDistributes;
//  - 2.3-3.4 K8s: one image per deploy info.
Manifest makeManifest(const QString &projectKey, const QString &projectName,
                      const VersionInfo &info, const VersionDetail &detail);

// The delivered image of a 4.x/5.x image entry: the target when pushed, else the source (each
// falling back to the other when empty).
QString deliveredImage(const VersionImage &image);

// "# Release manifest: <name>", a facts table, an images table and, for Helm, a charts table.
QByteArray toMarkdown(const Manifest &manifest,
                      const QTimeZone &zone = QTimeZone::systemTimeZone());
// One row per deliverable (images, then charts, told apart by the "kind" column), each repeating
// the version's facts, so a spreadsheet filter or a pivot keeps every row self-contained. A
// version with no deliverables still has one row, with its facts. UTF-8 with a BOM, CRLF.
QByteArray toCsv(const Manifest &manifest, const QTimeZone &zone = QTimeZone::systemTimeZone());
// {"project", "projectName", "version", "type", "status", "labels", "description", "creator",
//  "created" (ISO 8601 with offset, null when unknown), "images": [{"service", "module", "image",
//  "registry", "registryId"}], and for Helm "charts": [{"service", "name", "version", "repo"}]}.
QByteArray toJson(const Manifest &manifest, const QTimeZone &zone = QTimeZone::systemTimeZone());

} // namespace zadig
