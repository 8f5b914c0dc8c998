// HttpFront: the transport of the simulator. It turns each HTTP request into a SimRequest value,
// hands it to a handler, and lets the handler answer now, later, never, or by dropping the
// connection (fault injection needs all four).
//
// Qt 6.4 gives handleRequest() the socket: we write a raw HTTP/1.1 answer ourselves, which is
// what makes delays, silent hangs and dropped connections possible. Qt 6.5 changed the virtuals
// to take a QHttpServerResponder (missingHandler's by && until 6.7, by & from 6.8) and no longer
// hands over the socket. There we answer through the responder, moved out of the call as Qt
// documents, and find the connection to drop among the sockets our own QTcpServer handed to
// Qt, by the request's peer address and port. A never-answered request keeps its responder
// until the simulator is destroyed. CI builds both paths: Qt 6.4 and Qt 6.8.
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
    PendingAnswer(QHttpServerResponder &&responder, QTcpSocket *socket);
#endif
    ~PendingAnswer();
    PendingAnswer(const PendingAnswer &) = delete;
    PendingAnswer &operator=(const PendingAnswer &) = delete;

    void send(const SimResponse &response);
    void drop(); // closes the connection without an answer

private:
    QPointer<QTcpSocket> m_socket;
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool m_closeAfterAnswer = false;
#else
    std::unique_ptr<QHttpServerResponder> m_responder;
#endif
    bool m_done = false;
};

namespace detail {
template<typename>
struct SecondParameter;
template<typename R, typename C, typename A, typename B>
struct SecondParameter<R (C::*)(A, B)>
{
    using Type = B;
};
// The socket (Qt 6.4) or responder (6.5+) parameter of QAbstractHttpServer::missingHandler, read
// off the base class itself: its reference kind changed in 6.8, and a type taken from the header
// in use needs no version check that one of the CI builds would never compile.
struct HttpServerProbe : QAbstractHttpServer
{
    using MissingHandlerArg = SecondParameter<decltype(&HttpServerProbe::missingHandler)>::Type;
};
} // namespace detail

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
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#endif
    void missingHandler(const QHttpServerRequest &request,
                        detail::HttpServerProbe::MissingHandlerArg) override;

private:
    static SimRequest toSimRequest(const QHttpServerRequest &request);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // The connection a request came on, among those our server handed to Qt.
    QTcpSocket *socketOf(const QHttpServerRequest &request) const;
#endif

    Handler m_handler;
    QPointer<QTcpServer> m_server;
    bool m_tls = false;
#if QT_CONFIG(ssl)
    // Optional: a default QSslConfiguration loads the TLS backend and initialises OpenSSL
    // (~6 ms), which a plain-HTTP simulator (the demo server) must not cost the app's start.
    std::optional<QSslConfiguration> m_tlsConfiguration;
#endif
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    std::vector<QPointer<QTcpSocket>> m_connections; // every one m_server handed to Qt
#endif
    // Answers waiting for a timer, or held forever. Owned here so that they never outlive the
    // connections they belong to (timers only keep weak references).
    std::vector<std::shared_ptr<PendingAnswer>> m_waiting;
};

} // namespace zadig::sim
