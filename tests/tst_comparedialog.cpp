// CompareDialog against the demo simulator over real HTTP: two 2.3-3.4 versions and two 5.x
// ones with their counts and only-changes filter, the comparison copied as Markdown, a legacy
// side that says why while the other side's rows show, and an error state with Retry.
#include "comparedialog.h"
#include "comparemodel.h"
#include "exportfiles.h"
#include "exportharness.h"
#include "statepane.h"
#include "testsettings.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zadig;
using ui::CompareDialog;

class TestCompareDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    test::ExportHarness m_h;
    QPointer<CompareDialog> m_dialog;
    const QString m_project = u"mall"_s;

    CompareDialog *open(const QString &oldName, const QString &newName)
    {
        const VersionInfo oldInfo = m_h.version(m_project, oldName);
        const VersionInfo newInfo = m_h.version(m_project, newName);
        if (oldInfo.id.isEmpty() || newInfo.id.isEmpty())
            return nullptr;
        m_dialog = new CompareDialog(m_h.repositoryOf(m_project), u"商城"_s, oldInfo, newInfo);
        m_dialog->open();
        return m_dialog;
    }

    // The comparison computed from details the test reads itself.
    Comparison expected(const QString &oldName, const QString &newName)
    {
        auto side = [this](const QString &name) {
            const VersionInfo info = m_h.version(m_project, name);
            const std::optional<VersionDetail> detail = m_h.detail(m_project, info);
            return detail ? CompareSide::of(makeManifest(m_project, u"商城"_s, info, *detail))
                          : CompareSide::unavailable(name, u"no detail"_s);
        };
        return compareVersions(side(oldName), side(newName));
    }

    static QString counts(CompareDialog *dialog)
    {
        return dialog->findChild<QLabel *>(u"compareCounts"_s)->text();
    }
    static int tableRows(CompareDialog *dialog)
    {
        return dialog->findChild<QTableView *>(u"compareTable"_s)->model()->rowCount();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::useTemporarySettings(m_settingsDir, u"tst_comparedialog"_s);
    }

    void cleanup()
    {
        delete m_dialog;
        m_h.reset();
        QSettings().clear();
    }

    void twoVersions_data()
    {
        QTest::addColumn<int>("generation");
        QTest::addColumn<QString>("oldName");
        QTest::addColumn<QString>("newName");
        QTest::addColumn<QString>("countsText");
        QTest::addColumn<int>("changes");
        QTest::addColumn<int>("all");
        // v2.4.0 delivers user and web, v2.5.0 cart, order (two containers) and web.
        QTest::newRow("2.3-3.4") << 3 << u"v2.4.0"_s << u"v2.5.0"_s
                                 << u"1 changed, 3 added, 1 removed"_s << 5 << 5;
        // v3.0.1 is made from v3.0.0 with a new cart only: order's two containers are gone.
        QTest::newRow("5.x") << 5 << u"v3.0.0"_s << u"v3.0.1"_s << u"1 changed, 2 removed"_s << 3
                             << 3;
    }

    void twoVersions()
    {
        QFETCH(int, generation);
        QFETCH(QString, oldName);
        QFETCH(QString, newName);
        QFETCH(QString, countsText);
        QFETCH(int, changes);
        QFETCH(int, all);
        QVERIFY(m_h.serve(generation));
        CompareDialog *dialog = open(oldName, newName);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10'000);
        QCOMPARE(dialog->findChild<QLabel *>(u"compareTitle"_s)->text(),
                 oldName + u" → "_s + newName);
        QCOMPARE(counts(dialog), countsText);
        QVERIFY(!dialog->findChild<QWidget *>(u"compareUnavailableNote"_s)->isVisible());

        // Only changes, on by default; off shows the unchanged rows too.
        auto *only = dialog->findChild<QCheckBox *>(u"compareOnlyChanges"_s);
        QVERIFY(only->isChecked());
        QCOMPARE(tableRows(dialog), changes);
        QTest::mouseClick(only, Qt::LeftButton);
        QVERIFY(!only->isChecked());
        QCOMPARE(tableRows(dialog), all);
        QTest::mouseClick(only, Qt::LeftButton);
        QCOMPARE(tableRows(dialog), changes);

        // Copy as Markdown: the comparison's change ticket.
        const QByteArray markdown = toMarkdown(expected(oldName, newName));
        QVERIFY(markdown.contains(newName.toUtf8()));
        QGuiApplication::clipboard()->setText(u"something else"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"compareCopyButton"_s), Qt::LeftButton);
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), QString::fromUtf8(markdown));
    }

    void onlyChangesHidesUnchangedRows()
    {
        // Every seed version has its own CI tag, so a rebuild of v2.5.0 with a new web image
        // (a known detail, as the window hands over from its cache) has unchanged rows.
        QVERIFY(m_h.serve());
        const VersionInfo base = m_h.version(m_project, u"v2.5.0"_s);
        std::optional<VersionDetail> rebuild = m_h.detail(m_project, base);
        QVERIFY(rebuild);
        rebuild->info.id = u"rebuild"_s;
        rebuild->info.name = u"v2.5.0-rebuild"_s;
        bool retagged = false;
        for (DeployInfo &d : rebuild->deployInfos) {
            if (d.serviceName == u"web"_s) {
                d.image = u"ccr.ccs.tencentyun.com/release/web:rebuild"_s;
                retagged = true;
            }
        }
        QVERIFY(retagged);
        m_dialog = new CompareDialog(m_h.repositoryOf(m_project), u"商城"_s, base, rebuild->info,
                                     std::nullopt, rebuild);
        m_dialog->open();
        QTRY_VERIFY_WITH_TIMEOUT(m_dialog->isLoaded(), 10'000);
        QCOMPARE(counts(m_dialog), u"1 changed, 3 unchanged"_s);
        auto *only = m_dialog->findChild<QCheckBox *>(u"compareOnlyChanges"_s);
        QVERIFY(only->isChecked());
        QCOMPARE(tableRows(m_dialog), 1);
        QCOMPARE(m_dialog->model()->compareRow(0).service, u"web"_s);
        QTest::mouseClick(only, Qt::LeftButton);
        QCOMPARE(tableRows(m_dialog), 4);
        QTest::mouseClick(only, Qt::LeftButton);
        QCOMPARE(tableRows(m_dialog), 1);
    }

    void saveAsCsv()
    {
        QVERIFY(m_h.serve());
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        ui::exportfiles::setLastFolder(folder.path());
        CompareDialog *dialog = open(u"v2.4.0"_s, u"v2.5.0"_s);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10'000);
        dialog->findChild<QAction *>(u"compareSaveCsvAction"_s)->trigger();
        test::ExportHarness::expectSave(u"compareSaveDialog"_s,
                                        folder.filePath(u"v2.4.0-vs-v2.5.0.csv"_s),
                                        toCsv(expected(u"v2.4.0"_s, u"v2.5.0"_s)));
    }

    void aLegacySideSaysWhy()
    {
        // The typeless legacy version's detail is a 500 with an empty body on 2.3-3.4.
        QVERIFY(m_h.serve());
        CompareDialog *dialog = open(u"workflow-release-0825"_s, u"v2.4.0"_s);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10'000);
        auto *note = dialog->findChild<QLabel *>(u"compareUnavailableNote"_s);
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().startsWith(u"“workflow-release-0825” cannot be compared: a legacy "
                                         "version without a type"_s),
                 qPrintable(note->text()));
        QVERIFY(!note->text().contains(u"v2.4.0"_s));
        // The other side's rows (user, web) show, their change unknown.
        QCOMPARE(tableRows(dialog), 2);
        const CompareModel *model = dialog->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(model->compareRow(row).change, ChangeKind::Unavailable);
            QVERIFY(model->compareRow(row).newRef.contains(u"/user:"_s) ||
                    model->compareRow(row).newRef.contains(u"/web:"_s));
        }
        QCOMPARE(counts(dialog), u"2 unavailable"_s);
    }

    void aFailedReadOffersRetry()
    {
        QVERIFY(m_h.serve());
        const VersionInfo oldInfo = m_h.version(m_project, u"v2.4.0"_s);
        const VersionInfo newInfo = m_h.version(m_project, u"v2.5.0"_s);
        m_h.client->setGeneration(ServerGeneration::Zadig3); // only the details are asked for
        sim::Fault fault;
        fault.kind = sim::Fault::Kind::ServerError;
        fault.pathContains = u"/openapi/delivery/releases/"_s + newInfo.id;
        fault.times = -1;
        m_h.sim->addFault(fault);
        m_dialog = new CompareDialog(m_h.repositoryOf(m_project), u"商城"_s, oldInfo, newInfo);
        m_dialog->open();
        auto *state = m_dialog->findChild<ui::StatePane *>(u"compareStatePane"_s);
        auto *retry = state->findChild<QPushButton *>(u"stateRetryButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 10'000);
        QCOMPARE(state->title(), u"Could not read “v2.5.0”"_s);
        QVERIFY(!m_dialog->isLoaded());
        QVERIFY(!m_dialog->findChild<QPushButton *>(u"compareCopyButton"_s)->isEnabled());

        m_h.sim->clearFaults();
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_dialog->isLoaded(), 10'000);
        QCOMPARE(counts(m_dialog), u"1 changed, 3 added, 1 removed"_s);
        QVERIFY(m_dialog->findChild<QTableView *>(u"compareTable"_s)->isVisible());
    }
};

QTEST_MAIN(TestCompareDialog)
#include "tst_comparedialog.moc"
