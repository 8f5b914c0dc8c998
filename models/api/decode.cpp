// The 2.3-3.4 shapes and the entry points every generation shares. The 4.x/5.x version shapes
// are in decodev2.cpp; the field reader both use is in decodereader.h/.cpp.
#include "decode.h"
#include "decodereader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace zadig::decode {
using detail::badResponse;
using detail::Path;
using detail::Reader;
using detail::readImagePath;
using detail::readVersionInfo;
namespace {

// Sub-distributes nest one level on a real server; anything this deep is not a Zadig answer.
constexpr int MaxDistributeDepth = 16;

DeployInfo readDeployInfo(Reader &r, const QJsonObject &o, const Path &at)
{
    DeployInfo d;
    d.id = r.string(o, "id"_L1, at);
    d.serviceName = r.string(o, "service_name"_L1, at);
    d.serviceModule = r.string(o, "service_module"_L1, at);
    d.image = r.string(o, "image"_L1, at);
    d.imageName = r.string(o, "image_name"_L1, at);
    d.registryId = r.string(o, "registry_id"_L1, at);
    d.createTime = r.createTime(o, at);
    return d;
}

DistributeInfo readDistributeInfo(Reader &r, const QJsonObject &o, const Path &at, int depth)
{
    DistributeInfo d;
    d.id = r.string(o, "id"_L1, at);
    d.serviceName = r.string(o, "service_name"_L1, at);
    d.distributeType = r.string(o, "distribute_type"_L1, at);
    d.chartName = r.string(o, "chart_name"_L1, at);
    d.chartRepoName = r.string(o, "chart_repo_name"_L1, at);
    d.chartVersion = r.string(o, "chart_version"_L1, at);
    d.serviceModule = r.string(o, "service_module"_L1, at);
    d.image = r.string(o, "image"_L1, at);
    d.imageName = r.string(o, "image_name"_L1, at);
    d.imageNamespace = r.string(o, "namespace"_L1, at);
    d.createTime = r.createTime(o, at);
    const auto subKey = "sub_distributes"_L1;
    const QJsonArray subs = r.array(o, subKey, at);
    if (!subs.isEmpty() && depth >= MaxDistributeDepth) {
        r.fail(at.field(subKey), QT_TRANSLATE_NOOP("zadig::ApiError", "nested too deeply"));
        return d;
    }
    d.subDistributes = r.objects<DistributeInfo>(
        subs, at.field(subKey), [&](const QJsonObject &sub, const Path &p) {
            return readDistributeInfo(r, sub, p, depth + 1);
        });
    return d;
}

Environment readEnvironment(Reader &r, const QJsonObject &o, const Path &at)
{
    Environment e;
    e.key = r.string(o, "env_key"_L1, at);
    e.name = r.string(o, "envName"_L1, at);
    e.kubeNamespace = r.string(o, "namespace"_L1, at);
    e.production = r.boolean(o, "production"_L1, at);
    e.registryId = r.string(o, "registry_id"_L1, at);
    e.status = r.string(o, "status"_L1, at);
    e.updateBy = r.string(o, "update_by"_L1, at);
    e.updateTime = r.integer(o, "update_time"_L1, at);
    e.clusterId = r.string(o, "cluster_id"_L1, at);
    return e;
}

Container readContainer(Reader &r, const QJsonObject &o, const Path &at)
{
    Container c;
    c.name = r.string(o, "name"_L1, at);
    c.type = r.string(o, "type"_L1, at);
    c.image = r.string(o, "image"_L1, at);
    c.imageName = r.string(o, "image_name"_L1, at);
    if (auto path = readImagePath(r, o, "imagePath"_L1, at))
        c.imagePath = *path;
    return c;
}

EnvironmentService readService(Reader &r, const QJsonObject &o, const Path &at)
{
    EnvironmentService s;
    s.serviceName = r.string(o, "service_name"_L1, at);
    s.type = r.string(o, "type"_L1, at);
    s.status = r.string(o, "status"_L1, at);
    s.containers =
        r.objects<Container>(o, "containers"_L1, at, [&](const QJsonObject &c, const Path &p) {
            return readContainer(r, c, p);
        });
    return s;
}

} // namespace

Result<QJsonDocument> parse(const QByteArray &body)
{
    // QJsonDocument would replace bad sequences (older Qt) or name them vaguely: say it plainly.
    if (!body.isValidUtf8())
        return badResponse(ApiError::tr("the answer is not valid UTF-8"));
    const QByteArrayView trimmed = QByteArrayView(body).trimmed();
    if (trimmed == "null")
        return QJsonDocument();
    if (trimmed.isEmpty())
        return badResponse(ApiError::tr("the answer is empty"));
    // No JSON starts with '<': this is a proxy's error page or a single sign-on login page, and
    // "illegal value at offset 1" would not tell the user so.
    if (trimmed.startsWith('<'))
        return badResponse(u"invalid JSON: the answer is an HTML page (from a proxy or a login "
                           "page?)"_s);

    QJsonParseError status;
    QJsonDocument doc = QJsonDocument::fromJson(body, &status);
    if (status.error == QJsonParseError::DeepNesting)
        return badResponse(ApiError::tr("the answer is nested too deeply"));
    if (status.error != QJsonParseError::NoError)
        return badResponse(ApiError::tr("invalid JSON at offset %1: %2")
                               .arg(status.offset)
                               .arg(status.errorString()));
    return doc;
}

Result<VersionPage> versionPage(const QJsonDocument &doc)
{
    Reader r;
    const Path root;
    const QJsonObject o = r.rootObject(doc);
    VersionPage page;
    page.versions =
        r.objects<VersionInfo>(o, "list"_L1, root, [&](const QJsonObject &v, const Path &p) {
            return readVersionInfo(r, v, p);
        });
    page.total = r.count(o, "total"_L1, root);
    return r.result(std::move(page));
}

Result<VersionDetail> versionDetail(const QJsonDocument &doc)
{
    Reader r;
    const Path root;
    const QJsonObject o = r.rootObject(doc);
    VersionDetail detail;
    const auto infoKey = "version_info"_L1;
    if (const auto info = r.object(o, infoKey, root))
        detail.info = readVersionInfo(r, *info, root.field(infoKey));
    else if (!r.failed())
        r.fail(root.field(infoKey),
               QT_TRANSLATE_NOOP("zadig::ApiError",
                                 "missing")); // a detail without its version is useless
    detail.deployInfos =
        r.objects<DeployInfo>(o, "deploy_infos"_L1, root, [&](const QJsonObject &d, const Path &p) {
            return readDeployInfo(r, d, p);
        });
    detail.distributeInfos = r.objects<DistributeInfo>(
        o, "distribute_infos"_L1, root,
        [&](const QJsonObject &d, const Path &p) { return readDistributeInfo(r, d, p, 0); });
    return r.result(std::move(detail));
}

Result<ProjectPage> projectPage(const QJsonDocument &doc)
{
    Reader r;
    const Path root;
    const QJsonObject o = r.rootObject(doc);
    ProjectPage page;
    page.projects =
        r.objects<Project>(o, "projects"_L1, root, [&](const QJsonObject &p, const Path &at) {
            Project project;
            project.name = r.string(p, "project_name"_L1, at);
            project.key = r.string(p, "project_key"_L1, at);
            project.description = r.string(p, "description"_L1, at);
            project.rawDeployType = r.string(p, "deploy_type"_L1, at);
            project.deployType = deployTypeFromString(project.rawDeployType);
            return project;
        });
    page.total = r.count(o, "total"_L1, root);
    return r.result(std::move(page));
}

Result<QList<Environment>> environments(const QJsonDocument &doc)
{
    Reader r;
    auto list =
        r.objects<Environment>(r.rootArray(doc), Path{}, [&](const QJsonObject &e, const Path &p) {
            return readEnvironment(r, e, p);
        });
    return r.result(std::move(list));
}

Result<EnvironmentDetail> environmentDetail(const QJsonDocument &doc)
{
    Reader r;
    const Path root;
    const QJsonObject o = r.rootObject(doc);
    EnvironmentDetail env;
    env.key = r.string(o, "env_key"_L1, root);
    env.kubeNamespace = r.string(o, "namespace"_L1, root);
    env.registryId = r.string(o, "registry_id"_L1, root);
    env.status = r.string(o, "status"_L1, root);
    env.services = r.objects<EnvironmentService>(
        o, "services"_L1, root,
        [&](const QJsonObject &s, const Path &p) { return readService(r, s, p); });
    return r.result(std::move(env));
}

Result<QList<Registry>> registries(const QJsonDocument &doc)
{
    Reader r;
    auto list =
        r.objects<Registry>(r.rootArray(doc), Path{}, [&](const QJsonObject &o, const Path &at) {
            Registry reg;
            reg.id = r.string(o, "registry_id"_L1, at);
            reg.address = r.string(o, "address"_L1, at);
            reg.imageNamespace = r.string(o, "namespace"_L1, at);
            reg.provider = r.string(o, "provider"_L1, at);
            reg.region = r.string(o, "region"_L1, at);
            reg.isDefault = r.boolean(o, "is_default"_L1, at);
            return reg;
        });
    return r.result(std::move(list));
}

Result<QList<ChartRepo>> chartRepos(const QJsonDocument &doc)
{
    Reader r;
    auto list =
        r.objects<ChartRepo>(r.rootArray(doc), Path{}, [&](const QJsonObject &o, const Path &at) {
            ChartRepo repo;
            repo.name = r.string(o, "repo_name"_L1, at);
            repo.url = r.string(o, "url"_L1, at);
            return repo;
        });
    return r.result(std::move(list));
}

Result<QList<ChartVersion>> chartVersions(const QJsonDocument &doc)
{
    Reader r;
    auto list = r.objects<ChartVersion>(
        r.rootArray(doc), Path{}, [&](const QJsonObject &o, const Path &at) {
            ChartVersion version;
            version.chartName = r.string(o, "chartName"_L1, at);
            version.chartVersion = r.string(o, "chartVersion"_L1, at);
            version.nextChartVersion = r.string(o, "nextChartVersion"_L1, at);
            version.url = r.string(o, "url"_L1, at);
            return version;
        });
    return r.result(std::move(list));
}

Result<Done> success(const QJsonDocument &doc)
{
    Reader r;
    r.rootObject(doc);
    return r.result(Done{});
}

} // namespace zadig::decode
