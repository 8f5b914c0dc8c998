#include "simv2.h"

#include "simutil.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

Q_DECLARE_LOGGING_CATEGORY(lcSimState)

using namespace Qt::StringLiterals;

namespace zadig::sim {

// Our own choices where zadig-v4-v5-api.md leaves room:
//  - 4.0/4.1 create stores the services as sent (no env/original lookups, so none of the
//    from_env/from_version errors), 4.2.0+ resolves them; the registry checks apply to all.
//  - The 403 switch and the licence are checked after the parameters (as the real handlers
//    do); the 3.x generation keeps its own order.
//  - Helm on 4.0/4.1 with a chart repo fails after the insert with the chart packaging error
//    the spec infers (the OpenAPI path there never copies chart_name).
//  - A job's error text is "push <target>: unauthorized: authentication required".
//  - The "templates" a Helm manual create is checked against are the services of the
//    project's first environment of the same kind (test/production).

namespace {

constexpr qint64 WatchEveryMs = 5000;
constexpr qint64 WatchTimeoutMs = 60 * 60 * 1000;
constexpr qint64 Never = std::numeric_limits<qint64>::max();

SimResponse badRequest(const QString &description)
{
    return zadigError(400, u"Bad Request"_s, description);
}

bool isObjectId(const QString &id)
{
    static const QRegularExpression re(u"^[0-9a-fA-F]{24}$"_s);
    return re.match(id).hasMatch();
}

QString jobStatusAt(const V2Image &image, qint64 t)
{
    if (t < image.jobStartMs)
        return u"created"_s;
    if (image.jobEndMs < 0 || t < image.jobEndMs)
        return u"running"_s;
    return image.jobFails ? u"failed"_s : u"passed"_s;
}

bool jobPassed(const V2Image &image)
{
    return image.inTask && image.jobEndMs >= 0 && !image.jobFails;
}

// Not the whole reference: "registry.cn-hangzhou..." must not hang.
bool tagSays(const V2Image &image, QLatin1StringView word)
{
    return image.targetImageTag.contains(word) || image.imageName.contains(word);
}

void copyStatuses(V2Version &v, qint64 t)
{
    for (V2Service &s : v.services) {
        for (V2Image &i : s.images) {
            if (!i.inTask)
                continue;
            i.status = jobStatusAt(i, t);
            if (i.status == "failed"_L1)
                i.error = v2ImageJobError(s.serviceName, i); // never cleared afterwards
        }
    }
}

} // namespace

QString v2ImageJobError(const QString &service, const V2Image &image)
{
    // The trailing space is the server's.
    return u"failed to build image distribute for service: %1, status: failed, err: push %2: "
           "unauthorized: authentication required "_s.arg(service, image.targetImage);
}

SimV2::SimV2(SimState &state) : m_state(state) {}

SimV2::~SimV2() = default;

ApiGeneration SimV2::generation() const
{
    return m_state.apiGeneration();
}

// ---------------------------------------------------------------------------------------------
// store

QString SimV2::newId(qint64 createdAt)
{
    return hex(quint64(createdAt), 8) + "a4c2e0f1"_L1 + hex(m_nextSeq++, 8);
}

QString SimV2::insert(V2Version version)
{
    if (version.id.isEmpty())
        version.id = newId(version.createdAt);
    m_createdAt.insert(version.createdAt);
    auto &ordered = m_versions[version.projectKey];
    const auto at = std::lower_bound(
        ordered.begin(), ordered.end(), version.createdAt,
        [](const std::unique_ptr<V2Version> &a, qint64 t) { return a->createdAt > t; });
    auto owned = std::make_unique<V2Version>(std::move(version));
    V2Version *raw = owned.get();
    ordered.insert(at, std::move(owned));
    m_byId.insert(raw->id, raw);
    if (raw->watching)
        m_watched.append(raw);
    return raw->id;
}

void SimV2::remove(const QString &id)
{
    V2Version *v = m_byId.take(id);
    if (!v)
        return;
    m_watched.removeAll(v); // the real watcher keeps running, but its updates hit nothing
    m_createdAt.remove(v->createdAt);
    auto &ordered = m_versions[v->projectKey];
    ordered.erase(std::find_if(ordered.begin(), ordered.end(),
                               [v](const std::unique_ptr<V2Version> &p) { return p.get() == v; }));
}

V2Version *SimV2::find(const QString &projectKey, const QString &name) const
{
    const auto it = m_versions.find(projectKey);
    if (it == m_versions.end())
        return nullptr;
    for (const auto &v : it->second) {
        if (v->name == name)
            return v.get();
    }
    return nullptr;
}

V2Version *SimV2::findById(const QString &id) const
{
    return m_byId.value(id.toLower(), nullptr);
}

const V2Version *SimV2::version(const QString &projectKey, const QString &name)
{
    catchUpAll();
    return find(projectKey, name);
}

QString SimV2::status(const QString &projectKey, const QString &name)
{
    const V2Version *v = version(projectKey, name);
    return v ? v->status : QString();
}

int SimV2::versionCount(const QString &projectKey) const
{
    const auto it = m_versions.find(projectKey);
    return it == m_versions.end() ? 0 : int(it->second.size());
}

bool SimV2::setVersionFails(const QString &projectKey, const QString &name, bool fails)
{
    catchUpAll();
    V2Version *v = find(projectKey, name);
    if (!v)
        return false;
    v->failAlways = fails;
    const qint64 now = m_state.nowMs();
    for (V2Service &s : v->services) {
        for (V2Image &i : s.images) {
            // A job still running fails when it ends (a hanging one ends now).
            if (fails && i.inTask && (i.jobEndMs < 0 || i.jobEndMs > now)) {
                i.jobFails = true;
                if (i.jobEndMs < 0)
                    i.jobEndMs = std::max(now, i.jobStartMs);
            }
        }
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// lifecycle: what the watcher goroutine would have done by `now`, one look every 5 s

void SimV2::catchUp(V2Version &v, qint64 now)
{
    if (!v.watching)
        return;
    const qint64 looks = (now - v.watchStartMs) / WatchEveryMs;
    if (looks < 1)
        return;
    const qint64 lastLook = WatchTimeoutMs / WatchEveryMs;
    qint64 completeLook = 1; // no task: settled at the first look
    bool passed = true;
    if (v.hasTask) {
        qint64 end = 0;
        for (const V2Service &s : std::as_const(v.services)) {
            for (const V2Image &i : s.images) {
                if (!i.inTask)
                    continue;
                end = (i.jobEndMs < 0 || end == Never) ? Never : std::max(end, i.jobEndMs);
                passed = passed && !i.jobFails;
            }
        }
        if (end == Never) {
            completeLook = Never;
        } else {
            const qint64 after = std::max<qint64>(0, end - v.watchStartMs);
            completeLook = std::max<qint64>(1, (after + WatchEveryMs - 1) / WatchEveryMs);
        }
    }
    const qint64 seen = std::min({looks, lastLook, completeLook});
    copyStatuses(v, v.watchStartMs + seen * WatchEveryMs);
    if (completeLook <= std::min(looks, lastLook)) {
        for (const V2Service &s : std::as_const(v.services)) {
            if (v.type == "HelmChart"_L1 && s.chartStatus != "passed"_L1)
                passed = false;
        }
        v.status = passed ? u"success"_s : u"failed"_s;
        v.watching = false;
    } else if (looks >= lastLook) {
        v.status = u"failed"_s;
        v.error = u"timeout"_s;
        v.watching = false;
    }
}

void SimV2::catchUpAll()
{
    const qint64 now = m_state.nowMs();
    for (V2Version *v : std::as_const(m_watched))
        catchUp(*v, now);
    m_watched.removeIf([](const V2Version *v) { return !v->watching; });
}

void SimV2::startTask(V2Version &v, bool onlyUnpassed, qint64 now)
{
    const bool first = v.attempts++ == 0;
    qint64 k = 0;
    bool any = false;
    for (V2Service &s : v.services) {
        for (V2Image &i : s.images) {
            if (!i.pushImage) {
                i.inTask = false;
                continue;
            }
            any = true;
            if (onlyUnpassed && jobPassed(i))
                continue;
            i.inTask = true;
            i.jobStartMs = now + SimState::JobStartDelayMs;
            i.jobFails = v.failAlways || (first && tagSays(i, "fail"_L1));
            const bool hangs = first && tagSays(i, "hang"_L1) && !i.jobFails;
            i.jobEndMs = hangs ? -1 : i.jobStartMs + (k + 1) * SimState::ImageCopyMs;
            ++k;
        }
    }
    v.hasTask = v.hasTask || any;
    v.watchStartMs = now;
}

// ---------------------------------------------------------------------------------------------
// routes

std::optional<SimResponse> SimV2::route(const SimRequest &request,
                                        const std::optional<QJsonObject> &body)
{
    catchUpAll();
    const QStringList seg = request.path.split(u'/', Qt::SkipEmptyParts);
    const qsizetype n = seg.size();
    const QByteArray &method = request.method;
    const bool get = method == "GET";
    const auto methodNotAllowed = [&request] {
        return textResponse(405, u"Method not allowed: %1 %2"_s.arg(
                                     QString::fromLatin1(request.method), request.path));
    };

    if (n >= 2 && seg[0] == "openapi"_L1 && seg[1] == "delivery"_L1) {
        if (n == 3 && seg[2] == "releases"_L1)
            return get ? list(request) : methodNotAllowed();
        if (n == 4 && seg[2] == "releases"_L1) {
            const QString &last = seg[3];
            if (get && last == "detail"_L1)
                return detail(request);
            if (method == "POST" && (last == "k8s"_L1 || last == "helm"_L1)) {
                if (!body)
                    return badRequest(u"invalid character looking for beginning of value"_s);
                return create(*body, last == "helm"_L1);
            }
            if (method == "POST" && last == "retry"_L1)
                return retry(request);
            if (method == "DELETE")
                return deleteVersion(request, last);
            // Any other method matches the DELETE /:id tree: gin answers 405 (so does a 3.x
            // client's GET /releases/<id>).
            return methodNotAllowed();
        }
        return textResponse(404, u"Invalid path: "_s + request.path);
    }
    if (get && n == 4 && seg[0] == "openapi"_L1 && seg[1] == "system"_L1 && seg[2] == "cli"_L1 &&
        seg[3] == "context"_L1 && generation() >= ApiGeneration::V5) {
        return cliContext();
    }
    // The web UI's distribution log (section 5), absent where the web helpers are taken away.
    if (get && m_state.m_webHelpers && request.path == "/api/aslan/logs/log/delivery"_L1)
        return deliveryLog(request);
    if (get && n >= 4 && seg[0] == "openapi"_L1 && seg[1] == "environments"_L1) {
        const bool production = seg[2] == "production"_L1;
        const qsizetype at = production ? 3 : 2;
        if (n == at + 2 && seg[at] == "service"_L1 &&
            (seg[at + 1] == "yaml"_L1 || seg[at + 1] == "values"_L1)) {
            return renderedService(request, production, seg[at + 1] == "values"_L1);
        }
        if (generation() >= ApiGeneration::V4_3 && n == 6 && seg[3] == "service"_L1 &&
            seg[5] == "pods"_L1) {
            return pods(request, seg[2], seg[4]);
        }
    }
    return std::nullopt;
}

std::optional<SimResponse> SimV2::gate(const QString &projectKey) const
{
    if (!projectKey.isEmpty() && m_state.m_forbidden.contains(projectKey))
        return empty(403);
    if (!m_state.m_licenceValid)
        return zadigError(7050, u"用户许可证不可用，请检查许可证后重试"_s, QString());
    return std::nullopt;
}

SimResponse SimV2::list(const SimRequest &request)
{
    const QString key = param(request.query, u"projectKey"_s);
    // gin binds first (a non-number is strconv's complaint), then validates every field.
    QStringList missing;
    if (key.isEmpty())
        missing.append(u"ProjectKey"_s);
    qint64 numbers[2] = {0, 0};
    const QString names[2] = {u"PageNum"_s, u"PageSize"_s};
    const QString keys[2] = {u"pageNum"_s, u"pageSize"_s};
    for (int i = 0; i < 2; ++i) {
        if (request.query.hasQueryItem(keys[i])) {
            const QString text = param(request.query, keys[i]);
            const auto value = intParam(request.query, keys[i]);
            if (!value && !text.isEmpty()) {
                return badRequest(u"strconv.ParseInt: parsing \"%1\": invalid syntax"_s.arg(text));
            }
            numbers[i] = value.value_or(0);
        }
        if (numbers[i] == 0)
            missing.append(names[i]);
    }
    if (!missing.isEmpty()) {
        QStringList texts;
        for (const QString &field : std::as_const(missing)) {
            texts.append(u"Key: 'OpenAPIListDeliveryVersionRequest.%1' Error:Field validation "
                         "for '%1' failed on the 'required' tag"_s.arg(field));
        }
        return badRequest(texts.join(u'\n'));
    }
    if (auto refused = gate(key))
        return *refused;
    const qint64 pageNum = numbers[0] < 0 ? 1 : numbers[0];
    const qint64 pageSize = numbers[1] < 0 ? 20 : numbers[1];
    // No project check: the filter simply matches nothing.
    const auto it = m_versions.find(key);
    const qint64 total = it == m_versions.end() ? 0 : qint64(it->second.size());
    QJsonArray items;
    const auto [begin, end] = pageSlice(pageNum, pageSize, total);
    for (qint64 i = begin; i < end; ++i)
        items.append(v2ListItemJson(*it->second[size_t(i)]));
    return jsonResponse(200, QJsonObject{{u"list"_s, items}, {u"total"_s, total}});
}

SimResponse SimV2::detail(const SimRequest &request)
{
    const QString name = param(request.query, u"versionName"_s);
    const QString key = param(request.query, u"projectKey"_s);
    if (name.isEmpty())
        return badRequest(u"versionName can't be empty!"_s); // before projectKey: the 4.x probe
    if (key.isEmpty())
        return badRequest(u"projectKey can't be empty!"_s);
    if (auto refused = gate(key))
        return *refused;
    const V2Version *v = find(key, name);
    if (!v) {
        return internalError(
            u"failed to get delivery version, projectName: %1, versionName: %2 error: %3"_s.arg(
                key, name, noDocuments()));
    }
    return jsonResponse(200, v2DetailJson(*v));
}

SimResponse SimV2::deleteVersion(const SimRequest &request, const QString &id)
{
    const QString key = param(request.query, u"projectKey"_s);
    if (key.isEmpty())
        return badRequest(u"projectKey can't be empty!"_s);
    if (auto refused = gate(key))
        return *refused;
    if (!isObjectId(id)) {
        return internalError(u"failed to delete delivery version, ID: %1, error: "
                             "删除交付中心版本失败: the provided hex string is not a valid "
                             "ObjectID"_s.arg(id));
    }
    remove(id.toLower()); // any status, any project: projectKey is only for the permission
    return success();
}

SimResponse SimV2::retry(const SimRequest &request)
{
    const QString id = param(request.query, u"id"_s);
    const QString key = param(request.query, u"projectKey"_s);
    if (id.isEmpty())
        return badRequest(u"id can't be empty!"_s);
    if (key.isEmpty())
        return badRequest(u"projectName can't be empty!"_s); // sic
    if (auto refused = gate(key))
        return *refused;
    const QString prefix = u"failed to retry create delivery version, id: %1, error: "_s.arg(id);
    if (!isObjectId(id))
        return internalError(prefix + u"the provided hex string is not a valid ObjectID"_s);
    V2Version *v = findById(id);
    if (!v) {
        return internalError(prefix +
                             u"failed to query delivery version data, id: %1, error: "_s.arg(id) +
                             noDocuments());
    }
    if (v->status != "failed"_L1)
        return internalError(prefix + u"can't reCreate version with status:"_s + v->status);
    const qint64 now = m_state.nowMs();
    const bool helm = v->type == "HelmChart"_L1;
    if (!helm) {
        if (!v->hasTask)
            return internalError(prefix + u"no workflow task found for version: "_s + v->name);
        // RetryWorkflowTaskV4 needs a finished task: not one the 60-minute watcher gave up on.
        for (const V2Service &s : std::as_const(v->services)) {
            for (const V2Image &i : s.images) {
                if (i.inTask && (i.jobEndMs < 0 || i.jobEndMs > now))
                    return internalError(prefix + u"工作流任务状态无法重试"_s);
            }
        }
    }
    // K8s re-runs the same task (the jobs that did not pass); Helm pushes the charts again
    // and makes a new task for every pushed image.
    startTask(*v, !helm, now);
    v->status = u"retrying"_s; // the old error stays
    // Before 4.3.0 nobody watches a retried version: it stays "retrying" for ever.
    v->watching = generation() >= ApiGeneration::V4_3;
    if (v->watching && !m_watched.contains(v))
        m_watched.append(v);
    qCInfo(lcSimState) << "retrying v2 version" << v->name << v->id;
    SimResponse answer = success();
    if (helm)
        answer.delayMs = m_state.helmCreateDelayMs();
    return answer;
}

SimResponse SimV2::cliContext()
{
    QJsonObject answer{
        {u"user"_s, QJsonObject{{u"uid"_s, u"6f1b2c3d-0000-4000-8000-00000000a001"_s},
                                {u"name"_s, u"admin"_s},
                                {u"account"_s, u"admin"_s},
                                {u"identity_type"_s, u"system"_s}}},
        {u"request_id"_s, QString(u"sim-"_s + QString::number(++m_requestSeq))}};
    if (m_admin) {
        answer.insert(u"edition"_s, u"enterprise"_s);
        answer.insert(u"license_status"_s, m_state.m_licenceValid ? u"valid"_s : u"invalid"_s);
        answer.insert(u"features"_s, QJsonArray{u"delivery"_s, u"release_plan"_s});
        answer.insert(u"server_version"_s, u"5.0.0"_s);
    }
    return jsonResponse(200, answer);
}

SimResponse SimV2::renderedService(const SimRequest &request, bool production, bool values) const
{
    const QString key = param(request.query, u"projectKey"_s);
    const QString envName = param(request.query, u"envName"_s);
    const QString serviceName = param(request.query, u"serviceName"_s);
    if (key.isEmpty())
        return badRequest(u"projectKey can't be empty!"_s);
    if (envName.isEmpty())
        return badRequest(u"envName can't be empty!"_s);
    if (serviceName.isEmpty())
        return badRequest(u"serviceName can't be empty!"_s);
    const SimProject *project = m_state.project(key);
    const SimEnvironment *env = project ? project->environment(envName, production) : nullptr;
    if (!env) {
        return internalError(u"failed to find env, projectKey: %1, envName: %2, error: %3"_s.arg(
            key, envName, noDocuments()));
    }
    const SimService *service = env->service(serviceName);
    if (!service)
        return internalError(u"not found service %1 in env %2"_s.arg(serviceName, envName));
    return textResponse(200, values ? renderValues(*service, {}) : renderYaml(*env, *service, {}));
}

SimResponse SimV2::pods(const SimRequest &request, const QString &envKey,
                        const QString &serviceName) const
{
    const QString key = param(request.query, u"projectKey"_s);
    if (key.isEmpty())
        return badRequest(u"projectKey can't be empty"_s); // no "!" on this one
    const SimProject *project = m_state.project(key);
    const SimEnvironment *env = project ? project->environment(envKey, false) : nullptr;
    const SimService *service = env ? env->service(serviceName) : nullptr;
    if (!service) {
        return internalError(
            u"failed to find service %1 in env %2: %3"_s.arg(serviceName, envKey, noDocuments()));
    }
    QJsonArray containers;
    for (const SimContainer &c : service->containers)
        containers.append(QJsonObject{{u"name"_s, c.name}, {u"image"_s, c.image}});
    return jsonResponse(
        200, QJsonArray{QJsonObject{{u"name"_s, QString(serviceName + u"-5d8f7c9b4-x2k7q"_s)},
                                    {u"status"_s, u"Running"_s},
                                    {u"containers"_s, containers}}});
}

} // namespace zadig::sim
