// The simulator over real HTTP on 127.0.0.1, with a plain QNetworkAccessManager: every quirk of
// zadig-server-behaviour.md that clients and GUI tests rely on, the lifecycle, the switches,
// fault injection and the seeds.
#include "jsonshape.h"
#include "semvercases.h"
#include "simulator.h"
#include "simutil.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using zadig::sim::Fault;
using zadig::sim::SimState;
using zadig::sim::Simulator;

namespace {

const QString Token = u"test-token-1234"_s;
const QString RegRelease = u"66f1a2b3c4d5e6f7a8b9c003"_s;
const QString RegAliyun = u"66f1a2b3c4d5e6f7a8b9c004"_s;
const QString UnknownRegistry = u"ffffffffffffffffffffffff"_s;

struct Answer
{
    int status = 0; // 0: no HTTP answer at all
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    bool isJson() const
    {
        QJsonParseError e;
        QJsonDocument::fromJson(body, &e);
        return e.error == QJsonParseError::NoError;
    }
};

struct ImageSpec
{
    QString service;
    QString container;
    QString imageName;
    QString tag;
    bool disableDist = false;
};

QJsonObject k8sBody(const QString &name, const QList<ImageSpec> &images,
                    const QString &registryId = RegRelease, const QString &env = u"qa"_s,
                    bool production = false)
{
    QJsonArray yamlDatas;
    for (const ImageSpec &spec : images) {
        QJsonObject image{{u"container_name"_s, spec.container},
                          {u"image_name"_s, spec.imageName},
                          {u"image_tag"_s, spec.tag}};
        if (spec.disableDist)
            image.insert(u"disable_image_dist"_s, true);
        yamlDatas.append(
            QJsonObject{{u"service_name"_s, spec.service}, {u"image_datas"_s, QJsonArray{image}}});
    }
    return {{u"project_key"_s, u"mall"_s},
            {u"version_name"_s, name},
            {u"retry"_s, false},
            {u"env_name"_s, env},
            {u"production"_s, production},
            {u"desc"_s, u"测试版本"_s},
            {u"labels"_s, QJsonArray{u"test"_s}},
            {u"image_registry_id"_s, registryId},
            {u"yaml_datas"_s, yamlDatas}};
}

QList<ImageSpec> twoImages(const QString &tag = u"20241201-1-main"_s)
{
    return {{u"cart"_s, u"cart"_s, u"cart"_s, tag}, {u"user"_s, u"user"_s, u"user"_s, tag}};
}

QJsonObject helmBody(const QString &name, const QString &chartVersion = u"2.5.0"_s,
                     const QString &registryId = RegAliyun,
                     const QString &repo = u"payments-charts"_s)
{
    const QJsonArray charts{
        QJsonObject{{u"service_name"_s, u"pay-api"_s},
                    {u"version"_s, chartVersion},
                    {u"image_datas"_s, QJsonArray{QJsonObject{{u"image_name"_s, u"pay-api"_s},
                                                              {u"image_tag"_s, u"2.5.0"_s}}}}},
        QJsonObject{{u"service_name"_s, u"risk-engine"_s},
                    {u"version"_s, chartVersion},
                    {u"image_datas"_s, QJsonArray{QJsonObject{{u"image_name"_s, u"risk-engine"_s},
                                                              {u"image_tag"_s, u"2.5.0"_s}},
                                                  QJsonObject{{u"image_name"_s, u"risk-model"_s},
                                                              {u"image_tag"_s, u"2.5.0"_s}}}}}};
    return {{u"project_key"_s, u"payments"_s},
            {u"version_name"_s, name},
            {u"retry"_s, false},
            {u"env_name"_s, u"qa"_s},
            {u"production"_s, false},
            {u"desc"_s, QString()},
            {u"labels"_s, QJsonArray()},
            {u"image_registry_id"_s, registryId},
            {u"chart_repo_name"_s, repo},
            {u"chart_datas"_s, charts}};
}

QJsonObject retryBody(const QString &project, const QString &name, const QString &env = u"qa"_s,
                      bool production = false)
{
    return {{u"project_key"_s, project},
            {u"version_name"_s, name},
            {u"retry"_s, true},
            {u"env_name"_s, env},
            {u"production"_s, production}};
}

QString query(const QList<std::pair<QString, QString>> &items)
{
    QUrlQuery q;
    for (const auto &[key, value] : items)
        q.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    return q.toString(QUrl::FullyEncoded);
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;

    Answer call(const QByteArray &verb, const QString &pathAndQuery,
                const QByteArray &body = QByteArray(), const QByteArray &authorization = "default",
                int timeoutMs = 60'000)
    {
        QNetworkRequest request(m_sim->url().resolved(QUrl(pathAndQuery)));
        request.setTransferTimeout(timeoutMs);
        if (authorization == "default")
            request.setRawHeader("Authorization", "Bearer " + Token.toUtf8());
        else if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = m_nam->sendCustomRequest(request, verb, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.error = reply->error();
        answer.body = reply->readAll();
        answer.contentType = reply->rawHeader("Content-Type");
        reply->deleteLater();
        return answer;
    }
    Answer get(const QString &pathAndQuery) { return call("GET", pathAndQuery); }
    Answer post(const QString &path, const QJsonObject &body)
    {
        return call("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    Answer list(const QString &project, int pageNum = 1, int pageSize = 1000)
    {
        return get(u"/openapi/delivery/releases?"_s +
                   query({{u"projectKey"_s, project},
                          {u"pageNum"_s, QString::number(pageNum)},
                          {u"pageSize"_s, QString::number(pageSize)}}));
    }
    Answer detail(const QString &project, const QString &id)
    {
        return get(u"/openapi/delivery/releases/"_s + id + u"?projectKey="_s + project);
    }
    QString idOf(const QString &project, const QString &name)
    {
        return m_sim->state().versionIdByName(project, name);
    }
    QJsonObject versionInfo(const QString &project, const QString &name)
    {
        return detail(project, idOf(project, name)).object().value("version_info"_L1).toObject();
    }
    QJsonObject listed(const QString &project, const QString &name)
    {
        const QJsonArray items = list(project).object().value("list"_L1).toArray();
        for (const QJsonValue &item : items) {
            if (item["version_name"_L1].toString() == name)
                return item.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<Simulator>();
        QVERIFY(m_sim->loadSeed(u"demo"_s));
        m_sim->setToken(Token);
        m_sim->setHelmCreateDelayMs(20);
        QVERIFY(m_sim->listen());
        QVERIFY(m_sim->port() != 0);
        QCOMPARE(m_sim->url().host(), u"127.0.0.1"_s);
        m_nam = std::make_unique<QNetworkAccessManager>();
    }

    void cleanup()
    {
        m_nam.reset();
        m_sim.reset();
    }

    // --- list ---------------------------------------------------------------------------

    void listPagination_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QString>("pageNum"); // "-" leaves the parameter out
        QTest::addColumn<QString>("pageSize");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("firstName");

        QTest::newRow("page 1") << u"demo"_s << u"1"_s << u"10"_s << 200 << 10 << u"v2.6.0-rc1"_s;
        QTest::newRow("last page") << u"demo"_s << u"2"_s << u"10"_s << 200 << 8 << u"v2.2.1"_s;
        QTest::newRow("past the end") << u"demo"_s << u"3"_s << u"10"_s << 200 << 0 << QString();
        QTest::newRow("far past the end") << u"demo"_s << u"9223372036854775807"_s
                                          << u"9223372036854775807"_s << 200 << 0 << QString();
        QTest::newRow("huge pageSize")
            << u"demo"_s << u"1"_s << u"1000000"_s << 200 << 18 << u"v2.6.0-rc1"_s;
        QTest::newRow("pageNum 0") << u"demo"_s << u"0"_s << u"10"_s << 400 << 0 << QString();
        QTest::newRow("pageSize 0") << u"demo"_s << u"1"_s << u"0"_s << 400 << 0 << QString();
        QTest::newRow("pageNum missing") << u"demo"_s << u"-"_s << u"10"_s << 400 << 0 << QString();
        QTest::newRow("pageSize missing") << u"demo"_s << u"1"_s << u"-"_s << 400 << 0 << QString();
        QTest::newRow("pageNum not a number")
            << u"demo"_s << u"one"_s << u"10"_s << 400 << 0 << QString();
        QTest::newRow("negative pageNum is 1")
            << u"demo"_s << u"-4"_s << u"5"_s << 200 << 5 << u"v2.6.0-rc1"_s;
        QTest::newRow("negative pageSize is 20")
            << u"large:45"_s << u"2"_s << u"-1"_s << 200 << 20 << u"release-000025"_s;
        QTest::newRow("large: page 1")
            << u"large:100000"_s << u"1"_s << u"50"_s << 200 << 50 << u"release-100000"_s;
        QTest::newRow("large: last page")
            << u"large:100000"_s << u"2000"_s << u"50"_s << 200 << 50 << u"release-000050"_s;
    }

    void listPagination()
    {
        QFETCH(QString, seed);
        QFETCH(QString, pageNum);
        QFETCH(QString, pageSize);
        QFETCH(int, status);
        QFETCH(int, count);
        QFETCH(QString, firstName);

        QVERIFY(m_sim->loadSeed(seed));
        QList<std::pair<QString, QString>> items{{u"projectKey"_s, u"mall"_s}};
        if (pageNum != "-"_L1)
            items.append({u"pageNum"_s, pageNum});
        if (pageSize != "-"_L1)
            items.append({u"pageSize"_s, pageSize});
        const Answer a = get(u"/openapi/delivery/releases?"_s + query(items));
        QCOMPARE(a.status, status);
        QVERIFY(a.contentType.startsWith("application/json"));
        const QJsonObject body = a.object();
        if (status == 400) {
            QCOMPARE(body["type"_L1].toString(), u"error"_s);
            QCOMPARE(body["code"_L1].toInt(), 400);
            QVERIFY(!body["description"_L1].toString().isEmpty());
            QVERIFY(body["extra"_L1].isObject());
            return;
        }
        const QJsonArray versions = body["list"_L1].toArray();
        QVERIFY(body["list"_L1].isArray()); // [] past the end, never null
        QCOMPARE(versions.size(), count);
        QCOMPARE(body["total"_L1].toInt(), m_sim->state().versionCount(u"mall"_s));
        if (count > 0)
            QCOMPARE(versions.first()["version_name"_L1].toString(), firstName);
    }

    void listNewestFirst()
    {
        // A new version goes first even though its name sorts anywhere.
        QCOMPARE(
            post(u"/openapi/delivery/releases/k8s"_s, k8sBody(u"aaa-newest"_s, twoImages())).status,
            200);
        for (const QString &project : {u"mall"_s, u"payments"_s}) {
            const QJsonArray versions = list(project).object()["list"_L1].toArray();
            QVERIFY(versions.size() >= 12);
            for (qsizetype i = 1; i < versions.size(); ++i) {
                QVERIFY2(versions[i - 1]["create_time"_L1].toInteger() >=
                             versions[i]["create_time"_L1].toInteger(),
                         qPrintable(versions[i]["version_name"_L1].toString()));
            }
        }
        const QJsonArray mall = list(u"mall"_s).object()["list"_L1].toArray();
        QCOMPARE(mall.first()["version_name"_L1].toString(), u"aaa-newest"_s);
    }

    void listQuirks()
    {
        const QJsonArray versions = list(u"mall"_s).object()["list"_L1].toArray();
        QCOMPARE(versions.size(), 18);
        for (const QJsonValue &v : versions) {
            const QJsonObject o = v.toObject();
            QVERIFY(o["labels"_L1].isArray());
            QVERIFY(o["labels"_L1].toArray().isEmpty());
            QVERIFY(o.contains("progress"_L1));
            QVERIFY(o["progress"_L1].isNull());
            QVERIFY(o["create_time"_L1].toInteger() > 1700000000);
            QVERIFY(!o.contains("created_time"_L1));
            QCOMPARE(o["id"_L1].toString().size(), 24);
        }
        // The detail of the same version has its labels.
        const QJsonObject info = versionInfo(u"mall"_s, u"双十一大促版本"_s);
        QCOMPARE(info["labels"_L1].toArray(), (QJsonArray{u"大促"_s, u"production"_s}));
    }

    void listUnknownProject()
    {
        const Answer a = list(u"no-such-project"_s);
        QCOMPARE(a.status, 500);
        QCOMPARE(a.object()["message"_L1].toString(), u"Internal Error: "_s);
        QVERIFY(a.object()["description"_L1].toString().contains("no-such-project"_L1));
    }

    // --- detail -------------------------------------------------------------------------

    void detailK8s()
    {
        const QString id = idOf(u"mall"_s, u"双十一大促版本"_s);
        const Answer a = detail(u"mall"_s, id);
        QCOMPARE(a.status, 200);
        const QJsonObject body = a.object();
        const QJsonObject info = body["version_info"_L1].toObject();
        QCOMPARE(info["id"_L1].toString(), id);
        QCOMPARE(info["type"_L1].toString(), u"K8SYaml"_s);
        QCOMPARE(info["status"_L1].toString(), u"success"_s);
        QCOMPARE(info["description"_L1].toString(),
                 u"双十一大促全量发布：购物车与订单性能优化，网关限流"_s);
        const QJsonObject progress = info["progress"_L1].toObject();
        QCOMPARE(progress["success_count"_L1].toInt(), 5);
        QCOMPARE(progress["total_count"_L1].toInt(), 5);
        QCOMPARE(progress["upload_status"_L1].toString(), u"success"_s);
        QCOMPARE(progress["error"_L1].toString(), QString());
        QVERIFY(body["distribute_infos"_L1].isArray());
        QVERIFY(body["distribute_infos"_L1].toArray().isEmpty());
        const QJsonArray deploys = body["deploy_infos"_L1].toArray();
        QCOMPARE(deploys.size(), 5);
        const QJsonObject order = deploys[1].toObject();
        QCOMPARE(order["service_name"_L1].toString(), u"order"_s);
        QCOMPARE(order["service_module"_L1].toString(), u"order"_s);
        QCOMPARE(order["image_name"_L1].toString(), u"order"_s);
        QVERIFY(
            order["image"_L1].toString().startsWith("ccr.ccs.tencentyun.com/release/order:"_L1));
        QCOMPARE(order["registry_id"_L1].toString(), RegRelease);
        QCOMPARE(order["create_time"_L1].toInteger(), info["create_time"_L1].toInteger());
        QCOMPARE(order["id"_L1].toString().size(), 24);
        QCOMPARE(deploys[2]["service_module"_L1].toString(), u"order-migrate"_s);
    }

    void detailHelm()
    {
        const Answer a = detail(u"payments"_s, idOf(u"payments"_s, u"pay-2.3.0"_s));
        QCOMPARE(a.status, 200);
        const QJsonObject body = a.object();
        QCOMPARE(body["version_info"_L1]["type"_L1].toString(), u"HelmChart"_s);
        QVERIFY(body["deploy_infos"_L1].isArray());
        QVERIFY(body["deploy_infos"_L1].toArray().isEmpty());
        const QJsonArray charts = body["distribute_infos"_L1].toArray();
        QCOMPARE(charts.size(), 3);
        QSet<QString> ids;
        for (const QJsonValue &chart : charts) {
            QCOMPARE(chart["distribute_type"_L1].toString(), u"chart"_s);
            QCOMPARE(chart["chart_repo_name"_L1].toString(), u"payments-charts"_s);
            QCOMPARE(chart["chart_version"_L1].toString(), u"2.3.0"_s);
            QCOMPARE(chart["chart_name"_L1].toString(), chart["service_name"_L1].toString());
            QCOMPARE(chart["image"_L1].toString(), QString());
            ids.insert(chart["id"_L1].toString());
            const QJsonArray images = chart["sub_distributes"_L1].toArray();
            QVERIFY(!images.isEmpty());
            for (const QJsonValue &image : images) {
                QCOMPARE(image["distribute_type"_L1].toString(), u"image"_s);
                QCOMPARE(image["chart_name"_L1].toString(), QString());
                QCOMPARE(image["namespace"_L1].toString(), u"delivery"_s);
                QVERIFY(image["image"_L1].toString().endsWith(":2.3.0"_L1));
                QVERIFY(image["sub_distributes"_L1].isArray());
                QVERIFY(image["sub_distributes"_L1].toArray().isEmpty());
                ids.insert(image["id"_L1].toString());
            }
        }
        QCOMPARE(charts[2]["sub_distributes"_L1].toArray().size(), 2); // risk-engine + risk-model
        QCOMPARE(ids.size(), 7); // every deliverable has its own id
    }

    void projectKeyRequired_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::newRow("detail") << "GET"_ba;
        QTest::newRow("delete") << "DELETE"_ba;
    }

    void projectKeyRequired()
    {
        QFETCH(QByteArray, verb);
        const QString id = idOf(u"mall"_s, u"v2.5.0"_s);
        const Answer a = call(verb, u"/openapi/delivery/releases/"_s + id);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.object()["type"_L1].toString(), u"error"_s);
        QCOMPARE(m_sim->state().versionCount(u"mall"_s), 18); // nothing deleted
    }

    void detailNotFound_data()
    {
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("id");
        QTest::newRow("unknown id") << u"mall"_s << u"0123456789abcdef01234567"_s;
        QTest::newRow("other project's id") << u"payments"_s << QString();
    }

    void detailNotFound()
    {
        QFETCH(QString, project);
        QFETCH(QString, id);
        if (id.isEmpty())
            id = idOf(u"mall"_s, u"v2.5.0"_s);
        const Answer a = detail(project, id);
        QCOMPARE(a.status, 500);
        const QJsonObject body = a.object();
        QCOMPARE(body["message"_L1].toString(), u"Internal Error: "_s);
        QCOMPARE(body["code"_L1].toInt(), 500);
        QCOMPARE(body["description"_L1].toString(),
                 u"failed to get delivery version, ID: "_s + id +
                     u", error: 查询交付中心版本失败: mongo: no documents in result"_s);
    }

    void detailLegacyIsEmpty500()
    {
        const QJsonObject legacy = listed(u"mall"_s, u"workflow-release-0825"_s);
        QCOMPARE(legacy["type"_L1].toString(), QString());
        const Answer a = detail(u"mall"_s, legacy["id"_L1].toString());
        QCOMPARE(a.status, 500);
        QVERIFY(a.body.isEmpty());

        // Any type the client does not know behaves the same.
        zadig::sim::SimVersion v;
        v.projectKey = u"mall"_s;
        v.name = u"from-a-workflow"_s;
        v.type = u"Workflow"_s;
        v.status = u"success"_s;
        v.createTime = 1700000000;
        const QString id = m_sim->state().insertVersion(v);
        const Answer b = detail(u"mall"_s, id);
        QCOMPARE(b.status, 500);
        QVERIFY(b.body.isEmpty());
    }

    // --- auth, permission, licence -----------------------------------------------------

    void unauthorised_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("path");
        const QString listPath =
            u"/openapi/delivery/releases?projectKey=mall&pageNum=1&pageSize=5"_s;
        QTest::newRow("no header") << QByteArray() << listPath;
        QTest::newRow("wrong token") << "Bearer not-the-token"_ba << listPath;
        QTest::newRow("empty bearer") << "Bearer "_ba << listPath;
        QTest::newRow("basic scheme") << "Basic dGVzdDp0ZXN0"_ba << listPath;
        QTest::newRow("token prefix") << ("Bearer " + Token.left(5).toUtf8()) << listPath;
        QTest::newRow("registry picker") << QByteArray() << u"/openapi/system/registry"_s;
        QTest::newRow("unknown path") << QByteArray() << u"/openapi/nothing"_s;
    }

    void unauthorised()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QString, path);
        const Answer a = call("GET", path, QByteArray(), authorization); // empty: no header
        QCOMPARE(a.status, 401);
        QVERIFY(a.body.isEmpty());
    }

    void forbidden()
    {
        m_sim->setProjectForbidden(u"mall"_s, true);
        const Answer a = list(u"mall"_s);
        QCOMPARE(a.status, 403);
        QVERIFY(a.body.isEmpty());
        const Answer d = detail(u"mall"_s, idOf(u"mall"_s, u"v2.5.0"_s));
        QCOMPARE(d.status, 403);
        QVERIFY(d.body.isEmpty());
        const Answer c =
            post(u"/openapi/delivery/releases/k8s"_s, k8sBody(u"blocked"_s, twoImages()));
        QCOMPARE(c.status, 403);
        QVERIFY(c.body.isEmpty());
        QVERIFY(idOf(u"mall"_s, u"blocked"_s).isEmpty());
        QCOMPARE(get(u"/openapi/environments?projectKey=mall"_s).status, 403);
        // Other projects are not affected, and the switch goes back.
        QCOMPARE(list(u"payments"_s).status, 200);
        m_sim->setProjectForbidden(u"mall"_s, false);
        QCOMPARE(list(u"mall"_s).status, 200);
    }

    void licence_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("delivery");
        QTest::newRow("list")
            << "GET"_ba << u"/openapi/delivery/releases?projectKey=mall&pageNum=1&pageSize=5"_s
            << true;
        QTest::newRow("detail") << "GET"_ba << u"/openapi/delivery/releases/x?projectKey=mall"_s
                                << true;
        QTest::newRow("create") << "POST"_ba << u"/openapi/delivery/releases/k8s"_s << true;
        QTest::newRow("delete")
            << "DELETE"_ba
            << u"/openapi/delivery/releases/0123456789abcdef01234567?projectKey=mall"_s << true;
        QTest::newRow("registries") << "GET"_ba << u"/openapi/system/registry"_s << false;
    }

    void licence()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(bool, delivery);
        m_sim->setLicenceValid(false);
        const QByteArray body =
            verb == "POST" ? QJsonDocument(k8sBody(u"x"_s, twoImages())).toJson() : QByteArray();
        const Answer a = call(verb, path, body);
        if (!delivery) {
            QCOMPARE(a.status, 200);
            return;
        }
        QCOMPARE(a.status, 400);
        const QJsonObject o = a.object();
        QCOMPARE(o["type"_L1].toString(), u"error"_s);
        QCOMPARE(o["code"_L1].toInt(), 7050);
        QCOMPARE(o["message"_L1].toString(), u"用户许可证不可用，请检查许可证后重试"_s);
        QCOMPARE(o["description"_L1].toString(), QString());
        QVERIFY(o["extra"_L1].isObject());
        QCOMPARE(m_sim->state().versionCount(u"mall"_s), 18);
    }

    // --- create and lifecycle ----------------------------------------------------------

    void createK8sProgressStepByStep()
    {
        m_sim->setSpeed(0); // only advance() moves the clock
        const Answer a =
            post(u"/openapi/delivery/releases/k8s"_s, k8sBody(u"v3.0.0"_s, twoImages()));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.object(), (QJsonObject{{u"message"_s, u"success"_s}}));
        QCOMPARE(list(u"mall"_s, 1, 1).object()["list"_L1][0]["version_name"_L1].toString(),
                 u"v3.0.0"_s);

        struct Step
        {
            qint64 advanceMs;
            QString status;
            int success;
            int total;
            QString upload;
        };
        const QList<Step> steps{
            {0, u"creating"_s, 0, 0, u"waiting"_s},
            {SimState::JobStartDelayMs, u"creating"_s, 0, 2, u"uploading"_s},
            {SimState::ImageCopyMs, u"creating"_s, 1, 2, u"uploading"_s},
            {SimState::ImageCopyMs, u"success"_s, 2, 2, u"success"_s},
            {60'000, u"success"_s, 2, 2, u"success"_s},
        };
        for (const Step &step : steps) {
            m_sim->state().advance(step.advanceMs);
            const QJsonObject body = detail(u"mall"_s, idOf(u"mall"_s, u"v3.0.0"_s)).object();
            const QJsonObject info = body["version_info"_L1].toObject();
            const QJsonObject progress = info["progress"_L1].toObject();
            QCOMPARE(info["status"_L1].toString(), step.status);
            QCOMPARE(progress["success_count"_L1].toInt(), step.success);
            QCOMPARE(progress["total_count"_L1].toInt(), step.total);
            QCOMPARE(progress["upload_status"_L1].toString(), step.upload);
            QCOMPARE(progress["error"_L1].toString(), QString());
        }
        const QJsonObject body = detail(u"mall"_s, idOf(u"mall"_s, u"v3.0.0"_s)).object();
        const QJsonArray deploys = body["deploy_infos"_L1].toArray();
        QCOMPARE(deploys.size(), 2);
        QCOMPARE(deploys[0]["image"_L1].toString(),
                 u"ccr.ccs.tencentyun.com/release/cart:20241201-1-main"_s);
        QCOMPARE(body["version_info"_L1]["labels"_L1].toArray(), QJsonArray{u"test"_s});
        QCOMPARE(body["version_info"_L1]["description"_L1].toString(), u"测试版本"_s);
    }

    void createLifecycleAtHighSpeed_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("k8s") << u"k8s"_s;
        QTest::newRow("helm") << u"helm"_s;
    }

    void createLifecycleAtHighSpeed()
    {
        QFETCH(QString, kind);
        m_sim->setSpeed(40);
        const QString project = kind == "k8s"_L1 ? u"mall"_s : u"payments"_s;
        const QJsonObject body =
            kind == "k8s"_L1 ? k8sBody(u"fast"_s, twoImages()) : helmBody(u"fast"_s);
        QCOMPARE(post(u"/openapi/delivery/releases/"_s + kind, body).status, 200);
        const QString id = idOf(project, u"fast"_s);
        QVERIFY(!id.isEmpty());

        QList<int> seen;
        QString status;
        int total = -1;
        const auto poll = [&] {
            const QJsonObject info = detail(project, id).object()["version_info"_L1].toObject();
            status = info["status"_L1].toString();
            const QJsonObject progress = info["progress"_L1].toObject();
            seen.append(progress["success_count"_L1].toInt());
            if (progress["total_count"_L1].toInt() > 0)
                total = progress["total_count"_L1].toInt();
            return status;
        };
        QTRY_COMPARE_WITH_TIMEOUT(poll(), u"success"_s, 30'000);
        QCOMPARE(total, kind == "k8s"_L1 ? 2 : 3);
        QCOMPARE(seen.last(), total);
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY(seen[i - 1] <= seen[i]); // progress only moves forward
    }

    void storedStatusChangesOnlyOnDetail()
    {
        m_sim->setSpeed(0);
        QCOMPARE(post(u"/openapi/delivery/releases/k8s"_s, k8sBody(u"lazy"_s, twoImages())).status,
                 200);
        const QString id = idOf(u"mall"_s, u"lazy"_s);
        m_sim->state().advance(10 * 60'000); // the job is long done
        QCOMPARE(m_sim->state().liveProgress(id).status, u"success"_s);
        QCOMPARE(listed(u"mall"_s, u"lazy"_s)["status"_L1].toString(), u"creating"_s);
        QCOMPARE(listed(u"mall"_s, u"lazy"_s)["status"_L1].toString(), u"creating"_s);
        QCOMPARE(m_sim->state().storedStatus(id), u"creating"_s);

        QCOMPARE(versionInfo(u"mall"_s, u"lazy"_s)["status"_L1].toString(), u"success"_s);
        QCOMPARE(m_sim->state().storedStatus(id), u"success"_s);
        QCOMPARE(listed(u"mall"_s, u"lazy"_s)["status"_L1].toString(), u"success"_s);
    }

    void createHelmWaitsBeforeAnswering()
    {
        m_sim->setHelmCreateDelayMs(400);
        QElapsedTimer timer;
        timer.start();
        const Answer a = post(u"/openapi/delivery/releases/helm"_s, helmBody(u"pay-2.5.0"_s));
        QCOMPARE(a.status, 200);
        QVERIFY2(timer.elapsed() >= 400, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(a.object(), (QJsonObject{{u"message"_s, u"success"_s}}));
        const QJsonObject info = versionInfo(u"payments"_s, u"pay-2.5.0"_s);
        QCOMPARE(info["type"_L1].toString(), u"HelmChart"_s);
        QCOMPARE(info["status"_L1].toString(), u"creating"_s);
    }

    void createEmptyNameIsAccepted()
    {
        const Answer a = post(u"/openapi/delivery/releases/k8s"_s, k8sBody(QString(), twoImages()));
        QCOMPARE(a.status, 200);
        QCOMPARE(listed(u"mall"_s, QString())["version_name"_L1].toString(), QString());
        QCOMPARE(m_sim->state().versionCount(u"mall"_s), 19);
    }

    void createDuplicateName_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("k8s seed name") << u"k8s"_s << u"v2.5.0"_s;
        QTest::newRow("k8s chinese seed name") << u"k8s"_s << u"双十一大促版本"_s;
        QTest::newRow("k8s created twice") << u"k8s"_s << u"twice"_s;
        QTest::newRow("helm seed name") << u"helm"_s << u"pay-2.3.1"_s;
        QTest::newRow("helm created twice") << u"helm"_s << u"twice"_s;
    }

    void createDuplicateName()
    {
        QFETCH(QString, kind);
        QFETCH(QString, name);
        const QString project = kind == "k8s"_L1 ? u"mall"_s : u"payments"_s;
        const QJsonObject body = kind == "k8s"_L1 ? k8sBody(name, twoImages()) : helmBody(name);
        const QString path = u"/openapi/delivery/releases/"_s + kind;
        if (name == "twice"_L1)
            QCOMPARE(post(path, body).status, 200);
        const int before = m_sim->state().versionCount(project);
        const Answer a = post(path, body);
        QCOMPARE(a.status, 500);
        QCOMPARE(a.object()["message"_L1].toString(), u"Internal Error: "_s);
        QVERIFY2(a.object()["description"_L1].toString().endsWith("version already exist"_L1),
                 a.body.constData());
        QCOMPARE(m_sim->state().versionCount(project), before);
    }

    void createFreedNameAfterDelete()
    {
        const QString id = idOf(u"mall"_s, u"v2.5.0"_s);
        const Answer d =
            call("DELETE", u"/openapi/delivery/releases/"_s + id + u"?projectKey=mall"_s);
        QCOMPARE(d.status, 200);
        QCOMPARE(d.object(), (QJsonObject{{u"message"_s, u"success"_s}}));
        QCOMPARE(detail(u"mall"_s, id).status, 500);
        QCOMPARE(list(u"mall"_s).object()["total"_L1].toInt(), 17);
        QCOMPARE(
            post(u"/openapi/delivery/releases/k8s"_s, k8sBody(u"v2.5.0"_s, twoImages())).status,
            200);
        QVERIFY(idOf(u"mall"_s, u"v2.5.0"_s) != id);
    }

    void deleteQuirks_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("status");
        QTest::newRow("well-formed unknown id") << u"0123456789abcdef01234567"_s << 200;
        QTest::newRow("malformed id") << u"not-an-id"_s << 500;
    }

    void deleteQuirks()
    {
        QFETCH(QString, id);
        QFETCH(int, status);
        const Answer a =
            call("DELETE", u"/openapi/delivery/releases/"_s + id + u"?projectKey=mall"_s);
        QCOMPARE(a.status, status);
        QCOMPARE(m_sim->state().versionCount(u"mall"_s), 18);
    }

    void createUnknownRegistryIsEmpty500_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("k8s") << u"k8s"_s;
        QTest::newRow("helm") << u"helm"_s;
    }

    void createUnknownRegistryIsEmpty500()
    {
        QFETCH(QString, kind);
        const QJsonObject body = kind == "k8s"_L1 ? k8sBody(u"r"_s, twoImages(), UnknownRegistry)
                                                  : helmBody(u"r"_s, u"2.5.0"_s, UnknownRegistry);
        const Answer a = post(u"/openapi/delivery/releases/"_s + kind, body);
        QCOMPARE(a.status, 500);
        QVERIFY(a.body.isEmpty());
        QVERIFY(idOf(kind == "k8s"_L1 ? u"mall"_s : u"payments"_s, u"r"_s).isEmpty());
    }

    void createK8sInvalid_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("descriptionPart");
        QJsonObject unknownProject = k8sBody(u"x"_s, twoImages());
        unknownProject[u"project_key"_s] = u"nope"_s;
        QTest::newRow("unknown project") << unknownProject << u"procutName: nope"_s;
        QTest::newRow("unknown env")
            << k8sBody(u"x"_s, twoImages(), RegRelease, u"staging"_s) << u"envName staging"_s;
        QTest::newRow("production env sent as test")
            << k8sBody(u"x"_s, twoImages(), RegRelease, u"prod"_s, false) << u"envName prod"_s;
        QTest::newRow("test env sent as production")
            << k8sBody(u"x"_s, twoImages(), RegRelease, u"qa"_s, true) << u"envName qa"_s;
        QTest::newRow("unknown service")
            << k8sBody(u"x"_s, {{u"search"_s, u"search"_s, u"search"_s, u"1"_s}})
            << u"service search not found in environment"_s;
        QTest::newRow("image_name is not the repository name")
            << k8sBody(u"x"_s, {{u"cart"_s, u"cart"_s, u"shopping-cart"_s, u"1"_s}})
            << u"shopping-cart"_s;
        QTest::newRow("unknown container")
            << k8sBody(u"x"_s, {{u"order"_s, u"sidecar"_s, u"order"_s, u"1"_s}}) << u"sidecar"_s;
    }

    void createK8sInvalid()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, descriptionPart);
        const Answer a = post(u"/openapi/delivery/releases/k8s"_s, body);
        QCOMPARE(a.status, 500);
        QCOMPARE(a.object()["code"_L1].toInt(), 500);
        QVERIFY2(a.object()["description"_L1].toString().contains(descriptionPart),
                 a.body.constData());
        QCOMPARE(m_sim->state().versionCount(u"mall"_s), 18);
    }

    void createHelmInvalid_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("descriptionPart");
        QJsonObject noCharts = helmBody(u"x"_s);
        noCharts[u"chart_datas"_s] = QJsonArray();
        QTest::newRow("no chart_datas") << noCharts << u"no chart info appointed"_s;
        QTest::newRow("no chart_repo_name")
            << helmBody(u"x"_s, u"2.5.0"_s, RegAliyun, QString()) << u"chart repo"_s;
        QTest::newRow("no image_registry_id")
            << helmBody(u"x"_s, u"2.5.0"_s, QString()) << u"image registry not appointed"_s;
        QTest::newRow("unknown chart repo")
            << helmBody(u"x"_s, u"2.5.0"_s, RegAliyun, u"nope-charts"_s) << u"nope-charts"_s;
        QTest::newRow("chart version not SemVer") << helmBody(u"x"_s, u"1.76"_s) << u"1.76"_s;
        QJsonObject prodAsTest = helmBody(u"x"_s);
        prodAsTest[u"env_name"_s] = u"prod"_s;
        QTest::newRow("production env sent as test") << prodAsTest << u"envName prod"_s;
        QJsonObject badImage = helmBody(u"x"_s);
        QJsonArray charts = badImage[u"chart_datas"_s].toArray();
        QJsonObject chart = charts[0].toObject();
        chart[u"image_datas"_s] =
            QJsonArray{QJsonObject{{u"image_name"_s, u"payapi"_s}, {u"image_tag"_s, u"1"_s}}};
        charts[0] = chart;
        badImage[u"chart_datas"_s] = charts;
        QTest::newRow("unknown image_name") << badImage << u"imageName: payapi"_s;
    }

    void createHelmInvalid()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, descriptionPart);
        const Answer a = post(u"/openapi/delivery/releases/helm"_s, body);
        QCOMPARE(a.status, 500);
        QVERIFY2(a.object()["description"_L1].toString().contains(descriptionPart),
                 a.body.constData());
        QCOMPARE(m_sim->state().versionCount(u"payments"_s), 12);
    }

    // The simulator's own rule over the table the app's rule runs through (tst_wizardrules).
    void semVerRule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        for (const zadig::test::SemVerCase &c : zadig::test::semVerCases) {
            QTest::newRow(zadig::test::semVerRowName(c).constData())
                << QString::fromUtf8(c.text) << c.server;
        }
    }

    void semVerRule()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(zadig::sim::isSemVer(text), valid);
    }

    void createAcceptsSemVerForms_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("plain") << u"1.2.0"_s;
        QTest::newRow("pre-release") << u"2.5.0-rc.1"_s;
        QTest::newRow("build metadata") << u"2.5.0+20241201"_s;
    }

    void createAcceptsSemVerForms()
    {
        QFETCH(QString, version);
        QCOMPARE(post(u"/openapi/delivery/releases/helm"_s, helmBody(version, version)).status,
                 200);
    }

    void createNotJsonIs400()
    {
        const Answer a = call("POST", u"/openapi/delivery/releases/k8s"_s, "version_name=x"_ba);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.object()["type"_L1].toString(), u"error"_s);
    }

    void createWithoutRegistryIsFailedForever()
    {
        const Answer a = post(u"/openapi/delivery/releases/k8s"_s,
                              k8sBody(u"no-registry"_s, twoImages(), QString()));
        QCOMPARE(a.status, 200);
        // Saved as failed at once: even the list says so.
        QCOMPARE(listed(u"mall"_s, u"no-registry"_s)["status"_L1].toString(), u"failed"_s);
        const QJsonObject info = versionInfo(u"mall"_s, u"no-registry"_s);
        QCOMPARE(info["status"_L1].toString(), u"failed"_s);
        QCOMPARE(info["progress"_L1]["upload_status"_L1].toString(), u"failed"_s);
        QVERIFY(!info["progress"_L1]["error"_L1].toString().isEmpty());

        const Answer r =
            post(u"/openapi/delivery/releases/k8s"_s, retryBody(u"mall"_s, u"no-registry"_s));
        QCOMPARE(r.status, 500);
        QVERIFY(!r.object()["description"_L1].toString().isEmpty());
        QVERIFY(!r.object()["description"_L1].toString().contains("can't reCreate"_L1));
        m_sim->state().advance(10 * 60'000);
        QCOMPARE(versionInfo(u"mall"_s, u"no-registry"_s)["status"_L1].toString(), u"failed"_s);

        // The seed has one of these too.
        QCOMPARE(post(u"/openapi/delivery/releases/k8s"_s, retryBody(u"mall"_s, u"v2.4.3-hotfix"_s))
                     .status,
                 500);
    }

    void createWithoutRegistryNothingToCopy()
    {
        QList<ImageSpec> images = twoImages();
        for (ImageSpec &spec : images)
            spec.disableDist = true;
        m_sim->setSpeed(0);
        QCOMPARE(
            post(u"/openapi/delivery/releases/k8s"_s, k8sBody(u"record-only"_s, images, QString()))
                .status,
            200);
        m_sim->state().advance(SimState::JobStartDelayMs);
        const QJsonObject body = detail(u"mall"_s, idOf(u"mall"_s, u"record-only"_s)).object();
        QCOMPARE(body["version_info"_L1]["status"_L1].toString(), u"success"_s);
        QCOMPARE(body["version_info"_L1]["progress"_L1]["total_count"_L1].toInt(), 0);
        // Not copied: the deliverable is the environment's current image.
        QCOMPARE(body["deploy_infos"_L1][0]["image"_L1].toString(),
                 u"registry.example.com/mall/cart:20241112-49-release-1.8"_s);
    }

    void retryOnlyFailed_data()
    {
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("status");
        QTest::newRow("success") << u"mall"_s << u"v2.5.0"_s << u"success"_s;
        QTest::newRow("creating") << u"mall"_s << u"v2.6.0-rc1"_s << u"creating"_s;
        QTest::newRow("retrying") << u"mall"_s << u"v2.5.2"_s << u"retrying"_s;
        QTest::newRow("helm success") << u"payments"_s << u"pay-2.3.1"_s << u"success"_s;
        QTest::newRow("helm creating") << u"payments"_s << u"pay-2.4.0"_s << u"creating"_s;
    }

    void retryOnlyFailed()
    {
        QFETCH(QString, project);
        QFETCH(QString, name);
        QFETCH(QString, status);
        const QString kind = project == "mall"_L1 ? u"k8s"_s : u"helm"_s;
        const Answer a = post(u"/openapi/delivery/releases/"_s + kind, retryBody(project, name));
        QCOMPARE(a.status, 500);
        QCOMPARE(a.object()["description"_L1].toString(),
                 u"can't reCreate version with status:"_s + status);
        QCOMPARE(m_sim->state().storedStatus(idOf(project, name)), status);
    }

    void retryFailedGoesRetryingThenSuccess_data()
    {
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("name");
        QTest::newRow("k8s") << u"mall"_s << u"v2.5.1"_s;
        QTest::newRow("k8s timeout") << u"mall"_s << u"v2.3.0"_s;
        QTest::newRow("helm") << u"payments"_s << u"pay-2.3.2"_s;
    }

    void retryFailedGoesRetryingThenSuccess()
    {
        QFETCH(QString, project);
        QFETCH(QString, name);
        m_sim->setSpeed(0);
        const QString kind = project == "mall"_L1 ? u"k8s"_s : u"helm"_s;
        const QString id = idOf(project, name);
        QCOMPARE(versionInfo(project, name)["status"_L1].toString(), u"failed"_s);
        const Answer a = post(u"/openapi/delivery/releases/"_s + kind, retryBody(project, name));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.object(), (QJsonObject{{u"message"_s, u"success"_s}}));
        QCOMPARE(idOf(project, name), id); // the same version, not a new one
        QCOMPARE(listed(project, name)["status"_L1].toString(), u"retrying"_s);
        const QJsonObject during = versionInfo(project, name);
        QCOMPARE(during["status"_L1].toString(), u"retrying"_s);
        QCOMPARE(during["progress"_L1]["error"_L1].toString(), QString());

        m_sim->state().advance(10 * 60'000);
        QCOMPARE(listed(project, name)["status"_L1].toString(), u"retrying"_s); // not read yet
        const QJsonObject after = versionInfo(project, name);
        QCOMPARE(after["status"_L1].toString(), u"success"_s);
        QCOMPARE(after["progress"_L1]["upload_status"_L1].toString(), u"success"_s);
        QCOMPARE(after["progress"_L1]["success_count"_L1].toInt(),
                 after["progress"_L1]["total_count"_L1].toInt());
    }

    void retryK8sNeedsAValidEnvironment()
    {
        const Answer a = post(u"/openapi/delivery/releases/k8s"_s,
                              retryBody(u"mall"_s, u"v2.5.1"_s, u"nowhere"_s));
        QCOMPARE(a.status, 500);
        QVERIFY(a.object()["description"_L1].toString().contains("nowhere"_L1));
        QCOMPARE(m_sim->state().storedStatus(idOf(u"mall"_s, u"v2.5.1"_s)), u"failed"_s);
    }

    void retryUnknownVersion()
    {
        const Answer a = post(u"/openapi/delivery/releases/k8s"_s, retryBody(u"mall"_s, u"v9"_s));
        QCOMPARE(a.status, 500);
        QVERIFY(a.object()["description"_L1].toString().contains("v9"_L1));
    }

    void failTagFailsFirstAttemptOnly()
    {
        m_sim->setSpeed(0);
        const QList<ImageSpec> images{{u"cart"_s, u"cart"_s, u"cart"_s, u"1.0.0"_s},
                                      {u"user"_s, u"user"_s, u"user"_s, u"1.0.0-fail"_s}};
        QCOMPARE(post(u"/openapi/delivery/releases/k8s"_s, k8sBody(u"flaky"_s, images)).status,
                 200);
        m_sim->state().advance(10 * 60'000);
        const QJsonObject failed = versionInfo(u"mall"_s, u"flaky"_s);
        QCOMPARE(failed["status"_L1].toString(), u"failed"_s);
        QCOMPARE(failed["progress"_L1]["success_count"_L1].toInt(), 1);
        QCOMPARE(failed["progress"_L1]["total_count"_L1].toInt(), 2);
        QCOMPARE(failed["progress"_L1]["upload_status"_L1].toString(), u"failed"_s);
        QVERIFY(failed["progress"_L1]["error"_L1].toString().contains("user"_L1));

        QCOMPARE(post(u"/openapi/delivery/releases/k8s"_s, retryBody(u"mall"_s, u"flaky"_s)).status,
                 200);
        m_sim->state().advance(10 * 60'000);
        QCOMPARE(versionInfo(u"mall"_s, u"flaky"_s)["status"_L1].toString(), u"success"_s);
    }

    void setVersionFails()
    {
        m_sim->setSpeed(0);
        QCOMPARE(post(u"/openapi/delivery/releases/helm"_s, helmBody(u"doomed"_s)).status, 200);
        const QString id = idOf(u"payments"_s, u"doomed"_s);
        QVERIFY(m_sim->state().setVersionFails(id));
        QVERIFY(!m_sim->state().setVersionFails(u"0123456789abcdef01234567"_s));
        m_sim->state().advance(10 * 60'000);
        QCOMPARE(versionInfo(u"payments"_s, u"doomed"_s)["status"_L1].toString(), u"failed"_s);
        // While the switch is on, a retry fails too; then it succeeds.
        QCOMPARE(post(u"/openapi/delivery/releases/helm"_s, retryBody(u"payments"_s, u"doomed"_s))
                     .status,
                 200);
        m_sim->state().advance(10 * 60'000);
        QCOMPARE(versionInfo(u"payments"_s, u"doomed"_s)["status"_L1].toString(), u"failed"_s);
        QVERIFY(m_sim->state().setVersionFails(id, false));
        QCOMPARE(post(u"/openapi/delivery/releases/helm"_s, retryBody(u"payments"_s, u"doomed"_s))
                     .status,
                 200);
        m_sim->state().advance(10 * 60'000);
        QCOMPARE(versionInfo(u"payments"_s, u"doomed"_s)["status"_L1].toString(), u"success"_s);
    }

    void seedVersionsInFlightProgress()
    {
        m_sim->setSpeed(0);
        m_sim->state().advance(10 * 60'000);
        QCOMPARE(versionInfo(u"mall"_s, u"v2.6.0-rc1"_s)["status"_L1].toString(), u"success"_s);
        QCOMPARE(versionInfo(u"mall"_s, u"v2.5.2"_s)["status"_L1].toString(), u"success"_s);
        const QJsonObject pay = versionInfo(u"payments"_s, u"pay-2.4.0"_s);
        QCOMPARE(pay["status"_L1].toString(), u"failed"_s);
        QCOMPARE(pay["progress"_L1]["success_count"_L1].toInt(), 1);
        QCOMPARE(pay["progress"_L1]["total_count"_L1].toInt(), 3);
    }

    // --- fault injection ---------------------------------------------------------------

    void faultDelay()
    {
        Fault fault;
        fault.kind = Fault::Kind::Delay;
        fault.pathContains = u"/openapi/system/registry"_s;
        fault.delayMs = 300;
        m_sim->addFault(fault);
        QElapsedTimer timer;
        timer.start();
        const Answer a = get(u"/openapi/system/registry"_s);
        QVERIFY(timer.elapsed() >= 300);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.array().size(), 4);
    }

    void faultNeverAnswer()
    {
        Fault fault;
        fault.kind = Fault::Kind::NeverAnswer;
        m_sim->addFault(fault);
        const Answer a = call("GET", u"/openapi/system/registry"_s, QByteArray(), "default", 300);
        QCOMPARE(a.status, 0);
        QVERIFY(a.error != QNetworkReply::NoError);
        QCOMPARE(m_sim->requestCount(u"/openapi/system/registry"_s), 1); // it did arrive
        QCOMPARE(get(u"/openapi/system/registry"_s).status, 200);        // used up
    }

    void faultDropConnection()
    {
        Fault fault;
        fault.kind = Fault::Kind::DropConnection;
        fault.method = "GET";
        fault.times = -1;
        m_sim->addFault(fault);
        const Answer a = get(u"/openapi/system/registry"_s);
        QCOMPARE(a.status, 0);
        QVERIFY(a.error != QNetworkReply::NoError);
        QVERIFY(a.body.isEmpty());
        m_sim->clearFaults();
        QCOMPARE(get(u"/openapi/system/registry"_s).status, 200);
    }

    void faultAnswers_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("json");
        QTest::addColumn<QByteArray>("contentType");

        QTest::newRow("server error")
            << int(Fault::Kind::ServerError) << 500 << true << "application/json"_ba;
        QTest::newRow("empty server error")
            << int(Fault::Kind::EmptyServerError) << 500 << false << QByteArray();
        QTest::newRow("malformed json")
            << int(Fault::Kind::MalformedJson) << 200 << false << "application/json"_ba;
        QTest::newRow("truncated json")
            << int(Fault::Kind::TruncatedJson) << 200 << false << "application/json"_ba;
        QTest::newRow("html page") << int(Fault::Kind::HtmlPage) << 200 << false << "text/html"_ba;
        QTest::newRow("status") << int(Fault::Kind::Status) << 418 << false << "text/plain"_ba;
    }

    void faultAnswers()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(bool, json);
        QFETCH(QByteArray, contentType);

        const QString path = u"/openapi/delivery/releases?projectKey=mall&pageNum=1&pageSize=5"_s;
        const QByteArray normal = get(path).body;
        QVERIFY(!normal.isEmpty());
        Fault fault;
        fault.kind = Fault::Kind(kind);
        fault.pathContains = u"/delivery/releases"_s;
        fault.status = 418;
        fault.body = "I'm a teapot";
        m_sim->addFault(fault);
        const Answer a = get(path);
        QCOMPARE(a.status, status);
        QCOMPARE(a.isJson(), json);
        QVERIFY2(a.contentType.startsWith(contentType), a.contentType.constData());
        switch (Fault::Kind(kind)) {
        case Fault::Kind::ServerError:
            QCOMPARE(a.object()["message"_L1].toString(), u"Internal Error: "_s);
            QCOMPARE(a.object()["description"_L1].toString(), u"I'm a teapot"_s);
            break;
        case Fault::Kind::EmptyServerError:
            QVERIFY(a.body.isEmpty());
            break;
        case Fault::Kind::TruncatedJson:
            QCOMPARE(a.body, normal.left(normal.size() / 2));
            break;
        case Fault::Kind::HtmlPage:
            QVERIFY(a.body.contains("<html>"));
            break;
        case Fault::Kind::Status:
            QCOMPARE(a.body, "I'm a teapot"_ba);
            break;
        default:
            QVERIFY(!a.body.isEmpty());
        }
        // times = 1: the next request is normal again.
        QCOMPARE(get(path).body, normal);
    }

    void faultMatching()
    {
        Fault fault;
        fault.kind = Fault::Kind::EmptyServerError;
        fault.pathContains = u"/releases/k8s"_s;
        fault.method = "POST";
        fault.times = 2;
        m_sim->addFault(fault);
        QCOMPARE(get(u"/openapi/delivery/releases/k8s?projectKey=mall"_s).status, 500); // not GET:
        // that 500 is the real "not found" with a JSON body, not the fault.
        QVERIFY(!get(u"/openapi/delivery/releases/k8s?projectKey=mall"_s).body.isEmpty());
        QCOMPARE(get(u"/openapi/system/registry"_s).status, 200);
        const QJsonObject body = k8sBody(u"third-time"_s, twoImages());
        const Answer first = post(u"/openapi/delivery/releases/k8s"_s, body);
        QCOMPARE(first.status, 500);
        QVERIFY(first.body.isEmpty());
        QCOMPARE(post(u"/openapi/delivery/releases/k8s"_s, body).status, 500);
        QVERIFY(idOf(u"mall"_s, u"third-time"_s).isEmpty()); // a fault replaces the handler
        QCOMPARE(post(u"/openapi/delivery/releases/k8s"_s, body).status, 200);
    }

    void requestsAreRecorded()
    {
        m_sim->clearRequests();
        const QJsonObject body = k8sBody(u"recorded"_s, twoImages());
        QCOMPARE(post(u"/openapi/delivery/releases/k8s"_s, body).status, 200);
        QCOMPARE(list(u"mall"_s, 2, 7).status, 200);
        QCOMPARE(call("GET", u"/openapi/system/registry"_s, QByteArray(), QByteArray()).status,
                 401);

        const QList<zadig::sim::RecordedRequest> requests = m_sim->requests();
        QCOMPARE(requests.size(), 3);
        QCOMPARE(requests[0].method, "POST"_ba);
        QCOMPARE(requests[0].path, u"/openapi/delivery/releases/k8s"_s);
        QCOMPARE(QJsonDocument::fromJson(requests[0].body).object(), body);
        QCOMPARE(requests[0].authorization, "Bearer " + Token.toUtf8());
        QCOMPARE(requests[1].query.queryItemValue(u"pageNum"_s), u"2"_s);
        QCOMPARE(requests[1].query.queryItemValue(u"pageSize"_s), u"7"_s);
        QVERIFY(requests[2].authorization.isEmpty());
        QCOMPARE(m_sim->requestCount(u"/delivery/releases"_s), 2);
        QCOMPARE(m_sim->requestCount(u"/delivery/releases"_s, "POST"), 1);
        QCOMPARE(m_sim->requestCount(u"/delivery/releases"_s, "delete"), 0);
        m_sim->clearRequests();
        QVERIFY(m_sim->requests().isEmpty());
    }

    // --- switches, pickers, helpers ---------------------------------------------------

    void apiGeneration4()
    {
        const QString id = idOf(u"mall"_s, u"v2.5.0"_s);
        // Generation 3: /detail is just an id that does not exist.
        QCOMPARE(
            get(u"/openapi/delivery/releases/detail?projectKey=mall&versionName=v2.5.0"_s).status,
            500);

        // 4.x routes only DELETE on /releases/:id, so gin answers 405 (zadig-v4-v5-api.md
        // §1.1); the detail is by name and names the version "version". tst_simv2 has the rest.
        m_sim->setApiGeneration(4);
        const Answer old = detail(u"mall"_s, id);
        QCOMPARE(old.status, 405);
        QCOMPARE(old.body, "Method not allowed: GET /openapi/delivery/releases/"_ba + id.toUtf8());
        QVERIFY(old.contentType.startsWith("text/plain"));
        const Answer v4 =
            get(u"/openapi/delivery/releases/detail?projectKey=mall&versionName=v2.5.0"_s);
        QCOMPARE(v4.status, 200);
        QCOMPARE(v4.object()["version"_L1].toString(), u"v2.5.0"_s);
        QVERIFY(!v4.object().contains("version_info"_L1));
        QCOMPARE(list(u"mall"_s).status, 200);
    }

    void unknownPaths_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown") << "GET"_ba << u"/openapi/unknown"_s;
        QTest::newRow("root") << "GET"_ba << u"/"_s;
        QTest::newRow("wrong method") << "PUT"_ba << u"/openapi/delivery/releases"_s;
        QTest::newRow("too deep") << "GET"_ba << u"/openapi/delivery/releases/a/b"_s;
    }

    void unknownPaths()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        const Answer a = call(verb, path);
        QCOMPARE(a.status, 404);
        QCOMPARE(a.body, "404 page not found"_ba);
    }

    void webHelpers_data()
    {
        QTest::addColumn<bool>("available");
        QTest::newRow("on") << true;
        QTest::newRow("off") << false;
    }

    void webHelpers()
    {
        QFETCH(bool, available);
        m_sim->setWebHelpersAvailable(available);
        const Answer repos = get(u"/api/aslan/system/helm/project?projectName=payments"_s);
        const Answer versions = get(
            u"/api/aslan/delivery/releases/helm/charts/version?chartName=pay-api,notify,new-chart&chartRepoName=payments-charts"_s);
        const Answer free =
            get(u"/api/aslan/delivery/releases/check?projectName=payments&version=pay-9.9.9"_s);
        const Answer taken =
            get(u"/api/aslan/delivery/releases/check?"_s +
                query({{u"projectName"_s, u"mall"_s}, {u"version"_s, u"双十一大促版本"_s}}));
        if (!available) {
            for (const Answer &a : {repos, versions, free, taken}) {
                QCOMPARE(a.status, 404);
                QCOMPARE(a.body, "404 page not found"_ba);
            }
            return;
        }
        QCOMPARE(repos.status, 200);
        QCOMPARE(repos.array().size(), 2);
        QCOMPARE(repos.array()[0]["repo_name"_L1].toString(), u"payments-charts"_s);
        QCOMPARE(repos.array()[0]["url"_L1].toString(), u"https://charts.example.com/payments"_s);

        QCOMPARE(versions.status, 200);
        const QJsonArray charts = versions.array();
        QCOMPARE(charts.size(), 3);
        QCOMPARE(charts[0]["chartName"_L1].toString(), u"pay-api"_s);
        QCOMPARE(charts[0]["chartVersion"_L1].toString(), u"2.4.0"_s);
        QCOMPARE(charts[0]["nextChartVersion"_L1].toString(), u"2.4.1"_s);
        QCOMPARE(charts[1]["chartVersion"_L1].toString(), u"2.3.1-sm.1"_s);
        QCOMPARE(charts[2]["chartVersion"_L1].toString(), QString());
        QVERIFY(!charts[2]["nextChartVersion"_L1].toString().isEmpty());

        QCOMPARE(free.status, 200);
        QCOMPARE(taken.status, 400);
        QCOMPARE(taken.object()["code"_L1].toInt(), 6566);
        QCOMPARE(taken.object()["type"_L1].toString(), u"error"_s);

        // A created chart version becomes the latest.
        QCOMPARE(
            post(u"/openapi/delivery/releases/helm"_s, helmBody(u"pay-2.6.0"_s, u"2.6.0"_s)).status,
            200);
        const Answer after = get(
            u"/api/aslan/delivery/releases/helm/charts/version?chartName=pay-api&chartRepoName=payments-charts"_s);
        QCOMPARE(after.array()[0]["chartVersion"_L1].toString(), u"2.6.0"_s);
    }

    void pickerProjects()
    {
        const Answer a = get(u"/openapi/projects/project?pageNum=1&pageSize=20"_s);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.object()["total"_L1].toInt(), 3);
        const QJsonArray projects = a.object()["projects"_L1].toArray();
        QCOMPARE(projects.size(), 3);
        QCOMPARE(projects[0].toObject(),
                 (QJsonObject{{u"project_name"_s, u"电商平台"_s},
                              {u"project_key"_s, u"mall"_s},
                              {u"description"_s, u"商城前台、订单与会员服务（K8s YAML 部署）"_s},
                              {u"deploy_type"_s, u"k8s"_s}}));
        QCOMPARE(projects[1]["deploy_type"_L1].toString(), u"helm"_s);
        const Answer page2 = get(u"/openapi/projects/project?pageNum=2&pageSize=2"_s);
        QCOMPARE(page2.object()["projects"_L1].toArray().size(), 1);
        QCOMPARE(page2.object()["total"_L1].toInt(), 3);
    }

    void pickerEnvironments_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<bool>("production");
        QTest::newRow("test") << u"/openapi/environments?projectKey=mall"_s
                              << QStringList{u"dev"_s, u"qa"_s} << false;
        QTest::newRow("production") << u"/openapi/environments/production?projectKey=payments"_s
                                    << QStringList{u"prod"_s} << true;
        QTest::newRow("infra test")
            << u"/openapi/environments?projectKey=infra"_s << QStringList{u"dev"_s} << false;
        QTest::newRow("infra production")
            << u"/openapi/environments/production?projectKey=infra"_s << QStringList() << true;
    }

    void pickerEnvironments()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, keys);
        QFETCH(bool, production);
        const Answer a = get(path);
        QCOMPARE(a.status, 200);
        QVERIFY(QJsonDocument::fromJson(a.body).isArray());
        QStringList got;
        const QJsonArray envs = a.array();
        for (const QJsonValue &env : envs) {
            got.append(env["env_key"_L1].toString());
            QCOMPARE(env["envName"_L1].toString(), env["env_key"_L1].toString());
            QVERIFY(!env.toObject().contains("env_name"_L1));
            QCOMPARE(env["production"_L1].toBool(), production);
            for (const char *field :
                 {"namespace", "registry_id", "status", "update_by", "update_time", "cluster_id"}) {
                QVERIFY2(env.toObject().contains(QLatin1StringView(field)), field);
            }
        }
        QCOMPARE(got, keys);
    }

    void pickerEnvironmentDetail()
    {
        const Answer a = get(u"/openapi/environments/production/prod?projectKey=mall"_s);
        QCOMPARE(a.status, 200);
        const QJsonObject env = a.object();
        QCOMPARE(env["env_key"_L1].toString(), u"prod"_s);
        QCOMPARE(env["namespace"_L1].toString(), u"mall-prod"_s);
        const QJsonArray services = env["services"_L1].toArray();
        QCOMPARE(services.size(), 5);
        QCOMPARE(services[0]["service_name"_L1].toString(), u"cart"_s);
        const QJsonObject cart = services[0]["containers"_L1][0].toObject();
        QCOMPARE(cart["name"_L1].toString(), u"cart"_s);
        QCOMPARE(cart["image"_L1].toString(), u"registry.example.com/mall/cart:20241101-3-main"_s);
        QCOMPARE(cart["image_name"_L1].toString(), u"cart"_s);
        QCOMPARE(cart["imagePath"_L1].toObject(),
                 (QJsonObject{{u"repo"_s, u"registry.example.com"_s},
                              {u"namespace"_s, u"mall"_s},
                              {u"image"_s, u"cart"_s},
                              {u"tag"_s, u"20241101-3-main"_s}}));
        QCOMPARE(services[1]["containers"_L1].toArray().size(), 2);

        QCOMPARE(get(u"/openapi/environments/qa?projectKey=mall"_s).status, 200);
        // Unknown, or asked for as the wrong kind: a 500.
        for (const QString &path : {u"/openapi/environments/staging?projectKey=mall"_s,
                                    u"/openapi/environments/prod?projectKey=mall"_s,
                                    u"/openapi/environments/production/qa?projectKey=mall"_s}) {
            const Answer bad = get(path);
            QCOMPARE(bad.status, 500);
            QVERIFY(bad.object()["description"_L1].toString().contains("mongo: no documents"_L1));
        }
    }

    void pickerRegistries()
    {
        const Answer a = get(u"/openapi/system/registry"_s);
        QCOMPARE(a.status, 200);
        const QJsonArray registries = a.array();
        QCOMPARE(registries.size(), 4);
        int defaults = 0;
        for (const QJsonValue &r : registries) {
            defaults += r["is_default"_L1].toBool() ? 1 : 0;
            QCOMPARE(r["registry_id"_L1].toString().size(), 24);
            for (const char *field : {"address", "namespace", "provider", "region"})
                QVERIFY2(r.toObject().contains(QLatin1StringView(field)), field);
        }
        QCOMPARE(defaults, 1);
        QCOMPARE(registries[2]["registry_id"_L1].toString(), RegRelease);
        QCOMPARE(registries[2]["address"_L1].toString(), u"ccr.ccs.tencentyun.com"_s);
    }

    // --- seeds -------------------------------------------------------------------------

    void demoSeedFacts()
    {
        QMap<QString, int> statuses;
        int legacy = 0;
        int retryable = 0;
        QSet<QString> ids;
        for (const QString &project : {u"mall"_s, u"payments"_s, u"infra"_s}) {
            const QJsonArray versions = list(project).object()["list"_L1].toArray();
            for (const QJsonValue &v : versions) {
                ids.insert(v["id"_L1].toString());
                const QString type = v["type"_L1].toString();
                if (type != "K8SYaml"_L1 && type != "HelmChart"_L1) {
                    ++legacy;
                    continue;
                }
                QCOMPARE(type, project == "mall"_L1 ? u"K8SYaml"_s : u"HelmChart"_s);
                const QString status = v["status"_L1].toString();
                ++statuses[status];
                if (status == "failed"_L1 &&
                    m_sim->state().version(v["id"_L1].toString())->hasJob) {
                    ++retryable;
                }
            }
        }
        QCOMPARE(m_sim->state().versionCount(u"mall"_s), 18);
        QCOMPARE(m_sim->state().versionCount(u"payments"_s), 12);
        QCOMPARE(m_sim->state().versionCount(u"infra"_s), 0);
        QCOMPARE(ids.size(), 30);
        QCOMPARE(statuses.value(u"success"_s), 21);
        QCOMPARE(statuses.value(u"failed"_s), 5);
        QCOMPARE(statuses.value(u"creating"_s), 2);
        QCOMPARE(statuses.value(u"retrying"_s), 1);
        QCOMPARE(legacy, 1);
        QCOMPARE(retryable, 4);

        // Deterministic: a second load gives the same ids.
        Simulator other;
        QVERIFY(other.loadSeed(u"demo"_s));
        for (const QString &id : std::as_const(ids))
            QVERIFY(other.state().version(id));
    }

    void otherSeeds()
    {
        QVERIFY(m_sim->loadSeed(u"empty"_s));
        QCOMPARE(list(u"mall"_s).object()["total"_L1].toInt(), 0);
        QCOMPARE(list(u"mall"_s).object()["list"_L1].toArray().size(), 0);
        QCOMPARE(list(u"payments"_s).object()["total"_L1].toInt(), 0);
        QCOMPARE(
            get(u"/openapi/projects/project?pageNum=1&pageSize=20"_s).object()["total"_L1].toInt(),
            3);
        QCOMPARE(get(u"/openapi/system/registry"_s).array().size(), 4);
        QCOMPARE(post(u"/openapi/delivery/releases/k8s"_s, k8sBody(u"first"_s, twoImages())).status,
                 200);
        QCOMPARE(list(u"mall"_s).object()["total"_L1].toInt(), 1);

        QVERIFY(!m_sim->loadSeed(u"bogus"_s));
        QVERIFY(!m_sim->loadSeed(u"large:many"_s));
        QCOMPARE(m_sim->state().versionCount(u"mall"_s), 1); // a bad name changes nothing

        QVERIFY(m_sim->loadSeed(u"large:1000"_s));
        QCOMPARE(m_sim->state().versionCount(u"mall"_s), 1000);
        QCOMPARE(m_sim->state().versionCount(u"payments"_s), 0);
        const QJsonObject failed = versionInfo(u"mall"_s, u"release-000993"_s);
        QCOMPARE(failed["status"_L1].toString(), u"failed"_s);
        QCOMPARE(versionInfo(u"mall"_s, u"release-000994"_s)["status"_L1].toString(), u"success"_s);
    }

    // The list and the details have the shape of the real server's answers (tests/data, from
    // the API page): the same field names and types, so that the simulator cannot share a
    // misreading with the client and pass with it.
    void answersHaveTheRealServersShape_data()
    {
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("detailFixture");
        QTest::newRow("K8s YAML") << u"mall"_s << u"seed_detail_k8s.json"_s;
        QTest::newRow("Helm") << u"payments"_s << u"seed_detail_helm.json"_s;
    }

    void answersHaveTheRealServersShape()
    {
        QFETCH(QString, project);
        QFETCH(QString, detailFixture);
        const QJsonObject page = list(project).object();
        QCOMPARE(zadig::test::shapeDifference(zadig::test::fixture(u"seed_list.json"_s), page,
                                              u"list"_s),
                 QString());
        QString id;
        for (const QJsonValue &v : page["list"_L1].toArray()) {
            if (v["status"_L1].toString() == "success"_L1) {
                id = v["id"_L1].toString();
                break;
            }
        }
        QVERIFY2(!id.isEmpty(), "the seed has a successful version");
        const Answer d = detail(project, id);
        QCOMPARE(d.status, 200);
        QCOMPARE(zadig::test::shapeDifference(zadig::test::fixture(detailFixture), d.object(),
                                              u"detail"_s),
                 QString());
    }

    // --latency: every answer, a fault's too, waits about that long (a lower bound only: a busy
    // machine makes it later, never earlier). The answer itself is unchanged.
    void latencyDelaysEveryAnswer()
    {
        const QByteArray normal = list(u"mall"_s).body;
        m_sim->setLatencyMs(250);
        for (const bool faulty : {false, true}) {
            if (faulty) {
                Fault broken;
                broken.pathContains = u"/openapi/delivery/releases"_s;
                m_sim->addFault(broken);
            }
            QElapsedTimer waited;
            waited.start();
            const Answer a = list(u"mall"_s);
            // 200, not 250: a timer may ring a little early on some platforms.
            QVERIFY2(waited.elapsed() >= 200, qPrintable(QString::number(waited.elapsed())));
            QCOMPARE(a.status, faulty ? 500 : 200);
            if (!faulty)
                QCOMPARE(a.body, normal);
        }
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
