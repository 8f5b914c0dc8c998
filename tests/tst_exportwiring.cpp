// MainWindow's export and compare actions against the demo simulator over real HTTP: Ctrl+E
// exports the current row, two rows selected with Ctrl+click enable Compare (older -> newer),
// and Compare With asks for the other version. Its own file, so tst_mainwindow stays as it is.
#include "api/zadigclient.h"
#include "comparedialog.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "simulator.h"
#include "testsettings.h"
#include "versionsmodel.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace zadig;

class TestExportWiring : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ZadigClient> m_client;
    std::unique_ptr<ui::MainWindow> m_window;

    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    // The row of `name` in the table as shown.
    QModelIndex row(const QString &name) const
    {
        const QAbstractItemModel *view = m_window->table()->model();
        for (int r = 0; r < view->rowCount(); ++r) {
            const QModelIndex index = view->index(r, VersionsModel::NameColumn);
            if (index.data().toString() == name)
                return index;
        }
        return QModelIndex();
    }
    void click(const QString &name, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        const QModelIndex index = row(name);
        QVERIFY2(index.isValid(), qPrintable(name));
        QTableView *table = m_window->table();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers,
                          table->visualRect(index).center());
    }
    template<typename Dialog>
    Dialog *openDialog(const QString &objectName) const
    {
        for (Dialog *d : m_window->findChildren<Dialog *>(objectName)) {
            if (d->isVisible())
                return d;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::useTemporarySettings(m_settingsDir, u"tst_exportwiring"_s);
    }

    void init()
    {
        m_sim = std::make_unique<sim::Simulator>();
        QVERIFY(m_sim->loadSeed(u"demo"_s));
        QVERIFY(m_sim->listen());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ZadigClient>(m_nam.get());
        m_client->setBaseUrl(m_sim->url());
        m_client->setToken(m_sim->token());
        m_window = std::make_unique<ui::MainWindow>(m_client.get());
        m_window->show();
        m_window->start(u"mall"_s);
        auto *stack = m_window->findChild<QStackedWidget *>(u"versionsStack"_s);
        QTRY_VERIFY_WITH_TIMEOUT(stack->currentWidget() == m_window->table(), 10'000);
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_client.reset();
        m_nam.reset();
        m_sim.reset();
        QSettings().clear();
    }

    void ctrlEExportsTheCurrentRow()
    {
        QVERIFY(!action(u"exportAction"_s)->isEnabled()); // nothing selected yet
        click(u"v2.5.0"_s);
        QVERIFY(action(u"exportAction"_s)->isEnabled());
        QCOMPARE(action(u"exportAction"_s)->shortcut(), QKeySequence(u"Ctrl+E"_s));
        QTest::keyClick(m_window->table(), Qt::Key_E, Qt::ControlModifier);
        ui::ExportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openDialog<ui::ExportDialog>(u"exportDialog"_s)));
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10'000);
        QVERIFY(dialog->text().contains(u"# Release manifest: v2.5.0"_s));
    }

    void twoSelectedRowsCompareOlderToNewer()
    {
        click(u"v2.5.0"_s);
        QVERIFY(!action(u"compareAction"_s)->isEnabled());
        QVERIFY(action(u"compareWithAction"_s)->isEnabled());
        click(u"v2.4.0"_s, Qt::ControlModifier);
        QCOMPARE(m_window->table()->selectionModel()->selectedRows().size(), 2);
        QVERIFY(action(u"compareAction"_s)->isEnabled());
        QVERIFY(!action(u"compareWithAction"_s)->isEnabled());
        // The single-version actions act on the current row, the one clicked last.
        QCOMPARE(m_window->selectedVersionId(),
                 row(u"v2.4.0"_s).data(VersionsModel::IdRole).toString());
        QVERIFY(action(u"exportAction"_s)->isEnabled());

        action(u"compareAction"_s)->trigger();
        ui::CompareDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openDialog<ui::CompareDialog>(u"compareDialog"_s)));
        // v2.5.0 was selected first, but v2.4.0 is older: it is the old side.
        QCOMPARE(dialog->findChild<QLabel *>(u"compareTitle"_s)->text(), u"v2.4.0 → v2.5.0"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10'000);
        QCOMPARE(dialog->findChild<QLabel *>(u"compareCounts"_s)->text(),
                 u"1 changed, 3 added, 1 removed"_s);

        // A third row makes it no pair any more.
        dialog->close();
        click(u"v2.4.1"_s, Qt::ControlModifier);
        QVERIFY(!action(u"compareAction"_s)->isEnabled());
    }

    void compareWithAsksForTheOther()
    {
        click(u"v2.4.0"_s);
        action(u"compareWithAction"_s)->trigger();
        QInputDialog *picker = nullptr;
        QTRY_VERIFY((picker = openDialog<QInputDialog>(u"compareWithPicker"_s)));
        QVERIFY(!picker->comboBoxItems().contains(u"v2.4.0"_s)); // not with itself
        QVERIFY(picker->comboBoxItems().contains(u"v2.5.0"_s));
        picker->setTextValue(u"v2.5.0"_s);
        picker->accept();
        ui::CompareDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openDialog<ui::CompareDialog>(u"compareDialog"_s)));
        QCOMPARE(dialog->findChild<QLabel *>(u"compareTitle"_s)->text(), u"v2.4.0 → v2.5.0"_s);
    }
};

QTEST_MAIN(TestExportWiring)
#include "tst_exportwiring.moc"
