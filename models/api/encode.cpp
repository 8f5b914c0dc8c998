#include "encode.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace zadig::encode {
namespace {

QJsonArray stringArray(const QStringList &strings)
{
    QJsonArray array;
    for (const QString &s : strings)
        array.append(s);
    return array;
}

QJsonArray imageDatas(const QList<ImageData> &images)
{
    QJsonArray array;
    for (const ImageData &image : images) {
        array.append(QJsonObject{
            {u"container_name"_s, image.containerName},
            {u"image_name"_s, image.imageName},
            {u"image_tag"_s, image.imageTag},
            // Always sent: servers before v3.1.0 ignore it, later ones default it to false.
            {u"disable_image_dist"_s, image.disableImageDist},
        });
    }
    return array;
}

QJsonObject commonBody(const CreateVersionCommon &common)
{
    return QJsonObject{
        {u"project_key"_s, common.projectKey},
        {u"version_name"_s, common.versionName},
        {u"retry"_s, common.retry},
        {u"env_name"_s, common.envName},
        {u"production"_s, common.production},
        {u"desc"_s, common.description},
        {u"labels"_s, stringArray(common.labels)},
        {u"image_registry_id"_s, common.imageRegistryId},
    };
}

QJsonObject imagePathJson(const ImagePath &path)
{
    // The server omits empty keys too (omitempty); an empty key would name no values path.
    QJsonObject o;
    const auto put = [&o](const QString &key, const QString &value) {
        if (!value.isEmpty())
            o.insert(key, value);
    };
    put(u"repo"_s, path.repo);
    put(u"namespace"_s, path.imageNamespace);
    put(u"image"_s, path.image);
    put(u"tag"_s, path.tag);
    return o;
}

QJsonObject bodyV2(const CreateVersionV2Common &common, bool helm)
{
    QJsonArray services;
    for (const VersionService &service : common.services) {
        QJsonArray images;
        for (const VersionImage &image : service.images) {
            QJsonObject o{
                {u"container_name"_s, image.containerName},
                {u"image_name"_s, image.imageName},
                {u"source_image"_s, image.sourceImage},
                {u"source_image_tag"_s, image.sourceImageTag},
                {u"target_image"_s, targetImageFor(image, common.targetRegistry)},
                {u"push_image"_s, image.pushImage},
            };
            // The job pushes to this tag; without a push there is none to give.
            if (image.pushImage)
                o.insert(u"target_image_tag"_s, image.targetImageTag);
            if (helm && image.imagePath && !image.imagePath->isEmpty())
                o.insert(u"image_path"_s, imagePathJson(*image.imagePath));
            images.append(o);
        }
        QJsonObject s{
            {u"service_name"_s, service.serviceName},
            {u"chart_version"_s, service.chartVersion},
            {u"yaml_content"_s, service.yamlContent},
            {u"images"_s, images},
        };
        if (helm) {
            // 4.0-4.1 do not fill chart_name themselves (packaging then fails without it).
            s.insert(u"chart_name"_s,
                     service.chartName.isEmpty() ? service.serviceName : service.chartName);
            s.insert(u"original_chart_version"_s, service.originalChartVersion);
        }
        services.append(s);
    }
    return QJsonObject{
        {u"project_key"_s, common.projectKey},
        {u"version_name"_s, common.versionName},
        {u"source"_s, versionSourceToString(common.source)},
        {u"original_version_name"_s, common.originalVersionName},
        {u"env_name"_s, common.envName},
        {u"production"_s, common.production},
        {u"desc"_s, common.description},
        {u"labels"_s, stringArray(common.labels)},
        {u"image_registry_id"_s, common.targetRegistry.id},
        {u"services"_s, services},
    };
}

} // namespace

QString targetImage(const Registry &registry, const QString &imageName, const QString &tag)
{
    QString image = registry.address + u'/';
    if (!registry.imageNamespace.isEmpty())
        image += registry.imageNamespace + u'/';
    image += imageName + u':' + tag;
    // As the job does it: one prefix, case-sensitive, http first.
    if (image.startsWith("http://"_L1))
        image.remove(0, 7);
    if (image.startsWith("https://"_L1))
        image.remove(0, 8);
    return image;
}

QString targetImageFor(const VersionImage &image, const Registry &registry)
{
    if (image.pushImage) {
        if (registry.address.isEmpty() || image.imageName.isEmpty() ||
            image.targetImageTag.isEmpty())
            return image.targetImage;
        return targetImage(registry, image.imageName, image.targetImageTag);
    }
    return image.sourceImage.isEmpty() ? image.targetImage : image.sourceImage;
}

QJsonObject createK8sBodyV2(const CreateK8sVersionV2Request &request)
{
    return bodyV2(request.common, false);
}

QJsonObject createHelmBodyV2(const CreateHelmVersionV2Request &request)
{
    QJsonObject body = bodyV2(request.common, true);
    body.insert(u"chart_repo_name"_s, request.chartRepoName);
    return body;
}

QJsonObject createK8sBody(const CreateK8sVersionRequest &request)
{
    QJsonArray yamlDatas;
    for (const YamlServiceData &service : request.yamlDatas) {
        yamlDatas.append(QJsonObject{
            {u"service_name"_s, service.serviceName},
            {u"image_datas"_s, imageDatas(service.imageDatas)},
        });
    }
    QJsonObject body = commonBody(request.common);
    body.insert(u"yaml_datas"_s, yamlDatas);
    return body;
}

QJsonObject createHelmBody(const CreateHelmVersionRequest &request)
{
    QJsonArray chartDatas;
    for (const ChartServiceData &chart : request.chartDatas) {
        chartDatas.append(QJsonObject{
            {u"service_name"_s, chart.serviceName},
            {u"version"_s, chart.version},
            {u"image_datas"_s, imageDatas(chart.imageDatas)},
        });
    }
    QJsonObject body = commonBody(request.common);
    body.insert(u"chart_repo_name"_s, request.chartRepoName);
    body.insert(u"chart_datas"_s, chartDatas);
    return body;
}

QByteArray toJson(const QJsonObject &object, bool indented)
{
    return QJsonDocument(object).toJson(indented ? QJsonDocument::Indented
                                                 : QJsonDocument::Compact);
}

} // namespace zadig::encode
