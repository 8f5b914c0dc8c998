// RawServer: a bare HTTP/1.1 listener for tests that need what a well-behaved server never does
// (raw headers, redirects, trickles, resets, lying lengths, endless bodies). It records every
// request and lets the test answer as it likes, byte by byte if it wants. Header-only, shared by
// tst_client, tst_hostile and tst_hostilegui.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

#include <functional>
#include <memory>
#include <utility>

namespace zadig::test {

// The value of header `name` in a request or answer head ("" when absent).
inline QByteArray header(const QByteArray &head, const QByteArray &name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return QByteArray();
}

// A complete answer with a correct Content-Length that closes the connection.
inline QByteArray httpAnswer(int status, const QByteArray &reason, const QByteArray &body,
                             const QByteArray &extraHeaders = QByteArray(),
                             const QByteArray &contentType = "application/json")
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: " + contentType +
           "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" +
           extraHeaders + "\r\n" + body;
}

inline void answerAndClose(QTcpSocket *socket, const QByteArray &bytes)
{
    socket->write(bytes);
    socket->disconnectFromHost();
}

// Ends the connection with a TCP RST (what a crashing proxy or a firewall does) rather than
// the orderly FIN of disconnectFromHost().
inline void resetConnection(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    struct linger hard = {1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
#endif
    socket->abort();
}

class RawServer : public QObject
{
public:
    // Called once per request, after its head and (Content-Length) body have arrived.
    using Responder = std::function<void(QTcpSocket *socket, const QByteArray &head)>;

    explicit RawServer(Responder responder, const QHostAddress &address = QHostAddress::LocalHost,
                       quint16 port = 0)
        : m_responder(std::move(responder))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_served.remove(socket);
                    m_buffers.remove(socket);
                    socket->deleteLater();
                });
            }
        });
        m_server.listen(address, port);
    }

    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path = QString()) const
    {
        return QUrl(QStringLiteral("http://%1:%2%3")
                        .arg(m_server.serverAddress().toString())
                        .arg(m_server.serverPort())
                        .arg(path));
    }

    QList<QByteArray> heads;  // every request head, in order
    QList<QByteArray> bodies; // the matching request bodies
    QByteArray received;      // every byte, to prove what never arrived
    int connections = 0;
    // Open connections that carried a request. A client may open one more than it uses and
    // keep it idle; a connection whose request got its answer (or gave up) must be closed.
    int openServedConnections() const { return int(m_served.size()); }

private:
    void read(QTcpSocket *socket)
    {
        const QByteArray data = socket->readAll();
        received += data;
        QByteArray &buffer = m_buffers[socket];
        buffer += data;
        // Several requests may arrive on one kept-alive connection.
        while (true) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer.left(end);
            const qsizetype length = header(head, "Content-Length").toLongLong();
            if (buffer.size() < end + 4 + length)
                return;
            heads.append(head);
            bodies.append(buffer.mid(end + 4, length));
            m_served.insert(socket);
            buffer.remove(0, end + 4 + length);
            m_responder(socket, head);
            if (!m_buffers.contains(socket))
                return; // the responder closed the connection
        }
    }

    QTcpServer m_server;
    Responder m_responder;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QSet<QTcpSocket *> m_served;
};

// Forwards one request to `target` (another HTTP server, e.g. the simulator) and its answer back,
// then closes both connections: the client opens a fresh one for its next request, so the
// framing of kept-alive connections never has to be understood here.
inline void relay(QTcpSocket *client, const QByteArray &head, const QByteArray &body,
                  const QUrl &target)
{
    QByteArray request;
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray &line : lines) {
        if (!line.trimmed().toLower().startsWith("connection:"))
            request += line.trimmed() + "\r\n";
    }
    request += "Connection: close\r\n\r\n" + body;

    // Every connection below has `client` as its context and `upstream` as its child: nothing
    // runs once the client's socket is gone.
    auto *upstream = new QTcpSocket(client);
    auto headDone = std::make_shared<bool>(false);
    auto pending = std::make_shared<QByteArray>();
    QObject::connect(upstream, &QTcpSocket::connected, client,
                     [upstream, request] { upstream->write(request); });
    const auto forward = [upstream, client, headDone, pending] {
        QByteArray data = upstream->readAll();
        if (!*headDone) {
            // The answer must say the connection closes, since it will.
            *pending += data;
            const qsizetype end = pending->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            QByteArray answer;
            const QList<QByteArray> answerLines = pending->left(end).split('\n');
            for (const QByteArray &line : answerLines) {
                if (!line.trimmed().toLower().startsWith("connection:"))
                    answer += line.trimmed() + "\r\n";
            }
            data = answer + "Connection: close\r\n\r\n" + pending->mid(end + 4);
            *headDone = true;
        }
        client->write(data);
    };
    QObject::connect(upstream, &QTcpSocket::readyRead, client, forward);
    QObject::connect(upstream, &QTcpSocket::disconnected, client, [forward, client] {
        forward();
        client->disconnectFromHost();
    });
    QObject::connect(upstream, &QTcpSocket::errorOccurred, client,
                     [client](QAbstractSocket::SocketError error) {
                         // The upstream closing after its answer is the normal end.
                         if (error != QAbstractSocket::RemoteHostClosedError)
                             client->abort();
                     });
    upstream->connectToHost(target.host(), quint16(target.port()));
}

} // namespace zadig::test
