// The progress poller against the simulator over real HTTP, counting the detail requests the
// simulator received: settled versions are never polled, a watched version gets at most one
// request per interval (and never two at once), polling stops when the version settles, backs
// off after a while and gives up at the limit.
#include "api/zadigclient.h"
#include "detailcache.h"
#include "progresspoller.h"
#include "simstate.h"
#include "simulator.h"
#include "versionsmodel.h"
#include "versionspager.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace zadig;

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
    // Most requests a poller may have sent in `elapsedMs` at one per `cycleMs`.
    static int atMost(qint64 elapsedMs, int cycleMs) { return int(elapsedMs / cycleMs) + 1; }

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
        VersionsModel model;
        VersionsPager pager(m_client.get(), &model);
        pager.poller()->setTiming({100, 60'000, 500, 60 * 60'000});
        pager.setProjectKey(u"mall"_s);
        QTRY_COMPARE_WITH_TIMEOUT(pager.state(), VersionsPager::State::Loaded, 10'000);
        // The table reads every shown row's detail once (labels, progress): let that finish.
        QTRY_VERIFY_WITH_TIMEOUT(pager.details()->inFlight() == 0 && pager.details()->queued() == 0,
                                 10'000);
        m_sim->clearRequests();

        QElapsedTimer elapsed;
        elapsed.start();
        QTest::qWait(1'200);
        const qint64 ms = elapsed.elapsed();
        QStringList watched;
        for (const VersionInfo &v : model.versions()) {
            const bool inFlight =
                v.status == VersionStatus::Creating || v.status == VersionStatus::Retrying;
            if (inFlight) {
                watched << v.name;
                QVERIFY2(polls(v.id) >= 2, qPrintable(v.name));
                QVERIFY2(polls(v.id) <= atMost(ms, 100), qPrintable(v.name));
            } else {
                QVERIFY2(polls(v.id) == 0, qPrintable(v.name));
            }
        }
        QCOMPARE(watched, QStringList({u"v2.6.0-rc1"_s, u"v2.5.2"_s}));
    }

    void atMostOneRequestPerVersionPerInterval()
    {
        start();
        ProgressPoller poller(m_client.get());
        poller.setTiming({100, 60'000, 500, 60 * 60'000});
        poller.setProjectKey(u"mall"_s);
        const QString fast = id(u"v2.6.0-rc1"_s);
        const QString slow = id(u"v2.5.2"_s);
        // Answers about `slow` take 350 ms: the poller must wait for each before the next.
        sim::Fault delay;
        delay.kind = sim::Fault::Kind::Delay;
        delay.pathContains = u"/openapi/delivery/releases/"_s + slow;
        delay.delayMs = 350;
        delay.times = -1;
        m_sim->addFault(delay);

        QElapsedTimer elapsed;
        elapsed.start();
        poller.watch(fast);
        poller.watch(slow);
        QTest::qWait(1'500);
        const qint64 ms = elapsed.elapsed();
        QVERIFY(polls(fast) >= 3);
        QVERIFY2(polls(fast) <= atMost(ms, 100), qPrintable(QString::number(polls(fast))));
        QVERIFY(polls(slow) >= 1);
        QVERIFY2(polls(slow) <= atMost(ms, 100 + 350), qPrintable(QString::number(polls(slow))));
        // Watching again does not add a second schedule.
        const int before = polls(fast);
        QElapsedTimer again;
        again.start();
        poller.watch(fast);
        poller.watch(fast);
        QTest::qWait(500);
        QVERIFY(polls(fast) - before <= atMost(again.elapsed(), 100));
    }

    void pollingStopsWhenTheVersionSettles()
    {
        start();
        ProgressPoller poller(m_client.get());
        poller.setTiming({100, 60'000, 500, 60 * 60'000});
        poller.setProjectKey(u"mall"_s);
        QSignalSpy settled(&poller, &ProgressPoller::settled);
        const QString creating = id(u"v2.6.0-rc1"_s);
        poller.watch(creating, true);
        QTRY_VERIFY_WITH_TIMEOUT(polls(creating) >= 2, 10'000);
        QCOMPARE(settled.count(), 0);

        m_sim->state().advance(10 * 60'000);
        QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 10'000);
        QCOMPARE(settled.first().first().value<VersionInfo>().status, VersionStatus::Success);
        QVERIFY(!poller.isWatching(creating));
        const int after = polls(creating);
        QTest::qWait(600);
        QCOMPARE(polls(creating), after);
    }

    void backsOffAfterAWhile()
    {
        start();
        ProgressPoller poller(m_client.get());
        poller.setTiming({50, 300, 400, 60 * 60'000});
        poller.setProjectKey(u"mall"_s);
        const QString creating = id(u"v2.6.0-rc1"_s);
        poller.watch(creating, true);
        QTest::qWait(400); // past backoffAfterMs
        m_sim->clearRequests();
        QElapsedTimer elapsed;
        elapsed.start();
        QTest::qWait(1'300);
        // Every 50 ms would be about 26 requests; backed off it is every 400 ms.
        QVERIFY(polls(creating) >= 2);
        QVERIFY2(polls(creating) <= atMost(elapsed.elapsed(), 400),
                 qPrintable(QString::number(polls(creating))));
    }

    void givesUpAtTheLimit()
    {
        start();
        ProgressPoller poller(m_client.get());
        poller.setTiming({50, 60'000, 500, 300});
        poller.setProjectKey(u"mall"_s);
        QSignalSpy gaveUp(&poller, &ProgressPoller::gaveUp);
        const QString creating = id(u"v2.6.0-rc1"_s);
        poller.watch(creating, true);
        QTRY_COMPARE_WITH_TIMEOUT(gaveUp.count(), 1, 10'000);
        QCOMPARE(gaveUp.first().first().toString(), creating);
        QVERIFY(!poller.isWatching(creating));
        const int after = polls(creating);
        QTest::qWait(300);
        QCOMPARE(polls(creating), after);
    }
};

QTEST_GUILESS_MAIN(TestPoller)
#include "tst_poller.moc"
