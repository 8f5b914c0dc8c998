#include "wizardrules.h"

#include "imageref.h"

#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace zadig {

bool isSemVer(const QString &text)
{
    static const QRegularExpression re(
        u"^v?(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
        "(-(0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)(\\.(0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*))*)?"
        "(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$"_s);
    return re.match(text).hasMatch();
}

bool isValidImageTag(const QString &text)
{
    static const QRegularExpression re(u"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"_s);
    return re.match(text).hasMatch();
}

QString repositoryName(const QString &image)
{
    return ImageRef::parse(image).name();
}

QString imageTag(const QString &image)
{
    return ImageRef::parse(image).tag;
}

QString registryLocation(const Registry &registry)
{
    return registry.imageNamespace.isEmpty() ? registry.address
                                             : registry.address + u'/' + registry.imageNamespace;
}

QString targetImage(const Registry &registry, const QString &imageName, const QString &tag)
{
    QString address = registry.address.trimmed();
    // Registries are stored with or without a scheme; image references never carry one.
    for (const auto scheme : {"https://"_L1, "http://"_L1}) {
        if (address.startsWith(scheme, Qt::CaseInsensitive))
            address = address.mid(scheme.size());
    }
    while (address.endsWith(u'/'))
        address.chop(1);
    QString result = address;
    if (!registry.imageNamespace.isEmpty())
        result += u'/' + registry.imageNamespace;
    return result + u'/' + imageName + u':' + tag;
}

namespace {

bool says(const ApiError &error, QLatin1StringView marker)
{
    return error.serverDescription.contains(marker, Qt::CaseInsensitive) ||
           error.serverMessage.contains(marker, Qt::CaseInsensitive) ||
           error.detail.contains(marker, Qt::CaseInsensitive);
}

} // namespace

WizardPageId pageForCreateError(const ApiError &error, DeployType flavour)
{
    if (error.kind == ApiError::Kind::Conflict)
        return BasicsPageId;
    // Only answers from the server itself point at a field; a network failure points nowhere.
    if (error.httpStatus == 0)
        return ReviewPageId;
    // The markers are the words of Zadig's create handlers (see zadig-server-behaviour.md).
    constexpr std::array containerMarkers = {"not found in environment"_L1, "container"_L1,
                                             "image name"_L1, "imagename"_L1};
    for (const auto marker : containerMarkers) {
        if (says(error, marker))
            return ServicesPageId;
    }
    if (says(error, "version already exist"_L1))
        return BasicsPageId;
    if (says(error, "product info"_L1) || says(error, "envName"_L1) || says(error, "env_name"_L1) ||
        says(error, "environment"_L1))
        return EnvironmentPageId;
    if (flavour == DeployType::Helm &&
        (says(error, "chart repo"_L1) || says(error, "chart-repo"_L1) ||
         says(error, "chart version"_L1) || says(error, "semantic version"_L1) ||
         says(error, "chart info"_L1) || says(error, "handle chart"_L1)))
        return ChartsPageId;
    if (says(error, "registry"_L1))
        return RegistryPageId;
    // A 500 with an empty body is a handler crash; the documented one is an unknown
    // image_registry_id.
    if (error.httpStatus == 500 && error.serverText().trimmed().isEmpty())
        return RegistryPageId;
    if (says(error, "service"_L1))
        return ServicesPageId;
    return ReviewPageId;
}

EnvironmentDetail imagesOfVersion(const VersionDetail &detail)
{
    EnvironmentDetail env;
    env.key = detail.info.name;
    for (const VersionService &service : detail.services) {
        EnvironmentService s;
        s.serviceName = service.serviceName;
        for (const VersionImage &image : service.images) {
            Container c;
            c.name = image.containerName;
            c.image = image.sourceImage.isEmpty() ? image.targetImage : image.sourceImage;
            c.imageName = image.imageName.isEmpty() ? repositoryName(c.image) : image.imageName;
            s.containers.append(c);
        }
        env.services.append(s);
    }
    return env;
}

WizardPrefill prefillFrom(const VersionDetail &detail)
{
    WizardPrefill p;
    p.versionName = detail.info.name;
    p.labels = detail.info.labels;
    auto add = [&p](const QString &service, const QString &container, const QString &tag) {
        const QString key = service + u'/' + container;
        if (service.isEmpty() || container.isEmpty() || p.tags.contains(key))
            return;
        p.containers.append(key);
        p.tags.insert(key, tag);
    };
    if (detail.v2) {
        p.registryId = detail.imageRegistryId;
        p.chartRepo = detail.chartRepoName;
        for (const VersionService &service : detail.services) {
            if (!service.chartVersion.isEmpty())
                p.chartVersions.insert(service.serviceName, service.chartVersion);
            for (const VersionImage &image : service.images) {
                const QString tag =
                    !image.targetImageTag.isEmpty() ? image.targetImageTag : image.sourceImageTag;
                add(service.serviceName, image.containerName, tag);
            }
        }
        return p;
    }
    for (const DeployInfo &d : detail.deployInfos) {
        add(d.serviceName, d.serviceModule, imageTag(d.image));
        if (p.registryId.isEmpty())
            p.registryId = d.registryId;
    }
    for (const DistributeInfo &chart : detail.distributeInfos) {
        if (p.chartRepo.isEmpty())
            p.chartRepo = chart.chartRepoName;
        if (!chart.chartVersion.isEmpty())
            p.chartVersions.insert(chart.serviceName, chart.chartVersion);
        for (const DistributeInfo &image : chart.subDistributes)
            add(chart.serviceName, image.serviceModule, imageTag(image.image));
    }
    return p;
}

bool isRetryable(const VersionDetail &detail)
{
    if (detail.info.status != VersionStatus::Failed)
        return false;
    if (detail.info.type != VersionType::K8sYaml || !detail.info.progress)
        return true;
    const Progress &p = *detail.info.progress;
    return !(p.totalCount == 0 && p.error.contains("registry"_L1, Qt::CaseInsensitive));
}

} // namespace zadig
