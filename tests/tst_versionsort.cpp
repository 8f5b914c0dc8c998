// The main window's versions table sorts by each cell's raw value (VersionsModel::RawValueRole):
// Created by time, Status by the status itself, Progress by the share of images distributed, never
// by the text shown, which orders "10/20/24" before "9/5/24" and "10 / 20" before "9 / 40". Each
// row checks first that the text would give another order, so it cannot pass by chance.
// Offscreen, with no server: the rows are put into the window's own model.
#include "api/zadigclient.h"
#include "mainwindow.h"
#include "testsettings.h"
#include "versionsmodel.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace zadig;

namespace {

qint64 at(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(10, 0)).toSecsSinceEpoch();
}

VersionInfo version(const QString &name, VersionStatus status, qint64 created, int done, int of)
{
    VersionInfo v;
    v.id = u"id-"_s + name;
    v.name = name;
    v.type = VersionType::K8sYaml;
    v.status = status;
    v.createdBy = u"patrick"_s;
    v.createTime = created;
    v.progress = Progress{done, of, UploadStatus::Uploading, QString()};
    return v;
}

} // namespace

class TestVersionSort : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    static QStringList cells(const QAbstractItemModel *view, int column, int role)
    {
        QStringList values;
        for (int row = 0; row < view->rowCount(); ++row)
            values << view->index(row, column).data(role).toString();
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::useTemporarySettings(m_settingsDir, u"tst_versionsort"_s);
        // Month first, as in the United States: the text of a date then sorts unlike its time.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void sortsByRawValue_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("ascending"); // the names, in the order of the raw values
        QTest::newRow("created") << int(VersionsModel::CreatedTimeColumn)
                                 << QStringList{u"c"_s, u"a"_s, u"b"_s, u"d"_s};
        // Success, Failed, Creating, Retrying: the order of VersionStatus.
        QTest::newRow("status") << int(VersionsModel::StatusColumn)
                                << QStringList{u"d"_s, u"b"_s, u"a"_s, u"c"_s};
        QTest::newRow("progress") << int(VersionsModel::ProgressColumn)
                                  << QStringList{u"b"_s, u"c"_s, u"d"_s, u"a"_s};
    }

    void sortsByRawValue()
    {
        QFETCH(int, column);
        QFETCH(QStringList, ascending);

        QNetworkAccessManager nam;
        ZadigClient client(&nam);
        ui::MainWindow window(&client);
        QAbstractItemModel *view = window.table()->model();
        QAbstractItemModelTester modelTester(
            window.versionsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            view, QAbstractItemModelTester::FailureReportingMode::QtTest);
        VersionPage page;
        page.versions = {
            version(u"a"_s, VersionStatus::Creating, at(2024, 9, 5), 9, 10),    // 0.9
            version(u"b"_s, VersionStatus::Failed, at(2024, 10, 20), 9, 40),    // 0.225
            version(u"c"_s, VersionStatus::Retrying, at(2023, 12, 25), 10, 40), // 0.25
            version(u"d"_s, VersionStatus::Success, at(2025, 1, 2), 10, 20),    // 0.5
        };
        page.total = int(page.versions.size());
        window.versionsModel()->setPage(page);
        // The list leaves progress out; a detail brings it, as it does for the window.
        for (const VersionInfo &v : std::as_const(page.versions))
            window.versionsModel()->applyDetail(v);

        window.table()->sortByColumn(column, Qt::AscendingOrder);
        QCOMPARE(cells(view, VersionsModel::NameColumn, Qt::DisplayRole), ascending);

        // The text shown would sort otherwise: this row can tell the two apart.
        QStringList texts = cells(view, column, Qt::DisplayRole);
        QVERIFY(!texts.contains(QString()));
        QStringList byText = texts;
        QCollator collator;
        std::sort(byText.begin(), byText.end(), collator);
        QVERIFY2(byText != texts, qPrintable(texts.join(u" | "_s)));

        window.table()->sortByColumn(column, Qt::DescendingOrder);
        std::reverse(ascending.begin(), ascending.end());
        QCOMPARE(cells(view, VersionsModel::NameColumn, Qt::DisplayRole), ascending);
    }
};

QTEST_MAIN(TestVersionSort)
#include "tst_versionsort.moc"
