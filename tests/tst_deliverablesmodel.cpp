// DeliverablesModel: K8s deploy infos as rows, Helm charts with their images as children.
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
};

QTEST_GUILESS_MAIN(TestDeliverablesModel)
#include "tst_deliverablesmodel.moc"
