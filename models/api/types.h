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
// Where a 4.x/5.x version's images came from (the v2 "source" field).
enum class VersionSource { Manual, FromEnv, FromVersion, Unknown };

// Which delivery-version API a server speaks (zadig-v4-v5-api.md section 4). The routes, bodies,
// id spaces and time field names differ between Zadig3 and the others; ZadigClient keeps the
// differences inside models/api.
enum class ServerGeneration {
    Unknown,     // not detected yet: ZadigClient sends no write and no detail until it is
    Zadig3,      // v2.3.1 - v3.4.1: detail by id, create bodies with yaml_datas/chart_datas
    Zadig4Early, // v4.0.0 - v4.2.x: retry never settles by itself; create needs full bodies
    Zadig4,      // v4.3.0 and later 4.x
    Zadig5,      // v5.x
};

// Translated, for the status bar and dialogs: "Zadig 2.3–3.4", "Zadig 4.x", "Zadig 5.x".
QString generationDisplayName(ServerGeneration generation);
// Stable, for --check and logs: "unknown", "zadig3", "zadig4-early", "zadig4", "zadig5".
QString generationName(ServerGeneration generation);
// True for the "delivery version v2" API of 4.x and 5.x.
constexpr bool isV2Api(ServerGeneration generation)
{
    return generation == ServerGeneration::Zadig4Early || generation == ServerGeneration::Zadig4 ||
           generation == ServerGeneration::Zadig5;
}

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
    // 4.x/5.x only (Unknown and empty on 2.3-3.4): the v2 "source", kept raw too because the
    // server stores whatever the creator sent.
    VersionSource source = VersionSource::Unknown;
    QString rawSource;
    // True when `labels` came from a 4.x/5.x list, which fills them (the 2.3-3.4 list leaves them
    // empty, so only a detail can be trusted there).
    bool labelsFromList = false;

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
    friend bool operator==(const VersionPage &, const VersionPage &) = default;
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

    friend bool operator==(const DistributeInfo &, const DistributeInfo &);
};
// Defaulted out of the class: inside it, QList<DistributeInfo>'s == asks whether DistributeInfo
// compares before that is known, and the defaulted == (and VersionDetail's) comes out deleted.
inline bool operator==(const DistributeInfo &, const DistributeInfo &) = default;

// Helm: the values.yaml key paths of an image (each empty when the server omits it).
struct ImagePath
{
    QString repo;
    QString imageNamespace;
    QString image;
    QString tag;

    bool isEmpty() const
    {
        return repo.isEmpty() && imageNamespace.isEmpty() && image.isEmpty() && tag.isEmpty();
    }
    friend bool operator==(const ImagePath &, const ImagePath &) = default;
};

// 4.x/5.x OpenAPIDeliveryVersionImage, in a detail and as a create request element.
struct VersionImage
{
    QString containerName; // the service module; the key for status matching
    QString imageName;     // repository's last path segment, e.g. "svc-a"
    QString sourceImage;   // full source reference
    QString sourceImageTag;
    QString targetImage; // full reference written into the YAML/values
    QString targetImageTag;
    bool pushImage = false; // distributed to the target registry
    QString status;         // distribute job status: "", created, running, passed, failed, ...
    QString error;
    std::optional<ImagePath> imagePath; // Helm only; null for K8s

    friend bool operator==(const VersionImage &, const VersionImage &) = default;
};

// 4.x/5.x OpenAPIDeliveryVersionService, in a detail and as a create request element.
struct VersionService
{
    QString serviceName;
    QString chartName; // Helm
    QString originalChartVersion;
    QString chartVersion;
    QString chartStatus; // "" (not processed) or "passed" (migrated versions: "failed")
    QString yamlContent; // K8s: rendered YAML; Helm: full values.yaml
    QList<VersionImage> images;
    QString error;

    friend bool operator==(const VersionService &, const VersionService &) = default;
};

struct VersionDetail
{
    VersionInfo info;
    QList<DeployInfo> deployInfos;         // K8SYaml only
    QList<DistributeInfo> distributeInfos; // HelmChart only

    // --- 4.x/5.x only (the v2 detail). decode::versionDetailV2 also fills deployInfos /
    // distributeInfos and info.progress from these, as a bridge for views that read the
    // 2.3-3.4 shape.
    bool v2 = false;
    QString projectKey;
    QList<VersionService> services;
    QString envName;
    bool production = false;
    QString imageRegistryId;
    QString chartRepoName;
    QString error; // version-level; may be stale, show it only when the status is failed
    QString originalVersionName;

    friend bool operator==(const VersionDetail &, const VersionDetail &) = default;
};

// Progress of a 4.x/5.x version, which the server no longer sends (spec section 3.1): pushed
// images whose job passed / pushed images, plus for Helm charts passed / services. The upload
// status follows the version status; the error is the version's (when failed) or the first
// failed image's.
Progress progressOfV2(const VersionDetail &detail);

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

    friend bool operator==(const Registry &, const Registry &) = default;
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

// Fields shared by both 4.x/5.x create calls (OpenAPICreate*DeliveryVersionV2Request).
// Every field is always sent (the 4.0-4.1 servers take the body as it is; later ones overwrite
// or ignore what they fill themselves).
struct CreateVersionV2Common
{
    QString projectKey;
    QString versionName;
    VersionSource source = VersionSource::Manual;
    QString originalVersionName; // for FromVersion
    QString envName;             // for FromEnv
    bool production = false;
    QString description;
    QStringList labels;
    // The target registry: its id is image_registry_id, its address and namespace make the
    // target_image of every pushed image (encode::targetImage).
    Registry targetRegistry;
    QList<VersionService> services; // images' status/error are not sent

    friend bool operator==(const CreateVersionV2Common &, const CreateVersionV2Common &) = default;
};

struct CreateK8sVersionV2Request
{
    CreateVersionV2Common common;

    friend bool operator==(const CreateK8sVersionV2Request &,
                           const CreateK8sVersionV2Request &) = default;
};

struct CreateHelmVersionV2Request
{
    CreateVersionV2Common common;
    QString chartRepoName; // empty: no chart is pushed (an images-only Helm version)

    friend bool operator==(const CreateHelmVersionV2Request &,
                           const CreateHelmVersionV2Request &) = default;
};

// Everything a retry needs on any generation: 2.3-3.4 re-sends a create with retry:true (name,
// type and an environment of the right kind); 4.x/5.x retries by id. Only a failed version can
// be retried; the server refuses the others.
struct RetryVersionRequest
{
    QString projectKey;
    QString id;
    QString versionName;
    VersionType type = VersionType::Unknown;
    QString envName; // 2.3-3.4 only
    bool production = false;
};

// From the wire names ("K8SYaml", "success", ...). Unknown text maps to Unknown.
VersionType versionTypeFromString(const QString &text);
VersionStatus versionStatusFromString(const QString &text);
UploadStatus uploadStatusFromString(const QString &text);
DeployType deployTypeFromString(const QString &text);
VersionSource versionSourceFromString(const QString &text);
// "manual", "from_env", "from_version"; Unknown is sent as "manual" (what the server does with
// anything else anyway).
QString versionSourceToString(VersionSource source);

} // namespace zadig

Q_DECLARE_METATYPE(zadig::VersionInfo)
Q_DECLARE_METATYPE(zadig::VersionDetail)
