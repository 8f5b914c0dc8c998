// DeliverablesModel: K8s deploy infos as rows, Helm charts with their images as children, and
// 4.x/5.x services with their images (source, target, pushed, job status, error) as children.
#include "api/decode.h"
#include "deliverablesmodel.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zadig;

class TestDeliverablesModel : public QObject
{
    Q_OBJECT

private:
    static VersionDetail fixture(const QString &name)
    {
        const QByteArray data = test::testData(name);
        if (data.isEmpty())
            qFatal("missing fixture");
        auto detail = decode::fromBytes(data, decode::versionDetail);
        if (!detail)
            qFatal("fixture does not decode");
        return detail.value();
    }

    static VersionDetail fixtureV2(const QString &name)
    {
        const QByteArray data = test::testData(name);
        if (data.isEmpty())
            qFatal("missing fixture");
        auto detail = decode::fromBytes(data, decode::versionDetailV2);
        if (!detail)
            qFatal("fixture does not decode");
        return detail.value();
    }

    static VersionImage image(const QString &container, const QString &tag, bool push,
                              const QString &status, const QString &error = QString())
    {
        VersionImage i;
        i.containerName = container;
        i.imageName = container;
        i.sourceImage = u"harbor.dev/team/"_s + container + u':' + tag;
        i.sourceImageTag = tag;
        i.targetImage = u"harbor.example.com/prod/"_s + container + u":v1.3.0"_s;
        i.targetImageTag = u"v1.3.0"_s;
        i.pushImage = push;
        i.status = status;
        i.error = error;
        return i;
    }

    // A failed 4.x/5.x K8s version: one image passed (with an error left from an earlier
    // attempt), one recorded and not pushed, one failed, one timed out.
    static VersionDetail k8sV2()
    {
        VersionDetail d;
        d.v2 = true;
        d.info.name = u"v1.3.0"_s;
        d.info.type = VersionType::K8sYaml;
        d.info.status = VersionStatus::Failed;
        VersionService a;
        a.serviceName = u"svc-a"_s;
        a.yamlContent = u"apiVersion: apps/v1\nkind: Deployment\n"_s;
        a.images = {image(u"svc-a"_s, u"1"_s, true, u"passed"_s, u"stale: failed before"_s),
                    image(u"sidecar"_s, u"2"_s, false, QString())};
        VersionService b;
        b.serviceName = u"svc-b"_s;
        b.images = {image(u"svc-b"_s, u"3"_s, true, u"failed"_s,
                          u"failed to build image distribute for service: svc-b,\n  status: "
                          u"failed, err: denied"_s),
                    image(u"worker"_s, u"4"_s, true, u"timeout"_s, u"job timed out"_s)};
        d.services = {a, b};
        return d;
    }

private Q_SLOTS:
    void helmChartsHaveImageChildren()
    {
        DeliverablesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDetail(fixture(u"seed_detail_helm.json"_s));
        QCOMPARE(model.mode(), DeliverablesModel::Mode::Helm);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(DeliverablesModel::HelmColumnCount));
        const QModelIndex chart = model.index(0, DeliverablesModel::HelmNameColumn);
        QCOMPARE(chart.data().toString(), u"service2"_s);
        QCOMPARE(model.index(0, DeliverablesModel::HelmVersionColumn).data().toString(), u"1.76"_s);
        QCOMPARE(model.index(0, DeliverablesModel::HelmRepoColumn).data().toString(), u"test"_s);
        QCOMPARE(chart.data(DeliverablesModel::KindRole).toString(), u"chart"_s);
        QCOMPARE(model.rowCount(chart), 1);
        const QModelIndex image = model.index(0, DeliverablesModel::HelmImageColumn, chart);
        QCOMPARE(image.data().toString(),
                 u"koderover.tencentcloudcr.com/test/service2:20240419133934-5-main"_s);
        QCOMPARE(image.data(DeliverablesModel::KindRole).toString(), u"image"_s);
        QCOMPARE(model.index(0, DeliverablesModel::HelmRepoColumn, chart).data().toString(),
                 u"test"_s); // the image's namespace
        QCOMPARE(model.parent(image), model.index(0, 0));
        QCOMPARE(model.rowCount(image.siblingAtColumn(0)), 0);
        QCOMPARE(
            model.allImages(),
            (QStringList{u"koderover.tencentcloudcr.com/test/service2:20240419133934-5-main"_s,
                         u"koderover.tencentcloudcr.com/test/service1:20240419133934-5-main"_s}));
    }

    void k8sDeployInfosAreRows()
    {
        DeliverablesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDetail(fixture(u"seed_detail_k8s.json"_s));
        QCOMPARE(model.mode(), DeliverablesModel::Mode::K8s);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.index(1, DeliverablesModel::K8sServiceColumn).data().toString(),
                 u"service2"_s);
        QCOMPARE(model.index(1, DeliverablesModel::K8sRegistryColumn).data().toString(),
                 u"62ce6231e0281143de477e60"_s);
        QCOMPARE(model.index(0, DeliverablesModel::K8sTimeColumn)
                     .data(DeliverablesModel::RawValueRole)
                     .toLongLong(),
                 1713928977);
        const QString row = model.index(0, 0).data(DeliverablesModel::RowTextRole).toString();
        QCOMPARE(row.split(u'\t').size(), int(DeliverablesModel::K8sColumnCount));
        QVERIFY(
            row.startsWith(u"service1\tservice1\tkoderover.tencentcloudcr.com/test/service1:"_s));
        QCOMPARE(model.allImages().size(), 2);
    }

    void switchingVersionsResets()
    {
        DeliverablesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDetail(fixture(u"seed_detail_helm.json"_s));
        model.setDetail(fixture(u"seed_detail_k8s.json"_s));
        QCOMPARE(model.columnCount(), int(DeliverablesModel::K8sColumnCount));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.mode(), DeliverablesModel::Mode::Empty);
        QVERIFY(model.allImages().isEmpty());
    }

    void v2K8sFixtureShowsServicesAndImages()
    {
        DeliverablesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const VersionDetail detail = fixtureV2(u"v2_detail_k8s.json"_s);
        QVERIFY(detail.v2);
        QVERIFY(!detail.deployInfos.isEmpty()); // the bridge is there, and not what is shown
        model.setDetail(detail);
        QCOMPARE(model.mode(), DeliverablesModel::Mode::Services);
        QCOMPARE(model.versionType(), VersionType::K8sYaml);
        QVERIFY(!model.hasChartColumns());
        QCOMPARE(model.columnCount(), int(DeliverablesModel::ServiceColumnCount));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex service = model.index(0, DeliverablesModel::ServiceNameColumn);
        QCOMPARE(service.data().toString(), u"svc-a"_s);
        QCOMPARE(service.data(DeliverablesModel::KindRole).toString(), u"service"_s);
        QVERIFY(service.data(DeliverablesModel::ImageRole).toString().isEmpty());
        QCOMPARE(service.data(DeliverablesModel::YamlRole).toString(),
                 u"apiVersion: apps/v1\nkind: Deployment\n..."_s);
        // A K8s service has no chart: no chart name, version or status.
        QVERIFY(model.index(0, DeliverablesModel::ServiceChartColumn).data().toString().isEmpty());
        QVERIFY(model.index(0, DeliverablesModel::ServiceStatusColumn).data().toString().isEmpty());
        QVERIFY(!model.index(0, DeliverablesModel::ServiceStatusColumn)
                     .data(DeliverablesModel::StatusRole)
                     .isValid());
        QCOMPARE(service.data(DeliverablesModel::RowTextRole).toString(), u"svc-a\t\t\t\t\t"_s);

        QCOMPARE(model.rowCount(service), 1);
        auto cell = [&](int column) {
            return model.index(0, column, service).data().toString();
        };
        QCOMPARE(cell(DeliverablesModel::ServiceNameColumn), u"svc-a"_s);
        QCOMPARE(cell(DeliverablesModel::ServiceSourceImageColumn),
                 u"harbor.dev/team/svc-a:20250801-1-main"_s);
        QCOMPARE(cell(DeliverablesModel::ServiceTargetImageColumn),
                 u"harbor.example.com/prod/svc-a:v1.2.0"_s);
        QCOMPARE(cell(DeliverablesModel::ServicePushedColumn), u"Yes"_s);
        QCOMPARE(cell(DeliverablesModel::ServiceStatusColumn), u"Passed"_s);
        QVERIFY(cell(DeliverablesModel::ServiceErrorColumn).isEmpty());
        const QModelIndex image = model.index(0, 0, service);
        QCOMPARE(image.data(DeliverablesModel::KindRole).toString(), u"image"_s);
        QCOMPARE(image.data(DeliverablesModel::ImageRole).toString(),
                 u"harbor.example.com/prod/svc-a:v1.2.0"_s);
        QCOMPARE(model.parent(image), service);
        QCOMPARE(model.rowCount(image), 0);
        // The chart columns are left out of a K8s row's text, as views leave them out.
        QCOMPARE(image.data(DeliverablesModel::RowTextRole).toString(),
                 u"svc-a\tPassed\tharbor.dev/team/svc-a:20250801-1-main\t"
                 u"harbor.example.com/prod/svc-a:v1.2.0\tYes\t"_s);
        QCOMPARE(model.allImages(), QStringList{u"harbor.example.com/prod/svc-a:v1.2.0"_s});
    }

    void v2HelmFixtureShowsCharts()
    {
        DeliverablesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDetail(fixtureV2(u"v2_detail_helm.json"_s));
        QCOMPARE(model.mode(), DeliverablesModel::Mode::Services);
        QCOMPARE(model.versionType(), VersionType::HelmChart);
        QVERIFY(model.hasChartColumns());
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex service = model.index(0, 0);
        QCOMPARE(service.data().toString(), u"svc-a"_s);
        QCOMPARE(model.index(0, DeliverablesModel::ServiceChartColumn).data().toString(),
                 u"svc-a"_s);
        QCOMPARE(model.index(0, DeliverablesModel::ServiceChartVersionColumn).data().toString(),
                 u"1.2.0"_s);
        const QModelIndex chartStatus = model.index(0, DeliverablesModel::ServiceStatusColumn);
        QCOMPARE(chartStatus.data().toString(), u"Passed"_s);
        QCOMPARE(chartStatus.data(DeliverablesModel::StatusRole).toInt(),
                 int(VersionStatus::Success));
        QCOMPARE(chartStatus.data(DeliverablesModel::RawValueRole).toString(), u"passed"_s);
        QVERIFY(service.data(DeliverablesModel::YamlRole)
                    .toString()
                    .startsWith(u"image:\n  repository: harbor.example.com/prod/svc-a\n"_s));
        QCOMPARE(service.data(DeliverablesModel::RowTextRole).toString(),
                 u"svc-a\tPassed\tsvc-a\t1.2.0\t\t\t\t"_s);
        QCOMPARE(model.rowCount(service), 1);
        const QModelIndex image = model.index(0, 0, service);
        QCOMPARE(image.data(DeliverablesModel::RowTextRole).toString(),
                 u"svc-a\tPassed\t\t\tharbor.dev/team/svc-a:20250801-1-main\t"
                 u"harbor.example.com/prod/svc-a:v1.2.0\tYes\t"_s);
        QCOMPARE(model.allImages(), QStringList{u"harbor.example.com/prod/svc-a:v1.2.0"_s});
        QCOMPARE(model.headerData(DeliverablesModel::ServiceSourceImageColumn, Qt::Horizontal)
                     .toString(),
                 u"Source image"_s);
    }

    void v2ImagesShowSourceTargetStatusAndError()
    {
        DeliverablesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDetail(k8sV2());
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex a = model.index(0, 0);
        const QModelIndex b = model.index(1, 0);
        QCOMPARE(model.rowCount(a), 2);
        QCOMPARE(model.rowCount(b), 2);
        auto cell = [&](const QModelIndex &service, int row, int column,
                        int role = Qt::DisplayRole) {
            return model.index(row, column, service).data(role);
        };
        using M = DeliverablesModel;

        // Passed: its error is one left from an earlier attempt, and is not shown.
        QCOMPARE(cell(a, 0, M::ServiceStatusColumn).toString(), u"Passed"_s);
        QVERIFY(cell(a, 0, M::ServiceErrorColumn).toString().isEmpty());
        QVERIFY(!cell(a, 0, M::ServiceErrorColumn, Qt::ToolTipRole).isValid());
        QCOMPARE(cell(a, 0, M::ServiceStatusColumn, M::StatusRole).toInt(),
                 int(VersionStatus::Success));

        // Recorded, not pushed: no job, so no status; the image delivered is the source.
        QCOMPARE(cell(a, 1, M::ServiceNameColumn).toString(), u"sidecar"_s);
        QCOMPARE(cell(a, 1, M::ServicePushedColumn).toString(), u"No"_s);
        QCOMPARE(cell(a, 1, M::ServicePushedColumn, M::RawValueRole).toBool(), false);
        QVERIFY(cell(a, 1, M::ServiceStatusColumn).toString().isEmpty());
        QVERIFY(!cell(a, 1, M::ServiceStatusColumn, M::StatusRole).isValid());
        QCOMPARE(cell(a, 1, M::ServiceNameColumn, M::ImageRole).toString(),
                 u"harbor.dev/team/sidecar:2"_s);

        // Failed: the error on one line in the cell, in full in the tooltip.
        QCOMPARE(cell(b, 0, M::ServiceStatusColumn).toString(), u"Failed"_s);
        QCOMPARE(cell(b, 0, M::ServiceStatusColumn, M::StatusRole).toInt(),
                 int(VersionStatus::Failed));
        QCOMPARE(cell(b, 0, M::ServiceErrorColumn).toString(),
                 u"failed to build image distribute for service: svc-b, status: failed, err: "
                 u"denied"_s);
        QCOMPARE(cell(b, 0, M::ServiceErrorColumn, Qt::ToolTipRole).toString(),
                 u"failed to build image distribute for service: svc-b,\n  status: failed, err: "
                 u"denied"_s);
        QCOMPARE(cell(b, 0, M::ServiceSourceImageColumn).toString(), u"harbor.dev/team/svc-b:3"_s);
        QCOMPARE(cell(b, 0, M::ServiceTargetImageColumn).toString(),
                 u"harbor.example.com/prod/svc-b:v1.3.0"_s);
        QCOMPARE(cell(b, 1, M::ServiceStatusColumn).toString(), u"Timed out"_s);
        QCOMPARE(cell(b, 1, M::ServiceErrorColumn).toString(), u"job timed out"_s);

        QCOMPARE(
            cell(b, 0, M::ServiceNameColumn, M::RowTextRole).toString(),
            u"svc-b\tFailed\tharbor.dev/team/svc-b:3\tharbor.example.com/prod/svc-b:v1.3.0\tYes\t"
            u"failed to build image distribute for service: svc-b, status: failed, "
            u"err: denied"_s);
        QCOMPARE(model.allImages(), (QStringList{u"harbor.example.com/prod/svc-a:v1.3.0"_s,
                                                 u"harbor.dev/team/sidecar:2"_s,
                                                 u"harbor.example.com/prod/svc-b:v1.3.0"_s,
                                                 u"harbor.example.com/prod/worker:v1.3.0"_s}));
    }

    void v2JobStatusInWords_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<bool>("settled");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("badge");
        QTest::addColumn<bool>("errorShown");
        const int ok = int(VersionStatus::Success);
        const int failed = int(VersionStatus::Failed);
        const int live = int(VersionStatus::Creating);
        const int none = int(VersionStatus::Unknown);
        QTest::newRow("not seen yet") << QString() << false << u"Waiting"_s << none << false;
        QTest::newRow("never ran") << QString() << true << u"Not started"_s << none << false;
        QTest::newRow("created") << u"created"_s << false << u"Waiting"_s << none << false;
        QTest::newRow("running") << u"running"_s << false << u"Running"_s << live << false;
        QTest::newRow("passed") << u"passed"_s << true << u"Passed"_s << ok << false;
        QTest::newRow("failed") << u"failed"_s << true << u"Failed"_s << failed << true;
        QTest::newRow("timeout") << u"timeout"_s << true << u"Timed out"_s << failed << true;
        QTest::newRow("cancelled") << u"cancelled"_s << true << u"Cancelled"_s << failed << true;
        QTest::newRow("unknown") << u"paused"_s << false << u"paused"_s << none << false;
    }

    void v2JobStatusInWords()
    {
        QFETCH(QString, raw);
        QFETCH(bool, settled);
        QFETCH(QString, text);
        QFETCH(int, badge);
        QFETCH(bool, errorShown);
        VersionDetail detail;
        detail.v2 = true;
        detail.info.type = VersionType::K8sYaml;
        detail.info.status = settled ? VersionStatus::Failed : VersionStatus::Creating;
        VersionService service;
        service.serviceName = u"svc"_s;
        service.images = {image(u"svc"_s, u"1"_s, true, raw, u"boom"_s)};
        detail.services = {service};
        DeliverablesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDetail(detail);
        const QModelIndex parent = model.index(0, 0);
        const QModelIndex status = model.index(0, DeliverablesModel::ServiceStatusColumn, parent);
        QCOMPARE(status.data().toString(), text);
        QCOMPARE(status.data(DeliverablesModel::StatusRole).toInt(), badge);
        QCOMPARE(status.data(DeliverablesModel::RawValueRole).toString(), raw);
        const QModelIndex error = model.index(0, DeliverablesModel::ServiceErrorColumn, parent);
        QCOMPARE(error.data().toString(), errorShown ? u"boom"_s : QString());
        QCOMPARE(error.data(Qt::ToolTipRole).isValid(), errorShown);
    }

    void v2HelmChartStatus_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<VersionStatus>("version");
        QTest::addColumn<QString>("text");
        QTest::newRow("pushing") << QString() << VersionStatus::Creating << u"Waiting"_s;
        QTest::newRow("never pushed") << QString() << VersionStatus::Failed << u"Not started"_s;
        QTest::newRow("pushed") << u"passed"_s << VersionStatus::Success << u"Passed"_s;
        QTest::newRow("migrated failure") << u"failed"_s << VersionStatus::Failed << u"Failed"_s;
    }

    void v2HelmChartStatus()
    {
        QFETCH(QString, raw);
        QFETCH(VersionStatus, version);
        QFETCH(QString, text);
        VersionDetail detail = fixtureV2(u"v2_detail_helm.json"_s);
        detail.info.status = version;
        detail.services[0].chartStatus = raw;
        DeliverablesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDetail(detail);
        QCOMPARE(model.index(0, DeliverablesModel::ServiceStatusColumn).data().toString(), text);
    }

    void v2AfterV3AndBack()
    {
        DeliverablesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDetail(fixture(u"seed_detail_helm.json"_s));
        QCOMPARE(model.mode(), DeliverablesModel::Mode::Helm);
        model.setDetail(k8sV2());
        QCOMPARE(model.mode(), DeliverablesModel::Mode::Services);
        QCOMPARE(model.rowCount(), 2);
        model.setDetail(fixtureV2(u"v2_detail_helm.json"_s));
        QVERIFY(model.hasChartColumns());
        model.setDetail(fixture(u"seed_detail_k8s.json"_s));
        QCOMPARE(model.mode(), DeliverablesModel::Mode::K8s);
        QCOMPARE(model.columnCount(), int(DeliverablesModel::K8sColumnCount));
        QVERIFY(!model.hasChartColumns());
        model.setDetail(k8sV2());
        model.clear();
        QCOMPARE(model.mode(), DeliverablesModel::Mode::Empty);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.versionType(), VersionType::Unknown);
        QVERIFY(model.allImages().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeliverablesModel)
#include "tst_deliverablesmodel.moc"
