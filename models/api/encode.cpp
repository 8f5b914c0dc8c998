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

} // namespace

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
