// The version repository's polling against the simulator over real HTTP, in simulated time: it runs
// on a ManualClock that the test moves forward, and every poll is answered before the clock
// moves on, so each assertion says exactly which requests went out at which simulated
// millisecond, whatever the speed of the machine. Settled versions are never polled, a watched
// version gets one request per interval and never two at once, polling stops when the version
// settles, backs off after a while and gives up at the limit.
#include "api/zadigclient.h"
#include "manualclock.h"
#include "simstate.h"
#include "simulator.h"
#include "versionrepository.h"
#include "versionsmodel.h"
#include "versionspager.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace zadig;
using namespace zadig::test;

namespace {

// A bound on hanging for every wait, never a speed.
constexpr int Patience = 30'000;

} // namespace

class TestPoller : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ZadigClient> m_client;

    // The simulator's clock is frozen: creating versions stay creating until advanced.
    void start()
    {
        m_sim = std::make_unique<sim::Simulator>();
        QVERIFY(m_sim->loadSeed(u"demo"_s));
        QVERIFY(m_sim->listen());
        m_sim->setSpeed(0);
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ZadigClient>(m_nam.get());
        m_client->setBaseUrl(m_sim->url());
        m_client->setToken(m_sim->token());
    }

    QString id(const QString &name) const
    {
        return m_sim->state().versionIdByName(u"mall"_s, name);
    }
    int polls(const QString &versionId) const
    {
        return m_sim->requestCount(u"/openapi/delivery/releases/"_s + versionId, "GET");
    }
    // Until every request but `stillOpen` ones has been answered (a poll takes no simulated
    // time).
    bool answered(int stillOpen = 0)
    {
        return QTest::qWaitFor([&] { return m_client->pendingCount() <= stillOpen; }, Patience);
    }
    // Moves the clock forward `steps` times by `stepMs`, letting the answers in after each.
    bool run(ManualClock &clock, int steps, qint64 stepMs, int stillOpen = 0)
    {
        for (int i = 0; i < steps; ++i) {
            clock.advance(stepMs);
            if (!answered(stillOpen))
                return false;
        }
        return true;
    }
    // The simulated times at which the poller brought back a detail of `versionId`.
    static QList<qint64> timesOf(const QList<std::pair<QString, qint64>> &updates,
                                 const QString &versionId)
    {
        QList<qint64> times;
        for (const auto &[updated, at] : updates) {
            if (updated == versionId)
                times.append(at);
        }
        return times;
    }
    static QList<qint64> every(qint64 fromMs, qint64 toMs, qint64 stepMs)
    {
        QList<qint64> times;
        for (qint64 t = fromMs; t <= toMs; t += stepMs)
            times.append(t);
        return times;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_client.reset();
        m_nam.reset();
        m_sim.reset();
    }

    void settledVersionsAreNeverPolled()
    {
        start();
        ManualClock clock;
        VersionsModel model;
        VersionsPager pager(m_client.get(), &model);
        pager.repository()->setClock(&clock);
        pager.repository()->setPollTiming({100, 60'000, 500, 60 * 60'000});
        pager.setProjectKey(u"mall"_s);
        QTRY_COMPARE_WITH_TIMEOUT(pager.state(), VersionsPager::State::Loaded, Patience);
        // The table reads every shown row's detail once (labels, progress): let that finish.
        QTRY_VERIFY_WITH_TIMEOUT(
            pager.repository()->inFlight() == 0 && pager.repository()->queued() == 0, Patience);
        QVERIFY(answered());
        m_sim->clearRequests();

        QVERIFY(run(clock, 12, 100));
        QStringList watched;
        for (const VersionInfo &v : model.versions()) {
            const bool inFlight =
                v.status == VersionStatus::Creating || v.status == VersionStatus::Retrying;
            if (inFlight) {
                watched << v.name;
                QCOMPARE(polls(v.id), 12); // one per interval
            } else {
                QVERIFY2(polls(v.id) == 0, qPrintable(v.name));
            }
        }
        QCOMPARE(watched, QStringList({u"v2.6.0-rc1"_s, u"v2.5.2"_s}));
    }

    void atMostOneRequestPerVersionPerInterval()
    {
        start();
        ManualClock clock;
        VersionRepository poller(m_client.get());
        poller.setClock(&clock);
        poller.setPollTiming({100, 60'000, 500, 60 * 60'000});
        poller.setProjectKey(u"mall"_s);
        QList<std::pair<QString, qint64>> updates;
        connect(&poller, &VersionRepository::detailChanged, this, [&](const VersionDetail &detail) {
            updates.append({detail.info.id, clock.nowMs()});
        });
        const QString fast = id(u"v2.6.0-rc1"_s);
        const QString slow = id(u"v2.5.2"_s);
        // The first poll of `slow` is never answered: however much time passes meanwhile, the
        // poller must not send another.
        sim::Fault silent;
        silent.kind = sim::Fault::Kind::NeverAnswer;
        silent.pathContains = u"/openapi/delivery/releases/"_s + slow;
        silent.times = 1;
        m_sim->addFault(silent);

        poller.watch(fast);
        poller.watch(slow);
        QVERIFY(run(clock, 10, 100, 1));
        QCOMPARE(timesOf(updates, fast), every(100, 1000, 100));
        QCOMPARE(polls(fast), 10);
        QVERIFY(timesOf(updates, slow).isEmpty());
        QCOMPARE(m_client->pendingCount(), 1); // the one poll of `slow`, still open
        QTRY_COMPARE_WITH_TIMEOUT(polls(slow), 1, Patience);

        // Watching again does not add a second schedule.
        poller.watch(fast);
        poller.watch(fast);
        QVERIFY(run(clock, 5, 100, 1));
        QCOMPARE(timesOf(updates, fast), every(100, 1500, 100));
        QCOMPARE(polls(fast), 15);
        QCOMPARE(polls(slow), 1);
    }

    void pollingStopsWhenTheVersionSettles()
    {
        start();
        ManualClock clock;
        VersionRepository poller(m_client.get());
        poller.setClock(&clock);
        poller.setPollTiming({100, 60'000, 500, 60 * 60'000});
        poller.setProjectKey(u"mall"_s);
        QSignalSpy settled(&poller, &VersionRepository::settled);
        QSignalSpy updated(&poller, &VersionRepository::detailChanged);
        const QString creating = id(u"v2.6.0-rc1"_s);
        poller.watch(creating, true);
        QVERIFY(updated.wait(Patience)); // at once, without the clock moving
        QVERIFY(answered());
        QCOMPARE(clock.nowMs(), 0);
        QVERIFY(run(clock, 1, 100));
        QCOMPARE(polls(creating), 2);
        QCOMPARE(settled.count(), 0);

        m_sim->state().advance(10 * 60'000);
        QVERIFY(run(clock, 1, 100));
        QCOMPARE(settled.count(), 1);
        QCOMPARE(settled.first().first().value<VersionInfo>().status, VersionStatus::Success);
        QVERIFY(!poller.isWatching(creating));
        QCOMPARE(clock.nextAlarmMs(), -1);
        QVERIFY(run(clock, 10, 100));
        QCOMPARE(polls(creating), 3);
    }

    void backsOffAfterAWhile()
    {
        start();
        ManualClock clock;
        VersionRepository poller(m_client.get());
        poller.setClock(&clock);
        poller.setPollTiming({50, 300, 400, 60 * 60'000});
        poller.setProjectKey(u"mall"_s);
        QList<std::pair<QString, qint64>> updates;
        connect(&poller, &VersionRepository::detailChanged, this, [&](const VersionDetail &detail) {
            updates.append({detail.info.id, clock.nowMs()});
        });
        const QString creating = id(u"v2.6.0-rc1"_s);
        poller.watch(creating, true);
        QVERIFY(QTest::qWaitFor([&] { return !updates.isEmpty(); }, Patience));
        QVERIFY(run(clock, 30, 50));
        // Every 50 ms until 300 ms have passed, then every 400 ms.
        QCOMPARE(timesOf(updates, creating), every(0, 300, 50) + every(700, 1500, 400));
        QCOMPARE(polls(creating), 10);
    }

    void givesUpAtTheLimit()
    {
        start();
        ManualClock clock;
        VersionRepository poller(m_client.get());
        poller.setClock(&clock);
        poller.setPollTiming({50, 60'000, 500, 300});
        poller.setProjectKey(u"mall"_s);
        QSignalSpy gaveUp(&poller, &VersionRepository::gaveUp);
        qint64 gaveUpAt = -1;
        connect(&poller, &VersionRepository::gaveUp, this, [&] { gaveUpAt = clock.nowMs(); });
        const QString creating = id(u"v2.6.0-rc1"_s);
        poller.watch(creating, true);
        QTRY_COMPARE_WITH_TIMEOUT(polls(creating), 1, Patience);
        QVERIFY(answered());
        QVERIFY(run(clock, 20, 50));
        QCOMPARE(gaveUp.count(), 1);
        QCOMPARE(gaveUp.first().first().toString(), creating);
        QCOMPARE(gaveUpAt, 300);
        QVERIFY(!poller.isWatching(creating));
        QCOMPARE(polls(creating), 6); // at 0, 50, ..., 250
        QCOMPARE(clock.nextAlarmMs(), -1);
    }
};

QTEST_GUILESS_MAIN(TestPoller)
#include "tst_poller.moc"
