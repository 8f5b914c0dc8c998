// A Zadig-compatible HTTP server for the demo mode and for every integration test.
// It follows ../shared/spec/zadig-server-behaviour.md, quirks included: list labels always [],
// list progress always null, create_time, projectKey required on detail/delete, 1-based pages,
// newest first, not-found as 500, duplicate names as 500 "version already exist", 401/403 with
// empty bodies, a licence switch (400/7050), status reconciled only when a detail is read.
//
// Time inside the simulator runs at speed() simulated seconds per real second, so tests can
// watch a version go creating -> success in a fraction of a second.
//
// The behaviour itself lives in SimState (simstate.h, no sockets); this class adds the HTTP
// transport, fault injection and the record of requests. The seeds are described at the top
// of seeds.cpp.
#pragma once

#include "simstate.h"
#include "simv2.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QUrl>

#include <memory>

namespace zadig::sim {

class HttpFront;
class PendingAnswer;

// Fault injection: the next matching requests are answered badly. Faults are checked in the
// order they were added; the first match wins. delayMs also delays the kinds that answer.
// Note that QNetworkAccessManager silently re-sends a request once when a kept-alive
// connection is dropped before any answer: use times >= 2 (or -1) to make a drop visible.
struct Fault
{
    enum class Kind {
        Delay,            // answer normally after delayMs
        NeverAnswer,      // accept the request and never answer
        DropConnection,   // close the connection without answering
        ServerError,      // 500 {"message":"Internal Error: ","code":500,"description":...}
        EmptyServerError, // 500 with an empty body (a handler crash)
        MalformedJson,    // 200 with a body that is not JSON
        TruncatedJson,    // 200 with the real body cut in half (valid HTTP, invalid JSON)
        HtmlPage,         // 200 text/html error page from a proxy
        Status,           // answer `status` with `body` verbatim
    };
    Kind kind = Kind::ServerError;
    QString pathContains; // empty: every path
    // Matched against the query as sent, e.g. "pageNum=2&" (page 2 of a list). Empty: every query.
    QString queryContains;
    QByteArray method; // empty: every method
    int delayMs = 0;
    int times = 1; // how many requests it hits; -1 forever
    int status = 500;
    QByteArray body;
};

// A request as the simulator received it (tests read them back through requests()).
using RecordedRequest = SimRequest;

class Simulator : public QObject
{
    Q_OBJECT

public:
    explicit Simulator(QObject *parent = nullptr);
    ~Simulator() override;

    // Seeds: "demo", "empty", "large:N". Returns false for an unknown seed name.
    bool loadSeed(const QString &seed);

    // Listens on address:port (0 = ephemeral). Returns false if it could not listen.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // The same over HTTPS, presenting `certificate` (plus `chain`, e.g. an intermediate CA).
    // Returns false if it could not listen or the build has no TLS support.
    bool listenTls(const QSslCertificate &certificate, const QSslKey &privateKey,
                   const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0,
                   const QList<QSslCertificate> &chain = {});
    // Whether this build's QHttpServer speaks HTTP/2 (over TLS, from Qt 6.8 on).
    static bool canServeHttp2();
    // Before listenTls(): offer HTTP/2 as well as HTTP/1.1 (ALPN), as most real servers behind a
    // TLS front do. Ignored where canServeHttp2() is false.
    void setOfferHttp2(bool offer) { m_offerHttp2 = offer; }
    void close(); // stops listening (clients then see "connection refused")
    quint16 port() const;
    // http://127.0.0.1:<port>, https:// after listenTls() (the listening address when it is
    // not "any").
    QUrl url() const;

    void setToken(const QString &token);
    QString token() const;

    // Simulated seconds per real second (default 1; tests use e.g. 60).
    void setSpeed(double factor);
    double speed() const;
    // Real milliseconds the Helm create takes before it answers (default 3000).
    void setHelmCreateDelayMs(int ms);
    // A far-away server: every answer waits `ms` (a round trip over a VPN or across regions),
    // and, with a bandwidth, as long again as its body takes at that many kilobytes a second.
    void setLatencyMs(int ms) { m_latencyMs = qMax(0, ms); }
    int latencyMs() const { return m_latencyMs; }
    void setBandwidthKBps(int kbps) { m_bandwidthKBps = qMax(0, kbps); }

    void setLicenceValid(bool valid);
    void setProjectForbidden(const QString &projectKey, bool forbidden);
    // The web UI's helper endpoints (/api/aslan/...). Off: gin's 404. Default on.
    void setWebHelpersAvailable(bool available);
    // Which Zadig release to imitate (apigeneration.h). V3 (default): the target API; 4.x and
    // 5.x serve "delivery version v2" as ../shared/spec/zadig-v4-v5-api.md describes (simv2.h).
    void setApiGeneration(ApiGeneration generation);
    // "3", "4" (= 4.3), "4.0", "4.1", "4.2", "4.2.1", "4.3", "5"; false (and no change) else.
    bool setApiGeneration(const QString &generation);
    void setApiGeneration(int generation); // 3, 4 (= 4.3) or 5
    ApiGeneration apiGeneration() const;

    void addFault(const Fault &fault);
    void clearFaults();

    QList<RecordedRequest> requests() const;
    void clearRequests();
    // Requests whose path contains `pathPart` (and method, when given).
    int requestCount(const QString &pathPart, const QByteArray &method = QByteArray()) const;

    // Direct access to the data for tests (e.g. to make a version fail).
    SimState &state();
    // The 4.x/5.x versions (collideNextCreate(), setVersionFails(), ...).
    SimV2 &v2();

private:
    void dispatch(const SimRequest &request, std::shared_ptr<PendingAnswer> answer);
    bool takeFault(const SimRequest &request, Fault *fault);
    int wireDelayMs(const SimResponse &response) const;

    std::unique_ptr<SimState> m_state;
    std::unique_ptr<HttpFront> m_front;
    QList<Fault> m_faults;
    int m_latencyMs = 0;
    bool m_offerHttp2 = false;
    int m_bandwidthKBps = 0; // 0: no limit
    QList<RecordedRequest> m_requests;
};

} // namespace zadig::sim
