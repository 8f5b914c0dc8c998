#include "manifest.h"

#include "exportformat.h"
#include "imageref.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace zadig {

namespace {

QString typeText(const VersionInfo &info)
{
    if (!info.rawType.isEmpty())
        return info.rawType;
    switch (info.type) {
    case VersionType::K8sYaml:
        return u"K8SYaml"_s;
    case VersionType::HelmChart:
        return u"HelmChart"_s;
    case VersionType::Unknown:
        break;
    }
    return QString();
}

QString statusText(const VersionInfo &info)
{
    if (!info.rawStatus.isEmpty())
        return info.rawStatus;
    switch (info.status) {
    case VersionStatus::Success:
        return u"success"_s;
    case VersionStatus::Failed:
        return u"failed"_s;
    case VersionStatus::Creating:
        return u"creating"_s;
    case VersionStatus::Retrying:
        return u"retrying"_s;
    case VersionStatus::Unknown:
        break;
    }
    return QString();
}

QString firstNonEmpty(const QString &preferred, const QString &fallback)
{
    return preferred.isEmpty() ? fallback : preferred;
}

ManifestImage imageRow(const QString &service, const QString &module, const QString &image,
                       const QString &knownLocation, const QString &registryId,
                       const QString &chart)
{
    const QString location = ImageRef::parse(image).location();
    return {service,    module,
            image,      firstNonEmpty(location, firstNonEmpty(knownLocation, registryId)),
            registryId, chart};
}

bool isChart(const DistributeInfo &d)
{
    return !d.chartName.isEmpty() || d.distributeType == "chart"_L1 ||
           d.distributeType == "file"_L1;
}

// 2.3-3.4 Helm: charts carry their images in subDistributes. Decoding allows deeper nesting
// than the server writes, so the walk follows it and gives each image its nearest chart.
void addDistribute(Manifest &manifest, const DistributeInfo &d, const QString &chart)
{
    QString owner = chart;
    if (isChart(d)) {
        owner = firstNonEmpty(d.chartName, d.serviceName);
        manifest.charts.append({d.serviceName, owner, d.chartVersion, d.chartRepoName});
    }
    if (!d.image.isEmpty())
        manifest.images.append(
            imageRow(d.serviceName, d.serviceModule, d.image, d.imageNamespace, QString(), owner));
    for (const DistributeInfo &sub : d.subDistributes)
        addDistribute(manifest, sub, owner);
}

void addServices(Manifest &manifest, const VersionDetail &detail)
{
    for (const VersionService &service : detail.services) {
        if (!service.chartName.isEmpty())
            manifest.charts.append({service.serviceName, service.chartName, service.chartVersion,
                                    detail.chartRepoName});
        for (const VersionImage &image : service.images) {
            // Only a pushed image went to the version's registry; a recorded one stays where
            // its source is, in a registry the detail does not name.
            const QString registryId = image.pushImage ? detail.imageRegistryId : QString();
            manifest.images.append(imageRow(service.serviceName, image.containerName,
                                            deliveredImage(image), QString(), registryId,
                                            service.chartName));
        }
    }
}

QString labelsText(const Manifest &m)
{
    return m.labels.join(", "_L1);
}

QString projectText(const Manifest &m)
{
    if (m.projectName.isEmpty() || m.projectName == m.projectKey)
        return m.projectKey;
    return m.projectName + " ("_L1 + m.projectKey + u')';
}

} // namespace

QString deliveredImage(const VersionImage &image)
{
    const QString &preferred = image.pushImage ? image.targetImage : image.sourceImage;
    if (!preferred.isEmpty())
        return preferred;
    return image.pushImage ? image.sourceImage : image.targetImage;
}

Manifest makeManifest(const QString &projectKey, const QString &projectName,
                      const VersionInfo &info, const VersionDetail &detail)
{
    const VersionInfo &d = detail.info;
    Manifest m;
    m.projectKey = firstNonEmpty(projectKey, detail.projectKey);
    m.projectName = projectName;
    m.version = firstNonEmpty(d.name, info.name);
    const VersionInfo &typed = d.type != VersionType::Unknown || !d.rawType.isEmpty() ? d : info;
    m.type = typed.type;
    m.typeText = typeText(typed);
    const VersionInfo &stated =
        d.status != VersionStatus::Unknown || !d.rawStatus.isEmpty() ? d : info;
    m.status = stated.status;
    m.statusText = statusText(stated);
    m.labels = d.labels.isEmpty() ? info.labels : d.labels;
    m.description = firstNonEmpty(d.description, info.description);
    m.creator = firstNonEmpty(d.createdBy, info.createdBy);
    m.createTime = d.createTime != 0 ? d.createTime : info.createTime;

    if (detail.v2) {
        // The services, not the deployInfos/distributeInfos bridge decode also fills: only the
        // services say which images were pushed.
        addServices(m, detail);
    } else {
        for (const DistributeInfo &distribute : detail.distributeInfos)
            addDistribute(m, distribute, QString());
        for (const DeployInfo &deploy : detail.deployInfos)
            m.images.append(imageRow(deploy.serviceName, deploy.serviceModule, deploy.image,
                                     QString(), deploy.registryId, QString()));
    }
    return m;
}

QByteArray toMarkdown(const Manifest &m, const QTimeZone &zone)
{
    QString text = "# Release manifest: "_L1 + exportformat::markdownLine(m.version) + "\n\n"_L1;
    text += exportformat::markdownTable(
        {u"Field"_s, u"Value"_s}, {{u"Project"_s, projectText(m)},
                                   {u"Version"_s, m.version},
                                   {u"Type"_s, m.typeText},
                                   {u"Status"_s, m.statusText},
                                   {u"Labels"_s, labelsText(m)},
                                   {u"Description"_s, m.description},
                                   {u"Creator"_s, m.creator},
                                   {u"Created"_s, exportformat::isoTime(m.createTime, zone)}});
    QList<QStringList> images;
    for (const ManifestImage &i : m.images)
        images.append({i.service, i.module, i.image, i.registry});
    text += "\n## Images\n\n"_L1;
    text +=
        exportformat::markdownTable({u"Service"_s, u"Module"_s, u"Image"_s, u"Registry"_s}, images);
    if (!m.charts.isEmpty()) {
        QList<QStringList> charts;
        for (const ManifestChart &c : m.charts)
            charts.append({c.service, c.name, c.version, c.repo});
        text += "\n## Charts\n\n"_L1;
        text += exportformat::markdownTable({u"Service"_s, u"Chart"_s, u"Version"_s, u"Repo"_s},
                                            charts);
    }
    return text.toUtf8();
}

QByteArray toCsv(const Manifest &m, const QTimeZone &zone)
{
    const QStringList facts = {
        m.projectKey,  m.projectName, m.version,
        m.typeText,    m.statusText,  labelsText(m),
        m.description, m.creator,     exportformat::isoTime(m.createTime, zone)};
    QList<QStringList> rows;
    rows.append(QStringList{u"project"_s, u"project_name"_s, u"version"_s, u"type"_s, u"status"_s,
                            u"labels"_s, u"description"_s, u"creator"_s, u"created"_s, u"kind"_s,
                            u"service"_s, u"module"_s, u"image"_s, u"registry"_s, u"registry_id"_s,
                            u"chart"_s, u"chart_version"_s, u"chart_repo"_s});
    for (const ManifestImage &i : m.images)
        rows.append(facts + QStringList{u"image"_s, i.service, i.module, i.image, i.registry,
                                        i.registryId, i.chart, QString(), QString()});
    for (const ManifestChart &c : m.charts)
        rows.append(facts + QStringList{u"chart"_s, c.service, QString(), QString(), QString(),
                                        QString(), c.name, c.version, c.repo});
    if (m.images.isEmpty() && m.charts.isEmpty())
        rows.append(facts + QStringList(9));
    return exportformat::csvDocument(rows);
}

QByteArray toJson(const Manifest &m, const QTimeZone &zone)
{
    QJsonArray images;
    for (const ManifestImage &i : m.images)
        images.append(QJsonObject{{u"service"_s, i.service},
                                  {u"module"_s, i.module},
                                  {u"image"_s, i.image},
                                  {u"registry"_s, i.registry},
                                  {u"registryId"_s, i.registryId}});
    const QString created = exportformat::isoTime(m.createTime, zone);
    QJsonObject object{{u"project"_s, m.projectKey},
                       {u"projectName"_s, m.projectName},
                       {u"version"_s, m.version},
                       {u"type"_s, m.typeText},
                       {u"status"_s, m.statusText},
                       {u"labels"_s, QJsonArray::fromStringList(m.labels)},
                       {u"description"_s, m.description},
                       {u"creator"_s, m.creator},
                       {u"created"_s, created.isEmpty() ? QJsonValue() : QJsonValue(created)},
                       {u"images"_s, images}};
    // Every Helm manifest has the array, empty or not, so a script can rely on it by type.
    if (m.type == VersionType::HelmChart || !m.charts.isEmpty()) {
        QJsonArray charts;
        for (const ManifestChart &c : m.charts)
            charts.append(QJsonObject{{u"service"_s, c.service},
                                      {u"name"_s, c.name},
                                      {u"version"_s, c.version},
                                      {u"repo"_s, c.repo}});
        object.insert(u"charts"_s, charts);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace zadig
