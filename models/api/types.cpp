#include "types.h"

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

QString versionTypeToString(VersionType type)
{
    switch (type) {
    case VersionType::K8sYaml:
        return u"K8SYaml"_s;
    case VersionType::HelmChart:
        return u"HelmChart"_s;
    case VersionType::Unknown:
        break;
    }
    return QString();
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

QString versionStatusToString(VersionStatus status)
{
    switch (status) {
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

QString uploadStatusToString(UploadStatus status)
{
    switch (status) {
    case UploadStatus::Success:
        return u"success"_s;
    case UploadStatus::Failed:
        return u"failed"_s;
    case UploadStatus::Waiting:
        return u"waiting"_s;
    case UploadStatus::Uploading:
        return u"uploading"_s;
    case UploadStatus::Unknown:
        break;
    }
    return QString();
}

DeployType deployTypeFromString(const QString &text)
{
    if (text == "k8s"_L1)
        return DeployType::K8s;
    if (text == "helm"_L1)
        return DeployType::Helm;
    return DeployType::Unknown;
}

} // namespace zadig
