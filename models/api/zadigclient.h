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
// Server generations (zadig-v4-v5-api.md section 4): 2.3-3.4 and 4.x/5.x have different
// detail and retry routes and different create bodies. The client detects the generation with
// harmless GETs (detectGeneration) and keeps it until the base URL changes. Calls whose request
// depends on it (versionDetail, creates, retryVersion, deleteVersion) detect it first when it
// is not known yet, then send the request of that generation, or end with UnsupportedServer
// when the caller gave a request of another generation: a 2.3-3.4 body never goes to 4.x/5.x
// and a 4.x/5.x route never to 2.3-3.4. Nothing that writes is sent while the generation is
// Unknown. listVersions does not wait (same route everywhere): while Unknown it decodes with the
// 2.3-3.4 rules, which read a 4.x/5.x page too (without source and labelsFromList). A 404 or
// 405 on a delivery route of a known generation means the server is not what was detected (an
// upgrade behind the same URL): the generation goes back to Unknown, generationContradicted()
// is emitted, and the next such call detects again.
//
// Staleness: calls that take a StaleKey replace any earlier call with the same key that is
// still in flight; the earlier one is aborted and its callback is never called (a fast click
// through pages shows the last page asked for, never a late answer to an earlier one).
#pragma once

#include "result.h"
#include "tlspolicy.h"
#include "types.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace zadig {

class ApiRequest;

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
    QList<QSslCertificate> caCertificates() const { return m_tls.caCertificates(); }
    // SHA-256 fingerprints (any case, colons allowed) of certificates trusted as they are.
    void setPinnedCertificates(const QStringList &fingerprints);
    QStringList pinnedCertificates() const { return m_tls.pinnedCertificates(); }
    // Lower-case hex SHA-256 of the DER form: the fingerprint pins are compared with.
    static QString fingerprint(const QSslCertificate &certificate);
    static QString normalisedFingerprint(const QString &fingerprint);

    // Opens the connection to the base URL ahead of the first call (TCP, and TLS with the same
    // CA certificates as the calls, offering HTTP/2). Skipped when certificates are pinned: a
    // pre-opened connection cannot ignore a pinned certificate's errors.
    void preconnect();

    // Whether the server answers over HTTP/2 (Qt negotiates it over TLS when the server offers
    // it): one connection then carries every call at once, and Qt's six HTTP/1.1 connections per
    // host are no limit. Learned from each answer; false until the first and after setBaseUrl.
    bool multiplexes() const { return m_multiplexes; }

    // How many calls are in flight now (tests and the status bar use it): requests on the wire
    // plus calls waiting for the generation; the detection's own probes are not counted (the
    // calls waiting for them are).
    int pendingCount() const;
    // Aborts everything in flight; no callback is called for aborted calls.
    void abortAll();
    // Aborts the call made with this stale key, if it is still in flight (or waits for the
    // generation); its callback is not called.
    void cancel(const QString &staleKey);

    // --- server generation ---
    ServerGeneration generation() const { return m_generation; }
    // Sets what is known from elsewhere (a test, a remembered value); Unknown forgets it, so the
    // next call that needs it detects again. Callers waiting for a detection get this answer.
    void setGeneration(ServerGeneration generation);
    // Detects the generation (or answers the known one, asynchronously). The three probes go
    // out together (one round trip, not three, to a far server) and are read in this order:
    //  1. GET /openapi/delivery/releases/detail, no query: 400 naming versionName -> 4.x/5.x,
    //     400 naming projectKey -> 2.3-3.4, 404 -> UnsupportedServer (older than 2.3.1);
    //  2. GET /openapi/system/cli/context: 200 -> 5.x, 404 -> 4.x (on 2.3-3.4 it must be 404);
    //  3. 4.x/5.x: GET /openapi/environments/x/service/y/pods: 400 -> 4.3+, 404 -> 4.0-4.2
    //     (on 5.x it must be 400).
    // Any other answer, or answers that contradict each other, end with UnsupportedServer whose
    // detail names what was seen; Unauthorised, Forbidden, Licence, Network, Timeout and Tls
    // stay what they are. Concurrent callers share one detection.
    void detectGeneration(QObject *context, Callback<ServerGeneration> callback);

    // --- delivery versions (seed page; zadig-v4-v5-api.md for 4.x/5.x) ---
    // 4.x/5.x pages fill labels (labelsFromList) and source, and no progress (the detail has it).
    void listVersions(const QString &projectKey, int pageNum, int pageSize, QObject *context,
                      Callback<VersionPage> callback, const QString &staleKey = QString());
    // 2.3-3.4 read a detail by id, 4.x/5.x by name (their detail has no id: the answer's
    // info.id is set to `id`). Detects the generation first when it is not known.
    void versionDetail(const QString &projectKey, const QString &id, const QString &versionName,
                       QObject *context, Callback<VersionDetail> callback,
                       const QString &staleKey = QString());
    // By id only: 4.x/5.x cannot read it (UnsupportedServer, nothing sent). Kept for the views
    // until they pass the name.
    void versionDetail(const QString &projectKey, const QString &id, QObject *context,
                       Callback<VersionDetail> callback, const QString &staleKey = QString());
    // Same route everywhere; on 4.x/5.x it is a hard delete (the name is free at once). Not sent
    // while the generation is unknown (detected first).
    void deleteVersion(const QString &projectKey, const QString &id, QObject *context,
                       Callback<Done> callback);
    // 2.3-3.4 bodies: refused with UnsupportedServer on 4.x/5.x (the server would take one as an
    // empty version that succeeds).
    void createK8sVersion(const CreateK8sVersionRequest &request, QObject *context,
                          Callback<Done> callback);
    void createHelmVersion(const CreateHelmVersionRequest &request, QObject *context,
                           Callback<Done> callback);
    // 4.x/5.x bodies: refused with UnsupportedServer on 2.3-3.4. (Named apart from the 2.3-3.4
    // calls so that existing callers passing {} stay unambiguous.) A 5xx or a timeout sets
    // ApiError::maybeCreated; a 6560 conflict may be a same-second collision
    // (ApiError::mayBeSameSecondCollision). The Helm create has the long timeout.
    void createK8sVersionV2(const CreateK8sVersionV2Request &request, QObject *context,
                            Callback<Done> callback);
    void createHelmVersionV2(const CreateHelmVersionV2Request &request, QObject *context,
                             Callback<Done> callback);
    // Retries a failed version. 2.3-3.4: the create of its type with retry:true, its name and
    // the given environment (a Helm one with the long timeout). 4.x/5.x: POST
    // /openapi/delivery/releases/retry?id=&projectKey= without a body, with the long timeout.
    // On Zadig4Early a retried version stays "retrying" for ever (the server starts no watcher).
    void retryVersion(const RetryVersionRequest &request, QObject *context,
                      Callback<Done> callback);

    // --- pickers (behaviour notes) ---
    void listProjects(int pageNum, int pageSize, QObject *context, Callback<ProjectPage> callback);
    void listEnvironments(const QString &projectKey, bool production, QObject *context,
                          Callback<QList<Environment>> callback);
    void environmentDetail(const QString &projectKey, const QString &envKey, bool production,
                           QObject *context, Callback<EnvironmentDetail> callback);
    void listRegistries(QObject *context, Callback<QList<Registry>> callback);
    // 4.x/5.x: a service of an environment as the server renders it, text/plain: the K8s YAML
    // (`values` false) or the Helm values. The 4.0-4.2.0 creates take yaml_content from the
    // client, so the wizard reads it here first.
    void renderedService(const QString &projectKey, const QString &envName, bool production,
                         const QString &serviceName, bool values, QObject *context,
                         Callback<QString> callback);

    // --- optional web-UI helpers: may be missing (any error means "not available") ---
    void listChartRepos(const QString &projectKey, QObject *context,
                        Callback<QList<ChartRepo>> callback);
    void chartVersions(const QStringList &chartNames, const QString &chartRepoName,
                       QObject *context, Callback<QList<ChartVersion>> callback);
    void checkVersionName(const QString &projectKey, const QString &versionName, QObject *context,
                          Callback<NameAvailability> callback);
    // 4.x/5.x: the log of one image's distribute job, text/plain, from the web UI's
    // GET /api/aslan/logs/log/delivery (zadig-v4-v5-api.md section 5; `serviceModule` is the
    // image's container name). Refused with UnsupportedServer on 2.3-3.4, which have no such
    // route; detects the generation first when it is not known.
    void deliveryLog(const QString &projectKey, const QString &versionName,
                     const QString &serviceName, const QString &serviceModule, QObject *context,
                     Callback<QString> callback);

Q_SIGNALS:
    // Emitted when any call starts or ends (for a busy indicator).
    void pendingCountChanged(int count);
    // A call ended with Kind::Tls because `host` presented `certificate` with `errors` that no
    // pin covers. Emitted once per failed call, after its callback, from the event loop (a
    // slot may open a dialog).
    void certificateRejected(const QSslCertificate &certificate, const QList<QSslError> &errors,
                             const QString &host);
    // The known generation changed (detected, set, reset by setBaseUrl or a contradiction).
    void generationChanged(zadig::ServerGeneration generation);
    // A delivery route of the known generation answered 404/405: the server is not what was
    // detected. The generation is Unknown again (emitted from the event loop).
    void generationContradicted();
    // abortAll() ended every call: no callback will come for any call made before.
    void abortedAll();

private:
    enum class Verb { Get, Post, Delete };
    // The body of a 2xx answer, or the error; plus the HTTP status (0 when none arrived), so a
    // decoding failure can say which answer it could not read.
    using RawHandler = std::function<void(const Result<QByteArray> &, int httpStatus)>;

    QUrl makeUrl(const QString &path, const QList<std::pair<QString, QString>> &query) const;
    void send(Verb verb, const QUrl &url, const QByteArray &body, int timeoutMs, QObject *context,
              const QString &staleKey, RawHandler handler, bool probe = false);
    // Runs `then` at once when the generation is known, else after detecting it. A waiting call
    // with a stale key replaces an earlier one with the same key, as sending does.
    void withGeneration(QObject *context, Callback<ServerGeneration> then,
                        const QString &staleKey = QString());
    // Sends every probe at once; the detection's steps read their answers in order.
    void startDetection();
    using ProbeStep = std::function<void(const Result<QByteArray> &, int)>;
    // Runs `next` on the probe's answer: at once when it is in, else when it comes.
    void probe(const QString &path, ProbeStep next);
    void detectStep1(const Result<QByteArray> &raw, int status);
    void detectStep2(bool v3, const Result<QByteArray> &raw, int status);
    void detectStep3(bool v5, const Result<QByteArray> &raw, int status);
    void finishDetection(const Result<ServerGeneration> &result);
    void changeGeneration(ServerGeneration generation);
    void finish(ApiRequest *request, const Result<QByteArray> &result, int httpStatus);
    // Posts a create body once the generation is known and is the one the body was built for
    // (`v2Body`); a body of the other generation ends with UnsupportedServer, nothing sent.
    void postCreate(bool v2Body, const QString &what, const QString &path, const QByteArray &body,
                    int timeoutMs, QObject *context, Callback<Done> callback);

    template<typename T, typename Decoder>
    void get(const QUrl &url, QObject *context, Callback<T> callback, Decoder decoder,
             const QString &staleKey = QString());
    // A text/plain answer (rendered YAML, a log), read as UTF-8, with every call's error
    // mapping, size cap and token handling.
    void getText(const QUrl &url, QObject *context, Callback<QString> callback);
    template<typename T, typename Decoder>
    void call(Verb verb, const QUrl &url, const QByteArray &body, int timeoutMs, QObject *context,
              Callback<T> callback, Decoder decoder, const QString &staleKey = QString());
    // Forgets a call without calling its callback and aborts it.
    void discard(ApiRequest *request);
    // Stops tracking a call (it ended, or was discarded or lost).
    void forget(ApiRequest *request);

    // What the client alone knows of a request in flight: the request knows the wire.
    struct Tracked
    {
        QPointer<QObject> context;
        bool hasContext = false;
        QString staleKey;
        RawHandler handler;
        bool probe = false; // a generation probe: not counted, its 404/405 contradicts nothing
    };

    QNetworkAccessManager *m_nam = nullptr;
    QUrl m_baseUrl;
    QString m_token;
    bool m_multiplexes = false;
    int m_timeoutMs = 30'000;
    int m_longTimeoutMs = 10 * 60'000;
    qint64 m_maxBodySize = 64ll * 1024 * 1024;
    TlsPolicy m_tls;
    quint64 m_nextRequestId = 1;
    QHash<ApiRequest *, Tracked> m_inFlight;
    QHash<QString, ApiRequest *> m_byStaleKey;

    struct GenerationWaiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Callback<ServerGeneration> callback;
        QString staleKey;
    };
    ServerGeneration m_generation = ServerGeneration::Unknown;
    QList<GenerationWaiter> m_generationWaiters;
    bool m_detecting = false;
    // Bumped whenever the generation is set or reset: a detection answer of an older epoch
    // (another base URL) is not kept.
    quint64 m_generationEpoch = 0;
    // The probes of the detection under way: answers not read yet, and the step waiting for one.
    QHash<QString, std::pair<Result<QByteArray>, int>> m_probeAnswers;
    QHash<QString, ProbeStep> m_probeSteps;
    quint64 m_detectionRun = 0; // answers to the probes of an earlier detection are not read
};

} // namespace zadig
