#include "zadigclient.h"

#include "apirequest.h"
#include "clientsupport.h"
#include "decode.h"
#include "encode.h"

#include <QNetworkAccessManager>
#include <QUrlQuery>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace zadig {

using clientsupport::answerLater;
using clientsupport::wrongGeneration;

namespace {

// A path segment (version id, environment key) must not be able to add segments or a query.
QString segment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// 4.x/5.x insert the version before the steps that can still fail with a 500 (chart push, task
// creation), and a timed-out create may have gone through.
Callback<Done> flagMaybeCreated(Callback<Done> callback)
{
    return [callback = std::move(callback)](const Result<Done> &result) {
        if (!callback)
            return;
        if (!result.ok() &&
            (result.error().httpStatus >= 500 || result.error().kind == ApiError::Kind::Timeout)) {
            ApiError error = result.error();
            error.maybeCreated = true;
            callback(error);
            return;
        }
        callback(result);
    };
}

} // namespace

ZadigClient::ZadigClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_nam(nam ? nam : new QNetworkAccessManager(this))
{
    // An injected manager stays its owner's: taking it over would double-delete a manager
    // that lives on the stack or in a unique_ptr.
}

ZadigClient::~ZadigClient()
{
    const QList<ApiRequest *> requests = m_inFlight.keys();
    for (ApiRequest *request : requests)
        discard(request);
}

void ZadigClient::setBaseUrl(const QUrl &url)
{
    const bool changed = url != m_baseUrl;
    m_baseUrl = url;
    if (!changed)
        return;
    m_multiplexes = false;
#if QT_CONFIG(ssl)
    m_tls.forgetSession();
#endif
    // Another server: what was detected is not known of it, and a detection in flight asked
    // the old one.
    if (m_generation != ServerGeneration::Unknown) {
        changeGeneration(ServerGeneration::Unknown);
    } else {
        ++m_generationEpoch;
        m_detecting = false;
    }
    if (!m_generationWaiters.isEmpty())
        startDetection();
}

void ZadigClient::setToken(const QString &token)
{
    m_token = token;
}

void ZadigClient::setCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_tls.setCaCertificates(certificates);
}

void ZadigClient::setPinnedCertificates(const QStringList &fingerprints)
{
    m_tls.setPinnedCertificates(fingerprints);
}

QString ZadigClient::fingerprint(const QSslCertificate &certificate)
{
    return TlsPolicy::fingerprint(certificate);
}

QString ZadigClient::normalisedFingerprint(const QString &fingerprint)
{
    return TlsPolicy::normalisedFingerprint(fingerprint);
}

void ZadigClient::preconnect()
{
    if (!m_baseUrl.isValid() || m_baseUrl.host().isEmpty())
        return;
    if (m_baseUrl.scheme() == "https"_L1) {
#if QT_CONFIG(ssl)
        if (!m_tls.hasPins()) {
            // Qt keeps connections that may speak HTTP/2 apart from those that may not, and a
            // call may by default: a preconnection that does not offer it is never used.
            QSslConfiguration configuration = m_tls.connectionConfiguration(m_baseUrl);
            configuration.setAllowedNextProtocols(
                {QSslConfiguration::ALPNProtocolHTTP2, QSslConfiguration::NextProtocolHttp1_1});
            m_nam->connectToHostEncrypted(m_baseUrl.host(), quint16(effectivePort(m_baseUrl)),
                                          configuration);
        }
#endif
        return;
    }
    m_nam->connectToHost(m_baseUrl.host(), quint16(effectivePort(m_baseUrl)));
}

int ZadigClient::pendingCount() const
{
    const auto probes = std::count_if(m_inFlight.cbegin(), m_inFlight.cend(),
                                      [](const Tracked &call) { return call.probe; });
    return int(m_inFlight.size() - probes + m_generationWaiters.size());
}

void ZadigClient::abortAll()
{
    // Calls waiting for a detection are aborted too (no callback), and so is the detection.
    const bool waiting = !m_generationWaiters.isEmpty();
    m_generationWaiters.clear();
    if (m_detecting) {
        m_detecting = false;
        ++m_generationEpoch;
    }
    if (m_inFlight.isEmpty()) {
        if (waiting)
            Q_EMIT pendingCountChanged(pendingCount());
        Q_EMIT abortedAll();
        return;
    }
    const QList<ApiRequest *> requests = m_inFlight.keys();
    for (ApiRequest *request : requests)
        discard(request);
    Q_EMIT pendingCountChanged(pendingCount());
    Q_EMIT abortedAll();
}

void ZadigClient::cancel(const QString &staleKey)
{
    if (staleKey.isEmpty())
        return;
    // A call still waiting for the generation is in flight too: it must not go out later.
    const auto waiting = m_generationWaiters.removeIf(
        [&staleKey](const GenerationWaiter &waiter) { return waiter.staleKey == staleKey; });
    ApiRequest *request = m_byStaleKey.value(staleKey);
    if (request)
        discard(request);
    if (request || waiting > 0)
        Q_EMIT pendingCountChanged(pendingCount());
}

QUrl ZadigClient::makeUrl(const QString &path,
                          const QList<std::pair<QString, QString>> &query) const
{
    QUrl url = m_baseUrl;
    // A base URL may carry a prefix (https://host/zadig) behind a reverse proxy.
    QString prefix = url.path(QUrl::FullyEncoded);
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path, QUrl::TolerantMode);
    url.setFragment(QString());
    // QUrlQuery leaves '+' (read as a space by Go) and friends alone: encode every value first.
    QUrlQuery urlQuery;
    for (const auto &[key, value] : query)
        urlQuery.addQueryItem(segment(key), segment(value));
    url.setQuery(urlQuery);
    return url;
}

void ZadigClient::send(Verb verb, const QUrl &url, const QByteArray &body, int timeoutMs,
                       QObject *context, const QString &staleKey, RawHandler handler, bool probe)
{
    if (!staleKey.isEmpty()) {
        if (ApiRequest *older = m_byStaleKey.value(staleKey))
            discard(older);
    }

    ApiRequest::Spec spec;
    spec.id = m_nextRequestId++;
    spec.method = verb == Verb::Post ? "POST" : verb == Verb::Delete ? "DELETE" : "GET";
    spec.url = url;
    spec.body = body;
    spec.token = m_token;
    spec.timeoutMs = timeoutMs;
    spec.maxBodySize = m_maxBodySize;
    auto *request = new ApiRequest(std::move(spec), &m_tls, this);
    m_inFlight.insert(request, {context, context != nullptr, staleKey, std::move(handler), probe});
    if (!staleKey.isEmpty())
        m_byStaleKey.insert(staleKey, request);
    connect(request, &ApiRequest::finished, this,
            [this, request](const Result<QByteArray> &result, int status) {
                finish(request, result, status);
            });
    // Someone else deleted the reply (the manager went away): no answer will come.
    connect(request, &ApiRequest::lost, this, [this, request] {
        if (!m_inFlight.contains(request))
            return;
        forget(request);
        request->deleteLater();
        Q_EMIT pendingCountChanged(pendingCount());
    });
    request->start(m_nam);
    Q_EMIT pendingCountChanged(pendingCount());
}

void ZadigClient::forget(ApiRequest *request)
{
    const auto it = m_inFlight.find(request);
    if (it == m_inFlight.end())
        return;
    if (!it->staleKey.isEmpty() && m_byStaleKey.value(it->staleKey) == request)
        m_byStaleKey.remove(it->staleKey);
    m_inFlight.erase(it);
}

void ZadigClient::discard(ApiRequest *request)
{
    if (!m_inFlight.contains(request))
        return;
    qCDebug(lcApi).nospace() << '#' << request->id() << ' ' << request->method() << ' '
                             << request->path() << " abandoned";
    forget(request);
    request->abandon();
    request->deleteLater();
}

void ZadigClient::finish(ApiRequest *request, const Result<QByteArray> &result, int status)
{
    request->deleteLater();
    const auto it = m_inFlight.find(request);
    if (it == m_inFlight.end())
        return;
    // A copy, not a move: forget() needs the stale key to drop the request from m_byStaleKey,
    // or a later call with that key would discard whatever request reuses its address.
    const Tracked call = *it;
    forget(request);

    if (status > 0) {
        m_multiplexes = request->multiplexed();
#if QT_CONFIG(ssl)
        m_tls.rememberSession(request->answeredUrl(), request->sessionTicket());
#endif
    }
    Q_EMIT pendingCountChanged(pendingCount());
    const auto &certificate = request->rejectedCertificate();
    if (!result.ok() && result.error().kind == ApiError::Kind::Tls && certificate &&
        !certificate->isNull()) {
        // Queued: a slot may open a dialog, which must not run inside this reply's signal.
        QMetaObject::invokeMethod(
            this,
            [this, certificate = *certificate, errors = request->rejectedErrors(),
             host = request->host()] { Q_EMIT certificateRejected(certificate, errors, host); },
            Qt::QueuedConnection);
    }
    if (!result.ok() && !call.probe && (status == 404 || status == 405) &&
        request->path().contains("/openapi/delivery/"_L1) &&
        m_generation != ServerGeneration::Unknown) {
        // A route of the detected generation is missing: the server changed behind this URL
        // (or was misdetected). The next call that needs the generation detects it again.
        qCInfo(lcApi).nospace() << '#' << request->id() << " contradicts the detected "
                                << generationName(m_generation) << "; detecting again";
        changeGeneration(ServerGeneration::Unknown);
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT generationContradicted(); }, Qt::QueuedConnection);
    }
    if (call.hasContext && !call.context)
        return;
    // Last: the handler may destroy this client.
    call.handler(result, status);
}

template<typename T, typename Decoder>
void ZadigClient::call(Verb verb, const QUrl &url, const QByteArray &body, int timeoutMs,
                       QObject *context, Callback<T> callback, Decoder decoder,
                       const QString &staleKey)
{
    send(verb, url, body, timeoutMs, context, staleKey,
         [callback = std::move(callback), decoder, path = url.path()](const Result<QByteArray> &raw,
                                                                      int status) {
             if (!callback)
                 return;
             if (!raw) {
                 callback(raw.error());
                 return;
             }
             auto decoded = decode::fromBytes(raw.value(), decoder);
             if (decoded.ok()) {
                 callback(decoded);
                 return;
             }
             ApiError error = decoded.error();
             error.httpStatus = status;
             // Logged like a failed transfer: an answer of the wrong shape is otherwise silent.
             qCInfo(lcApi).nospace()
                 << path << " -> " << status << " could not be read: " << error.detail;
             callback(error);
         });
}

template<typename T, typename Decoder>
void ZadigClient::get(const QUrl &url, QObject *context, Callback<T> callback, Decoder decoder,
                      const QString &staleKey)
{
    call<T>(Verb::Get, url, QByteArray(), m_timeoutMs, context, std::move(callback), decoder,
            staleKey);
}

void ZadigClient::listVersions(const QString &projectKey, int pageNum, int pageSize,
                               QObject *context, Callback<VersionPage> callback,
                               const QString &staleKey)
{
    const QUrl url =
        makeUrl(u"/openapi/delivery/releases"_s, {{u"projectKey"_s, projectKey},
                                                  {u"pageNum"_s, QString::number(pageNum)},
                                                  {u"pageSize"_s, QString::number(pageSize)}});
    // Same route on every generation: no need to wait for a detection. While it is unknown the
    // page itself tells which rules read it.
    if (isV2Api(m_generation))
        get<VersionPage>(url, context, std::move(callback), decode::versionPageV2, staleKey);
    else if (m_generation == ServerGeneration::Zadig3)
        get<VersionPage>(url, context, std::move(callback), decode::versionPage, staleKey);
    else
        get<VersionPage>(url, context, std::move(callback), decode::versionPageOfEitherGeneration,
                         staleKey);
}

void ZadigClient::versionDetail(const QString &projectKey, const QString &id, QObject *context,
                                Callback<VersionDetail> callback, const QString &staleKey)
{
    versionDetail(projectKey, id, QString(), context, std::move(callback), staleKey);
}

void ZadigClient::versionDetail(const QString &projectKey, const QString &id,
                                const QString &versionName, QObject *context,
                                Callback<VersionDetail> callback, const QString &staleKey)
{
    withGeneration(
        context,
        [=, this,
         callback = std::move(callback)](const Result<ServerGeneration> &generation) mutable {
            if (!generation) {
                answerLater(context, this, std::move(callback), generation.error());
                return;
            }
            if (!isV2Api(generation.value())) {
                const QUrl url = makeUrl(u"/openapi/delivery/releases/"_s + segment(id),
                                         {{u"projectKey"_s, projectKey}});
                get<VersionDetail>(url, context, std::move(callback), decode::versionDetail,
                                   staleKey);
                return;
            }
            if (versionName.isEmpty()) {
                answerLater(context, this, std::move(callback),
                            wrongGeneration(u"A detail by id without the version's name"_s,
                                            generation.value()));
                return;
            }
            const QUrl url =
                makeUrl(u"/openapi/delivery/releases/detail"_s,
                        {{u"projectKey"_s, projectKey}, {u"versionName"_s, versionName}});
            // The v2 detail has no id; the caller's (from the list) identifies it for delete/retry.
            get<VersionDetail>(
                url, context,
                [id, callback = std::move(callback)](const Result<VersionDetail> &result) {
                    if (!callback)
                        return;
                    if (!result.ok() || !result->info.id.isEmpty()) {
                        callback(result);
                        return;
                    }
                    VersionDetail detail = result.value();
                    detail.info.id = id;
                    callback(detail);
                },
                decode::versionDetailV2, staleKey);
        },
        staleKey);
}

void ZadigClient::deleteVersion(const QString &projectKey, const QString &id, QObject *context,
                                Callback<Done> callback)
{
    // Same route on every generation, but a 2.3-3.4 id means nothing to 4.x (its migration gave
    // every version a new id) and the delete would answer success for nothing.
    withGeneration(context, [=, this, callback = std::move(callback)](
                                const Result<ServerGeneration> &generation) mutable {
        if (!generation) {
            answerLater(context, this, std::move(callback), generation.error());
            return;
        }
        const QUrl url = makeUrl(u"/openapi/delivery/releases/"_s + segment(id),
                                 {{u"projectKey"_s, projectKey}});
        call<Done>(Verb::Delete, url, QByteArray(), m_timeoutMs, context, std::move(callback),
                   decode::success);
    });
}

void ZadigClient::postCreate(bool v2Body, const QString &what, const QString &path,
                             const QByteArray &body, int timeoutMs, QObject *context,
                             Callback<Done> callback)
{
    withGeneration(context, [=, this, callback = std::move(callback)](
                                const Result<ServerGeneration> &generation) mutable {
        if (!generation || isV2Api(generation.value()) != v2Body) {
            answerLater(context, this, std::move(callback),
                        generation ? wrongGeneration(what, generation.value())
                                   : generation.error());
            return;
        }
        call<Done>(Verb::Post, makeUrl(path, {}), body, timeoutMs, context,
                   v2Body ? flagMaybeCreated(std::move(callback)) : std::move(callback),
                   decode::success);
    });
}

void ZadigClient::createK8sVersion(const CreateK8sVersionRequest &request, QObject *context,
                                   Callback<Done> callback)
{
    postCreate(false, u"A Zadig 2.3–3.4 K8s create"_s, u"/openapi/delivery/releases/k8s"_s,
               encode::toJson(encode::createK8sBody(request)), m_timeoutMs, context,
               std::move(callback));
}

void ZadigClient::createHelmVersion(const CreateHelmVersionRequest &request, QObject *context,
                                    Callback<Done> callback)
{
    // The server packages and pushes every chart before it answers.
    postCreate(false, u"A Zadig 2.3–3.4 Helm create"_s, u"/openapi/delivery/releases/helm"_s,
               encode::toJson(encode::createHelmBody(request)), m_longTimeoutMs, context,
               std::move(callback));
}

void ZadigClient::createK8sVersionV2(const CreateK8sVersionV2Request &request, QObject *context,
                                     Callback<Done> callback)
{
    postCreate(true, u"A Zadig 4.x/5.x K8s create"_s, u"/openapi/delivery/releases/k8s"_s,
               encode::toJson(encode::createK8sBodyV2(request)), m_timeoutMs, context,
               std::move(callback));
}

void ZadigClient::createHelmVersionV2(const CreateHelmVersionV2Request &request, QObject *context,
                                      Callback<Done> callback)
{
    // Charts are downloaded, packaged and pushed inside the POST.
    postCreate(true, u"A Zadig 4.x/5.x Helm create"_s, u"/openapi/delivery/releases/helm"_s,
               encode::toJson(encode::createHelmBodyV2(request)), m_longTimeoutMs, context,
               std::move(callback));
}

void ZadigClient::retryVersion(const RetryVersionRequest &request, QObject *context,
                               Callback<Done> callback)
{
    withGeneration(context, [=, this, callback = std::move(callback)](
                                const Result<ServerGeneration> &generation) mutable {
        if (!generation) {
            answerLater(context, this, std::move(callback), generation.error());
            return;
        }
        if (isV2Api(generation.value())) {
            // Helm re-pushes its charts inside the call; K8s re-runs the task.
            const QUrl url =
                makeUrl(u"/openapi/delivery/releases/retry"_s,
                        {{u"id"_s, request.id}, {u"projectKey"_s, request.projectKey}});
            call<Done>(Verb::Post, url, QByteArray(), m_longTimeoutMs, context, std::move(callback),
                       decode::success);
            return;
        }
        // 2.3-3.4: a create of the same name with retry:true; the server only needs an existing
        // environment of the right kind, the images it distributes again are the version's own.
        CreateVersionCommon common;
        common.projectKey = request.projectKey;
        common.versionName = request.versionName;
        common.retry = true;
        common.envName = request.envName;
        common.production = request.production;
        if (request.type == VersionType::HelmChart) {
            CreateHelmVersionRequest helm;
            helm.common = common;
            call<Done>(Verb::Post, makeUrl(u"/openapi/delivery/releases/helm"_s, {}),
                       encode::toJson(encode::createHelmBody(helm)), m_longTimeoutMs, context,
                       std::move(callback), decode::success);
        } else {
            CreateK8sVersionRequest k8s;
            k8s.common = common;
            call<Done>(Verb::Post, makeUrl(u"/openapi/delivery/releases/k8s"_s, {}),
                       encode::toJson(encode::createK8sBody(k8s)), m_timeoutMs, context,
                       std::move(callback), decode::success);
        }
    });
}

void ZadigClient::listProjects(int pageNum, int pageSize, QObject *context,
                               Callback<ProjectPage> callback)
{
    const QUrl url =
        makeUrl(u"/openapi/projects/project"_s, {{u"pageNum"_s, QString::number(pageNum)},
                                                 {u"pageSize"_s, QString::number(pageSize)}});
    get<ProjectPage>(url, context, std::move(callback), decode::projectPage);
}

void ZadigClient::listEnvironments(const QString &projectKey, bool production, QObject *context,
                                   Callback<QList<Environment>> callback)
{
    const QUrl url =
        makeUrl(production ? u"/openapi/environments/production"_s : u"/openapi/environments"_s,
                {{u"projectKey"_s, projectKey}});
    get<QList<Environment>>(url, context, std::move(callback), decode::environments);
}

void ZadigClient::environmentDetail(const QString &projectKey, const QString &envKey,
                                    bool production, QObject *context,
                                    Callback<EnvironmentDetail> callback)
{
    const QString base =
        production ? u"/openapi/environments/production/"_s : u"/openapi/environments/"_s;
    const QUrl url = makeUrl(base + segment(envKey), {{u"projectKey"_s, projectKey}});
    get<EnvironmentDetail>(url, context, std::move(callback), decode::environmentDetail);
}

void ZadigClient::listRegistries(QObject *context, Callback<QList<Registry>> callback)
{
    get<QList<Registry>>(makeUrl(u"/openapi/system/registry"_s, {}), context, std::move(callback),
                         decode::registries);
}

void ZadigClient::renderedService(const QString &projectKey, const QString &envName,
                                  bool production, const QString &serviceName, bool values,
                                  QObject *context, Callback<QString> callback)
{
    const QString path = (production ? u"/openapi/environments/production/service/"_s
                                     : u"/openapi/environments/service/"_s) +
                         (values ? u"values"_s : u"yaml"_s);
    const QUrl url = makeUrl(
        path,
        {{u"projectKey"_s, projectKey}, {u"envName"_s, envName}, {u"serviceName"_s, serviceName}});
    getText(url, context, std::move(callback));
}

void ZadigClient::listChartRepos(const QString &projectKey, QObject *context,
                                 Callback<QList<ChartRepo>> callback)
{
    const QUrl url = makeUrl(u"/api/aslan/system/helm/project"_s, {{u"projectName"_s, projectKey}});
    get<QList<ChartRepo>>(url, context, std::move(callback), decode::chartRepos);
}

void ZadigClient::chartVersions(const QStringList &chartNames, const QString &chartRepoName,
                                QObject *context, Callback<QList<ChartVersion>> callback)
{
    const QUrl url =
        makeUrl(u"/api/aslan/delivery/releases/helm/charts/version"_s,
                {{u"chartName"_s, chartNames.join(u',')}, {u"chartRepoName"_s, chartRepoName}});
    get<QList<ChartVersion>>(url, context, std::move(callback), decode::chartVersions);
}

void ZadigClient::checkVersionName(const QString &projectKey, const QString &versionName,
                                   QObject *context, Callback<NameAvailability> callback)
{
    const QUrl url = makeUrl(u"/api/aslan/delivery/releases/check"_s,
                             {{u"projectName"_s, projectKey}, {u"version"_s, versionName}});
    send(Verb::Get, url, QByteArray(), m_timeoutMs, context, QString(),
         [callback = std::move(callback)](const Result<QByteArray> &raw, int) {
             if (!callback)
                 return;
             // The answer body does not matter: the status says it all.
             if (raw.ok())
                 callback(NameAvailability::Free);
             else if (raw.error().httpStatus == 400 && raw.error().serverCode == 6566)
                 callback(NameAvailability::Taken);
             else
                 callback(raw.error());
         });
}

} // namespace zadig
