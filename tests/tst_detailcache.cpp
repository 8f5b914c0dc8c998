// The detail cache against the simulator over real HTTP, in simulated time (a ManualClock): a
// detail is asked for once and kept until it is older than MaxAgeMs, a failure is remembered for
// as long, and both are asked for again once stale, whatever the speed of the machine.
#include "api/zadigclient.h"
#include "detailcache.h"
#include "manualclock.h"
#include "simstate.h"
#include "simulator.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace zadig;
using namespace zadig::test;

namespace {

constexpr int Patience = 30'000; // a bound on hanging, never a speed

} // namespace

class TestDetailCache : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ZadigClient> m_client;

    int asked(const QString &id) const
    {
        return m_sim->requestCount(u"/openapi/delivery/releases/"_s + id, "GET");
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
        DetailCache cache(m_client.get());
        cache.setClock(&clock);
        cache.setProjectKey(u"mall"_s);
        const QString id = fails ? u"000000000000000000000000"_s
                                 : m_sim->state().versionIdByName(u"mall"_s, u"v2.5.1"_s);
        QSignalSpy loaded(&cache, &DetailCache::loaded);
        QSignalSpy failed(&cache, &DetailCache::failed);
        const auto answers = [&] {
            return int(loaded.count() + failed.count());
        };

        cache.request({id});
        QVERIFY(QTest::qWaitFor([&] { return answers() == 1; }, Patience));
        QCOMPARE(failed.count(), fails ? 1 : 0);
        QCOMPARE(cache.cached(id).has_value(), !fails);
        QCOMPARE(asked(id), 1);

        // Fresh until MaxAgeMs have passed: asking sends nothing.
        clock.advance(DetailCache::MaxAgeMs - 1);
        cache.request({id});
        QCOMPARE(cache.inFlight(), 0);
        QCOMPARE(m_client->pendingCount(), 0);

        // Then it is asked for again.
        clock.advance(1);
        cache.request({id});
        QCOMPARE(cache.inFlight(), 1);
        QVERIFY(QTest::qWaitFor([&] { return answers() == 2; }, Patience));
        QCOMPARE(failed.count(), fails ? 2 : 0);
        QCOMPARE(asked(id), 2);
    }
};

QTEST_GUILESS_MAIN(TestDetailCache)
#include "tst_detailcache.moc"
