// ZadigClient over real HTTP on 127.0.0.1: every endpoint against the in-process simulator, every
// error kind it can produce, staleness, contexts, aborts, and what goes on the wire (headers,
// query encoding, redirects, body cap, deadline) checked with a tiny raw HTTP server.
#include "api/encode.h"
#include "api/zadigclient.h"
#include "missingtool.h"

#include "rawserver.h"
#include "simstate.h"
#include "simulator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace zadig;
using namespace zadig::test;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(zadig::ApiError::Kind)

namespace {

const QString Token = u"test-token-5f1c9e"_s;
constexpr int Patience = 15000; // ms; generous, the machine may be busy

// Collects the one answer of a call.
template<typename T>
struct Answer
{
    std::optional<Result<T>> result;
    int calls = 0;

    Callback<T> callback()
    {
        return [this](const Result<T> &r) {
            result.emplace(r);
            ++calls;
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

#define WAIT_FOR(answer) QTRY_VERIFY_WITH_TIMEOUT((answer).done(), Patience)
#define WAIT_OK(answer)                                                                            \
    do {                                                                                           \
        WAIT_FOR(answer);                                                                          \
        QVERIFY2((answer).ok(), qPrintable((answer).why()));                                       \
    } while (false)
#define WAIT_ERROR(answer, expectedKind)                                                           \
    do {                                                                                           \
        WAIT_FOR(answer);                                                                          \
        QVERIFY2(!(answer).ok(), "the call succeeded");                                            \
        QCOMPARE((answer).error().kind, expectedKind);                                             \
    } while (false)

// Log capture for the "never log the token" test.
QStringList capturedLogs;
QtMessageHandler previousHandler = nullptr;
QLoggingCategory::CategoryFilter previousFilter = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLogs.append(QString::fromLatin1(context.category) + u": "_s + message);
    if (previousHandler)
        previousHandler(type, context, message);
}

void enableApiLogs(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrcmp(category->categoryName(), "zadig.api") == 0) {
        category->setEnabled(QtDebugMsg, true);
        category->setEnabled(QtInfoMsg, true);
    }
}

} // namespace

class TestClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // endpoints
    void listVersions();
    void versionDetail();
    void deleteVersion();
    void createK8sVersion();
    void createHelmVersionUsesLongTimeout();
    void projects();
    void environments();
    void registries();
    void webHelpers();
    void webHelpersMissing();

    // errors
    void errorKinds_data();
    void errorKinds();
    void tlsFailure();

    // behaviour
    void staleRequestDropped();
    void differentStaleKeysBothAnswer();
    void cancelledWhileWaitingForTheGeneration();
    void context_data();
    void context();
    void abortAll();
    void destructorAbortsSilently();
    void pendingCountChanged();
    void headersOnTheWire();
    void queryAndPathEncoding();
    void redirectToAnotherOriginRefused();
    void redirectWithinOriginFollowed();
    void bodyCap_data();
    void bodyCap();
    void tricklingServerHitsDeadline();
    void tokenNeverLogged();
    void tokenEchoedByServerRedacted();

private:
    sim::Simulator &sim() { return *m_sim; }
    ZadigClient &client() { return *m_client; }
    QString idOf(const QString &project, const QString &name)
    {
        return m_sim->state().versionIdByName(project, name);
    }
    sim::Fault fault(sim::Fault::Kind kind, int times = -1)
    {
        sim::Fault f;
        f.kind = kind;
        f.pathContains = u"/openapi/delivery/releases"_s;
        f.times = times;
        return f;
    }

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ZadigClient> m_client;
};

void TestClient::init()
{
    m_sim = std::make_unique<sim::Simulator>();
    QVERIFY(m_sim->loadSeed(u"demo"_s));
    QVERIFY(m_sim->listen(QHostAddress::LocalHost, 0));
    m_sim->setToken(Token);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ZadigClient>(m_nam.get());
    m_client->setBaseUrl(m_sim->url());
    m_client->setToken(Token);
    m_client->setTimeout(10000);
}

void TestClient::cleanup()
{
    m_client.reset();
    m_nam.reset(); // the client never owns an injected manager
    m_sim.reset();
}

void TestClient::listVersions()
{
    Answer<VersionPage> page;
    client().listVersions(u"mall"_s, 1, 5, this, page.callback());
    WAIT_OK(page);
    QCOMPARE(page.value().total, sim().state().versionCount(u"mall"_s));
    QVERIFY(page.value().total > 5);
    QCOMPARE(page.value().versions.size(), 5);
    for (qsizetype i = 1; i < page.value().versions.size(); ++i)
        QVERIFY(page.value().versions.at(i - 1).createTime >=
                page.value().versions.at(i).createTime);
    for (const VersionInfo &v : page.value().versions) {
        QVERIFY(!v.id.isEmpty());
        QVERIFY(!v.progress.has_value()); // the list never carries progress
    }

    const sim::RecordedRequest request = sim().requests().constLast();
    QCOMPARE(request.method, "GET"_ba);
    QCOMPARE(request.path, u"/openapi/delivery/releases"_s);
    QCOMPARE(request.query.queryItemValue(u"projectKey"_s), u"mall"_s);
    QCOMPARE(request.query.queryItemValue(u"pageNum"_s), u"1"_s);
    QCOMPARE(request.query.queryItemValue(u"pageSize"_s), u"5"_s);

    Answer<VersionPage> past;
    client().listVersions(u"mall"_s, 1000, 5, this, past.callback());
    WAIT_OK(past);
    QVERIFY(past.value().versions.isEmpty());
    QCOMPARE(past.value().total, page.value().total);
}

void TestClient::versionDetail()
{
    const QString k8sId = idOf(u"mall"_s, u"v2.5.1"_s);
    QVERIFY(!k8sId.isEmpty());
    Answer<VersionDetail> k8s;
    client().versionDetail(u"mall"_s, k8sId, this, k8s.callback());
    WAIT_OK(k8s);
    QCOMPARE(k8s.value().info.id, k8sId);
    QCOMPARE(k8s.value().info.name, u"v2.5.1"_s);
    QCOMPARE(k8s.value().info.type, VersionType::K8sYaml);
    QVERIFY(k8s.value().info.progress.has_value());
    QCOMPARE(k8s.value().info.labels, QStringList{u"hotfix"_s});
    QVERIFY(!k8s.value().deployInfos.isEmpty());
    QVERIFY(k8s.value().distributeInfos.isEmpty());
    QCOMPARE(sim().requests().constLast().query.queryItemValue(u"projectKey"_s), u"mall"_s);

    const sim::SimVersion *helmVersion = nullptr;
    Answer<VersionPage> payments;
    client().listVersions(u"payments"_s, 1, 50, this, payments.callback());
    WAIT_OK(payments);
    for (const VersionInfo &v : payments.value().versions) {
        if (v.type == VersionType::HelmChart) {
            helmVersion = sim().state().version(v.id);
            break;
        }
    }
    QVERIFY(helmVersion);
    Answer<VersionDetail> helm;
    client().versionDetail(u"payments"_s, helmVersion->id, this, helm.callback());
    WAIT_OK(helm);
    QCOMPARE(helm.value().info.type, VersionType::HelmChart);
    QVERIFY(helm.value().deployInfos.isEmpty());
    QCOMPARE(helm.value().distributeInfos.size(), helmVersion->charts.size());
    const DistributeInfo &chart = helm.value().distributeInfos.constFirst();
    QCOMPARE(chart.distributeType, u"chart"_s);
    QVERIFY(!chart.subDistributes.isEmpty());
    QCOMPARE(chart.subDistributes.constFirst().distributeType, u"image"_s);
}

void TestClient::deleteVersion()
{
    const QString id = idOf(u"mall"_s, u"v2.5.1"_s);
    const int before = sim().state().versionCount(u"mall"_s);
    Answer<Done> deleted;
    client().deleteVersion(u"mall"_s, id, this, deleted.callback());
    WAIT_OK(deleted);
    QCOMPARE(sim().state().versionCount(u"mall"_s), before - 1);
    const sim::RecordedRequest request = sim().requests().constLast();
    QCOMPARE(request.method, "DELETE"_ba);
    QCOMPARE(request.path, u"/openapi/delivery/releases/"_s + id);
    QCOMPARE(request.query.queryItemValue(u"projectKey"_s), u"mall"_s);

    Answer<VersionDetail> gone;
    client().versionDetail(u"mall"_s, id, this, gone.callback());
    WAIT_ERROR(gone, Kind::NotFound);
    QCOMPARE(gone.error().httpStatus, 500);
    QVERIFY(!gone.error().serverDescription.isEmpty());
}

void TestClient::createK8sVersion()
{
    Answer<EnvironmentDetail> env;
    client().environmentDetail(u"mall"_s, u"dev"_s, false, this, env.callback());
    WAIT_OK(env);
    QVERIFY(env.value().services.size() >= 2);

    CreateK8sVersionRequest request;
    request.common.projectKey = u"mall"_s;
    request.common.versionName = u"v9.9.9-client"_s;
    request.common.envName = u"dev"_s;
    request.common.description = u"客户端测试"_s;
    request.common.labels = {u"test"_s};
    request.common.imageRegistryId = env.value().registryId;
    for (const EnvironmentService &service : env.value().services.mid(0, 2)) {
        YamlServiceData data{service.serviceName, {}};
        for (const Container &c : service.containers)
            data.imageDatas.append({c.name, c.imageName, u"client-test"_s, false});
        request.yamlDatas.append(data);
    }

    Answer<Done> created;
    client().createK8sVersion(request, this, created.callback());
    WAIT_OK(created);
    const sim::RecordedRequest post = sim().requests().constLast();
    QCOMPARE(post.method, "POST"_ba);
    QCOMPARE(post.path, u"/openapi/delivery/releases/k8s"_s);
    QCOMPARE(QJsonDocument::fromJson(post.body).object(), encode::createK8sBody(request));

    const QString id = idOf(u"mall"_s, request.common.versionName);
    QVERIFY(!id.isEmpty());
    Answer<VersionDetail> detail;
    client().versionDetail(u"mall"_s, id, this, detail.callback());
    WAIT_OK(detail);
    QCOMPARE(detail.value().info.name, request.common.versionName);
    QCOMPARE(detail.value().info.description, request.common.description);
    QCOMPARE(detail.value().info.labels, request.common.labels);
    QVERIFY(!detail.value().deployInfos.isEmpty());

    Answer<Done> again;
    client().createK8sVersion(request, this, again.callback());
    WAIT_ERROR(again, Kind::Conflict);
    QVERIFY(again.error().serverDescription.contains("version already exist"_L1));
}

void TestClient::createHelmVersionUsesLongTimeout()
{
    Answer<EnvironmentDetail> env;
    client().environmentDetail(u"payments"_s, u"dev"_s, false, this, env.callback());
    WAIT_OK(env);
    QVERIFY(!env.value().services.isEmpty());

    CreateHelmVersionRequest request;
    request.common.projectKey = u"payments"_s;
    request.common.versionName = u"v9.9.9-helm"_s;
    request.common.envName = u"dev"_s;
    request.common.imageRegistryId = env.value().registryId;
    request.chartRepoName = u"payments-charts"_s;
    for (const EnvironmentService &service : env.value().services.mid(0, 2)) {
        ChartServiceData chart{service.serviceName, u"9.9.0"_s, {}};
        for (const Container &c : service.containers)
            chart.imageDatas.append({c.name, c.imageName, u"9.9.0"_s, false});
        request.chartDatas.append(chart);
    }

    // The server packages charts before it answers: far longer than the normal timeout.
    client().setTimeout(150);
    client().setLongTimeout(30000);
    sim().setHelmCreateDelayMs(1200);
    Answer<Done> created;
    client().createHelmVersion(request, this, created.callback());
    WAIT_OK(created);
    QCOMPARE(sim().requests().constLast().path, u"/openapi/delivery/releases/helm"_s);
    QCOMPARE(QJsonDocument::fromJson(sim().requests().constLast().body).object(),
             encode::createHelmBody(request));
    QVERIFY(!idOf(u"payments"_s, request.common.versionName).isEmpty());
}

void TestClient::projects()
{
    Answer<ProjectPage> page;
    client().listProjects(1, 20, this, page.callback());
    WAIT_OK(page);
    QVERIFY(page.value().total >= 3);
    QHash<QString, DeployType> types;
    for (const Project &p : page.value().projects)
        types.insert(p.key, p.deployType);
    QCOMPARE(types.value(u"mall"_s), DeployType::K8s);
    QCOMPARE(types.value(u"payments"_s), DeployType::Helm);
    QCOMPARE(sim().requests().constLast().path, u"/openapi/projects/project"_s);
}

void TestClient::environments()
{
    Answer<QList<Environment>> test;
    client().listEnvironments(u"mall"_s, false, this, test.callback());
    WAIT_OK(test);
    QStringList keys;
    for (const Environment &e : test.value()) {
        keys.append(e.key);
        QVERIFY(!e.production);
        QVERIFY(!e.name.isEmpty()); // envName, camelCase
    }
    QVERIFY(keys.contains(u"dev"_s));
    QVERIFY(!keys.contains(u"prod"_s));

    Answer<QList<Environment>> production;
    client().listEnvironments(u"mall"_s, true, this, production.callback());
    WAIT_OK(production);
    QCOMPARE(sim().requests().constLast().path, u"/openapi/environments/production"_s);
    QCOMPARE(production.value().size(), 1);
    QCOMPARE(production.value().constFirst().key, u"prod"_s);
    QVERIFY(production.value().constFirst().production);

    Answer<EnvironmentDetail> prod;
    client().environmentDetail(u"mall"_s, u"prod"_s, true, this, prod.callback());
    WAIT_OK(prod);
    QCOMPARE(sim().requests().constLast().path, u"/openapi/environments/production/prod"_s);
    QVERIFY(!prod.value().services.isEmpty());
    const Container &c = prod.value().services.constFirst().containers.constFirst();
    QVERIFY(!c.imagePath.tag.isEmpty());
    QVERIFY(c.image.endsWith(u':' + c.imagePath.tag));

    Answer<EnvironmentDetail> unknown;
    client().environmentDetail(u"mall"_s, u"nope"_s, false, this, unknown.callback());
    WAIT_ERROR(unknown, Kind::NotFound);
}

void TestClient::registries()
{
    Answer<QList<Registry>> list;
    client().listRegistries(this, list.callback());
    WAIT_OK(list);
    QCOMPARE(list.value().size(), sim().state().registries().size());
    int defaults = 0;
    for (const Registry &r : list.value())
        defaults += r.isDefault ? 1 : 0;
    QCOMPARE(defaults, 1);
}

void TestClient::webHelpers()
{
    Answer<QList<ChartRepo>> repos;
    client().listChartRepos(u"payments"_s, this, repos.callback());
    WAIT_OK(repos);
    QStringList names;
    for (const ChartRepo &r : repos.value())
        names.append(r.name);
    QVERIFY(names.contains(u"payments-charts"_s));
    QCOMPARE(sim().requests().constLast().query.queryItemValue(u"projectName"_s), u"payments"_s);

    Answer<QList<ChartVersion>> versions;
    client().chartVersions({u"pay-api"_s, u"notify"_s}, u"payments-charts"_s, this,
                           versions.callback());
    WAIT_OK(versions);
    QCOMPARE(versions.value().size(), 2);
    QCOMPARE(versions.value().at(0).chartName, u"pay-api"_s);
    QCOMPARE(versions.value().at(1).chartName, u"notify"_s);
    QCOMPARE(sim().requests().constLast().query.queryItemValue(u"chartName"_s, QUrl::FullyDecoded),
             u"pay-api,notify"_s);

    Answer<NameAvailability> taken;
    client().checkVersionName(u"mall"_s, u"v2.5.1"_s, this, taken.callback());
    WAIT_OK(taken);
    QCOMPARE(taken.value(), NameAvailability::Taken);

    Answer<NameAvailability> free;
    client().checkVersionName(u"mall"_s, u"v-never-used"_s, this, free.callback());
    WAIT_OK(free);
    QCOMPARE(free.value(), NameAvailability::Free);
}

void TestClient::webHelpersMissing()
{
    sim().state().setWebHelpersAvailable(false);
    Answer<QList<ChartRepo>> repos;
    client().listChartRepos(u"payments"_s, this, repos.callback());
    WAIT_FOR(repos);
    QVERIFY(!repos.ok());
    QCOMPARE(repos.error().httpStatus, 404);

    Answer<NameAvailability> check;
    client().checkVersionName(u"mall"_s, u"v2.5.1"_s, this, check.callback());
    WAIT_FOR(check);
    QVERIFY(!check.ok()); // neither Free nor Taken: "not available"
}

void TestClient::errorKinds_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("httpStatus");

    QTest::newRow("wrong token") << u"wrong token"_s << Kind::Unauthorised << 401;
    QTest::newRow("no token") << u"no token"_s << Kind::Unauthorised << 401;
    QTest::newRow("forbidden project") << u"forbidden"_s << Kind::Forbidden << 403;
    QTest::newRow("no licence") << u"licence"_s << Kind::Licence << 400;
    QTest::newRow("unknown version") << u"not found"_s << Kind::NotFound << 500;
    QTest::newRow("server error") << u"server error"_s << Kind::Server << 500;
    QTest::newRow("empty 500") << u"empty 500"_s << Kind::Server << 500;
    QTest::newRow("502 from a proxy") << u"502"_s << Kind::Server << 502;
    QTest::newRow("malformed JSON") << u"malformed"_s << Kind::BadResponse << 200;
    QTest::newRow("truncated JSON") << u"truncated"_s << Kind::BadResponse << 200;
    QTest::newRow("HTML page") << u"html"_s << Kind::BadResponse << 200;
    // Detected as 4.x first; a detail by id alone is then refused without being sent.
    QTest::newRow("Zadig 4.x") << u"generation 4"_s << Kind::UnsupportedServer << 0;
    QTest::newRow("closed port") << u"closed port"_s << Kind::Network << 0;
    QTest::newRow("dropped connection") << u"drop"_s << Kind::Network << 0;
    QTest::newRow("never answers") << u"never"_s << Kind::Timeout << 0;
}

void TestClient::errorKinds()
{
    QFETCH(QString, scenario);
    QFETCH(Kind, kind);
    QFETCH(int, httpStatus);

    bool detail = false; // the detail call, else the list
    QString versionId = idOf(u"mall"_s, u"v2.5.1"_s);
    if (scenario == "wrong token"_L1) {
        client().setToken(u"not-the-token"_s);
    } else if (scenario == "no token"_L1) {
        client().setToken(QString());
    } else if (scenario == "forbidden"_L1) {
        sim().setProjectForbidden(u"mall"_s, true);
    } else if (scenario == "licence"_L1) {
        sim().setLicenceValid(false);
    } else if (scenario == "not found"_L1) {
        detail = true;
        versionId = u"000000000000000000000000"_s;
    } else if (scenario == "server error"_L1) {
        sim().addFault(fault(sim::Fault::Kind::ServerError));
    } else if (scenario == "empty 500"_L1) {
        sim().addFault(fault(sim::Fault::Kind::EmptyServerError));
    } else if (scenario == "502"_L1) {
        sim::Fault f = fault(sim::Fault::Kind::Status);
        f.status = 502;
        f.body = "<html><body>Bad Gateway</body></html>";
        sim().addFault(f);
    } else if (scenario == "malformed"_L1) {
        sim().addFault(fault(sim::Fault::Kind::MalformedJson));
    } else if (scenario == "truncated"_L1) {
        sim().addFault(fault(sim::Fault::Kind::TruncatedJson));
    } else if (scenario == "html"_L1) {
        sim().addFault(fault(sim::Fault::Kind::HtmlPage));
    } else if (scenario == "generation 4"_L1) {
        detail = true;
        sim().state().setApiGeneration(4);
    } else if (scenario == "closed port"_L1) {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        client().setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    } else if (scenario == "drop"_L1) {
        sim().addFault(fault(sim::Fault::Kind::DropConnection));
    } else if (scenario == "never"_L1) {
        sim().addFault(fault(sim::Fault::Kind::NeverAnswer));
        client().setTimeout(300);
    } else {
        QFAIL("unknown scenario");
    }

    if (detail) {
        Answer<VersionDetail> answer;
        client().versionDetail(u"mall"_s, versionId, this, answer.callback());
        WAIT_ERROR(answer, kind);
        QCOMPARE(answer.error().httpStatus, httpStatus);
    } else {
        Answer<VersionPage> answer;
        client().listVersions(u"mall"_s, 1, 20, this, answer.callback());
        WAIT_ERROR(answer, kind);
        QCOMPARE(answer.error().httpStatus, httpStatus);
        if (kind == Kind::Licence) {
            QCOMPARE(answer.error().serverCode, 7050);
            QVERIFY(!answer.error().serverMessage.isEmpty());
            QVERIFY(answer.error().message().contains(answer.error().serverMessage));
        }
        if (scenario == "no token"_L1)
            QVERIFY(sim().requests().constLast().authorization.isEmpty());
    }
    QCOMPARE(client().pendingCount(), 0);
}

void TestClient::tlsFailure()
{
#if QT_CONFIG(ssl)
    if (!QSslSocket::supportsSsl())
        ZADIG_SKIP_MISSING("no TLS backend");
    // A plain HTTP server behind an https URL: it answers the ClientHello with plain text and
    // the handshake fails.
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
    connect(&plain, &QTcpServer::newConnection, this, [&plain] {
        while (QTcpSocket *socket = plain.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                answerAndClose(socket, "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            });
        }
    });
    client().setBaseUrl(QUrl(u"https://127.0.0.1:%1"_s.arg(plain.serverPort())));
    Answer<VersionPage> answer;
    client().listVersions(u"mall"_s, 1, 20, this, answer.callback());
    WAIT_ERROR(answer, Kind::Tls);
#else
    ZADIG_SKIP_MISSING("built without TLS");
#endif
}

void TestClient::staleRequestDropped()
{
    Answer<VersionPage> first;
    Answer<VersionPage> second;
    client().listVersions(u"mall"_s, 1, 5, this, first.callback(), u"versions"_s);
    client().listVersions(u"mall"_s, 2, 5, this, second.callback(), u"versions"_s);
    QCOMPARE(client().pendingCount(), 1);
    WAIT_OK(second);
    // A callback comes only from a call in flight: once none is, the first can never answer.
    QTRY_COMPARE_WITH_TIMEOUT(client().pendingCount(), 0, Patience);
    QCOMPARE(first.calls, 0);
    QCOMPARE(second.calls, 1);
    // Page 2 of the list, not page 1.
    QCOMPARE(sim().requests().constLast().query.queryItemValue(u"pageNum"_s), u"2"_s);
    QCOMPARE(client().pendingCount(), 0);

    // The detail takes a stale key as well.
    Answer<VersionDetail> a;
    Answer<VersionDetail> b;
    client().versionDetail(u"mall"_s, idOf(u"mall"_s, u"v2.5.1"_s), this, a.callback(),
                           u"detail"_s);
    client().versionDetail(u"mall"_s, idOf(u"mall"_s, u"v2.5.2"_s), this, b.callback(),
                           u"detail"_s);
    QCOMPARE(client().pendingCount(), 1);
    WAIT_OK(b);
    QTRY_COMPARE_WITH_TIMEOUT(client().pendingCount(), 0, Patience);
    QCOMPARE(a.calls, 0);
    QCOMPARE(b.value().info.name, u"v2.5.2"_s);
}

void TestClient::differentStaleKeysBothAnswer()
{
    Answer<VersionPage> mall;
    Answer<VersionPage> payments;
    Answer<VersionPage> unkeyed;
    client().listVersions(u"mall"_s, 1, 5, this, mall.callback(), u"mall"_s);
    client().listVersions(u"payments"_s, 1, 5, this, payments.callback(), u"payments"_s);
    client().listVersions(u"mall"_s, 1, 5, this, unkeyed.callback());
    QCOMPARE(client().pendingCount(), 3);
    WAIT_OK(mall);
    WAIT_OK(payments);
    WAIT_OK(unkeyed);
}

// A call waiting for the generation counts as in flight: cancelling it must keep it from going
// out once the generation is known (a caller that freed its slot expects no answer).
void TestClient::cancelledWhileWaitingForTheGeneration()
{
    QCOMPARE(client().generation(), ServerGeneration::Unknown);
    const QString cancelledId = idOf(u"mall"_s, u"v2.5.1"_s);
    const QString keptId = idOf(u"mall"_s, u"v2.5.2"_s);
    Answer<VersionDetail> cancelled;
    Answer<VersionDetail> kept;
    client().versionDetail(u"mall"_s, cancelledId, this, cancelled.callback(), u"row"_s);
    client().versionDetail(u"mall"_s, keptId, this, kept.callback());
    QCOMPARE(client().pendingCount(), 2);
    client().cancel(u"row"_s);
    QCOMPARE(client().pendingCount(), 1);
    WAIT_OK(kept);
    QTRY_COMPARE_WITH_TIMEOUT(client().pendingCount(), 0, Patience);
    QCOMPARE(cancelled.calls, 0);
    QCOMPARE(sim().requestCount(u"/openapi/delivery/releases/"_s + keptId), 1);
    QCOMPARE(sim().requestCount(u"/openapi/delivery/releases/"_s + cancelledId), 0);
}

void TestClient::context_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<int>("calls");
    QTest::newRow("destroyed before the answer") << u"destroyed"_s << 0;
    QTest::newRow("alive") << u"alive"_s << 1;
    QTest::newRow("nullptr: always called") << u"null"_s << 1;
}

void TestClient::context()
{
    QFETCH(QString, context);
    QFETCH(int, calls);
    sim::Fault slow = fault(sim::Fault::Kind::Delay);
    slow.delayMs = 300;
    sim().addFault(slow);

    auto owner = std::make_unique<QObject>();
    Answer<VersionPage> answer;
    client().listVersions(u"mall"_s, 1, 5, context == "null"_L1 ? nullptr : owner.get(),
                          answer.callback());
    if (context == "destroyed"_L1)
        owner.reset();
    // The callback, when there is one, runs as the call leaves the pending ones.
    QTRY_COMPARE_WITH_TIMEOUT(client().pendingCount(), 0, Patience);
    QCOMPARE(answer.calls, calls);
}

void TestClient::abortAll()
{
    sim::Fault slow = fault(sim::Fault::Kind::Delay);
    slow.delayMs = 300;
    sim().addFault(slow);
    Answer<VersionPage> list;
    Answer<VersionDetail> detail;
    client().listVersions(u"mall"_s, 1, 5, this, list.callback());
    client().versionDetail(u"mall"_s, idOf(u"mall"_s, u"v2.5.1"_s), this, detail.callback());
    QSignalSpy spy(&client(), &ZadigClient::pendingCountChanged);
    client().abortAll();
    QCOMPARE(client().pendingCount(), 0);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.constLast().constFirst().toInt(), 0);

    // The client still works afterwards. Its answer is delayed like the aborted ones and was
    // asked for after them: they would have come first.
    Answer<VersionPage> after;
    client().listVersions(u"mall"_s, 1, 5, this, after.callback());
    WAIT_OK(after);
    QCOMPARE(list.calls, 0);
    QCOMPARE(detail.calls, 0);
}

void TestClient::destructorAbortsSilently()
{
    // A server that reads the request and never answers: it sees the connection close when the
    // request is aborted.
    RawServer silent([](QTcpSocket *, const QByteArray &) {});
    client().setBaseUrl(silent.url());
    Answer<VersionPage> answer;
    client().listVersions(u"mall"_s, 1, 5, nullptr, answer.callback());
    QCOMPARE(client().pendingCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(silent.heads.size(), 1, Patience);
    m_client.reset();
    QCOMPARE(answer.calls, 0);
    QTRY_COMPARE_WITH_TIMEOUT(silent.openServedConnections(), 0, Patience);
    QCOMPARE(answer.calls, 0);
}

void TestClient::pendingCountChanged()
{
    QSignalSpy spy(&client(), &ZadigClient::pendingCountChanged);
    Answer<VersionPage> a;
    Answer<QList<Registry>> b;
    client().listVersions(u"mall"_s, 1, 5, this, a.callback());
    client().listRegistries(this, b.callback());
    QCOMPARE(client().pendingCount(), 2);
    WAIT_OK(a);
    WAIT_OK(b);
    QList<int> counts;
    for (const QList<QVariant> &args : std::as_const(spy))
        counts.append(args.constFirst().toInt());
    QCOMPARE(counts, (QList<int>{1, 2, 1, 0}));
}

void TestClient::headersOnTheWire()
{
    RawServer raw([](QTcpSocket *socket, const QByteArray &) {
        answerAndClose(socket, httpAnswer(200, "OK", R"({"message":"success"})"));
    });
    // A base URL with a path prefix, as behind a reverse proxy.
    client().setBaseUrl(raw.url(u"/zadig/"_s));
    // This server answers success to everything, which no generation probe accepts.
    client().setGeneration(ServerGeneration::Zadig3);

    Answer<Done> deleted;
    client().deleteVersion(u"mall"_s, u"66287b110b8b8a631910f5ae"_s, this, deleted.callback());
    WAIT_OK(deleted);
    CreateK8sVersionRequest request;
    request.common.projectKey = u"mall"_s;
    Answer<Done> created;
    client().createK8sVersion(request, this, created.callback());
    WAIT_OK(created);

    QCOMPARE(raw.heads.size(), 2);
    const QByteArray del = raw.heads.at(0);
    QVERIFY2(del.startsWith("DELETE /zadig/openapi/delivery/releases/66287b110b8b8a631910f5ae"
                            "?projectKey=mall HTTP/1.1\r\n"),
             del.constData());
    const QByteArray post = raw.heads.at(1);
    QVERIFY2(post.startsWith("POST /zadig/openapi/delivery/releases/k8s HTTP/1.1\r\n"),
             post.constData());
    for (const QByteArray &head : raw.heads) {
        QCOMPARE(header(head, "Authorization"), "Bearer " + Token.toUtf8());
        QCOMPARE(header(head, "Accept"), "application/json"_ba);
        const QByteArray agent = header(head, "User-Agent");
        QVERIFY2(agent.startsWith("ZadigDesk/" ZADIG_VERSION_STRING " (Qt "), agent.constData());
        QVERIFY2(agent.contains(qVersion()), agent.constData());
    }
    QCOMPARE(header(post, "Content-Type"), "application/json"_ba);

    // And the simulator saw the same token.
    Answer<VersionPage> list;
    client().setBaseUrl(sim().url());
    client().listVersions(u"mall"_s, 1, 5, this, list.callback());
    WAIT_OK(list);
    QCOMPARE(sim().requests().constLast().authorization, "Bearer " + Token.toUtf8());
}

void TestClient::queryAndPathEncoding()
{
    const QString tricky = u"a+b&c=d é/?#%"_s;
    Answer<VersionPage> list;
    client().listVersions(tricky, 1, 5, this, list.callback());
    WAIT_FOR(list);
    sim::RecordedRequest request = sim().requests().constLast();
    QCOMPARE(request.query.queryItemValue(u"projectKey"_s, QUrl::FullyDecoded), tricky);
    QCOMPARE(request.query.queryItemValue(u"pageSize"_s), u"5"_s);

    // An id cannot add a query of its own.
    Answer<VersionDetail> detail;
    client().versionDetail(u"mall"_s, u"abc?projectKey=evil#frag"_s, this, detail.callback());
    WAIT_FOR(detail);
    request = sim().requests().constLast();
    QCOMPARE(request.query.allQueryItemValues(u"projectKey"_s), QStringList{u"mall"_s});
    QCOMPARE(request.path, u"/openapi/delivery/releases/abc?projectKey=evil#frag"_s);
}

void TestClient::redirectToAnotherOriginRefused()
{
    RawServer other([](QTcpSocket *socket, const QByteArray &) {
        answerAndClose(socket, httpAnswer(200, "OK", R"({"list":[],"total":0})"));
    });
    const QUrl target =
        other.url(u"/openapi/delivery/releases?projectKey=mall&pageNum=1&pageSize=5"_s);
    RawServer first([target](QTcpSocket *socket, const QByteArray &) {
        answerAndClose(socket, httpAnswer(302, "Found", QByteArray(),
                                          "Location: " + target.toEncoded() + "\r\n"));
    });
    client().setBaseUrl(first.url());
    Answer<VersionPage> answer;
    client().listVersions(u"mall"_s, 1, 5, this, answer.callback());
    WAIT_FOR(answer);
    QVERIFY2(!answer.ok(), "the redirect was followed");
    QCOMPARE(answer.error().kind, Kind::Server);
    QVERIFY2(answer.error().detail.contains("redirect"_L1), qPrintable(answer.error().detail));
    QVERIFY(!answer.error().detail.contains(Token));
    QCOMPARE(first.heads.size(), 1);
    // The refusal aborts inside Qt's redirected signal, before anything could go out: nothing
    // is in flight any more.
    QCOMPARE(client().pendingCount(), 0);
    QCOMPARE(other.connections, 0);
    QVERIFY(!other.received.contains(Token.toUtf8()));
}

void TestClient::redirectWithinOriginFollowed()
{
    RawServer raw([](QTcpSocket *socket, const QByteArray &head) {
        if (!head.contains("moved=1")) {
            answerAndClose(socket,
                           httpAnswer(301, "Moved Permanently", QByteArray(),
                                      "Location: /openapi/delivery/releases?projectKey=mall&"
                                      "pageNum=1&pageSize=5&moved=1\r\n"));
        } else {
            answerAndClose(socket, httpAnswer(200, "OK", R"({"list":[{"id":"x"}],"total":1})"));
        }
    });
    client().setBaseUrl(raw.url());
    Answer<VersionPage> answer;
    client().listVersions(u"mall"_s, 1, 5, this, answer.callback());
    WAIT_OK(answer);
    QCOMPARE(answer.value().total, 1);
    QCOMPARE(raw.heads.size(), 2);
    QCOMPARE(header(raw.heads.at(1), "Authorization"), "Bearer " + Token.toUtf8());
}

void TestClient::bodyCap_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::newRow("Content-Length above the cap (simulator)") << false;
    QTest::newRow("chunked, no length (raw server)") << true;
}

void TestClient::bodyCap()
{
    QFETCH(bool, chunked);
    client().setMaxBodySize(4096);
    const QByteArray big = R"({"list":[],"total":0,"pad":")" + QByteArray(20000, 'x') + R"("})";
    std::unique_ptr<RawServer> raw;
    if (chunked) {
        raw = std::make_unique<RawServer>([big](QTcpSocket *socket, const QByteArray &) {
            QByteArray bytes = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                               "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
            for (qsizetype at = 0; at < big.size(); at += 1000) {
                const QByteArray piece = big.mid(at, 1000);
                bytes += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
            }
            answerAndClose(socket, bytes + "0\r\n\r\n");
        });
        client().setBaseUrl(raw->url());
    } else {
        sim::Fault f = fault(sim::Fault::Kind::Status);
        f.status = 200;
        f.body = big;
        sim().addFault(f);
    }
    Answer<VersionPage> answer;
    client().listVersions(u"mall"_s, 1, 5, this, answer.callback());
    WAIT_ERROR(answer, Kind::BadResponse);
    QVERIFY2(answer.error().detail.contains("too large"_L1), qPrintable(answer.error().detail));

    // Under the cap the same client reads it.
    client().setMaxBodySize(1 << 20);
    if (!chunked)
        sim().addFault([&] {
            sim::Fault f = fault(sim::Fault::Kind::Status);
            f.status = 200;
            f.body = big;
            return f;
        }());
    Answer<VersionPage> fits;
    client().listVersions(u"mall"_s, 1, 5, this, fits.callback());
    WAIT_OK(fits);
}

void TestClient::tricklingServerHitsDeadline()
{
    // Headers, then a byte every 50 ms: the inactivity timeout (2 s, forty gaps, so that only a
    // stall of seconds could let it fire) never does, the deadline (twice it) ends the call.
    RawServer raw([](QTcpSocket *socket, const QByteArray &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Content-Length: 100000\r\n\r\n{\"list\":[");
        auto *drip = new QTimer(socket);
        QObject::connect(drip, &QTimer::timeout, socket, [socket] { socket->write(" "); });
        drip->start(50);
    });
    client().setBaseUrl(raw.url());
    client().setTimeout(2'000);
    Answer<VersionPage> answer;
    client().listVersions(u"mall"_s, 1, 5, this, answer.callback());
    WAIT_ERROR(answer, Kind::Timeout);
    QVERIFY2(answer.error().detail.contains("deadline"_L1), qPrintable(answer.error().detail));
}

void TestClient::tokenNeverLogged()
{
    capturedLogs.clear();
    previousHandler = qInstallMessageHandler(captureLog);
    previousFilter = QLoggingCategory::installFilter(enableApiLogs);
    auto restore = qScopeGuard([] {
        qInstallMessageHandler(previousHandler);
        QLoggingCategory::installFilter(previousFilter);
    });

    Answer<VersionPage> ok;
    client().listVersions(u"mall"_s, 1, 5, this, ok.callback());
    WAIT_OK(ok);
    sim().setToken(u"another"_s);
    Answer<VersionPage> rejected;
    client().listVersions(u"mall"_s, 1, 5, this, rejected.callback());
    WAIT_ERROR(rejected, Kind::Unauthorised);

    const QStringList apiLogs = capturedLogs.filter(u"zadig.api: "_s);
    QVERIFY2(apiLogs.size() >= 2, qPrintable(capturedLogs.join(u'\n')));
    QVERIFY(apiLogs.join(u'\n').contains(u"/openapi/delivery/releases"_s));
    for (const QString &line : std::as_const(capturedLogs)) {
        QVERIFY2(!line.contains(Token), qPrintable(line));
        QVERIFY2(!line.contains("Bearer"_L1), qPrintable(line));
    }
}

void TestClient::tokenEchoedByServerRedacted()
{
    // A proxy error page that prints the request it got, headers included.
    RawServer echo([](QTcpSocket *socket, const QByteArray &head) {
        answerAndClose(socket, "HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\n"
                               "Connection: close\r\nContent-Length: " +
                                   QByteArray::number(head.size()) + "\r\n\r\n" + head);
    });
    client().setBaseUrl(echo.url());
    Answer<VersionPage> answer;
    client().listVersions(u"mall"_s, 1, 5, this, answer.callback());
    WAIT_ERROR(answer, Kind::Server);
    QVERIFY2(echo.heads.constFirst().contains(Token.toUtf8()), "the token was not sent");
    QVERIFY2(answer.error().detail.contains("[token]"_L1), qPrintable(answer.error().detail));
    QVERIFY(!answer.error().message().contains(Token));
    QVERIFY(!answer.error().detail.contains(Token));
}

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
