// The whole-project search against the simulator over real HTTP (large:2000, 20 pages of 100):
// it finds matches on every page, in the list's order, with never more than MaxConcurrent pages
// in flight; Cancel stops it; a newer search replaces an older one; a failed page ends it with
// the error; a version created meanwhile (every page shifts by one) is reported once.
#include "api/zadigclient.h"
#include "projectsearch.h"
#include "simstate.h"
#include "simulator.h"
#include "versionrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace zadig;

namespace {

constexpr int Patience = 60'000; // a bound on hanging, never a speed

} // namespace

class TestProjectSearch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ZadigClient> m_client;

    int listRequests() const { return m_sim->requestCount(u"/openapi/delivery/releases"_s); }
    static QStringList names(const QList<VersionInfo> &versions)
    {
        QStringList n;
        for (const VersionInfo &v : versions)
            n << v.name;
        return n;
    }

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<sim::Simulator>();
        QVERIFY(m_sim->loadSeed(u"large:2000"_s));
        QVERIFY(m_sim->listen());
        m_sim->setSpeed(0);
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

    void findsOnEveryPageWithinTheLimit()
    {
        ProjectSearch search(m_client.get());
        QSignalSpy finished(&search, &ProjectSearch::finished);
        int mostInFlight = 0;
        connect(&search, &ProjectSearch::progressed, this,
                [&] { mostInFlight = qMax(mostInFlight, m_client->pendingCount()); });
        // release-000105 is on page 19 (newest first), release-001995 on page 1.
        search.start(u"mall"_s, u"RELEASE-0019"_s);
        QVERIFY(search.isRunning());
        QVERIFY(finished.wait(Patience));
        QVERIFY(!search.isRunning());
        QCOMPARE(search.pageCount(), 20);
        QCOMPARE(search.pagesRead(), 20);
        QCOMPARE(listRequests(), 20);
        QVERIFY2(mostInFlight <= VersionRepository::MaxConcurrent,
                 qPrintable(QString::number(mostInFlight)));
        QStringList expected;
        for (int n = 1999; n >= 1900; --n)
            expected << u"release-%1"_s.arg(n, 6, 10, QChar(u'0'));
        QCOMPARE(names(search.matches()), expected);

        search.start(u"mall"_s, u"release-000105"_s);
        QVERIFY(finished.wait(Patience));
        QCOMPARE(names(search.matches()), QStringList{u"release-000105"_s});
    }

    void cancelStopsIt()
    {
        ProjectSearch search(m_client.get());
        QSignalSpy progressed(&search, &ProjectSearch::progressed);
        QSignalSpy finished(&search, &ProjectSearch::finished);
        search.start(u"mall"_s, u"release"_s);
        QVERIFY(progressed.wait(Patience)); // page 1: the others are on the wire now
        QVERIFY(m_client->pendingCount() > 0);
        search.cancel();
        QVERIFY(!search.isRunning());
        QCOMPARE(m_client->pendingCount(), 0);
        const int seen = int(progressed.count());
        // Another search to the end proves the event loop ran long enough for late answers.
        ProjectSearch other(m_client.get());
        QSignalSpy otherFinished(&other, &ProjectSearch::finished);
        other.start(u"mall"_s, u"release-0000"_s);
        QVERIFY(otherFinished.wait(Patience));
        QCOMPARE(progressed.count(), seen);
        QCOMPARE(finished.count(), 0);
    }

    void aNewerSearchReplacesAnOlderOne()
    {
        ProjectSearch search(m_client.get());
        QSignalSpy finished(&search, &ProjectSearch::finished);
        search.start(u"mall"_s, u"release"_s);
        search.start(u"mall"_s, u"release-00200"_s);
        QVERIFY(finished.wait(Patience));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(search.text(), u"release-00200"_s);
        QCOMPARE(names(search.matches()), QStringList{u"release-002000"_s});
    }

    void aFailedPageEndsItWithTheError()
    {
        sim::Fault broken;
        broken.pathContains = u"/openapi/delivery/releases"_s;
        broken.times = 1;
        m_sim->addFault(broken);
        ProjectSearch search(m_client.get());
        QSignalSpy failed(&search, &ProjectSearch::failed);
        QSignalSpy finished(&search, &ProjectSearch::finished);
        search.start(u"mall"_s, u"release"_s);
        QVERIFY(failed.wait(Patience));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Server);
        QVERIFY(!search.isRunning());
        QCOMPARE(finished.count(), 0);
    }

    // Created after page 1 was read and before the others are asked for: every later page
    // shifts by one, so page 1's last version is listed again first on page 2. It is reported
    // once.
    void aVersionListedTwiceIsReportedOnce()
    {
        ProjectSearch search(m_client.get());
        QSignalSpy finished(&search, &ProjectSearch::finished);
        bool created = false;
        // Page 1's progress is told before the next pages are asked for.
        connect(&search, &ProjectSearch::progressed, this, [&] {
            if (std::exchange(created, true))
                return;
            const QJsonObject image{{u"container_name"_s, u"cart"_s},
                                    {u"image_name"_s, u"cart"_s},
                                    {u"image_tag"_s, u"new"_s}};
            const QJsonObject body{
                {u"project_key"_s, u"mall"_s},
                {u"version_name"_s, u"hotfix"_s},
                {u"retry"_s, false},
                {u"env_name"_s, u"qa"_s},
                {u"production"_s, false},
                {u"image_registry_id"_s, u"66f1a2b3c4d5e6f7a8b9c003"_s},
                {u"yaml_datas"_s, QJsonArray{QJsonObject{{u"service_name"_s, u"cart"_s},
                                                         {u"image_datas"_s, QJsonArray{image}}}}}};
            sim::SimRequest create;
            create.method = "POST";
            create.path = u"/openapi/delivery/releases/k8s"_s;
            create.body = QJsonDocument(body).toJson();
            create.authorization = "Bearer " + m_sim->token().toUtf8();
            QCOMPARE(m_sim->state().handle(create).status, 200);
        });
        search.start(u"mall"_s, u"release-0019"_s);
        QVERIFY(finished.wait(Patience));
        QVERIFY(created);
        QStringList seen = names(search.matches());
        QCOMPARE(seen.size(), 100);
        seen.removeDuplicates();
        QCOMPARE(seen.size(), 100);
        QCOMPARE(seen.first(), u"release-001999"_s);
        QCOMPARE(seen.last(), u"release-001900"_s);
    }
};

QTEST_GUILESS_MAIN(TestProjectSearch)
#include "tst_projectsearch.moc"
