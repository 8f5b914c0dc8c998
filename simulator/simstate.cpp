#include "simstate.h"

#include "simjson.h"
#include "simutil.h"
#include "simv2.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

Q_LOGGING_CATEGORY(lcSimState, "zadig.sim")

using namespace Qt::StringLiterals;

namespace zadig::sim {

// Our own choices where zadig-server-behaviour.md leaves room (others rely on them):
//  - Auth comes first (401), then the per-project forbidden switch (403), then the licence
//    (400/7050, only under /openapi/delivery/), then routing; unknown paths and wrong methods
//    are gin's 404 "404 page not found".
//  - The list of an unknown project is a 500 ("failed to find project <key>: mongo: no
//    documents in result"), like every other not-found of this API.
//  - Retry checks the STORED status: a version whose job has ended but whose detail was never
//    read is still "creating" and cannot be retried yet (the real server behaves the same).
//  - The projects picker treats a missing, zero or negative pageNum/pageSize as 1 and 20.
//  - A body that is not a JSON object is a 400 "参数错误" (gin's binding error); field types are
//    read leniently, as nothing else is validated by the parser.

namespace {

// gin's answer for a route it does not know.
SimResponse ginNotFound()
{
    return {404, "text/plain"_ba, "404 page not found"_ba, 0};
}

} // namespace

SimResponse SimState::notFound(const SimRequest &request) const
{
    // 4.x/5.x: aslan's own NoRoute handler (rest/server.go); 3.x kept gin's default here.
    if (m_generation != ApiGeneration::V3)
        return textResponse(404, u"Invalid path: "_s + request.path);
    return ginNotFound();
}

namespace {

QString bumpPatch(const QString &version)
{
    static const QRegularExpression re(u"^(v?)(\\d+)\\.(\\d+)\\.(\\d+)"_s);
    const auto match = re.match(version);
    if (!match.hasMatch())
        return u"0.1.0"_s;
    return match.captured(1) + match.captured(2) + u'.' + match.captured(3) + u'.' +
           QString::number(match.captured(4).toLongLong() + 1);
}

bool isKnownType(const QString &type)
{
    return type == "K8SYaml"_L1 || type == "HelmChart"_L1;
}

bool isInFlight(const QString &status)
{
    return status == "creating"_L1 || status == "retrying"_L1;
}

} // namespace

SimResponse internalError(const QString &description)
{
    return jsonResponse(500, QJsonObject{{u"message"_s, u"Internal Error: "_s},
                                         {u"code"_s, 500},
                                         {u"description"_s, description}});
}

const SimService *SimEnvironment::service(const QString &name) const
{
    for (const SimService &svc : services) {
        if (svc.name == name)
            return &svc;
    }
    return nullptr;
}

const SimEnvironment *SimProject::environment(const QString &envKey, bool isProduction) const
{
    for (const SimEnvironment &env : environments) {
        if (env.key == envKey && env.production == isProduction)
            return &env;
    }
    return nullptr;
}

int SimVersion::totalCount() const
{
    int count = 0;
    for (const SimImage &image : images)
        count += image.distribute ? 1 : 0;
    for (const SimChart &chart : charts) {
        for (const SimImage &image : chart.images)
            count += image.distribute ? 1 : 0;
    }
    return count;
}

SimState::SimState()
{
    m_baseMs = QDateTime::currentMSecsSinceEpoch();
    m_sinceBase.start();
}

SimState::~SimState() = default;

// ---------------------------------------------------------------------------------------------
// clock

qint64 SimState::nowMs() const
{
    return m_baseMs + qint64(double(m_sinceBase.elapsed()) * m_speed);
}

void SimState::setSpeed(double factor)
{
    m_baseMs = nowMs();
    m_sinceBase.restart();
    m_speed = std::max(0.0, factor);
}

void SimState::advance(qint64 simulatedMs)
{
    m_baseMs += std::max<qint64>(0, simulatedMs);
}

void SimState::setNowMs(qint64 unixMs)
{
    m_baseMs = unixMs;
    m_sinceBase.restart();
}

// ---------------------------------------------------------------------------------------------
// data

void SimState::clear()
{
    m_projects.clear();
    m_registries.clear();
    m_chartRepos.clear();
    m_chartVersions.clear();
    m_versions.clear();
    m_byId.clear();
    m_forbidden.clear();
    m_nextSeq = 1;
    m_v2.reset(); // re-seeded from the new data on first use
}

SimV2 &SimState::v2()
{
    if (!m_v2) {
        m_v2 = std::make_unique<SimV2>(*this);
        m_v2->loadSeed(m_seed);
    }
    return *m_v2;
}

void SimState::setApiGeneration(int generation)
{
    setApiGeneration(generation >= 5   ? ApiGeneration::V5
                     : generation == 4 ? ApiGeneration::V4_3
                                       : ApiGeneration::V3);
}

void SimState::setProjectForbidden(const QString &projectKey, bool forbidden)
{
    if (forbidden)
        m_forbidden.insert(projectKey);
    else
        m_forbidden.remove(projectKey);
}

void SimState::reserveVersions(const QString &projectKey, int count)
{
    m_versions[projectKey].ordered.reserve(size_t(std::max(0, count)));
    m_byId.reserve(m_byId.size() + count);
}

void SimState::addProject(const SimProject &project)
{
    m_projects.append(project);
}

void SimState::addRegistry(const SimRegistry &registry)
{
    m_registries.append(registry);
}

void SimState::addChartRepo(const SimChartRepo &repo)
{
    m_chartRepos.append(repo);
}

const SimProject *SimState::project(const QString &key) const
{
    for (const SimProject &p : m_projects) {
        if (p.key == key)
            return &p;
    }
    return nullptr;
}

const SimRegistry *SimState::registry(const QString &id) const
{
    for (const SimRegistry &r : m_registries) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

const SimChartRepo *SimState::chartRepo(const QString &name) const
{
    for (const SimChartRepo &r : m_chartRepos) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

QString SimState::insertVersion(SimVersion version)
{
    version.seq = m_nextSeq++;
    if (version.id.isEmpty()) {
        // Like a Mongo ObjectId: creation time, a fixed "machine" part, a counter.
        version.id =
            hex(quint64(version.createTime), 8) + "5f3a9c2e"_L1 + hex(version.seq * 256, 8);
    }
    for (const SimChart &chart : std::as_const(version.charts)) {
        auto &latest = m_chartVersions[chart.chartRepoName + u'/' + chart.serviceName];
        if (latest.second.isEmpty() || latest.first <= version.createTime)
            latest = {version.createTime, chart.chartVersion};
    }

    auto &ordered = m_versions[version.projectKey].ordered;
    // Newest first; among equal times the later insertion first. Seeds insert newest first,
    // so this lands at the end and a large seed loads in linear time.
    const auto newer = [](const std::unique_ptr<SimVersion> &a, const SimVersion &b) {
        if (a->createTime != b.createTime)
            return a->createTime > b.createTime;
        return a->seq > b.seq;
    };
    const auto at = std::lower_bound(ordered.begin(), ordered.end(), version, newer);
    auto owned = std::make_unique<SimVersion>(std::move(version));
    SimVersion *raw = owned.get();
    ordered.insert(at, std::move(owned));
    m_byId.insert(raw->id, raw);
    return raw->id;
}

SimVersion *SimState::findVersion(const QString &id) const
{
    return m_byId.value(id, nullptr);
}

SimVersion *SimState::findVersionByName(const QString &projectKey, const QString &name) const
{
    const auto it = m_versions.find(projectKey);
    if (it == m_versions.end())
        return nullptr;
    for (const auto &v : it->second.ordered) {
        if (v->name == name)
            return v.get();
    }
    return nullptr;
}

const SimVersion *SimState::version(const QString &id) const
{
    return findVersion(id);
}

QString SimState::versionIdByName(const QString &projectKey, const QString &name) const
{
    const SimVersion *v = findVersionByName(projectKey, name);
    return v ? v->id : QString();
}

QString SimState::storedStatus(const QString &id) const
{
    const SimVersion *v = findVersion(id);
    return v ? v->status : QString();
}

int SimState::versionCount(const QString &projectKey) const
{
    const auto it = m_versions.find(projectKey);
    return it == m_versions.end() ? 0 : int(it->second.ordered.size());
}

bool SimState::setVersionFails(const QString &id, bool fails)
{
    SimVersion *v = findVersion(id);
    if (!v)
        return false;
    v->alwaysFail = fails;
    if (fails && isInFlight(v->status) && v->failAfter < 0) {
        const SimProgress now = progressAt(*v, nowMs());
        // A job that has already finished keeps its outcome; one still running fails next.
        if (now.status != "success"_L1)
            v->failAfter = std::min(now.successCount, std::max(0, v->totalCount() - 1));
    }
    return true;
}

SimProgress SimState::liveProgress(const QString &id) const
{
    const SimVersion *v = findVersion(id);
    return v ? progressAt(*v, nowMs()) : SimProgress();
}

// ---------------------------------------------------------------------------------------------
// lifecycle

SimProgress SimState::progressAt(const SimVersion &version, qint64 now) const
{
    SimProgress p;
    p.status = version.status;
    const int total = version.totalCount();
    if (version.status == "success"_L1) {
        p.successCount = total;
        p.totalCount = total;
        p.uploadStatus = u"success"_s;
        return p;
    }
    if (version.status == "failed"_L1) {
        p.successCount = version.hasJob ? version.storedSuccessCount : 0;
        p.totalCount = version.hasJob ? total : 0;
        p.uploadStatus = u"failed"_s;
        p.error = version.error;
        return p;
    }
    // Still in flight (or a legacy status nobody drives): nothing moves before the job starts.
    if (now < version.jobStartMs || !isInFlight(version.status) || !isKnownType(version.type)) {
        p.uploadStatus = u"waiting"_s;
        return p;
    }
    p.totalCount = total;
    int done = int(std::min<qint64>(total, (now - version.jobStartMs) / ImageCopyMs));
    if (version.failAfter >= 0) {
        const int failAfter = std::min(version.failAfter, std::max(0, total - 1));
        const qint64 failAt =
            version.jobStartMs + (total == 0 ? 0 : qint64(failAfter + 1) * ImageCopyMs);
        if (now >= failAt) {
            p.status = u"failed"_s;
            p.successCount = failAfter;
            p.uploadStatus = u"failed"_s;
            // The image the job failed on, in copy order.
            QList<SimImage> copied;
            for (const SimImage &image : version.images) {
                if (image.distribute)
                    copied.append(image);
            }
            for (const SimChart &chart : version.charts) {
                for (const SimImage &image : chart.images) {
                    if (image.distribute)
                        copied.append(image);
                }
            }
            if (failAfter < copied.size()) {
                const SimImage &bad = copied.at(failAfter);
                p.error = u"failed to build image distribute for service: %1, status: failed, "
                          "err: push %2: unauthorized: authentication required"_s.arg(
                              bad.serviceName, bad.image);
            } else {
                p.error = u"distribute job failed: no image to distribute"_s;
            }
            return p;
        }
        done = std::min(done, failAfter);
    }
    p.successCount = done;
    if (done >= total) {
        p.status = u"success"_s;
        p.uploadStatus = u"success"_s;
    } else {
        p.uploadStatus = u"uploading"_s;
    }
    return p;
}

void SimState::reconcile(SimVersion &version)
{
    if (!isInFlight(version.status) || !isKnownType(version.type))
        return;
    const SimProgress p = progressAt(version, nowMs());
    if (p.status == version.status)
        return;
    qCDebug(lcSimState) << "version" << version.id << version.status << "->" << p.status;
    version.status = p.status;
    version.error = p.error;
    version.storedSuccessCount = p.successCount;
}

void SimState::startAttempt(SimVersion &version, int failAfter)
{
    version.jobStartMs = nowMs() + JobStartDelayMs;
    version.failAfter = version.alwaysFail ? 0 : failAfter;
    version.error.clear();
    version.storedSuccessCount = 0;
}

// ---------------------------------------------------------------------------------------------
// HTTP

// The project a request is about, for the forbidden switch.
static QString projectKeyOf(const SimRequest &request, const std::optional<QJsonObject> &body)
{
    for (const QString &key : {u"projectKey"_s, u"projectName"_s}) {
        const QString value = param(request.query, key);
        if (!value.isEmpty())
            return value;
    }
    return body ? body->value("project_key"_L1).toString() : QString();
}

SimResponse SimState::handle(const SimRequest &request)
{
    const QByteArray scheme = request.authorization.left(7);
    if (m_token.isEmpty() || scheme.compare("Bearer ", Qt::CaseInsensitive) != 0 ||
        request.authorization.mid(7) != m_token.toUtf8()) {
        return empty(401); // the gateway's answer: no body at all
    }
    const auto body = request.method == "POST" ? jsonBody(request.body) : std::nullopt;
    // 4.x/5.x delivery handlers check permission and licence after the parameters (SimV2).
    if (m_generation != ApiGeneration::V3 && request.path.startsWith("/openapi/delivery/"_L1))
        return route(request, body);
    const QString key = projectKeyOf(request, body);
    if (!key.isEmpty() && m_forbidden.contains(key))
        return empty(403);
    if (!m_licenceValid && request.path.startsWith("/openapi/delivery/"_L1)) {
        return zadigError(7050, u"用户许可证不可用，请检查许可证后重试"_s, QString());
    }
    return route(request, body);
}

SimResponse SimState::route(const SimRequest &request, const std::optional<QJsonObject> &body)
{
    const QStringList seg = request.path.split(u'/', Qt::SkipEmptyParts);
    const qsizetype n = seg.size();
    const QByteArray &method = request.method;
    const bool get = method == "GET";
    if (m_generation != ApiGeneration::V3) {
        if (auto answer = v2().route(request, body))
            return *answer;
    }

    if (n >= 3 && seg[0] == "openapi"_L1 && seg[1] == "delivery"_L1 && seg[2] == "releases"_L1) {
        if (n == 3 && get)
            return listVersions(request);
        if (n == 4) {
            const QString &last = seg[3];
            if (method == "POST" && (last == "k8s"_L1 || last == "helm"_L1)) {
                if (!body)
                    return invalidParam(u"invalid request body"_s);
                return last == "k8s"_L1 ? createK8s(*body) : createHelm(*body);
            }
            if (get)
                return versionDetail(request, last);
            if (method == "DELETE")
                return deleteVersion(request, last);
        }
        return ginNotFound();
    }
    if (n >= 2 && seg[0] == "openapi"_L1 && get) {
        if (n == 3 && seg[1] == "projects"_L1 && seg[2] == "project"_L1)
            return listProjects(request);
        if (seg[1] == "environments"_L1) {
            if (n == 2)
                return listEnvironments(request, false);
            if (n == 3 && seg[2] == "production"_L1)
                return listEnvironments(request, true);
            if (n == 3)
                return environmentDetail(request, seg[2], false);
            if (n == 4 && seg[2] == "production"_L1)
                return environmentDetail(request, seg[3], true);
        }
        if (n == 3 && seg[1] == "system"_L1 && seg[2] == "registry"_L1)
            return listRegistries();
        return notFound(request);
    }
    if (m_webHelpers && get && n >= 2 && seg[0] == "api"_L1 && seg[1] == "aslan"_L1) {
        const QString rest = seg.mid(2).join(u'/');
        if (rest == "system/helm/project"_L1)
            return chartReposHelper(request);
        if (rest == "delivery/releases/helm/charts/version"_L1)
            return chartVersionsHelper(request);
        if (rest == "delivery/releases/check"_L1)
            return checkVersionHelper(request);
    }
    return notFound(request);
}

SimResponse SimState::listVersions(const SimRequest &request)
{
    const QString key = param(request.query, u"projectKey"_s);
    if (key.isEmpty())
        return requiredParam(u"OpenAPIListDeliveryVersionArgs"_s, u"ProjectName"_s);
    const auto pageNumParam = intParam(request.query, u"pageNum"_s);
    if (!pageNumParam || *pageNumParam == 0)
        return requiredParam(u"OpenAPIListDeliveryVersionArgs"_s, u"PageNum"_s);
    const auto pageSizeParam = intParam(request.query, u"pageSize"_s);
    if (!pageSizeParam || *pageSizeParam == 0)
        return requiredParam(u"OpenAPIListDeliveryVersionArgs"_s, u"PageSize"_s);
    if (!project(key))
        return internalError(u"failed to find project %1: %2"_s.arg(key, noDocuments()));

    const qint64 pageNum = *pageNumParam < 0 ? 1 : *pageNumParam;
    const qint64 pageSize = *pageSizeParam < 0 ? 20 : *pageSizeParam;
    const auto it = m_versions.find(key);
    const qint64 total = it == m_versions.end() ? 0 : qint64(it->second.ordered.size());

    QJsonArray list;
    const auto [begin, end] = pageSlice(pageNum, pageSize, total);
    for (qint64 i = begin; i < end; ++i)
        list.append(versionListItemJson(*it->second.ordered[size_t(i)]));
    return jsonResponse(200, QJsonObject{{u"list"_s, list}, {u"total"_s, total}});
}
SimResponse SimState::versionDetail(const SimRequest &request, const QString &id)
{
    const QString key = param(request.query, u"projectKey"_s);
    if (key.isEmpty())
        return invalidParam(u"projectKey can't be empty!"_s); // the text 4.x probes tell apart
    SimVersion *v = findVersion(id);
    if (!v || v->projectKey != key) {
        return internalError(
            u"failed to get delivery version, ID: %1, error: 查询交付中心版本失败: %2"_s.arg(
                id, noDocuments()));
    }
    if (!isKnownType(v->type))
        return empty(500); // the real handler dereferences a nil pointer for these
    reconcile(*v);
    return jsonResponse(200, versionDetailJson(*v, progressAt(*v, nowMs())));
}

SimResponse SimState::deleteVersion(const SimRequest &request, const QString &id)
{
    const QString key = param(request.query, u"projectKey"_s);
    if (key.isEmpty())
        return invalidParam(u"projectKey can not be empty"_s);
    static const QRegularExpression objectId(u"^[0-9a-fA-F]{24}$"_s);
    if (!objectId.match(id).hasMatch())
        return internalError(u"the provided hex string is not a valid ObjectID"_s);
    SimVersion *v = findVersion(id);
    if (!v || v->projectKey != key)
        return success(); // deleting nothing is fine for the real server too
    auto &ordered = m_versions[key].ordered;
    const auto it =
        std::find_if(ordered.begin(), ordered.end(),
                     [v](const std::unique_ptr<SimVersion> &p) { return p.get() == v; });
    m_byId.remove(id);
    ordered.erase(it);
    return success();
}

// Builds the deliverables of one service; the error is a 500 description.
static std::optional<QString> buildImages(const SimService &service, const QJsonArray &imageDatas,
                                          bool matchByImageName, const SimRegistry *target,
                                          const QList<SimRegistry> &registries,
                                          QList<SimImage> &out)
{
    for (const QJsonValue &value : imageDatas) {
        const QJsonObject data = value.toObject();
        const QString containerName = data.value("container_name"_L1).toString();
        const QString imageName = data.value("image_name"_L1).toString();
        const SimContainer *container = nullptr;
        for (const SimContainer &c : service.containers) {
            const bool match =
                matchByImageName ? repoName(c.image) == imageName : c.name == containerName;
            if (match) {
                container = &c;
                break;
            }
        }
        if (!container && matchByImageName)
            return u"container not found, imageName: %1"_s.arg(imageName);
        if (!container) {
            return u"container %1 not found in service %2"_s.arg(containerName, service.name);
        }
        if (repoName(container->image) != imageName) {
            return u"image name %1 does not match the image %2 of container %3 in service %4"_s.arg(
                imageName, container->image, container->name, service.name);
        }
        QString tag = data.value("image_tag"_L1).toString();
        if (tag.isEmpty())
            tag = imageTag(container->image);
        SimImage image;
        image.serviceName = service.name;
        image.serviceModule = container->name;
        image.imageName = imageName;
        image.distribute = !data.value("disable_image_dist"_L1).toBool();
        if (image.distribute && target) {
            image.image =
                target->address + u'/' + target->imageNamespace + u'/' + imageName + u':' + tag;
            image.registryId = target->id;
            image.imageNamespace = target->imageNamespace;
        } else {
            image.image = container->image;
            for (const SimRegistry &r : registries) {
                if (container->image.startsWith(r.address + u'/' + r.imageNamespace + u'/')) {
                    image.registryId = r.id;
                    image.imageNamespace = r.imageNamespace;
                }
            }
        }
        out.append(image);
    }
    return std::nullopt;
}

static int firstFailingImage(const QJsonArray &serviceDatas)
{
    int index = 0;
    for (const QJsonValue &service : serviceDatas) {
        const QJsonArray images = service.toObject().value("image_datas"_L1).toArray();
        for (const QJsonValue &value : images) {
            const QJsonObject image = value.toObject();
            if (image.value("disable_image_dist"_L1).toBool())
                continue;
            if (image.value("image_tag"_L1).toString().contains("fail"_L1))
                return index;
            ++index;
        }
    }
    return -1;
}

static SimResponse alreadyExists(const QString &name)
{
    return internalError(
        u"failed to insert delivery version %1, version already exist"_s.arg(name));
}

static SimResponse environmentNotFound(const QString &projectKey, const QString &envName)
{
    return internalError(
        u"failed to query product info, procutName: %1 envName %2"_s.arg(projectKey, envName));
}

// The environment a create body names; production must match its kind.
const SimEnvironment *SimState::environmentOf(const QJsonObject &body) const
{
    const SimProject *proj = project(body.value("project_key"_L1).toString());
    return proj ? proj->environment(body.value("env_name"_L1).toString(),
                                    body.value("production"_L1).toBool())
                : nullptr;
}

// The fields both create bodies share.
SimVersion SimState::newVersion(const QJsonObject &body, const QString &type) const
{
    SimVersion v;
    v.projectKey = body.value("project_key"_L1).toString();
    v.name = body.value("version_name"_L1).toString();
    v.type = type;
    v.labels = stringList(body.value("labels"_L1));
    v.description = body.value("desc"_L1).toString();
    v.createdBy = u"openapi"_s;
    v.createTime = nowMs() / 1000;
    v.envName = body.value("env_name"_L1).toString();
    v.production = body.value("production"_L1).toBool();
    v.registryId = body.value("image_registry_id"_L1).toString();
    return v;
}

SimResponse SimState::createK8s(const QJsonObject &body)
{
    const QString key = body.value("project_key"_L1).toString();
    const QString name = body.value("version_name"_L1).toString();
    const SimEnvironment *env = environmentOf(body);
    if (!env)
        return environmentNotFound(key, body.value("env_name"_L1).toString());
    if (body.value("retry"_L1).toBool())
        return retry(key, name);

    const QString registryId = body.value("image_registry_id"_L1).toString();
    const SimRegistry *target = nullptr;
    if (!registryId.isEmpty()) {
        target = registry(registryId);
        if (!target)
            return empty(500); // the real handler dereferences a nil registry
    }
    const QJsonArray yamlDatas = body.value("yaml_datas"_L1).toArray();
    QList<SimImage> images;
    for (const QJsonValue &value : yamlDatas) {
        const QJsonObject data = value.toObject();
        const QString serviceName = data.value("service_name"_L1).toString();
        const SimService *service = env->service(serviceName);
        if (!service)
            return internalError(u"service %1 not found in environment"_s.arg(serviceName));
        if (auto error = buildImages(*service, data.value("image_datas"_L1).toArray(), false,
                                     target, m_registries, images)) {
            return internalError(*error);
        }
    }
    if (findVersionByName(key, name))
        return alreadyExists(name);

    SimVersion v = newVersion(body, u"K8SYaml"_s);
    v.images = images;
    if (!target && v.totalCount() > 0) {
        // Saved, but no job is ever made for it: the real server cannot retry such a version.
        v.status = u"failed"_s;
        v.hasJob = false;
        v.error = u"failed to create delivery workflow: image registry is required to "
                  "distribute images"_s;
    } else {
        v.status = u"creating"_s;
        startAttempt(v, firstFailingImage(yamlDatas));
    }
    const QString id = insertVersion(std::move(v));
    qCInfo(lcSimState) << "created K8s version" << name << id;
    return success();
}

SimResponse SimState::createHelm(const QJsonObject &body)
{
    const QString key = body.value("project_key"_L1).toString();
    const QString name = body.value("version_name"_L1).toString();
    if (body.value("retry"_L1).toBool())
        return retry(key, name);

    const QJsonArray chartDatas = body.value("chart_datas"_L1).toArray();
    const QString repoName = body.value("chart_repo_name"_L1).toString();
    const QString registryId = body.value("image_registry_id"_L1).toString();
    if (chartDatas.isEmpty())
        return internalError(u"no chart info appointed"_s);
    if (repoName.isEmpty())
        return internalError(u"chart repo not appointed"_s);
    if (registryId.isEmpty())
        return internalError(u"image registry not appointed"_s);
    const SimEnvironment *env = environmentOf(body);
    if (!env)
        return environmentNotFound(key, body.value("env_name"_L1).toString());
    for (const QJsonValue &value : chartDatas) {
        const QString serviceName = value.toObject().value("service_name"_L1).toString();
        if (!env->service(serviceName))
            return internalError(u"service %1 not found in environment"_s.arg(serviceName));
    }
    const SimRegistry *target = registry(registryId);
    if (!target)
        return empty(500); // the real handler dereferences a nil registry
    const SimChartRepo *repo = chartRepo(repoName);
    if (!repo)
        return internalError(u"failed to query chart-repo info, repoName: %1"_s.arg(repoName));

    QList<SimChart> charts;
    for (const QJsonValue &value : chartDatas) {
        const QJsonObject data = value.toObject();
        SimChart chart;
        chart.serviceName = data.value("service_name"_L1).toString();
        chart.chartRepoName = repoName;
        chart.chartVersion = data.value("version"_L1).toString();
        if (!isSemVer(chart.chartVersion)) {
            return internalError(
                u"failed to handle chart %1: invalid chart version %2: "
                "Invalid Semantic Version"_s.arg(chart.serviceName, chart.chartVersion));
        }
        const SimService *service = env->service(chart.serviceName);
        if (auto error = buildImages(*service, data.value("image_datas"_L1).toArray(), true, target,
                                     m_registries, chart.images)) {
            return internalError(u"failed to handle image registry for service: %1: %2"_s.arg(
                chart.serviceName, *error));
        }
        charts.append(chart);
    }
    if (findVersionByName(key, name))
        return alreadyExists(name);

    SimVersion v = newVersion(body, u"HelmChart"_s);
    v.status = u"creating"_s;
    v.charts = charts;
    startAttempt(v, firstFailingImage(chartDatas));
    const QString id = insertVersion(std::move(v));
    qCInfo(lcSimState) << "created Helm version" << name << id;
    // The real server packages and pushes every chart before it answers.
    SimResponse answer = success();
    answer.delayMs = m_helmDelayMs;
    return answer;
}

SimResponse SimState::retry(const QString &projectKey, const QString &versionName)
{
    SimVersion *v = findVersionByName(projectKey, versionName);
    if (!v) {
        return internalError(
            u"failed to query delivery version data, verisonName: %1"_s.arg(versionName));
    }
    if (v->status != "failed"_L1)
        return internalError(u"can't reCreate version with status:%1"_s.arg(v->status));
    if (!v->hasJob) {
        return internalError(
            u"no workflow task found for version: %1, please delete it and create a new one"_s.arg(
                versionName));
    }
    v->status = u"retrying"_s;
    startAttempt(*v, -1);
    qCInfo(lcSimState) << "retrying version" << versionName << v->id;
    SimResponse answer = success();
    if (v->type == "HelmChart"_L1)
        answer.delayMs = m_helmDelayMs; // charts are packaged and pushed again
    return answer;
}

// ---------------------------------------------------------------------------------------------
// pickers

SimResponse SimState::listProjects(const SimRequest &request)
{
    qint64 pageNum = intParam(request.query, u"pageNum"_s).value_or(1);
    qint64 pageSize = intParam(request.query, u"pageSize"_s).value_or(20);
    if (pageNum <= 0)
        pageNum = 1;
    if (pageSize <= 0)
        pageSize = 20;
    const qint64 total = m_projects.size();
    QJsonArray projects;
    const auto [begin, end] = pageSlice(pageNum, pageSize, total);
    for (qint64 i = begin; i < end; ++i)
        projects.append(projectJson(m_projects.at(i)));
    return jsonResponse(200, QJsonObject{{u"total"_s, total}, {u"projects"_s, projects}});
}

SimResponse SimState::listEnvironments(const SimRequest &request, bool production)
{
    const QString key = param(request.query, u"projectKey"_s);
    if (key.isEmpty())
        return invalidParam(u"projectKey can not be empty"_s);
    const SimProject *proj = project(key);
    if (!proj)
        return internalError(u"failed to find project %1: %2"_s.arg(key, noDocuments()));
    QJsonArray list;
    for (const SimEnvironment &env : proj->environments) {
        if (env.production == production)
            list.append(environmentJson(env));
    }
    return jsonResponse(200, list);
}

SimResponse SimState::environmentDetail(const SimRequest &request, const QString &envKey,
                                        bool production)
{
    const QString key = param(request.query, u"projectKey"_s);
    if (key.isEmpty())
        return invalidParam(u"projectKey can not be empty"_s);
    const SimProject *proj = project(key);
    const SimEnvironment *env = proj ? proj->environment(envKey, production) : nullptr;
    if (!env) {
        return internalError(
            u"failed to find environment %1 of project %2: %3"_s.arg(envKey, key, noDocuments()));
    }
    const QString serviceType = proj->deployType == "helm"_L1 ? u"helm"_s : u"k8s"_s;
    return jsonResponse(200, environmentDetailJson(*env, serviceType, m_generation));
}

SimResponse SimState::listRegistries()
{
    QJsonArray list;
    for (const SimRegistry &r : std::as_const(m_registries))
        list.append(registryJson(r));
    return jsonResponse(200, list);
}

// ---------------------------------------------------------------------------------------------
// web-UI helpers

SimResponse SimState::chartReposHelper(const SimRequest &request)
{
    const SimProject *proj = project(param(request.query, u"projectName"_s));
    QJsonArray list;
    if (proj) {
        for (const QString &name : proj->chartRepos) {
            if (const SimChartRepo *repo = chartRepo(name))
                list.append(chartRepoJson(*repo, proj->key));
        }
    }
    return jsonResponse(200, list);
}

SimResponse SimState::chartVersionsHelper(const SimRequest &request)
{
    const QString repoName = param(request.query, u"chartRepoName"_s);
    if (repoName.isEmpty())
        return invalidParam(u"chartRepoName can not be empty"_s);
    const SimChartRepo *repo = chartRepo(repoName);
    if (!repo)
        return internalError(u"failed to query chart-repo info, repoName: %1"_s.arg(repoName));
    QJsonArray list;
    const QStringList names = param(request.query, u"chartName"_s).split(u',', Qt::SkipEmptyParts);
    for (const QString &chart : names) {
        const QString current = m_chartVersions.value(repoName + u'/' + chart).second;
        list.append(chartVersionJson(chart, current, bumpPatch(current), repo->url));
    }
    return jsonResponse(200, list);
}

SimResponse SimState::checkVersionHelper(const SimRequest &request)
{
    const QString key = param(request.query, u"projectName"_s);
    const QString name = param(request.query, u"version"_s);
    const QString message = u"检查版本失败"_s;
    if (name.isEmpty())
        return zadigError(6566, message, u"版本不能为空"_s);
    if (key.isEmpty())
        return zadigError(6566, message, u"项目名称不能为空"_s);
    if (findVersionByName(key, name))
        return zadigError(6566, message, u"版本 %1 已存在"_s.arg(name));
    return success();
}

} // namespace zadig::sim
