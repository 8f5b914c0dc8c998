// CompareModel: the comparison as a table, the "only changes" filter (on by default), the
// change-kind roles, an unavailable side's reason in its column, and the copied row text.
#include "comparemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zadig;

namespace {

ManifestImage image(const QString &service, const QString &ref)
{
    return {service, service, ref, QString(), QString(), QString()};
}

// a: tag changed, b: unchanged, c: removed, d: added, chart "a": version changed.
Comparison sample()
{
    Manifest before;
    before.version = u"v1"_s;
    before.images = {image(u"a"_s, u"r.io/x/a:1"_s), image(u"b"_s, u"r.io/x/b:1"_s),
                     image(u"c"_s, u"r.io/x/c:1"_s)};
    before.charts = {{u"a"_s, u"a-chart"_s, u"1.0.0"_s, u"repo"_s}};
    Manifest after;
    after.version = u"v2"_s;
    after.images = {image(u"a"_s, u"r.io/x/a:2"_s), image(u"b"_s, u"r.io/x/b:1"_s),
                    image(u"d"_s, u"r.io/x/d:1"_s)};
    after.charts = {{u"a"_s, u"a-chart"_s, u"1.1.0"_s, u"repo"_s}};
    return compareVersions(CompareSide::of(before), CompareSide::of(after));
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList cells;
    for (int row = 0; row < model.rowCount(); ++row)
        cells.append(model.index(row, column).data().toString());
    return cells;
}

} // namespace

class TestCompareModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyChangesByDefault()
    {
        CompareModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.onlyChanges());
        model.setComparison(sample());
        QCOMPARE(model.columnCount(), int(CompareModel::ColumnCount));
        QCOMPARE(model.rowCount(), 4); // b is unchanged
        QCOMPARE(column(model, CompareModel::ServiceColumn),
                 (QStringList{u"a"_s, u"a"_s, u"c"_s, u"d"_s}));
        QVERIFY(!column(model, CompareModel::ChangeColumn).contains(u"Unchanged"_s));
    }

    void filterToggles()
    {
        CompareModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparison(sample());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setOnlyChanges(false);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(2, CompareModel::ServiceColumn).data().toString(), u"b"_s);
        QCOMPARE(model.index(2, 0).data(CompareModel::ChangeRole).toInt(),
                 int(ChangeKind::Unchanged));
        model.setOnlyChanges(false); // no change, no reset
        QCOMPARE(reset.size(), 1);
        model.setOnlyChanges(true);
        QCOMPARE(model.rowCount(), 4);
        // The counts are of the whole comparison, whatever the filter shows.
        QCOMPARE(model.counts().unchanged, 1);
        QCOMPARE(model.counts().changed, 2);
    }

    void cellsAndRoles()
    {
        CompareModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOnlyChanges(false);
        model.setComparison(sample());
        // Row 0: the chart of "a" (charts come before a service's images).
        const QModelIndex chart = model.index(0, CompareModel::ModuleColumn);
        QCOMPARE(chart.data().toString(), u"a-chart"_s);
        QCOMPARE(chart.data(CompareModel::IsChartRole).toBool(), true);
        QCOMPARE(chart.data(CompareModel::ChangeRole).toInt(),
                 int(ChangeKind::ChartVersionChanged));
        QCOMPARE(chart.data(CompareModel::ChangeNameRole).toString(), u"chart_version_changed"_s);
        QCOMPARE(model.index(0, CompareModel::OldImageColumn).data().toString(),
                 u"repo/a-chart:1.0.0"_s);
        QCOMPARE(model.index(0, CompareModel::NewImageColumn).data().toString(),
                 u"repo/a-chart:1.1.0"_s);

        const QModelIndex tag = model.index(1, CompareModel::ChangeColumn);
        QCOMPARE(tag.data().toString(), u"Tag changed"_s);
        QCOMPARE(tag.data(CompareModel::ChangeRole).toInt(), int(ChangeKind::TagChanged));
        QCOMPARE(tag.data(CompareModel::IsChartRole).toBool(), false);
        QCOMPARE(tag.data(CompareModel::RowTextRole).toString(),
                 u"a\ta\tr.io/x/a:1\tr.io/x/a:2\tTag changed"_s);
        // An added row has nothing on the old side.
        QCOMPARE(model.index(4, CompareModel::OldImageColumn).data().toString(), QString());
        QCOMPARE(model.index(4, CompareModel::ChangeColumn).data(CompareModel::ChangeRole).toInt(),
                 int(ChangeKind::Added));
        QCOMPARE(model.index(3, CompareModel::ChangeColumn).data(CompareModel::ChangeRole).toInt(),
                 int(ChangeKind::Removed));
    }

    void headersNameTheVersions()
    {
        CompareModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.headerData(CompareModel::OldImageColumn, Qt::Horizontal).toString(),
                 u"Old image"_s);
        QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
        model.setComparison(sample());
        QVERIFY(!header.isEmpty());
        QCOMPARE(model.headerData(CompareModel::OldImageColumn, Qt::Horizontal).toString(),
                 u"v1"_s);
        QCOMPARE(model.headerData(CompareModel::NewImageColumn, Qt::Horizontal).toString(),
                 u"v2"_s);
    }

    // A legacy side: its column says why for every row, and the rows stay under "only changes".
    void unavailableSide()
    {
        Manifest after;
        after.version = u"v2"_s;
        after.images = {image(u"a"_s, u"r.io/x/a:1"_s), image(u"b"_s, u"r.io/x/b:1"_s)};
        CompareModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparison(compareVersions(
            CompareSide::unavailable(u"v1"_s, u"legacy version type"_s), CompareSide::of(after)));
        QCOMPARE(model.rowCount(), 2);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, CompareModel::OldImageColumn).data().toString(),
                     u"Unavailable: legacy version type"_s);
            QCOMPARE(model.index(row, 0).data(CompareModel::ChangeRole).toInt(),
                     int(ChangeKind::Unavailable));
        }
        QCOMPARE(model.index(1, CompareModel::NewImageColumn).data().toString(), u"r.io/x/b:1"_s);
    }

    void clearEmpties()
    {
        CompareModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparison(sample());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.headerData(CompareModel::NewImageColumn, Qt::Horizontal).toString(),
                 u"New image"_s);
    }
};

QTEST_GUILESS_MAIN(TestCompareModel)
#include "tst_comparemodel.moc"
