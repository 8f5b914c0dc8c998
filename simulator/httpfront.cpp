#include "httpfront.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTimer>

#if QT_CONFIG(ssl)
#include <QSslServer>
#endif

#include <algorithm>
#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcSimState)

using namespace Qt::StringLiterals;

namespace zadig::sim {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET"_ba;
    case QHttpServerRequest::Method::Put:
        return "PUT"_ba;
    case QHttpServerRequest::Method::Delete:
        return "DELETE"_ba;
    case QHttpServerRequest::Method::Post:
        return "POST"_ba;
    case QHttpServerRequest::Method::Head:
        return "HEAD"_ba;
    case QHttpServerRequest::Method::Options:
        return "OPTIONS"_ba;
    case QHttpServerRequest::Method::Patch:
        return "PATCH"_ba;
    case QHttpServerRequest::Method::Connect:
        return "CONNECT"_ba;
    case QHttpServerRequest::Method::Trace:
        return "TRACE"_ba;
    default:
        return "UNKNOWN"_ba;
    }
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 201:
        return "Created"_ba;
    case 204:
        return "No Content"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 405:
        return "Method Not Allowed"_ba;
    case 429:
        return "Too Many Requests"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 502:
        return "Bad Gateway"_ba;
    case 503:
        return "Service Unavailable"_ba;
    case 504:
        return "Gateway Timeout"_ba;
    default:
        return "Status"_ba;
    }
}
#else
// A server that tells who each connection it hands to QAbstractHttpServer is: Qt 6.5+ keeps the
// socket to itself, and dropping a connection needs it.
template<typename Server>
class TrackingServer : public Server
{
public:
    using Server::Server;
    std::function<void(QTcpSocket *)> handedOver;

    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = Server::nextPendingConnection();
        if (socket && handedOver)
            handedOver(socket);
        return socket;
    }
};
#endif

} // namespace

// ---------------------------------------------------------------------------------------------

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)

PendingAnswer::PendingAnswer(QTcpSocket *socket, bool closeAfterAnswer)
    : m_socket(socket), m_closeAfterAnswer(closeAfterAnswer)
{}

PendingAnswer::~PendingAnswer() = default;

void PendingAnswer::send(const SimResponse &response)
{
    if (m_done || !m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_done = true;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head +=
        m_closeAfterAnswer ? "Connection: close\r\n\r\n"_ba : "Connection: keep-alive\r\n\r\n"_ba;
    m_socket->write(head + response.body);
    if (m_closeAfterAnswer)
        m_socket->disconnectFromHost();
}

void PendingAnswer::drop()
{
    if (m_done || !m_socket)
        return;
    m_done = true;
    // abort(), not disconnectFromHost(): the client must see the connection go away with
    // nothing written. QAbstractHttpServer deletes the socket once it is unconnected.
    m_socket->abort();
}

#else

PendingAnswer::PendingAnswer(QHttpServerResponder &&responder, QTcpSocket *socket)
    : m_socket(socket), m_responder(std::make_unique<QHttpServerResponder>(std::move(responder)))
{}

PendingAnswer::~PendingAnswer() = default;

void PendingAnswer::send(const SimResponse &response)
{
    if (m_done || !m_responder)
        return;
    m_done = true;
    const auto status = QHttpServerResponder::StatusCode(response.status);
    if (response.contentType.isEmpty() && response.body.isEmpty())
        m_responder->write(status);
    else
        m_responder->write(response.body, response.contentType, status);
}

void PendingAnswer::drop()
{
    if (m_done)
        return;
    m_done = true;
    // The responder cannot close a connection; its socket can. Aborted first, so that the
    // responder, let go of right after, has nothing left to write an answer to.
    if (m_socket)
        m_socket->abort();
    else
        qCWarning(lcSimState) << "a connection to drop was not found; it stays open unanswered";
    m_responder.reset();
}

#endif

// ---------------------------------------------------------------------------------------------

HttpFront::HttpFront(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{}

HttpFront::~HttpFront()
{
    // Before QAbstractHttpServer deletes the connections the answers belong to.
    m_waiting.clear();
}

#if QT_CONFIG(ssl)
void HttpFront::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tlsConfiguration = configuration;
    m_tls = true;
}
#endif

bool HttpFront::listenOn(const QHostAddress &address, quint16 port)
{
    close();
    QTcpServer *server = nullptr;
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    using TcpServer = QTcpServer;
#if QT_CONFIG(ssl)
    using SslServer = QSslServer;
#endif
#else
    using TcpServer = TrackingServer<QTcpServer>;
#if QT_CONFIG(ssl)
    using SslServer = TrackingServer<QSslServer>;
#endif
    m_connections.clear();
    const auto track = [this](QTcpSocket *socket) {
        std::erase_if(m_connections, [](const QPointer<QTcpSocket> &s) { return s.isNull(); });
        m_connections.emplace_back(socket);
    };
#endif
#if QT_CONFIG(ssl)
    // QSslServer (Qt 6.4+) hands a connection over only after its handshake, through the same
    // pendingConnectionAvailable signal bind() listens to: the HTTP side stays the same, and the
    // same code serves 6.4 (raw socket) and 6.5+ (responder).
    if (m_tls) {
        auto *sslServer = new SslServer(this);
        sslServer->setSslConfiguration(*m_tlsConfiguration);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        sslServer->handedOver = track;
#endif
        server = sslServer;
    }
#endif
    if (!server) {
        auto *tcpServer = new TcpServer(this);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        tcpServer->handedOver = track;
#endif
        server = tcpServer;
    }
    if (!server->listen(address, port)) {
        qCWarning(lcSimState) << "cannot listen on" << address << port << server->errorString();
        delete server;
        return false;
    }
    bind(server); // returns bool from Qt 6.8 on, void before
    m_server = server;
    return true;
}

void HttpFront::close()
{
    if (m_server) {
        m_server->close();
        delete m_server.data();
    }
}

quint16 HttpFront::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QHostAddress HttpFront::address() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

void HttpFront::answer(const std::shared_ptr<PendingAnswer> &pending, const SimResponse &response,
                       int delayMs)
{
    if (delayMs <= 0) {
        pending->send(response);
        return;
    }
    m_waiting.push_back(pending);
    const std::weak_ptr<PendingAnswer> weak = pending;
    QTimer::singleShot(delayMs, this, [this, weak, response] {
        const auto alive = weak.lock();
        if (!alive)
            return;
        alive->send(response);
        m_waiting.erase(std::remove(m_waiting.begin(), m_waiting.end(), alive), m_waiting.end());
    });
}

void HttpFront::hold(const std::shared_ptr<PendingAnswer> &pending)
{
    m_waiting.push_back(pending);
}

SimRequest HttpFront::toSimRequest(const QHttpServerRequest &request)
{
    SimRequest sim;
    sim.method = methodName(request.method());
    sim.path = request.url().path(QUrl::FullyDecoded);
    sim.query = request.query();
    sim.body = request.body();
    sim.authorization = request.value("Authorization"_ba);
    return sim;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)

bool HttpFront::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Qt 6.4's QAbstractHttpServer keeps parsing state per connection between requests, and a
    // request on a reused connection was, rarely, never handled (the client waited until its
    // timeout). One request per connection avoids that path; a real server keeps connections
    // alive, which the client handles either way.
    m_handler(toSimRequest(request), std::make_shared<PendingAnswer>(socket, true));
    return true;
}

#else

QTcpSocket *HttpFront::socketOf(const QHttpServerRequest &request) const
{
    for (const QPointer<QTcpSocket> &socket : m_connections) {
        if (socket && socket->peerPort() == request.remotePort() &&
            socket->peerAddress().isEqual(request.remoteAddress()))
            return socket;
    }
    return nullptr;
}

bool HttpFront::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    m_handler(toSimRequest(request),
              std::make_shared<PendingAnswer>(std::move(responder), socketOf(request)));
    return true;
}

#endif

void HttpFront::missingHandler(const QHttpServerRequest &,
                               detail::HttpServerProbe::MissingHandlerArg)
{
    // handleRequest() takes every request.
}

} // namespace zadig::sim
