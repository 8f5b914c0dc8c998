// ZadigClient and the server generations, against canned HTTP answers from a raw server on
// 127.0.0.1 (no simulator): detection of each generation and of what is none, the exact requests
// each call sends per generation (what the server received proves that no request of one
// generation's shape reaches another), writes held until the generation is known, re-detection
// after a 405, long timeouts, and the error kinds and helpers of 4.x/5.x.
#include "api/encode.h"
#include "api/zadigclient.h"

#include "rawserver.h"
#include "testdata.h"

#include <algorithm>

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace zadig;
using namespace zadig::test;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(zadig::ApiError::Kind)
Q_DECLARE_METATYPE(zadig::ServerGeneration)

namespace {

const QString Token = u"test-token-v2-81c3"_s;
constexpr int Patience = 15000; // ms; only catches a hang
const QString Id = u"68b7c1e2a1b2c3d4e5f60718"_s;

template<typename T>
struct Answer
{
    std::optional<Result<T>> result;
    Callback<T> callback()
    {
        return [this](const Result<T> &r) {
            result.emplace(r);
        };
    }
    bool done() const { return result.has_value(); }
    bool ok() const { return result && result->ok(); }
    const T &value() const { return result->value(); }
    const ApiError &error() const { return result->error(); }
    QString why() const
    {
        if (!result)
            return u"no answer"_s;
        if (result->ok())
            return u"succeeded"_s;
        return ApiError::kindName(error().kind) + u": "_s + error().message() + u" / "_s +
               error().detail;
    }
};

#define WAIT_OK(answer)                                                                            \
    do {                                                                                           \
        QTRY_VERIFY_WITH_TIMEOUT((answer).done(), Patience);                                       \
        QVERIFY2((answer).ok(), qPrintable((answer).why()));                                       \
    } while (false)
#define WAIT_ERROR(answer, expectedKind)                                                           \
    do {                                                                                           \
        QTRY_VERIFY_WITH_TIMEOUT((answer).done(), Patience);                                       \
        QVERIFY2(!(answer).ok(), "the call succeeded");                                            \
        QCOMPARE((answer).error().kind, expectedKind);                                             \
    } while (false)

QByteArray zadigError(int status, int code, const QByteArray &description,
                      const QByteArray &message = "Bad Request")
{
    const QByteArray body = R"({"type":"error","message":")" + message + R"(","code":)" +
                            QByteArray::number(code) + R"(,"description":")" + description +
                            R"(","extra":{}})";
    return httpAnswer(status, "Error", body);
}

QByteArray plain(int status, const QByteArray &text)
{
    return httpAnswer(status, "Error", text, QByteArray(), "text/plain");
}

QByteArray ok(const QByteArray &json)
{
    return httpAnswer(200, "OK", json);
}

const QByteArray Success = ok(R"({"message":"success"})");

// A Zadig of canned answers: by exact request target ("GET /path?query") first, then by method
// and path; anything else is gin's 404. Answers whose key is in `delayed` come after 1.2 s.
struct Canned
{
    QHash<QByteArray, QByteArray> exact;
    QHash<QByteArray, QByteArray> byPath;
    QSet<QByteArray> delayed;
    std::unique_ptr<RawServer> server;

    Canned()
    {
        server = std::make_unique<RawServer>([this](QTcpSocket *socket, const QByteArray &head) {
            const QByteArray line = head.left(head.indexOf("\r\n"));
            const QList<QByteArray> parts = line.split(' ');
            const QByteArray target = parts.value(0) + ' ' + parts.value(1);
            const QByteArray path =
                target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
            QByteArray answer = exact.value(target, byPath.value(path));
            if (answer.isEmpty())
                answer = plain(404, "Invalid path: " + parts.value(1));
            if (delayed.contains(path)) {
                QTimer::singleShot(1200, socket,
                                   [socket, answer] { answerAndClose(socket, answer); });
                return;
            }
            answerAndClose(socket, answer);
        });
    }

    // The request lines ("GET /openapi/...?...") received so far.
    QList<QByteArray> lines() const
    {
        QList<QByteArray> result;
        for (const QByteArray &head : std::as_const(server->heads)) {
            const QList<QByteArray> parts = head.left(head.indexOf("\r\n")).split(' ');
            result.append(parts.value(0) + ' ' + parts.value(1));
        }
        return result;
    }
    void forget()
    {
        server->heads.clear();
        server->bodies.clear();
    }

    void speak(ServerGeneration generation)
    {
        exact.insert("GET /openapi/delivery/releases/detail",
                     generation == ServerGeneration::Zadig3
                         ? zadigError(400, 400, "projectKey can't be empty!")
                         : zadigError(400, 400, "versionName can't be empty!"));
        if (generation == ServerGeneration::Zadig5)
            exact.insert("GET /openapi/system/cli/context",
                         ok(R"({"user":{"uid":"u1","name":"alice","account":"alice",)"
                            R"("identity_type":"system"},"request_id":"r1"})"));
        if (generation == ServerGeneration::Zadig4 || generation == ServerGeneration::Zadig5)
            exact.insert("GET /openapi/environments/x/service/y/pods",
                         zadigError(400, 400, "projectKey can't be empty"));
        const bool v2 = isV2Api(generation);
        byPath.insert("GET /openapi/delivery/releases",
                      ok(testData(v2 ? u"client_v2_list.json"_s : u"seed_list.json"_s)));
        if (v2) {
            byPath.insert("GET /openapi/delivery/releases/detail",
                          ok(testData(u"client_v2_detail_k8s.json"_s)));
            byPath.insert(
                "GET /openapi/delivery/releases/" + Id.toLatin1(),
                plain(405, "Method not allowed: GET /openapi/delivery/releases/" + Id.toLatin1()));
            byPath.insert("POST /openapi/delivery/releases/retry", Success);
        } else {
            byPath.insert("GET /openapi/delivery/releases/" + Id.toLatin1(),
                          ok(testData(u"seed_detail_k8s.json"_s)));
        }
        byPath.insert("DELETE /openapi/delivery/releases/" + Id.toLatin1(), Success);
        byPath.insert("POST /openapi/delivery/releases/k8s", Success);
        byPath.insert("POST /openapi/delivery/releases/helm", Success);
    }
};

// The detection's probes, all sent at once whatever the generation.
const QList<QByteArray> ProbesV2 = {"GET /openapi/delivery/releases/detail",
                                    "GET /openapi/system/cli/context",
                                    "GET /openapi/environments/x/service/y/pods"};

// The probes go out together, so the server may see them in any order, and before or after a
// request that did not wait for them: the probes first, in ProbesV2's order, then the rest as
// they came.
QList<QByteArray> inProbeOrder(QList<QByteArray> lines)
{
    const auto isProbe = [](const QByteArray &line) {
        return ProbesV2.contains(line);
    };
    const auto end = std::stable_partition(lines.begin(), lines.end(), isProbe);
    std::stable_sort(lines.begin(), end, [](const QByteArray &a, const QByteArray &b) {
        return ProbesV2.indexOf(a) < ProbesV2.indexOf(b);
    });
    return lines;
}

CreateK8sVersionRequest k8sV3()
{
    CreateK8sVersionRequest r;
    r.common.projectKey = u"demo"_s;
    r.common.versionName = u"v1.2.0"_s;
    r.common.envName = u"prod"_s;
    r.yamlDatas = {{u"svc-a"_s, {{u"svc-a"_s, u"svc-a"_s, u"v1.2.0"_s, false}}}};
    return r;
}

CreateHelmVersionRequest helmV3()
{
    CreateHelmVersionRequest r;
    r.common.projectKey = u"demo"_s;
    r.common.versionName = u"v1.2.0"_s;
    r.chartRepoName = u"charts"_s;
    r.chartDatas = {{u"svc-a"_s, u"1.2.0"_s, {{u"svc-a"_s, u"svc-a"_s, u"v1.2.0"_s, false}}}};
    return r;
}

CreateVersionV2Common commonV2()
{
    CreateVersionV2Common c;
    c.projectKey = u"demo"_s;
    c.versionName = u"v1.2.0"_s;
    c.source = VersionSource::FromEnv;
    c.envName = u"prod"_s;
    c.targetRegistry.id = u"65f0c0ffee0000000000abcd"_s;
    c.targetRegistry.address = u"https://harbor.example.com"_s;
    c.targetRegistry.imageNamespace = u"prod"_s;
    VersionImage image;
    image.containerName = u"svc-a"_s;
    image.imageName = u"svc-a"_s;
    image.sourceImage = u"harbor.dev/team/svc-a:1"_s;
    image.sourceImageTag = u"1"_s;
    image.targetImageTag = u"v1.2.0"_s;
    image.pushImage = true;
    VersionService service;
    service.serviceName = u"svc-a"_s;
    service.chartVersion = u"1.2.0"_s;
    service.images = {image};
    c.services = {service};
    return c;
}

CreateK8sVersionV2Request k8sV2()
{
    return {commonV2()};
}

CreateHelmVersionV2Request helmV2()
{
    return {commonV2(), u"charts"_s};
}

QJsonObject json(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace

class TestClientV2 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void detect_data();
    void detect();
    void detectionShared();
    void requestsPerGeneration_data();
    void requestsPerGeneration();
    void otherGenerationsRequestsRefused_data();
    void otherGenerationsRequestsRefused();
    void writesHeldUntilKnown();
    void writesNeverSentWhenDetectionFails();
    void detailByIdOnlyRefusedOn4();
    void abortAllDropsWaitingWrites();
    void staleWhileWaiting();
    void methodNotAllowedRedetects();
    void baseUrlResetsGeneration();
    void longTimeouts_data();
    void longTimeouts();
    void errorKinds_data();
    void errorKinds();

private:
    ZadigClient &client() { return *m_client; }
    void use(Canned &canned) { m_client->setBaseUrl(canned.server->url()); }

    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ZadigClient> m_client;
};

void TestClientV2::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ZadigClient>(m_nam.get());
    m_client->setToken(Token);
    m_client->setTimeout(10000);
}

void TestClientV2::cleanup()
{
    m_client.reset();
    m_nam.reset();
}

void TestClientV2::detect_data()
{
    QTest::addColumn<QByteArray>("detail"); // answers to the three probes; empty: gin's 404
    QTest::addColumn<QByteArray>("cli");
    QTest::addColumn<QByteArray>("pods");
    QTest::addColumn<ServerGeneration>("expected");
    QTest::addColumn<Kind>("kind"); // when it fails
    QTest::addColumn<QString>("seen");

    const QByteArray v3 = zadigError(400, 400, "projectKey can't be empty!");
    const QByteArray v4 = zadigError(400, 400, "versionName can't be empty!");
    const QByteArray cli = ok(R"({"user":{"uid":"u"},"request_id":"r"})");
    const QByteArray pods = zadigError(400, 400, "projectKey can't be empty");
    const auto G = ServerGeneration::Unknown;
    const auto U = Kind::UnsupportedServer;

    QTest::newRow("2.3-3.4") << v3 << QByteArray() << QByteArray() << ServerGeneration::Zadig3 << U
                             << QString();
    QTest::newRow("2.3-3.4, other wording")
        << zadigError(400, 400, "projectKey can not be empty") << QByteArray() << QByteArray()
        << ServerGeneration::Zadig3 << U << QString();
    QTest::newRow("4.0-4.2") << v4 << QByteArray() << QByteArray() << ServerGeneration::Zadig4Early
                             << U << QString();
    QTest::newRow("4.3+") << v4 << QByteArray() << pods << ServerGeneration::Zadig4 << U
                          << QString();
    QTest::newRow("5.x") << v4 << cli << pods << ServerGeneration::Zadig5 << U << QString();

    QTest::newRow("no delivery OpenAPI (404)")
        << QByteArray() << QByteArray() << QByteArray() << G << U
        << u"GET /openapi/delivery/releases/detail answered HTTP 404 (Invalid path"_s;
    QTest::newRow("200 to the probe") << ok(R"({"version":"x"})") << QByteArray() << QByteArray()
                                      << G << U << u"answered HTTP 200"_s;
    QTest::newRow("400 naming nothing known")
        << zadigError(400, 400, "something else") << QByteArray() << QByteArray() << G << U
        << u"HTTP 400 (something else)"_s;
    QTest::newRow("500 to the probe")
        << zadigError(500, 500, "boom", "Internal Error: ") << QByteArray() << QByteArray() << G
        << U << u"HTTP 500 (boom)"_s;
    QTest::newRow("2.3-3.4 with a 5.x route")
        << v3 << cli << QByteArray() << G << U << u"contradictory answers"_s;
    QTest::newRow("5.x without the 4.3 route")
        << v4 << cli << QByteArray() << G << U << u"contradictory answers"_s;
    QTest::newRow("cli/context 500")
        << v4 << zadigError(500, 500, "x", "Internal Error: ") << QByteArray() << G << U
        << u"GET /openapi/system/cli/context answered HTTP 500"_s;
    QTest::newRow("pods 200") << v4 << QByteArray() << ok("[]") << G << U
                              << u"/pods answered HTTP 200"_s;

    QTest::newRow("401 stays") << httpAnswer(401, "Unauthorized", QByteArray()) << QByteArray()
                               << QByteArray() << G << Kind::Unauthorised << QString();
    QTest::newRow("403 stays") << httpAnswer(403, "Forbidden", QByteArray()) << QByteArray()
                               << QByteArray() << G << Kind::Forbidden << QString();
    QTest::newRow("licence stays")
        << zadigError(400, 7050, "", "用户许可证不可用，请检查许可证后重试") << QByteArray()
        << QByteArray() << G << Kind::Licence << QString();
    QTest::newRow("401 on the second probe stays")
        << v4 << httpAnswer(401, "Unauthorized", QByteArray()) << QByteArray() << G
        << Kind::Unauthorised << QString();
}

void TestClientV2::detect()
{
    QFETCH(QByteArray, detail);
    QFETCH(QByteArray, cli);
    QFETCH(QByteArray, pods);
    QFETCH(ServerGeneration, expected);
    QFETCH(Kind, kind);
    QFETCH(QString, seen);
    Canned canned;
    if (!detail.isEmpty())
        canned.exact.insert("GET /openapi/delivery/releases/detail", detail);
    if (!cli.isEmpty())
        canned.exact.insert("GET /openapi/system/cli/context", cli);
    if (!pods.isEmpty())
        canned.exact.insert("GET /openapi/environments/x/service/y/pods", pods);
    use(canned);
    QSignalSpy changed(&client(), &ZadigClient::generationChanged);

    Answer<ServerGeneration> answer;
    client().detectGeneration(this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.done(), Patience);
    // The three probes go out together, whatever the first answer says: one round trip.
    QTRY_COMPARE_WITH_TIMEOUT(canned.lines().size(), ProbesV2.size(), Patience);
    QList<QByteArray> probes = canned.lines();
    std::sort(probes.begin(), probes.end());
    QList<QByteArray> expectedProbes = ProbesV2;
    std::sort(expectedProbes.begin(), expectedProbes.end());
    QCOMPARE(probes, expectedProbes);
    for (const QByteArray &head : std::as_const(canned.server->heads))
        QCOMPARE(header(head, "Authorization"), "Bearer " + Token.toUtf8());
    if (expected != ServerGeneration::Unknown) {
        QVERIFY2(answer.ok(), qPrintable(answer.why()));
        QCOMPARE(answer.value(), expected);
        QCOMPARE(client().generation(), expected);
        QCOMPARE(changed.size(), 1);
        // Cached: asked again, nothing is sent.
        Answer<ServerGeneration> again;
        client().detectGeneration(this, again.callback());
        QVERIFY(!again.done()); // asynchronously, like every answer
        WAIT_OK(again);
        QCOMPARE(again.value(), expected);
        QCOMPARE(canned.lines().size(), ProbesV2.size());
        return;
    }
    QVERIFY2(!answer.ok(), "detected a generation");
    QCOMPARE(answer.error().kind, kind);
    QVERIFY2(answer.error().message().contains(seen), qPrintable(answer.error().message()));
    QCOMPARE(client().generation(), ServerGeneration::Unknown);
    QCOMPARE(changed.size(), 0);
}

void TestClientV2::detectionShared()
{
    Canned canned;
    canned.speak(ServerGeneration::Zadig5);
    use(canned);
    Answer<ServerGeneration> a;
    Answer<ServerGeneration> b;
    Answer<VersionDetail> c;
    auto *goneContext = new QObject;
    Answer<ServerGeneration> dropped;
    client().detectGeneration(this, a.callback());
    client().detectGeneration(goneContext, dropped.callback());
    client().detectGeneration(nullptr, b.callback());
    client().versionDetail(u"demo"_s, Id, u"v1.2.0"_s, this, c.callback());
    delete goneContext;
    WAIT_OK(a);
    WAIT_OK(b);
    WAIT_OK(c);
    QCOMPARE(a.value(), ServerGeneration::Zadig5);
    QCOMPARE(b.value(), ServerGeneration::Zadig5);
    QVERIFY(!dropped.done()); // its context is gone
    QCOMPARE(inProbeOrder(canned.lines()),
             ProbesV2 +
                 QList<QByteArray>{
                     "GET /openapi/delivery/releases/detail?projectKey=demo&versionName=v1.2.0"});
}

void TestClientV2::requestsPerGeneration_data()
{
    QTest::addColumn<ServerGeneration>("generation");
    QTest::newRow("2.3-3.4") << ServerGeneration::Zadig3;
    QTest::newRow("4.0-4.2") << ServerGeneration::Zadig4Early;
    QTest::newRow("4.3+") << ServerGeneration::Zadig4;
    QTest::newRow("5.x") << ServerGeneration::Zadig5;
}

void TestClientV2::requestsPerGeneration()
{
    QFETCH(ServerGeneration, generation);
    const bool v2 = isV2Api(generation);
    Canned canned;
    canned.speak(generation);
    use(canned);

    // The first write detects, then goes out.
    Answer<Done> deleted;
    client().deleteVersion(u"demo"_s, Id, this, deleted.callback());
    WAIT_OK(deleted);
    QCOMPARE(client().generation(), generation);
    QTRY_COMPARE_WITH_TIMEOUT(inProbeOrder(canned.lines()),
                              ProbesV2 + QList<QByteArray>{"DELETE /openapi/delivery/releases/" +
                                                           Id.toLatin1() + "?projectKey=demo"},
                              Patience);
    canned.forget();

    Answer<VersionPage> page;
    client().listVersions(u"demo"_s, 1, 20, this, page.callback());
    WAIT_OK(page);
    QVERIFY(!page.value().versions.isEmpty());
    QCOMPARE(page.value().versions.constFirst().labelsFromList, v2);

    Answer<VersionDetail> detail;
    client().versionDetail(u"demo"_s, Id, u"v1.2.0"_s, this, detail.callback());
    WAIT_OK(detail);
    QCOMPARE(detail.value().v2, v2);
    if (v2) {
        QCOMPARE(detail.value().info.id, Id); // the v2 detail has none: the caller's
        QCOMPARE(detail.value().deployInfos.size(), 1);
    }

    Answer<Done> k8s;
    Answer<Done> helm;
    if (v2) {
        client().createK8sVersionV2(k8sV2(), this, k8s.callback());
        client().createHelmVersionV2(helmV2(), this, helm.callback());
    } else {
        client().createK8sVersion(k8sV3(), this, k8s.callback());
        client().createHelmVersion(helmV3(), this, helm.callback());
    }
    WAIT_OK(k8s);
    WAIT_OK(helm);

    RetryVersionRequest retry{u"demo"_s, Id, u"v1.2.0"_s, VersionType::HelmChart, u"dev"_s, true};
    Answer<Done> retried;
    client().retryVersion(retry, this, retried.callback());
    WAIT_OK(retried);

    const QList<QByteArray> lines = canned.lines();
    const QList<QByteArray> bodies = canned.server->bodies;
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0),
             "GET /openapi/delivery/releases?projectKey=demo&pageNum=1&pageSize=20"_ba);
    QCOMPARE(lines.at(1),
             v2 ? "GET /openapi/delivery/releases/detail?projectKey=demo&versionName=v1.2.0"_ba
                : "GET /openapi/delivery/releases/" + Id.toLatin1() + "?projectKey=demo");
    // The two creates may arrive in either order.
    const qsizetype k8sAt = lines.indexOf("POST /openapi/delivery/releases/k8s"_ba, 2);
    const qsizetype helmAt = lines.indexOf("POST /openapi/delivery/releases/helm"_ba, 2);
    QVERIFY(k8sAt >= 2 && k8sAt <= 3);
    QVERIFY(helmAt >= 2 && helmAt <= 3);
    if (v2) {
        QCOMPARE(json(bodies.at(k8sAt)), encode::createK8sBodyV2(k8sV2()));
        QCOMPARE(json(bodies.at(helmAt)), encode::createHelmBodyV2(helmV2()));
        QCOMPARE(json(bodies.at(k8sAt)).value(u"services"_s)[0][u"images"_s][0][u"target_image"_s],
                 QJsonValue(u"harbor.example.com/prod/svc-a:v1.2.0"_s));
        QCOMPARE(lines.at(4),
                 "POST /openapi/delivery/releases/retry?id=" + Id.toLatin1() + "&projectKey=demo");
        QCOMPARE(bodies.at(4), QByteArray());
    } else {
        QCOMPARE(json(bodies.at(k8sAt)), encode::createK8sBody(k8sV3()));
        QCOMPARE(json(bodies.at(helmAt)), encode::createHelmBody(helmV3()));
        // The 2.3-3.4 retry: a create of its type with retry:true.
        QCOMPARE(lines.at(4), "POST /openapi/delivery/releases/helm"_ba);
        const QJsonObject body = json(bodies.at(4));
        QCOMPARE(body.value(u"retry"_s), QJsonValue(true));
        QCOMPARE(body.value(u"version_name"_s).toString(), u"v1.2.0"_s);
        QCOMPARE(body.value(u"project_key"_s).toString(), u"demo"_s);
        QCOMPARE(body.value(u"env_name"_s).toString(), u"dev"_s);
        QCOMPARE(body.value(u"production"_s), QJsonValue(true));
    }
    // No body of the other generation's shape anywhere.
    for (const QByteArray &body : bodies) {
        for (const char *key : {"yaml_datas", "chart_datas", "\"retry\""})
            QVERIFY2(!v2 || !body.contains(key), body.constData());
        QVERIFY2(v2 || !body.contains("\"services\""), body.constData());
    }
}

void TestClientV2::otherGenerationsRequestsRefused_data()
{
    QTest::addColumn<ServerGeneration>("generation");
    QTest::newRow("2.3-3.4") << ServerGeneration::Zadig3;
    QTest::newRow("4.0-4.2") << ServerGeneration::Zadig4Early;
    QTest::newRow("5.x") << ServerGeneration::Zadig5;
}

void TestClientV2::otherGenerationsRequestsRefused()
{
    QFETCH(ServerGeneration, generation);
    Canned canned;
    canned.speak(generation);
    use(canned);
    Answer<Done> k8s;
    Answer<Done> helm;
    // Unknown at first: detected, then refused before anything is sent.
    if (isV2Api(generation)) {
        client().createK8sVersion(k8sV3(), this, k8s.callback());
        client().createHelmVersion(helmV3(), this, helm.callback());
    } else {
        client().createK8sVersionV2(k8sV2(), this, k8s.callback());
        client().createHelmVersionV2(helmV2(), this, helm.callback());
    }
    WAIT_ERROR(k8s, Kind::UnsupportedServer);
    WAIT_ERROR(helm, Kind::UnsupportedServer);
    QVERIFY2(k8s.error().detail.contains(generationName(generation)),
             qPrintable(k8s.error().detail));
    QVERIFY2(k8s.error().detail.contains("nothing was sent"_L1), qPrintable(k8s.error().detail));
    QTRY_COMPARE_WITH_TIMEOUT(inProbeOrder(canned.lines()), ProbesV2, Patience);

    // Known now: refused at once, still nothing sent, and never from inside the call.
    Answer<Done> again;
    if (isV2Api(generation))
        client().createK8sVersion(k8sV3(), this, again.callback());
    else
        client().createK8sVersionV2(k8sV2(), this, again.callback());
    QVERIFY(!again.done());
    WAIT_ERROR(again, Kind::UnsupportedServer);
    QTRY_COMPARE_WITH_TIMEOUT(inProbeOrder(canned.lines()), ProbesV2, Patience);
    QCOMPARE(client().generation(), generation);
}

void TestClientV2::writesHeldUntilKnown()
{
    Canned canned;
    canned.speak(ServerGeneration::Zadig4);
    use(canned);
    Answer<Done> created;
    Answer<Done> retried;
    client().createK8sVersionV2(k8sV2(), this, created.callback());
    RetryVersionRequest retry;
    retry.projectKey = u"demo"_s;
    retry.id = Id;
    client().retryVersion(retry, this, retried.callback());
    // Both calls wait (the probe on the wire is not counted); the request lines below prove
    // that no write left before the probes were answered.
    QCOMPARE(client().pendingCount(), 2);
    WAIT_OK(created);
    WAIT_OK(retried);
    const QList<QByteArray> lines = canned.lines();
    QCOMPARE(inProbeOrder(lines).mid(0, 3), ProbesV2);
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.mid(3).contains("POST /openapi/delivery/releases/k8s"_ba));
}

void TestClientV2::writesNeverSentWhenDetectionFails()
{
    Canned canned;
    canned.exact.insert("GET /openapi/delivery/releases/detail", ok(R"({"message":"success"})"));
    canned.byPath.insert("POST /openapi/delivery/releases/k8s", Success);
    canned.byPath.insert("DELETE /openapi/delivery/releases/" + Id.toLatin1(), Success);
    use(canned);
    Answer<Done> created;
    Answer<Done> createdV3;
    Answer<Done> deleted;
    Answer<Done> retried;
    Answer<VersionDetail> detail;
    client().createK8sVersionV2(k8sV2(), this, created.callback());
    client().createK8sVersion(k8sV3(), this, createdV3.callback());
    client().deleteVersion(u"demo"_s, Id, this, deleted.callback());
    client().retryVersion({u"demo"_s, Id, u"v"_s, VersionType::K8sYaml, u"dev"_s, false}, this,
                          retried.callback());
    client().versionDetail(u"demo"_s, Id, u"v"_s, this, detail.callback());
    WAIT_ERROR(created, Kind::UnsupportedServer);
    WAIT_ERROR(createdV3, Kind::UnsupportedServer);
    WAIT_ERROR(deleted, Kind::UnsupportedServer);
    WAIT_ERROR(retried, Kind::UnsupportedServer);
    WAIT_ERROR(detail, Kind::UnsupportedServer);
    QVERIFY2(created.error().detail.contains("HTTP 200"_L1), qPrintable(created.error().detail));
    // One shared detection, and nothing else.
    QTRY_COMPARE_WITH_TIMEOUT(inProbeOrder(canned.lines()), ProbesV2, Patience);
    QCOMPARE(client().generation(), ServerGeneration::Unknown);
}

void TestClientV2::detailByIdOnlyRefusedOn4()
{
    Canned canned;
    canned.speak(ServerGeneration::Zadig4);
    use(canned);
    client().setGeneration(ServerGeneration::Zadig4);
    Answer<VersionDetail> detail;
    client().versionDetail(u"demo"_s, Id, this, detail.callback()); // the old signature
    WAIT_ERROR(detail, Kind::UnsupportedServer);
    QVERIFY(canned.lines().isEmpty());
}

void TestClientV2::abortAllDropsWaitingWrites()
{
    Canned canned;
    canned.speak(ServerGeneration::Zadig4);
    canned.delayed = {"GET /openapi/delivery/releases/detail"};
    use(canned);
    Answer<Done> created;
    client().createK8sVersionV2(k8sV2(), this, created.callback());
    QCOMPARE(client().pendingCount(), 1); // the call waiting for the probe
    client().abortAll();
    QCOMPARE(client().pendingCount(), 0);
    // A new detection starts (the aborted one would never have answered it).
    Answer<ServerGeneration> generation;
    client().detectGeneration(this, generation.callback());
    WAIT_OK(generation);
    QCOMPARE(generation.value(), ServerGeneration::Zadig4);
    QVERIFY(!created.done()); // aborted calls are never answered
    for (const QByteArray &line : canned.lines())
        QVERIFY2(line.startsWith("GET "), line.constData());
}

void TestClientV2::staleWhileWaiting()
{
    Canned canned;
    canned.speak(ServerGeneration::Zadig4);
    use(canned);
    Answer<VersionDetail> first;
    Answer<VersionDetail> second;
    client().versionDetail(u"demo"_s, u"a"_s, u"v1"_s, this, first.callback(), u"detail"_s);
    client().versionDetail(u"demo"_s, Id, u"v1.2.0"_s, this, second.callback(), u"detail"_s);
    QCOMPARE(client().pendingCount(), 1);
    WAIT_OK(second);
    QTRY_COMPARE_WITH_TIMEOUT(client().pendingCount(), 0, Patience);
    QVERIFY(!first.done());
    QCOMPARE(inProbeOrder(canned.lines()),
             ProbesV2 +
                 QList<QByteArray>{
                     "GET /openapi/delivery/releases/detail?projectKey=demo&versionName=v1.2.0"});
}

void TestClientV2::methodNotAllowedRedetects()
{
    Canned canned;
    canned.speak(ServerGeneration::Zadig4);
    use(canned);
    client().setGeneration(ServerGeneration::Zadig3); // wrong: an upgrade behind the same URL
    QSignalSpy contradicted(&client(), &ZadigClient::generationContradicted);

    Answer<VersionDetail> first;
    client().versionDetail(u"demo"_s, Id, u"v1.2.0"_s, this, first.callback());
    WAIT_ERROR(first, Kind::UnsupportedServer);
    QVERIFY2(first.error().message().contains("Method not allowed"_L1),
             qPrintable(first.error().message()));
    QCOMPARE(client().generation(), ServerGeneration::Unknown);
    QTRY_COMPARE_WITH_TIMEOUT(contradicted.size(), 1, Patience);

    Answer<VersionDetail> second;
    client().versionDetail(u"demo"_s, Id, u"v1.2.0"_s, this, second.callback());
    WAIT_OK(second);
    QCOMPARE(client().generation(), ServerGeneration::Zadig4);
    QCOMPARE(
        canned.lines(),
        QList<QByteArray>{"GET /openapi/delivery/releases/" + Id.toLatin1() + "?projectKey=demo"} +
            ProbesV2 +
            QList<QByteArray>{"GET /openapi/delivery/releases/detail?projectKey=demo&"
                              "versionName=v1.2.0"});
}

void TestClientV2::baseUrlResetsGeneration()
{
    Canned a;
    a.speak(ServerGeneration::Zadig5);
    Canned b;
    b.speak(ServerGeneration::Zadig3);
    use(a);
    QSignalSpy changed(&client(), &ZadigClient::generationChanged);
    client().setGeneration(ServerGeneration::Zadig5);
    client().setBaseUrl(a.server->url()); // the same: kept
    QCOMPARE(client().generation(), ServerGeneration::Zadig5);

    // A detection in flight for the old server is not kept for the new one.
    client().setGeneration(ServerGeneration::Unknown);
    Answer<ServerGeneration> answer;
    client().detectGeneration(this, answer.callback());
    use(b);
    WAIT_OK(answer);
    QCOMPARE(answer.value(), ServerGeneration::Zadig3);
    QCOMPARE(client().generation(), ServerGeneration::Zadig3);
    QTRY_COMPARE_WITH_TIMEOUT(inProbeOrder(b.lines()), ProbesV2, Patience);
    QCOMPARE(changed.size(), 3); // 5, unknown, 3

    use(a);
    QCOMPARE(client().generation(), ServerGeneration::Unknown);
}

void TestClientV2::longTimeouts_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<bool>("isLong");
    QTest::newRow("4.x Helm create") << u"helm"_s << true;
    QTest::newRow("4.x retry") << u"retry"_s << true;
    QTest::newRow("4.x K8s create: the normal timeout") << u"k8s"_s << false;
}

void TestClientV2::longTimeouts()
{
    QFETCH(QString, call);
    QFETCH(bool, isLong);
    Canned canned;
    canned.speak(ServerGeneration::Zadig4);
    canned.delayed = {"POST /openapi/delivery/releases/helm",
                      "POST /openapi/delivery/releases/retry",
                      "POST /openapi/delivery/releases/k8s"};
    use(canned);
    client().setGeneration(ServerGeneration::Zadig4);
    client().setTimeout(200); // the answers come after 1.2 s
    client().setLongTimeout(30000);
    Answer<Done> answer;
    if (call == "helm"_L1)
        client().createHelmVersionV2(helmV2(), this, answer.callback());
    else if (call == "retry"_L1)
        client().retryVersion({u"demo"_s, Id, {}, VersionType::K8sYaml, {}, false}, this,
                              answer.callback());
    else
        client().createK8sVersionV2(k8sV2(), this, answer.callback());
    if (isLong) {
        WAIT_OK(answer);
    } else {
        WAIT_ERROR(answer, Kind::Timeout);
        QVERIFY(answer.error().maybeCreated); // it may have gone through
    }
}

void TestClientV2::errorKinds_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("call");
    QTest::addColumn<ServerGeneration>("generation");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("sameSecond");
    QTest::addColumn<bool>("maybeCreated");

    const QByteArray k8s = "POST /openapi/delivery/releases/k8s";
    const QByteArray helm = "POST /openapi/delivery/releases/helm";
    const QByteArray list = "GET /openapi/delivery/releases";
    const auto v4 = ServerGeneration::Zadig4;
    QTest::newRow("6560 already exist")
        << k8s
        << zadigError(400, 6560, "failed to insert delivery version v1.2.0, version already exist",
                      "新建交付中心版本失败")
        << u"k8s"_s << v4 << Kind::Conflict << true << false;
    QTest::newRow("6560 other") << helm
                                << zadigError(400, 6560, "image registry not appointed",
                                              "新建交付中心版本失败")
                                << u"helm"_s << v4 << Kind::Server << false << false;
    QTest::newRow("500 after insert: maybe created")
        << helm << zadigError(500, 500, "failed to push chart", "Internal Error: ") << u"helm"_s
        << v4 << Kind::Server << false << true;
    QTest::newRow("panic: maybe created") << k8s << httpAnswer(500, "Error", QByteArray())
                                          << u"k8s"_s << v4 << Kind::Server << false << true;
    QTest::newRow("2.3-3.4 conflict")
        << k8s << zadigError(500, 500, "version already exist", "Internal Error: ") << u"k8s3"_s
        << ServerGeneration::Zadig3 << Kind::Conflict << false << false;
    QTest::newRow("licence") << list
                             << zadigError(400, 7050, "", "用户许可证不可用，请检查许可证后重试")
                             << u"list"_s << v4 << Kind::Licence << false << false;
    QTest::newRow("401") << list << httpAnswer(401, "Unauthorized", QByteArray()) << u"list"_s << v4
                         << Kind::Unauthorised << false << false;
    QTest::newRow("403") << k8s << httpAnswer(403, "Forbidden", QByteArray()) << u"k8s"_s << v4
                         << Kind::Forbidden << false << false;
    QTest::newRow("retry of a settled version")
        << QByteArray("POST /openapi/delivery/releases/retry")
        << zadigError(500, 500, "can't reCreate version with status:success", "Internal Error: ")
        << u"retry"_s << v4 << Kind::Server << false << false;
}

void TestClientV2::errorKinds()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, answer);
    QFETCH(QString, call);
    QFETCH(ServerGeneration, generation);
    QFETCH(Kind, kind);
    QFETCH(bool, sameSecond);
    QFETCH(bool, maybeCreated);
    Canned canned;
    canned.speak(generation);
    canned.byPath.insert(key, answer);
    use(canned);
    client().setGeneration(generation);
    std::optional<ApiError> error;
    const auto keep = [&error](const auto &result) {
        error = result.ok() ? std::nullopt : std::optional<ApiError>(result.error());
    };
    bool done = false;
    const auto record = [&](const auto &result) {
        keep(result);
        done = true;
    };
    if (call == "k8s"_L1)
        client().createK8sVersionV2(k8sV2(), this, Callback<Done>(record));
    else if (call == "k8s3"_L1)
        client().createK8sVersion(k8sV3(), this, Callback<Done>(record));
    else if (call == "helm"_L1)
        client().createHelmVersionV2(helmV2(), this, Callback<Done>(record));
    else if (call == "retry"_L1)
        client().retryVersion({u"demo"_s, Id, {}, VersionType::K8sYaml, {}, false}, this,
                              Callback<Done>(record));
    else
        client().listVersions(u"demo"_s, 1, 20, this, Callback<VersionPage>(record));
    QTRY_VERIFY_WITH_TIMEOUT(done, Patience);
    QVERIFY2(error, "the call succeeded");
    QCOMPARE(error->kind, kind);
    QCOMPARE(error->mayBeSameSecondCollision(), sameSecond);
    QCOMPARE(error->maybeCreated, maybeCreated);
}

QTEST_GUILESS_MAIN(TestClientV2)
#include "tst_clientv2.moc"
