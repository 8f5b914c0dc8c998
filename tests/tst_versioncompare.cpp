// The comparison of two versions: every change kind of an image, Helm chart versions and repos,
// pairing by service and module, an unavailable (legacy) side, the counts, and every export.
#include "exporttestutil.h"
#include "versioncompare.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zadig;

Q_DECLARE_METATYPE(zadig::ChangeKind)

namespace {

ManifestImage image(const QString &service, const QString &module, const QString &ref)
{
    return {service, module, ref, QString(), QString(), QString()};
}

Manifest manifest(const QString &name, const QList<ManifestImage> &images,
                  const QList<ManifestChart> &charts = {})
{
    Manifest m;
    m.projectKey = u"mall"_s;
    m.version = name;
    m.type = charts.isEmpty() ? VersionType::K8sYaml : VersionType::HelmChart;
    m.images = images;
    m.charts = charts;
    return m;
}

Comparison compare(const Manifest &before, const Manifest &after)
{
    return compareVersions(CompareSide::of(before), CompareSide::of(after));
}

// Old and new with one row of each image change kind.
Comparison everyKind()
{
    const Manifest before = manifest(u"v1"_s, {image(u"a"_s, u"a"_s, u"harbor.dev/team/a:1"_s),
                                               image(u"b"_s, u"b"_s, u"harbor.dev/dev/b:1"_s),
                                               image(u"c"_s, u"c"_s, u"harbor.dev/team/c:1"_s),
                                               image(u"d"_s, u"d"_s, u"harbor.dev/team/d:1"_s)});
    const Manifest after =
        manifest(u"v2"_s, {image(u"a"_s, u"a"_s, u"harbor.dev/team/a:2"_s),
                           image(u"b"_s, u"b"_s, u"harbor.example.com:5000/prod/b:1"_s),
                           image(u"c"_s, u"c"_s, u"harbor.dev/team/c:1"_s),
                           image(u"e"_s, u"e"_s, u"harbor.dev/team/e:1"_s)});
    return compare(before, after);
}

const CompareRow *find(const Comparison &c, const QString &service, const QString &module)
{
    for (const CompareRow &row : c.rows) {
        if (row.service == service && row.module == module)
            return &row;
    }
    return nullptr;
}

} // namespace

class TestVersionCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compareImages_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<ChangeKind>("kind");
        QTest::newRow("same") << u"harbor.dev/t/a:1"_s << u"harbor.dev/t/a:1"_s
                              << ChangeKind::Unchanged;
        QTest::newRow("same image, written differently")
            << u"nginx"_s << u"docker.io/library/nginx:latest"_s << ChangeKind::Unchanged;
        QTest::newRow("tag") << u"harbor.dev/t/a:1"_s << u"harbor.dev/t/a:2"_s
                             << ChangeKind::TagChanged;
        QTest::newRow("digest") << u"harbor.dev/t/a:1@sha256:aa"_s
                                << u"harbor.dev/t/a:1@sha256:bb"_s << ChangeKind::TagChanged;
        QTest::newRow("repository renamed")
            << u"harbor.dev/t/a:1"_s << u"harbor.dev/t/b:1"_s << ChangeKind::TagChanged;
        QTest::newRow("registry and tag")
            << u"harbor.dev/t/a:1"_s << u"other.io/t/a:2"_s << ChangeKind::TagChanged;
        QTest::newRow("registry host")
            << u"harbor.dev/t/a:1"_s << u"other.io/t/a:1"_s << ChangeKind::RegistryChanged;
        QTest::newRow("registry port") << u"harbor.dev:5000/t/a:1"_s << u"harbor.dev:5001/t/a:1"_s
                                       << ChangeKind::RegistryChanged;
        QTest::newRow("namespace")
            << u"harbor.dev/dev/a:1"_s << u"harbor.dev/prod/a:1"_s << ChangeKind::RegistryChanged;
        QTest::newRow("Docker Hub to private, same digest")
            << u"a@sha256:cc"_s << u"harbor.dev/t/a@sha256:cc"_s << ChangeKind::RegistryChanged;
    }

    void compareImages()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QTEST(zadig::compareImages(before, after), "kind");
    }

    void everyImageKind()
    {
        const Comparison c = everyKind();
        QCOMPARE(c.rows.size(), 5);
        QCOMPARE(find(c, u"a"_s, u"a"_s)->change, ChangeKind::TagChanged);
        QCOMPARE(find(c, u"b"_s, u"b"_s)->change, ChangeKind::RegistryChanged);
        QCOMPARE(find(c, u"c"_s, u"c"_s)->change, ChangeKind::Unchanged);
        const CompareRow *removed = find(c, u"d"_s, u"d"_s);
        QCOMPARE(removed->change, ChangeKind::Removed);
        QCOMPARE(removed->oldRef, u"harbor.dev/team/d:1"_s);
        QVERIFY(removed->newRef.isEmpty());
        const CompareRow *added = find(c, u"e"_s, u"e"_s);
        QCOMPARE(added->change, ChangeKind::Added);
        QVERIFY(added->oldRef.isEmpty());
        QCOMPARE(added->newRef, u"harbor.dev/team/e:1"_s);
        const CompareRow *tag = find(c, u"a"_s, u"a"_s);
        QCOMPARE(tag->oldRef, u"harbor.dev/team/a:1"_s);
        QCOMPARE(tag->newRef, u"harbor.dev/team/a:2"_s);
    }

    // The same module name in two services is two rows; one service's containers pair by
    // module, whatever order each side lists them in.
    void pairsByServiceAndModule()
    {
        const Manifest before = manifest(u"v1"_s, {image(u"s1"_s, u"app"_s, u"r.io/x/a:1"_s),
                                                   image(u"s2"_s, u"app"_s, u"r.io/x/b:1"_s),
                                                   image(u"s2"_s, u"sidecar"_s, u"r.io/x/c:1"_s)});
        const Manifest after = manifest(u"v2"_s, {image(u"s2"_s, u"sidecar"_s, u"r.io/x/c:1"_s),
                                                  image(u"s2"_s, u"app"_s, u"r.io/x/b:2"_s),
                                                  image(u"s1"_s, u"app"_s, u"r.io/x/a:1"_s)});
        const Comparison c = compare(before, after);
        QCOMPARE(c.rows.size(), 3);
        QCOMPARE(find(c, u"s1"_s, u"app"_s)->change, ChangeKind::Unchanged);
        QCOMPARE(find(c, u"s2"_s, u"app"_s)->change, ChangeKind::TagChanged);
        QCOMPARE(find(c, u"s2"_s, u"sidecar"_s)->change, ChangeKind::Unchanged);
        // Sorted by service, then module.
        QCOMPARE(c.rows[0].service, u"s1"_s);
        QCOMPARE(c.rows[2].module, u"sidecar"_s);
    }

    void duplicateKeysPairInOrder()
    {
        const Manifest before = manifest(u"v1"_s, {image(u"s"_s, u"m"_s, u"r.io/x/a:1"_s),
                                                   image(u"s"_s, u"m"_s, u"r.io/x/a:2"_s)});
        const Manifest after = manifest(u"v2"_s, {image(u"s"_s, u"m"_s, u"r.io/x/a:1"_s),
                                                  image(u"s"_s, u"m"_s, u"r.io/x/a:3"_s),
                                                  image(u"s"_s, u"m"_s, u"r.io/x/a:4"_s)});
        const Comparison c = compare(before, after);
        QCOMPARE(c.rows.size(), 3);
        QCOMPARE(c.rows[0].change, ChangeKind::Unchanged);
        QCOMPARE(c.rows[1].change, ChangeKind::TagChanged);
        QCOMPARE(c.rows[1].newRef, u"r.io/x/a:3"_s);
        QCOMPARE(c.rows[2].change, ChangeKind::Added);
    }

    void helmCharts()
    {
        const Manifest before = manifest(u"v1"_s, {image(u"a"_s, u"a"_s, u"r.io/x/a:1"_s)},
                                         {{u"a"_s, u"a"_s, u"1.0.0"_s, u"repo"_s},
                                          {u"b"_s, u"b"_s, u"1.0.0"_s, u"repo"_s},
                                          {u"c"_s, u"c"_s, u"1.0.0"_s, u"repo"_s},
                                          {u"d"_s, u"d"_s, u"1.0.0"_s, u"repo"_s}});
        const Manifest after = manifest(u"v2"_s, {image(u"a"_s, u"a"_s, u"r.io/x/a:1"_s)},
                                        {{u"a"_s, u"a"_s, u"1.1.0"_s, u"repo"_s},
                                         {u"b"_s, u"b"_s, u"1.0.0"_s, u"prod-repo"_s},
                                         {u"c"_s, u"c"_s, u"1.0.0"_s, u"repo"_s},
                                         {u"e"_s, u"e"_s, u"2.0.0"_s, QString()}});
        const Comparison c = compare(before, after);
        QCOMPARE(c.rows.size(), 6); // five charts and one image
        // A chart row comes before its service's images.
        QCOMPARE(c.rows[0].item, CompareRow::Item::Chart);
        QCOMPARE(c.rows[1].item, CompareRow::Item::Image);
        const CompareRow *version = find(c, u"a"_s, u"a"_s);
        QCOMPARE(version->change, ChangeKind::ChartVersionChanged);
        QCOMPARE(version->oldRef, u"repo/a:1.0.0"_s);
        QCOMPARE(version->newRef, u"repo/a:1.1.0"_s);
        QCOMPARE(version->newChart.version, u"1.1.0"_s);
        QCOMPARE(find(c, u"b"_s, u"b"_s)->change, ChangeKind::RegistryChanged);
        QCOMPARE(find(c, u"c"_s, u"c"_s)->change, ChangeKind::Unchanged);
        QCOMPARE(find(c, u"d"_s, u"d"_s)->change, ChangeKind::Removed);
        const CompareRow *added = find(c, u"e"_s, u"e"_s);
        QCOMPARE(added->change, ChangeKind::Added);
        QCOMPARE(added->newRef, u"e:2.0.0"_s);
        QCOMPARE(c.rows[1].change, ChangeKind::Unchanged); // the image of "a"
        QCOMPARE(countsText(c.counts()), u"2 changed, 1 added, 1 removed, 2 unchanged"_s);
    }

    // Two 2.3-3.4 Helm details through their manifests: a chart version bump is found.
    void helmFixtures()
    {
        const VersionDetail detail = test::detailFixture(u"seed_detail_helm.json"_s, false);
        VersionDetail bumped = detail;
        bumped.info.name = u"v5"_s;
        bumped.distributeInfos[1].chartVersion = u"1.77"_s;
        const Comparison c =
            compareVersions(CompareSide::of(makeManifest(u"demo"_s, {}, detail.info, detail)),
                            CompareSide::of(makeManifest(u"demo"_s, {}, bumped.info, bumped)));
        QCOMPARE(c.rows.size(), 4);
        QCOMPARE(find(c, u"service1"_s, u"service1"_s)->item, CompareRow::Item::Chart);
        QCOMPARE(find(c, u"service1"_s, u"service1"_s)->change, ChangeKind::ChartVersionChanged);
        QCOMPARE(countsText(c.counts()), u"1 changed, 3 unchanged"_s);
    }

    void unavailableSide_data()
    {
        QTest::addColumn<bool>("oldMissing");
        QTest::newRow("old is legacy") << true;
        QTest::newRow("new is legacy") << false;
    }

    void unavailableSide()
    {
        QFETCH(bool, oldMissing);
        const Manifest known = everyKind().oldSide.manifest.value();
        const CompareSide legacy =
            CompareSide::unavailable(u"old-one"_s, u"the server cannot read this version"_s);
        const Comparison c = oldMissing ? compareVersions(legacy, CompareSide::of(known))
                                        : compareVersions(CompareSide::of(known), legacy);
        QCOMPARE(c.rows.size(), known.images.size());
        for (const CompareRow &row : c.rows) {
            QCOMPARE(row.change, ChangeKind::Unavailable);
            QCOMPARE(oldMissing ? row.oldRef : row.newRef, QString());
            QVERIFY(!(oldMissing ? row.newRef : row.oldRef).isEmpty());
        }
        QCOMPARE(c.counts().unavailable, 4);
        QCOMPARE(countsText(c.counts()), u"4 unavailable"_s);
    }

    void bothUnavailable()
    {
        const Comparison c = compareVersions(CompareSide::unavailable(u"a"_s, u"x"_s),
                                             CompareSide::unavailable(u"b"_s, u"y"_s));
        QVERIFY(c.rows.isEmpty());
        QCOMPARE(countsText(c.counts()), u"nothing to compare"_s);
    }

    void countsTextLeavesOutZeros()
    {
        CompareCounts counts;
        counts.changed = 3;
        counts.added = 1;
        counts.unchanged = 12;
        QCOMPARE(countsText(counts), u"3 changed, 1 added, 12 unchanged"_s);
        const CompareCounts every = everyKind().counts();
        QCOMPARE(every.changed, 2);
        QCOMPARE(every.added, 1);
        QCOMPARE(every.removed, 1);
        QCOMPARE(every.unchanged, 1);
        QCOMPARE(every.unavailable, 0);
    }

    void json()
    {
        const QJsonObject o = test::jsonObject(toJson(everyKind()));
        QCOMPARE(o.value(u"old"_s).toObject(),
                 (QJsonObject{{u"version"_s, u"v1"_s}, {u"available"_s, true}}));
        QCOMPARE(o.value(u"added"_s).toArray(),
                 QJsonArray({QJsonObject{{u"service"_s, u"e"_s},
                                         {u"module"_s, u"e"_s},
                                         {u"image"_s, u"harbor.dev/team/e:1"_s}}}));
        QCOMPARE(o.value(u"removed"_s).toArray(),
                 QJsonArray({QJsonObject{{u"service"_s, u"d"_s},
                                         {u"module"_s, u"d"_s},
                                         {u"image"_s, u"harbor.dev/team/d:1"_s}}}));
        const QJsonArray changed = o.value(u"changed"_s).toArray();
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed[0].toObject(), (QJsonObject{{u"service"_s, u"a"_s},
                                                     {u"module"_s, u"a"_s},
                                                     {u"from"_s, u"harbor.dev/team/a:1"_s},
                                                     {u"to"_s, u"harbor.dev/team/a:2"_s},
                                                     {u"change"_s, u"tag_changed"_s}}));
        QCOMPARE(changed[1].toObject().value(u"change"_s).toString(), u"registry_changed"_s);
        QCOMPARE(o.value(u"unchanged"_s).toInt(-1), 1);
        QVERIFY(o.value(u"unchanged"_s).isDouble());
        QCOMPARE(o.value(u"unavailable"_s).toArray().size(), 0);
        QVERIFY(!o.contains(u"charts"_s));
    }

    void jsonCharts()
    {
        const Manifest before = manifest(u"v1"_s, {}, {{u"a"_s, u"a"_s, u"1.0.0"_s, u"r"_s}});
        const Manifest after = manifest(u"v2"_s, {}, {{u"a"_s, u"a"_s, u"1.1.0"_s, u"r2"_s}});
        const QJsonObject o = test::jsonObject(toJson(compare(before, after)));
        QCOMPARE(o.value(u"changed"_s).toArray().size(), 0); // images only at the top
        const QJsonObject charts = o.value(u"charts"_s).toObject();
        QCOMPARE(charts.value(u"changed"_s).toArray(),
                 QJsonArray({QJsonObject{{u"service"_s, u"a"_s},
                                         {u"chart"_s, u"a"_s},
                                         {u"from"_s, u"1.0.0"_s},
                                         {u"to"_s, u"1.1.0"_s},
                                         {u"fromRepo"_s, u"r"_s},
                                         {u"toRepo"_s, u"r2"_s},
                                         {u"change"_s, u"chart_version_changed"_s}}}));
        QCOMPARE(charts.value(u"unchanged"_s).toInt(-1), 0);
    }

    void jsonUnavailable()
    {
        const Comparison c = compareVersions(
            CompareSide::unavailable(u"old"_s, u"legacy type"_s),
            CompareSide::of(manifest(u"v2"_s, {image(u"a"_s, u"a"_s, u"r/a:1"_s)})));
        const QJsonObject o = test::jsonObject(toJson(c));
        QCOMPARE(o.value(u"old"_s).toObject(), (QJsonObject{{u"version"_s, u"old"_s},
                                                            {u"available"_s, false},
                                                            {u"reason"_s, u"legacy type"_s}}));
        QCOMPARE(o.value(u"unavailable"_s).toArray(),
                 QJsonArray({QJsonObject{{u"service"_s, u"a"_s},
                                         {u"module"_s, u"a"_s},
                                         {u"image"_s, u"r/a:1"_s},
                                         {u"side"_s, u"new"_s}}}));
        QCOMPARE(o.value(u"added"_s).toArray().size(), 0);
    }

    void csv()
    {
        const Manifest before =
            manifest(u"v1"_s, {image(u"购物车"_s, u"a,\"b\"\nc"_s, u"r.io/x/a:1"_s),
                               image(u"s"_s, u"same"_s, u"r.io/x/s:1"_s)});
        const Manifest after =
            manifest(u"v2"_s, {image(u"购物车"_s, u"a,\"b\"\nc"_s, u"r.io/x/a:2"_s),
                               image(u"s"_s, u"same"_s, u"r.io/x/s:1"_s)});
        const QByteArray bytes = toCsv(compare(before, after));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = test::parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(rows.size(), 3); // the unchanged row is there too
        QCOMPARE(rows[0], (QStringList{u"kind"_s, u"service"_s, u"module"_s, u"change"_s, u"old"_s,
                                       u"new"_s}));
        QCOMPARE(rows[2], (QStringList{u"image"_s, u"购物车"_s, u"a,\"b\"\nc"_s, u"tag_changed"_s,
                                       u"r.io/x/a:1"_s, u"r.io/x/a:2"_s}));
        QCOMPARE(rows[1].at(3), u"unchanged"_s);
    }

    void csvUnavailable()
    {
        const Comparison c =
            compareVersions(CompareSide::of(manifest(u"v1"_s, {image(u"a"_s, u"a"_s, u"r/a:1"_s)})),
                            CompareSide::unavailable(u"v2"_s, u"legacy, \"old\""_s));
        const QList<QStringList> rows = test::parseCsv(QString::fromUtf8(toCsv(c).mid(3)));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1], (QStringList{u"image"_s, u"a"_s, u"a"_s, u"unavailable"_s, u"r/a:1"_s,
                                       u"unavailable: legacy, \"old\""_s}));
    }

    void markdown()
    {
        const Manifest before = manifest(u"v1"_s, {image(u"s|1"_s, u"m"_s, u"r.io/x/a:1"_s),
                                                   image(u"s"_s, u"same"_s, u"r.io/x/s:1"_s)});
        const Manifest after = manifest(u"v2"_s, {image(u"s|1"_s, u"m"_s, u"r.io/x/a:2"_s),
                                                  image(u"s"_s, u"same"_s, u"r.io/x/s:1"_s),
                                                  image(u"新"_s, u"m\nn"_s, u"r.io/x/n:1"_s)});
        const QString md = QString::fromUtf8(toMarkdown(compare(before, after)));
        QVERIFY(md.startsWith(u"# Changes from v1 to v2\n"_s));
        QVERIFY(md.contains(u"\n1 changed, 1 added, 1 unchanged\n"_s));
        const QList<QStringList> table = test::markdownTable(md, u"Service"_s);
        QCOMPARE(table.size(), 3); // header and the two changes; unchanged rows are counted only
        QCOMPARE(table[0], (QStringList{u"Service"_s, u"Module"_s, u"Change"_s, u"v1"_s, u"v2"_s}));
        QCOMPARE(table[1], (QStringList{u"s|1"_s, u"m"_s, u"tag_changed"_s, u"r.io/x/a:1"_s,
                                        u"r.io/x/a:2"_s}));
        QCOMPARE(table[2],
                 (QStringList{u"新"_s, u"m<br>n"_s, u"added"_s, QString(), u"r.io/x/n:1"_s}));
        QVERIFY(!md.contains(u"unavailable"_s));
    }

    void markdownUnavailable()
    {
        const Comparison c = compareVersions(
            CompareSide::unavailable(u"v0"_s, u"legacy type"_s),
            CompareSide::of(manifest(u"v2"_s, {image(u"a"_s, u"a"_s, u"r/a:1"_s)})));
        const QString md = QString::fromUtf8(toMarkdown(c));
        QVERIFY(md.contains(u"> The details of v0 are unavailable: legacy type\n"_s));
        const QList<QStringList> table = test::markdownTable(md, u"Service"_s);
        QCOMPARE(table.size(), 2);
        QCOMPARE(table[1], (QStringList{u"a"_s, u"a"_s, u"unavailable"_s,
                                        u"unavailable: legacy type"_s, u"r/a:1"_s}));
    }
};

QTEST_GUILESS_MAIN(TestVersionCompare)
#include "tst_versioncompare.moc"
