#include "simjson.h"

#include "simutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace zadig::sim {

namespace {

// A deliverable's id: the version id's time and machine part with its own counter.
QString derivedId(const SimVersion &version, int index)
{
    return version.id.left(16) + hex(version.seq * 256 + quint64(index), 8);
}

QJsonObject progressJson(const SimProgress &progress)
{
    return {{u"success_count"_s, progress.successCount},
            {u"total_count"_s, progress.totalCount},
            {u"upload_status"_s, progress.uploadStatus},
            {u"error"_s, progress.error}};
}

QJsonObject distributeJson(const QString &id, const QString &serviceName, const QString &type,
                           qint64 createTime)
{
    return {{u"id"_s, id},
            {u"service_name"_s, serviceName},
            {u"distribute_type"_s, type},
            {u"chart_name"_s, QString()},
            {u"chart_repo_name"_s, QString()},
            {u"chart_version"_s, QString()},
            {u"service_module"_s, QString()},
            {u"image"_s, QString()},
            {u"image_name"_s, QString()},
            {u"namespace"_s, QString()},
            {u"create_time"_s, createTime},
            {u"sub_distributes"_s, QJsonArray()}};
}

// progress: the detail's labels and progress; null: the list's [] and null.
QJsonObject versionInfoJson(const SimVersion &version, const SimProgress *progress)
{
    QJsonObject info{{u"id"_s, version.id},
                     {u"version_name"_s, version.name},
                     {u"type"_s, version.type},
                     {u"status"_s, version.status},
                     {u"labels"_s, QJsonArray()},
                     {u"description"_s, version.description},
                     {u"progress"_s, QJsonValue::Null},
                     {u"created_by"_s, version.createdBy},
                     {u"create_time"_s, version.createTime}};
    if (progress) {
        info.insert(u"labels"_s, QJsonArray::fromStringList(version.labels));
        info.insert(u"progress"_s, progressJson(*progress));
    }
    return info;
}

} // namespace

QJsonObject versionListItemJson(const SimVersion &version)
{
    return versionInfoJson(version, nullptr);
}

QJsonObject versionDetailJson(const SimVersion &version, const SimProgress &progress)
{
    const qint64 created = version.createTime;
    QJsonArray deployInfos;
    QJsonArray distributeInfos;
    int index = 1;
    if (version.type == "K8SYaml"_L1) {
        for (const SimImage &image : std::as_const(version.images)) {
            deployInfos.append(QJsonObject{{u"id"_s, derivedId(version, index++)},
                                           {u"service_name"_s, image.serviceName},
                                           {u"service_module"_s, image.serviceModule},
                                           {u"image"_s, image.image},
                                           {u"image_name"_s, image.imageName},
                                           {u"registry_id"_s, image.registryId},
                                           {u"create_time"_s, created}});
        }
    } else {
        for (const SimChart &chart : std::as_const(version.charts)) {
            QJsonObject chartJson =
                distributeJson(derivedId(version, index++), chart.serviceName, u"chart"_s, created);
            chartJson.insert(u"chart_name"_s, chart.serviceName);
            chartJson.insert(u"chart_repo_name"_s, chart.chartRepoName);
            chartJson.insert(u"chart_version"_s, chart.chartVersion);
            QJsonArray subs;
            for (const SimImage &image : chart.images) {
                QJsonObject imageJson = distributeJson(derivedId(version, index++),
                                                       image.serviceName, u"image"_s, created);
                imageJson.insert(u"service_module"_s, image.serviceModule);
                imageJson.insert(u"image"_s, image.image);
                imageJson.insert(u"image_name"_s, image.imageName);
                imageJson.insert(u"namespace"_s, image.imageNamespace);
                subs.append(imageJson);
            }
            chartJson.insert(u"sub_distributes"_s, subs);
            distributeInfos.append(chartJson);
        }
    }
    return QJsonObject{{u"version_info"_s, versionInfoJson(version, &progress)},
                       {u"deploy_infos"_s, deployInfos},
                       {u"distribute_infos"_s, distributeInfos}};
}

QJsonObject projectJson(const SimProject &project)
{
    return {{u"project_name"_s, project.name},
            {u"project_key"_s, project.key},
            {u"description"_s, project.description},
            {u"deploy_type"_s, project.deployType}};
}

QJsonObject environmentJson(const SimEnvironment &env)
{
    return {{u"env_key"_s, env.key},
            {u"envName"_s, env.key},
            {u"namespace"_s, env.kubeNamespace},
            {u"production"_s, env.production},
            {u"registry_id"_s, env.registryId},
            {u"status"_s, u"success"_s},
            {u"update_by"_s, env.updateBy},
            {u"update_time"_s, env.updateTime},
            {u"cluster_id"_s, env.clusterId}};
}

QJsonObject environmentDetailJson(const SimEnvironment &env, const QString &serviceType,
                                  ApiGeneration generation)
{
    QJsonArray services;
    for (const SimService &svc : env.services) {
        QJsonArray containers;
        for (const SimContainer &c : svc.containers) {
            // registry.example.com/mall/cart:tag -> repo, namespace, image, tag
            const QString name = repoName(c.image);
            const QString tag = imageTag(c.image);
            const QString prefix = c.image.left(c.image.lastIndexOf(u'/'));
            const qsizetype split = prefix.lastIndexOf(u'/');
            containers.append(QJsonObject{
                {u"name"_s, c.name},
                {u"type"_s, QString()},
                {u"image"_s, c.image},
                {u"image_name"_s, name},
                // The key of models.Container changed at 4.0.0.
                {generation == ApiGeneration::V3 ? u"imagePath"_s : u"image_path"_s,
                 QJsonObject{{u"repo"_s, split < 0 ? prefix : prefix.left(split)},
                             {u"namespace"_s, split < 0 ? QString() : prefix.mid(split + 1)},
                             {u"image"_s, name},
                             {u"tag"_s, tag}}}});
        }
        services.append(QJsonObject{{u"service_name"_s, svc.name},
                                    {u"type"_s, serviceType},
                                    {u"status"_s, u"Running"_s},
                                    {u"containers"_s, containers}});
    }
    return {{u"env_key"_s, env.key},
            {u"namespace"_s, env.kubeNamespace},
            {u"registry_id"_s, env.registryId},
            {u"status"_s, u"success"_s},
            {u"services"_s, services}};
}

QJsonObject registryJson(const SimRegistry &registry)
{
    return {{u"registry_id"_s, registry.id},
            {u"address"_s, registry.address},
            {u"namespace"_s, registry.imageNamespace},
            {u"provider"_s, registry.provider},
            {u"region"_s, registry.region},
            {u"is_default"_s, registry.isDefault}};
}

QJsonObject chartRepoJson(const SimChartRepo &repo, const QString &projectKey)
{
    return {{u"id"_s, repo.id},
            {u"repo_name"_s, repo.name},
            {u"url"_s, repo.url},
            {u"projects"_s, QJsonArray{projectKey}}};
}

QJsonObject chartVersionJson(const QString &chart, const QString &current, const QString &next,
                             const QString &url)
{
    return {{u"chartName"_s, chart},
            {u"chartVersion"_s, current},
            {u"nextChartVersion"_s, next},
            {u"url"_s, url}};
}

} // namespace zadig::sim
