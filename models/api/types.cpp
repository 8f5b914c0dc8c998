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

} // namespace zadig
