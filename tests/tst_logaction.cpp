// "Show Log…" in the detail pane, against the in-process simulator over real HTTP: offered for a
// failed image of a 4.x/5.x version, where it opens the image's distribution log; absent for an
// image that did not fail and on 2.3-3.4, which have no such log.
#include "wizardharness.h"

#include "deliverablesmodel.h"
#include "detailpane.h"
#include "yamlviewer.h"

#include <QMenu>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace zadig;
using wizardtest::Harness;

class TestLogAction : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    Harness h;

    ui::DetailPane *pane() const { return h.window->detailPane(); }

    // Selects the version and waits for its deliverables in the pane.
    void open(const QString &name)
    {
        QTRY_VERIFY_WITH_TIMEOUT(h.version(name), 30'000);
        QVERIFY(h.window->selectVersion(h.idOf(name)));
        QTRY_VERIFY_WITH_TIMEOUT(pane()->deliverables()->rowCount() > 0, 30'000);
        pane()->tree()->expandAll();
    }

    // Every row of the tree, children after their parent.
    QList<QModelIndex> rows() const
    {
        QList<QModelIndex> all;
        const DeliverablesModel *model = pane()->deliverables();
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex top = model->index(r, 0);
            all << top;
            for (int c = 0; c < model->rowCount(top); ++c)
                all << model->index(c, 0, top);
        }
        return all;
    }

    QModelIndex image(const QString &service, const QString &container) const
    {
        for (const QModelIndex &row : rows()) {
            if (row.parent().isValid() && row.parent().data().toString() == service &&
                row.data().toString() == container)
                return row;
        }
        return {};
    }

    // The context menu of a row, as a right-click opens it; nullptr when none opened.
    QMenu *menuOf(const QModelIndex &index) const
    {
        QTreeView *tree = pane()->tree();
        Q_EMIT tree->customContextMenuRequested(tree->visualRect(index).center());
        QMenu *shown = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                for (QMenu *m : pane()->findChildren<QMenu *>(u"deliverablesMenu"_s)) {
                    if (m->isVisible())
                        shown = m;
                }
                return shown != nullptr;
            },
            30'000);
        return shown;
    }

    static bool offers(QMenu *menu)
    {
        return menu->findChild<QAction *>(u"showLogAction"_s) != nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::useTemporarySettings(m_settingsDir, u"tst_logaction"_s);
    }

    void cleanup() { h.stop(); }

    void aFailedImageShowsItsLog_data()
    {
        QTest::addColumn<QString>("generation");
        QTest::newRow("4.0") << u"4.0"_s;
        QTest::newRow("5") << u"5"_s;
    }

    void aFailedImageShowsItsLog()
    {
        QFETCH(QString, generation);
        h.start(u"mall"_s, 0, u"demo"_s, generation);
        open(u"v3.1.0"_s);
        const QModelIndex failed = image(u"web"_s, u"web"_s);
        const QModelIndex passed = image(u"cart"_s, u"cart"_s);
        QVERIFY(failed.isValid());
        QVERIFY(passed.isValid());
        QVERIFY(pane()->offersLog(failed));
        QVERIFY(!pane()->offersLog(passed));
        QVERIFY(!pane()->offersLog(passed.parent())); // a service row

        QMenu *menu = menuOf(passed);
        QVERIFY(menu);
        QVERIFY(!offers(menu));
        menu->close();

        menu = menuOf(failed);
        QVERIFY(menu);
        QVERIFY(offers(menu));
        menu->findChild<QAction *>(u"showLogAction"_s)->trigger();
        menu->close();
        ui::YamlViewer *viewer = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (viewer = pane()->findChild<ui::YamlViewer *>(u"logViewer"_s)) != nullptr, 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(!viewer->text().isEmpty(), 30'000);
        QVERIFY2(viewer->text().contains(u"unauthorized: authentication required"_s),
                 qPrintable(viewer->text()));
        QVERIFY(viewer->windowTitle().contains(u"v3.1.0"_s));
        QCOMPARE(h.sim->requestCount(u"/api/aslan/logs/log/delivery"_s, "GET"), 1);
    }

    // 2.3-3.4 have no distribution log: no row of a failed version offers one, and nothing is
    // asked of the server.
    void zadig3OffersNoLog()
    {
        h.start(u"mall"_s, 0);
        open(u"v2.5.1"_s);
        QCOMPARE(h.statusOf(u"v2.5.1"_s), VersionStatus::Failed);
        const QList<QModelIndex> all = rows();
        QVERIFY(!all.isEmpty());
        for (const QModelIndex &row : all)
            QVERIFY(!pane()->offersLog(row));
        QMenu *menu = menuOf(all.last());
        QVERIFY(menu);
        QVERIFY(!offers(menu));
        menu->close();
        QCOMPARE(h.sim->requestCount(u"/api/aslan/logs/"_s), 0);
    }
};

QTEST_MAIN(TestLogAction)
#include "tst_logaction.moc"
