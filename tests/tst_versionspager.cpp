// VersionsPager against the simulator over real HTTP: the list shrinking between two loads (the
// page count and the page shown follow it; a page past the end becomes the last one), a version
// gone (its row, its detail and its poll with it), and reloadAndFind's answer when the version
// is not on page 1, and what a flip takes off the wire: the reads of the rows left and a
// read-ahead of another page (a read-ahead list of the page flipped to is waited for, not sent
// twice). The version repository runs in simulated time (a ManualClock), and
// the simulator's clock stands still, so nothing moves unless the test moves it.
#include "api/zadigclient.h"
#include "manualclock.h"
#include "nextturn.h"
#include "simstate.h"
#include "simulator.h"
#include "versionrepository.h"
#include "versionsmodel.h"
#include "versionspager.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace zadig;
using namespace zadig::test;
using State = VersionsPager::State;

namespace {

constexpr int Patience = 30'000; // a bound on hanging, never a speed
constexpr int PageSize = 3;
const QString ProjectKey = u"mall"_s;

} // namespace

class TestVersionsPager : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ZadigClient> m_client;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<VersionsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<VersionsPager> m_pager;

    // Waits for the page the pager is loading, and for its rows' details.
    void waitForPage(QSignalSpy &loaded, int count = 1)
    {
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= count, Patience);
        QCOMPARE(m_pager->state(), State::Loaded);
        QVERIFY(nextTurn()); // the details are asked for on the next turn
        // The next page is read ahead once this one is complete: that too.
        QTRY_VERIFY_WITH_TIMEOUT(m_pager->repository()->inFlight() == 0 &&
                                     m_pager->repository()->queued() == 0 &&
                                     m_client->pendingCount() == 0,
                                 Patience);
    }

    QStringList shownIds() const
    {
        QStringList ids;
        for (const VersionInfo &v : m_model->versions())
            ids << v.id;
        return ids;
    }

    // Deletes versions on the server, the way another user would.
    void deleteOnServer(const QStringList &ids)
    {
        int done = 0;
        for (const QString &id : ids) {
            m_client->deleteVersion(ProjectKey, id, this, [&done](const Result<Done> &result) {
                QVERIFY(result.ok());
                ++done;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, int(ids.size()), Patience);
    }

    // Every version of the project, newest first, as the server lists them.
    // How many times the list's page `page` was asked for.
    int listRequests(int page) const
    {
        int count = 0;
        for (const sim::RecordedRequest &r : m_sim->requests()) {
            if (r.method == "GET" && r.path == u"/openapi/delivery/releases"_s &&
                r.query.queryItemValue(u"pageNum"_s) == QString::number(page))
                ++count;
        }
        return count;
    }

    QList<VersionInfo> serverList()
    {
        std::optional<Result<VersionPage>> page;
        m_client->listVersions(ProjectKey, 1, 1000, this,
                               [&page](const Result<VersionPage> &result) { page = result; });
        if (!QTest::qWaitFor([&page] { return page.has_value(); }, Patience) || !page->ok())
            return {};
        return page->value().versions;
    }

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<sim::Simulator>();
        QVERIFY(m_sim->loadSeed(u"demo"_s));
        m_sim->setSpeed(0); // creating versions stay creating
        QVERIFY(m_sim->listen());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ZadigClient>(m_nam.get());
        m_client->setBaseUrl(m_sim->url());
        m_client->setToken(m_sim->token());
        m_clock = std::make_unique<ManualClock>();
        m_model = std::make_unique<VersionsModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_pager = std::make_unique<VersionsPager>(m_client.get(), m_model.get());
        m_pager->repository()->setClock(m_clock.get());
        m_pager->setPageSize(PageSize);
    }

    void cleanup()
    {
        m_pager.reset();
        m_tester.reset();
        m_model.reset();
        m_clock.reset();
        m_client.reset();
        m_nam.reset();
        m_sim.reset();
    }

    void listShrank_data()
    {
        QTest::addColumn<int>("onPage");   // 0: the last page
        QTest::addColumn<int>("keep");     // versions left on the server
        QTest::addColumn<int>("expected"); // the page shown after the refresh
        QTest::newRow("the page shown is gone: the new last page") << 0 << 4 << 2;
        QTest::newRow("down to one page") << 0 << 2 << 1;
        QTest::newRow("the page shown is still there") << 2 << 5 << 2;
    }

    void listShrank()
    {
        QFETCH(int, onPage);
        QFETCH(int, keep);
        QFETCH(int, expected);
        QSignalSpy loaded(m_pager.get(), &VersionsPager::pageLoaded);
        QSignalSpy pages(m_pager.get(), &VersionsPager::pageChanged);
        m_pager->setProjectKey(ProjectKey);
        waitForPage(loaded);
        const int total = m_pager->total();
        QCOMPARE(total, m_sim->state().versionCount(ProjectKey));
        QVERIFY(total > 3 * PageSize); // the seed has room to shrink by pages
        if (onPage == 0)
            m_pager->lastPage();
        else
            m_pager->goToPage(onPage);
        waitForPage(loaded, 2);
        QCOMPARE(m_pager->page(), onPage == 0 ? m_pager->pageCount() : onPage);

        // Another user deletes all but the `keep` oldest versions.
        const QList<VersionInfo> all = serverList();
        QCOMPARE(all.size(), total);
        QStringList doomed;
        for (qsizetype i = 0; i < all.size() - keep; ++i)
            doomed << all.at(i).id;
        deleteOnServer(doomed);
        QCOMPARE(m_sim->state().versionCount(ProjectKey), keep);

        m_pager->refresh();
        waitForPage(loaded, 3);
        QCOMPARE(m_pager->total(), keep);
        QCOMPARE(m_pager->pageCount(), (keep + PageSize - 1) / PageSize);
        QCOMPARE(m_pager->page(), expected);
        QCOMPARE(m_model->total(), keep);
        QStringList expectedIds;
        for (qsizetype i = (expected - 1) * PageSize; i < qMin(keep, expected * PageSize); ++i)
            expectedIds << all.at(all.size() - keep + i).id;
        QCOMPARE(shownIds(), expectedIds);
        // What the view was last told is what the pager now holds.
        QCOMPARE(pages.constLast(),
                 (QVariantList{expected, m_pager->pageCount(), m_pager->total()}));
        // Nothing more is on its way: the pager settled on that page.
        QVERIFY(nextTurn());
        QCOMPARE(m_client->pendingCount(), 0);
        QCOMPARE(loaded.count(), 3);
    }

    void forgottenVersionGoesWithItsDetailAndPoll()
    {
        QSignalSpy loaded(m_pager.get(), &VersionsPager::pageLoaded);
        m_pager->setProjectKey(ProjectKey);
        waitForPage(loaded);
        const int total = m_pager->total();
        // The creating version on page 1 is polled, and its detail is cached.
        QString id;
        for (const VersionInfo &v : m_model->versions()) {
            if (v.status == VersionStatus::Creating)
                id = v.id;
        }
        QVERIFY2(!id.isEmpty(), "the seed has a creating version on page 1");
        QVERIFY(m_pager->repository()->isWatching(id));
        QVERIFY(m_pager->repository()->detail(id).has_value());
        const QString next = serverList().value(PageSize).id; // first of page 2

        deleteOnServer({id});
        const int asked = m_sim->requestCount(u"/openapi/delivery/releases/"_s + id, "GET");
        m_pager->forgetVersion(id);
        QVERIFY(!m_pager->repository()->isWatching(id));
        QVERIFY(!m_pager->repository()->detail(id).has_value());
        QCOMPARE(m_model->rowOf(id), -1);

        // The page is read again: the next version moves up into it.
        waitForPage(loaded, 2);
        QCOMPARE(m_pager->total(), total - 1);
        QCOMPARE(m_model->rowCount(), PageSize);
        QCOMPARE(m_model->rowOf(id), -1);
        QCOMPARE(m_model->rowOf(next), PageSize - 1);
        // A poll interval later nothing asks for the version gone.
        m_clock->advance(m_pager->repository()->pollTiming().intervalMs * 2);
        QVERIFY(nextTurn());
        QTRY_COMPARE_WITH_TIMEOUT(m_client->pendingCount(), 0, Patience);
        QCOMPARE(m_sim->requestCount(u"/openapi/delivery/releases/"_s + id, "GET"), asked);
        QVERIFY(!m_pager->repository()->detail(id).has_value());
    }

    // The rows' details come from the repository: a reload shows them at once, and asks the
    // server for none of them again while they are fresh.
    void aReloadShowsKeptDetailsWithoutAskingAgain()
    {
        QSignalSpy loaded(m_pager.get(), &VersionsPager::pageLoaded);
        m_pager->setProjectKey(ProjectKey);
        waitForPage(loaded);
        QStringList detailed;
        for (const VersionInfo &v : m_model->versions()) {
            if (m_model->hasDetail(v.id))
                detailed << v.id;
        }
        QVERIFY(detailed.size() >= PageSize / 2);
        const int detailReads = m_sim->requestCount(u"/openapi/delivery/releases/"_s, "GET");

        m_pager->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 2, Patience);
        for (const QString &id : std::as_const(detailed))
            QVERIFY2(m_model->hasDetail(id), qPrintable(id)); // in the rows the reset brought
        waitForPage(loaded, 2);
        QCOMPARE(m_sim->requestCount(u"/openapi/delivery/releases/"_s, "GET"), detailReads);
    }

    // Once page 1 is complete its successor is read ahead (list and details), so a flip shows
    // page 2 complete at once, without waiting for the server; it is read again behind it, and
    // an unchanged answer leaves the rows alone.
    void aFlipShowsTheReadAheadPageAtOnce()
    {
        QSignalSpy loaded(m_pager.get(), &VersionsPager::pageLoaded);
        m_pager->setProjectKey(ProjectKey);
        waitForPage(loaded);
        QCOMPARE(listRequests(2), 1);
        const QList<VersionInfo> all = serverList();
        QStringList pageTwo;
        for (const VersionInfo &v : all.mid(PageSize, PageSize))
            pageTwo << v.id;

        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        m_pager->nextPage();
        // Before any answer could come: the page and every row's detail are there.
        QCOMPARE(m_pager->state(), State::Loaded);
        QCOMPARE(m_pager->page(), 2);
        QCOMPARE(shownIds(), pageTwo);
        QVERIFY(m_model->isComplete());
        QCOMPARE(resets.count(), 1);

        QTRY_COMPARE_WITH_TIMEOUT(listRequests(2), 2, Patience); // revalidated
        QTRY_COMPARE_WITH_TIMEOUT(m_client->pendingCount(), 0, Patience);
        QCOMPARE(resets.count(), 1); // the same answer: nothing shown again
        QCOMPARE(shownIds(), pageTwo);
    }

    // A page read ahead may be stale by the time it is flipped to: it is shown, then replaced
    // by what the server says now.
    void aStaleReadAheadPageIsReplaced()
    {
        QSignalSpy loaded(m_pager.get(), &VersionsPager::pageLoaded);
        m_pager->setProjectKey(ProjectKey);
        waitForPage(loaded);
        const QString gone = serverList().value(PageSize).id; // first of page 2
        deleteOnServer({gone});

        m_pager->nextPage();
        QVERIFY(shownIds().contains(gone)); // what was read ahead, at once
        QTRY_VERIFY_WITH_TIMEOUT(!shownIds().contains(gone), Patience);
        QCOMPARE(shownIds().size(), PageSize);
        QCOMPARE(m_pager->page(), 2);
    }

    // Nothing is read ahead while the page shown still waits for a detail.
    void noReadAheadBeforeThePageIsComplete()
    {
        const QString slow = serverList().value(1).id;
        sim::Fault silent;
        silent.kind = sim::Fault::Kind::NeverAnswer;
        silent.pathContains = u"/openapi/delivery/releases/"_s + slow;
        m_sim->addFault(silent);
        QSignalSpy loaded(m_pager.get(), &VersionsPager::pageLoaded);
        m_pager->setProjectKey(ProjectKey);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, Patience);
        // Every other row's detail in: only the silent one is open.
        const auto othersIn = [this, &slow] {
            for (const VersionInfo &v : m_model->versions()) {
                if (v.id != slow && !m_model->hasDetail(v.id))
                    return false;
            }
            return m_model->rowCount() == PageSize;
        };
        QTRY_VERIFY_WITH_TIMEOUT(othersIn() && m_client->pendingCount() == 1, Patience);
        QVERIFY(nextTurn()); // a read-ahead would have been asked for by now
        QVERIFY(!m_model->isComplete());
        QCOMPARE(listRequests(2), 0);
    }

    // A flip leaves the reads of the rows no longer shown: they leave the wire, except the
    // polls of the versions still creating or retrying (watched, they are read wherever shown).
    void aFlipCancelsTheReadsOfTheRowsLeft()
    {
        m_client->setTimeout(4 * Patience); // what hangs outlasts every wait here
        const QList<VersionInfo> pageOne = serverList().mid(0, PageSize);
        QStringList cancelled;
        for (const VersionInfo &v : pageOne) {
            sim::Fault silent;
            silent.kind = sim::Fault::Kind::NeverAnswer;
            silent.pathContains = u"/openapi/delivery/releases/"_s + v.id;
            m_sim->addFault(silent);
            if (v.isSettled())
                cancelled << v.id;
        }
        QVERIFY(!cancelled.isEmpty());
        const int polled = PageSize - int(cancelled.size());
        const auto onTheServer = [this, &pageOne] {
            int count = 0;
            for (const VersionInfo &v : pageOne)
                count += m_sim->requestCount(u"/openapi/delivery/releases/"_s + v.id, "GET");
            return count;
        };
        QSignalSpy loaded(m_pager.get(), &VersionsPager::pageLoaded);
        m_pager->setProjectKey(ProjectKey);
        QTRY_COMPARE_WITH_TIMEOUT(onTheServer(), PageSize, Patience);
        QCOMPARE(m_client->pendingCount(), PageSize); // every row's read hangs

        m_pager->nextPage();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 2 && m_model->isComplete(), Patience);
        QCOMPARE(m_pager->page(), 2);
        // Page 3, read ahead, comes in too; then only the polls are left on the wire.
        QTRY_COMPARE_WITH_TIMEOUT(m_client->pendingCount(), polled, Patience);
        QCOMPARE(m_pager->repository()->inFlight(), polled);
        QCOMPARE(m_pager->repository()->queued(), 0);
    }

    // Flipping anywhere but to the page read ahead takes its list or its details off the wire.
    void aFlipElsewhereWithdrawsTheReadAhead_data()
    {
        QTest::addColumn<bool>("listHangs"); // else its details do
        QTest::newRow("its list on its way") << true;
        QTest::newRow("its details on their way") << false;
    }

    void aFlipElsewhereWithdrawsTheReadAhead()
    {
        QFETCH(bool, listHangs);
        m_client->setTimeout(4 * Patience); // what hangs outlasts every wait here
        sim::Fault silent;
        silent.kind = sim::Fault::Kind::NeverAnswer;
        silent.times = -1;
        int held = 1;
        if (listHangs) {
            silent.pathContains = u"/openapi/delivery/releases"_s;
            silent.queryContains = u"pageNum=2&"_s;
            m_sim->addFault(silent);
        } else {
            held = PageSize;
            for (const VersionInfo &v : serverList().mid(PageSize, PageSize)) {
                silent.pathContains = u"/openapi/delivery/releases/"_s + v.id;
                m_sim->addFault(silent);
            }
        }
        QSignalSpy loaded(m_pager.get(), &VersionsPager::pageLoaded);
        m_pager->setProjectKey(ProjectKey);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1 && m_model->isComplete(), Patience);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->pendingCount(), held, Patience); // page 2's, on hold

        m_pager->lastPage();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 2 && m_model->isComplete(), Patience);
        QVERIFY(m_pager->page() > 2);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->pendingCount(), 0, Patience);
        QCOMPARE(listRequests(2), 1);
    }

    // Flipping to the page whose list is still on its way, read ahead: that answer is shown,
    // the list is not asked for twice.
    void aFlipToThePageReadAheadWaitsForItsList()
    {
        sim::Fault slow;
        slow.kind = sim::Fault::Kind::Delay;
        slow.delayMs = 1'000; // only so that it is provably on its way at the flip
        slow.pathContains = u"/openapi/delivery/releases"_s;
        slow.queryContains = u"pageNum=2&"_s;
        m_sim->addFault(slow);
        QSignalSpy loaded(m_pager.get(), &VersionsPager::pageLoaded);
        m_pager->setProjectKey(ProjectKey);
        QTRY_COMPARE_WITH_TIMEOUT(listRequests(2), 1, Patience);
        QCOMPARE(m_client->pendingCount(), 1); // the read-ahead list, delayed: still on its way

        m_pager->nextPage();
        QCOMPARE(m_pager->state(), State::Loading);
        QCOMPARE(m_client->pendingCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 2, Patience);
        QCOMPARE(m_pager->page(), 2);
        QCOMPARE(shownIds().size(), PageSize);
        QCOMPARE(shownIds().constFirst(), serverList().value(PageSize).id);
        QCOMPARE(listRequests(2), 1);
    }

    void versionDeletedElsewhereLeavesOnRefresh()
    {
        QSignalSpy loaded(m_pager.get(), &VersionsPager::pageLoaded);
        m_pager->setProjectKey(ProjectKey);
        waitForPage(loaded);
        QString id;
        for (const VersionInfo &v : m_model->versions()) {
            if (v.status == VersionStatus::Creating)
                id = v.id;
        }
        QVERIFY(!id.isEmpty());
        QVERIFY(m_pager->repository()->isWatching(id));

        deleteOnServer({id});
        m_pager->refresh();
        waitForPage(loaded, 2);
        QCOMPARE(m_model->rowOf(id), -1);
        QCOMPARE(m_model->rowCount(), PageSize);
        // Its next poll finds it gone, and the repository lets it go.
        QSignalSpy failed(m_pager->repository(), &VersionRepository::readFailed);
        m_clock->advance(m_pager->repository()->pollTiming().intervalMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_pager->repository()->isWatching(id), Patience);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.constFirst().at(1).value<ApiError>().kind, ApiError::Kind::NotFound);
        QCOMPARE(m_model->rowOf(id), -1);
    }

    void reloadAndFind_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<bool>("found");
        QTest::newRow("on page 1") << u"page 1"_s << true;
        QTest::newRow("created, but older than page 1") << u"old"_s << false;
        QTest::newRow("on the last page") << u"last page"_s << false;
        QTest::newRow("nowhere") << u"nowhere"_s << false;
        QTest::newRow("the list fails") << u"error"_s << false;
    }

    // showNewVersion's path: page 1 is read again and the version named is looked for there.
    void reloadAndFind()
    {
        QFETCH(QString, where);
        QFETCH(bool, found);
        QSignalSpy loaded(m_pager.get(), &VersionsPager::pageLoaded);
        m_pager->setProjectKey(ProjectKey);
        waitForPage(loaded);
        m_pager->lastPage();
        waitForPage(loaded, 2);

        QString name;
        if (where == u"page 1"_s || where == u"error"_s) {
            name = serverList().constFirst().name;
        } else if (where == u"last page"_s) {
            name = serverList().constLast().name;
        } else if (where == u"old"_s) {
            sim::SimVersion old;
            old.projectKey = ProjectKey;
            old.name = u"imported-long-ago"_s;
            old.type = u"K8SYaml"_s;
            old.status = u"success"_s;
            old.createdBy = u"patrick"_s;
            old.createTime = 1;
            old.hasJob = false;
            QVERIFY(!m_sim->state().insertVersion(old).isEmpty());
            name = old.name;
        } else {
            name = u"no-such-version"_s;
        }
        if (where == u"error"_s) {
            sim::Fault fault;
            fault.kind = sim::Fault::Kind::ServerError;
            fault.pathContains = u"/openapi/delivery/releases"_s;
            fault.times = -1;
            m_sim->addFault(fault);
        }

        QSignalSpy foundSpy(m_pager.get(), &VersionsPager::versionFound);
        QSignalSpy notFound(m_pager.get(), &VersionsPager::versionNotFound);
        m_pager->reloadAndFind(name);
        QCOMPARE(m_pager->page(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(foundSpy.count() + notFound.count() > 0, Patience);
        QVERIFY(nextTurn());
        QCOMPARE(foundSpy.count(), found ? 1 : 0);
        QCOMPARE(notFound.count(), found ? 0 : 1);
        if (!found)
            QCOMPARE(notFound.constFirst().at(0).toString(), name);
        QCOMPARE(m_pager->page(), 1);
        QCOMPARE(m_pager->state(), where == u"error"_s ? State::Error : State::Loaded);
        if (found) {
            const QString id = foundSpy.constFirst().at(0).toString();
            QCOMPARE(m_model->versionAt(m_model->rowOf(id))->name, name);
        }

        // The search is over: the next page loaded answers nothing more.
        m_sim->clearFaults();
        m_pager->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(m_pager->state(), State::Loaded, Patience);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->pendingCount(), 0, Patience);
        QVERIFY(nextTurn());
        QCOMPARE(foundSpy.count() + notFound.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestVersionsPager)
#include "tst_versionspager.moc"
