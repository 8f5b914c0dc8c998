// CountingRelay: a TCP relay on 127.0.0.1 in front of a server, counting the connections a client
// opens through it (TLS passes through untouched), so that a test can tell whether the client
// used a connection it had opened ahead or opened another one.
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>

namespace zadig::test {

class CountingRelay : public QObject
{
public:
    // Listens on an ephemeral port and relays every connection to 127.0.0.1:`targetPort`.
    bool listen(quint16 targetPort)
    {
        m_target = targetPort;
        connect(&m_server, &QTcpServer::newConnection, this, &CountingRelay::accept);
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            ++m_connections;
            auto *server = new QTcpSocket(client);
            // Written before the server side is connected, bytes wait in its buffer.
            connect(client, &QTcpSocket::readyRead, server,
                    [client, server] { server->write(client->readAll()); });
            connect(server, &QTcpSocket::readyRead, client,
                    [client, server] { client->write(server->readAll()); });
            // One side gone: the other goes too.
            connect(client, &QTcpSocket::disconnected, server, &QTcpSocket::disconnectFromHost);
            connect(server, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            server->connectToHost(QHostAddress::LocalHost, m_target);
        }
    }

    QTcpServer m_server;
    quint16 m_target = 0;
    int m_connections = 0;
};

} // namespace zadig::test
