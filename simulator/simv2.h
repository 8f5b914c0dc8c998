// SimV2: the delivery versions of Zadig 4.x and 5.x ("delivery version v2",
// ../shared/spec/zadig-v4-v5-api.md), their store, lifecycle and OpenAPI handlers. SimState
// owns one and hands it every request while it imitates a generation >= 4.0; the projects,
// environments, registries, chart repos and the simulated clock stay SimState's.
//
// Lifecycle, in simulated time (as the real server's goroutines do it, never driven by a GET):
// a create inserts the version "creating" and starts a distribution task whose image job k (in
// request order, pushed images only) starts SimState::JobStartDelayMs after the create and
// ends (k + 1) * SimState::ImageCopyMs later; a watcher looks every 5 s, copies the jobs'
// statuses into the images and settles the version once the task is complete (success, or
// failed with the reason in images[].error), or after 60 minutes ("timeout"). Nothing to
// push: success at the first look. A retry re-runs the jobs that did not pass (K8s) or all of
// them (Helm), sets "retrying", and starts a watcher only from 4.3.0 on.
//
// Test seams: a pushed image whose target_image_tag or image_name contains "fail" fails its
// first attempt (a retry then passes), "hang" never finishes (so the 60-minute timeout hits);
// setVersionFails() makes every attempt of a version fail; collideNextCreate() makes the next
// create meet the global unique index on created_at; at speed 0 two creates in the same
// simulated second collide by themselves, as on the real server.
//
// Seeds (built on first use, from the seed SimState loaded): "demo" = the 3.x demo versions as
// the 4.0 upgrade migrates them (new ids, source from_env, created_by unchanged; the legacy
// typeless and in-flight ones are left behind) plus native v2 versions, see simv2seeds.cpp;
// "large:N" = N versions in mall; "empty" = none.
#pragma once

#include "apigeneration.h"
#include "simstate.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace zadig::sim {

// values.yaml key paths of an image (Helm only).
struct V2ImagePath
{
    QString repo;
    QString imageNamespace;
    QString image;
    QString tag;
};

struct V2Image
{
    QString containerName;
    QString imageName;
    QString sourceImage;
    QString sourceImageTag;
    QString targetImage;
    QString targetImageTag;
    std::optional<V2ImagePath> imagePath; // null for K8s
    bool pushImage = false;
    QString status; // the distribute job's status as the watcher last copied it
    QString error;

    // The job of the current task (simulated ms); jobEndMs < 0: it never finishes.
    bool inTask = false;
    qint64 jobStartMs = 0;
    qint64 jobEndMs = 0;
    bool jobFails = false;
};

struct V2Service
{
    QString serviceName;
    QString chartName;
    QString originalChartVersion; // stored; the OpenAPI detail always shows ""
    QString chartVersion;
    QString chartStatus;
    QString yamlContent;
    QList<V2Image> images;
};

struct V2Version
{
    QString id;
    QString projectKey;
    QString name;
    QString type; // K8SYaml | HelmChart
    QString source;
    QString envName;
    bool production = false;
    QString desc;
    QStringList labels;
    QString registryId;
    QString chartRepoName;
    QList<V2Service> services;
    QString status;
    QString error;
    QString createdBy;
    qint64 createdAt = 0; // Unix seconds, unique over the whole server

    bool hasTask = false; // false: no distribution task (nothing to push, or failed before)
    bool watching = false;
    qint64 watchStartMs = 0;
    int attempts = 0;
    bool failAlways = false;
};

class SimV2
{
public:
    explicit SimV2(SimState &state);
    ~SimV2();
    SimV2(const SimV2 &) = delete;
    SimV2 &operator=(const SimV2 &) = delete;

    void loadSeed(const QString &seed); // replaces every version

    // Answers the requests that differ on 4.x/5.x; nullopt: SimState's common routes apply.
    std::optional<SimResponse> route(const SimRequest &request,
                                     const std::optional<QJsonObject> &body);

    // --- for tests and the demo
    const V2Version *version(const QString &projectKey, const QString &name);
    QString status(const QString &projectKey, const QString &name); // "" when absent
    int versionCount(const QString &projectKey) const;
    bool setVersionFails(const QString &projectKey, const QString &name, bool fails = true);
    void collideNextCreate() { m_collideNext = true; }
    // GET /openapi/system/cli/context shows the admin-only fields (5.x). Default true.
    void setTokenIsAdmin(bool admin) { m_admin = admin; }
    QString insert(V2Version version); // seeds; returns the id
    QString newId(qint64 createdAt);

    // Rendered service YAML / Helm values of an environment, with `images` (container ->
    // image) overriding the environment's (what /openapi/environments/service/yaml answers and
    // what 4.2.1+ stores as yaml_content).
    static QString renderYaml(const SimEnvironment &env, const SimService &service,
                              const QHash<QString, QString> &images);
    static QString renderValues(const SimService &service, const QHash<QString, QString> &images);
    static V2ImagePath imagePathOf(const SimService &service, const QString &container);

private:
    ApiGeneration generation() const;
    void addMigrated(); // the 3.x seed versions as the 4.0 upgrade copies them
    V2Version *find(const QString &projectKey, const QString &name) const;
    V2Version *findById(const QString &id) const;
    static void catchUp(V2Version &version, qint64 nowMs);
    void catchUpAll();
    void startTask(V2Version &version, bool onlyUnpassed, qint64 nowMs);
    void remove(const QString &id);

    // The permission (403) and licence (7050) checks, which 4.x makes after validation.
    std::optional<SimResponse> gate(const QString &projectKey) const;
    SimResponse list(const SimRequest &request);
    SimResponse detail(const SimRequest &request);
    SimResponse deleteVersion(const SimRequest &request, const QString &id);
    SimResponse create(const QJsonObject &body, bool helm);
    SimResponse retry(const SimRequest &request);
    SimResponse cliContext();
    SimResponse deliveryLog(const SimRequest &request); // simv2logs.cpp
    SimResponse renderedService(const SimRequest &request, bool production, bool values) const;
    SimResponse pods(const SimRequest &request, const QString &envKey,
                     const QString &serviceName) const;
    // K8s: replaces the images of the YAML after the insert; a 500 text on failure.
    std::optional<QString> rewriteYaml(V2Version &v) const;
    // Fills a create's services from its source (4.2.0+); a 500 text on error.
    std::optional<QString> resolveSource(V2Version &v, bool helm, const QString &original);
    std::optional<QString> checkRegistries(const V2Version &v, bool *emptyPanic) const;

    SimState &m_state;
    // Per project, newest first (created_at descending).
    std::unordered_map<QString, std::vector<std::unique_ptr<V2Version>>> m_versions;
    QHash<QString, V2Version *> m_byId;
    QSet<qint64> m_createdAt; // the global unique index
    QList<V2Version *> m_watched;
    quint64 m_nextSeq = 1;
    quint64 m_requestSeq = 0;
    bool m_collideNext = false;
    bool m_admin = true;
};

// JSON of the OpenAPI answers (simv2json.cpp).
QJsonObject v2ListItemJson(const V2Version &version);
QJsonObject v2DetailJson(const V2Version &version);
// A create body's services (their types checked by v2BodyTypeError first).
QList<V2Service> v2ServicesFromJson(const QJsonValue &services);
// images[].error of a distribute job that failed.
QString v2ImageJobError(const QString &service, const V2Image &image);
// encoding/json's complaint about a top-level field of the wrong type, or "".
QString v2BodyTypeError(const QJsonObject &body, bool helm);

} // namespace zadig::sim
