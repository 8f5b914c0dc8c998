// HttpFront: the transport of the simulator. It turns each HTTP request into a SimRequest value,
// hands it to a handler, and lets the handler answer now, later, never, or by dropping the
// connection (fault injection needs all four).
//
// Qt 6.4 gives handleRequest() the socket: we write a raw HTTP/1.1 answer ourselves, which is
// what makes delays, silent hangs and dropped connections possible. Qt 6.5 changed the virtuals
// to take a QHttpServerResponder (6.5-6.7: handleRequest(&), missingHandler(&&); 6.8+: both &)
// and no longer exposes the socket. There we answer through the responder, moved out of the
// call as Qt documents; a dropped connection degrades to an empty 502, a never-answered request
// to a responder kept unanswered until the simulator is destroyed. Only 6.4 is built here.
#pragma once

#include "simstate.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>
#include <QtGlobal>

#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

#include <functional>
#include <memory>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpServer;
QT_END_NAMESPACE

namespace zadig::sim {

// One request still to be answered.
class PendingAnswer
{
public:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    PendingAnswer(QTcpSocket *socket, bool closeAfterAnswer);
#else
    explicit PendingAnswer(QHttpServerResponder &&responder);
#endif
    ~PendingAnswer();
    PendingAnswer(const PendingAnswer &) = delete;
    PendingAnswer &operator=(const PendingAnswer &) = delete;

    void send(const SimResponse &response);
    void drop(); // closes the connection without an answer (Qt 6.4)

private:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    QPointer<QTcpSocket> m_socket;
    bool m_closeAfterAnswer = false;
#else
    std::unique_ptr<QHttpServerResponder> m_responder;
#endif
    bool m_done = false;
};

class HttpFront : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(const SimRequest &, std::shared_ptr<PendingAnswer>)>;

    explicit HttpFront(Handler handler, QObject *parent = nullptr);
    ~HttpFront() override;

    bool listenOn(const QHostAddress &address, quint16 port);
#if QT_CONFIG(ssl)
    // HTTPS: the next listenOn() accepts only TLS connections with this configuration (local
    // certificate and key). A client that fails the handshake never reaches the handler.
    void setTlsConfiguration(const QSslConfiguration &configuration);
#endif
    bool isTls() const
    {
        return m_tls;
    }
    void close();
    quint16 port() const;
    QHostAddress address() const;

    // Sends `response` after delayMs real milliseconds (now when 0).
    void answer(const std::shared_ptr<PendingAnswer> &pending, const SimResponse &response,
                int delayMs);
    // Keeps the request unanswered for as long as this front lives.
    void hold(const std::shared_ptr<PendingAnswer> &pending);

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#elif QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request,
                        QHttpServerResponder &responder) override;
#endif

private:
    static SimRequest toSimRequest(const QHttpServerRequest &request);

    Handler m_handler;
    QPointer<QTcpServer> m_server;
    bool m_tls = false;
#if QT_CONFIG(ssl)
    // Optional: a default QSslConfiguration loads the TLS backend and initialises OpenSSL
    // (~6 ms), which a plain-HTTP simulator (the demo server) must not cost the app's start.
    std::optional<QSslConfiguration> m_tlsConfiguration;
#endif
    // Answers waiting for a timer, or held forever. Owned here so that they never outlive the
    // connections they belong to (timers only keep weak references).
    std::vector<std::shared_ptr<PendingAnswer>> m_waiting;
};

} // namespace zadig::sim
