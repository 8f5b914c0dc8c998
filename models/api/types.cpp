#include "types.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace zadig {

VersionType versionTypeFromString(const QString &text)
{
    if (text == "K8SYaml"_L1)
        return VersionType::K8sYaml;
    if (text == "HelmChart"_L1)
        return VersionType::HelmChart;
    return VersionType::Unknown;
}

VersionStatus versionStatusFromString(const QString &text)
{
    if (text == "success"_L1)
        return VersionStatus::Success;
    if (text == "failed"_L1)
        return VersionStatus::Failed;
    if (text == "creating"_L1)
        return VersionStatus::Creating;
    if (text == "retrying"_L1)
        return VersionStatus::Retrying;
    return VersionStatus::Unknown;
}

UploadStatus uploadStatusFromString(const QString &text)
{
    if (text == "success"_L1)
        return UploadStatus::Success;
    if (text == "failed"_L1)
        return UploadStatus::Failed;
    if (text == "waiting"_L1)
        return UploadStatus::Waiting;
    if (text == "uploading"_L1)
        return UploadStatus::Uploading;
    return UploadStatus::Unknown;
}

DeployType deployTypeFromString(const QString &text)
{
    if (text == "k8s"_L1)
        return DeployType::K8s;
    if (text == "helm"_L1)
        return DeployType::Helm;
    return DeployType::Unknown;
}

VersionSource versionSourceFromString(const QString &text)
{
    if (text == "manual"_L1)
        return VersionSource::Manual;
    if (text == "from_env"_L1)
        return VersionSource::FromEnv;
    if (text == "from_version"_L1)
        return VersionSource::FromVersion;
    return VersionSource::Unknown;
}

QString versionSourceToString(VersionSource source)
{
    switch (source) {
    case VersionSource::FromEnv:
        return u"from_env"_s;
    case VersionSource::FromVersion:
        return u"from_version"_s;
    case VersionSource::Manual:
    case VersionSource::Unknown:
        break;
    }
    return u"manual"_s;
}

QString generationDisplayName(ServerGeneration generation)
{
    switch (generation) {
    case ServerGeneration::Zadig3:
        return QCoreApplication::translate("zadig::ServerGeneration", "Zadig 2.3–3.4");
    case ServerGeneration::Zadig4Early:
    case ServerGeneration::Zadig4:
        return QCoreApplication::translate("zadig::ServerGeneration", "Zadig 4.x");
    case ServerGeneration::Zadig5:
        return QCoreApplication::translate("zadig::ServerGeneration", "Zadig 5.x");
    case ServerGeneration::Unknown:
        break;
    }
    return QCoreApplication::translate("zadig::ServerGeneration", "Unknown Zadig version");
}

QString generationName(ServerGeneration generation)
{
    switch (generation) {
    case ServerGeneration::Zadig3:
        return u"zadig3"_s;
    case ServerGeneration::Zadig4Early:
        return u"zadig4-early"_s;
    case ServerGeneration::Zadig4:
        return u"zadig4"_s;
    case ServerGeneration::Zadig5:
        return u"zadig5"_s;
    case ServerGeneration::Unknown:
        break;
    }
    return u"unknown"_s;
}

Progress progressOfV2(const VersionDetail &detail)
{
    Progress progress;
    const bool helm = detail.info.type == VersionType::HelmChart;
    QString imageError;
    for (const VersionService &service : detail.services) {
        if (helm) {
            ++progress.totalCount;
            if (service.chartStatus == "passed"_L1)
                ++progress.successCount;
        }
        for (const VersionImage &image : service.images) {
            if (!image.pushImage)
                continue; // recorded, not distributed: nothing to wait for
            ++progress.totalCount;
            if (image.status == "passed"_L1)
                ++progress.successCount;
            else if (imageError.isEmpty() && !image.error.isEmpty())
                imageError = image.error;
        }
    }
    switch (detail.info.status) {
    case VersionStatus::Success:
        progress.uploadStatus = UploadStatus::Success;
        break;
    case VersionStatus::Failed:
        progress.uploadStatus = UploadStatus::Failed;
        // The version error may be stale from an earlier attempt, but a failed version's is
        // the one the server means; image errors are not cleared after a successful retry,
        // so they only count while the version is failed too.
        progress.error = detail.error.isEmpty() ? imageError : detail.error;
        break;
    case VersionStatus::Creating:
    case VersionStatus::Retrying:
        progress.uploadStatus = UploadStatus::Uploading;
        break;
    case VersionStatus::Unknown:
        progress.uploadStatus = UploadStatus::Unknown;
        break;
    }
    return progress;
}

} // namespace zadig
