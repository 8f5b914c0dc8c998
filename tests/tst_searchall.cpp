// "Search All Versions" in the real window against the simulator over real HTTP (large:300,
// fifteen pages of twenty): the filter's text is looked for in every page, the matches replace
// the page with paging off, and unchecking the action, clearing the filter or Cancel brings the
// pages back. An empty filter asks for text instead of searching. "Find Versions Shipping This
// Image" from the detail pane's menu shows the versions that ship the image (every hundredth
// ships cart's hotfix build) the same way.
#include "wizardharness.h"

#include "deliverablesmodel.h"
#include "detailpane.h"
#include "imagesearch.h"
#include "pagingbar.h"
#include "testsettings.h"

#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace zadig;
using wizardtest::Harness;

namespace {

constexpr int Patience = 30'000; // a bound on hanging, never a speed

} // namespace

class TestSearchAll : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    Harness h;

    QLineEdit *filter() const { return h.window->findChild<QLineEdit *>(u"filterEdit"_s); }
    QAction *searchAll() const { return h.window->findChild<QAction *>(u"searchAllAction"_s); }
    ui::PagingBar *paging() const { return h.window->findChild<ui::PagingBar *>(); }
    QWidget *progress() const { return h.window->findChild<QProgressBar *>(u"searchProgress"_s); }
    QStringList shownNames() const
    {
        QStringList names;
        for (const VersionInfo &v : h.window->versionsModel()->versions())
            names << v.name;
        return names;
    }
    static QStringList releases(int from, int downTo)
    {
        QStringList names;
        for (int n = from; n >= downTo; --n)
            names << u"release-%1"_s.arg(n, 6, 10, QChar(u'0'));
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::useTemporarySettings(m_settingsDir, u"tst_searchall"_s);
    }

    void init() { h.start(u"mall"_s, 0, u"large:300"_s); }
    void cleanup() { h.stop(); }

    void findsOnEveryPageThenPagesComeBack()
    {
        QVERIFY(filter() && searchAll() && paging() && progress());
        const QStringList pageOne = shownNames();
        QCOMPARE(pageOne.size(), 20);
        QTest::keyClicks(filter(), u"release-0001"_s); // none of them on page 1
        searchAll()->trigger();
        QVERIFY(searchAll()->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(h.window->pager()->isShowingFound(), Patience);
        QCOMPARE(shownNames(), releases(199, 100));
        QVERIFY(!paging()->isEnabled());
        QVERIFY(progress()->isHidden());
        QVERIFY2(h.window->statusBar()->currentMessage().endsWith(u": 100"_s),
                 qPrintable(h.window->statusBar()->currentMessage()));
        const auto *range = h.window->findChild<QLabel *>(u"pageRangeLabel"_s);
        QVERIFY(range);
        QVERIFY2(range->text().endsWith(u"100 of 100"_s), qPrintable(range->text()));

        searchAll()->trigger(); // unchecked: the pages again
        QVERIFY(!searchAll()->isChecked());
        QVERIFY(!h.window->pager()->isShowingFound());
        QTRY_COMPARE_WITH_TIMEOUT(shownNames(), pageOne, Patience);
        QVERIFY(paging()->isEnabled());
    }

    void clearingTheFilterShowsThePageAgain()
    {
        const QStringList pageOne = shownNames();
        QTest::keyClicks(filter(), u"release-00002"_s);
        searchAll()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(h.window->pager()->isShowingFound(), Patience);
        QCOMPARE(shownNames(), releases(29, 20));
        filter()->clear();
        QVERIFY(!h.window->pager()->isShowingFound());
        QVERIFY(!searchAll()->isChecked());
        QTRY_COMPARE_WITH_TIMEOUT(shownNames(), pageOne, Patience);
    }

    void cancelStopsAndKeepsThePage()
    {
        const QStringList pageOne = shownNames();
        sim::Fault silent;
        silent.kind = sim::Fault::Kind::NeverAnswer;
        silent.pathContains = u"/openapi/delivery/releases"_s;
        h.sim->addFault(silent);
        QTest::keyClicks(filter(), u"release"_s);
        searchAll()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!progress()->isHidden(), Patience);
        auto *cancel = h.window->findChild<QToolButton *>(u"searchCancel"_s);
        QVERIFY(cancel && cancel->isVisible());
        cancel->click();
        QVERIFY(progress()->isHidden());
        QVERIFY(!searchAll()->isChecked());
        QVERIFY(!h.window->pager()->isShowingFound());
        QCOMPARE(shownNames(), pageOne);
    }

    void anImageFromTheDetailPaneFindsItsVersions()
    {
        QTest::keyClicks(filter(), u"release"_s); // would hide what is found: it is cleared
        QVERIFY(h.window->selectVersion(h.idOf(u"release-000300"_s)));
        ui::DetailPane *pane = h.window->detailPane();
        QTRY_VERIFY_WITH_TIMEOUT(pane->deliverables()->rowCount() > 0, Patience);
        const QString hotfix = u"ccr.ccs.tencentyun.com/release/cart:20241101-3-hotfix"_s;
        QModelIndex cart;
        for (int r = 0; r < pane->deliverables()->rowCount() && !cart.isValid(); ++r) {
            const QModelIndex row = pane->deliverables()->index(r, 0);
            if (row.data(DeliverablesModel::ImageRole).toString() == hotfix)
                cart = row;
        }
        QVERIFY(cart.isValid());
        QTreeView *tree = pane->tree();
        Q_EMIT tree->customContextMenuRequested(tree->visualRect(cart).center());
        QMenu *menu = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((menu = pane->findChild<QMenu *>(u"deliverablesMenu"_s)),
                                 Patience);
        QAction *find = menu->findChild<QAction *>(u"findImageAction"_s);
        QVERIFY(find);
        find->trigger();
        menu->close();

        QVERIFY(filter()->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(h.window->pager()->isShowingFound(), Patience);
        QCOMPARE(shownNames(),
                 (QStringList{u"release-000300"_s, u"release-000200"_s, u"release-000100"_s}));
        QVERIFY(!paging()->isEnabled());
        QVERIFY(progress()->isHidden());
        const QString message = h.window->statusBar()->currentMessage();
        QVERIFY2(message.startsWith(u"Versions shipping “%1”: 3"_s.arg(hotfix)),
                 qPrintable(message));

        // A page again: the pages are back, paging on.
        QVERIFY(searchAll() && !searchAll()->isChecked());
        h.window->pager()->goToPage(2);
        QTRY_VERIFY_WITH_TIMEOUT(!h.window->pager()->isShowingFound(), Patience);
        QVERIFY(paging()->isEnabled());
    }

    void cancellingAnImageSearchKeepsThePage()
    {
        const QStringList pageOne = shownNames();
        sim::Fault silent;
        silent.kind = sim::Fault::Kind::NeverAnswer;
        // A detail only the search reads: the search cannot end, the table is not held up.
        silent.pathContains = u"/openapi/delivery/releases/"_s +
                              h.sim->state().versionIdByName(u"mall"_s, u"release-000150"_s);
        silent.times = -1;
        h.sim->addFault(silent);
        h.window->searchImage(u"cart"_s);
        QTRY_VERIFY_WITH_TIMEOUT(h.window->imageSearch()->phase() == ImageSearch::Phase::Checking,
                                 Patience);
        QVERIFY(!progress()->isHidden());
        auto *cancel = h.window->findChild<QToolButton *>(u"searchCancel"_s);
        QVERIFY(cancel && cancel->isVisible());
        cancel->click();
        QVERIFY(progress()->isHidden());
        QVERIFY(!h.window->imageSearch()->isRunning());
        QVERIFY(!h.window->pager()->isShowingFound());
        QCOMPARE(shownNames(), pageOne);
    }

    void anEmptyFilterAsksForText()
    {
        const QStringList pageOne = shownNames();
        searchAll()->trigger();
        QVERIFY(!searchAll()->isChecked());
        QVERIFY(progress()->isHidden());
        QVERIFY2(h.window->statusBar()->currentMessage().startsWith(u"Type what"_s),
                 qPrintable(h.window->statusBar()->currentMessage()));
        QCOMPARE(shownNames(), pageOne);
    }
};

QTEST_MAIN(TestSearchAll)
#include "tst_searchall.moc"
