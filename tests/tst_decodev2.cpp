// Zadig 4.x/5.x ("delivery version v2") without a network: the decoders on the spec's own JSON
// examples (tests/data/client_v2_*.json, field names copied from zadig-v4-v5-api.md), a wrong
// type in every field, the bridge to the 2.3-3.4 fields, progress, the create encoders compared
// field by field with the spec's example bodies, target_image, and the error mapping additions.
#include "api/decode.h"
#include "api/encode.h"
#include "api/errors.h"
#include "jsonpaths.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zadig;
using namespace zadig::test;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(zadig::ApiError::Kind)
Q_DECLARE_METATYPE(zadig::VersionStatus)
Q_DECLARE_METATYPE(zadig::VersionType)
Q_DECLARE_METATYPE(zadig::UploadStatus)

namespace {

QByteArray fixture(const QString &name)
{
    const QByteArray data = test::testData(name);
    if (data.isEmpty())
        qFatal("missing fixture %s", qPrintable(name));
    return data;
}

QJsonObject fixtureObject(const QString &name)
{
    return QJsonDocument::fromJson(fixture(name)).object();
}

std::optional<ApiError> runDecoder(const QString &name, const QByteArray &body)
{
    const auto check = [](const auto &result) -> std::optional<ApiError> {
        if (result.ok())
            return std::nullopt;
        return result.error();
    };
    if (name == "versionPageV2"_L1)
        return check(decode::fromBytes(body, decode::versionPageV2));
    if (name == "versionDetailV2"_L1)
        return check(decode::fromBytes(body, decode::versionDetailV2));
    qFatal("unknown decoder %s", qPrintable(name));
    return std::nullopt;
}

// --- comparing an encoded body with the spec's example ------------------------------------------

// Every field of `expected` must be in `actual` with the same value (objects recursively, arrays
// element by element); fields only in `actual` are listed in `extras` by path.
void compareSubset(const QJsonValue &expected, const QJsonValue &actual, const QString &at,
                   QStringList &mismatches, QStringList &extras)
{
    if (expected.isObject() && actual.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            const QString here = at.isEmpty() ? it.key() : at + u'.' + it.key();
            if (!a.contains(it.key()))
                mismatches.append(here + u" missing"_s);
            else
                compareSubset(it.value(), a.value(it.key()), here, mismatches, extras);
        }
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (!e.contains(it.key()))
                extras.append(at.isEmpty() ? it.key() : at + u'.' + it.key());
        }
        return;
    }
    if (expected.isArray() && actual.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (e.size() != a.size()) {
            mismatches.append(at + u": %1 elements instead of %2"_s.arg(a.size()).arg(e.size()));
            return;
        }
        for (qsizetype i = 0; i < e.size(); ++i) {
            compareSubset(e.at(i), a.at(i), at + u'[' + QString::number(i) + u']', mismatches,
                          extras);
        }
        return;
    }
    if (expected != actual) {
        mismatches.append(
            at + u": "_s +
            QString::fromUtf8(QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact)) +
            u" instead of "_s +
            QString::fromUtf8(QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact)));
    }
}

Registry exampleRegistry()
{
    Registry registry;
    registry.id = u"65f0c0ffee0000000000abcd"_s;
    registry.address = u"https://harbor.example.com"_s;
    registry.imageNamespace = u"prod"_s;
    return registry;
}

VersionImage exampleImage(const QString &tag)
{
    VersionImage image;
    image.containerName = u"svc-a"_s;
    image.imageName = u"svc-a"_s;
    image.sourceImage = u"harbor.dev/team/svc-a:20250801-1-main"_s;
    image.sourceImageTag = u"20250801-1-main"_s;
    image.targetImageTag = tag;
    image.pushImage = true;
    // What a detail would carry; never sent.
    image.status = u"passed"_s;
    image.error = u"old"_s;
    return image;
}

} // namespace

class TestDecodeV2 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listExample();
    void listOfEitherGeneration();
    void detailK8sExample();
    void detailHelmExample();
    void detailNeedsItsVersion_data();
    void detailNeedsItsVersion();
    void createdAtFallback();
    void nullArraysAndImagePath();
    void wrongTypeInEveryField_data();
    void wrongTypeInEveryField();
    void progress_data();
    void progress();
    void encodeSpecExamples_data();
    void encodeSpecExamples();
    void encodeFullSet();
    void targetImage_data();
    void targetImage();
    void targetImageFor_data();
    void targetImageFor();
    void sources();
    void generationNames();
    void errorMapping_data();
    void errorMapping();
};

void TestDecodeV2::listExample()
{
    const auto page = decode::fromBytes(fixture(u"client_v2_list.json"_s), decode::versionPageV2);
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().detail));
    QCOMPARE(page->total, 1);
    QCOMPARE(page->versions.size(), 1);
    const VersionInfo &v = page->versions.constFirst();
    QCOMPARE(v.id, u"68b7c1e2a1b2c3d4e5f60718"_s);
    QCOMPARE(v.name, u"v1.2.0"_s);
    QCOMPARE(v.type, VersionType::K8sYaml);
    QCOMPARE(v.source, VersionSource::FromEnv);
    QCOMPARE(v.rawSource, u"from_env"_s);
    QCOMPARE(v.status, VersionStatus::Success);
    QCOMPARE(v.labels, QStringList{u"release"_s});
    QVERIFY(v.labelsFromList);
    QCOMPARE(v.description, u"Q3"_s);
    QCOMPARE(v.createdBy, u"alice(OpenAPI)"_s);
    QCOMPARE(v.createTime, 1756450000);
    QVERIFY(!v.progress);

    // The 2.3-3.4 decoder never claims the labels came from the list.
    const auto old = decode::fromBytes(fixture(u"client_v2_list.json"_s), decode::versionPage);
    QVERIFY(old.ok());
    QVERIFY(!old->versions.constFirst().labelsFromList);
}

void TestDecodeV2::listOfEitherGeneration()
{
    // Before the generation is known, the page tells: a 4.x/5.x page by its items' source.
    const auto v2 =
        decode::fromBytes(fixture(u"client_v2_list.json"_s), decode::versionPageOfEitherGeneration);
    QVERIFY(v2.ok());
    QVERIFY(v2->versions.constFirst().labelsFromList);
    QCOMPARE(v2->versions.constFirst().source, VersionSource::FromEnv);
    const auto v3 =
        decode::fromBytes(fixture(u"seed_list.json"_s), decode::versionPageOfEitherGeneration);
    QVERIFY(v3.ok());
    QVERIFY(!v3->versions.isEmpty());
    for (const VersionInfo &v : v3->versions)
        QVERIFY(!v.labelsFromList);
}

void TestDecodeV2::detailK8sExample()
{
    const auto detail =
        decode::fromBytes(fixture(u"client_v2_detail_k8s.json"_s), decode::versionDetailV2);
    QVERIFY2(detail.ok(), qPrintable(detail.ok() ? QString() : detail.error().detail));
    const VersionDetail &d = detail.value();
    QVERIFY(d.v2);
    QVERIFY(d.info.id.isEmpty()); // the v2 detail has none
    QCOMPARE(d.info.name, u"v1.2.0"_s);
    QCOMPARE(d.projectKey, u"demo"_s);
    QCOMPARE(d.envName, u"prod"_s);
    QVERIFY(d.production);
    QCOMPARE(d.info.type, VersionType::K8sYaml);
    QCOMPARE(d.info.source, VersionSource::FromEnv);
    QCOMPARE(d.info.description, u"Q3"_s);
    QCOMPARE(d.info.labels, QStringList{u"release"_s});
    QCOMPARE(d.imageRegistryId, u"65f0c0ffee0000000000abcd"_s);
    QCOMPARE(d.chartRepoName, QString());
    QCOMPARE(d.info.status, VersionStatus::Success);
    QCOMPARE(d.error, QString());
    QCOMPARE(d.info.createdBy, u"alice(OpenAPI)"_s);
    QCOMPARE(d.info.createTime, 1756450000);
    QCOMPARE(d.services.size(), 1);
    const VersionService &s = d.services.constFirst();
    QCOMPARE(s.serviceName, u"svc-a"_s);
    QCOMPARE(s.yamlContent, u"apiVersion: apps/v1\nkind: Deployment\n..."_s);
    QCOMPARE(s.images.size(), 1);
    const VersionImage &i = s.images.constFirst();
    QCOMPARE(i.containerName, u"svc-a"_s);
    QCOMPARE(i.imageName, u"svc-a"_s);
    QCOMPARE(i.sourceImage, u"harbor.dev/team/svc-a:20250801-1-main"_s);
    QCOMPARE(i.sourceImageTag, u"20250801-1-main"_s);
    QCOMPARE(i.targetImage, u"harbor.example.com/prod/svc-a:v1.2.0"_s);
    QCOMPARE(i.targetImageTag, u"v1.2.0"_s);
    QVERIFY(!i.imagePath);
    QVERIFY(i.pushImage);
    QCOMPARE(i.status, u"passed"_s);

    // Bridge: one deployable per image, the module is the container, the image the target.
    QCOMPARE(d.deployInfos.size(), 1);
    const DeployInfo &deploy = d.deployInfos.constFirst();
    QCOMPARE(deploy.serviceName, u"svc-a"_s);
    QCOMPARE(deploy.serviceModule, u"svc-a"_s);
    QCOMPARE(deploy.image, u"harbor.example.com/prod/svc-a:v1.2.0"_s);
    QCOMPARE(deploy.imageName, u"svc-a"_s);
    QCOMPARE(deploy.registryId, u"65f0c0ffee0000000000abcd"_s);
    QVERIFY(d.distributeInfos.isEmpty());
    QVERIFY(d.info.progress);
    QCOMPARE(d.info.progress->successCount, 1);
    QCOMPARE(d.info.progress->totalCount, 1);
    QCOMPARE(d.info.progress->uploadStatus, UploadStatus::Success);
}

void TestDecodeV2::detailHelmExample()
{
    const auto detail =
        decode::fromBytes(fixture(u"client_v2_detail_helm.json"_s), decode::versionDetailV2);
    QVERIFY2(detail.ok(), qPrintable(detail.ok() ? QString() : detail.error().detail));
    const VersionDetail &d = detail.value();
    QCOMPARE(d.info.type, VersionType::HelmChart);
    QCOMPARE(d.chartRepoName, u"my-chartmuseum"_s);
    QCOMPARE(d.info.status, VersionStatus::Failed);
    QCOMPARE(d.services.size(), 2);
    const VersionService &a = d.services.at(0);
    QCOMPARE(a.chartName, u"svc-a"_s);
    QCOMPARE(a.chartVersion, u"1.2.0"_s);
    QCOMPARE(a.chartStatus, u"passed"_s);
    QVERIFY(a.yamlContent.startsWith("image:"_L1));
    QCOMPARE(a.images.size(), 2);
    QVERIFY(a.images.at(0).imagePath);
    QCOMPARE(*a.images.at(0).imagePath,
             (ImagePath{u"image.repository"_s, QString(), QString(), u"image.tag"_s}));
    QCOMPARE(*a.images.at(1).imagePath, (ImagePath{u"sidecar.registry"_s, u"sidecar.namespace"_s,
                                                   u"sidecar.image"_s, u"sidecar.tag"_s}));
    QVERIFY(!a.images.at(1).pushImage);
    const VersionImage &failed = d.services.at(1).images.constFirst();
    QCOMPARE(failed.status, u"failed"_s);
    QVERIFY(failed.error.contains("pull denied"_L1));

    // Bridge: a chart per service, its images below it.
    QVERIFY(d.deployInfos.isEmpty());
    QCOMPARE(d.distributeInfos.size(), 2);
    const DistributeInfo &chart = d.distributeInfos.at(0);
    QCOMPARE(chart.serviceName, u"svc-a"_s);
    QCOMPARE(chart.distributeType, u"chart"_s);
    QCOMPARE(chart.chartName, u"svc-a"_s);
    QCOMPARE(chart.chartRepoName, u"my-chartmuseum"_s);
    QCOMPARE(chart.chartVersion, u"1.2.0"_s);
    QCOMPARE(chart.subDistributes.size(), 2);
    QCOMPARE(chart.subDistributes.at(1).distributeType, u"image"_s);
    QCOMPARE(chart.subDistributes.at(1).serviceModule, u"sidecar"_s);
    QCOMPARE(chart.subDistributes.at(1).image, u"docker.io/envoyproxy/envoy:v1.30"_s);

    // Charts 1 of 2 passed, pushed images 1 of 2 passed (the sidecar is not pushed).
    QVERIFY(d.info.progress);
    QCOMPARE(d.info.progress->successCount, 2);
    QCOMPARE(d.info.progress->totalCount, 4);
    QCOMPARE(d.info.progress->uploadStatus, UploadStatus::Failed);
    QVERIFY(d.info.progress->error.contains("pull denied"_L1));
}

void TestDecodeV2::detailNeedsItsVersion_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a write's answer") << R"({"message":"success"})"_ba << u"version: missing"_s;
    QTest::newRow("null version") << R"({"version":null})"_ba << u"version: missing"_s;
    QTest::newRow("an array") << "[]"_ba << u"top level: expected an object"_s;
    QTest::newRow("a 2.3-3.4 detail")
        << R"({"version_info":{"id":"x"}})"_ba << u"version: missing"_s;
}

void TestDecodeV2::detailNeedsItsVersion()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const auto detail = decode::fromBytes(body, decode::versionDetailV2);
    QVERIFY(!detail.ok());
    QCOMPARE(detail.error().kind, Kind::BadResponse);
    QCOMPARE(detail.error().detail, expected);
}

void TestDecodeV2::createdAtFallback()
{
    QJsonObject o = fixtureObject(u"client_v2_detail_k8s.json"_s);
    o.remove(u"created_at"_s);
    o.insert(u"create_time"_s, 42);
    const auto detail =
        decode::versionDetailV2(QJsonDocument(o)); // a server that names it as the list does
    QVERIFY(detail.ok());
    QCOMPARE(detail->info.createTime, 42);
    o.insert(u"created_at"_s, 7);
    QCOMPARE(decode::versionDetailV2(QJsonDocument(o))->info.createTime, 7);
}

void TestDecodeV2::nullArraysAndImagePath()
{
    QJsonObject o = fixtureObject(u"client_v2_detail_k8s.json"_s);
    o.insert(u"labels"_s, QJsonValue::Null);
    QJsonArray services = o.value(u"services"_s).toArray();
    QJsonObject service = services.at(0).toObject();
    service.insert(u"images"_s, QJsonValue::Null);
    services.replace(0, service);
    o.insert(u"services"_s, services);
    const auto detail = decode::versionDetailV2(QJsonDocument(o));
    QVERIFY(detail.ok());
    QVERIFY(detail->info.labels.isEmpty());
    QVERIFY(detail->services.constFirst().images.isEmpty());
    QVERIFY(detail->deployInfos.isEmpty());
    QCOMPARE(detail->info.progress->totalCount, 0);

    o.insert(u"services"_s, QJsonValue::Null);
    QVERIFY(decode::versionDetailV2(QJsonDocument(o))->services.isEmpty());
}

void TestDecodeV2::wrongTypeInEveryField_data()
{
    QTest::addColumn<QString>("decoder");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected"); // empty: decodes

    const QList<std::pair<QString, QString>> answers = {
        {u"versionPageV2"_s, u"client_v2_list.json"_s},
        {u"versionDetailV2"_s, u"client_v2_detail_k8s.json"_s},
        {u"versionDetailV2"_s, u"client_v2_detail_helm.json"_s},
    };
    const QList<std::pair<const char *, QJsonValue>> wrongValues = {
        {"string", u"7"_s},
        {"number", 7},
        {"fraction", 1.5},
        {"bool", true},
        {"object", QJsonObject{{u"a"_s, 1}}},
        {"array", QJsonArray{1}},
        {"null", QJsonValue::Null},
    };
    int rows = 0;
    for (const auto &[decoder, file] : answers) {
        const QByteArray body = fixture(file);
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        QVERIFY2(!runDecoder(decoder, body).has_value(), qPrintable(file));
        const QJsonValue root = doc.object();
        JsonPath path;
        QList<std::pair<JsonPath, QJsonValue>> fields;
        collectPaths(root, path, fields);
        for (const auto &[at, original] : fields) {
            const QString where = pathText(at);
            const bool element = at.constLast().index >= 0;
            const QString key = element ? QString() : at.constLast().key;
            if (key == "deleted_at"_L1)
                continue; // always 0 and read by nobody: ignored like any unknown field
            // image_path is null for K8s images: an object belongs there.
            const QJsonValue::Type type =
                original.isNull() && key == "image_path"_L1 ? QJsonValue::Object : original.type();
            QVERIFY2(type != QJsonValue::Null, qPrintable(where));
            for (const auto &[valueName, value] : wrongValues) {
                const bool fraction = qstrcmp(valueName, "fraction") == 0;
                if (value.type() == type && !(fraction && type == QJsonValue::Double))
                    continue;
                if (fraction && type != QJsonValue::Double)
                    continue;
                QString expected;
                if (fraction)
                    expected = where + u": expected an integer"_s;
                else if (value.isNull() && element)
                    expected = where + u": "_s + expectedWhat(type);
                else if (value.isNull() && where == "version"_L1)
                    expected = u"version: missing"_s;
                else if (value.isNull())
                    expected.clear(); // null is the default
                else
                    expected = where + u": "_s + expectedWhat(type);
                const QJsonValue changed = replaced(root, at, 0, value);
                QTest::addRow("%s: %s = %s", qPrintable(file), qPrintable(where), valueName)
                    << decoder << QJsonDocument(changed.toObject()).toJson(QJsonDocument::Compact)
                    << expected;
                ++rows;
            }
        }
        QTest::addRow("%s: top level", qPrintable(file))
            << decoder << "[]"_ba << u"top level: expected an object"_s;
    }
    QVERIFY2(rows > 300, "the fixtures have fewer fields than expected");
}

void TestDecodeV2::wrongTypeInEveryField()
{
    QFETCH(QString, decoder);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const std::optional<ApiError> error = runDecoder(decoder, body);
    if (expected.isEmpty()) {
        QVERIFY2(!error, qPrintable(error ? error->detail : QString()));
        return;
    }
    QVERIFY2(error, "a wrong type was decoded silently");
    QCOMPARE(error->kind, Kind::BadResponse);
    QCOMPARE(error->detail, expected);
}

void TestDecodeV2::progress_data()
{
    QTest::addColumn<VersionType>("type");
    QTest::addColumn<VersionStatus>("status");
    // per service: chart status, then image "push:status" entries
    QTest::addColumn<QList<QStringList>>("services");
    QTest::addColumn<int>("success");
    QTest::addColumn<int>("total");
    QTest::addColumn<UploadStatus>("upload");

    QTest::newRow("k8s, nothing pushed")
        << VersionType::K8sYaml << VersionStatus::Success
        << QList<QStringList>{{u""_s, u"0:"_s, u"0:"_s}} << 0 << 0 << UploadStatus::Success;
    QTest::newRow("k8s, 2 of 3 pushed passed")
        << VersionType::K8sYaml << VersionStatus::Creating
        << QList<QStringList>{{u""_s, u"1:passed"_s, u"1:running"_s},
                              {u""_s, u"1:passed"_s, u"0:passed"_s}}
        << 2 << 3 << UploadStatus::Uploading;
    QTest::newRow("k8s, chart status ignored")
        << VersionType::K8sYaml << VersionStatus::Retrying
        << QList<QStringList>{{u"passed"_s, u"1:failed"_s}} << 0 << 1 << UploadStatus::Uploading;
    QTest::newRow("helm, charts count")
        << VersionType::HelmChart << VersionStatus::Failed
        << QList<QStringList>{{u"passed"_s, u"1:passed"_s}, {u""_s, u"1:"_s, u"0:passed"_s}} << 2
        << 4 << UploadStatus::Failed;
    QTest::newRow("helm, images-only version")
        << VersionType::HelmChart << VersionStatus::Success
        << QList<QStringList>{{u"passed"_s, u"0:"_s}} << 1 << 1 << UploadStatus::Success;
}

void TestDecodeV2::progress()
{
    QFETCH(VersionType, type);
    QFETCH(VersionStatus, status);
    QFETCH(QList<QStringList>, services);
    QFETCH(int, success);
    QFETCH(int, total);
    QFETCH(UploadStatus, upload);
    VersionDetail detail;
    detail.v2 = true;
    detail.info.type = type;
    detail.info.status = status;
    for (const QStringList &spec : services) {
        VersionService service;
        service.chartStatus = spec.constFirst();
        for (const QString &image : spec.mid(1)) {
            VersionImage i;
            i.pushImage = image.startsWith(u'1');
            i.status = image.mid(2);
            service.images.append(i);
        }
        detail.services.append(service);
    }
    const Progress p = progressOfV2(detail);
    QCOMPARE(p.successCount, success);
    QCOMPARE(p.totalCount, total);
    QCOMPARE(p.uploadStatus, upload);
}

void TestDecodeV2::encodeSpecExamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QStringList>("extras"); // the full-set fields the minimal example omits

    const Registry registry = exampleRegistry();
    {
        CreateK8sVersionV2Request r;
        r.common.projectKey = u"demo"_s;
        r.common.versionName = u"v1.2.0"_s;
        r.common.source = VersionSource::FromEnv;
        r.common.envName = u"prod"_s;
        r.common.production = true;
        r.common.description = u"Q3"_s;
        r.common.labels = {u"release"_s};
        r.common.targetRegistry = registry;
        r.common.services = {{u"svc-a"_s, {}, {}, {}, {}, {}, {exampleImage(u"v1.2.0"_s)}, {}}};
        QTest::newRow("k8s from_env")
            << u"client_v2_create_k8s_from_env.json"_s << encode::createK8sBodyV2(r)
            << QStringList{u"original_version_name"_s,
                           u"services[0].chart_version"_s,
                           u"services[0].images[0].image_name"_s,
                           u"services[0].images[0].source_image"_s,
                           u"services[0].images[0].source_image_tag"_s,
                           u"services[0].yaml_content"_s};
    }
    {
        CreateHelmVersionV2Request r;
        r.common.projectKey = u"demo-helm"_s;
        r.common.versionName = u"v1.2.0"_s;
        r.common.source = VersionSource::FromEnv;
        r.common.envName = u"prod"_s;
        r.common.production = true;
        r.common.targetRegistry = registry;
        r.chartRepoName = u"my-chartmuseum"_s;
        VersionImage image = exampleImage(u"v1.2.0"_s);
        image.imagePath = ImagePath{u"image.repository"_s, {}, {}, u"image.tag"_s};
        r.common.services = {{u"svc-a"_s, {}, {}, u"1.2.0"_s, {}, {}, {image}, {}}};
        QTest::newRow("helm from_env")
            << u"client_v2_create_helm_from_env.json"_s << encode::createHelmBodyV2(r)
            << QStringList{u"desc"_s,
                           u"labels"_s,
                           u"original_version_name"_s,
                           u"services[0].chart_name"_s,
                           u"services[0].images[0].image_name"_s,
                           u"services[0].images[0].image_path"_s,
                           u"services[0].images[0].source_image"_s,
                           u"services[0].images[0].source_image_tag"_s,
                           u"services[0].original_chart_version"_s,
                           u"services[0].yaml_content"_s};
    }
    {
        CreateK8sVersionV2Request r;
        r.common.projectKey = u"demo"_s;
        r.common.versionName = u"v1.2.1"_s;
        r.common.source = VersionSource::FromVersion;
        r.common.originalVersionName = u"v1.2.0"_s;
        r.common.targetRegistry = registry;
        r.common.services = {{u"svc-a"_s,
                              {},
                              {},
                              {},
                              {},
                              u"<copy of v1.2.0's yaml_content>"_s,
                              {exampleImage(u"v1.2.1"_s)},
                              {}}};
        QTest::newRow("k8s from_version")
            << u"client_v2_create_k8s_from_version.json"_s << encode::createK8sBodyV2(r)
            << QStringList{u"desc"_s,
                           u"env_name"_s,
                           u"labels"_s,
                           u"production"_s,
                           u"services[0].chart_version"_s,
                           u"services[0].images[0].image_name"_s,
                           u"services[0].images[0].source_image"_s,
                           u"services[0].images[0].source_image_tag"_s};
    }
}

void TestDecodeV2::encodeSpecExamples()
{
    QFETCH(QString, file);
    QFETCH(QJsonObject, body);
    QFETCH(QStringList, extras);
    QStringList mismatches;
    QStringList extra;
    compareSubset(fixtureObject(file), body, QString(), mismatches, extra);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u"; "_s)));
    extra.sort();
    extras.sort();
    QCOMPARE(extra, extras);
    // Never the status/error a detail carries, never a 2.3-3.4 field.
    const QByteArray json = encode::toJson(body);
    for (const char *banned :
         {"\"status\"", "\"error\"", "yaml_datas", "chart_datas", "\"retry\"", "image_datas"})
        QVERIFY2(!json.contains(banned), banned);
}

void TestDecodeV2::encodeFullSet()
{
    // Not pushed: target_image is the source image, no target_image_tag; K8s has no image_path.
    CreateK8sVersionV2Request k8s;
    k8s.common.targetRegistry = exampleRegistry();
    VersionImage kept = exampleImage(u"v9"_s);
    kept.pushImage = false;
    kept.imagePath = ImagePath{u"a"_s, {}, {}, {}};
    k8s.common.services = {{u"svc-a"_s, {}, {}, {}, {}, {}, {kept}, {}}};
    const QJsonObject image = encode::createK8sBodyV2(k8s)
                                  .value(u"services"_s)[0]
                                  .toObject()
                                  .value(u"images"_s)[0]
                                  .toObject();
    QCOMPARE(image.value(u"target_image"_s).toString(), kept.sourceImage);
    QVERIFY(!image.contains(u"target_image_tag"_s));
    QVERIFY(!image.contains(u"image_path"_s));
    QCOMPARE(image.value(u"push_image"_s), QJsonValue(false));
    QCOMPARE(encode::createK8sBodyV2(k8s).value(u"source"_s).toString(), u"manual"_s);

    // Helm: chart_name defaults to the service, image_path keys are omitted when empty.
    CreateHelmVersionV2Request helm;
    helm.common.targetRegistry = exampleRegistry();
    VersionImage pushed = exampleImage(u"v9"_s);
    pushed.imagePath = ImagePath{u"image.repository"_s, {}, {}, u"image.tag"_s};
    helm.common.services = {{u"svc-a"_s, {}, u"1.0.0"_s, u"1.1.0"_s, {}, {}, {pushed}, {}}};
    const QJsonObject service = encode::createHelmBodyV2(helm).value(u"services"_s)[0].toObject();
    QCOMPARE(service.value(u"chart_name"_s).toString(), u"svc-a"_s);
    QCOMPARE(service.value(u"original_chart_version"_s).toString(), u"1.0.0"_s);
    QCOMPARE(service.value(u"images"_s)[0].toObject().value(u"image_path"_s).toObject(),
             (QJsonObject{{u"repo"_s, u"image.repository"_s}, {u"tag"_s, u"image.tag"_s}}));
    QCOMPARE(service.value(u"images"_s)[0].toObject().value(u"target_image"_s).toString(),
             u"harbor.example.com/prod/svc-a:v9"_s);
    QVERIFY(encode::createHelmBodyV2(helm).contains(u"chart_repo_name"_s));
}

void TestDecodeV2::targetImage_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("expected");
    QTest::newRow("https, namespace")
        << u"https://harbor.example.com"_s << u"prod"_s << u"harbor.example.com/prod/svc-a:v1"_s;
    QTest::newRow("http") << u"http://10.0.0.5:5000"_s << u"team"_s
                          << u"10.0.0.5:5000/team/svc-a:v1"_s;
    QTest::newRow("no scheme") << u"reg.local"_s << u"ns"_s << u"reg.local/ns/svc-a:v1"_s;
    QTest::newRow("no namespace") << u"https://index.docker.io"_s << QString()
                                  << u"index.docker.io/svc-a:v1"_s;
    // As the job: the prefix only, case-sensitive.
    QTest::newRow("upper-case scheme kept")
        << u"HTTPS://reg"_s << u"ns"_s << u"HTTPS://reg/ns/svc-a:v1"_s;
}

void TestDecodeV2::targetImage()
{
    QFETCH(QString, address);
    QFETCH(QString, ns);
    QFETCH(QString, expected);
    Registry registry;
    registry.address = address;
    registry.imageNamespace = ns;
    QCOMPARE(encode::targetImage(registry, u"svc-a"_s, u"v1"_s), expected);
}

void TestDecodeV2::targetImageFor_data()
{
    QTest::addColumn<bool>("push");
    QTest::addColumn<bool>("withRegistry");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("expected");
    QTest::newRow("pushed: computed, the given one ignored")
        << true << true << u"src/a:1"_s << u"other/a:2"_s << u"harbor.example.com/prod/svc-a:v9"_s;
    QTest::newRow("pushed, no registry address: the given one")
        << true << false << u"src/a:1"_s << u"other/a:2"_s << u"other/a:2"_s;
    QTest::newRow("not pushed: the source")
        << false << true << u"src/a:1"_s << u"other/a:2"_s << u"src/a:1"_s;
    QTest::newRow("not pushed, no source: the given one")
        << false << true << QString() << u"other/a:2"_s << u"other/a:2"_s;
}

void TestDecodeV2::targetImageFor()
{
    QFETCH(bool, push);
    QFETCH(bool, withRegistry);
    QFETCH(QString, source);
    QFETCH(QString, given);
    QFETCH(QString, expected);
    VersionImage image = exampleImage(u"v9"_s);
    image.pushImage = push;
    image.sourceImage = source;
    image.targetImage = given;
    QCOMPARE(encode::targetImageFor(image, withRegistry ? exampleRegistry() : Registry()),
             expected);
}

void TestDecodeV2::sources()
{
    for (const VersionSource source :
         {VersionSource::Manual, VersionSource::FromEnv, VersionSource::FromVersion})
        QCOMPARE(versionSourceFromString(versionSourceToString(source)), source);
    QCOMPARE(versionSourceFromString(u"garbage"_s), VersionSource::Unknown);
    QCOMPARE(versionSourceToString(VersionSource::Unknown), u"manual"_s);
}

void TestDecodeV2::generationNames()
{
    QCOMPARE(generationName(ServerGeneration::Unknown), u"unknown"_s);
    QCOMPARE(generationName(ServerGeneration::Zadig3), u"zadig3"_s);
    QCOMPARE(generationName(ServerGeneration::Zadig4Early), u"zadig4-early"_s);
    QCOMPARE(generationName(ServerGeneration::Zadig4), u"zadig4"_s);
    QCOMPARE(generationName(ServerGeneration::Zadig5), u"zadig5"_s);
    QCOMPARE(generationDisplayName(ServerGeneration::Zadig3), u"Zadig 2.3–3.4"_s);
    QCOMPARE(generationDisplayName(ServerGeneration::Zadig4Early), u"Zadig 4.x"_s);
    QCOMPARE(generationDisplayName(ServerGeneration::Zadig4), u"Zadig 4.x"_s);
    QCOMPARE(generationDisplayName(ServerGeneration::Zadig5), u"Zadig 5.x"_s);
    QVERIFY(!isV2Api(ServerGeneration::Unknown));
    QVERIFY(!isV2Api(ServerGeneration::Zadig3));
    QVERIFY(isV2Api(ServerGeneration::Zadig4Early));
    QVERIFY(isV2Api(ServerGeneration::Zadig5));
}

void TestDecodeV2::errorMapping_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("sameSecond");
    QTest::addColumn<QString>("text");

    const QString create = u"/openapi/delivery/releases/k8s"_s;
    QTest::newRow("6560 version already exist")
        << 400
        << R"({"type":"error","message":"新建交付中心版本失败","code":6560,"description":"failed to insert delivery version v1, version already exist","extra":{}})"_ba
        << create << Kind::Conflict << true << u"version already exist"_s;
    QTest::newRow("6560 no service info")
        << 400
        << R"({"type":"error","message":"新建交付中心版本失败","code":6560,"description":"no service info appointed","extra":{}})"_ba
        << u"/openapi/delivery/releases/helm"_s << Kind::Server << false
        << u"no service info appointed"_s;
    QTest::newRow("2.3-3.4 conflict is a 500, never a same-second collision")
        << 500
        << R"({"message":"Internal Error: ","code":500,"description":"version already exist"})"_ba
        << create << Kind::Conflict << false << u"version already exist"_s;
    QTest::newRow("405 on a delivery path")
        << 405 << "Method not allowed: GET /openapi/delivery/releases/68b7c1e2a1b2c3d4e5f60718"_ba
        << u"/openapi/delivery/releases/68b7c1e2a1b2c3d4e5f60718"_s << Kind::UnsupportedServer
        << false << u"Method not allowed: GET"_s;
    QTest::newRow("405 elsewhere")
        << 405 << "Method not allowed: PUT /openapi/projects"_ba << u"/openapi/projects"_s
        << Kind::Server << false << u"Method not allowed"_s;
    QTest::newRow("licence still first")
        << 400
        << R"({"code":7050,"message":"用户许可证不可用，请检查许可证后重试","description":""})"_ba
        << create << Kind::Licence << false << u"用户许可证不可用"_s;
}

void TestDecodeV2::errorMapping()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    QFETCH(Kind, kind);
    QFETCH(bool, sameSecond);
    QFETCH(QString, text);
    const ApiError error = errorFromHttp(status, body, path);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.mayBeSameSecondCollision(), sameSecond);
    QVERIFY2(error.message().contains(text), qPrintable(error.message()));
    QVERIFY(!error.maybeCreated); // only the client knows it was a create
}

QTEST_GUILESS_MAIN(TestDecodeV2)
#include "tst_decodev2.moc"
