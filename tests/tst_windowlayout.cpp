// WindowLayout: the main window's geometry, splitter and table columns between runs. It reads the
// keys Settings wrote before the layout moved to the views, so a user's layout survives the
// upgrade, and the main window really keeps its columns through it.
#include "api/zadigclient.h"
#include "mainwindow.h"
#include "testsettings.h"
#include "versionsmodel.h"
#include "windowlayout.h"

#include <QHeaderView>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zadig;

class TestWindowLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::useTemporarySettings(m_settingsDir, u"tst_windowlayout"_s);
    }
    void init() { QSettings().clear(); }

    void keys_data()
    {
        QTest::addColumn<ui::WindowLayout::Part>("part");
        QTest::addColumn<QString>("key");
        // The keys of earlier versions, spelled out here so that renaming one fails the test.
        QTest::newRow("geometry") << ui::WindowLayout::Part::Geometry << u"window/geometry"_s;
        QTest::newRow("state") << ui::WindowLayout::Part::WindowState << u"window/state"_s;
        QTest::newRow("splitter") << ui::WindowLayout::Part::Splitter << u"window/splitter"_s;
        QTest::newRow("table header")
            << ui::WindowLayout::Part::TableHeader << u"window/tableHeader"_s;
    }

    // A value an earlier version wrote is read back.
    void keys()
    {
        QFETCH(ui::WindowLayout::Part, part);
        QFETCH(QString, key);
        const QByteArray written("\x01\x02 layout of " + key.toUtf8());
        QSettings().setValue(key, written);
        QCOMPARE(ui::WindowLayout().state(part), written);

        // And what it writes is where an earlier version (or a downgrade) looks.
        const QByteArray again("another " + key.toUtf8());
        ui::WindowLayout().setState(part, again);
        QCOMPARE(QSettings().value(key).toByteArray(), again);
    }

    // The main window saves its columns when it closes and the next one restores them.
    void mainWindowKeepsItsColumns()
    {
        QNetworkAccessManager nam;
        ZadigClient client(&nam);
        constexpr int Width = 321;
        {
            ui::MainWindow window(&client);
            QHeaderView *header = window.table()->horizontalHeader();
            QVERIFY(header->sectionSize(VersionsModel::NameColumn) != Width);
            header->resizeSection(VersionsModel::NameColumn, Width);
            QVERIFY(window.close());
        }
        QVERIFY(!QSettings().value(u"window/tableHeader"_s).toByteArray().isEmpty());
        ui::MainWindow window(&client);
        QCOMPARE(window.table()->horizontalHeader()->sectionSize(VersionsModel::NameColumn), Width);
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
