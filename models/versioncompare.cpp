#include "versioncompare.h"

#include "exportformat.h"
#include "imageref.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace zadig {

namespace {

// One side's deliverable before pairing.
struct Entry
{
    CompareRow::Item item = CompareRow::Item::Image;
    QString service;
    QString module;
    QString ref;
    ManifestChart chart;
};

QString chartRef(const ManifestChart &chart)
{
    const QString name = chart.name + u':' + chart.version;
    return chart.repo.isEmpty() ? name : chart.repo + u'/' + name;
}

QList<Entry> entriesOf(const CompareSide &side)
{
    QList<Entry> entries;
    if (!side.manifest)
        return entries;
    for (const ManifestChart &c : side.manifest->charts)
        entries.append({CompareRow::Item::Chart, c.service, c.name, chartRef(c), c});
    for (const ManifestImage &i : side.manifest->images)
        entries.append({CompareRow::Item::Image, i.service, i.module, i.image, {}});
    return entries;
}

// The pairing key: item, service, module and which occurrence of the three this is.
QString keyOf(const Entry &e, QHash<QString, int> &seen)
{
    const QString base = (e.item == CompareRow::Item::Chart ? u"c"_s : u"i"_s) + u'\x1f' +
                         e.service + u'\x1f' + e.module;
    return base + u'\x1f' + QString::number(seen[base]++);
}

ChangeKind compareCharts(const ManifestChart &oldChart, const ManifestChart &newChart)
{
    if (oldChart.version != newChart.version)
        return ChangeKind::ChartVersionChanged;
    if (oldChart.repo != newChart.repo)
        return ChangeKind::RegistryChanged;
    return ChangeKind::Unchanged;
}

CompareRow rowOf(const Entry &e)
{
    CompareRow row;
    row.item = e.item;
    row.service = e.service;
    row.module = e.module;
    return row;
}

bool isChanged(ChangeKind kind)
{
    return kind == ChangeKind::TagChanged || kind == ChangeKind::RegistryChanged ||
           kind == ChangeKind::ChartVersionChanged;
}

QString cellText(const CompareSide &side, const QString &ref)
{
    return side.isAvailable() ? ref : "unavailable: "_L1 + side.unavailableReason;
}

QString itemName(CompareRow::Item item)
{
    return item == CompareRow::Item::Chart ? u"chart"_s : u"image"_s;
}

QJsonObject sideObject(const CompareSide &side)
{
    QJsonObject object{{u"version"_s, side.version}, {u"available"_s, side.isAvailable()}};
    if (!side.isAvailable())
        object.insert(u"reason"_s, side.unavailableReason);
    return object;
}

QJsonObject chartObject(const CompareRow &row, const ManifestChart &chart)
{
    return {{u"service"_s, row.service},
            {u"chart"_s, row.module},
            {u"version"_s, chart.version},
            {u"repo"_s, chart.repo}};
}

// The arrays of one item kind (images at the top level, charts in "charts").
QJsonObject changesObject(const Comparison &c, CompareRow::Item item)
{
    QJsonArray added, removed, changed, unavailable;
    int unchanged = 0;
    const bool charts = item == CompareRow::Item::Chart;
    for (const CompareRow &row : c.rows) {
        if (row.item != item)
            continue;
        auto one = [&](const QString &ref, const ManifestChart &chart) {
            return charts ? chartObject(row, chart)
                          : QJsonObject{{u"service"_s, row.service},
                                        {u"module"_s, row.module},
                                        {u"image"_s, ref}};
        };
        switch (row.change) {
        case ChangeKind::Added:
            added.append(one(row.newRef, row.newChart));
            break;
        case ChangeKind::Removed:
            removed.append(one(row.oldRef, row.oldChart));
            break;
        case ChangeKind::Unchanged:
            ++unchanged;
            break;
        case ChangeKind::Unavailable: {
            const bool known = c.oldSide.isAvailable();
            QJsonObject o = known ? one(row.oldRef, row.oldChart) : one(row.newRef, row.newChart);
            o.insert(u"side"_s, known ? u"old"_s : u"new"_s);
            unavailable.append(o);
            break;
        }
        case ChangeKind::TagChanged:
        case ChangeKind::RegistryChanged:
        case ChangeKind::ChartVersionChanged: {
            QJsonObject o{{u"service"_s, row.service},
                          {charts ? u"chart"_s : u"module"_s, row.module},
                          {u"from"_s, charts ? row.oldChart.version : row.oldRef},
                          {u"to"_s, charts ? row.newChart.version : row.newRef},
                          {u"change"_s, changeKindName(row.change)}};
            if (charts) {
                o.insert(u"fromRepo"_s, row.oldChart.repo);
                o.insert(u"toRepo"_s, row.newChart.repo);
            }
            changed.append(o);
            break;
        }
        }
    }
    return {{u"added"_s, added},
            {u"removed"_s, removed},
            {u"changed"_s, changed},
            {u"unchanged"_s, unchanged},
            {u"unavailable"_s, unavailable}};
}

} // namespace

QString changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Unchanged:
        return u"unchanged"_s;
    case ChangeKind::Added:
        return u"added"_s;
    case ChangeKind::Removed:
        return u"removed"_s;
    case ChangeKind::TagChanged:
        return u"tag_changed"_s;
    case ChangeKind::RegistryChanged:
        return u"registry_changed"_s;
    case ChangeKind::ChartVersionChanged:
        return u"chart_version_changed"_s;
    case ChangeKind::Unavailable:
        break;
    }
    return u"unavailable"_s;
}

ChangeKind compareImages(const QString &oldImage, const QString &newImage)
{
    const ImageRef a = ImageRef::parse(oldImage).normalized();
    const ImageRef b = ImageRef::parse(newImage).normalized();
    if (a == b)
        return ChangeKind::Unchanged;
    if (a.name() == b.name() && a.tag == b.tag && a.digest == b.digest)
        return ChangeKind::RegistryChanged;
    return ChangeKind::TagChanged;
}

CompareSide CompareSide::of(const Manifest &manifest)
{
    return {manifest.version, manifest, QString()};
}

CompareSide CompareSide::unavailable(const QString &version, const QString &reason)
{
    return {version, std::nullopt, reason};
}

CompareCounts Comparison::counts() const
{
    CompareCounts counts;
    for (const CompareRow &row : rows) {
        if (isChanged(row.change))
            ++counts.changed;
        else if (row.change == ChangeKind::Added)
            ++counts.added;
        else if (row.change == ChangeKind::Removed)
            ++counts.removed;
        else if (row.change == ChangeKind::Unchanged)
            ++counts.unchanged;
        else
            ++counts.unavailable;
    }
    return counts;
}

Comparison compareVersions(const CompareSide &oldSide, const CompareSide &newSide)
{
    Comparison c{oldSide, newSide, {}};
    const bool bothKnown = oldSide.isAvailable() && newSide.isAvailable();

    QHash<QString, int> seen;
    QHash<QString, qsizetype> rowOfKey;
    for (const Entry &e : entriesOf(oldSide)) {
        CompareRow row = rowOf(e);
        row.oldRef = e.ref;
        row.oldChart = e.chart;
        row.change = bothKnown ? ChangeKind::Removed : ChangeKind::Unavailable;
        rowOfKey.insert(keyOf(e, seen), c.rows.size());
        c.rows.append(row);
    }
    seen.clear();
    for (const Entry &e : entriesOf(newSide)) {
        const auto found = rowOfKey.constFind(keyOf(e, seen));
        if (found == rowOfKey.constEnd()) {
            CompareRow row = rowOf(e);
            row.newRef = e.ref;
            row.newChart = e.chart;
            row.change = bothKnown ? ChangeKind::Added : ChangeKind::Unavailable;
            c.rows.append(row);
            continue;
        }
        CompareRow &row = c.rows[*found];
        row.newRef = e.ref;
        row.newChart = e.chart;
        row.change = e.item == CompareRow::Item::Chart ? compareCharts(row.oldChart, e.chart)
                                                       : compareImages(row.oldRef, e.ref);
    }

    std::stable_sort(c.rows.begin(), c.rows.end(), [](const CompareRow &a, const CompareRow &b) {
        if (const int s = QString::compare(a.service, b.service, Qt::CaseInsensitive); s != 0)
            return s < 0;
        if (a.item != b.item)
            return a.item == CompareRow::Item::Chart;
        return QString::compare(a.module, b.module, Qt::CaseInsensitive) < 0;
    });
    return c;
}

QString countsText(const CompareCounts &counts)
{
    QStringList parts;
    auto add = [&parts](int n, QLatin1StringView word) {
        if (n > 0)
            parts.append(QString::number(n) + u' ' + word);
    };
    add(counts.changed, "changed"_L1);
    add(counts.added, "added"_L1);
    add(counts.removed, "removed"_L1);
    add(counts.unchanged, "unchanged"_L1);
    add(counts.unavailable, "unavailable"_L1);
    return parts.isEmpty() ? u"nothing to compare"_s : parts.join(", "_L1);
}

QByteArray toMarkdown(const Comparison &c)
{
    QString text = "# Changes from "_L1 + exportformat::markdownLine(c.oldSide.version) +
                   " to "_L1 + exportformat::markdownLine(c.newSide.version) + "\n\n"_L1;
    text += countsText(c.counts()) + "\n\n"_L1;
    for (const CompareSide *side : {&c.oldSide, &c.newSide}) {
        if (!side->isAvailable())
            text += "> The details of "_L1 + exportformat::markdownLine(side->version) +
                    " are unavailable: "_L1 + exportformat::markdownLine(side->unavailableReason) +
                    "\n\n"_L1;
    }
    QList<QStringList> rows;
    for (const CompareRow &row : c.rows) {
        if (row.isChange())
            rows.append({row.service, row.module, changeKindName(row.change),
                         cellText(c.oldSide, row.oldRef), cellText(c.newSide, row.newRef)});
    }
    if (!rows.isEmpty())
        text += exportformat::markdownTable(
            {u"Service"_s, u"Module"_s, u"Change"_s, c.oldSide.version, c.newSide.version}, rows);
    return text.toUtf8();
}

QByteArray toCsv(const Comparison &c)
{
    QList<QStringList> rows;
    rows.append({u"kind"_s, u"service"_s, u"module"_s, u"change"_s, u"old"_s, u"new"_s});
    for (const CompareRow &row : c.rows)
        rows.append({itemName(row.item), row.service, row.module, changeKindName(row.change),
                     cellText(c.oldSide, row.oldRef), cellText(c.newSide, row.newRef)});
    return exportformat::csvDocument(rows);
}

QByteArray toJson(const Comparison &c)
{
    QJsonObject object = changesObject(c, CompareRow::Item::Image);
    object.insert(u"old"_s, sideObject(c.oldSide));
    object.insert(u"new"_s, sideObject(c.newSide));
    const bool hasCharts = std::any_of(c.rows.cbegin(), c.rows.cend(), [](const CompareRow &r) {
        return r.item == CompareRow::Item::Chart;
    });
    if (hasCharts)
        object.insert(u"charts"_s, changesObject(c, CompareRow::Item::Chart));
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace zadig
