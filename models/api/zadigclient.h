// ZadigClient: one typed call per Zadig endpoint over an injected QNetworkAccessManager.
//
// Every call sends "Authorization: Bearer <token>", "Accept: application/json" and a
// User-Agent with the app version, has a transfer timeout (a long one for the Helm create,
// which packages charts before it answers) and never follows a redirect to another origin.
// Answers arrive through a callback bound to a context object: if the context is destroyed
// first the callback is not called. Callers never see a QNetworkReply.
//
// Time limits: the transfer timeout ends a call when no byte has moved for timeout() ms (or
// the long timeout for the Helm create); an overall deadline of twice that ends a call whose server
// trickles bytes slowly enough to keep the transfer timeout from ever firing. Both end with
// ApiError::Kind::Timeout.
//
// Redirects are followed only within the same scheme, host and port; a redirect to another
// origin is refused (the Authorization header would go with it) and the call ends with a Server
// error whose detail names the refused target.
//
// TLS: certificate errors are never ignored silently. A connection may add CA certificates to
// the system ones (a company CA) and pin certificates by SHA-256 fingerprint (certificates the
// user chose to trust): the errors of a pinned certificate are ignored for that reply only.
// Any other certificate error ends the call with Kind::Tls, and certificateRejected() tells the
// UI what was wrong so that it can ask the user; after a pin the UI simply calls again.
//
// Staleness: calls that take a StaleKey replace any earlier call with the same key that is
// still in flight; the earlier one is aborted and its callback is never called (a fast click
// through pages shows the last page asked for, never a late answer to an earlier one).
#pragma once

#include "result.h"
#include "types.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace zadig {

template<typename T>
using Callback = std::function<void(const Result<T> &)>;

class ZadigClient : public QObject
{
    Q_OBJECT

public:
    // The client never takes ownership of an injected nam (it must outlive the client);
    // nullptr makes the client create and own its own.
    explicit ZadigClient(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ZadigClient() override;

    void setBaseUrl(const QUrl &url); // e.g. https://zadig.example.com (no /openapi)
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token);

    // Transfer timeouts in milliseconds.
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }
    void setLongTimeout(int ms) { m_longTimeoutMs = ms; }
    // Bodies larger than this are not read; the call ends with BadResponse. A compressed body
    // counts at its inflated size.
    void setMaxBodySize(qint64 bytes) { m_maxBodySize = bytes; }

    // Extra trusted CAs, added to the system's for every https call.
    void setCaCertificates(const QList<QSslCertificate> &certificates);
    QList<QSslCertificate> caCertificates() const { return m_caCertificates; }
    // SHA-256 fingerprints (any case, colons allowed) of certificates trusted as they are.
    void setPinnedCertificates(const QStringList &fingerprints);
    QStringList pinnedCertificates() const { return m_pinned; }
    // Lower-case hex SHA-256 of the DER form: the fingerprint pins are compared with.
    static QString fingerprint(const QSslCertificate &certificate);
    static QString normalisedFingerprint(const QString &fingerprint);

    // Opens the connection to the base URL ahead of the first call (TCP, and TLS with the same
    // CA certificates as the calls). Skipped when certificates are pinned: a pre-opened
    // connection cannot ignore a pinned certificate's errors.
    void preconnect();

    // How many requests are in flight now (tests and the status bar use it).
    int pendingCount() const { return int(m_pending.size()); }
    // Aborts everything in flight; no callback is called for aborted calls.
    void abortAll();

    // --- delivery versions (seed page) ---
    void listVersions(const QString &projectKey, int pageNum, int pageSize, QObject *context,
                      Callback<VersionPage> callback, const QString &staleKey = QString());
    void versionDetail(const QString &projectKey, const QString &id, QObject *context,
                       Callback<VersionDetail> callback, const QString &staleKey = QString());
    void deleteVersion(const QString &projectKey, const QString &id, QObject *context,
                       Callback<Done> callback);
    void createK8sVersion(const CreateK8sVersionRequest &request, QObject *context,
                          Callback<Done> callback);
    void createHelmVersion(const CreateHelmVersionRequest &request, QObject *context,
                           Callback<Done> callback);

    // --- pickers (behaviour notes) ---
    void listProjects(int pageNum, int pageSize, QObject *context, Callback<ProjectPage> callback);
    void listEnvironments(const QString &projectKey, bool production, QObject *context,
                          Callback<QList<Environment>> callback);
    void environmentDetail(const QString &projectKey, const QString &envKey, bool production,
                           QObject *context, Callback<EnvironmentDetail> callback);
    void listRegistries(QObject *context, Callback<QList<Registry>> callback);

    // --- optional web-UI helpers: may be missing (any error means "not available") ---
    void listChartRepos(const QString &projectKey, QObject *context,
                        Callback<QList<ChartRepo>> callback);
    void chartVersions(const QStringList &chartNames, const QString &chartRepoName,
                       QObject *context, Callback<QList<ChartVersion>> callback);
    void checkVersionName(const QString &projectKey, const QString &versionName, QObject *context,
                          Callback<NameAvailability> callback);

Q_SIGNALS:
    // Emitted when any call starts or ends (for a busy indicator).
    void pendingCountChanged(int count);
    // A call ended with Kind::Tls because `host` presented `certificate` with `errors` that no
    // pin covers. Emitted once per failed call, after its callback, from the event loop (a
    // slot may open a dialog).
    void certificateRejected(const QSslCertificate &certificate, const QList<QSslError> &errors,
                             const QString &host);

private:
    enum class Verb { Get, Post, Delete };
    // The body of a 2xx answer, or the error; plus the HTTP status (0 when none arrived), so a
    // decoding failure can say which answer it could not read.
    using RawHandler = std::function<void(const Result<QByteArray> &, int httpStatus)>;

    QUrl makeUrl(const QString &path, const QList<std::pair<QString, QString>> &query) const;
    void send(Verb verb, const QUrl &url, const QByteArray &body, int timeoutMs, QObject *context,
              const QString &staleKey, RawHandler handler);
    void finish(QNetworkReply *reply);

    template<typename T, typename Decoder>
    void get(const QUrl &url, QObject *context, Callback<T> callback, Decoder decoder,
             const QString &staleKey = QString());
    template<typename T, typename Decoder>
    void call(Verb verb, const QUrl &url, const QByteArray &body, int timeoutMs, QObject *context,
              Callback<T> callback, Decoder decoder, const QString &staleKey = QString());
    // Forgets a call without calling its callback and aborts it.
    void discard(QNetworkReply *reply);

    struct Pending
    {
        quint64 id = 0; // for logs
        QByteArray method;
        QPointer<QObject> context;
        bool hasContext = false;
        QString staleKey;
        QString path; // for error mapping and logs (no query, never the token)
        qint64 started = 0;
        RawHandler handler;
        bool tooLarge = false;
        bool redirectRefused = false;
        int redirects = 0; // followed, within the origin
        bool timedOut = false;
        QString redirectTarget; // the refused one
        QString tlsErrors;
        // The one rejected. Optional: a default QSslCertificate loads the TLS backend and
        // initialises OpenSSL (~6 ms), which a plain-HTTP request must not pay.
        std::optional<QSslCertificate> tlsCertificate;
        QList<QSslError> tlsErrorList;
        QString host;
    };
    Result<QByteArray> outcome(QNetworkReply *reply, const Pending &pending, int status) const;

    QNetworkAccessManager *m_nam = nullptr;
    QUrl m_baseUrl;
    QString m_token;
    int m_timeoutMs = 30'000;
    int m_longTimeoutMs = 10 * 60'000;
    qint64 m_maxBodySize = 64ll * 1024 * 1024;
    QList<QSslCertificate> m_caCertificates;
#if QT_CONFIG(ssl)
    std::optional<QSslConfiguration> m_tlsConfiguration; // the system's CAs and the extra ones
#endif
    QStringList m_pinned; // normalised
    quint64 m_nextRequestId = 1;
    QHash<QNetworkReply *, Pending> m_pending;
    QHash<QString, QNetworkReply *> m_byStaleKey;
};

} // namespace zadig
