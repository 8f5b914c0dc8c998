// ApiRequest: one call of ZadigClient on the wire, with all of that call's own state (internal
// to the library; callers of the client never see it). ZadigClient is a factory of requests: it
// fills in a Spec, starts the request, tracks it for staleness, abort and pendingCount, and turns
// its one finished() into the caller's callback.
//
// A request owns its QNetworkReply and enforces, for that reply alone: Qt's transfer timeout and
// an overall deadline of twice that; redirects within the same origin only; the body size cap
// (received, announced and inflated bytes); the TLS policy's verdict on certificate errors.
#pragma once

#include "result.h"
#include "tlspolicy.h"

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace zadig {

Q_DECLARE_LOGGING_CATEGORY(lcApi)

// The port a URL reaches, its scheme's default when it names none.
int effectivePort(const QUrl &url);
// Same scheme, host (any case) and effective port: what a redirect and a TLS session stay within.
bool sameOrigin(const QUrl &a, const QUrl &b);

class ApiRequest : public QObject
{
    Q_OBJECT

public:
    struct Spec
    {
        quint64 id = 0;    // for logs
        QByteArray method; // "GET", "POST" or "DELETE"
        QUrl url;          // also the origin redirects must stay within
        QByteArray body;   // POST only, sent as application/json
        QString token;     // Bearer token; also masked out of error texts
        int timeoutMs = 0; // transfer timeout
        qint64 maxBodySize = 0;
    };

    // `tls` is read when certificate errors arrive (a pin set meanwhile counts); it must outlive
    // the request's network activity.
    ApiRequest(Spec spec, const TlsPolicy *tls, QObject *parent);
    ~ApiRequest() override;

    void start(QNetworkAccessManager *nam);
    // Aborts the reply without emitting anything (a stale or aborted call).
    void abandon();

    quint64 id() const { return m_spec.id; }
    QByteArray method() const { return m_spec.method; }
    QString path() const { return m_spec.url.path(); } // no query, never the token
    QString host() const { return m_spec.url.host(); }
    // The certificate no pin covered, when the call ended on one. Optional because a default
    // QSslCertificate loads the TLS backend, which a plain-HTTP call must not pay for.
    const std::optional<QSslCertificate> &rejectedCertificate() const { return m_tlsCertificate; }
    QList<QSslError> rejectedErrors() const { return m_tlsErrorList; }
    // Whether the answer came over HTTP/2 (valid once finished() was emitted with a status).
    bool multiplexed() const { return m_multiplexed; }
    // The TLS session ticket the connection held when the answer ended, and the URL that
    // answered (empty unless an answer came over HTTPS).
    QByteArray sessionTicket() const { return m_sessionTicket; }
    QUrl answeredUrl() const { return m_answeredUrl; }

Q_SIGNALS:
    // Once, unless abandoned: the body of a 2xx answer or the error (the token masked), and the
    // HTTP status (0 when none arrived). A slot may delete the request.
    void finished(const zadig::Result<QByteArray> &result, int httpStatus);
    // The reply was deleted by someone else (its manager went away): no finished() will follow.
    void lost();

private:
    void send(); // a new reply for this call
    void onFinished();
    void onRedirected(const QUrl &target);
    void capBody(qint64 received, qint64 total);
    void onSslErrors(const QList<QSslError> &errors);
    Result<QByteArray> outcome(int status) const;

    Spec m_spec;
    const TlsPolicy *m_tls = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    QNetworkReply *m_reply = nullptr; // cleared when finished, abandoned or lost
    bool m_resent = false;            // sent again once after a connection closed unanswered
    QTimer m_deadline;
    qint64 m_started = 0;
    int m_redirects = 0;   // followed, within the origin
    QList<QUrl> m_visited; // every URL this call has asked, to see a redirect loop at once
    QUrl m_answeredUrl;
    QByteArray m_sessionTicket;
    bool m_redirectLoop = false;
    bool m_tooLarge = false;
    bool m_timedOut = false;
    bool m_redirectRefused = false;
    bool m_multiplexed = false;
    QString m_refusedTarget; // of a redirect to another origin
    QString m_tlsErrors;
    std::optional<QSslCertificate> m_tlsCertificate;
    QList<QSslError> m_tlsErrorList;
};

} // namespace zadig
