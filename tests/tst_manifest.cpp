// Manifest: one shape from every generation's detail (2.3-3.4 K8s and Helm, 4.x/5.x K8s and
// Helm), and the Markdown, CSV and JSON exports with their escaping, BOM and ISO times.
#include "exporttestutil.h"
#include "manifest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zadig;

namespace {

const QTimeZone beijing(8 * 3600);

// A K8s version whose text fields carry everything an export must escape.
Manifest awkward()
{
    Manifest m;
    m.projectKey = u"mall"_s;
    m.projectName = u"商城, \"主站\""_s;
    m.version = u"v1|2"_s;
    m.type = VersionType::K8sYaml;
    m.typeText = u"K8SYaml"_s;
    m.statusText = u"success"_s;
    m.labels = {u"发布"_s, u"a,b"_s};
    m.description = u"第一行, \"quoted\"\nsecond | line\\end"_s;
    m.creator = u"张三"_s;
    m.createTime = 1713928977; // 2024-04-24 03:22:57 UTC
    m.images.append({u"购物车"_s, u"cart|main"_s, u"harbor.dev/mall/cart:1,2"_s,
                     u"harbor.dev/mall"_s, u"reg-1"_s, QString()});
    return m;
}

QList<QStringList> csvOf(const QByteArray &csv)
{
    if (!csv.startsWith("\xEF\xBB\xBF"))
        return {};
    return test::parseCsv(QString::fromUtf8(csv.mid(3)));
}

} // namespace

class TestManifest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void k8sZadig3()
    {
        const VersionDetail detail = test::detailFixture(u"seed_detail_k8s.json"_s, false);
        VersionInfo listed = detail.info;
        listed.labels.clear(); // the 2.3-3.4 list has none: the detail's must win
        const Manifest m = makeManifest(u"demo"_s, u"Demo"_s, listed, detail);
        QCOMPARE(m.version, u"v13"_s);
        QCOMPARE(m.typeText, u"K8SYaml"_s);
        QCOMPARE(m.statusText, u"success"_s);
        QCOMPARE(m.labels, QStringList{u"cupidatat ullamco anim eiusmod"_s});
        QCOMPARE(m.creator, u"patrick"_s);
        QCOMPARE(m.createTime, 1713928977);
        QVERIFY(m.charts.isEmpty());
        QCOMPARE(m.images.size(), 2);
        QCOMPARE(
            m.images[1],
            (ManifestImage{u"service2"_s, u"service2"_s,
                           u"koderover.tencentcloudcr.com/test/service2:20240419133934-5-main"_s,
                           u"koderover.tencentcloudcr.com/test"_s, u"62ce6231e0281143de477e60"_s,
                           QString()}));
    }

    void helmZadig3()
    {
        const VersionDetail detail = test::detailFixture(u"seed_detail_helm.json"_s, false);
        const Manifest m = makeManifest(u"demo"_s, QString(), detail.info, detail);
        QCOMPARE(m.typeText, u"HelmChart"_s);
        QCOMPARE(m.charts.size(), 2);
        QCOMPARE(m.charts[0], (ManifestChart{u"service2"_s, u"service2"_s, u"1.76"_s, u"test"_s}));
        QCOMPARE(m.images.size(), 2);
        QCOMPARE(m.images[1].service, u"service1"_s);
        QCOMPARE(m.images[1].module, u"service1"_s);
        QCOMPARE(m.images[1].chart, u"service1"_s);
        QCOMPARE(m.images[1].image,
                 u"koderover.tencentcloudcr.com/test/service1:20240419133934-5-main"_s);
        QCOMPARE(m.images[1].registry, u"koderover.tencentcloudcr.com/test"_s);
    }

    // An image reference without a host still has a registry column: the namespace the
    // sub-distribute names.
    void helmZadig3NamespaceFallback()
    {
        DistributeInfo chart;
        chart.serviceName = u"svc"_s;
        chart.distributeType = u"chart"_s;
        chart.chartName = u"svc"_s;
        DistributeInfo image;
        image.serviceName = u"svc"_s;
        image.distributeType = u"image"_s;
        image.serviceModule = u"svc"_s;
        image.image = u"svc:1"_s;
        image.imageNamespace = u"team"_s;
        chart.subDistributes.append(image);
        VersionDetail detail;
        detail.info.type = VersionType::HelmChart;
        detail.distributeInfos.append(chart);
        const Manifest m = makeManifest(u"p"_s, QString(), detail.info, detail);
        QCOMPARE(m.images.size(), 1);
        QCOMPARE(m.images[0].registry, u"team"_s);
    }

    void k8sV2()
    {
        VersionDetail detail = test::detailFixture(u"v2_detail_k8s.json"_s, true);
        QVERIFY(!detail.deployInfos.isEmpty()); // the bridge, which must not double the rows
        VersionImage recorded = detail.services[0].images[0];
        recorded.containerName = u"sidecar"_s;
        recorded.pushImage = false;
        detail.services[0].images.append(recorded);
        VersionInfo listed;
        listed.name = u"v1.2.0"_s;
        listed.id = u"42"_s;
        const Manifest m = makeManifest(u"demo"_s, u"Demo"_s, listed, detail);
        QCOMPARE(m.version, u"v1.2.0"_s);
        QCOMPARE(m.labels, QStringList{u"release"_s});
        QCOMPARE(m.description, u"Q3"_s);
        QCOMPARE(m.createTime, 1756450000);
        QCOMPARE(m.images.size(), 2);
        // Pushed: the target is what the version delivers, in the version's registry.
        QCOMPARE(m.images[0].image, u"harbor.example.com/prod/svc-a:v1.2.0"_s);
        QCOMPARE(m.images[0].registry, u"harbor.example.com/prod"_s);
        QCOMPARE(m.images[0].registryId, u"65f0c0ffee0000000000abcd"_s);
        // Recorded only: the source, whose registry the detail does not name by id.
        QCOMPARE(m.images[1].module, u"sidecar"_s);
        QCOMPARE(m.images[1].image, u"harbor.dev/team/svc-a:20250801-1-main"_s);
        QCOMPARE(m.images[1].registry, u"harbor.dev/team"_s);
        QCOMPARE(m.images[1].registryId, QString());
        QVERIFY(m.charts.isEmpty());
    }

    void helmV2()
    {
        const VersionDetail detail = test::detailFixture(u"v2_detail_helm.json"_s, true);
        const Manifest m = makeManifest(u"demo-helm"_s, QString(), VersionInfo(), detail);
        QCOMPARE(m.typeText, u"HelmChart"_s);
        QCOMPARE(m.charts,
                 (QList<ManifestChart>{{u"svc-a"_s, u"svc-a"_s, u"1.2.0"_s, u"my-chartmuseum"_s}}));
        QCOMPARE(m.images.size(), 1);
        QCOMPARE(m.images[0].image, u"harbor.example.com/prod/svc-a:v1.2.0"_s);
        QCOMPARE(m.images[0].chart, u"svc-a"_s);
    }

    void listFillsWhatTheDetailLacks()
    {
        VersionInfo listed;
        listed.name = u"v9"_s;
        listed.labels = {u"from-list"_s};
        listed.description = u"list text"_s;
        listed.createdBy = u"bob"_s;
        listed.createTime = 100;
        listed.status = VersionStatus::Creating;
        listed.rawStatus = u"creating"_s;
        VersionDetail detail;
        detail.info.status = VersionStatus::Success; // fresher than the list
        const Manifest m = makeManifest(u"p"_s, QString(), listed, detail);
        QCOMPARE(m.version, u"v9"_s);
        QCOMPARE(m.labels, QStringList{u"from-list"_s});
        QCOMPARE(m.description, u"list text"_s);
        QCOMPARE(m.creator, u"bob"_s);
        QCOMPARE(m.createTime, 100);
        QCOMPARE(m.statusText, u"success"_s);
    }

    void isoTimeWithOffset_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Beijing") << 8 * 3600 << u"2024-04-24T11:22:57+08:00"_s;
        QTest::newRow("UTC is +00:00, not Z") << 0 << u"2024-04-24T03:22:57+00:00"_s;
        QTest::newRow("west, half hour") << -(3 * 3600 + 1800) << u"2024-04-23T23:52:57-03:30"_s;
    }

    void isoTimeWithOffset()
    {
        QFETCH(int, offset);
        QFETCH(QString, expected);
        const QTimeZone zone(offset);
        const Manifest m = awkward();
        QCOMPARE(test::jsonObject(toJson(m, zone)).value(u"created"_s).toString(), expected);
        QCOMPARE(csvOf(toCsv(m, zone)).at(1).at(8), expected);
        QVERIFY(QString::fromUtf8(toMarkdown(m, zone)).contains(expected));
    }

    void json()
    {
        const QJsonObject o = test::jsonObject(toJson(awkward(), beijing));
        QCOMPARE(o.value(u"project"_s).toString(), u"mall"_s);
        QCOMPARE(o.value(u"projectName"_s).toString(), u"商城, \"主站\""_s);
        QCOMPARE(o.value(u"version"_s).toString(), u"v1|2"_s);
        QCOMPARE(o.value(u"type"_s).toString(), u"K8SYaml"_s);
        QCOMPARE(o.value(u"status"_s).toString(), u"success"_s);
        QCOMPARE(o.value(u"labels"_s).toArray(), QJsonArray({u"发布"_s, u"a,b"_s}));
        QCOMPARE(o.value(u"description"_s).toString(), awkward().description);
        QCOMPARE(o.value(u"creator"_s).toString(), u"张三"_s);
        const QJsonArray images = o.value(u"images"_s).toArray();
        QCOMPARE(images.size(), 1);
        const QJsonObject image = images[0].toObject();
        QCOMPARE(image.value(u"service"_s).toString(), u"购物车"_s);
        QCOMPARE(image.value(u"module"_s).toString(), u"cart|main"_s);
        QCOMPARE(image.value(u"image"_s).toString(), u"harbor.dev/mall/cart:1,2"_s);
        QCOMPARE(image.value(u"registry"_s).toString(), u"harbor.dev/mall"_s);
        QCOMPARE(image.value(u"registryId"_s).toString(), u"reg-1"_s);
        QVERIFY(!o.contains(u"charts"_s)); // K8s
    }

    void jsonCharts()
    {
        const VersionDetail detail = test::detailFixture(u"seed_detail_helm.json"_s, false);
        const QJsonObject o = test::jsonObject(
            toJson(makeManifest(u"demo"_s, QString(), detail.info, detail), beijing));
        const QJsonArray charts = o.value(u"charts"_s).toArray();
        QCOMPARE(charts.size(), 2);
        const QJsonObject chart = charts[1].toObject();
        QCOMPARE(chart.value(u"name"_s).toString(), u"service1"_s);
        QCOMPARE(chart.value(u"version"_s).toString(), u"1.76"_s);
        QCOMPARE(chart.value(u"repo"_s).toString(), u"test"_s);
        QCOMPARE(o.value(u"images"_s).toArray().size(), 2);

        // A Helm version with no charts still has the array.
        Manifest empty;
        empty.type = VersionType::HelmChart;
        QVERIFY(test::jsonObject(toJson(empty, beijing)).value(u"charts"_s).isArray());
    }

    void jsonUnknownTimeIsNull()
    {
        Manifest m = awkward();
        m.createTime = 0;
        QVERIFY(test::jsonObject(toJson(m, beijing)).value(u"created"_s).isNull());
    }

    void csv()
    {
        const Manifest m = awkward();
        const QByteArray bytes = toCsv(m, beijing);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.endsWith("\r\n"));
        // The Chinese text is UTF-8, not a local code page.
        QVERIFY(bytes.contains(u"购物车"_s.toUtf8()));
        const QList<QStringList> rows = csvOf(bytes);
        QCOMPARE(rows.size(), 2);
        const QStringList header = rows[0];
        QCOMPARE(header.size(), 18);
        QCOMPARE(header.first(), u"project"_s);
        const QStringList row = rows[1];
        QCOMPARE(row.size(), header.size());
        auto field = [&](const QString &name) {
            return row.at(header.indexOf(name));
        };
        QCOMPARE(field(u"project_name"_s), m.projectName);
        QCOMPARE(field(u"version"_s), u"v1|2"_s);
        QCOMPARE(field(u"labels"_s), u"发布, a,b"_s);
        QCOMPARE(field(u"description"_s), m.description); // comma, quotes, newline round-trip
        QCOMPARE(field(u"kind"_s), u"image"_s);
        QCOMPARE(field(u"service"_s), u"购物车"_s);
        QCOMPARE(field(u"image"_s), u"harbor.dev/mall/cart:1,2"_s);
        QCOMPARE(field(u"registry_id"_s), u"reg-1"_s);
    }

    void csvHelmRows()
    {
        const VersionDetail detail = test::detailFixture(u"seed_detail_helm.json"_s, false);
        const QList<QStringList> rows =
            csvOf(toCsv(makeManifest(u"demo"_s, QString(), detail.info, detail), beijing));
        QCOMPARE(rows.size(), 1 + 2 + 2); // header, two images, two charts
        const QStringList &header = rows[0];
        const QStringList &chart = rows[3];
        QCOMPARE(chart.at(header.indexOf(u"kind"_s)), u"chart"_s);
        QCOMPARE(chart.at(header.indexOf(u"chart"_s)), u"service2"_s);
        QCOMPARE(chart.at(header.indexOf(u"chart_version"_s)), u"1.76"_s);
        QCOMPARE(chart.at(header.indexOf(u"chart_repo"_s)), u"test"_s);
        QCOMPARE(rows[1].at(header.indexOf(u"chart"_s)), u"service2"_s);
    }

    void csvWithoutDeliverables()
    {
        Manifest m = awkward();
        m.images.clear();
        const QList<QStringList> rows = csvOf(toCsv(m, beijing));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].size(), rows[0].size());
        QCOMPARE(rows[1].at(2), u"v1|2"_s);
    }

    void markdown()
    {
        const Manifest m = awkward();
        const QString md = QString::fromUtf8(toMarkdown(m, beijing));
        QVERIFY(md.startsWith(u"# Release manifest: v1|2\n"_s));
        const QList<QStringList> facts = test::markdownTable(md, u"Field"_s);
        QCOMPARE(facts.size(), 9);
        for (const QStringList &row : facts)
            QCOMPARE(row.size(), 2);
        QCOMPARE(facts[1], (QStringList{u"Project"_s, u"商城, \"主站\" (mall)"_s}));
        QCOMPARE(facts[2], (QStringList{u"Version"_s, u"v1|2"_s}));
        // The line break becomes <br> (a raw one would end the row); pipe and backslash survive.
        QCOMPARE(facts[6],
                 (QStringList{u"Description"_s, u"第一行, \"quoted\"<br>second | line\\end"_s}));
        QVERIFY(!md.contains(u"\"\nsecond"_s));
        const QList<QStringList> images = test::markdownTable(md, u"Service"_s);
        QCOMPARE(images.size(), 2);
        QCOMPARE(images[1], (QStringList{u"购物车"_s, u"cart|main"_s, u"harbor.dev/mall/cart:1,2"_s,
                                         u"harbor.dev/mall"_s}));
        QVERIFY(!md.contains(u"## Charts"_s));
    }

    void markdownCharts()
    {
        const VersionDetail detail = test::detailFixture(u"v2_detail_helm.json"_s, true);
        const QString md = QString::fromUtf8(
            toMarkdown(makeManifest(u"demo-helm"_s, QString(), detail.info, detail), beijing));
        const qsizetype charts = md.indexOf(u"## Charts"_s);
        QVERIFY(charts > 0);
        const QList<QStringList> rows = test::markdownTable(md.mid(charts), u"Service"_s);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0], (QStringList{u"Service"_s, u"Chart"_s, u"Version"_s, u"Repo"_s}));
        QCOMPARE(rows[1], (QStringList{u"svc-a"_s, u"svc-a"_s, u"1.2.0"_s, u"my-chartmuseum"_s}));
    }
};

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_manifest.moc"
