// SimState: the data and the request handling of the simulated Zadig server, with no sockets.
// A request value goes in, a response value comes out; time is a simulated clock, so a unit
// test can drive a version from creating to success without waiting (speed 0 + advance()).
//
// The behaviour follows ../shared/spec/zadig-server-behaviour.md. Choices of our own where the
// notes leave room are listed at the top of simstate.cpp.
//
// The class is a facade over files with one job each: simstore.cpp (the data and its lookups),
// simlifecycle.cpp (the clock and how versions advance), simrouter.cpp (auth, licence,
// permission, dispatch), simhandlers_versions.cpp, simhandlers_env.cpp and simhandlers_web.cpp
// (the handlers per resource), simjson.cpp (the JSON the handlers answer with).
//
// Lifecycle, in simulated time: a create or retry starts an attempt whose job starts
// JobStartDelayMs later (progress 0/0 "waiting" until then) and copies one image every
// ImageCopyMs ("uploading"), then succeeds. An attempt fails instead when an image tag of the
// create body contains "fail" (first attempt only: it fails at that image, and a retry then
// succeeds), or while setVersionFails(id) is on. The stored status follows only when a detail
// is read (reconcile), exactly like the real server; liveProgress() peeks without storing.
#pragma once

#include "apigeneration.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <memory>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace zadig::sim {

class SimV2;

struct SimRequest
{
    QByteArray method; // upper case: GET, POST, DELETE, ...
    QString path;      // decoded, without the query
    QUrlQuery query;
    QByteArray body;
    QByteArray authorization; // the Authorization header as received
};

struct SimResponse
{
    int status = 200;
    QByteArray contentType; // empty: no Content-Type header (the 401/403 answers)
    QByteArray body;
    int delayMs = 0; // real milliseconds before the answer is sent (the Helm create)
};

// The Content-Type of every JSON answer.
inline constexpr char JsonContentType[] = "application/json; charset=utf-8";

// Any other failure, as Zadig answers it: HTTP 500
// {"message":"Internal Error: ","code":500,"description":...}.
SimResponse internalError(const QString &description);

struct SimContainer
{
    QString name;
    QString image; // full reference: <registry address>/<namespace>/<repo name>:<tag>
};

struct SimService
{
    QString name;
    QList<SimContainer> containers;
};

struct SimEnvironment
{
    QString key;
    QString kubeNamespace;
    bool production = false;
    QString registryId;
    QString clusterId;
    QString updateBy;
    qint64 updateTime = 0;
    QList<SimService> services;

    const SimService *service(const QString &name) const;
};

struct SimProject
{
    QString key;
    QString name;
    QString description;
    QString deployType; // "k8s" or "helm"
    QList<SimEnvironment> environments;
    QStringList chartRepos; // repo_name of the chart repositories this project may use

    const SimEnvironment *environment(const QString &key, bool production) const;
};

struct SimRegistry
{
    QString id;
    QString address; // host[:port], no scheme
    QString imageNamespace;
    QString provider;
    QString region;
    bool isDefault = false;
};

struct SimChartRepo
{
    QString id;
    QString name;
    QString url;
};

// One deliverable image: a K8s deploy info, or an image under a Helm chart.
struct SimImage
{
    QString serviceName;
    QString serviceModule; // the container name
    QString imageName;     // repository name
    QString image;         // the delivered reference (target image, or the source if not copied)
    QString registryId;
    QString imageNamespace;
    bool distribute = true; // false: disable_image_dist, recorded but not copied
};

struct SimChart
{
    QString serviceName;
    QString chartRepoName;
    QString chartVersion;
    QList<SimImage> images;
};

struct SimVersion
{
    QString id; // 24 hex digits, like a Mongo ObjectId
    QString projectKey;
    QString name;
    QString type;   // "K8SYaml", "HelmChart", or anything else for legacy versions
    QString status; // the STORED status; reconciled only when a detail is read
    QStringList labels;
    QString description;
    QString createdBy;
    qint64 createTime = 0; // Unix seconds
    quint64 seq = 0;       // creation order, breaks create_time ties and derives deliverable ids

    QString envName;
    bool production = false;
    QString registryId;
    QList<SimImage> images; // K8SYaml deliverables
    QList<SimChart> charts; // HelmChart deliverables

    // The distribution job of the current attempt, in simulated milliseconds.
    bool hasJob = true;         // false: saved failed before any job existed; can never be retried
    qint64 jobStartMs = 0;      // the job starts (progress leaves 0/0) at this simulated time
    int failAfter = -1;         // -1: the attempt succeeds; n: it fails after n images were copied
    bool alwaysFail = false;    // set by SimState::setVersionFails: every attempt fails
    QString error;              // the stored error ("" when none)
    int storedSuccessCount = 0; // progress of a settled version

    int totalCount() const; // images to copy
    // K8SYaml or HelmChart. Legacy types have no job the simulator drives; their detail is a 500.
    bool hasKnownType() const;
};

// The progress and status a version has at a given simulated time.
struct SimProgress
{
    QString status; // what reconciliation would store: creating/retrying/success/failed
    int successCount = 0;
    int totalCount = 0;
    QString uploadStatus; // waiting, uploading, success, failed
    QString error;
};

class SimState
{
    friend class SimV2; // reads the projects, registries, chart repos and the 3.x versions

public:
    SimState();
    ~SimState();
    SimState(const SimState &) = delete;
    SimState &operator=(const SimState &) = delete;

    // --- seeds: "demo", "empty", "large:N". False (and nothing changed) for an unknown name.
    bool loadSeed(const QString &seed);
    void clear(); // no projects, no versions, no registries

    // --- the one entry point of the HTTP front
    SimResponse handle(const SimRequest &request);

    // --- switches
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    void setLicenceValid(bool valid) { m_licenceValid = valid; }
    bool licenceValid() const { return m_licenceValid; }
    void setProjectForbidden(const QString &projectKey, bool forbidden);
    // The web UI's helper endpoints (chart repos, chart versions, name check). Default on.
    void setWebHelpersAvailable(bool available) { m_webHelpers = available; }
    bool webHelpersAvailable() const { return m_webHelpers; }
    // V3 (default): the delivery API of v2.3.1 - v3.4.1. Later ones: SimV2 (simv2.h) answers
    // the delivery routes as that release does, see apigeneration.h.
    void setApiGeneration(ApiGeneration generation) { m_generation = generation; }
    // 3 or 4 (= 4.3, the newest 4.x) or 5, for older callers.
    void setApiGeneration(int generation);
    ApiGeneration apiGeneration() const { return m_generation; }
    // The 4.x/5.x store, seeded from the current seed on first use.
    SimV2 &v2();
    // Real milliseconds the Helm create (and a Helm retry) takes before it answers.
    void setHelmCreateDelayMs(int ms) { m_helmDelayMs = ms; }
    int helmCreateDelayMs() const { return m_helmDelayMs; }

    // --- simulated clock
    // Simulated seconds per real second. 0 freezes the clock (then only advance() moves it).
    void setSpeed(double factor);
    double speed() const { return m_speed; }
    void advance(qint64 simulatedMs); // jumps the clock forward
    qint64 nowMs() const;             // simulated Unix time in milliseconds
    // Pins the simulated clock to a Unix time in milliseconds (it keeps running at speed()).
    void setNowMs(qint64 unixMs);

    // Simulated time a distribution job waits before it starts, and takes per image.
    static constexpr qint64 JobStartDelayMs = 2000;
    static constexpr qint64 ImageCopyMs = 4000;

    // --- data access for tests and seeds
    const SimVersion *version(const QString &id) const;
    QString versionIdByName(const QString &projectKey, const QString &name) const;
    QString storedStatus(const QString &id) const; // "" when there is no such version
    int versionCount(const QString &projectKey) const;
    // Every attempt of this version fails while `fails` is true (an attempt in flight fails
    // after the images it has already copied). False when there is no such version.
    bool setVersionFails(const QString &id, bool fails = true);
    // What a detail read would show now, without storing anything.
    SimProgress liveProgress(const QString &id) const;

    // Adds a version as given. An empty id gets a fresh one; seq is always assigned. Returns the
    // id.
    QString insertVersion(SimVersion version);
    void reserveVersions(const QString &projectKey, int count); // before a bulk insert
    void addProject(const SimProject &project);
    void addRegistry(const SimRegistry &registry);
    void addChartRepo(const SimChartRepo &repo);
    const SimProject *project(const QString &key) const;
    QList<SimRegistry> registries() const { return m_registries; }

private:
    struct ProjectVersions
    {
        // Newest first: create_time descending, then seq descending. Pages are slices of it.
        std::vector<std::unique_ptr<SimVersion>> ordered;
    };

    // simrouter.cpp
    SimResponse route(const SimRequest &request, const std::optional<QJsonObject> &body);
    SimResponse notFound(const SimRequest &request) const;

    // simhandlers_versions.cpp
    SimResponse listVersions(const SimRequest &request);
    SimResponse versionDetail(const SimRequest &request, const QString &id);
    SimResponse deleteVersion(const SimRequest &request, const QString &id);
    const SimEnvironment *environmentOf(const QJsonObject &body) const;
    SimVersion newVersion(const QJsonObject &body, const QString &type) const;
    SimResponse createK8s(const QJsonObject &body);
    SimResponse createHelm(const QJsonObject &body);
    SimResponse retry(const QString &projectKey, const QString &versionName);

    // simhandlers_env.cpp
    SimResponse listProjects(const SimRequest &request);
    SimResponse listEnvironments(const SimRequest &request, bool production);
    SimResponse environmentDetail(const SimRequest &request, const QString &envKey,
                                  bool production);
    SimResponse listRegistries();

    // simhandlers_web.cpp
    SimResponse chartReposHelper(const SimRequest &request);
    SimResponse chartVersionsHelper(const SimRequest &request);
    SimResponse checkVersionHelper(const SimRequest &request);

    // simstore.cpp
    SimVersion *findVersion(const QString &id) const;
    SimVersion *findVersionByName(const QString &projectKey, const QString &name) const;
    void removeVersion(const SimVersion &version);
    const SimRegistry *registry(const QString &id) const;
    const SimChartRepo *chartRepo(const QString &name) const;

    // simlifecycle.cpp
    void reconcile(SimVersion &version);
    SimProgress progressAt(const SimVersion &version, qint64 nowMs) const;
    void startAttempt(SimVersion &version, int failAfter);

    QString m_token = QStringLiteral("zadig-demo-token");
    bool m_licenceValid = true;
    bool m_webHelpers = true;
    ApiGeneration m_generation = ApiGeneration::V3;
    QString m_seed = QStringLiteral("empty"); // what the v2 store is seeded from
    std::unique_ptr<SimV2> m_v2;
    int m_helmDelayMs = 3000;
    QSet<QString> m_forbidden;

    double m_speed = 1.0;
    qint64 m_baseMs = 0; // simulated time when m_sinceBase was last restarted
    QElapsedTimer m_sinceBase;

    QList<SimProject> m_projects;
    QList<SimRegistry> m_registries;
    QList<SimChartRepo> m_chartRepos;
    // Latest chart version pushed per "<repo>/<chart>" (with its create_time), for the
    // chart-versions helper.
    QHash<QString, std::pair<qint64, QString>> m_chartVersions;
    std::unordered_map<QString, ProjectVersions> m_versions; // by project key
    QHash<QString, SimVersion *> m_byId;
    quint64 m_nextSeq = 1;
};

} // namespace zadig::sim
