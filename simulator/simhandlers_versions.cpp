// SimState's handlers of the 2.3-3.4 delivery versions: list, detail, delete, the K8s and Helm
// creates and their retry. They check parameters in the real handlers' order, so each error
// answer is the one the real server gives for the same request.
#include "simstate.h"

#include "simjson.h"
#include "simutil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcSimState)

using namespace Qt::StringLiterals;

namespace zadig::sim {

SimResponse SimState::listVersions(const SimRequest &request)
{
    const QString key = param(request.query, u"projectKey"_s);
    if (key.isEmpty())
        return requiredParam(u"OpenAPIListDeliveryVersionArgs"_s, u"ProjectName"_s);
    const auto pageNumParam = intParam(request.query, u"pageNum"_s);
    if (!pageNumParam || *pageNumParam == 0)
        return requiredParam(u"OpenAPIListDeliveryVersionArgs"_s, u"PageNum"_s);
    const auto pageSizeParam = intParam(request.query, u"pageSize"_s);
    if (!pageSizeParam || *pageSizeParam == 0)
        return requiredParam(u"OpenAPIListDeliveryVersionArgs"_s, u"PageSize"_s);
    if (!project(key))
        return internalError(u"failed to find project %1: %2"_s.arg(key, noDocuments()));

    const qint64 pageNum = *pageNumParam < 0 ? 1 : *pageNumParam;
    const qint64 pageSize = *pageSizeParam < 0 ? 20 : *pageSizeParam;
    const auto it = m_versions.find(key);
    const qint64 total = it == m_versions.end() ? 0 : qint64(it->second.ordered.size());

    QJsonArray list;
    const auto [begin, end] = pageSlice(pageNum, pageSize, total);
    for (qint64 i = begin; i < end; ++i)
        list.append(versionListItemJson(*it->second.ordered[size_t(i)]));
    return jsonResponse(200, QJsonObject{{u"list"_s, list}, {u"total"_s, total}});
}

SimResponse SimState::versionDetail(const SimRequest &request, const QString &id)
{
    const QString key = param(request.query, u"projectKey"_s);
    if (key.isEmpty())
        return invalidParam(u"projectKey can't be empty!"_s); // the text 4.x probes tell apart
    SimVersion *v = findVersion(id);
    if (!v || v->projectKey != key) {
        return internalError(
            u"failed to get delivery version, ID: %1, error: 查询交付中心版本失败: %2"_s.arg(
                id, noDocuments()));
    }
    if (!v->hasKnownType())
        return empty(500); // the real handler dereferences a nil pointer for these
    reconcile(*v);
    return jsonResponse(200, versionDetailJson(*v, progressAt(*v, nowMs())));
}

SimResponse SimState::deleteVersion(const SimRequest &request, const QString &id)
{
    const QString key = param(request.query, u"projectKey"_s);
    if (key.isEmpty())
        return invalidParam(u"projectKey can not be empty"_s);
    static const QRegularExpression objectId(u"^[0-9a-fA-F]{24}$"_s);
    if (!objectId.match(id).hasMatch())
        return internalError(u"the provided hex string is not a valid ObjectID"_s);
    SimVersion *v = findVersion(id);
    if (!v || v->projectKey != key)
        return success(); // deleting nothing is fine for the real server too
    removeVersion(*v);
    return success();
}

// Builds the deliverables of one service; the error is a 500 description.
static std::optional<QString> buildImages(const SimService &service, const QJsonArray &imageDatas,
                                          bool matchByImageName, const SimRegistry *target,
                                          const QList<SimRegistry> &registries,
                                          QList<SimImage> &out)
{
    for (const QJsonValue &value : imageDatas) {
        const QJsonObject data = value.toObject();
        const QString containerName = data.value("container_name"_L1).toString();
        const QString imageName = data.value("image_name"_L1).toString();
        const SimContainer *container = nullptr;
        for (const SimContainer &c : service.containers) {
            const bool match =
                matchByImageName ? repoName(c.image) == imageName : c.name == containerName;
            if (match) {
                container = &c;
                break;
            }
        }
        if (!container && matchByImageName)
            return u"container not found, imageName: %1"_s.arg(imageName);
        if (!container) {
            return u"container %1 not found in service %2"_s.arg(containerName, service.name);
        }
        if (repoName(container->image) != imageName) {
            return u"image name %1 does not match the image %2 of container %3 in service %4"_s.arg(
                imageName, container->image, container->name, service.name);
        }
        QString tag = data.value("image_tag"_L1).toString();
        if (tag.isEmpty())
            tag = imageTag(container->image);
        SimImage image;
        image.serviceName = service.name;
        image.serviceModule = container->name;
        image.imageName = imageName;
        image.distribute = !data.value("disable_image_dist"_L1).toBool();
        if (image.distribute && target) {
            image.image =
                target->address + u'/' + target->imageNamespace + u'/' + imageName + u':' + tag;
            image.registryId = target->id;
            image.imageNamespace = target->imageNamespace;
        } else {
            image.image = container->image;
            for (const SimRegistry &r : registries) {
                if (container->image.startsWith(r.address + u'/' + r.imageNamespace + u'/')) {
                    image.registryId = r.id;
                    image.imageNamespace = r.imageNamespace;
                }
            }
        }
        out.append(image);
    }
    return std::nullopt;
}

static int firstFailingImage(const QJsonArray &serviceDatas)
{
    int index = 0;
    for (const QJsonValue &service : serviceDatas) {
        const QJsonArray images = service.toObject().value("image_datas"_L1).toArray();
        for (const QJsonValue &value : images) {
            const QJsonObject image = value.toObject();
            if (image.value("disable_image_dist"_L1).toBool())
                continue;
            if (image.value("image_tag"_L1).toString().contains("fail"_L1))
                return index;
            ++index;
        }
    }
    return -1;
}

static SimResponse alreadyExists(const QString &name)
{
    return internalError(
        u"failed to insert delivery version %1, version already exist"_s.arg(name));
}

static SimResponse environmentNotFound(const QString &projectKey, const QString &envName)
{
    return internalError(
        u"failed to query product info, procutName: %1 envName %2"_s.arg(projectKey, envName));
}

// The environment a create body names; production must match its kind.
const SimEnvironment *SimState::environmentOf(const QJsonObject &body) const
{
    const SimProject *proj = project(body.value("project_key"_L1).toString());
    return proj ? proj->environment(body.value("env_name"_L1).toString(),
                                    body.value("production"_L1).toBool())
                : nullptr;
}

// The fields both create bodies share.
SimVersion SimState::newVersion(const QJsonObject &body, const QString &type) const
{
    SimVersion v;
    v.projectKey = body.value("project_key"_L1).toString();
    v.name = body.value("version_name"_L1).toString();
    v.type = type;
    v.labels = stringList(body.value("labels"_L1));
    v.description = body.value("desc"_L1).toString();
    v.createdBy = u"openapi"_s;
    v.createTime = nowMs() / 1000;
    v.envName = body.value("env_name"_L1).toString();
    v.production = body.value("production"_L1).toBool();
    v.registryId = body.value("image_registry_id"_L1).toString();
    return v;
}

SimResponse SimState::createK8s(const QJsonObject &body)
{
    const QString key = body.value("project_key"_L1).toString();
    const QString name = body.value("version_name"_L1).toString();
    const SimEnvironment *env = environmentOf(body);
    if (!env)
        return environmentNotFound(key, body.value("env_name"_L1).toString());
    if (body.value("retry"_L1).toBool())
        return retry(key, name);

    const QString registryId = body.value("image_registry_id"_L1).toString();
    const SimRegistry *target = nullptr;
    if (!registryId.isEmpty()) {
        target = registry(registryId);
        if (!target)
            return empty(500); // the real handler dereferences a nil registry
    }
    const QJsonArray yamlDatas = body.value("yaml_datas"_L1).toArray();
    QList<SimImage> images;
    for (const QJsonValue &value : yamlDatas) {
        const QJsonObject data = value.toObject();
        const QString serviceName = data.value("service_name"_L1).toString();
        const SimService *service = env->service(serviceName);
        if (!service)
            return internalError(u"service %1 not found in environment"_s.arg(serviceName));
        if (auto error = buildImages(*service, data.value("image_datas"_L1).toArray(), false,
                                     target, m_registries, images)) {
            return internalError(*error);
        }
    }
    if (findVersionByName(key, name))
        return alreadyExists(name);

    SimVersion v = newVersion(body, u"K8SYaml"_s);
    v.images = images;
    if (!target && v.totalCount() > 0) {
        // Saved, but no job is ever made for it: the real server cannot retry such a version.
        v.status = u"failed"_s;
        v.hasJob = false;
        v.error = u"failed to create delivery workflow: image registry is required to "
                  "distribute images"_s;
    } else {
        v.status = u"creating"_s;
        startAttempt(v, firstFailingImage(yamlDatas));
    }
    const QString id = insertVersion(std::move(v));
    qCInfo(lcSimState) << "created K8s version" << name << id;
    return success();
}

SimResponse SimState::createHelm(const QJsonObject &body)
{
    const QString key = body.value("project_key"_L1).toString();
    const QString name = body.value("version_name"_L1).toString();
    if (body.value("retry"_L1).toBool())
        return retry(key, name);

    const QJsonArray chartDatas = body.value("chart_datas"_L1).toArray();
    const QString repoName = body.value("chart_repo_name"_L1).toString();
    const QString registryId = body.value("image_registry_id"_L1).toString();
    if (chartDatas.isEmpty())
        return internalError(u"no chart info appointed"_s);
    if (repoName.isEmpty())
        return internalError(u"chart repo not appointed"_s);
    if (registryId.isEmpty())
        return internalError(u"image registry not appointed"_s);
    const SimEnvironment *env = environmentOf(body);
    if (!env)
        return environmentNotFound(key, body.value("env_name"_L1).toString());
    for (const QJsonValue &value : chartDatas) {
        const QString serviceName = value.toObject().value("service_name"_L1).toString();
        if (!env->service(serviceName))
            return internalError(u"service %1 not found in environment"_s.arg(serviceName));
    }
    const SimRegistry *target = registry(registryId);
    if (!target)
        return empty(500); // the real handler dereferences a nil registry
    const SimChartRepo *repo = chartRepo(repoName);
    if (!repo)
        return internalError(u"failed to query chart-repo info, repoName: %1"_s.arg(repoName));

    QList<SimChart> charts;
    for (const QJsonValue &value : chartDatas) {
        const QJsonObject data = value.toObject();
        SimChart chart;
        chart.serviceName = data.value("service_name"_L1).toString();
        chart.chartRepoName = repoName;
        chart.chartVersion = data.value("version"_L1).toString();
        if (!isSemVer(chart.chartVersion)) {
            return internalError(
                u"failed to handle chart %1: invalid chart version %2: "
                "Invalid Semantic Version"_s.arg(chart.serviceName, chart.chartVersion));
        }
        const SimService *service = env->service(chart.serviceName);
        if (auto error = buildImages(*service, data.value("image_datas"_L1).toArray(), true, target,
                                     m_registries, chart.images)) {
            return internalError(u"failed to handle image registry for service: %1: %2"_s.arg(
                chart.serviceName, *error));
        }
        charts.append(chart);
    }
    if (findVersionByName(key, name))
        return alreadyExists(name);

    SimVersion v = newVersion(body, u"HelmChart"_s);
    v.status = u"creating"_s;
    v.charts = charts;
    startAttempt(v, firstFailingImage(chartDatas));
    const QString id = insertVersion(std::move(v));
    qCInfo(lcSimState) << "created Helm version" << name << id;
    // The real server packages and pushes every chart before it answers.
    SimResponse answer = success();
    answer.delayMs = m_helmDelayMs;
    return answer;
}

SimResponse SimState::retry(const QString &projectKey, const QString &versionName)
{
    SimVersion *v = findVersionByName(projectKey, versionName);
    if (!v) {
        return internalError(
            u"failed to query delivery version data, verisonName: %1"_s.arg(versionName));
    }
    if (v->status != "failed"_L1)
        return internalError(u"can't reCreate version with status:%1"_s.arg(v->status));
    if (!v->hasJob) {
        return internalError(
            u"no workflow task found for version: %1, please delete it and create a new one"_s.arg(
                versionName));
    }
    v->status = u"retrying"_s;
    startAttempt(*v, -1);
    qCInfo(lcSimState) << "retrying version" << versionName << v->id;
    SimResponse answer = success();
    if (v->type == "HelmChart"_L1)
        answer.delayMs = m_helmDelayMs; // charts are packaged and pushed again
    return answer;
}

} // namespace zadig::sim
