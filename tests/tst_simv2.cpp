// The simulator as Zadig 4.x / 5.x ("delivery version v2", shared/spec/zadig-v4-v5-api.md), over
// real HTTP on 127.0.0.1 with a plain QNetworkAccessManager: the detection answers of every
// generation, the shapes of list and detail (against the spec's own examples in tests/data),
// the 404/405 bodies, create per source and sub-range, the error matrix, retry per sub-range,
// the lifecycle in simulated time (speed 0 + advance(), never a sleep), hard delete, the v3
// body quirk, the seeds and the wizard's helper routes.
#include "jsonshape.h"
#include "simulator.h"
#include "testdata.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

#include <limits>
#include <memory>

using namespace Qt::StringLiterals;
using zadig::sim::ApiGeneration;
using zadig::sim::SimState;
using zadig::sim::Simulator;
using zadig::test::fixture;
using zadig::test::shapeDifference;

namespace {

const QString Token = u"v2-token"_s;
const QString RegRelease = u"66f1a2b3c4d5e6f7a8b9c003"_s;
const QString RegAliyun = u"66f1a2b3c4d5e6f7a8b9c004"_s;
const QString CartQa = u"registry.example.com/mall/cart:20241112-49-release-1.8"_s;
const QStringList AllV4 = {u"4.0"_s, u"4.1"_s, u"4.2"_s, u"4.2.1"_s, u"4.3"_s, u"5"_s};

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QString description() const { return object().value("description"_L1).toString(); }
};

// What a careful client sends for an image on every 4.x: the full set (4.0/4.1 store it as
// is; later releases overwrite the server-filled fields).
QJsonObject image(const QString &project, const QString &container, const QString &tag,
                  bool push = true, const QString &sourceTag = u"sent-by-client"_s)
{
    const bool mall = project == "mall"_L1;
    const QString source =
        (mall ? u"registry.example.com/mall/"_s : u"harbor.example.com/payments/"_s) + container;
    const QString target = (mall ? u"ccr.ccs.tencentyun.com/release/"_s
                                 : u"registry.cn-hangzhou.aliyuncs.com/delivery/"_s) +
                           container;
    return {{u"container_name"_s, container},
            {u"image_name"_s, container},
            {u"source_image"_s, QString(source + u':' + sourceTag)},
            {u"source_image_tag"_s, sourceTag},
            {u"target_image"_s, QString(target + u':' + tag)},
            {u"target_image_tag"_s, tag},
            {u"push_image"_s, push}};
}

QJsonObject service(const QString &name, const QJsonArray &images, const QJsonObject &extra = {})
{
    QJsonObject s{{u"service_name"_s, name}, {u"images"_s, images}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        s.insert(it.key(), it.value());
    return s;
}

QJsonObject body(const QString &project, const QString &name, const QString &source,
                 const QJsonArray &services, const QJsonObject &extra = {})
{
    const bool helm = project == "payments"_L1;
    QJsonObject b{{u"project_key"_s, project},
                  {u"version_name"_s, name},
                  {u"source"_s, source},
                  {u"env_name"_s, source == "from_env"_L1 ? u"qa"_s : QString()},
                  {u"production"_s, false},
                  {u"desc"_s, u"测试"_s},
                  {u"labels"_s, QJsonArray{u"test"_s}},
                  {u"image_registry_id"_s, helm ? RegAliyun : RegRelease},
                  {u"services"_s, services}};
    if (helm)
        b.insert(u"chart_repo_name"_s, u"payments-charts"_s);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        b.insert(it.key(), it.value());
    return b;
}

QJsonObject cartFromEnv(const QString &name, const QString &tag = u"v9.0.0"_s)
{
    return body(u"mall"_s, name, u"from_env"_s,
                {service(u"cart"_s, {image(u"mall"_s, u"cart"_s, tag)})});
}

QJsonObject payApiFromEnv(const QString &name, const QString &tag = u"9.0.0"_s)
{
    return body(u"payments"_s, name, u"from_env"_s,
                {service(u"pay-api"_s, {image(u"payments"_s, u"pay-api"_s, tag)},
                         {{u"chart_version"_s, u"9.0.0"_s}})});
}

QString q(const QList<std::pair<QString, QString>> &items)
{
    QUrlQuery query;
    for (const auto &[key, value] : items)
        query.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    return query.toString(QUrl::FullyEncoded);
}

} // namespace

class TestSimV2 : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;

    void start(const QString &generation, const QString &seed = u"demo"_s)
    {
        m_sim = std::make_unique<Simulator>();
        QVERIFY(m_sim->loadSeed(seed));
        m_sim->setToken(Token);
        m_sim->setHelmCreateDelayMs(20);
        QVERIFY(m_sim->setApiGeneration(generation));
        m_sim->setSpeed(0); // time moves only by advance()
        QVERIFY(m_sim->listen());
    }
    void advance(qint64 ms) { m_sim->state().advance(ms); }

    Answer call(const QByteArray &verb, const QString &pathAndQuery,
                const QByteArray &data = QByteArray())
    {
        QNetworkRequest request(m_sim->url().resolved(QUrl(pathAndQuery)));
        request.setTransferTimeout(60'000); // only catches a hang
        request.setRawHeader("Authorization", "Bearer " + Token.toUtf8());
        if (!data.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = m_nam->sendCustomRequest(request, verb, data);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 reply->readAll(), reply->rawHeader("Content-Type")};
        reply->deleteLater();
        return a;
    }
    Answer get(const QString &pathAndQuery) { return call("GET", pathAndQuery); }
    // A create; then one simulated second passes, so the next create gets its own created_at.
    Answer create(const QJsonObject &b, bool helm = false)
    {
        const Answer a =
            call("POST",
                 helm ? u"/openapi/delivery/releases/helm"_s : u"/openapi/delivery/releases/k8s"_s,
                 QJsonDocument(b).toJson(QJsonDocument::Compact));
        advance(1000);
        return a;
    }
    Answer list(const QString &project, int pageNum = 1, int pageSize = 100)
    {
        return get(u"/openapi/delivery/releases?"_s +
                   q({{u"projectKey"_s, project},
                      {u"pageNum"_s, QString::number(pageNum)},
                      {u"pageSize"_s, QString::number(pageSize)}}));
    }
    Answer detail(const QString &project, const QString &name)
    {
        return get(u"/openapi/delivery/releases/detail?"_s +
                   q({{u"projectKey"_s, project}, {u"versionName"_s, name}}));
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
    QString idOf(const QString &project, const QString &name)
    {
        return listed(project, name).value("id"_L1).toString();
    }
    QString statusOf(const QString &project, const QString &name)
    {
        return listed(project, name).value("status"_L1).toString();
    }
    QJsonObject firstImage(const QString &project, const QString &name)
    {
        return detail(project, name).object()["services"_L1][0]["images"_L1][0].toObject();
    }
    Answer retry(const QString &project, const QString &id)
    {
        return call("POST", u"/openapi/delivery/releases/retry?"_s +
                                q({{u"id"_s, id}, {u"projectKey"_s, project}}));
    }

private Q_SLOTS:
    void initTestCase() { m_nam = std::make_unique<QNetworkAccessManager>(); }
    void cleanup() { m_sim.reset(); }
    void cleanupTestCase() { m_nam.reset(); }

    // --- selecting a generation ------------------------------------------------------------

    void generationNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("generation");
        QTest::newRow("3") << u"3"_s << int(ApiGeneration::V3);
        QTest::newRow("4 = 4.3") << u"4"_s << int(ApiGeneration::V4_3);
        QTest::newRow("4.0") << u"4.0"_s << int(ApiGeneration::V4_0);
        QTest::newRow("4.1") << u"4.1"_s << int(ApiGeneration::V4_1);
        QTest::newRow("4.2") << u"4.2"_s << int(ApiGeneration::V4_2);
        QTest::newRow("4.2.1") << u"4.2.1"_s << int(ApiGeneration::V4_2_1);
        QTest::newRow("4.3") << u"4.3"_s << int(ApiGeneration::V4_3);
        QTest::newRow("5") << u"5"_s << int(ApiGeneration::V5);
        QTest::newRow("unknown") << u"4.4"_s << -1;
    }

    void generationNames()
    {
        QFETCH(QString, name);
        QFETCH(int, generation);
        Simulator sim;
        QCOMPARE(sim.setApiGeneration(name), generation >= 0);
        QCOMPARE(int(sim.apiGeneration()), generation >= 0 ? generation : int(ApiGeneration::V3));
        sim.setApiGeneration(4); // the older int form: 4 is the newest 4.x
        QCOMPARE(sim.apiGeneration(), ApiGeneration::V4_3);
    }

    // --- detection (spec §4) --------------------------------------------------------------

    void detection_data()
    {
        QTest::addColumn<QString>("generation");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("text"); // description, or the whole text/plain body
        const QString detailPath = u"/openapi/delivery/releases/detail"_s;
        const QString cli = u"/openapi/system/cli/context"_s;
        const QString podsPath = u"/openapi/environments/x/service/y/pods"_s;
        QTest::newRow("3 detail") << u"3"_s << detailPath << 400 << u"projectKey can't be empty!"_s;
        QTest::newRow("3 cli") << u"3"_s << cli << 404 << QString();
        QTest::newRow("3 pods") << u"3"_s << podsPath << 404 << QString();
        for (const QString &g : AllV4) {
            const QByteArray row = g.toLatin1();
            QTest::newRow(QByteArray(row + " detail").constData())
                << g << detailPath << 400 << u"versionName can't be empty!"_s;
            if (g == "5"_L1)
                QTest::newRow("5 cli") << g << cli << 200 << QString();
            else
                QTest::newRow(QByteArray(row + " cli").constData())
                    << g << cli << 404 << QString(u"Invalid path: "_s + cli);
            if (g == "4.3"_L1 || g == "5"_L1)
                QTest::newRow(QByteArray(row + " pods").constData())
                    << g << podsPath << 400 << u"projectKey can't be empty"_s;
            else
                QTest::newRow(QByteArray(row + " pods").constData())
                    << g << podsPath << 404 << QString(u"Invalid path: "_s + podsPath);
        }
    }

    void detection()
    {
        QFETCH(QString, generation);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, text);
        start(generation);
        const Answer a = get(path);
        QCOMPARE(a.status, status);
        if (status == 400) {
            QCOMPARE(a.object()["code"_L1].toInt(), 400);
            QCOMPARE(a.description(), text);
        } else if (status == 404 && !text.isEmpty()) {
            QVERIFY(a.contentType.startsWith("text/plain"));
            QCOMPARE(QString::fromUtf8(a.body), text);
        } else if (status == 200) {
            const QJsonObject user = a.object()["user"_L1].toObject();
            for (const char *key : {"uid", "name", "account", "identity_type"})
                QVERIFY2(user.contains(QLatin1StringView(key)), key);
            QVERIFY(a.object().contains("request_id"_L1));
            QCOMPARE(a.object()["server_version"_L1].toString(), u"5.0.0"_s);
        }
    }

    void cliContextWithoutAdmin()
    {
        start(u"5"_s);
        m_sim->v2().setTokenIsAdmin(false);
        const QJsonObject o = get(u"/openapi/system/cli/context"_s).object();
        QVERIFY(o.contains("user"_L1));
        QVERIFY(!o.contains("server_version"_L1)); // omitempty: only admins see it
    }

    // Validation comes before the licence on 4.x, so the probe works on an unlicensed server.
    void detectionBeforeLicence()
    {
        start(u"4.3"_s);
        m_sim->setLicenceValid(false);
        const Answer probe = get(u"/openapi/delivery/releases/detail"_s);
        QCOMPARE(probe.description(), u"versionName can't be empty!"_s);
        const Answer real = detail(u"mall"_s, u"v3.0.0"_s);
        QCOMPARE(real.status, 400);
        QCOMPARE(real.object()["code"_L1].toInt(), 7050);
        m_sim->setLicenceValid(true);
        m_sim->setProjectForbidden(u"mall"_s, true);
        const Answer forbidden = detail(u"mall"_s, u"v3.0.0"_s);
        QCOMPARE(forbidden.status, 403);
        QVERIFY(forbidden.body.isEmpty());
    }

    // --- routes that are gone ----------------------------------------------------------------

    void oldRoutes_data()
    {
        QTest::addColumn<QString>("generation");
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        for (const QString &g : {u"4.0"_s, u"5"_s}) {
            const QByteArray p = g.toLatin1() + ' ';
            QTest::newRow(QByteArray(p + "v3 detail").constData())
                << g << "GET"_ba << u"/openapi/delivery/releases/0123456789abcdef01234567"_s << 405;
            QTest::newRow(QByteArray(p + "POST id").constData())
                << g << "POST"_ba << u"/openapi/delivery/releases/0123456789abcdef01234567"_s
                << 405;
            QTest::newRow(QByteArray(p + "GET k8s").constData())
                << g << "GET"_ba << u"/openapi/delivery/releases/k8s"_s << 405;
            QTest::newRow(QByteArray(p + "PUT list").constData())
                << g << "PUT"_ba << u"/openapi/delivery/releases"_s << 405;
            QTest::newRow(QByteArray(p + "too deep").constData())
                << g << "GET"_ba << u"/openapi/delivery/releases/a/b"_s << 404;
            QTest::newRow(QByteArray(p + "unknown").constData())
                << g << "GET"_ba << u"/openapi/unknown"_s << 404;
        }
    }

    void oldRoutes()
    {
        QFETCH(QString, generation);
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(int, status);
        start(generation);
        const Answer a = call(verb, path);
        QCOMPARE(a.status, status);
        QVERIFY(a.contentType.startsWith("text/plain"));
        const QString expected =
            status == 405
                ? QString(u"Method not allowed: "_s + QString::fromLatin1(verb) + u' ' + path)
                : QString(u"Invalid path: "_s + path);
        QCOMPARE(QString::fromUtf8(a.body), expected);
    }

    // --- list --------------------------------------------------------------------------------

    void listShape_data()
    {
        QTest::addColumn<QString>("generation");
        for (const QString &g : AllV4)
            QTest::newRow(g.toLatin1().constData()) << g;
    }

    void listShape()
    {
        QFETCH(QString, generation);
        start(generation);
        const QJsonObject expected = fixture(u"v2_list.json"_s);
        const QJsonObject page = list(u"mall"_s).object();
        QCOMPARE(shapeDifference(expected, page, u"list"_s), QString());
        const QJsonArray items = page["list"_L1].toArray();
        QCOMPARE(page["total"_L1].toInt(), items.size());
        QCOMPARE(items.size(), m_sim->v2().versionCount(u"mall"_s));
        qint64 previous = std::numeric_limits<qint64>::max();
        QSet<QString> sources;
        bool labelled = false;
        for (const QJsonValue &item : items) {
            const qint64 time = item["create_time"_L1].toInteger();
            QVERIFY(time < previous); // newest first, seconds
            QVERIFY(time > 1'500'000'000 && time < 2'000'000'000);
            previous = time;
            sources.insert(item["source"_L1].toString());
            labelled = labelled || !item["labels"_L1].toArray().isEmpty(); // filled on 4.x
            QVERIFY(!item.toObject().contains("progress"_L1));
        }
        QVERIFY(labelled);
        QCOMPARE(sources, (QSet<QString>{u"manual"_s, u"from_env"_s, u"from_version"_s}));
        QCOMPARE(items.first()["version_name"_L1].toString(), u"v3.2.0-rc1"_s);

        // 1-based pages; past the end an empty list with the total.
        const QJsonArray second = list(u"mall"_s, 2, 3).object()["list"_L1].toArray();
        QCOMPARE(second.size(), 3);
        QCOMPARE(second.first()["id"_L1], items.at(3)["id"_L1]);
        const QJsonObject beyond = list(u"mall"_s, 100, 20).object();
        QCOMPARE(beyond["list"_L1].toArray().size(), 0);
        QCOMPARE(beyond["total"_L1].toInt(), items.size());
        // An unknown project is simply an empty filter.
        QCOMPARE(list(u"nope"_s).object()["total"_L1].toInt(), 0);
    }

    void listParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("description");
        const auto required = [](const char *field) {
            return u"Key: 'OpenAPIListDeliveryVersionRequest.%1' Error:Field validation for '%1' "
                   "failed on the 'required' tag"_s.arg(QLatin1StringView(field));
        };
        QTest::newRow("no projectKey")
            << u"pageNum=1&pageSize=5"_s << 400 << required("ProjectKey");
        QTest::newRow("no pageNum")
            << u"projectKey=mall&pageSize=5"_s << 400 << required("PageNum");
        QTest::newRow("pageSize 0")
            << u"projectKey=mall&pageNum=1&pageSize=0"_s << 400 << required("PageSize");
        QTest::newRow("nothing") << QString() << 400
                                 << QString(required("ProjectKey") + u'\n' + required("PageNum") +
                                            u'\n' + required("PageSize"));
        QTest::newRow("not a number") << u"projectKey=mall&pageNum=x&pageSize=5"_s << 400
                                      << u"strconv.ParseInt: parsing \"x\": invalid syntax"_s;
        QTest::newRow("negative: 1 and 20")
            << u"projectKey=mall&pageNum=-1&pageSize=-5"_s << 200 << QString();
    }

    void listParameters()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QString, description);
        start(u"4.3"_s, u"large:30"_s);
        const Answer a = get(u"/openapi/delivery/releases?"_s + query);
        QCOMPARE(a.status, status);
        if (status == 400) {
            QCOMPARE(a.object()["message"_L1].toString(), u"Bad Request"_s);
            QCOMPARE(a.description(), description);
        } else {
            QCOMPARE(a.object()["list"_L1].toArray().size(), 20);
        }
    }

    // --- detail ------------------------------------------------------------------------------

    void detailShape_data()
    {
        QTest::addColumn<QString>("generation");
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("fixtureName");
        for (const QString &g : {u"4.0"_s, u"4.3"_s, u"5"_s}) {
            const QByteArray p = g.toLatin1() + ' ';
            QTest::newRow(QByteArray(p + "k8s native").constData())
                << g << u"mall"_s << u"v3.0.0"_s << u"v2_detail_k8s.json"_s;
            QTest::newRow(QByteArray(p + "k8s migrated").constData())
                << g << u"mall"_s << u"v2.5.0"_s << u"v2_detail_k8s.json"_s;
            QTest::newRow(QByteArray(p + "helm native").constData())
                << g << u"payments"_s << u"pay-3.0.0"_s << u"v2_detail_helm.json"_s;
            QTest::newRow(QByteArray(p + "helm migrated").constData())
                << g << u"payments"_s << u"pay-2.3.1"_s << u"v2_detail_helm.json"_s;
        }
    }

    void detailShape()
    {
        QFETCH(QString, generation);
        QFETCH(QString, project);
        QFETCH(QString, name);
        QFETCH(QString, fixtureName);
        start(generation);
        const Answer a = detail(project, name);
        QCOMPARE(a.status, 200);
        const QJsonObject d = a.object();
        QCOMPARE(shapeDifference(fixture(fixtureName), d, u"detail"_s), QString());
        QCOMPARE(d["version"_L1].toString(), name);
        QVERIFY(!d.contains("id"_L1));
        QCOMPARE(d["created_at"_L1].toInteger(),
                 listed(project, name)["create_time"_L1].toInteger());
        QCOMPARE(d["deleted_at"_L1].toInt(-1), 0);
        const QJsonArray services = d["services"_L1].toArray();
        QVERIFY(!services.isEmpty());
        for (const QJsonValue &s : services) {
            QVERIFY(!s["yaml_content"_L1].toString().isEmpty());
            QCOMPARE(s["original_chart_version"_L1].toString(), QString()); // never copied
            for (const QJsonValue &i : s["images"_L1].toArray()) {
                QVERIFY(!i["target_image"_L1].toString().isEmpty());
                QVERIFY(!i["source_image"_L1].toString().isEmpty());
            }
        }
        if (fixtureName.contains("helm"_L1)) {
            QVERIFY(!d["chart_repo_name"_L1].toString().isEmpty());
            QCOMPARE(services[0]["chart_status"_L1].toString(), u"passed"_s);
            QVERIFY(!services[0]["chart_version"_L1].toString().isEmpty());
            QCOMPARE(services[0]["images"_L1][0]["image_path"_L1].toObject(),
                     (QJsonObject{{u"repo"_s, u"image.repository"_s}, {u"tag"_s, u"image.tag"_s}}));
        }
    }

    void detailErrors()
    {
        start(u"5"_s);
        const Answer noProject = get(u"/openapi/delivery/releases/detail?versionName=v3.0.0"_s);
        QCOMPARE(noProject.status, 400);
        QCOMPARE(noProject.description(), u"projectKey can't be empty!"_s);
        const Answer missing = detail(u"mall"_s, u"v0.0.1"_s);
        QCOMPARE(missing.status, 500);
        QCOMPARE(missing.description(),
                 u"failed to get delivery version, projectName: mall, versionName: v0.0.1 error: "
                 "mongo: no documents in result"_s);
        // Detail checks the project; a name from another project is not found.
        QCOMPARE(detail(u"payments"_s, u"v3.0.0"_s).status, 500);
    }

    // --- delete ------------------------------------------------------------------------------

    void hardDelete_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("settled") << u"v3.0.0"_s;
        QTest::newRow("creating") << u"v3.2.0-rc1"_s; // allowed in any status
    }

    void hardDelete()
    {
        QFETCH(QString, name);
        start(u"4.3"_s);
        const int before = m_sim->v2().versionCount(u"mall"_s);
        const QString id = idOf(u"mall"_s, name);
        QVERIFY(!id.isEmpty());
        const Answer a =
            call("DELETE", u"/openapi/delivery/releases/"_s + id + u"?projectKey=mall"_s);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.object(), (QJsonObject{{u"message"_s, u"success"_s}}));
        QCOMPARE(m_sim->v2().versionCount(u"mall"_s), before - 1);
        QCOMPARE(list(u"mall"_s).object()["total"_L1].toInt(), before - 1);
        QCOMPARE(detail(u"mall"_s, name).status, 500);
        // The name is free again at once.
        QCOMPARE(create(cartFromEnv(name)).status, 200);
    }

    void webNameCheckReadsTheV2Versions()
    {
        // The web UI's name check answers from the collection the server keeps its versions in:
        // on 5.x the v2 one, where v3.0.0 exists and the 2.3-3.4 in-flight versions do not.
        start(u"5"_s);
        const QString check = u"/api/aslan/delivery/releases/check?projectName=mall&version="_s;
        const Answer taken = get(check + u"v3.0.0"_s);
        QCOMPARE(taken.status, 400);
        QCOMPARE(taken.object().value(u"code"_s).toInt(), 6566);
        QCOMPARE(get(check + u"v2.6.0-rc1"_s).status, 200); // a 2.3-3.4 name, not migrated
        QCOMPARE(get(check + u"v9.9.9"_s).status, 200);
    }

    void deleteQuirks()
    {
        start(u"4.3"_s);
        const QString base = u"/openapi/delivery/releases/"_s;
        QCOMPARE(call("DELETE", base + u"0123456789abcdef01234567?projectKey=mall"_s).status, 200);
        const Answer bad = call("DELETE", base + u"xyz?projectKey=mall"_s);
        QCOMPARE(bad.status, 500);
        QCOMPARE(bad.description(), u"failed to delete delivery version, ID: xyz, error: "
                                    "删除交付中心版本失败: the provided hex string is not a valid "
                                    "ObjectID"_s);
        const Answer noKey = call("DELETE", base + idOf(u"mall"_s, u"v3.0.0"_s));
        QCOMPARE(noKey.status, 400);
        QCOMPARE(noKey.description(), u"projectKey can't be empty!"_s);
        // The id need not belong to projectKey (it only serves the permission check).
        QCOMPARE(
            call("DELETE", base + idOf(u"mall"_s, u"v3.0.0"_s) + u"?projectKey=payments"_s).status,
            200);
        QCOMPARE(detail(u"mall"_s, u"v3.0.0"_s).status, 500);
    }

    // --- create ------------------------------------------------------------------------------

    // from_env per sub-range: 4.0/4.1 store the body, 4.2.0 fills the image fields, 4.2.1+
    // also renders yaml_content; target_image is written verbatim into the YAML everywhere.
    void createFromEnv_data()
    {
        QTest::addColumn<QString>("generation");
        QTest::addColumn<bool>("filled");
        QTest::addColumn<bool>("rendered");
        QTest::newRow("4.0") << u"4.0"_s << false << false;
        QTest::newRow("4.1") << u"4.1"_s << false << false;
        QTest::newRow("4.2") << u"4.2"_s << true << false;
        QTest::newRow("4.2.1") << u"4.2.1"_s << true << true;
        QTest::newRow("4.3") << u"4.3"_s << true << true;
        QTest::newRow("5") << u"5"_s << true << true;
    }

    void createFromEnv()
    {
        QFETCH(QString, generation);
        QFETCH(bool, filled);
        QFETCH(bool, rendered);
        start(generation);
        const QString clientYaml = u"# client yaml\napiVersion: apps/v1\nkind: Deployment\nspec:\n"
                                   "  template:\n    spec:\n      containers:\n"
                                   "        - name: cart\n          image: old/cart:1\n"_s;
        QJsonObject b = cartFromEnv(u"v9.0.0"_s);
        b.insert(u"services"_s,
                 QJsonArray{service(u"cart"_s, {image(u"mall"_s, u"cart"_s, u"v9.0.0"_s)},
                                    {{u"yaml_content"_s, clientYaml}})});
        const Answer a = create(b);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.object(), (QJsonObject{{u"message"_s, u"success"_s}})); // no id
        const QJsonObject d = detail(u"mall"_s, u"v9.0.0"_s).object();
        QCOMPARE(d["status"_L1].toString(), u"creating"_s);
        QCOMPARE(d["source"_L1].toString(), u"from_env"_s);
        QCOMPARE(d["created_by"_L1].toString(), u"admin(OpenAPI)"_s);
        QCOMPARE(d["labels"_L1].toArray(), QJsonArray{u"test"_s});
        const QJsonObject i = d["services"_L1][0]["images"_L1][0].toObject();
        QCOMPARE(i["source_image"_L1].toString(),
                 filled ? CartQa : u"registry.example.com/mall/cart:sent-by-client"_s);
        QCOMPARE(i["target_image"_L1].toString(), u"ccr.ccs.tencentyun.com/release/cart:v9.0.0"_s);
        QCOMPARE(i["image_path"_L1], QJsonValue(QJsonValue::Null));
        QCOMPARE(i["status"_L1].toString(), QString()); // the watcher has not looked yet
        const QString yaml = d["services"_L1][0]["yaml_content"_L1].toString();
        QCOMPARE(yaml.contains("# client yaml"_L1), !rendered);
        QCOMPARE(yaml.contains("namespace: mall-qa"_L1), rendered);
        QVERIFY2(yaml.contains("image: ccr.ccs.tencentyun.com/release/cart:v9.0.0"_L1),
                 qPrintable(yaml));
        QVERIFY(!yaml.contains("old/cart:1"_L1));
    }

    void createFromVersion_data()
    {
        QTest::addColumn<QString>("generation");
        QTest::addColumn<bool>("copied");
        QTest::newRow("4.1: as sent") << u"4.1"_s << false;
        QTest::newRow("4.2: from the original") << u"4.2"_s << true;
        QTest::newRow("5") << u"5"_s << true;
    }

    void createFromVersion()
    {
        QFETCH(QString, generation);
        QFETCH(bool, copied);
        start(generation);
        const QJsonObject original = firstImage(u"mall"_s, u"v3.0.0"_s);
        QJsonObject b = body(u"mall"_s, u"v9.1.0"_s, u"from_version"_s,
                             {service(u"cart"_s, {image(u"mall"_s, u"cart"_s, u"v9.1.0"_s)})},
                             {{u"original_version_name"_s, u"v3.0.0"_s}});
        QCOMPARE(create(b).status, 200);
        const QJsonObject i = firstImage(u"mall"_s, u"v9.1.0"_s);
        // The original's SOURCE, not its target.
        QCOMPARE(i["source_image"_L1].toString(),
                 copied ? original["source_image"_L1].toString()
                        : u"registry.example.com/mall/cart:sent-by-client"_s);
        QCOMPARE(i["target_image"_L1].toString(), u"ccr.ccs.tencentyun.com/release/cart:v9.1.0"_s);
        // K8s from_version takes yaml_content from the request: none sent, none stored.
        QCOMPARE(
            detail(u"mall"_s, u"v9.1.0"_s).object()["services"_L1][0]["yaml_content"_L1].toString(),
            QString());
    }

    void createManualK8s()
    {
        start(u"5"_s);
        const QString yaml = u"kind: Deployment\n# kept as sent\n"_s;
        QJsonObject b = body(u"mall"_s, u"v9.2.0"_s, u"manual"_s,
                             {service(u"web"_s, {image(u"mall"_s, u"web"_s, u"v9.2.0"_s, false)},
                                      {{u"yaml_content"_s, yaml}})});
        QCOMPARE(create(b).status, 200);
        const QJsonObject d = detail(u"mall"_s, u"v9.2.0"_s).object();
        QCOMPARE(d["services"_L1][0]["yaml_content"_L1].toString(), yaml);
        QCOMPARE(d["services"_L1][0]["images"_L1][0]["source_image"_L1].toString(),
                 u"registry.example.com/mall/web:sent-by-client"_s);
        QCOMPARE(d["services"_L1][0]["images"_L1][0]["push_image"_L1].toBool(), false);
        // Nothing to push: success at the watcher's first look.
        advance(5000);
        QCOMPARE(statusOf(u"mall"_s, u"v9.2.0"_s), u"success"_s);
    }

    void createHelm_data()
    {
        QTest::addColumn<QString>("generation");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("filled");
        QTest::newRow("4.0: chart packaging fails") << u"4.0"_s << 500 << false;
        QTest::newRow("4.1: chart packaging fails") << u"4.1"_s << 500 << false;
        QTest::newRow("4.2") << u"4.2"_s << 200 << true;
        QTest::newRow("4.3") << u"4.3"_s << 200 << true;
        QTest::newRow("5") << u"5"_s << 200 << true;
    }

    void createHelm()
    {
        QFETCH(QString, generation);
        QFETCH(int, status);
        QFETCH(bool, filled);
        start(generation);
        m_sim->setHelmCreateDelayMs(300);
        QElapsedTimer timer;
        timer.start();
        const Answer a = create(payApiFromEnv(u"pay-9.0.0"_s), true);
        QVERIFY(timer.elapsed() >= 250); // charts are pushed inside the POST
        QCOMPARE(a.status, status);
        const QJsonObject d = detail(u"payments"_s, u"pay-9.0.0"_s).object();
        QCOMPARE(d["type"_L1].toString(), u"HelmChart"_s);
        if (status == 500) {
            // Stored, failed, with the error: a 500 from create may have created something.
            QVERIFY(a.description().contains("chart.metadata.name is required"_L1));
            QCOMPARE(d["status"_L1].toString(), u"failed"_s);
            QCOMPARE(d["error"_L1].toString(), a.description());
            return;
        }
        const QJsonObject s = d["services"_L1][0].toObject();
        QCOMPARE(s["chart_name"_L1].toString(), filled ? u"pay-api"_s : QString());
        QCOMPARE(s["chart_version"_L1].toString(), u"9.0.0"_s);
        QCOMPARE(s["chart_status"_L1].toString(), u"passed"_s);
        QCOMPARE(s["images"_L1][0]["image_path"_L1].toObject(),
                 (QJsonObject{{u"repo"_s, u"image.repository"_s}, {u"tag"_s, u"image.tag"_s}}));
        QCOMPARE(s["images"_L1][0]["source_image"_L1].toString(),
                 u"harbor.example.com/payments/pay-api:2.3.2"_s);
        advance(10'000);
        QCOMPARE(statusOf(u"payments"_s, u"pay-9.0.0"_s), u"success"_s);
    }

    void createErrors_data()
    {
        QTest::addColumn<QString>("generation");
        QTest::addColumn<QByteArray>("payload"); // a create body
        QTest::addColumn<bool>("helm");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code"); // 0: no JSON body
        QTest::addColumn<QString>("description");
        const auto json = [](const QJsonObject &o) {
            return QJsonDocument(o).toJson(QJsonDocument::Compact);
        };
        const QString exists = u"failed to insert delivery version %1, version already exist"_s;
        QTest::newRow("duplicate name") << u"4.3"_s << json(cartFromEnv(u"v3.0.0"_s)) << false
                                        << 400 << 6560 << exists.arg(u"v3.0.0"_s);
        QTest::newRow("v3 retry body = duplicate create")
            << u"4.3"_s
            << json({{u"project_key"_s, u"mall"_s},
                     {u"version_name"_s, u"v3.1.0"_s},
                     {u"retry"_s, true},
                     {u"env_name"_s, u"qa"_s}})
            << false << 400 << 6560 << exists.arg(u"v3.1.0"_s);
        QTest::newRow("helm without services")
            << u"5"_s << json(body(u"payments"_s, u"p"_s, u"from_env"_s, {})) << true << 400 << 6560
            << u"no service info appointed"_s;
        QTest::newRow("helm v3 body")
            << u"5"_s
            << json({{u"project_key"_s, u"payments"_s},
                     {u"version_name"_s, u"p"_s},
                     {u"chart_datas"_s, QJsonArray{QJsonObject{{u"service_name"_s, u"pay-api"_s}}}},
                     {u"image_registry_id"_s, RegAliyun}})
            << true << 400 << 6560 << u"no service info appointed"_s;
        QJsonObject noRegistry = payApiFromEnv(u"p"_s);
        noRegistry.insert(u"image_registry_id"_s, QString());
        QTest::newRow("helm without registry") << u"5"_s << json(noRegistry) << true << 400 << 6560
                                               << u"image registry not appointed"_s;
        QJsonObject unknownRegistry = cartFromEnv(u"v9"_s);
        unknownRegistry.insert(u"image_registry_id"_s, u"ffffffffffffffffffffffff"_s);
        QTest::newRow("4.0 unknown registry: panic")
            << u"4.0"_s << json(unknownRegistry) << false << 500 << 0 << QString();
        QTest::newRow("4.1 unknown registry") << u"4.1"_s << json(unknownRegistry) << false << 500
                                              << 500 << u"can not find target registry"_s;
        QTest::newRow("5 unknown registry") << u"5"_s << json(unknownRegistry) << false << 500
                                            << 500 << u"can not find target registry"_s;
        QJsonObject noEnv = cartFromEnv(u"v9"_s);
        noEnv.insert(u"env_name"_s, QString());
        QTest::newRow("from_env without env") << u"4.2"_s << json(noEnv) << false << 500 << 500
                                              << u"env name is required when source is from env"_s;
        QJsonObject staging = cartFromEnv(u"v9"_s);
        staging.insert(u"env_name"_s, u"staging"_s);
        QTest::newRow("from_env, env missing")
            << u"4.3"_s << json(staging) << false << 500 << 500
            << u"failed to find env, projectKey: mall, envName: staging, error: mongo: no "
               "documents in result"_s;
        QTest::newRow("from_env, container missing")
            << u"5"_s
            << json(body(u"mall"_s, u"v9"_s, u"from_env"_s,
                         {service(u"cart"_s, {image(u"mall"_s, u"nope"_s, u"v9"_s)})}))
            << false << 500 << 500
            << u"container not found, serviceName: cart, containerName: nope, envName: qa, "
               "projectKey: mall"_s;
        QTest::newRow("from_env, service missing (K8s)")
            << u"5"_s
            << json(body(u"mall"_s, u"v9"_s, u"from_env"_s,
                         {service(u"nope"_s, {image(u"mall"_s, u"cart"_s, u"v9"_s)})}))
            << false << 500 << 500 << u"not found service nope in env qa"_s;
        QTest::newRow("from_version without original")
            << u"4.2"_s
            << json(body(u"mall"_s, u"v9"_s, u"from_version"_s,
                         {service(u"cart"_s, {image(u"mall"_s, u"cart"_s, u"v9"_s)})}))
            << false << 500 << 500
            << u"original version name is required when source is from version"_s;
        QTest::newRow("from_version, original missing")
            << u"4.3"_s
            << json(body(u"mall"_s, u"v9"_s, u"from_version"_s,
                         {service(u"cart"_s, {image(u"mall"_s, u"cart"_s, u"v9"_s)})},
                         {{u"original_version_name"_s, u"v0.0.0"_s}}))
            << false << 500 << 500
            << u"failed to get original version, projectKey: mall, versionName: v0.0.0, error: "
               "mongo: no documents in result"_s;
        QTest::newRow("from_version, image not in original")
            << u"5"_s
            << json(body(u"mall"_s, u"v9"_s, u"from_version"_s,
                         {service(u"web"_s, {image(u"mall"_s, u"web"_s, u"v9"_s)})},
                         {{u"original_version_name"_s, u"v3.0.1"_s}}))
            << false << 500 << 500
            << u"image not found, serviceName: web, containerName: web, originalVersionName: "
               "v3.0.1, projectKey: mall"_s;
        QJsonObject dockerHub = body(u"mall"_s, u"v9"_s, u"manual"_s,
                                     {service(u"cart"_s, {image(u"mall"_s, u"cart"_s, u"v9"_s)})});
        QJsonObject hubImage = image(u"mall"_s, u"cart"_s, u"v9"_s);
        hubImage.insert(u"source_image"_s, u"docker.io/library/cart:1"_s);
        hubImage.insert(u"source_image_tag"_s, u"1"_s);
        dockerHub.insert(u"services"_s, QJsonArray{service(u"cart"_s, {hubImage})});
        QTest::newRow("source registry unknown")
            << u"4.0"_s << json(dockerHub) << false << 500 << 500
            << u"failed to check registry, err: can't find source registry for image: "
               "docker.io/library/cart:1"_s;
        QTest::newRow("helm manual, service not in templates")
            << u"4.3"_s
            << json(body(u"payments"_s, u"p"_s, u"manual"_s,
                         {service(u"nope"_s, {image(u"payments"_s, u"pay-api"_s, u"1"_s)})}))
            << true << 500 << 500 << u"can't find service nope in project payments"_s;
        QTest::newRow("not JSON") << u"5"_s << "{not json"_ba << false << 400 << 400
                                  << u"invalid character looking for beginning of value"_s;
        QTest::newRow("wrong type")
            << u"5"_s << "{\"project_key\":\"mall\",\"version_name\":12}"_ba << false << 400 << 400
            << u"json: cannot unmarshal number into Go struct field "
               "OpenAPICreateK8SDeliveryVersionV2Request.version_name of type string"_s;
        QTest::newRow("wrong type deep")
            << u"5"_s
            << "{\"services\":[{\"service_name\":\"cart\",\"images\":[{\"push_image\":\"yes\"}]}]}"_ba
            << false << 400 << 400
            << u"json: cannot unmarshal string into Go struct field "
               "OpenAPICreateK8SDeliveryVersionV2Request.services.images.push_image of type bool"_s;
    }

    void createErrors()
    {
        QFETCH(QString, generation);
        QFETCH(QByteArray, payload);
        QFETCH(bool, helm);
        QFETCH(int, status);
        QFETCH(int, code);
        QFETCH(QString, description);
        start(generation);
        const QString project = helm ? u"payments"_s : u"mall"_s;
        const int before = m_sim->v2().versionCount(project);
        const Answer a =
            call("POST",
                 helm ? u"/openapi/delivery/releases/helm"_s : u"/openapi/delivery/releases/k8s"_s,
                 payload);
        QCOMPARE(a.status, status);
        if (code == 0) {
            QVERIFY(a.body.isEmpty());
        } else {
            QCOMPARE(a.object()["code"_L1].toInt(), code);
            QCOMPARE(a.description(), description);
            if (code == 6560)
                QCOMPARE(a.object()["message"_L1].toString(), u"新建交付中心版本失败"_s);
        }
        QCOMPARE(m_sim->v2().versionCount(project), before); // nothing stored
    }

    // 4.0/4.1 never look the environment up: a from_env body without env passes.
    void createPassThroughBefore42()
    {
        start(u"4.1"_s);
        QJsonObject b = cartFromEnv(u"v9.3.0"_s);
        b.insert(u"env_name"_s, QString());
        b.insert(u"services"_s,
                 QJsonArray{service(u"cart"_s, {image(u"mall"_s, u"cart"_s, u"v9.3.0"_s)},
                                    {{u"yaml_content"_s, u"kind: Deployment\n"_s}})});
        QCOMPARE(create(b).status, 200);
    }

    void createdAtIsGloballyUnique()
    {
        start(u"4.3"_s);
        const QString taken = u"failed to insert delivery version %1, version already exist"_s;
        const auto post = [this](const QJsonObject &b, bool helm) {
            return call("POST",
                        helm ? u"/openapi/delivery/releases/helm"_s
                             : u"/openapi/delivery/releases/k8s"_s,
                        QJsonDocument(b).toJson(QJsonDocument::Compact));
        };
        QCOMPARE(post(cartFromEnv(u"v9.4.0"_s), false).status, 200);
        // Same simulated second, another project: the global index on created_at refuses it.
        const Answer same = post(payApiFromEnv(u"pay-9.4.0"_s), true);
        QCOMPARE(same.status, 400);
        QCOMPARE(same.object()["code"_L1].toInt(), 6560);
        QCOMPARE(same.description(), taken.arg(u"pay-9.4.0"_s));
        advance(1000); // a second later the same request passes
        QCOMPARE(post(payApiFromEnv(u"pay-9.4.0"_s), true).status, 200);

        // The switch: the next create collides whatever the clock says, once.
        advance(1000);
        m_sim->v2().collideNextCreate();
        QCOMPARE(post(cartFromEnv(u"v9.5.0"_s), false).description(), taken.arg(u"v9.5.0"_s));
        QCOMPARE(post(cartFromEnv(u"v9.5.0"_s), false).status, 200);
    }

    // Errors after the insert leave a failed version behind.
    void createFailsAfterInsert_data()
    {
        QTest::addColumn<QString>("generation");
        QTest::addColumn<bool>("emptyYaml");
        QTest::addColumn<QString>("error"); // "" when it must succeed
        QTest::newRow("no target registry")
            << u"5"_s << false << u"target registry not appointed"_s;
        QTest::newRow("4.0 from_env, no yaml") << u"4.0"_s << true << u"yaml缺少kind字段"_s;
        QTest::newRow("4.2 from_env, no yaml") << u"4.2"_s << true << u"yaml缺少kind字段"_s;
        QTest::newRow("4.2.1 renders it") << u"4.2.1"_s << true << QString();
    }

    void createFailsAfterInsert()
    {
        QFETCH(QString, generation);
        QFETCH(bool, emptyYaml);
        QFETCH(QString, error);
        start(generation);
        QJsonObject b = cartFromEnv(u"v9.6.0"_s);
        if (!emptyYaml)
            b.insert(u"image_registry_id"_s, QString());
        const Answer a = create(b);
        if (error.isEmpty()) {
            QCOMPARE(a.status, 200);
            return;
        }
        QCOMPARE(a.status, 500);
        QVERIFY2(a.description().contains(error), qPrintable(a.description()));
        const QJsonObject d = detail(u"mall"_s, u"v9.6.0"_s).object();
        QCOMPARE(d["status"_L1].toString(), u"failed"_s);
        QVERIFY(d["error"_L1].toString().contains(error));
        if (!emptyYaml) { // never had a task: not retryable
            const Answer r = retry(u"mall"_s, idOf(u"mall"_s, u"v9.6.0"_s));
            QCOMPARE(r.status, 500);
            QVERIFY(r.description().endsWith("no workflow task found for version: v9.6.0"_L1));
        }
    }

    // The warning of §2.4: a v3 K8s body is accepted and makes an empty version that succeeds.
    void v3K8sBodyMakesAnEmptyVersion()
    {
        start(u"4.3"_s);
        const QJsonObject v3{
            {u"project_key"_s, u"mall"_s},
            {u"version_name"_s, u"v3-style"_s},
            {u"retry"_s, false},
            {u"env_name"_s, u"qa"_s},
            {u"image_registry_id"_s, RegRelease},
            {u"yaml_datas"_s,
             QJsonArray{QJsonObject{
                 {u"service_name"_s, u"cart"_s},
                 {u"image_datas"_s, QJsonArray{QJsonObject{{u"container_name"_s, u"cart"_s},
                                                           {u"image_name"_s, u"cart"_s},
                                                           {u"image_tag"_s, u"1"_s}}}}}}}};
        QCOMPARE(create(v3).status, 200);
        const QJsonObject d = detail(u"mall"_s, u"v3-style"_s).object();
        QCOMPARE(d["services"_L1].toArray().size(), 0);
        QCOMPARE(d["source"_L1].toString(), QString());
        QCOMPARE(d["status"_L1].toString(), u"creating"_s);
        advance(5000);
        QCOMPARE(statusOf(u"mall"_s, u"v3-style"_s), u"success"_s);
        QCOMPARE(m_sim->requestCount(u"/openapi/delivery/releases/k8s"_s, "POST"), 1);
    }

    // --- lifecycle ---------------------------------------------------------------------------

    void lifecycle_data()
    {
        QTest::addColumn<QString>("generation");
        QTest::addColumn<bool>("helm");
        for (const QString &g : {u"4.0"_s, u"4.2.1"_s, u"5"_s})
            QTest::newRow(g.toLatin1().constData()) << g << false;
        QTest::newRow("4.3 helm") << u"4.3"_s << true;
    }

    void lifecycle()
    {
        QFETCH(QString, generation);
        QFETCH(bool, helm);
        start(generation);
        const QString project = helm ? u"payments"_s : u"mall"_s;
        const QString name = u"lc-1"_s;
        QJsonObject b = helm ? payApiFromEnv(name) : cartFromEnv(name);
        QJsonArray services = b["services"_L1].toArray();
        QJsonObject s = services[0].toObject();
        QJsonArray images = s["images"_L1].toArray();
        images.append(image(project, helm ? u"pay-api"_s : u"cart"_s, u"second"_s));
        s.insert(u"images"_s, images);
        services[0] = s;
        b.insert(u"services"_s, services);
        if (!helm) {
            b.insert(u"services"_s,
                     QJsonArray{service(u"cart"_s, {image(project, u"cart"_s, u"v1"_s)},
                                        {{u"yaml_content"_s, u"kind: Deployment\n"_s}}),
                                service(u"user"_s, {image(project, u"user"_s, u"v1"_s)},
                                        {{u"yaml_content"_s, u"kind: Deployment\n"_s}})});
        }
        // create() moved the clock 1 s; the watcher looks at 5 s, 10 s, ...
        QCOMPARE(create(b, helm).status, 200);
        advance(3000);                // 4 s after the create
        for (int i = 0; i < 3; ++i) { // reading changes nothing
            QCOMPARE(statusOf(project, name), u"creating"_s);
            QCOMPARE(firstImage(project, name)["status"_L1].toString(), QString());
        }
        advance(1000); // 5 s: first look, the jobs run (they started at 2 s)
        QCOMPARE(firstImage(project, name)["status"_L1].toString(), u"running"_s);
        QCOMPARE(statusOf(project, name), u"creating"_s);
        advance(4999); // just before the look at 10 s; the jobs end at 6 s and 10 s
        QCOMPARE(statusOf(project, name), u"creating"_s);
        advance(1);
        // Settled by the clock: the list shows it without any detail read in between.
        QCOMPARE(statusOf(project, name), u"success"_s);
        const QJsonArray done =
            detail(project, name).object()["services"_L1][0]["images"_L1].toArray();
        for (const QJsonValue &i : done)
            QCOMPARE(i["status"_L1].toString(), u"passed"_s);
    }

    void imageFailure()
    {
        start(u"4.3"_s);
        QCOMPARE(create(cartFromEnv(u"v9.7.0"_s, u"v9.7.0-fail"_s)).status, 200);
        advance(10'000);
        const QJsonObject d = detail(u"mall"_s, u"v9.7.0"_s).object();
        QCOMPARE(d["status"_L1].toString(), u"failed"_s);
        QCOMPARE(d["error"_L1].toString(), QString()); // K8s: the reason is on the image
        const QJsonObject i = d["services"_L1][0]["images"_L1][0].toObject();
        QCOMPARE(i["status"_L1].toString(), u"failed"_s);
        QCOMPARE(i["error"_L1].toString(),
                 u"failed to build image distribute for service: cart, status: failed, err: push "
                 "ccr.ccs.tencentyun.com/release/cart:v9.7.0-fail: unauthorized: authentication "
                 "required "_s);
    }

    void setVersionFails()
    {
        start(u"5"_s);
        QCOMPARE(create(cartFromEnv(u"v9.8.0"_s)).status, 200);
        QVERIFY(m_sim->v2().setVersionFails(u"mall"_s, u"v9.8.0"_s));
        advance(10'000);
        QCOMPARE(statusOf(u"mall"_s, u"v9.8.0"_s), u"failed"_s);
        // Every attempt fails while the switch is on.
        QCOMPARE(retry(u"mall"_s, idOf(u"mall"_s, u"v9.8.0"_s)).status, 200);
        advance(10'000);
        QCOMPARE(statusOf(u"mall"_s, u"v9.8.0"_s), u"failed"_s);
    }

    void watcherTimeout()
    {
        start(u"4.3"_s);
        QCOMPARE(create(cartFromEnv(u"v9.9.0"_s, u"v9.9.0-hang"_s)).status, 200);
        advance(59 * 60 * 1000);
        QCOMPARE(statusOf(u"mall"_s, u"v9.9.0"_s), u"creating"_s);
        QCOMPARE(firstImage(u"mall"_s, u"v9.9.0"_s)["status"_L1].toString(), u"running"_s);
        advance(60 * 1000);
        const QJsonObject d = detail(u"mall"_s, u"v9.9.0"_s).object();
        QCOMPARE(d["status"_L1].toString(), u"failed"_s);
        QCOMPARE(d["error"_L1].toString(), u"timeout"_s);
        // Its task still runs: the workflow refuses a retry.
        const Answer r = retry(u"mall"_s, idOf(u"mall"_s, u"v9.9.0"_s));
        QCOMPARE(r.status, 500);
        QVERIFY2(r.description().endsWith(u"工作流任务状态无法重试"_s), r.body.constData());
    }

    // --- retry -------------------------------------------------------------------------------

    void retryPerSubRange_data()
    {
        QTest::addColumn<QString>("generation");
        QTest::addColumn<bool>("helm");
        QTest::addColumn<bool>("settles");
        for (const QString &g : AllV4) {
            const bool settles = g == "4.3"_L1 || g == "5"_L1;
            QTest::newRow(g.toLatin1().constData()) << g << false << settles;
            if (g != "4.0"_L1 && g != "4.1"_L1) // Helm create fails there anyway
                QTest::newRow(QByteArray(g.toLatin1() + " helm").constData())
                    << g << true << settles;
        }
    }

    void retryPerSubRange()
    {
        QFETCH(QString, generation);
        QFETCH(bool, helm);
        QFETCH(bool, settles);
        start(generation);
        const QString project = helm ? u"payments"_s : u"mall"_s;
        const QString name = u"r-1"_s;
        QJsonObject b =
            helm ? payApiFromEnv(name, u"9.0.0-fail"_s) : cartFromEnv(name, u"v1-fail"_s);
        if (!helm)
            b.insert(u"services"_s,
                     QJsonArray{service(u"cart"_s, {image(project, u"cart"_s, u"v1-fail"_s)},
                                        {{u"yaml_content"_s, u"kind: Deployment\n"_s}})});
        QCOMPARE(create(b, helm).status, 200);
        advance(20'000);
        QCOMPARE(statusOf(project, name), u"failed"_s);
        const QString oldError = firstImage(project, name)["error"_L1].toString();
        QVERIFY(!oldError.isEmpty());

        const Answer r = retry(project, idOf(project, name));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), (QJsonObject{{u"message"_s, u"success"_s}}));
        QCOMPARE(statusOf(project, name), u"retrying"_s);
        advance(10 * 60 * 1000);
        if (!settles) {
            // Nobody watches it before 4.3.0: retrying for ever, the image still "failed".
            QCOMPARE(statusOf(project, name), u"retrying"_s);
            QCOMPARE(firstImage(project, name)["status"_L1].toString(), u"failed"_s);
            advance(24 * 3600 * 1000);
            QCOMPARE(statusOf(project, name), u"retrying"_s);
            return;
        }
        QCOMPARE(statusOf(project, name), u"success"_s);
        const QJsonObject i = firstImage(project, name);
        QCOMPARE(i["status"_L1].toString(), u"passed"_s);
        QCOMPARE(i["error"_L1].toString(), oldError); // never cleared
    }

    void retryErrors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("description");
        const QString prefix = u"failed to retry create delivery version, id: %1, error: "_s;
        QTest::newRow("no id") << u"projectKey=mall"_s << 400 << u"id can't be empty!"_s;
        QTest::newRow("no projectKey")
            << u"id=0123456789abcdef01234567"_s << 400 << u"projectName can't be empty!"_s;
        QTest::newRow("malformed")
            << u"id=xyz&projectKey=mall"_s << 500
            << QString(prefix.arg(u"xyz"_s) + u"the provided hex string is not a valid ObjectID"_s);
        const QString unknown = u"0123456789abcdef01234567"_s;
        QTest::newRow("unknown") << u"id=%1&projectKey=mall"_s.arg(unknown) << 500
                                 << QString(prefix.arg(unknown) +
                                            u"failed to query delivery version data, id: %1, "
                                            "error: mongo: no documents in result"_s.arg(unknown));
        QTest::newRow("success") << u"name=v3.0.0"_s << 500
                                 << u"can't reCreate version with status:success"_s;
        QTest::newRow("creating") << u"name=v3.2.0-rc1"_s << 500
                                  << u"can't reCreate version with status:creating"_s;
    }

    void retryErrors()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QString, description);
        start(u"5"_s);
        if (query.startsWith("name="_L1)) {
            const QString id = idOf(u"mall"_s, query.mid(5));
            query = u"id=%1&projectKey=mall"_s.arg(id);
            description =
                u"failed to retry create delivery version, id: %1, error: "_s.arg(id) + description;
        }
        const Answer a = call("POST", u"/openapi/delivery/releases/retry?"_s + query);
        QCOMPARE(a.status, status);
        QCOMPARE(a.description(), description);
    }

    // --- seeds -------------------------------------------------------------------------------

    void demoSeed()
    {
        start(u"4.3"_s);
        QSet<QString> statuses;
        QSet<QString> types;
        bool imageError = false;
        bool labels = false;
        for (const QString &project : {u"mall"_s, u"payments"_s}) {
            const QJsonArray items = list(project).object()["list"_L1].toArray();
            QVERIFY(items.size() >= 10);
            for (const QJsonValue &item : items) {
                statuses.insert(item["status"_L1].toString());
                types.insert(item["type"_L1].toString());
                labels = labels || !item["labels"_L1].toArray().isEmpty();
                const QJsonObject d = detail(project, item["version_name"_L1].toString()).object();
                QCOMPARE(d["version"_L1], item["version_name"_L1]);
                for (const QJsonValue &s : d["services"_L1].toArray()) {
                    for (const QJsonValue &i : s["images"_L1].toArray())
                        imageError = imageError || !i["error"_L1].toString().isEmpty();
                }
            }
        }
        QCOMPARE(types, (QSet<QString>{u"K8SYaml"_s, u"HelmChart"_s}));
        QVERIFY(statuses.contains(u"success"_s));
        QVERIFY(statuses.contains(u"failed"_s));
        QVERIFY(statuses.contains(u"creating"_s));
        QVERIFY(imageError);
        QVERIFY(labels);
        // The legacy typeless 3.x version is not migrated.
        QCOMPARE(detail(u"mall"_s, u"workflow-release-0825"_s).status, 500);
        QCOMPARE(m_sim->v2().status(u"mall"_s, u"v2.5.0"_s), u"success"_s);
    }

    void demoSeedInFlight()
    {
        start(u"4.3"_s);
        QCOMPARE(statusOf(u"mall"_s, u"v3.2.0-rc1"_s), u"creating"_s);
        QCOMPARE(statusOf(u"payments"_s, u"pay-3.2.0-rc1"_s), u"creating"_s);
        advance(20'000);
        QCOMPARE(statusOf(u"mall"_s, u"v3.2.0-rc1"_s), u"success"_s);
        QCOMPARE(statusOf(u"payments"_s, u"pay-3.2.0-rc1"_s), u"failed"_s);
        const QJsonArray images = detail(u"payments"_s, u"pay-3.2.0-rc1"_s)
                                      .object()["services"_L1][1]["images"_L1]
                                      .toArray();
        QCOMPARE(images[1]["container_name"_L1].toString(), u"risk-model"_s);
        QCOMPARE(images[1]["status"_L1].toString(), u"failed"_s);
        QCOMPARE(retry(u"payments"_s, idOf(u"payments"_s, u"pay-3.2.0-rc1"_s)).status, 200);
        advance(60'000);
        QCOMPARE(statusOf(u"payments"_s, u"pay-3.2.0-rc1"_s), u"success"_s);
    }

    void otherSeeds()
    {
        start(u"5"_s, u"empty"_s);
        QCOMPARE(list(u"mall"_s).object()["total"_L1].toInt(), 0);
        start(u"5"_s, u"large:45"_s);
        const QJsonObject page = list(u"mall"_s, 1, 20).object();
        QCOMPARE(page["total"_L1].toInt(), 45);
        QCOMPARE(page["list"_L1][0]["version_name"_L1].toString(), u"release-000045"_s);
        QCOMPARE(statusOf(u"mall"_s, u"release-000043"_s), u"failed"_s);
        QCOMPARE(shapeDifference(fixture(u"v2_detail_k8s.json"_s),
                                 detail(u"mall"_s, u"release-000043"_s).object(), u"d"_s),
                 QString());
    }

    // --- the wizard's helpers on 4.x ---------------------------------------------------------

    void environmentContainerKey_data()
    {
        QTest::addColumn<QString>("generation");
        QTest::addColumn<QString>("key");
        QTest::newRow("3") << u"3"_s << u"imagePath"_s;
        QTest::newRow("4.0") << u"4.0"_s << u"image_path"_s;
        QTest::newRow("5") << u"5"_s << u"image_path"_s;
    }

    void environmentContainerKey()
    {
        QFETCH(QString, generation);
        QFETCH(QString, key);
        start(generation);
        const Answer a = get(u"/openapi/environments/qa?projectKey=mall"_s);
        QCOMPARE(a.status, 200);
        const QJsonObject c = a.object()["services"_L1][0]["containers"_L1][0].toObject();
        QVERIFY(c.contains(key));
        QCOMPARE(c[key]["tag"_L1].toString(), u"20241112-49-release-1.8"_s);
        QCOMPARE(get(u"/openapi/system/registry"_s).status, 200);
        QCOMPARE(get(u"/api/aslan/system/helm/project?projectName=payments"_s).status, 200);
    }

    void renderedServiceText_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("contains");
        QTest::newRow("yaml") << u"/openapi/environments/service/yaml?projectKey=mall&envName=qa&"
                                 "serviceName=cart"_s
                              << QString(u"image: "_s + CartQa);
        QTest::newRow("production yaml")
            << u"/openapi/environments/production/service/yaml?projectKey=mall&envName=prod&"
               "serviceName=cart"_s
            << u"image: registry.example.com/mall/cart:20241101-3-main"_s;
        QTest::newRow("values") << u"/openapi/environments/service/values?projectKey=payments&"
                                   "envName=qa&serviceName=pay-api"_s
                                << u"repository: harbor.example.com/payments/pay-api"_s;
    }

    void renderedServiceText()
    {
        QFETCH(QString, path);
        QFETCH(QString, contains);
        start(u"4.0"_s);
        const Answer a = get(path);
        QCOMPARE(a.status, 200);
        QVERIFY(a.contentType.startsWith("text/plain"));
        QVERIFY2(QString::fromUtf8(a.body).contains(contains), a.body.constData());
        // Not on 3.x.
        start(u"3"_s);
        QCOMPARE(get(path).status, 404);
    }

    void requestsAreRecorded()
    {
        start(u"5"_s);
        m_sim->clearRequests();
        detail(u"mall"_s, u"v3.0.0"_s);
        get(u"/openapi/system/cli/context"_s);
        QCOMPARE(m_sim->requests().size(), 2);
        QCOMPARE(m_sim->requests().first().path, u"/openapi/delivery/releases/detail"_s);
        QCOMPARE(m_sim->requestCount(u"cli/context"_s, "GET"), 1);
    }
};

QTEST_GUILESS_MAIN(TestSimV2)
#include "tst_simv2.moc"
