// The client against the simulator of each Zadig generation, over real HTTP (issue 12): the
// generation is detected, and list, detail, retry and delete go through with the requests of
// that generation only. The simulator records every request, so a request of the other
// generation's shape reaching it fails the test. Time in the simulator moves only by advance().
#include "api/zadigclient.h"
#include "simstate.h"
#include "simulator.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace zadig;

namespace {

constexpr int HangMs = 60'000; // a bound on hanging only

// The answer of one call, once it came.
template<typename T>
struct Answer
{
    std::optional<Result<T>> result;
    Callback<T> callback()
    {
        return [this](const Result<T> &r) {
            result = r;
        };
    }
};

// What went wrong, for a failure message (evaluated whether or not the check fails).
template<typename T>
QByteArray why(const std::optional<Result<T>> &result)
{
    if (!result)
        return "no answer";
    return result->ok() ? QByteArray() : result->error().message().toUtf8();
}

} // namespace

class TestGenerations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyCallOnItsGenerationsRoutes_data();
    void everyCallOnItsGenerationsRoutes();

private:
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ZadigClient> m_client;
};

void TestGenerations::init()
{
    m_sim = std::make_unique<sim::Simulator>();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ZadigClient>(m_nam.get());
}

void TestGenerations::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_sim.reset();
}

void TestGenerations::everyCallOnItsGenerationsRoutes_data()
{
    QTest::addColumn<QString>("simulated");
    QTest::addColumn<ServerGeneration>("detected");
    QTest::addColumn<QString>("failedVersion"); // a failed, retryable version of project mall
    QTest::newRow("2.3-3.4") << u"3"_s << ServerGeneration::Zadig3 << u"v2.5.1"_s;
    QTest::newRow("4.0") << u"4.0"_s << ServerGeneration::Zadig4Early << u"v3.1.0"_s;
    QTest::newRow("4.2") << u"4.2"_s << ServerGeneration::Zadig4Early << u"v3.1.0"_s;
    QTest::newRow("4.3") << u"4.3"_s << ServerGeneration::Zadig4 << u"v3.1.0"_s;
    QTest::newRow("5") << u"5"_s << ServerGeneration::Zadig5 << u"v3.1.0"_s;
}

void TestGenerations::everyCallOnItsGenerationsRoutes()
{
    QFETCH(QString, simulated);
    QFETCH(ServerGeneration, detected);
    QFETCH(QString, failedVersion);
    QVERIFY(m_sim->setApiGeneration(simulated));
    QVERIFY(m_sim->loadSeed(u"demo"_s));
    m_sim->setSpeed(0);
    QVERIFY(m_sim->listen());
    m_client->setBaseUrl(m_sim->url());
    m_client->setToken(m_sim->token());
    const bool v2 = detected != ServerGeneration::Zadig3;

    Answer<ServerGeneration> generation;
    m_client->detectGeneration(this, generation.callback());
    QTRY_VERIFY_WITH_TIMEOUT(generation.result.has_value(), HangMs);
    QVERIFY2(generation.result->ok(), why(generation.result).constData());
    QCOMPARE(generation.result->value(), detected);

    // The list: on 4.x/5.x its labels are the list's own.
    Answer<VersionPage> page;
    m_client->listVersions(u"mall"_s, 1, 50, this, page.callback());
    QTRY_VERIFY_WITH_TIMEOUT(page.result.has_value(), HangMs);
    QVERIFY2(page.result->ok(), why(page.result).constData());
    std::optional<VersionInfo> failed;
    for (const VersionInfo &v : page.result->value().versions) {
        QCOMPARE(v.labelsFromList, v2);
        if (v.name == failedVersion)
            failed = v;
    }
    QVERIFY2(failed && failed->status == VersionStatus::Failed, qPrintable(failedVersion));

    // Its detail, by id or by name as the generation reads it.
    Answer<VersionDetail> detail;
    m_client->versionDetail(u"mall"_s, failed->id, failed->name, this, detail.callback());
    QTRY_VERIFY_WITH_TIMEOUT(detail.result.has_value(), HangMs);
    QVERIFY2(detail.result->ok(), why(detail.result).constData());
    QCOMPARE(detail.result->value().info.name, failed->name);
    QCOMPARE(detail.result->value().info.id, failed->id);
    QCOMPARE(detail.result->value().v2, v2);
    QVERIFY(detail.result->value().info.progress.has_value());

    // Retry: the create with retry:true on 2.3-3.4, POST /retry on 4.x/5.x.
    RetryVersionRequest retry;
    retry.projectKey = u"mall"_s;
    retry.id = failed->id;
    retry.versionName = failed->name;
    retry.type = failed->type;
    retry.envName = u"dev"_s;
    Answer<Done> retried;
    m_client->retryVersion(retry, this, retried.callback());
    QTRY_VERIFY_WITH_TIMEOUT(retried.result.has_value(), HangMs);
    QVERIFY2(retried.result->ok(), why(retried.result).constData());

    // Delete, by id on every generation.
    Answer<Done> deleted;
    m_client->deleteVersion(u"mall"_s, failed->id, this, deleted.callback());
    QTRY_VERIFY_WITH_TIMEOUT(deleted.result.has_value(), HangMs);
    QVERIFY2(deleted.result->ok(), why(deleted.result).constData());

    // What reached the server: only this generation's shapes.
    const QString byId = u"/openapi/delivery/releases/"_s + failed->id;
    int detailsById = 0, detailsByName = 0, retryRoutes = 0, retryBodies = 0;
    const auto requests = m_sim->requests();
    for (const sim::RecordedRequest &r : requests) {
        if (r.method == "GET" && r.path == byId)
            ++detailsById;
        if (r.path == u"/openapi/delivery/releases/detail"_s &&
            r.query.hasQueryItem(u"versionName"_s))
            ++detailsByName;
        if (r.path == u"/openapi/delivery/releases/retry"_s)
            ++retryRoutes;
        if (r.method == "POST" && r.body.contains("\"retry\":true"))
            ++retryBodies;
        QVERIFY2(!(v2 && r.body.contains("yaml_datas")), "a 2.3-3.4 create body reached 4.x/5.x");
    }
    QCOMPARE(detailsById, v2 ? 0 : 1);
    QCOMPARE(detailsByName, v2 ? 1 : 0);
    QCOMPARE(retryRoutes, v2 ? 1 : 0);
    QCOMPARE(retryBodies, v2 ? 0 : 1);
}

QTEST_GUILESS_MAIN(TestGenerations)
#include "tst_generations.moc"
