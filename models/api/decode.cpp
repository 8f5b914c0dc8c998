#include "decode.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace zadig::decode {
namespace {

// Where a value sits in the document, as a chain of stack frames. It is only turned into text
// ("list[3].create_time") when something is wrong, so decoding a large list allocates nothing
// for paths.
struct Path
{
    const Path *parent = nullptr;
    QLatin1StringView key; // empty for an array element
    qsizetype index = -1;

    Path field(QLatin1StringView name) const { return Path{this, name, -1}; }
    Path at(qsizetype i) const { return Path{this, {}, i}; }

    QString toString() const
    {
        QString text = parent ? parent->toString() : QString();
        if (index >= 0)
            return text + u'[' + QString::number(index) + u']';
        if (key.isEmpty())
            return text;
        return text.isEmpty() ? QString(key) : text + u'.' + key;
    }
};

ApiError badResponse(const QString &detail)
{
    ApiError error;
    error.kind = ApiError::Kind::BadResponse;
    error.detail = detail;
    return error;
}

// Sub-distributes nest one level on a real server; anything this deep is not a Zadig answer.
constexpr int MaxDistributeDepth = 16;

// Reads fields with Zadig's tolerance rules and remembers the first wrong type with its path.
// After a failure every read returns a default, so a decoder reads straight through and checks
// once at the end instead of after every field.
class Reader
{
public:
    bool failed() const { return m_error.has_value(); }
    const ApiError &error() const { return *m_error; }

    // `what` is translated in ApiError's context (QT_TRANSLATE_NOOP at the call sites); the field
    // path stays as the server named it.
    void fail(const Path &path, const char *what)
    {
        if (m_error)
            return;
        const QString where = path.toString();
        m_error = badResponse(ApiError::tr("%1: %2").arg(
            where.isEmpty() ? ApiError::tr("top level") : where, ApiError::tr(what)));
    }

    QString string(const QJsonObject &object, QLatin1StringView key, const Path &at)
    {
        const QJsonValue value = object.value(key);
        if (value.isString())
            return value.toString();
        if (!isAbsent(value))
            fail(at.field(key), QT_TRANSLATE_NOOP("zadig::ApiError", "expected a string"));
        return QString();
    }

    // Integral JSON numbers only: 1.5 for a count or a time is a broken answer, not 1.
    qint64 integer(const QJsonObject &object, QLatin1StringView key, const Path &at,
                   qint64 min = std::numeric_limits<qint64>::min(),
                   qint64 max = std::numeric_limits<qint64>::max())
    {
        const QJsonValue value = object.value(key);
        if (isAbsent(value))
            return 0;
        if (!value.isDouble()) {
            fail(at.field(key), QT_TRANSLATE_NOOP("zadig::ApiError", "expected a number"));
            return 0;
        }
        const double number = value.toDouble();
        if (std::trunc(number) != number) {
            fail(at.field(key), QT_TRANSLATE_NOOP("zadig::ApiError", "expected an integer"));
            return 0;
        }
        // 9.2e18 keeps clear of the double rounding at the qint64 limits.
        const qint64 result = std::abs(number) < 9.2e18 ? value.toInteger() : 0;
        if (std::abs(number) >= 9.2e18 || result < min || result > max) {
            fail(at.field(key), QT_TRANSLATE_NOOP("zadig::ApiError", "number out of range"));
            return 0;
        }
        return result;
    }

    int count(const QJsonObject &object, QLatin1StringView key, const Path &at)
    {
        return int(integer(object, key, at, std::numeric_limits<int>::min(),
                           std::numeric_limits<int>::max()));
    }

    bool boolean(const QJsonObject &object, QLatin1StringView key, const Path &at)
    {
        const QJsonValue value = object.value(key);
        if (value.isBool())
            return value.toBool();
        if (!isAbsent(value))
            fail(at.field(key), QT_TRANSLATE_NOOP("zadig::ApiError", "expected true or false"));
        return false;
    }

    // Null and missing arrays are empty.
    QJsonArray array(const QJsonObject &object, QLatin1StringView key, const Path &at)
    {
        const QJsonValue value = object.value(key);
        if (value.isArray())
            return value.toArray();
        if (!isAbsent(value))
            fail(at.field(key), QT_TRANSLATE_NOOP("zadig::ApiError", "expected an array"));
        return QJsonArray();
    }

    // std::nullopt for null and missing objects.
    std::optional<QJsonObject> object(const QJsonObject &parent, QLatin1StringView key,
                                      const Path &at)
    {
        const QJsonValue value = parent.value(key);
        if (value.isObject())
            return value.toObject();
        if (!isAbsent(value))
            fail(at.field(key), QT_TRANSLATE_NOOP("zadig::ApiError", "expected an object"));
        return std::nullopt;
    }

    QStringList strings(const QJsonObject &object, QLatin1StringView key, const Path &at)
    {
        const Path here = at.field(key);
        const QJsonArray items = array(object, key, at);
        QStringList result;
        result.reserve(items.size());
        for (qsizetype i = 0; i < items.size() && !failed(); ++i) {
            const QJsonValue item = items.at(i);
            if (item.isString())
                result.append(item.toString());
            else
                fail(here.at(i), QT_TRANSLATE_NOOP("zadig::ApiError", "expected a string"));
        }
        return result;
    }

    // Every element must be an object; readOne(object, path) makes a T of it.
    template<typename T, typename ReadOne>
    QList<T> objects(const QJsonArray &items, const Path &here, ReadOne readOne)
    {
        QList<T> result;
        result.reserve(items.size());
        for (qsizetype i = 0; i < items.size() && !failed(); ++i) {
            const QJsonValue item = items.at(i);
            const Path itemPath = here.at(i);
            if (item.isObject())
                result.append(readOne(item.toObject(), itemPath));
            else
                fail(itemPath, QT_TRANSLATE_NOOP("zadig::ApiError", "expected an object"));
        }
        return result;
    }

    template<typename T, typename ReadOne>
    QList<T> objects(const QJsonObject &object, QLatin1StringView key, const Path &at,
                     ReadOne readOne)
    {
        return objects<T>(array(object, key, at), at.field(key), readOne);
    }

    // The seed page's tables say created_time, the server sends create_time.
    qint64 createTime(const QJsonObject &object, const Path &at)
    {
        const auto key = "create_time"_L1;
        if (isAbsent(object.value(key)))
            return integer(object, "created_time"_L1, at);
        return integer(object, key, at);
    }

    QJsonObject rootObject(const QJsonDocument &doc)
    {
        if (!doc.isObject())
            fail(Path{}, QT_TRANSLATE_NOOP("zadig::ApiError", "expected an object"));
        return doc.object();
    }

    // A bare "null" (a Go nil slice) is an empty list.
    QJsonArray rootArray(const QJsonDocument &doc)
    {
        if (doc.isArray())
            return doc.array();
        if (!doc.isNull())
            fail(Path{}, QT_TRANSLATE_NOOP("zadig::ApiError", "expected an array"));
        return QJsonArray();
    }

    template<typename T>
    Result<T> result(T value) const
    {
        if (m_error)
            return *m_error;
        return value;
    }

private:
    static bool isAbsent(const QJsonValue &value) { return value.isNull() || value.isUndefined(); }

    std::optional<ApiError> m_error;
};

Progress readProgress(Reader &r, const QJsonObject &o, const Path &at)
{
    Progress p;
    p.successCount = r.count(o, "success_count"_L1, at);
    p.totalCount = r.count(o, "total_count"_L1, at);
    p.uploadStatus = uploadStatusFromString(r.string(o, "upload_status"_L1, at));
    p.error = r.string(o, "error"_L1, at);
    return p;
}

VersionInfo readVersionInfo(Reader &r, const QJsonObject &o, const Path &at)
{
    VersionInfo v;
    v.id = r.string(o, "id"_L1, at);
    v.name = r.string(o, "version_name"_L1, at);
    v.rawType = r.string(o, "type"_L1, at);
    v.type = versionTypeFromString(v.rawType);
    v.rawStatus = r.string(o, "status"_L1, at);
    v.status = versionStatusFromString(v.rawStatus);
    v.labels = r.strings(o, "labels"_L1, at);
    v.description = r.string(o, "description"_L1, at);
    if (const auto progress = r.object(o, "progress"_L1, at))
        v.progress = readProgress(r, *progress, at.field("progress"_L1));
    v.createdBy = r.string(o, "created_by"_L1, at);
    v.createTime = r.createTime(o, at);
    return v;
}

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

// The values.yaml key paths of an image, under `key` ("imagePath" up to 3.4, "image_path" since
// 4.0); nullopt when absent or null.
std::optional<ImagePath> readImagePath(Reader &r, const QJsonObject &o, QLatin1StringView key,
                                       const Path &at)
{
    const auto path = r.object(o, key, at);
    if (!path)
        return std::nullopt;
    const Path here = at.field(key);
    ImagePath p;
    p.repo = r.string(*path, "repo"_L1, here);
    p.imageNamespace = r.string(*path, "namespace"_L1, here);
    p.image = r.string(*path, "image"_L1, here);
    p.tag = r.string(*path, "tag"_L1, here);
    return p;
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

VersionImage readVersionImage(Reader &r, const QJsonObject &o, const Path &at)
{
    VersionImage image;
    image.containerName = r.string(o, "container_name"_L1, at);
    image.imageName = r.string(o, "image_name"_L1, at);
    image.sourceImage = r.string(o, "source_image"_L1, at);
    image.sourceImageTag = r.string(o, "source_image_tag"_L1, at);
    image.targetImage = r.string(o, "target_image"_L1, at);
    image.targetImageTag = r.string(o, "target_image_tag"_L1, at);
    image.pushImage = r.boolean(o, "push_image"_L1, at);
    image.status = r.string(o, "status"_L1, at);
    image.error = r.string(o, "error"_L1, at);
    image.imagePath = readImagePath(r, o, "image_path"_L1, at);
    return image;
}

VersionService readVersionService(Reader &r, const QJsonObject &o, const Path &at)
{
    VersionService service;
    service.serviceName = r.string(o, "service_name"_L1, at);
    service.chartName = r.string(o, "chart_name"_L1, at);
    service.originalChartVersion = r.string(o, "original_chart_version"_L1, at);
    service.chartVersion = r.string(o, "chart_version"_L1, at);
    service.chartStatus = r.string(o, "chart_status"_L1, at);
    service.yamlContent = r.string(o, "yaml_content"_L1, at);
    service.images =
        r.objects<VersionImage>(o, "images"_L1, at, [&](const QJsonObject &i, const Path &p) {
            return readVersionImage(r, i, p);
        });
    service.error = r.string(o, "error"_L1, at);
    return service;
}

// Bridge: the 2.3-3.4 deliverables the detail pane and the wizard read today, made from a v2
// detail, until the views read `services` themselves. K8s: one deployable per image (module =
// container, image = target image). Helm: one chart per service with its images below it.
void fillV3Shape(VersionDetail &detail)
{
    const qint64 created = detail.info.createTime;
    if (detail.info.type == VersionType::K8sYaml) {
        for (const VersionService &service : std::as_const(detail.services)) {
            for (const VersionImage &image : service.images) {
                DeployInfo d;
                d.serviceName = service.serviceName;
                d.serviceModule = image.containerName;
                d.image = image.targetImage;
                d.imageName = image.imageName;
                d.registryId = image.pushImage ? detail.imageRegistryId : QString();
                d.createTime = created;
                detail.deployInfos.append(d);
            }
        }
    } else if (detail.info.type == VersionType::HelmChart) {
        for (const VersionService &service : std::as_const(detail.services)) {
            DistributeInfo chart;
            chart.serviceName = service.serviceName;
            chart.distributeType = u"chart"_s;
            chart.chartName = service.chartName.isEmpty() ? service.serviceName : service.chartName;
            chart.chartRepoName = detail.chartRepoName;
            chart.chartVersion = service.chartVersion;
            chart.createTime = created;
            for (const VersionImage &image : service.images) {
                DistributeInfo sub;
                sub.serviceName = service.serviceName;
                sub.distributeType = u"image"_s;
                sub.serviceModule = image.containerName;
                sub.image = image.targetImage;
                sub.imageName = image.imageName;
                sub.createTime = created;
                chart.subDistributes.append(sub);
            }
            detail.distributeInfos.append(chart);
        }
    }
    detail.info.progress = progressOfV2(detail);
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

Result<VersionPage> versionPageV2(const QJsonDocument &doc)
{
    Reader r;
    const Path root;
    const QJsonObject o = r.rootObject(doc);
    VersionPage page;
    page.versions =
        r.objects<VersionInfo>(o, "list"_L1, root, [&](const QJsonObject &v, const Path &p) {
            VersionInfo info = readVersionInfo(r, v, p);
            info.rawSource = r.string(v, "source"_L1, p);
            info.source = versionSourceFromString(info.rawSource);
            info.labelsFromList = true;
            info.progress.reset(); // not in the v2 list; the detail computes it
            return info;
        });
    page.total = r.count(o, "total"_L1, root);
    return r.result(std::move(page));
}

Result<VersionPage> versionPageOfEitherGeneration(const QJsonDocument &doc)
{
    const QJsonArray list = doc.object().value("list"_L1).toArray();
    const bool v2 = std::any_of(list.begin(), list.end(), [](const QJsonValue &item) {
        return item.toObject().contains("source"_L1);
    });
    return v2 ? versionPageV2(doc) : versionPage(doc);
}

Result<VersionDetail> versionDetailV2(const QJsonDocument &doc)
{
    Reader r;
    const Path root;
    const QJsonObject o = r.rootObject(doc);
    VersionDetail detail;
    detail.v2 = true;
    VersionInfo &info = detail.info;
    const auto nameKey = "version"_L1;
    if (const QJsonValue name = o.value(nameKey); name.isNull() || name.isUndefined())
        r.fail(root.field(nameKey),
               QT_TRANSLATE_NOOP("zadig::ApiError",
                                 "missing")); // {"message":"success"} is not a detail
    info.name = r.string(o, nameKey, root);
    detail.projectKey = r.string(o, "project_name"_L1, root);
    detail.envName = r.string(o, "env_name"_L1, root);
    detail.production = r.boolean(o, "production"_L1, root);
    info.rawType = r.string(o, "type"_L1, root);
    info.type = versionTypeFromString(info.rawType);
    info.rawSource = r.string(o, "source"_L1, root);
    info.source = versionSourceFromString(info.rawSource);
    info.description = r.string(o, "desc"_L1, root);
    info.labels = r.strings(o, "labels"_L1, root);
    detail.imageRegistryId = r.string(o, "image_registry_id"_L1, root);
    detail.chartRepoName = r.string(o, "chart_repo_name"_L1, root);
    detail.services = r.objects<VersionService>(
        o, "services"_L1, root,
        [&](const QJsonObject &sv, const Path &p) { return readVersionService(r, sv, p); });
    info.rawStatus = r.string(o, "status"_L1, root);
    info.status = versionStatusFromString(info.rawStatus);
    detail.error = r.string(o, "error"_L1, root);
    info.createdBy = r.string(o, "created_by"_L1, root);
    const auto createdAt = "created_at"_L1;
    const QJsonValue created = o.value(createdAt);
    info.createTime = created.isNull() || created.isUndefined() ? r.createTime(o, root)
                                                                : r.integer(o, createdAt, root);
    detail.originalVersionName = r.string(o, "original_version_name"_L1, root);
    if (r.failed())
        return r.error();
    fillV3Shape(detail);
    return detail;
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
