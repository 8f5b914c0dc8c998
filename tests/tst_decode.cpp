// Decoding of Zadig answers: the seed page's own examples, then one data-driven test per rule in
// decode.h (time field fallback, null/missing arrays, unknown enums, unknown fields, wrong types
// with their field path, parse failures).
#include "api/decode.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zadig;

Q_DECLARE_METATYPE(zadig::VersionType)
Q_DECLARE_METATYPE(zadig::VersionStatus)
Q_DECLARE_METATYPE(zadig::UploadStatus)

namespace {

QByteArray fixture(const QString &name)
{
    const QByteArray data = test::testData(name);
    if (data.isEmpty())
        qFatal("missing fixture %s", qPrintable(name));
    return data;
}

// One entry point for data-driven rows that name their decoder. `items` counts every decoded
// element of every list (versions, labels, deliverables, sub-deliverables, services, ...), so a
// row can say "all the lists came out empty".
struct Outcome
{
    bool ok = false;
    ApiError::Kind kind = ApiError::Kind::Server;
    QString detail;
    int items = 0;
};

int countDistributes(const QList<DistributeInfo> &list)
{
    int n = int(list.size());
    for (const DistributeInfo &d : list)
        n += countDistributes(d.subDistributes);
    return n;
}

template<typename T, typename Count>
Outcome outcomeOf(const Result<T> &result, Count count)
{
    if (!result)
        return {false, result.error().kind, result.error().detail, 0};
    return {true, ApiError::Kind::Server, QString(), count(result.value())};
}

Outcome run(const QString &decoder, const QByteArray &body)
{
    const auto doc = decode::parse(body);
    if (!doc)
        return {false, doc.error().kind, doc.error().detail, 0};
    const QJsonDocument &d = doc.value();
    if (decoder == "versionPage"_L1) {
        return outcomeOf(decode::versionPage(d), [](const VersionPage &page) {
            int n = int(page.versions.size());
            for (const VersionInfo &v : page.versions)
                n += int(v.labels.size());
            return n;
        });
    }
    if (decoder == "versionDetail"_L1) {
        return outcomeOf(decode::versionDetail(d), [](const VersionDetail &detail) {
            return int(detail.info.labels.size() + detail.deployInfos.size()) +
                   countDistributes(detail.distributeInfos);
        });
    }
    if (decoder == "projectPage"_L1)
        return outcomeOf(decode::projectPage(d),
                         [](const ProjectPage &page) { return int(page.projects.size()); });
    if (decoder == "environments"_L1)
        return outcomeOf(decode::environments(d),
                         [](const QList<Environment> &list) { return int(list.size()); });
    if (decoder == "environmentDetail"_L1) {
        return outcomeOf(decode::environmentDetail(d), [](const EnvironmentDetail &env) {
            int n = int(env.services.size());
            for (const EnvironmentService &s : env.services)
                n += int(s.containers.size());
            return n;
        });
    }
    if (decoder == "registries"_L1)
        return outcomeOf(decode::registries(d),
                         [](const QList<Registry> &list) { return int(list.size()); });
    if (decoder == "chartRepos"_L1)
        return outcomeOf(decode::chartRepos(d),
                         [](const QList<ChartRepo> &list) { return int(list.size()); });
    if (decoder == "chartVersions"_L1)
        return outcomeOf(decode::chartVersions(d),
                         [](const QList<ChartVersion> &list) { return int(list.size()); });
    if (decoder == "success"_L1)
        return outcomeOf(decode::success(d), [](const Done &) { return 0; });
    qFatal("unknown decoder %s", qPrintable(decoder));
    return {};
}

// Adds fields no Zadig version sends, of every JSON type, to every object in the tree.
QJsonValue withUnknownFields(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(withUnknownFields(item));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject in = value.toObject();
    for (auto it = in.begin(); it != in.end(); ++it)
        out.insert(it.key(), withUnknownFields(it.value()));
    out.insert(u"zz_future_text"_s, u"新字段"_s);
    out.insert(u"zz_future_number"_s, 1.5);
    out.insert(u"zz_future_object"_s, QJsonObject{{u"a"_s, QJsonArray{1, u"b"_s}}});
    out.insert(u"zz_future_array"_s, QJsonArray{QJsonValue::Null, true});
    out.insert(u"zz_future_null"_s, QJsonValue::Null);
    return out;
}

QJsonDocument docOf(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
}

} // namespace

class TestDecode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedList();
    void seedDetailK8s();
    void seedDetailHelm();
    void pickers();

    void createTimeFallback_data();
    void createTimeFallback();
    void nullAndMissingArrays_data();
    void nullAndMissingArrays();
    void progress_data();
    void progress();
    void unknownEnumsKept_data();
    void unknownEnumsKept();
    void unknownFieldsIgnored_data();
    void unknownFieldsIgnored();
    void missingScalarsAreDefaults();
    void wrongTypes_data();
    void wrongTypes();
    void parse_data();
    void parse();
    void deepSubDistributes_data();
    void deepSubDistributes();
};

void TestDecode::seedList()
{
    const auto page = decode::fromBytes(fixture(u"seed_list.json"_s), decode::versionPage);
    QVERIFY2(page.ok(), qPrintable(page ? QString() : page.error().detail));
    QCOMPARE(page->total, 12);
    QCOMPARE(page->versions.size(), 2);

    const VersionInfo &v13 = page->versions.at(0);
    QCOMPARE(v13.id, u"66287b110b8b8a631910f5ae"_s);
    QCOMPARE(v13.name, u"v13"_s);
    QCOMPARE(v13.type, VersionType::K8sYaml);
    QCOMPARE(v13.rawType, u"K8SYaml"_s);
    QCOMPARE(v13.status, VersionStatus::Success);
    QVERIFY(v13.labels.isEmpty());
    QCOMPARE(v13.description, u"labore id amet"_s);
    QVERIFY(!v13.progress.has_value());
    QCOMPARE(v13.createdBy, u"patrick"_s);
    QCOMPARE(v13.createTime, 1713928977);
    QCOMPARE(v13.createdAt().toSecsSinceEpoch(), 1713928977);

    const VersionInfo &v12 = page->versions.at(1);
    QCOMPARE(v12.id, u"662751047ac26dae6a3a1472"_s);
    QCOMPARE(v12.name, u"v12"_s);
    QCOMPARE(v12.status, VersionStatus::Failed);
    QCOMPARE(v12.rawStatus, u"failed"_s);
    QCOMPARE(v12.createTime, 1713852676);
}

void TestDecode::seedDetailK8s()
{
    const auto detail =
        decode::fromBytes(fixture(u"seed_detail_k8s.json"_s), decode::versionDetail);
    QVERIFY2(detail.ok(), qPrintable(detail ? QString() : detail.error().detail));
    const VersionInfo &info = detail->info;
    QCOMPARE(info.id, u"66287b110b8b8a631910f5ae"_s);
    QCOMPARE(info.name, u"v13"_s);
    QCOMPARE(info.type, VersionType::K8sYaml);
    QCOMPARE(info.labels, QStringList{u"cupidatat ullamco anim eiusmod"_s});
    QVERIFY(info.progress.has_value());
    QCOMPARE(info.progress->successCount, 2);
    QCOMPARE(info.progress->totalCount, 2);
    QCOMPARE(info.progress->uploadStatus, UploadStatus::Success);
    QCOMPARE(info.progress->error, QString());
    QCOMPARE(info.createTime, 1713928977);

    QCOMPARE(detail->deployInfos.size(), 2);
    QVERIFY(detail->distributeInfos.isEmpty());
    const DeployInfo &first = detail->deployInfos.at(0);
    QCOMPARE(first.id, u"66287b110b8b8a631910f5af"_s);
    QCOMPARE(first.serviceName, u"service1"_s);
    QCOMPARE(first.serviceModule, u"service1"_s);
    QCOMPARE(first.image, u"koderover.tencentcloudcr.com/test/service1:20240419133934-5-main"_s);
    QCOMPARE(first.imageName, u"service1"_s);
    QCOMPARE(first.registryId, u"62ce6231e0281143de477e60"_s);
    QCOMPARE(first.createTime, 1713928977);
    QCOMPARE(detail->deployInfos.at(1).id, u"66287b110b8b8a631910f5b0"_s);
    QCOMPARE(detail->deployInfos.at(1).serviceName, u"service2"_s);
}

void TestDecode::seedDetailHelm()
{
    const auto detail =
        decode::fromBytes(fixture(u"seed_detail_helm.json"_s), decode::versionDetail);
    QVERIFY2(detail.ok(), qPrintable(detail ? QString() : detail.error().detail));
    QCOMPARE(detail->info.id, u"66287c000b8b8a631910f5b8"_s);
    QCOMPARE(detail->info.name, u"v4"_s);
    QCOMPARE(detail->info.type, VersionType::HelmChart);
    QCOMPARE(detail->info.createTime, 1713929216);
    QVERIFY(detail->info.progress.has_value());
    QCOMPARE(*detail->info.progress, (Progress{2, 2, UploadStatus::Success, QString()}));
    QVERIFY(detail->deployInfos.isEmpty());
    QCOMPARE(detail->distributeInfos.size(), 2);

    const DistributeInfo &chart = detail->distributeInfos.at(0);
    QCOMPARE(chart.id, u"66287c080b8b8a631910f5bd"_s);
    QCOMPARE(chart.serviceName, u"service2"_s);
    QCOMPARE(chart.distributeType, u"chart"_s);
    QCOMPARE(chart.chartName, u"service2"_s);
    QCOMPARE(chart.chartRepoName, u"test"_s);
    QCOMPARE(chart.chartVersion, u"1.76"_s);
    QCOMPARE(chart.image, QString());
    QCOMPARE(chart.createTime, 1713929224);
    QCOMPARE(chart.subDistributes.size(), 1);

    const DistributeInfo &image = chart.subDistributes.at(0);
    QCOMPARE(image.id, u"66287c080b8b8a631910f5bc"_s);
    QCOMPARE(image.distributeType, u"image"_s);
    QCOMPARE(image.serviceModule, u"service2"_s);
    QCOMPARE(image.image, u"koderover.tencentcloudcr.com/test/service2:20240419133934-5-main"_s);
    QCOMPARE(image.imageName, u"service2"_s);
    QCOMPARE(image.imageNamespace, u"test"_s);
    QCOMPARE(image.createTime, 1713929224);
    QVERIFY(image.subDistributes.isEmpty());

    const DistributeInfo &second = detail->distributeInfos.at(1);
    QCOMPARE(second.id, u"66287c0f0b8b8a631910f5c0"_s);
    QCOMPARE(second.createTime, 1713929231);
    QCOMPARE(second.subDistributes.size(), 1);
    QCOMPARE(second.subDistributes.at(0).id, u"66287c0f0b8b8a631910f5bf"_s);
}

void TestDecode::pickers()
{
    const auto projects = decode::fromBytes(
        R"({"total":3,"projects":[{"project_name":"演示","project_key":"demo","description":"d",
            "deploy_type":"helm"},{"project_key":"k","deploy_type":"k8s"}]})",
        decode::projectPage);
    QVERIFY(projects.ok());
    QCOMPARE(projects->total, 3);
    QCOMPARE(projects->projects.size(), 2);
    QCOMPARE(projects->projects.at(0).name, u"演示"_s);
    QCOMPARE(projects->projects.at(0).key, u"demo"_s);
    QCOMPARE(projects->projects.at(0).deployType, DeployType::Helm);
    QCOMPARE(projects->projects.at(1).deployType, DeployType::K8s);

    const auto envs = decode::fromBytes(
        R"([{"env_key":"dev","envName":"开发","namespace":"demo-dev","production":false,
             "registry_id":"r1","status":"Running","update_by":"ann","update_time":1713900000,
             "cluster_id":"c1"},
            {"env_key":"prod","env_name":"ignored","production":true}])",
        decode::environments);
    QVERIFY(envs.ok());
    QCOMPARE(envs->size(), 2);
    const Environment &dev = envs->at(0);
    QCOMPARE(dev.key, u"dev"_s);
    QCOMPARE(dev.name, u"开发"_s); // envName, camelCase on the wire
    QCOMPARE(dev.kubeNamespace, u"demo-dev"_s);
    QCOMPARE(dev.production, false);
    QCOMPARE(dev.registryId, u"r1"_s);
    QCOMPARE(dev.status, u"Running"_s);
    QCOMPARE(dev.updateBy, u"ann"_s);
    QCOMPARE(dev.updateTime, 1713900000);
    QCOMPARE(dev.clusterId, u"c1"_s);
    QCOMPARE(envs->at(1).name, QString()); // snake_case env_name is not the field
    QCOMPARE(envs->at(1).production, true);

    const auto env = decode::fromBytes(
        R"({"env_key":"dev","namespace":"ns","registry_id":"r1","status":"Running",
            "services":[{"service_name":"svc","type":"k8s","status":"Running",
              "containers":[{"name":"web","type":"","image":"reg.example.com/team/web:1.0",
                "image_name":"web","imagePath":{"repo":"reg.example.com","namespace":"team",
                "image":"web","tag":"1.0"}},{"name":"side"}]}]})",
        decode::environmentDetail);
    QVERIFY(env.ok());
    QCOMPARE(env->key, u"dev"_s);
    QCOMPARE(env->kubeNamespace, u"ns"_s);
    QCOMPARE(env->registryId, u"r1"_s);
    QCOMPARE(env->services.size(), 1);
    QCOMPARE(env->services.at(0).serviceName, u"svc"_s);
    QCOMPARE(env->services.at(0).containers.size(), 2);
    const Container &web = env->services.at(0).containers.at(0);
    QCOMPARE(web.name, u"web"_s);
    QCOMPARE(web.image, u"reg.example.com/team/web:1.0"_s);
    QCOMPARE(web.imageName, u"web"_s);
    QCOMPARE(web.imagePath.repo, u"reg.example.com"_s);
    QCOMPARE(web.imagePath.imageNamespace, u"team"_s);
    QCOMPARE(web.imagePath.image, u"web"_s);
    QCOMPARE(web.imagePath.tag, u"1.0"_s);
    QCOMPARE(env->services.at(0).containers.at(1).imagePath.tag, QString());

    const auto regs = decode::fromBytes(
        R"([{"registry_id":"r1","address":"https://reg.example.com","namespace":"team",
             "provider":"native","region":"","is_default":true}])",
        decode::registries);
    QVERIFY(regs.ok());
    QCOMPARE(regs->size(), 1);
    QCOMPARE(regs->at(0).id, u"r1"_s);
    QCOMPARE(regs->at(0).address, u"https://reg.example.com"_s);
    QCOMPARE(regs->at(0).imageNamespace, u"team"_s);
    QCOMPARE(regs->at(0).provider, u"native"_s);
    QCOMPARE(regs->at(0).isDefault, true);

    const auto repos = decode::fromBytes(
        R"([{"repo_name":"charts","url":"https://charts.example.com","username":"x"}])",
        decode::chartRepos);
    QVERIFY(repos.ok());
    QCOMPARE(repos->size(), 1);
    QCOMPARE(repos->at(0).name, u"charts"_s);
    QCOMPARE(repos->at(0).url, u"https://charts.example.com"_s);

    const auto versions = decode::fromBytes(
        R"([{"chartName":"web","chartVersion":"1.2.0","nextChartVersion":"1.2.1",
             "url":"https://charts.example.com"}])",
        decode::chartVersions);
    QVERIFY(versions.ok());
    QCOMPARE(versions->size(), 1);
    QCOMPARE(versions->at(0).chartName, u"web"_s);
    QCOMPARE(versions->at(0).chartVersion, u"1.2.0"_s);
    QCOMPARE(versions->at(0).nextChartVersion, u"1.2.1"_s);
    QCOMPARE(versions->at(0).url, u"https://charts.example.com"_s);

    QVERIFY(decode::fromBytes(R"({"message":"success"})", decode::success).ok());
}

void TestDecode::createTimeFallback_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<qint64>("expected");

    const struct
    {
        const char *name;
        QByteArray fields;
        qint64 expected;
    } variants[] = {
        {"create_time", R"("create_time": 1713928977)", 1713928977},
        {"created_time fallback", R"("created_time": 1713852676)", 1713852676},
        {"both: create_time wins", R"("create_time": 11, "created_time": 22)", 11},
        {"null create_time falls back", R"("create_time": null, "created_time": 22)", 22},
        {"neither", R"("id": "x")", 0},
    };
    for (const char *where :
         {"list", "version_info", "deploy_infos", "distribute_infos", "sub_distributes"}) {
        for (const auto &v : variants) {
            QTest::addRow("%s: %s", where, v.name)
                << QString::fromLatin1(where) << v.fields << v.expected;
        }
    }
}

void TestDecode::createTimeFallback()
{
    QFETCH(QString, where);
    QFETCH(QByteArray, fields);
    QFETCH(qint64, expected);

    const QByteArray item = '{' + fields + '}';
    if (where == "list"_L1) {
        const auto page = decode::fromBytes(R"({"list":[)" + item + "]}", decode::versionPage);
        QVERIFY(page.ok());
        QCOMPARE(page->versions.at(0).createTime, expected);
        return;
    }
    QByteArray body;
    if (where == "version_info"_L1)
        body = R"({"version_info":)" + item + '}';
    else if (where == "deploy_infos"_L1)
        body = R"({"version_info":{},"deploy_infos":[)" + item + "]}";
    else if (where == "distribute_infos"_L1)
        body = R"({"version_info":{},"distribute_infos":[)" + item + "]}";
    else
        body = R"({"version_info":{},"distribute_infos":[{"sub_distributes":[)" + item + "]}]}";
    const auto detail = decode::fromBytes(body, decode::versionDetail);
    QVERIFY2(detail.ok(), qPrintable(detail ? QString() : detail.error().detail));
    qint64 actual = -1;
    if (where == "version_info"_L1)
        actual = detail->info.createTime;
    else if (where == "deploy_infos"_L1)
        actual = detail->deployInfos.at(0).createTime;
    else if (where == "distribute_infos"_L1)
        actual = detail->distributeInfos.at(0).createTime;
    else
        actual = detail->distributeInfos.at(0).subDistributes.at(0).createTime;
    QCOMPARE(actual, expected);
}

void TestDecode::nullAndMissingArrays_data()
{
    QTest::addColumn<QString>("decoder");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("items"); // the entries that hold the null lists

    QTest::newRow("list null") << u"versionPage"_s << QByteArray(R"({"list":null,"total":0})") << 0;
    QTest::newRow("list missing") << u"versionPage"_s << QByteArray(R"({"total":0})") << 0;
    QTest::newRow("labels null") << u"versionPage"_s
                                 << QByteArray(R"({"list":[{"id":"a","labels":null}]})") << 1;
    QTest::newRow("detail lists null")
        << u"versionDetail"_s << QByteArray(R"({"version_info":{"labels":null},"deploy_infos":null,
                         "distribute_infos":null})")
        << 0;
    QTest::newRow("detail lists missing")
        << u"versionDetail"_s << QByteArray(R"({"version_info":{}})") << 0;
    QTest::newRow("sub_distributes null")
        << u"versionDetail"_s
        << QByteArray(R"({"version_info":{},"distribute_infos":[{"sub_distributes":null}]})") << 1;
    QTest::newRow("sub_distributes missing")
        << u"versionDetail"_s << QByteArray(R"({"version_info":{},"distribute_infos":[{}]})") << 1;
    QTest::newRow("projects null") << u"projectPage"_s << QByteArray(R"({"projects":null})") << 0;
    QTest::newRow("services null")
        << u"environmentDetail"_s << QByteArray(R"({"services":null})") << 0;
    QTest::newRow("containers null")
        << u"environmentDetail"_s << QByteArray(R"({"services":[{"containers":null}]})") << 1;
    QTest::newRow("environments bare null") << u"environments"_s << QByteArray("null") << 0;
    QTest::newRow("environments []") << u"environments"_s << QByteArray("[]") << 0;
    QTest::newRow("registries bare null") << u"registries"_s << QByteArray(" null\n") << 0;
    QTest::newRow("chart repos bare null") << u"chartRepos"_s << QByteArray("null") << 0;
    QTest::newRow("chart versions bare null") << u"chartVersions"_s << QByteArray("null") << 0;
}

void TestDecode::nullAndMissingArrays()
{
    QFETCH(QString, decoder);
    QFETCH(QByteArray, body);
    const Outcome outcome = run(decoder, body);
    QVERIFY2(outcome.ok, qPrintable(outcome.detail));
    QTEST(outcome.items, "items");
}

void TestDecode::progress_data()
{
    QTest::addColumn<QByteArray>("versionInfo");
    QTest::addColumn<bool>("present");
    QTest::addColumn<int>("successCount");
    QTest::addColumn<int>("totalCount");
    QTest::addColumn<UploadStatus>("uploadStatus");
    QTest::addColumn<QString>("error");

    QTest::newRow("null") << QByteArray(R"({"progress":null})") << false << 0 << 0
                          << UploadStatus::Unknown << QString();
    QTest::newRow("missing") << QByteArray("{}") << false << 0 << 0 << UploadStatus::Unknown
                             << QString();
    QTest::newRow("not started (0/0 waiting)")
        << QByteArray(R"({"progress":{"success_count":0,"total_count":0,
                                      "upload_status":"waiting","error":""}})")
        << true << 0 << 0 << UploadStatus::Waiting << QString();
    QTest::newRow("uploading 1/3") << QByteArray(R"({"progress":{"success_count":1,"total_count":3,
                                      "upload_status":"uploading"}})")
                                   << true << 1 << 3 << UploadStatus::Uploading << QString();
    QTest::newRow("failed with error")
        << QByteArray(R"({"progress":{"success_count":1,"total_count":2,
                                      "upload_status":"failed","error":"推送镜像失败: timeout"}})")
        << true << 1 << 2 << UploadStatus::Failed << u"推送镜像失败: timeout"_s;
    QTest::newRow("unknown upload status")
        << QByteArray(R"({"progress":{"success_count":2,"total_count":2,
                                      "upload_status":"paused"}})")
        << true << 2 << 2 << UploadStatus::Unknown << QString();
    QTest::newRow("empty object") << QByteArray(R"({"progress":{}})") << true << 0 << 0
                                  << UploadStatus::Unknown << QString();
}

void TestDecode::progress()
{
    QFETCH(QByteArray, versionInfo);
    QFETCH(bool, present);
    const auto detail =
        decode::fromBytes(R"({"version_info":)" + versionInfo + '}', decode::versionDetail);
    QVERIFY2(detail.ok(), qPrintable(detail ? QString() : detail.error().detail));
    QCOMPARE(detail->info.progress.has_value(), present);
    if (!present)
        return;
    QTEST(detail->info.progress->successCount, "successCount");
    QTEST(detail->info.progress->totalCount, "totalCount");
    QTEST(detail->info.progress->uploadStatus, "uploadStatus");
    QTEST(detail->info.progress->error, "error");
}

void TestDecode::unknownEnumsKept_data()
{
    QTest::addColumn<QByteArray>("item");
    QTest::addColumn<VersionType>("type");
    QTest::addColumn<QString>("rawType");
    QTest::addColumn<VersionStatus>("status");
    QTest::addColumn<QString>("rawStatus");

    QTest::newRow("known K8SYaml/creating")
        << QByteArray(R"({"type":"K8SYaml","status":"creating"})") << VersionType::K8sYaml
        << u"K8SYaml"_s << VersionStatus::Creating << u"creating"_s;
    QTest::newRow("known HelmChart/retrying")
        << QByteArray(R"({"type":"HelmChart","status":"retrying"})") << VersionType::HelmChart
        << u"HelmChart"_s << VersionStatus::Retrying << u"retrying"_s;
    QTest::newRow("legacy workflow type")
        << QByteArray(R"({"type":"Workflow","status":"success"})") << VersionType::Unknown
        << u"Workflow"_s << VersionStatus::Success << u"success"_s;
    QTest::newRow("empty type") << QByteArray(R"({"type":"","status":"failed"})")
                                << VersionType::Unknown << QString() << VersionStatus::Failed
                                << u"failed"_s;
    QTest::newRow("unknown status")
        << QByteArray(R"({"type":"K8SYaml","status":"archiving"})") << VersionType::K8sYaml
        << u"K8SYaml"_s << VersionStatus::Unknown << u"archiving"_s;
    QTest::newRow("case matters") << QByteArray(R"({"type":"k8syaml","status":"SUCCESS"})")
                                  << VersionType::Unknown << u"k8syaml"_s << VersionStatus::Unknown
                                  << u"SUCCESS"_s;
}

void TestDecode::unknownEnumsKept()
{
    QFETCH(QByteArray, item);
    const auto page = decode::fromBytes(R"({"list":[)" + item + "]}", decode::versionPage);
    QVERIFY2(page.ok(), qPrintable(page ? QString() : page.error().detail));
    const VersionInfo &v = page->versions.at(0);
    QTEST(v.type, "type");
    QTEST(v.rawType, "rawType");
    QTEST(v.status, "status");
    QTEST(v.rawStatus, "rawStatus");
}

void TestDecode::unknownFieldsIgnored_data()
{
    QTest::addColumn<QString>("decoder");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("seed list") << u"versionPage"_s << fixture(u"seed_list.json"_s);
    QTest::newRow("seed k8s detail") << u"versionDetail"_s << fixture(u"seed_detail_k8s.json"_s);
    QTest::newRow("seed helm detail") << u"versionDetail"_s << fixture(u"seed_detail_helm.json"_s);
}

void TestDecode::unknownFieldsIgnored()
{
    QFETCH(QString, decoder);
    QFETCH(QByteArray, body);
    const QJsonDocument plain = QJsonDocument::fromJson(body);
    const QJsonDocument extended = docOf(withUnknownFields(plain.object()));
    QVERIFY(extended.object().contains(u"zz_future_object"_s));

    if (decoder == "versionPage"_L1) {
        const auto a = decode::versionPage(plain);
        const auto b = decode::versionPage(extended);
        QVERIFY(a.ok());
        QVERIFY2(b.ok(), qPrintable(b ? QString() : b.error().detail));
        QCOMPARE(b->versions, a->versions);
        QCOMPARE(b->total, a->total);
    } else {
        const auto a = decode::versionDetail(plain);
        const auto b = decode::versionDetail(extended);
        QVERIFY(a.ok());
        QVERIFY2(b.ok(), qPrintable(b ? QString() : b.error().detail));
        QCOMPARE(b->info, a->info);
        QCOMPARE(b->deployInfos, a->deployInfos);
        QCOMPARE(b->distributeInfos, a->distributeInfos);
    }
}

void TestDecode::missingScalarsAreDefaults()
{
    const auto page = decode::fromBytes(R"({"list":[{"description":null}]})", decode::versionPage);
    QVERIFY(page.ok());
    QCOMPARE(page->total, 0);
    QCOMPARE(page->versions.at(0), VersionInfo{});

    const auto envs = decode::fromBytes(R"([{"production":null}])", decode::environments);
    QVERIFY(envs.ok());
    QCOMPARE(envs->at(0).production, false);
    QCOMPARE(envs->at(0).updateTime, 0);
}

void TestDecode::wrongTypes_data()
{
    QTest::addColumn<QString>("decoder");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detail");

    // versionPage
    QTest::newRow("time as string")
        << u"versionPage"_s
        << QByteArray(R"({"list":[{},{},{},{"create_time":"1713928977"}],"total":4})")
        << u"list[3].create_time: expected a number"_s;
    QTest::newRow("fallback time as string")
        << u"versionPage"_s << QByteArray(R"({"list":[{"created_time":"1"}]})")
        << u"list[0].created_time: expected a number"_s;
    QTest::newRow("fractional time")
        << u"versionPage"_s << QByteArray(R"({"list":[{"create_time":1.5}]})")
        << u"list[0].create_time: expected an integer"_s;
    QTest::newRow("total as string")
        << u"versionPage"_s << QByteArray(R"({"total":"12"})") << u"total: expected a number"_s;
    QTest::newRow("total beyond int")
        << u"versionPage"_s << QByteArray(R"({"total":1e12})") << u"total: number out of range"_s;
    QTest::newRow("time beyond int64")
        << u"versionPage"_s << QByteArray(R"({"list":[{"create_time":1e300}]})")
        << u"list[0].create_time: number out of range"_s;
    QTest::newRow("list as object")
        << u"versionPage"_s << QByteArray(R"({"list":{}})") << u"list: expected an array"_s;
    QTest::newRow("list element not an object")
        << u"versionPage"_s << QByteArray(R"({"list":[{},5]})") << u"list[1]: expected an object"_s;
    QTest::newRow("id as number") << u"versionPage"_s << QByteArray(R"({"list":[{"id":5}]})")
                                  << u"list[0].id: expected a string"_s;
    QTest::newRow("name as object")
        << u"versionPage"_s << QByteArray(R"({"list":[{"version_name":{}}]})")
        << u"list[0].version_name: expected a string"_s;
    QTest::newRow("labels as string")
        << u"versionPage"_s << QByteArray(R"({"list":[{"labels":"a,b"}]})")
        << u"list[0].labels: expected an array"_s;
    QTest::newRow("label element as number")
        << u"versionPage"_s << QByteArray(R"({"list":[{"labels":["a",3]}]})")
        << u"list[0].labels[1]: expected a string"_s;
    QTest::newRow("progress as array")
        << u"versionPage"_s << QByteArray(R"({"list":[{"progress":[]}]})")
        << u"list[0].progress: expected an object"_s;
    QTest::newRow("page top level array")
        << u"versionPage"_s << QByteArray("[]") << u"top level: expected an object"_s;
    QTest::newRow("page top level null")
        << u"versionPage"_s << QByteArray("null") << u"top level: expected an object"_s;
    QTest::newRow("first error wins")
        << u"versionPage"_s << QByteArray(R"({"list":[{"id":1,"create_time":"x"}],"total":"y"})")
        << u"list[0].id: expected a string"_s;

    // versionDetail
    QTest::newRow("detail top level array")
        << u"versionDetail"_s << QByteArray("[{}]") << u"top level: expected an object"_s;
    QTest::newRow("version_info missing")
        << u"versionDetail"_s << QByteArray(R"({"deploy_infos":[]})") << u"version_info: missing"_s;
    QTest::newRow("version_info as array")
        << u"versionDetail"_s << QByteArray(R"({"version_info":[]})")
        << u"version_info: expected an object"_s;
    QTest::newRow("progress count as string")
        << u"versionDetail"_s
        << QByteArray(R"({"version_info":{"progress":{"success_count":"2"}}})")
        << u"version_info.progress.success_count: expected a number"_s;
    QTest::newRow("upload status as number")
        << u"versionDetail"_s << QByteArray(R"({"version_info":{"progress":{"upload_status":1}}})")
        << u"version_info.progress.upload_status: expected a string"_s;
    QTest::newRow("deploy_infos as object")
        << u"versionDetail"_s << QByteArray(R"({"version_info":{},"deploy_infos":{}})")
        << u"deploy_infos: expected an array"_s;
    QTest::newRow("deploy image as number")
        << u"versionDetail"_s
        << QByteArray(R"({"version_info":{},"deploy_infos":[{},{"image":42}]})")
        << u"deploy_infos[1].image: expected a string"_s;
    QTest::newRow("sub time as bool")
        << u"versionDetail"_s
        << QByteArray(R"({"version_info":{},"distribute_infos":[{},{"sub_distributes":[
                         {"create_time":true}]}]})")
        << u"distribute_infos[1].sub_distributes[0].create_time: expected a number"_s;
    QTest::newRow("sub_distributes as object")
        << u"versionDetail"_s
        << QByteArray(R"({"version_info":{},"distribute_infos":[{"sub_distributes":{}}]})")
        << u"distribute_infos[0].sub_distributes: expected an array"_s;

    // pickers and helpers
    QTest::newRow("projects element")
        << u"projectPage"_s << QByteArray(R"({"projects":[{"deploy_type":7}]})")
        << u"projects[0].deploy_type: expected a string"_s;
    QTest::newRow("environments top level object")
        << u"environments"_s << QByteArray(R"({"list":[]})") << u"top level: expected an array"_s;
    QTest::newRow("environment production as string")
        << u"environments"_s << QByteArray(R"([{"production":"true"}])")
        << u"[0].production: expected true or false"_s;
    QTest::newRow("environment update_time as string")
        << u"environments"_s << QByteArray(R"([{},{"update_time":"now"}])")
        << u"[1].update_time: expected a number"_s;
    QTest::newRow("environment detail top level array")
        << u"environmentDetail"_s << QByteArray("[]") << u"top level: expected an object"_s;
    QTest::newRow("imagePath as string")
        << u"environmentDetail"_s
        << QByteArray(R"({"services":[{"containers":[{"imagePath":"x"}]}]})")
        << u"services[0].containers[0].imagePath: expected an object"_s;
    QTest::newRow("imagePath tag as number")
        << u"environmentDetail"_s
        << QByteArray(R"({"services":[{"containers":[{"imagePath":{"tag":1}}]}]})")
        << u"services[0].containers[0].imagePath.tag: expected a string"_s;
    QTest::newRow("registry is_default as number")
        << u"registries"_s << QByteArray(R"([{"is_default":1}])")
        << u"[0].is_default: expected true or false"_s;
    QTest::newRow("registries top level object")
        << u"registries"_s << QByteArray("{}") << u"top level: expected an array"_s;
    QTest::newRow("chart repo element as string")
        << u"chartRepos"_s << QByteArray(R"(["charts"])") << u"[0]: expected an object"_s;
    QTest::newRow("chart version as number")
        << u"chartVersions"_s << QByteArray(R"([{"chartVersion":1.2}])")
        << u"[0].chartVersion: expected a string"_s;
    QTest::newRow("success top level array")
        << u"success"_s << QByteArray("[]") << u"top level: expected an object"_s;
}

void TestDecode::wrongTypes()
{
    QFETCH(QString, decoder);
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);
    const Outcome outcome = run(decoder, body);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.kind, ApiError::Kind::BadResponse);
    QCOMPARE(outcome.detail, detail);
}

void TestDecode::parse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("detailContains");

    const QByteArray seed = fixture(u"seed_list.json"_s);
    QTest::newRow("object") << QByteArray(R"({"a":1})") << true << QString();
    QTest::newRow("array") << QByteArray("[1,2]") << true << QString();
    QTest::newRow("bare null (Go nil slice)") << QByteArray("null") << true << QString();
    QTest::newRow("chinese text") << QByteArray(R"({"m":"版本"})") << true << QString();
    QTest::newRow("empty") << QByteArray() << false << u"empty"_s;
    QTest::newRow("blank") << QByteArray(" \r\n") << false << u"empty"_s;
    QTest::newRow("not json") << QByteArray("Internal Server Error") << false << u"invalid JSON"_s;
    QTest::newRow("html page") << QByteArray("<html><body>502 Bad Gateway</body></html>") << false
                               << u"invalid JSON"_s;
    QTest::newRow("truncated") << seed.left(seed.size() / 2) << false << u"invalid JSON"_s;
    QTest::newRow("garbage after") << QByteArray(R"({"a":1}})") << false << u"invalid JSON"_s;
    QTest::newRow("top level number") << QByteArray("5") << false << u"invalid JSON"_s;
    QTest::newRow("invalid UTF-8 in string")
        << QByteArray("{\"a\":\"\xff\xfe\"}") << false << u"UTF-8"_s;
    QTest::newRow("overlong UTF-8") << QByteArray("{\"a\":\"\xc0\xaf\"}") << false << u"UTF-8"_s;
    QTest::newRow("UTF-8 surrogate")
        << QByteArray("{\"a\":\"\xed\xa0\x80\"}") << false << u"UTF-8"_s;
    QTest::newRow("cut multibyte") << QByteArray("{\"a\":\"\xe7\x89\"}") << false << u"UTF-8"_s;
    QTest::newRow("deep arrays") << QByteArray(100000, '[') + QByteArray(100000, ']') << false
                                 << u"nested too deeply"_s;
    QByteArray objects;
    for (int i = 0; i < 5000; ++i)
        objects += R"({"a":)";
    objects += "1" + QByteArray(5000, '}');
    QTest::newRow("deep objects") << objects << false << u"nested too deeply"_s;
}

void TestDecode::parse()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QString, detailContains);
    const auto result = decode::parse(body);
    QCOMPARE(result.ok(), ok);
    if (ok)
        return;
    QCOMPARE(result.error().kind, ApiError::Kind::BadResponse);
    QVERIFY2(result.error().detail.contains(detailContains), qPrintable(result.error().detail));
}

void TestDecode::deepSubDistributes_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<bool>("ok");
    QTest::newRow("real servers nest one level") << 1 << true;
    QTest::newRow("sixteen levels") << 16 << true;
    QTest::newRow("seventeen levels") << 17 << false;
    QTest::newRow("two hundred levels") << 200 << false;
}

void TestDecode::deepSubDistributes()
{
    QFETCH(int, depth);
    QFETCH(bool, ok);
    // Built as a QJsonObject, so the parser's own depth limit is not what stops it.
    QJsonObject leaf{{u"id"_s, u"leaf"_s}};
    for (int i = 0; i < depth; ++i)
        leaf = QJsonObject{{u"id"_s, QString::number(i)}, {u"sub_distributes"_s, QJsonArray{leaf}}};
    const QJsonDocument doc(
        QJsonObject{{u"version_info"_s, QJsonObject{}}, {u"distribute_infos"_s, QJsonArray{leaf}}});
    const auto detail = decode::versionDetail(doc);
    QCOMPARE(detail.ok(), ok);
    if (ok) {
        QCOMPARE(countDistributes(detail->distributeInfos), depth + 1);
    } else {
        QCOMPARE(detail.error().kind, ApiError::Kind::BadResponse);
        QVERIFY2(detail.error().detail.endsWith("sub_distributes: nested too deeply"_L1),
                 qPrintable(detail.error().detail));
    }
}

QTEST_GUILESS_MAIN(TestDecode)
#include "tst_decode.moc"
