#include "apirequest.h"

#include "errors.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace zadig {

Q_LOGGING_CATEGORY(lcApi, "zadig.api")

namespace {

// Same-origin redirects followed before the call is given up as a loop. Zadig itself never
// redirects an API call; a proxy in front of it may add a hop or two.
constexpr int MaxRedirects = 10;

// The overall deadline: twice the inactivity timeout, so a large honest answer on a slow link
// still fits while a server trickling a byte a second cannot keep a call alive forever.
int deadlineFor(int timeoutMs)
{
    return int(std::min<qint64>(2ll * std::max(timeoutMs, 1), std::numeric_limits<int>::max()));
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

ApiError makeError(ApiError::Kind kind, const QString &detail, int httpStatus)
{
    ApiError error;
    error.kind = kind;
    error.httpStatus = httpStatus;
    error.detail = detail;
    return error;
}

} // namespace

int effectivePort(const QUrl &url)
{
    return url.port(url.scheme() == "https"_L1 ? 443 : 80);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           effectivePort(a) == effectivePort(b);
}

ApiRequest::ApiRequest(Spec spec, const TlsPolicy *tls, QObject *parent)
    : QObject(parent), m_spec(std::move(spec)), m_tls(tls)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        m_reply->abort(); // finishes synchronously: nothing of this request is used after it
    });
}

ApiRequest::~ApiRequest()
{
    abandon();
}

void ApiRequest::start(QNetworkAccessManager *nam)
{
    m_nam = nam;
    m_started = QDateTime::currentMSecsSinceEpoch();
    send();
    // One deadline for the whole call, a resend included.
    m_deadline.start(deadlineFor(m_spec.timeoutMs));
}

void ApiRequest::send()
{
    QNetworkAccessManager *nam = m_nam;
    QNetworkRequest request(m_spec.url);
    if (!m_spec.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_spec.token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(m_spec.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(MaxRedirects);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
#if QT_CONFIG(ssl)
    if (m_spec.url.scheme() == "https"_L1)
        request.setSslConfiguration(m_tls->connectionConfiguration(m_spec.url));
#endif

    if (m_spec.method == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        m_reply = nam->post(request, m_spec.body);
    } else if (m_spec.method == "DELETE") {
        m_reply = nam->deleteResource(request);
    } else {
        m_reply = nam->get(request);
    }
    m_visited = {m_spec.url};
    qCDebug(lcApi).nospace() << '#' << m_spec.id << ' ' << m_spec.method << ' ' << path()
                             << (m_resent ? " sent again" : " sent");

    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, &ApiRequest::onFinished);
    connect(reply, &QNetworkReply::redirected, this, &ApiRequest::onRedirected);
    connect(reply, &QNetworkReply::downloadProgress, this, &ApiRequest::capBody);
    // Qt emits downloadProgress at most every 100 ms, so none may follow the last bytes before a
    // server falls silent; readyRead comes with every delivery, and the headers announce a length.
    const auto capDeclared = [this, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        capBody(0, length.isValid() ? length.toLongLong() : -1);
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, capDeclared);
    connect(reply, &QNetworkReply::readyRead, this, capDeclared);
#if QT_CONFIG(ssl)
    connect(reply, &QNetworkReply::sslErrors, this, &ApiRequest::onSslErrors);
#endif
    connect(reply, &QObject::destroyed, this, [this] {
        m_reply = nullptr;
        m_deadline.stop();
        Q_EMIT lost();
    });
}

void ApiRequest::abandon()
{
    m_deadline.stop();
    if (!m_reply)
        return;
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void ApiRequest::onRedirected(const QUrl &target)
{
    const QUrl from = m_reply->request().url();
    const QUrl to = from.resolved(target);
    if (sameOrigin(from, to)) {
        // A URL asked before can only lead round the same circle again. Ended here, on every
        // Qt, rather than left to Qt's own redirect count, which does not always end the reply.
        if (m_visited.contains(to) || m_redirects >= MaxRedirects) {
            m_redirectLoop = true;
            m_reply->abort(); // finishes synchronously: nothing of this request is used after it
            return;
        }
        m_visited.append(to);
        ++m_redirects;
        Q_EMIT m_reply->redirectAllowed();
        return;
    }
    m_redirectRefused = true;
    m_refusedTarget = to.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    m_reply->abort(); // finishes synchronously: nothing of this request is used after it
}

void ApiRequest::capBody(qint64 received, qint64 total)
{
    // What is buffered counts too: a compressed answer inflates beyond what was received on the
    // wire.
    const qint64 cap = m_spec.maxBodySize;
    if (received <= cap && total <= cap && m_reply->bytesAvailable() <= cap)
        return;
    m_tooLarge = true;
    m_reply->abort(); // finishes synchronously: nothing of this request is used after it
}

#if QT_CONFIG(ssl)
void ApiRequest::onSslErrors(const QList<QSslError> &errors)
{
    const TlsPolicy::Verdict verdict =
        m_tls->judge(m_reply->sslConfiguration().peerCertificate(), errors);
    if (verdict.pinned) {
        // The user trusted exactly this certificate for this connection.
        qCDebug(lcApi).nospace() << '#' << m_spec.id << " pinned certificate "
                                 << verdict.fingerprint << " accepted despite " << errors.size()
                                 << " error(s)";
        m_reply->ignoreSslErrors(errors);
        return;
    }
    QStringList texts;
    for (const QSslError &error : errors)
        texts.append(error.errorString());
    m_tlsErrors = texts.join("; "_L1);
    m_tlsCertificate = verdict.certificate;
    m_tlsErrorList = errors;
    qCInfo(lcApi).nospace() << '#' << m_spec.id << " certificate of " << host() << " ("
                            << verdict.fingerprint << ") rejected: " << m_tlsErrors;
    // Not ignored: the handshake fails and the call ends with Kind::Tls.
}
#else
void ApiRequest::onSslErrors(const QList<QSslError> &) {}
#endif

void ApiRequest::onFinished()
{
    const int deadlineLeft = m_deadline.remainingTime();
    m_deadline.stop();
    // From here on the reply is the manager's business again: a later destroyed() is no loss.
    QNetworkReply *reply = m_reply;
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A connection the server closed before a single byte of the answer: Qt (6.8 at least) can
    // give a request a kept-alive connection the server has just closed or reset, and it fails
    // at once with "Connection closed". Sent once more, on a fresh connection, as Qt itself does
    // when it notices in time; a server that resets every connection still ends in a network
    // error.
    if (!m_resent && status == 0 && reply->error() == QNetworkReply::RemoteHostClosedError &&
        !m_tooLarge && !m_timedOut && !m_redirectRefused && !m_redirectLoop) {
        m_resent = true;
        m_reply = nullptr;
        qCInfo(lcApi).nospace() << '#' << m_spec.id << ' ' << m_spec.method << ' ' << path()
                                << " closed before any answer, sending it once more";
        send();
        m_deadline.start(std::max(1, deadlineLeft));
        return;
    }
    m_multiplexed = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
#if QT_CONFIG(ssl)
    // Read at the end, not at the handshake: a TLS 1.3 server sends its tickets after it.
    if (status > 0 && reply->url().scheme() == "https"_L1) {
        m_answeredUrl = reply->url();
        m_sessionTicket = reply->sslConfiguration().sessionTicket();
    }
#endif
    Result<QByteArray> result = outcome(status);
    m_reply = nullptr;
    if (!result.ok() && !m_spec.token.isEmpty())
        result = redacted(result.error(), m_spec.token);
    const qint64 ms = QDateTime::currentMSecsSinceEpoch() - m_started;
    if (result.ok()) {
        qCDebug(lcApi).nospace() << '#' << m_spec.id << ' ' << m_spec.method << ' ' << path()
                                 << " -> " << status << ' ' << ms << " ms";
    } else {
        qCInfo(lcApi).nospace() << '#' << m_spec.id << ' ' << m_spec.method << ' ' << path()
                                << " -> " << status << ' ' << ms << " ms "
                                << ApiError::kindName(result.error().kind) << ": "
                                << result.error().detail;
    }
    // Last: a slot may delete this request.
    Q_EMIT finished(result, status);
}

Result<QByteArray> ApiRequest::outcome(int status) const
{
    using Kind = ApiError::Kind;
    QNetworkReply *reply = m_reply;
    const auto tooLarge = [&] {
        return makeError(
            Kind::BadResponse,
            ApiError::tr("the answer is too large (more than %1 bytes)").arg(m_spec.maxBodySize),
            status);
    };
    const auto keptRedirecting = [&] {
        return makeError(Kind::Server,
                         ApiError::tr("the server kept redirecting and never gave a final answer "
                                      "(%1 redirects, HTTP %2)")
                             .arg(m_redirects)
                             .arg(status),
                         status);
    };
    if (m_tooLarge)
        return tooLarge();
    if (m_redirectRefused)
        return makeError(
            Kind::Server,
            ApiError::tr("refused a redirect to another origin: %1").arg(m_refusedTarget), status);
    if (m_redirectLoop)
        return keptRedirecting();
    if (m_timedOut)
        return makeError(Kind::Timeout, ApiError::tr("no complete answer before the deadline"),
                         status);

    const QNetworkReply::NetworkError error = reply->error();
    // Aborts by the client (stale, abortAll, destructor) never get here: the request is
    // abandoned first, and the deadline, size and redirect aborts are flagged above. An
    // OperationCanceledError that still arrives is Qt's transfer timeout firing.
    if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
        return makeError(Kind::Timeout, ApiError::tr("no data for a whole transfer timeout"),
                         status);
    if (error == QNetworkReply::SslHandshakeFailedError || !m_tlsErrors.isEmpty())
        return makeError(Kind::Tls, m_tlsErrors.isEmpty() ? reply->errorString() : m_tlsErrors, 0);
    // A redirect loop ends with the last hop's 3xx (or, depending on the verb, a bare 100 and no
    // error at all): never a final answer.
    const bool redirectStatus = (status > 0 && status < 200) || (status >= 300 && status < 400);
    if (error == QNetworkReply::TooManyRedirectsError ||
        error == QNetworkReply::InsecureRedirectError || redirectStatus) {
        if (error == QNetworkReply::TooManyRedirectsError || m_redirects > 0 ||
            reply->hasRawHeader("Location"))
            return keptRedirecting();
        return makeError(
            Kind::Server,
            ApiError::tr("the server never gave a final answer, only HTTP %1").arg(status), status);
    }
    // Connection and proxy errors (1-199); with a status they broke the answer half-way.
    if (status == 0 ||
        (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied))
        return makeError(Kind::Network, reply->errorString(), status);

    const QByteArray body = reply->readAll();
    if (body.size() > m_spec.maxBodySize)
        return tooLarge();
    if (status >= 200 && status < 300) {
        // A 2xx whose body Qt could not deliver (Content-Encoding that does not inflate, or
        // inflates like a decompression bomb) is not a success with an empty body.
        if (error != QNetworkReply::NoError) {
            const QString text =
                reply->hasRawHeader("Content-Encoding")
                    ? ApiError::tr("the compressed answer could not be unpacked (%1)")
                    : ApiError::tr("the answer could not be read (%1)");
            return makeError(Kind::BadResponse, text.arg(reply->errorString()), status);
        }
        return body;
    }
    return errorFromHttp(status, body, path());
}

} // namespace zadig
