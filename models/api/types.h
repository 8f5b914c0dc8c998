// Value types for the Zadig delivery-version OpenAPI and the pickers a create wizard needs.
// Plain data: no JSON, no network. Decoding lives in decode.h, encoding in encode.h.
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace zadig {

enum class VersionType { K8sYaml, HelmChart, Unknown };
enum class VersionStatus { Success, Failed, Creating, Retrying, Unknown };
enum class UploadStatus { Success, Failed, Waiting, Uploading, Unknown };
enum class DeployType { K8s, Helm, Unknown };

struct Progress
{
    int successCount = 0;
    int totalCount = 0;
    UploadStatus uploadStatus = UploadStatus::Unknown;
    QString error; // empty when none

    friend bool operator==(const Progress &, const Progress &) = default;
};

// DeliveryVersionInfo. In the list, labels are always empty and progress is always absent:
// only the detail fills them (see zadig-server-behaviour.md).
struct VersionInfo
{
    QString id;
    QString name;
    VersionType type = VersionType::Unknown;
    QString rawType; // as the server sent it, for legacy/unknown types
    VersionStatus status = VersionStatus::Unknown;
    QString rawStatus;
    QStringList labels;
    QString description;
    std::optional<Progress> progress;
    QString createdBy;
    qint64 createTime = 0; // Unix seconds

    QDateTime createdAt() const { return QDateTime::fromSecsSinceEpoch(createTime); }
    bool isSettled() const
    {
        return status == VersionStatus::Success || status == VersionStatus::Failed;
    }
    friend bool operator==(const VersionInfo &, const VersionInfo &) = default;
};

struct VersionPage
{
    QList<VersionInfo> versions;
    int total = 0;
};

// DeliveryDeployInfo: one K8s deliverable.
struct DeployInfo
{
    QString id;
    QString serviceName;
    QString serviceModule;
    QString image;
    QString imageName;
    QString registryId;
    qint64 createTime = 0;

    friend bool operator==(const DeployInfo &, const DeployInfo &) = default;
};

// DeliveryDistributeInfo: a Helm chart (distribute_type "chart", legacy "file") with its images
// in subDistributes (distribute_type "image").
struct DistributeInfo
{
    QString id;
    QString serviceName;
    QString distributeType;
    QString chartName;
    QString chartRepoName;
    QString chartVersion;
    QString serviceModule;
    QString image;
    QString imageName;
    QString imageNamespace;
    qint64 createTime = 0;
    QList<DistributeInfo> subDistributes;

    friend bool operator==(const DistributeInfo &, const DistributeInfo &) = default;
};

struct VersionDetail
{
    VersionInfo info;
    QList<DeployInfo> deployInfos;         // K8SYaml only
    QList<DistributeInfo> distributeInfos; // HelmChart only
};

struct Project
{
    QString name;
    QString key;
    QString description;
    DeployType deployType = DeployType::Unknown;
    QString rawDeployType;

    QString displayName() const { return name.isEmpty() ? key : name; }
};

struct ProjectPage
{
    QList<Project> projects;
    int total = 0;
};

struct Environment
{
    QString key;
    QString name; // envName (camelCase on the wire)
    QString kubeNamespace;
    bool production = false;
    QString registryId;
    QString status;
    QString updateBy;
    qint64 updateTime = 0;
    QString clusterId;

    QString displayName() const { return name.isEmpty() ? key : name; }
};

struct ImagePath
{
    QString repo;
    QString imageNamespace;
    QString image;
    QString tag;
};

struct Container
{
    QString name;
    QString type;
    QString image;     // full current image reference
    QString imageName; // repository name of the current image
    ImagePath imagePath;
};

struct EnvironmentService
{
    QString serviceName;
    QString type;
    QString status;
    QList<Container> containers;
};

struct EnvironmentDetail
{
    QString key;
    QString kubeNamespace;
    QString registryId;
    QString status;
    QList<EnvironmentService> services;
};

struct Registry
{
    QString id;
    QString address;
    QString imageNamespace;
    QString provider;
    QString region;
    bool isDefault = false;
};

struct ChartRepo
{
    QString name; // repo_name, the chart_repo_name of a Helm create
    QString url;
};

struct ChartVersion
{
    QString chartName;
    QString chartVersion;
    QString nextChartVersion;
    QString url;
};

enum class NameAvailability { Free, Taken };

// DeliveryVersionImageData
struct ImageData
{
    QString containerName;
    QString imageName; // must equal the repository name of the container's current image
    QString imageTag;
    bool disableImageDist = false; // true: record the image, do not copy it

    friend bool operator==(const ImageData &, const ImageData &) = default;
};

// DeliveryVersionYamlData
struct YamlServiceData
{
    QString serviceName;
    QList<ImageData> imageDatas;

    friend bool operator==(const YamlServiceData &, const YamlServiceData &) = default;
};

// DeliveryVersionChartData
struct ChartServiceData
{
    QString serviceName;
    QString version; // SemVer
    QList<ImageData> imageDatas;

    friend bool operator==(const ChartServiceData &, const ChartServiceData &) = default;
};

// Fields shared by both create calls.
struct CreateVersionCommon
{
    QString projectKey;
    QString versionName;
    bool retry = false;
    QString envName;
    bool production = false;
    QString description;
    QStringList labels;
    QString imageRegistryId;

    friend bool operator==(const CreateVersionCommon &, const CreateVersionCommon &) = default;
};

struct CreateK8sVersionRequest
{
    CreateVersionCommon common;
    QList<YamlServiceData> yamlDatas;

    friend bool operator==(const CreateK8sVersionRequest &,
                           const CreateK8sVersionRequest &) = default;
};

struct CreateHelmVersionRequest
{
    CreateVersionCommon common;
    QString chartRepoName;
    QList<ChartServiceData> chartDatas;

    friend bool operator==(const CreateHelmVersionRequest &,
                           const CreateHelmVersionRequest &) = default;
};

// From the wire names ("K8SYaml", "success", ...). Unknown text maps to Unknown.
VersionType versionTypeFromString(const QString &text);
VersionStatus versionStatusFromString(const QString &text);
UploadStatus uploadStatusFromString(const QString &text);
DeployType deployTypeFromString(const QString &text);

} // namespace zadig

Q_DECLARE_METATYPE(zadig::VersionInfo)
Q_DECLARE_METATYPE(zadig::VersionDetail)
