// The version repository against the simulator over real HTTP, in simulated time (a
// ManualClock): a detail is read once and kept until it is older than MaxAgeMs (a failure is
// remembered as long); askers of a read in flight share it; what the user asks for goes before
// the table's rows and before polls that fell due earlier, and never more than MaxConcurrent
// reads are in flight; a page flip cancels the reads of rows no longer shown that nobody waits
// for; a project switch drops late answers (except to whoever asked for them);
// failures reach the signal and the callers, and a version found gone is forgotten. Polling's
// schedule is in tst_poller.
#include "api/zadigclient.h"
#include "manualclock.h"
#include "simstate.h"
#include "simulator.h"
#include "versionrepository.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace zadig;
using namespace zadig::test;

namespace {

constexpr int Patience = 30'000; // a bound on hanging, never a speed
const QString Detail = u"/openapi/delivery/releases/"_s;

} // namespace

class TestVersionRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ZadigClient> m_client;

    int asked(const QString &id) const { return m_sim->requestCount(Detail + id, "GET"); }
    QString id(const QString &name) const
    {
        return m_sim->state().versionIdByName(u"mall"_s, name);
    }
    // The versions whose detail was asked for, in the order the server saw the requests.
    QStringList detailOrder() const
    {
        QStringList ids;
        for (const sim::RecordedRequest &r : m_sim->requests()) {
            if (r.method == "GET" && r.path.startsWith(Detail))
                ids << r.path.mid(Detail.size());
        }
        return ids;
    }
    void holdForever(const QString &versionId)
    {
        sim::Fault silent;
        silent.kind = sim::Fault::Kind::NeverAnswer;
        silent.pathContains = Detail + versionId;
        m_sim->addFault(silent);
    }
    // Ids whose reads the server takes and never answers: each holds a slot for good.
    QStringList hangingIds(int count)
    {
        QStringList ids;
        for (int i = 0; i < count; ++i) {
            ids << u"hang%1"_s.arg(i);
            holdForever(ids.constLast());
        }
        return ids;
    }
    // Versions that stay creating while the simulator's clock stands still: a watch polls
    // them for as long as the test runs.
    QStringList creatingVersions(int count)
    {
        m_sim->setSpeed(0);
        const sim::SimVersion *creating = m_sim->state().version(id(u"v2.6.0-rc1"_s));
        QStringList ids;
        for (int i = 0; creating && i < count; ++i) {
            sim::SimVersion copy = *creating;
            copy.id.clear();
            copy.name = u"creating-%1"_s.arg(i);
            ids << m_sim->state().insertVersion(copy);
        }
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<sim::Simulator>();
        QVERIFY(m_sim->loadSeed(u"demo"_s));
        QVERIFY(m_sim->listen());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ZadigClient>(m_nam.get());
        m_client->setBaseUrl(m_sim->url());
        m_client->setToken(m_sim->token());
        m_client->setGeneration(ServerGeneration::Zadig3);
    }

    void cleanup()
    {
        m_client.reset();
        m_nam.reset();
        m_sim.reset();
    }

    void keptUntilStale_data()
    {
        QTest::addColumn<bool>("fails");
        QTest::newRow("a detail") << false;
        QTest::newRow("a failure") << true;
    }

    void keptUntilStale()
    {
        QFETCH(bool, fails);
        ManualClock clock;
        VersionRepository repository(m_client.get());
        repository.setClock(&clock);
        repository.setProjectKey(u"mall"_s);
        const QString versionId = id(u"v2.5.1"_s);
        if (fails) {
            sim::Fault broken;
            broken.pathContains = Detail + versionId;
            broken.times = -1;
            m_sim->addFault(broken);
        }
        QSignalSpy changed(&repository, &VersionRepository::detailChanged);
        QSignalSpy failed(&repository, &VersionRepository::readFailed);
        const auto answers = [&] {
            return int(changed.count() + failed.count());
        };

        repository.showRows({versionId});
        QVERIFY(QTest::qWaitFor([&] { return answers() == 1; }, Patience));
        QCOMPARE(failed.count(), fails ? 1 : 0);
        QCOMPARE(repository.detail(versionId).has_value(), !fails);
        QCOMPARE(repository.failure(versionId).has_value(), fails);
        QCOMPARE(asked(versionId), 1);

        // Fresh until MaxAgeMs have passed: asking sends nothing.
        clock.advance(VersionRepository::MaxAgeMs - 1);
        repository.showRows({versionId});
        QCOMPARE(repository.inFlight(), 0);
        QCOMPARE(m_client->pendingCount(), 0);

        // Then it is asked for again.
        clock.advance(1);
        repository.showRows({versionId});
        QCOMPARE(repository.inFlight(), 1);
        QVERIFY(QTest::qWaitFor([&] { return answers() == 2; }, Patience));
        QCOMPARE(failed.count(), fails ? 2 : 0);
        QCOMPARE(asked(versionId), 2);
    }

    // The table, the pane and two dialogs asking for the same version at once: one request,
    // one change, every caller answered.
    void askersOfAReadInFlightShareIt()
    {
        VersionRepository repository(m_client.get());
        repository.setProjectKey(u"mall"_s);
        const QString versionId = id(u"v2.5.1"_s);
        QSignalSpy changed(&repository, &VersionRepository::detailChanged);
        QStringList answered;
        const auto callback = [&](const QString &who) {
            return [&answered, who](const Result<VersionDetail> &result) {
                answered << who + u":"_s + (result ? result->info.name : u"error"_s);
            };
        };
        repository.showRows({versionId});
        repository.refresh(versionId);
        repository.read(versionId, QString(), this, callback(u"export"_s));
        repository.read(versionId, QString(), this, callback(u"compare"_s));
        QCOMPARE(repository.inFlight(), 1);
        QCOMPARE(repository.queued(), 0);
        QVERIFY(QTest::qWaitFor([&] { return answered.size() == 2; }, Patience));
        QCOMPARE(answered, QStringList({u"export:v2.5.1"_s, u"compare:v2.5.1"_s}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(asked(versionId), 1);

        // The user asking again reads again (only a read reconciles the status); the table
        // asking for a fresh detail does not.
        repository.showRows({versionId});
        QCOMPARE(repository.inFlight(), 0);
        repository.refresh(versionId);
        QCOMPARE(repository.inFlight(), 1);
        QVERIFY(changed.wait(Patience));
        QCOMPARE(asked(versionId), 2);
    }

    // Five reads hang, so exactly one slot is free at a time and the server sees the reads in
    // the order the repository sends them: the user's read overtakes the rows queued before it,
    // and never more than MaxConcurrent are in flight.
    void theUserGoesFirstWithinTheLimit()
    {
        static_assert(VersionRepository::MaxConcurrent == 6);
        VersionRepository repository(m_client.get());
        repository.setProjectKey(u"mall"_s);
        QStringList rows;
        for (int i = 0; i < 10; ++i)
            rows << u"row%1"_s.arg(i);
        for (int i = 0; i < 5; ++i)
            holdForever(rows.at(i));
        QSignalSpy failed(&repository, &VersionRepository::readFailed); // unknown ids
        repository.showRows(rows);
        repository.refresh(u"mine"_s);
        QCOMPARE(repository.inFlight(), VersionRepository::MaxConcurrent);
        QCOMPARE(repository.queued(), 5);
        QCOMPARE(m_client->pendingCount(), VersionRepository::MaxConcurrent);

        QVERIFY(QTest::qWaitFor([&] { return failed.count() == 6; }, Patience));
        QCOMPARE(detailOrder().mid(6),
                 QStringList({u"mine"_s, u"row6"_s, u"row7"_s, u"row8"_s, u"row9"_s}));
        QCOMPARE(repository.queued(), 0);
        QCOMPARE(repository.inFlight(), 5); // the ones that hang, still holding their slots
    }

    // More polls fall due than there are slots: a read the user asks for afterwards goes out at
    // the first slot that frees, before the polls queued earlier, and those go out as soon as
    // it is answered and keep their interval from then on. Five polls that hang hold five slots,
    // so the server sees the rest one at a time, in the order the repository sends them.
    void pollsNeverStarveTheUser()
    {
        static_assert(VersionRepository::MaxConcurrent == 6);
        ManualClock clock;
        VersionRepository repository(m_client.get());
        repository.setClock(&clock);
        repository.setProjectKey(u"mall"_s);
        const int interval = repository.pollTiming().intervalMs;
        const QStringList hanging = hangingIds(5);
        for (const QString &versionId : hanging)
            repository.watch(versionId);
        clock.advance(1);
        const QStringList polled = creatingVersions(4);
        QCOMPARE(polled.size(), 4);
        for (const QString &versionId : polled)
            repository.watch(versionId);
        clock.advance(interval); // every watch is due: five hang, one is sent, three wait
        QCOMPARE(repository.inFlight(), VersionRepository::MaxConcurrent);
        QCOMPARE(repository.queued(), 3);

        const QString mine = id(u"v2.5.1"_s);
        QSignalSpy changed(&repository, &VersionRepository::detailChanged);
        repository.refresh(mine);
        QCOMPARE(repository.queued(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 5, Patience); // the polls' and mine
        QCOMPARE(repository.queued(), 0);
        const QStringList order = detailOrder();
        QCOMPARE(order.size(), 10);
        QCOMPARE(QSet<QString>(order.cbegin(), order.cbegin() + 5),
                 QSet<QString>(hanging.cbegin(), hanging.cend()));
        QVERIFY(polled.contains(order.at(5)));
        QCOMPARE(order.at(6), mine);
        QCOMPARE(QSet<QString>(order.cbegin() + 7, order.cend()) << order.at(5),
                 QSet<QString>(polled.cbegin(), polled.cend()));

        // Each was read once at the same simulated time: the next polls are one interval on,
        // and go out again, one slot at a time.
        QCOMPARE(clock.nextAlarmMs(), 1 + 2 * interval);
        clock.advance(interval);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 9, Patience);
        for (const QString &versionId : polled)
            QCOMPARE(asked(versionId), 2);
        QCOMPARE(asked(mine), 1);
        QCOMPARE(repository.inFlight(), 5); // the ones that hang
    }

    // Over HTTP/1.1 Qt's six connections per host are the limit; over HTTP/2 one connection
    // carries a whole page's reads at once, within what servers take. tst_tls checks the client
    // learns which it is over real TLS.
    void concurrencyLimit_data()
    {
        QTest::addColumn<bool>("multiplexed");
        QTest::addColumn<int>("rowsShown");
        QTest::addColumn<int>("limit");
        QTest::newRow("HTTP/1.1, a page of 20") << false << 20 << 6;
        QTest::newRow("HTTP/1.1, a search's 1000") << false << 1000 << 6;
        QTest::newRow("HTTP/2, a page of 20") << true << 20 << 20;
        QTest::newRow("HTTP/2, a page of 100") << true << 100 << 100;
        QTest::newRow("HTTP/2, a page of 3") << true << 3 << 6;
        QTest::newRow("HTTP/2, nothing shown") << true << 0 << 6;
        QTest::newRow("HTTP/2, a search's 1000") << true << 1000 << 100;
    }

    void concurrencyLimit()
    {
        QFETCH(bool, multiplexed);
        QFETCH(int, rowsShown);
        QFETCH(int, limit);
        QCOMPARE(VersionRepository::concurrencyLimit(multiplexed, rowsShown), limit);
    }

    // No callback comes for a call the client aborted (a connection switch): its slot must come
    // free, or the repository would wait for it forever.
    void abortedReadsFreeTheirSlots()
    {
        VersionRepository repository(m_client.get());
        repository.setProjectKey(u"mall"_s);
        repository.showRows(hangingIds(VersionRepository::MaxConcurrent));
        QCOMPARE(repository.inFlight(), VersionRepository::MaxConcurrent);
        m_client->abortAll();
        QCOMPARE(repository.inFlight(), 0);

        const QString versionId = id(u"v2.5.1"_s);
        QSignalSpy changed(&repository, &VersionRepository::detailChanged);
        repository.refresh(versionId);
        QCOMPARE(repository.inFlight(), 1);
        QVERIFY(changed.wait(Patience));
    }

    // A project switch forgets everything: a late answer of the previous project changes
    // nothing, but whoever asked for it is still answered.
    void aProjectSwitchDropsLateAnswers()
    {
        VersionRepository repository(m_client.get());
        repository.setProjectKey(u"mall"_s);
        const QString versionId = id(u"v2.5.1"_s);
        QSignalSpy changed(&repository, &VersionRepository::detailChanged);
        std::optional<QString> answeredName;
        repository.read(versionId, QString(), this, [&](const Result<VersionDetail> &result) {
            answeredName = result ? result->info.name : QString();
        });
        repository.setProjectKey(u"payments"_s);
        QCOMPARE(repository.inFlight(), 1); // still on the wire, still holding a slot
        QVERIFY(QTest::qWaitFor([&] { return answeredName.has_value(); }, Patience));
        QCOMPARE(*answeredName, u"v2.5.1"_s);
        QCOMPARE(changed.count(), 0);
        QVERIFY(!repository.detail(versionId));
        QCOMPARE(repository.inFlight(), 0);
    }

    // A switch cancels the reads nobody waits for (the table's rows): they leave the wire at
    // once instead of holding slots the new project needs.
    void aProjectSwitchCancelsReadsNobodyWaitsFor()
    {
        VersionRepository repository(m_client.get());
        repository.setProjectKey(u"mall"_s);
        repository.showRows(hangingIds(3));
        QCOMPARE(m_client->pendingCount(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(detailOrder().size(), 3, Patience); // on the server
        repository.setProjectKey(u"payments"_s);
        QCOMPARE(repository.inFlight(), 0);
        QCOMPARE(m_client->pendingCount(), 0);
    }

    // A page flip: the rows no longer shown leave the wire and their slots go to the new rows
    // at once, but not a read someone waits for (a search's), nor one the user asked for, nor a
    // watched version's (its poll), nor one of a row still shown (not asked for twice).
    void aFlipCancelsReadsOfRowsNoLongerShown()
    {
        VersionRepository repository(m_client.get());
        repository.setProjectKey(u"mall"_s);
        const QStringList old = hangingIds(VersionRepository::MaxConcurrent);
        repository.showRows(old);
        QTRY_COMPARE_WITH_TIMEOUT(detailOrder().size(), 6, Patience); // all on the server
        bool answered = false;
        // A search through the rows' details waits for this one: its callback must come.
        repository.read(
            old.at(0), QString(), this,
            [&answered](const Result<VersionDetail> &) { answered = true; },
            VersionRepository::Priority::Search);
        repository.refresh(old.at(1));
        repository.watch(old.at(2));

        const QStringList shown{old.at(3), id(u"v2.5.1"_s), id(u"v2.4.0"_s)};
        QSignalSpy changed(&repository, &VersionRepository::detailChanged);
        repository.showRows(shown);
        QCOMPARE(repository.queued(), 0); // hang4 and hang5 made room
        QCOMPARE(repository.inFlight(), 6);
        QCOMPARE(m_client->pendingCount(), 6);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, Patience);
        QCOMPARE(repository.inFlight(), 4); // hang0 to hang3, still on the wire
        QCOMPARE(m_client->pendingCount(), 4);
        QCOMPARE(asked(old.at(3)), 1);
        QVERIFY(!answered);
    }

    // The next page's rows are read only when nothing else waits, and a newer read-ahead
    // replaces an older one.
    void readAheadWaitsForEverythingElse()
    {
        VersionRepository repository(m_client.get());
        repository.setProjectKey(u"mall"_s);
        for (int i = 0; i < 5; ++i)
            holdForever(u"row%1"_s.arg(i));
        QSignalSpy failed(&repository, &VersionRepository::readFailed); // unknown ids
        QStringList rows;
        for (int i = 0; i < 6; ++i)
            rows << u"row%1"_s.arg(i);
        repository.showRows(rows); // every slot taken
        repository.prefetch({u"old1"_s, u"old2"_s});
        repository.prefetch({u"next1"_s, u"next2"_s});
        repository.showRows(rows + QStringList{u"row6"_s}); // asked for after the read-ahead
        QCOMPARE(repository.queued(), 3); // next1, next2, row6: the old read-ahead is gone
        QVERIFY(QTest::qWaitFor([&] { return failed.count() == 4; }, Patience));
        const QStringList order = detailOrder();
        QCOMPARE(order.mid(order.size() - 3), QStringList({u"row6"_s, u"next1"_s, u"next2"_s}));
        QVERIFY(!order.contains(u"old1"_s));
    }

    // A server error is said to observers and callers, remembered, and the detail read before
    // stays; a version found gone is forgotten, its watch too.
    void failuresReachEveryoneAndGoneIsForgotten()
    {
        VersionRepository repository(m_client.get());
        repository.setProjectKey(u"mall"_s);
        const QString versionId = id(u"v2.6.0-rc1"_s); // creating: watched once read
        QSignalSpy changed(&repository, &VersionRepository::detailChanged);
        QSignalSpy failed(&repository, &VersionRepository::readFailed);
        repository.refresh(versionId);
        QVERIFY(changed.wait(Patience));
        QVERIFY(repository.isWatching(versionId));

        sim::Fault broken;
        broken.pathContains = Detail + versionId;
        m_sim->addFault(broken);
        std::optional<ApiError> toCaller;
        repository.read(versionId, QString(), this, [&](const Result<VersionDetail> &result) {
            toCaller = result ? ApiError() : result.error();
        });
        QVERIFY(failed.wait(Patience));
        QVERIFY(toCaller);
        QCOMPARE(toCaller->kind, ApiError::Kind::Server);
        QCOMPARE(failed.constFirst().at(1).value<ApiError>().kind, ApiError::Kind::Server);
        QCOMPARE(repository.failure(versionId)->kind, ApiError::Kind::Server);
        QVERIFY(repository.detail(versionId)); // what was read before stays
        QVERIFY(repository.isWatching(versionId));

        bool deleted = false;
        m_client->deleteVersion(u"mall"_s, versionId, this,
                                [&](const Result<Done> &result) { deleted = result.ok(); });
        QVERIFY(QTest::qWaitFor([&] { return deleted; }, Patience));
        repository.refresh(versionId);
        QVERIFY(failed.wait(Patience));
        QCOMPARE(failed.constLast().at(1).value<ApiError>().kind, ApiError::Kind::NotFound);
        QVERIFY(!repository.detail(versionId));
        QVERIFY(!repository.failure(versionId));
        QVERIFY(!repository.isWatching(versionId));
    }
};

QTEST_GUILESS_MAIN(TestVersionRepository)
#include "tst_versionrepository.moc"
