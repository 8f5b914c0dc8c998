// "Versions containing an image" (issue 16) against the simulator over real HTTP (large:500:
// every multiple of 100 ships cart:20241101-3-hotfix, the others cart:20241101-3-main): the
// search finds them in the list's order, never with more than ImageSearch::MaxConcurrent detail
// reads in flight; a second search of the project reads no settled version's detail again (the
// disk cache), re-reads one whose listed status differs from the kept one, and forgets versions
// the list no longer has; a deleted version and a differing answer drop or replace what is
// kept; cancel stops it; a failure every read would meet ends it. The matching rules are
// checked without a network.
#include "api/zadigclient.h"
#include "detaildiskcache.h"
#include "imagesearch.h"
#include "simulator.h"
#include "versionrepository.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace zadig;

namespace {

constexpr int Patience = 120'000; // a bound on hanging, never a speed
constexpr int Versions = 500;
const QString Hotfix = u"cart:20241101-3-hotfix"_s;

QStringList names(const QList<ImageSearch::Match> &matches)
{
    QStringList n;
    for (const ImageSearch::Match &m : matches)
        n << m.version.name;
    return n;
}

} // namespace

class TestImageSearch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_cacheDir;
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ZadigClient> m_client;
    std::unique_ptr<VersionRepository> m_repository;

    DetailDiskCache *disk() const { return m_repository->diskCache(); }
    DetailDiskCache::Scope scope() const { return {m_client->baseUrl(), u"mall"_s}; }
    // 2.3-3.4 reads a detail at /openapi/delivery/releases/<id>; the list has no id.
    int detailRequests() const
    {
        return m_sim->requestCount(u"/openapi/delivery/releases/"_s, "GET");
    }
    void search(ImageSearch &search, const QString &image)
    {
        QSignalSpy finished(&search, &ImageSearch::finished);
        search.start(image);
        QVERIFY(search.isRunning());
        QVERIFY(finished.wait(Patience));
        QVERIFY(!search.isRunning());
    }
    // Someone else's client, or this test's: the same server, token and generation.
    void useTheSimulator(ZadigClient &client) const
    {
        client.setBaseUrl(m_sim->url());
        client.setToken(m_sim->token());
        client.setGeneration(ServerGeneration::Zadig3);
    }
    // A repository with nothing in memory on the same disk cache: the window of a later session.
    void newSession()
    {
        m_repository = std::make_unique<VersionRepository>(m_client.get());
        m_repository->setProjectKey(u"mall"_s);
        m_repository->setDiskCache(std::make_unique<DetailDiskCache>(m_cacheDir->path()));
    }
    QString idOf(const QString &name) const
    {
        return m_sim->state().versionIdByName(u"mall"_s, name);
    }

private Q_SLOTS:
    void imageMatches_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("matches");
        const QString cart = u"harbor.example.com:5000/mall/cart:v1.2.0"_s;
        QTest::newRow("name") << cart << u"cart"_s << true;
        QTest::newRow("name, any case") << cart << u"CART"_s << true;
        QTest::newRow("part of a name") << cart << u"car"_s << false;
        QTest::newRow("tag") << cart << u"v1.2.0"_s << true;
        QTest::newRow("name:tag") << cart << u"cart:v1.2.0"_s << true;
        QTest::newRow("name:other tag") << cart << u"cart:v1.2.1"_s << false;
        QTest::newRow("namespace/name:tag") << cart << u"mall/cart:v1.2.0"_s << true;
        QTest::newRow("half a component") << cart << u"all/cart"_s << false;
        QTest::newRow("whole") << cart << cart << true;
        QTest::newRow("other registry")
            << cart << u"harbor.example.com/mall/cart:v1.2.0"_s << false;
        QTest::newRow("registry, no tag") << cart << u"harbor.example.com:5000/mall/cart"_s << true;
        QTest::newRow("docker hub implicit")
            << u"nginx"_s << u"docker.io/library/nginx:latest"_s << true;
        QTest::newRow("docker hub library tail") << u"nginx:1.25"_s << u"library/nginx"_s << true;
        QTest::newRow("digest") << u"reg.io/a/b@sha256:abc"_s << u"b@sha256:abc"_s << true;
        QTest::newRow("other digest") << u"reg.io/a/b@sha256:abc"_s << u"b@sha256:abd"_s << false;
        QTest::newRow("empty query") << cart << QString() << false;
    }

    void imageMatches()
    {
        QFETCH(QString, reference);
        QFETCH(QString, query);
        QFETCH(bool, matches);
        QCOMPARE(ImageSearch::imageMatches(reference, query), matches);
    }

    void init()
    {
        m_cacheDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_cacheDir->isValid());
        m_sim = std::make_unique<sim::Simulator>();
        QVERIFY(m_sim->loadSeed(u"large:%1"_s.arg(Versions)));
        QVERIFY(m_sim->listen());
        m_sim->setSpeed(0);
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ZadigClient>(m_nam.get());
        useTheSimulator(*m_client);
        newSession();
    }

    void cleanup()
    {
        m_repository.reset();
        m_client.reset();
        m_nam.reset();
        m_sim.reset();
        m_cacheDir.reset();
    }

    void findsTheVersionsShippingTheImage()
    {
        ImageSearch search(m_client.get(), m_repository.get());
        int mostInFlight = 0;
        ImageSearch::Phase lastPhase = ImageSearch::Phase::Idle;
        connect(&search, &ImageSearch::progressed, this,
                [&](ImageSearch::Phase phase, int, int, int) {
                    lastPhase = phase;
                    mostInFlight = qMax(mostInFlight, m_client->pendingCount());
                });
        search.start(Hotfix);
        QCOMPARE(search.phase(), ImageSearch::Phase::Listing);
        QSignalSpy finished(&search, &ImageSearch::finished);
        QVERIFY(finished.wait(Patience));
        QCOMPARE(lastPhase, ImageSearch::Phase::Checking);
        QCOMPARE(names(search.matches()),
                 (QStringList{u"release-000500"_s, u"release-000400"_s, u"release-000300"_s,
                              u"release-000200"_s, u"release-000100"_s}));
        QCOMPARE(search.matches().first().images,
                 QStringList{u"ccr.ccs.tencentyun.com/release/cart:20241101-3-hotfix"_s});
        QCOMPARE(search.total(), Versions);
        QCOMPARE(search.checked(), Versions);
        QCOMPARE(search.detailReads(), Versions);
        QCOMPARE(search.cacheHits(), 0);
        QCOMPARE(detailRequests(), Versions);
        QVERIFY2(mostInFlight <= ImageSearch::MaxConcurrent,
                 qPrintable(QString::number(mostInFlight)));
        // Every settled detail went to disk on the way.
        QCOMPARE(disk()->count(scope()), Versions);
    }

    void theSecondSearchReadsNoSettledDetail()
    {
        {
            ImageSearch first(m_client.get(), m_repository.get());
            search(first, Hotfix);
        }
        // A new window on the same cache: nothing is in memory any more.
        newSession();
        m_sim->clearRequests();

        ImageSearch second(m_client.get(), m_repository.get());
        search(second, u"cart:20241101-3-main"_s);
        QCOMPARE(detailRequests(), 0);
        QCOMPARE(second.detailReads(), 0);
        QCOMPARE(second.cacheHits(), Versions);
        QCOMPARE(second.matches().size(), Versions - Versions / 100);
        // What was found from disk shows in the table without a read.
        QVERIFY(m_repository->isFresh(idOf(u"release-000499"_s)));
    }

    // The list says otherwise than the detail kept (retried elsewhere, say): read again.
    void aVersionListedOtherwiseIsReadAgain()
    {
        ImageSearch search(m_client.get(), m_repository.get());
        this->search(search, Hotfix);
        const QString id = idOf(u"release-000400"_s);
        std::optional<VersionDetail> kept = disk()->load(scope(), id);
        QVERIFY(kept);
        QCOMPARE(kept->info.status, VersionStatus::Success);
        kept->info.status = VersionStatus::Failed;
        kept->deployInfos.clear(); // a stale detail would no longer ship the hotfix
        disk()->store(scope(), *kept);
        m_repository->invalidate(id);

        m_sim->clearRequests();
        this->search(search, Hotfix);
        QCOMPARE(detailRequests(), 1);
        QCOMPARE(search.detailReads(), 1);
        QVERIFY(names(search.matches()).contains(u"release-000400"_s));
        QCOMPARE(disk()->load(scope(), id)->info.status, VersionStatus::Success);
    }

    void deletedVersionsLeaveTheCache()
    {
        ImageSearch search(m_client.get(), m_repository.get());
        this->search(search, Hotfix);
        QCOMPARE(disk()->count(scope()), Versions);

        // Deleted here: the repository forgets it, on disk too.
        const QString here = idOf(u"release-000300"_s);
        bool deleted = false;
        m_client->deleteVersion(u"mall"_s, here, this,
                                [&](const Result<Done> &r) { deleted = bool(r); });
        QTRY_VERIFY_WITH_TIMEOUT(deleted, Patience);
        m_repository->forget(here);
        QVERIFY(!disk()->load(scope(), here));
        // Deleted elsewhere: the next search's list no longer has it.
        const QString elsewhere = idOf(u"release-000200"_s);
        QNetworkAccessManager otherNam;
        ZadigClient other(&otherNam);
        useTheSimulator(other);
        deleted = false;
        other.deleteVersion(u"mall"_s, elsewhere, this,
                            [&](const Result<Done> &r) { deleted = bool(r); });
        QTRY_VERIFY_WITH_TIMEOUT(deleted, Patience);
        QVERIFY(disk()->load(scope(), elsewhere));

        this->search(search, Hotfix);
        QCOMPARE(names(search.matches()),
                 (QStringList{u"release-000500"_s, u"release-000400"_s, u"release-000100"_s}));
        QVERIFY(!disk()->load(scope(), elsewhere));
        QCOMPARE(disk()->count(scope()), Versions - 2);
        QCOMPARE(search.detailReads(), 0);
    }

    // A read of a version replaces what an earlier session kept: the server's answer wins.
    void aDifferingAnswerReplacesTheKeptDetail()
    {
        ImageSearch search(m_client.get(), m_repository.get());
        this->search(search, Hotfix);
        const QString id = idOf(u"release-000100"_s);
        std::optional<VersionDetail> kept = disk()->load(scope(), id);
        QVERIFY(kept);
        const VersionDetail real = *kept;
        kept->deployInfos.first().image = u"evil.example.com/x:1"_s;
        disk()->store(scope(), *kept);
        // The next session reads the version (the table, a poll, a search of another image).
        newSession();
        QSignalSpy changed(m_repository.get(), &VersionRepository::detailChanged);
        m_repository->refresh(id);
        QVERIFY(changed.wait(Patience));
        QCOMPARE(disk()->load(scope(), id)->deployInfos, real.deployInfos);
    }

    void cancelStopsIt()
    {
        ImageSearch search(m_client.get(), m_repository.get());
        QSignalSpy finished(&search, &ImageSearch::finished);
        bool cancelled = false;
        connect(&search, &ImageSearch::progressed, this,
                [&](ImageSearch::Phase phase, int done, int, int) {
                    if (phase == ImageSearch::Phase::Checking && done >= 20 && !cancelled) {
                        cancelled = true;
                        search.cancel();
                    }
                });
        search.start(Hotfix);
        QTRY_VERIFY_WITH_TIMEOUT(cancelled, Patience);
        QVERIFY(!search.isRunning());
        // What it had handed to the repository ends; nothing more is asked for.
        QTRY_COMPARE_WITH_TIMEOUT(m_repository->inFlight() + m_repository->queued(), 0, Patience);
        const int sent = detailRequests();
        QVERIFY2(sent <= 20 + ImageSearch::MaxConcurrent, qPrintable(QString::number(sent)));
        QCOMPARE(m_client->pendingCount(), 0);
        QVERIFY(finished.isEmpty());
    }

    void aFailureEveryReadWouldMeetEndsIt()
    {
        ImageSearch search(m_client.get(), m_repository.get());
        QSignalSpy failed(&search, &ImageSearch::failed);
        QSignalSpy finished(&search, &ImageSearch::finished);
        bool tokenChanged = false;
        connect(&search, &ImageSearch::progressed, this, [&](ImageSearch::Phase phase) {
            if (phase == ImageSearch::Phase::Checking && !tokenChanged) {
                tokenChanged = true;
                m_sim->setToken(u"rotated"_s);
            }
        });
        search.start(Hotfix);
        QVERIFY(failed.wait(Patience));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Unauthorised);
        QVERIFY(!search.isRunning());
        QVERIFY(finished.isEmpty());
        QVERIFY2(detailRequests() <= 2 * ImageSearch::MaxConcurrent,
                 qPrintable(QString::number(detailRequests())));
    }

    // Deleted on the server while the search runs, before its detail is read: left out, and
    // nothing is said to have gone wrong.
    void aVersionDeletedMeanwhileIsLeftOut()
    {
        const QString id = idOf(u"release-000100"_s); // the 401st read: far behind
        QNetworkAccessManager otherNam;
        ZadigClient other(&otherNam);
        useTheSimulator(other);
        bool deleted = false;
        bool asked = false;
        ImageSearch search(m_client.get(), m_repository.get());
        connect(&search, &ImageSearch::progressed, this, [&](ImageSearch::Phase phase, int done) {
            if (phase != ImageSearch::Phase::Checking || done < 10 || asked)
                return;
            asked = true;
            other.deleteVersion(u"mall"_s, id, this,
                                [&](const Result<Done> &r) { deleted = bool(r); });
        });
        this->search(search, Hotfix);
        QVERIFY(deleted);
        QCOMPARE(names(search.matches()), (QStringList{u"release-000500"_s, u"release-000400"_s,
                                                       u"release-000300"_s, u"release-000200"_s}));
        QCOMPARE(search.skipped(), 0);
        QCOMPARE(search.checked(), Versions);
        QVERIFY(!disk()->load(scope(), id));
    }

    // One version's detail the server cannot give is skipped, not the end of the search.
    void anUnreadableVersionIsSkipped()
    {
        const QString id = idOf(u"release-000100"_s);
        sim::Fault fault;
        fault.kind = sim::Fault::Kind::ServerError;
        fault.pathContains = u"/openapi/delivery/releases/"_s + id;
        fault.times = -1;
        m_sim->addFault(fault);
        ImageSearch search(m_client.get(), m_repository.get());
        this->search(search, Hotfix);
        QCOMPARE(search.skipped(), 1);
        QCOMPARE(search.checked(), Versions);
        QCOMPARE(names(search.matches()), (QStringList{u"release-000500"_s, u"release-000400"_s,
                                                       u"release-000300"_s, u"release-000200"_s}));
    }
};

QTEST_MAIN(TestImageSearch)
#include "tst_imagesearch.moc"
