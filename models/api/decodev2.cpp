// The 4.x/5.x "delivery version v2" shapes (zadig-v4-v5-api.md section 2). The 2.3-3.4 shapes
// are in decode.cpp; both read fields through detail::Reader so the rules and messages match.
#include "decode.h"
#include "decodereader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace zadig::decode {
using detail::Path;
using detail::Reader;
using detail::readImagePath;
using detail::readVersionInfo;
namespace {

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

} // namespace zadig::decode
