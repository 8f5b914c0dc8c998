// Create bodies, field for field against hand-written JSON fixtures: no field more, none less,
// every type as the server's Go structs expect it.
#include "api/encode.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zadig;

Q_DECLARE_METATYPE(zadig::CreateK8sVersionRequest)
Q_DECLARE_METATYPE(zadig::CreateHelmVersionRequest)

namespace {

QJsonObject fixtureObject(const QString &name)
{
    const QByteArray data = test::testData(name);
    if (data.isEmpty())
        qFatal("missing fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(data).object();
}

CreateK8sVersionRequest richK8sRequest()
{
    CreateK8sVersionRequest r;
    r.common.projectKey = u"demo"_s;
    r.common.versionName = u"v1.2.0"_s;
    r.common.envName = u"dev"_s;
    r.common.description = u"第一次发布 & \"quoted\""_s;
    r.common.labels = {u"release"_s, u"标签"_s};
    r.common.imageRegistryId = u"62ce6231e0281143de477e60"_s;
    r.yamlDatas = {
        {u"service1"_s,
         {{u"service1"_s, u"service1"_s, u"v1.2.0"_s, false},
          {u"sidecar"_s, u"envoy"_s, u"1.29"_s, true}}},
        {u"service2"_s, {}},
    };
    return r;
}

CreateHelmVersionRequest richHelmRequest()
{
    CreateHelmVersionRequest r;
    r.common.projectKey = u"helm-demo"_s;
    r.common.versionName = u"v4"_s;
    r.common.retry = true;
    r.common.envName = u"prod"_s;
    r.common.production = true;
    r.common.imageRegistryId = u"62ce6231e0281143de477e60"_s;
    r.chartRepoName = u"test"_s;
    r.chartDatas = {
        {u"service1"_s,
         u"1.76.0"_s,
         {{u"service1"_s, u"service1"_s, u"20240419133934-5-main"_s, false}}},
        {u"service2"_s, u"2.0.0-rc.1"_s, {{u"service2"_s, u"service2"_s, u"v4"_s, true}}},
    };
    return r;
}

QJsonObject emptyCommon()
{
    return QJsonObject{
        {u"project_key"_s, u""_s},   {u"version_name"_s, u""_s},      {u"retry"_s, false},
        {u"env_name"_s, u""_s},      {u"production"_s, false},        {u"desc"_s, u""_s},
        {u"labels"_s, QJsonArray()}, {u"image_registry_id"_s, u""_s},
    };
}

} // namespace

class TestEncode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void k8sBody_data();
    void k8sBody();
    void helmBody_data();
    void helmBody();
    void disableImageDistAlwaysBool();
    void toJson_data();
    void toJson();
};

void TestEncode::k8sBody_data()
{
    QTest::addColumn<CreateK8sVersionRequest>("request");
    QTest::addColumn<QJsonObject>("expected");

    QTest::newRow("fixture") << richK8sRequest() << fixtureObject(u"create_k8s_body.json"_s);

    QJsonObject empty = emptyCommon();
    empty.insert(u"yaml_datas"_s, QJsonArray());
    QTest::newRow("empty request: every field still present") << CreateK8sVersionRequest{} << empty;
}

void TestEncode::k8sBody()
{
    QFETCH(CreateK8sVersionRequest, request);
    QFETCH(QJsonObject, expected);
    const QJsonObject body = encode::createK8sBody(request);
    QCOMPARE(body.keys(), expected.keys());
    QCOMPARE(body, expected);
}

void TestEncode::helmBody_data()
{
    QTest::addColumn<CreateHelmVersionRequest>("request");
    QTest::addColumn<QJsonObject>("expected");

    QTest::newRow("fixture") << richHelmRequest() << fixtureObject(u"create_helm_body.json"_s);

    QJsonObject empty = emptyCommon();
    empty.insert(u"chart_repo_name"_s, u""_s);
    empty.insert(u"chart_datas"_s, QJsonArray());
    QTest::newRow("empty request: every field still present")
        << CreateHelmVersionRequest{} << empty;
}

void TestEncode::helmBody()
{
    QFETCH(CreateHelmVersionRequest, request);
    QFETCH(QJsonObject, expected);
    const QJsonObject body = encode::createHelmBody(request);
    QCOMPARE(body.keys(), expected.keys());
    QCOMPARE(body, expected);
}

void TestEncode::disableImageDistAlwaysBool()
{
    const QJsonObject k8s = encode::createK8sBody(richK8sRequest());
    const QJsonObject helm = encode::createHelmBody(richHelmRequest());
    int seen = 0;
    const auto check = [&seen](const QJsonArray &images) {
        for (const QJsonValue &image : images) {
            const QJsonValue flag = image.toObject().value("disable_image_dist"_L1);
            QVERIFY(flag.isBool());
            ++seen;
        }
    };
    for (const QJsonValue &service : k8s.value("yaml_datas"_L1).toArray())
        check(service.toObject().value("image_datas"_L1).toArray());
    for (const QJsonValue &chart : helm.value("chart_datas"_L1).toArray())
        check(chart.toObject().value("image_datas"_L1).toArray());
    QCOMPARE(seen, 4);
}

void TestEncode::toJson_data()
{
    QTest::addColumn<bool>("indented");
    QTest::newRow("compact") << false;
    QTest::newRow("indented") << true;
}

void TestEncode::toJson()
{
    QFETCH(bool, indented);
    const QJsonObject body = encode::createK8sBody(richK8sRequest());
    const QByteArray bytes = encode::toJson(body, indented);
    QCOMPARE(bytes.contains('\n'), indented);
    QVERIFY(bytes.isValidUtf8());
    QVERIFY(bytes.contains("第一次发布")); // UTF-8 as is, not \u escapes
    QJsonParseError error;
    const QJsonDocument back = QJsonDocument::fromJson(bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(back.object(), body);
}

QTEST_GUILESS_MAIN(TestEncode)
#include "tst_encode.moc"
