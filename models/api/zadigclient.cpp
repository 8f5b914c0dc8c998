#include "zadigclient.h"

#include "decode.h"
#include "encode.h"
#include "errors.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include <QCryptographicHash>

#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#include <QSslError>
#endif

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace zadig {
namespace {

Q_LOGGING_CATEGORY(lcApi, "zadig.api")

// A path segment (version id, environment key) must not be able to add segments or a query.
QString segment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// The overall deadline: twice the inactivity timeout, so a large honest answer on a slow link
// still fits while a server trickling a byte a second cannot keep a call alive forever.
int deadlineFor(int timeoutMs)
{
    return int(std::min<qint64>(2ll * std::max(timeoutMs, 1), std::numeric_limits<int>::max()));
}

int defaultPort(const QUrl &url)
{
    return url.port(url.scheme() == "https"_L1 ? 443 : 80);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && defaultPort(a) == defaultPort(b);
}

QString userAgent()
{
    return u"ZadigDesk/" ZADIG_VERSION_STRING " (Qt "_s + QString::fromLatin1(qVersion()) + u')';
}

// An error page that echoes request headers (some proxies do) must not carry the token into
// logs or dialogs.
ApiError redacted(ApiError error, const QString &token)
{
    const auto mask = u"[token]"_s;
    error.detail.replace(token, mask);
    error.serverMessage.replace(token, mask);
    error.serverDescription.replace(token, mask);
    return error;
}

#if QT_CONFIG(ssl)
// The system's CAs plus the connection's own.
QSslConfiguration tlsConfiguration(const QList<QSslCertificate> &extraCas)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!extraCas.isEmpty())
        configuration.addCaCertificates(extraCas);
    return configuration;
}

// The server's own certificate; the errors name it too when the configuration does not (yet).
QSslCertificate peerCertificate(const QNetworkReply *reply, const QList<QSslError> &errors)
{
    QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    for (qsizetype i = 0; peer.isNull() && i < errors.size(); ++i)
        peer = errors.at(i).certificate();
    return peer;
}
#endif

ApiError makeError(ApiError::Kind kind, const QString &detail, int httpStatus = 0)
{
    ApiError error;
    error.kind = kind;
    error.httpStatus = httpStatus;
    error.detail = detail;
    return error;
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
    const QList<QNetworkReply *> replies = m_pending.keys();
    for (QNetworkReply *reply : replies)
        discard(reply);
}

void ZadigClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

void ZadigClient::setToken(const QString &token)
{
    m_token = token;
}

void ZadigClient::setCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_caCertificates = certificates;
#if QT_CONFIG(ssl)
    // Built once here rather than for every request; none without extra CAs (see Pending).
    m_tlsConfiguration.reset();
    if (!certificates.isEmpty())
        m_tlsConfiguration = tlsConfiguration(certificates);
#endif
}

void ZadigClient::setPinnedCertificates(const QStringList &fingerprints)
{
    m_pinned.clear();
    for (const QString &fingerprint : fingerprints) {
        const QString normalised = normalisedFingerprint(fingerprint);
        if (!normalised.isEmpty() && !m_pinned.contains(normalised))
            m_pinned.append(normalised);
    }
}

QString ZadigClient::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return QString();
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

QString ZadigClient::normalisedFingerprint(const QString &fingerprint)
{
    QString hex;
    hex.reserve(64);
    for (const QChar c : fingerprint) {
        if (c == u':' || c.isSpace())
            continue;
        const QChar lower = c.toLower();
        const bool hexDigit = (lower >= u'0' && lower <= u'9') || (lower >= u'a' && lower <= u'f');
        if (!hexDigit)
            return QString(); // not a fingerprint at all
        hex.append(lower);
    }
    return hex.size() == 64 ? hex : QString();
}

void ZadigClient::preconnect()
{
    if (!m_baseUrl.isValid() || m_baseUrl.host().isEmpty())
        return;
    if (m_baseUrl.scheme() == "https"_L1) {
#if QT_CONFIG(ssl)
        if (m_pinned.isEmpty())
            m_nam->connectToHostEncrypted(m_baseUrl.host(), quint16(defaultPort(m_baseUrl)),
                                          tlsConfiguration(m_caCertificates));
#endif
        return;
    }
    m_nam->connectToHost(m_baseUrl.host(), quint16(defaultPort(m_baseUrl)));
}

void ZadigClient::abortAll()
{
    if (m_pending.isEmpty())
        return;
    const QList<QNetworkReply *> replies = m_pending.keys();
    for (QNetworkReply *reply : replies)
        discard(reply);
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
                       QObject *context, const QString &staleKey, RawHandler handler)
{
    if (!staleKey.isEmpty()) {
        if (QNetworkReply *older = m_byStaleKey.value(staleKey))
            discard(older);
    }

    QNetworkRequest request(url);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
#if QT_CONFIG(ssl)
    if (m_tlsConfiguration && url.scheme() == "https"_L1)
        request.setSslConfiguration(*m_tlsConfiguration);
#endif

    Pending pending;
    pending.id = m_nextRequestId++;
    QNetworkReply *reply = nullptr;
    switch (verb) {
    case Verb::Get:
        pending.method = "GET";
        reply = m_nam->get(request);
        break;
    case Verb::Post:
        pending.method = "POST";
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        reply = m_nam->post(request, body);
        break;
    case Verb::Delete:
        pending.method = "DELETE";
        reply = m_nam->deleteResource(request);
        break;
    }
    pending.context = context;
    pending.hasContext = context != nullptr;
    pending.staleKey = staleKey;
    pending.path = url.path();
    pending.host = url.host();
    pending.started = QDateTime::currentMSecsSinceEpoch();
    pending.handler = std::move(handler);
    qCDebug(lcApi).nospace() << '#' << pending.id << ' ' << pending.method << ' ' << pending.path
                             << " sent";
    m_pending.insert(reply, std::move(pending));
    if (!staleKey.isEmpty())
        m_byStaleKey.insert(staleKey, reply);

    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });
    connect(reply, &QNetworkReply::redirected, this, [this, reply](const QUrl &target) {
        const auto it = m_pending.find(reply);
        if (it == m_pending.end())
            return;
        const QUrl from = reply->request().url();
        const QUrl to = from.resolved(target);
        if (sameOrigin(from, to)) {
            ++it->redirects;
            Q_EMIT reply->redirectAllowed();
            return;
        }
        it->redirectRefused = true;
        it->redirectTarget = to.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        reply->abort(); // finishes synchronously: `it` is gone after this
    });
    const auto capBody = [this, reply](qint64 received, qint64 total) {
        // What is buffered counts too: a compressed answer inflates beyond what was received on
        // the wire.
        if (received <= m_maxBodySize && total <= m_maxBodySize &&
            reply->bytesAvailable() <= m_maxBodySize)
            return;
        const auto it = m_pending.find(reply);
        if (it == m_pending.end())
            return;
        it->tooLarge = true;
        reply->abort();
    };
    connect(reply, &QNetworkReply::downloadProgress, this, capBody);
    // Qt emits downloadProgress at most every 100 ms, so none may follow the last bytes before a
    // server falls silent; readyRead comes with every delivery, and the headers announce a length.
    const auto capDeclared = [reply, capBody] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        capBody(0, length.isValid() ? length.toLongLong() : -1);
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, capDeclared);
    connect(reply, &QNetworkReply::readyRead, this, capDeclared);
#if QT_CONFIG(ssl)
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        const auto it = m_pending.find(reply);
        if (it == m_pending.end())
            return;
        const QSslCertificate peer = peerCertificate(reply, errors);
        const QString fingerprint = ZadigClient::fingerprint(peer);
        if (!fingerprint.isEmpty() && m_pinned.contains(fingerprint)) {
            // The user trusted exactly this certificate for this connection.
            qCDebug(lcApi).nospace() << '#' << it->id << " pinned certificate " << fingerprint
                                     << " accepted despite " << errors.size() << " error(s)";
            reply->ignoreSslErrors(errors);
            return;
        }
        QStringList texts;
        for (const QSslError &error : errors)
            texts.append(error.errorString());
        it->tlsErrors = texts.join("; "_L1);
        it->tlsCertificate = peer;
        it->tlsErrorList = errors;
        qCInfo(lcApi).nospace() << '#' << it->id << " certificate of " << it->host << " ("
                                << fingerprint << ") rejected: " << it->tlsErrors;
        // Not ignored: the handshake fails and the call ends with Kind::Tls.
    });
#endif
    // Someone else deleting the reply (the manager going away) must not leave a dangling key.
    connect(reply, &QObject::destroyed, this, [this, reply] {
        const auto it = m_pending.find(reply);
        if (it == m_pending.end())
            return;
        if (m_byStaleKey.value(it->staleKey) == reply)
            m_byStaleKey.remove(it->staleKey);
        m_pending.erase(it);
        Q_EMIT pendingCountChanged(pendingCount());
    });

    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, reply] {
        const auto it = m_pending.find(reply);
        if (it == m_pending.end())
            return;
        it->timedOut = true;
        reply->abort();
    });
    deadline->start(deadlineFor(timeoutMs));

    Q_EMIT pendingCountChanged(pendingCount());
}

void ZadigClient::discard(QNetworkReply *reply)
{
    const auto it = m_pending.find(reply);
    if (it == m_pending.end())
        return;
    qCDebug(lcApi).nospace() << '#' << it->id << ' ' << it->method << ' ' << it->path
                             << " abandoned";
    if (!it->staleKey.isEmpty() && m_byStaleKey.value(it->staleKey) == reply)
        m_byStaleKey.remove(it->staleKey);
    m_pending.erase(it);
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void ZadigClient::finish(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_pending.find(reply);
    if (it == m_pending.end())
        return;
    const Pending pending = std::move(*it);
    m_pending.erase(it);
    if (!pending.staleKey.isEmpty() && m_byStaleKey.value(pending.staleKey) == reply)
        m_byStaleKey.remove(pending.staleKey);

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    Result<QByteArray> result = outcome(reply, pending, status);
    if (!result.ok() && !m_token.isEmpty())
        result = redacted(result.error(), m_token);
    const qint64 ms = QDateTime::currentMSecsSinceEpoch() - pending.started;
    if (result.ok()) {
        qCDebug(lcApi).nospace() << '#' << pending.id << ' ' << pending.method << ' '
                                 << pending.path << " -> " << status << ' ' << ms << " ms";
    } else {
        qCInfo(lcApi).nospace() << '#' << pending.id << ' ' << pending.method << ' ' << pending.path
                                << " -> " << status << ' ' << ms << " ms "
                                << ApiError::kindName(result.error().kind) << ": "
                                << result.error().detail;
    }

    Q_EMIT pendingCountChanged(pendingCount());
    if (!result.ok() && result.error().kind == ApiError::Kind::Tls && pending.tlsCertificate &&
        !pending.tlsCertificate->isNull()) {
        // Queued: a slot may open a dialog, which must not run inside this reply's signal.
        QMetaObject::invokeMethod(
            this,
            [this, certificate = *pending.tlsCertificate, errors = pending.tlsErrorList,
             host = pending.host] { Q_EMIT certificateRejected(certificate, errors, host); },
            Qt::QueuedConnection);
    }
    if (pending.hasContext && !pending.context)
        return;
    // Last: the handler may destroy this client.
    pending.handler(result, status);
}

Result<QByteArray> ZadigClient::outcome(QNetworkReply *reply, const Pending &pending,
                                        int status) const
{
    using Kind = ApiError::Kind;
    const auto tooLarge = [&] {
        return makeError(Kind::BadResponse,
                         u"the answer is too large (more than %1 bytes)"_s.arg(m_maxBodySize),
                         status);
    };
    if (pending.tooLarge)
        return tooLarge();
    if (pending.redirectRefused)
        return makeError(Kind::Server,
                         u"refused a redirect to another origin: %1"_s.arg(pending.redirectTarget),
                         status);
    if (pending.timedOut)
        return makeError(Kind::Timeout, u"no complete answer before the deadline"_s, status);

    const QNetworkReply::NetworkError error = reply->error();
    // Our own aborts (stale, abortAll, destructor) never get here: they are forgotten first, and
    // the deadline, size and redirect aborts are flagged above. An OperationCanceledError that
    // still arrives is Qt's transfer timeout firing.
    if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
        return makeError(Kind::Timeout, u"no data for a whole transfer timeout"_s, status);
    if (error == QNetworkReply::SslHandshakeFailedError || !pending.tlsErrors.isEmpty())
        return makeError(Kind::Tls,
                         pending.tlsErrors.isEmpty() ? reply->errorString() : pending.tlsErrors);
    // A redirect loop ends with the last hop's 3xx (or, depending on the verb, a bare 100 and no
    // error at all): never a final answer.
    const bool redirectStatus = (status > 0 && status < 200) || (status >= 300 && status < 400);
    if (error == QNetworkReply::TooManyRedirectsError ||
        error == QNetworkReply::InsecureRedirectError || redirectStatus) {
        const QString text =
            error == QNetworkReply::TooManyRedirectsError || pending.redirects > 0 ||
                    reply->hasRawHeader("Location")
                ? u"the server kept redirecting and never gave a final answer (%1 redirects, "
                  "HTTP %2)"_s.arg(pending.redirects)
                : u"the server never gave a final answer, only HTTP %1"_s;
        return makeError(Kind::Server, text.arg(status), status);
    }
    // Connection and proxy errors (1-199); with a status they broke the answer half-way.
    if (status == 0 ||
        (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied))
        return makeError(Kind::Network, reply->errorString(), status);

    const QByteArray body = reply->readAll();
    if (body.size() > m_maxBodySize)
        return tooLarge();
    if (status >= 200 && status < 300) {
        // A 2xx whose body Qt could not deliver (Content-Encoding that does not inflate, or
        // inflates like a decompression bomb) is not a success with an empty body.
        if (error != QNetworkReply::NoError) {
            const QString text = reply->hasRawHeader("Content-Encoding")
                                     ? u"the compressed answer could not be unpacked (%1)"_s
                                     : u"the answer could not be read (%1)"_s;
            return makeError(Kind::BadResponse, text.arg(reply->errorString()), status);
        }
        return body;
    }
    return errorFromHttp(status, body, pending.path);
}

template<typename T, typename Decoder>
void ZadigClient::call(Verb verb, const QUrl &url, const QByteArray &body, int timeoutMs,
                       QObject *context, Callback<T> callback, Decoder decoder,
                       const QString &staleKey)
{
    send(verb, url, body, timeoutMs, context, staleKey,
         [callback = std::move(callback), decoder](const Result<QByteArray> &raw, int status) {
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
    get<VersionPage>(url, context, std::move(callback), decode::versionPage, staleKey);
}

void ZadigClient::versionDetail(const QString &projectKey, const QString &id, QObject *context,
                                Callback<VersionDetail> callback, const QString &staleKey)
{
    const QUrl url =
        makeUrl(u"/openapi/delivery/releases/"_s + segment(id), {{u"projectKey"_s, projectKey}});
    get<VersionDetail>(url, context, std::move(callback), decode::versionDetail, staleKey);
}

void ZadigClient::deleteVersion(const QString &projectKey, const QString &id, QObject *context,
                                Callback<Done> callback)
{
    const QUrl url =
        makeUrl(u"/openapi/delivery/releases/"_s + segment(id), {{u"projectKey"_s, projectKey}});
    call<Done>(Verb::Delete, url, QByteArray(), m_timeoutMs, context, std::move(callback),
               decode::success);
}

void ZadigClient::createK8sVersion(const CreateK8sVersionRequest &request, QObject *context,
                                   Callback<Done> callback)
{
    call<Done>(Verb::Post, makeUrl(u"/openapi/delivery/releases/k8s"_s, {}),
               encode::toJson(encode::createK8sBody(request)), m_timeoutMs, context,
               std::move(callback), decode::success);
}

void ZadigClient::createHelmVersion(const CreateHelmVersionRequest &request, QObject *context,
                                    Callback<Done> callback)
{
    // The server packages and pushes every chart before it answers.
    call<Done>(Verb::Post, makeUrl(u"/openapi/delivery/releases/helm"_s, {}),
               encode::toJson(encode::createHelmBody(request)), m_longTimeoutMs, context,
               std::move(callback), decode::success);
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
