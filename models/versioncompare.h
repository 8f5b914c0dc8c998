// The comparison of two versions' deliverables: one row per service and module (container), and
// per chart for Helm, with what each side delivers and the kind of change. Works on manifests,
// so any two generations compare, and a side whose detail the server cannot give (a legacy
// version) is carried with its reason instead of failing the comparison.
//
// Rows pair up by (service, module) for images and (service, chart name) for charts; a key
// that occurs more than once on a side pairs in order of appearance.
//
// Change kinds of an image row, on references normalised by ImageRef (so "nginx" equals
// "docker.io/library/nginx:latest"):
//  - Unchanged: the same image;
//  - RegistryChanged: the same repository name, tag and digest in another registry host or
//    namespace (a promotion: the same build copied elsewhere);
//  - TagChanged: anything else, i.e. a different build: tag, digest or repository name differ
//    (whether or not the registry differs too).
// Of a chart row: ChartVersionChanged when the version differs, RegistryChanged when only the
// chart repo does. Unavailable: one side's detail is unknown, so nothing can be said.
#pragma once

#include "manifest.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace zadig {

enum class ChangeKind {
    Unchanged,
    Added,
    Removed,
    TagChanged,
    RegistryChanged,
    ChartVersionChanged,
    Unavailable,
};

// Stable words for exports and scripts: "unchanged", "added", "removed", "tag_changed",
// "registry_changed", "chart_version_changed", "unavailable".
QString changeKindName(ChangeKind kind);
// The change between two image references (neither empty side: use Added/Removed for those).
ChangeKind compareImages(const QString &oldImage, const QString &newImage);

struct CompareSide
{
    QString version; // the version's name, known even when its detail is not
    std::optional<Manifest> manifest;
    QString unavailableReason; // why there is no manifest

    static CompareSide of(const Manifest &manifest);
    static CompareSide unavailable(const QString &version, const QString &reason);
    bool isAvailable() const { return manifest.has_value(); }
};

struct CompareRow
{
    enum class Item { Image, Chart };

    Item item = Item::Image;
    QString service;
    QString module; // image rows: the container; chart rows: the chart name
    ChangeKind change = ChangeKind::Unchanged;
    // What each side delivers, empty when the side has no such row or is unavailable. Images:
    // the full reference; charts: "<repo>/<chart>:<version>" (the repo left out when empty).
    QString oldRef;
    QString newRef;
    // Chart rows only: each side's chart as the manifest has it.
    ManifestChart oldChart;
    ManifestChart newChart;

    bool isChange() const { return change != ChangeKind::Unchanged; }
};

struct CompareCounts
{
    int changed = 0; // tag, registry and chart version changes
    int added = 0;
    int removed = 0;
    int unchanged = 0;
    int unavailable = 0;
};

struct Comparison
{
    CompareSide oldSide;
    CompareSide newSide;
    // Sorted by service, then charts before images, then module, so a service's rows are
    // together whatever order each server listed them in.
    QList<CompareRow> rows;

    CompareCounts counts() const;
};

Comparison compareVersions(const CompareSide &oldSide, const CompareSide &newSide);

// "3 changed, 1 added, 12 unchanged": the non-zero counts in that order (then removed and
// unavailable), "nothing to compare" when there are no rows. English, for the exports.
QString countsText(const CompareCounts &counts);

// A change ticket: a title, the counts, a note for an unavailable side, and a table of every
// row that is not unchanged.
QByteArray toMarkdown(const Comparison &comparison);
// Every row, unchanged ones included (a spreadsheet filters them): kind, service, module,
// change (changeKindName), old, new; an unavailable side's cells say "unavailable: <reason>".
// UTF-8 with a BOM, CRLF.
QByteArray toCsv(const Comparison &comparison);
// {"old": {"version", "available", "reason"?}, "new": {...},
//  "added": [{"service", "module", "image"}], "removed": [...],
//  "changed": [{"service", "module", "from", "to", "change"}], "unchanged": <count>,
//  "unavailable": [{"service", "module", "image", "side"}],
//  and when there are chart rows "charts": {"added": [{"service", "chart", "version", "repo"}],
//  "removed", "changed": [{"service", "chart", "from", "to", "fromRepo", "toRepo", "change"}],
//  "unchanged", "unavailable"}}. Image rows only at the top level, so "from"/"to" there are
// always image references.
QByteArray toJson(const Comparison &comparison);

} // namespace zadig
