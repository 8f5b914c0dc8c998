// VersionsModel: one page of versions, details merged in place.
#include "versionsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zadig;

class TestVersionsModel : public QObject
{
    Q_OBJECT

private:
    static VersionInfo version(const QString &id, const QString &name, VersionStatus status,
                               qint64 time)
    {
        VersionInfo v;
        v.id = id;
        v.name = name;
        v.type = VersionType::K8sYaml;
        v.status = status;
        v.createdBy = u"patrick"_s;
        v.createTime = time;
        return v;
    }
    static VersionPage page()
    {
        VersionPage p;
        p.total = 42;
        p.versions = {version(u"a"_s, u"v3"_s, VersionStatus::Creating, 300),
                      version(u"b"_s, u"v2"_s, VersionStatus::Failed, 200),
                      version(u"c"_s, u"发布-1"_s, VersionStatus::Success, 100)};
        return p;
    }

private Q_SLOTS:
    void pageFillsRows()
    {
        VersionsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPage(page());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(VersionsModel::ColumnCount));
        QCOMPARE(model.total(), 42);
        QCOMPARE(model.index(2, VersionsModel::NameColumn).data().toString(), u"发布-1"_s);
        QCOMPARE(model.index(0, VersionsModel::TypeColumn).data().toString(), u"K8s YAML"_s);
        QCOMPARE(model.index(1, VersionsModel::StatusColumn).data().toString(), u"Failed"_s);
        QCOMPARE(model.index(0, VersionsModel::CreatedTimeColumn)
                     .data(VersionsModel::RawValueRole)
                     .toLongLong(),
                 300);
        // No detail yet: labels and progress are unknown, and say so in the tooltip.
        QCOMPARE(model.index(0, VersionsModel::LabelsColumn).data().toString(), QString());
        QVERIFY(!model.index(0, VersionsModel::ProgressColumn)
                     .data(VersionsModel::ProgressRole)
                     .isValid());
        QVERIFY(!model.index(0, VersionsModel::ProgressColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
        QCOMPARE(model.rowOf(u"b"_s), 1);
        QCOMPARE(model.rowOf(u"zzz"_s), -1);
    }

    void unknownStatusKeepsRawText()
    {
        VersionsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        VersionPage p;
        VersionInfo v = version(u"x"_s, u"legacy"_s, VersionStatus::Unknown, 1);
        v.rawStatus = u"archived"_s;
        v.type = VersionType::Unknown;
        v.rawType = u"Workflow"_s;
        p.versions = {v};
        p.total = 1;
        model.setPage(p);
        QCOMPARE(model.index(0, VersionsModel::StatusColumn).data().toString(), u"archived"_s);
        QCOMPARE(model.index(0, VersionsModel::TypeColumn).data().toString(), u"Workflow"_s);
    }

    void detailUpdatesInPlaceWithoutReset()
    {
        VersionsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPage(page());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        VersionInfo detail = page().versions.at(0);
        detail.labels = {u"灰度"_s, u"hotfix"_s};
        detail.progress = Progress{1, 4, UploadStatus::Uploading, QString()};
        model.applyDetail(detail);

        QCOMPARE(resets.count(), 0);
        QVERIFY(changes.count() >= 2);
        QSet<int> columns;
        for (const auto &args : std::as_const(changes)) {
            const auto topLeft = args.at(0).value<QModelIndex>();
            const auto bottomRight = args.at(1).value<QModelIndex>();
            QCOMPARE(topLeft.row(), 0);
            QCOMPARE(bottomRight.row(), 0);
            QCOMPARE(topLeft.column(), bottomRight.column());
            columns.insert(topLeft.column());
            QVERIFY(!args.at(2).value<QList<int>>().isEmpty()); // exact roles, not "all"
        }
        QVERIFY(columns.contains(VersionsModel::LabelsColumn));
        QVERIFY(columns.contains(VersionsModel::ProgressColumn));
        QVERIFY(!columns.contains(VersionsModel::NameColumn));
        QCOMPARE(model.index(0, VersionsModel::LabelsColumn).data().toString(), u"灰度, hotfix"_s);
        QCOMPARE(model.index(0, VersionsModel::ProgressColumn).data().toString(), u"1 / 4"_s);
        QCOMPARE(model.index(0, VersionsModel::ProgressColumn)
                     .data(VersionsModel::ProgressRole)
                     .toList(),
                 (QVariantList{1, 4}));

        // A poll with new progress changes the progress column only.
        changes.clear();
        detail.progress = Progress{2, 4, UploadStatus::Uploading, QString()};
        model.applyDetail(detail);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.first().at(0).value<QModelIndex>().column(),
                 int(VersionsModel::ProgressColumn));

        // The detail reconciles the status: creating -> success.
        changes.clear();
        detail.status = VersionStatus::Success;
        detail.progress = Progress{4, 4, UploadStatus::Success, QString()};
        model.applyDetail(detail);
        QCOMPARE(model.index(0, VersionsModel::StatusColumn).data().toString(), u"Success"_s);
        QCOMPARE(
            model.index(0, VersionsModel::StatusColumn).data(VersionsModel::StatusRole).toInt(),
            int(VersionStatus::Success));
        QCOMPARE(resets.count(), 0);
    }

    // The rows are not a cache: a reload shows what the caller still knows of each version.
    void aPageReloadMergesKnownDetails()
    {
        VersionsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPage(page());
        VersionInfo detail = page().versions.at(2);
        detail.labels = {u"prod"_s};
        model.applyDetail(detail);
        // The list again says labels [] (a server quirk).
        model.setPage(page(), [&detail](const QString &id) -> std::optional<VersionInfo> {
            return id == detail.id ? std::optional(detail) : std::nullopt;
        });
        QCOMPARE(model.index(2, VersionsModel::LabelsColumn).data().toString(), u"prod"_s);
        QVERIFY(model.index(2, 0).data(VersionsModel::DetailLoadedRole).toBool());
        QVERIFY(!model.index(0, 0).data(VersionsModel::DetailLoadedRole).toBool());
    }

    void detailFailureReplacesLoadingInTooltips()
    {
        VersionsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPage(page());
        const QModelIndex labels = model.index(1, VersionsModel::LabelsColumn);
        const QModelIndex progress = model.index(1, VersionsModel::ProgressColumn);
        QVERIFY(labels.data(Qt::ToolTipRole).toString().startsWith(u"Loading"_s));
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.applyDetailFailure(u"b"_s, u"HTTP 500"_s);
        QCOMPARE(changes.count(), 2);
        for (const QModelIndex &idx : {labels, progress}) {
            const QString tip = idx.data(Qt::ToolTipRole).toString();
            QVERIFY2(!tip.startsWith(u"Loading"_s) && tip.contains(u"HTTP 500"_s), qPrintable(tip));
        }
        // A detail read later wins over the old failure.
        VersionInfo detail = page().versions.at(1);
        detail.progress = Progress{1, 2, UploadStatus::Failed, QString()};
        model.applyDetail(detail);
        QVERIFY(!progress.data(Qt::ToolTipRole).toString().contains(u"HTTP 500"_s));
    }

    void removeVersion()
    {
        VersionsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPage(page());
        QVERIFY(model.removeVersion(u"b"_s));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.total(), 41);
        QCOMPARE(model.rowOf(u"c"_s), 1);
        QVERIFY(!model.removeVersion(u"b"_s));
    }

    void searchTextCoversNameLabelsCreatorStatus()
    {
        VersionsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPage(page());
        VersionInfo detail = page().versions.at(1);
        detail.labels = {u"nightly"_s};
        model.applyDetail(detail);
        const QString text = model.index(1, 0).data(VersionsModel::SearchTextRole).toString();
        QVERIFY(text.contains(u"v2"_s));
        QVERIFY(text.contains(u"nightly"_s));
        QVERIFY(text.contains(u"patrick"_s));
        QVERIFY(text.contains(u"Failed"_s));
    }
};

QTEST_GUILESS_MAIN(TestVersionsModel)
#include "tst_versionsmodel.moc"
