// CountingRelay: a TCP relay on 127.0.0.1 in front of a server, counting the connections a client
// opens through it (TLS passes through untouched), so that a test can tell whether the client
// used a connection it had opened ahead or opened another one, and whether a TLS 1.3 handshake
// resumed a session (its hellos travel in the clear).
#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>
#include <optional>

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
    int connections() const { return int(m_flows.size()); }

    // Per connection, in order: whether the client offered a session to resume (a
    // pre_shared_key extension in its ClientHello) and whether the server took it (one in its
    // ServerHello); nullopt where that hello has not been seen whole.
    struct Handshake
    {
        std::optional<bool> offered;
        std::optional<bool> resumed;
    };
    QList<Handshake> handshakes() const
    {
        QList<Handshake> result;
        for (const auto &flow : m_flows)
            result.append({hasPreSharedKey(flow->fromClient, ClientHello),
                           hasPreSharedKey(flow->fromServer, ServerHello)});
        return result;
    }

private:
    static constexpr int ClientHello = 1;
    static constexpr int ServerHello = 2;
    static constexpr quint16 PreSharedKey = 41;
    static constexpr qsizetype Kept = 64 * 1024; // of each direction; a hello is far shorter

    struct Flow
    {
        QByteArray fromClient;
        QByteArray fromServer;
    };

    // Walks the first record of a stream: a handshake record holding one hello.
    static std::optional<bool> hasPreSharedKey(const QByteArray &stream, int helloType)
    {
        bool truncated = false;
        const auto byte = [&](qsizetype at) -> int {
            if (at >= stream.size()) {
                truncated = true;
                return 0;
            }
            return quint8(stream.at(at));
        };
        const auto u16 = [&](qsizetype at) {
            return byte(at) << 8 | byte(at + 1);
        };
        if (byte(0) != 22 || byte(5) != helloType) // record type handshake; the hello
            return std::nullopt;
        qsizetype pos = 5 + 4 + 2 + 32; // record and handshake headers, version, random
        pos += 1 + byte(pos);           // session id
        if (helloType == ClientHello) {
            pos += 2 + u16(pos);  // cipher suites
            pos += 1 + byte(pos); // compression methods
        } else {
            pos += 2 + 1; // the cipher suite and compression method chosen
        }
        const qsizetype end = pos + 2 + u16(pos);
        byte(end - 1); // the extensions are all there
        bool found = false;
        for (pos += 2; pos + 4 <= end && !truncated; pos += 4 + u16(pos + 2))
            found = found || u16(pos) == PreSharedKey;
        if (truncated)
            return std::nullopt;
        return found;
    }

    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *server = new QTcpSocket(client);
            auto flow = std::make_shared<Flow>();
            m_flows.append(flow);
            const auto keep = [](QByteArray &kept, const QByteArray &bytes) {
                if (kept.size() < Kept)
                    kept += bytes.left(Kept - kept.size());
            };
            // Written before the server side is connected, bytes wait in its buffer.
            connect(client, &QTcpSocket::readyRead, server, [client, server, flow, keep] {
                const QByteArray bytes = client->readAll();
                keep(flow->fromClient, bytes);
                server->write(bytes);
            });
            connect(server, &QTcpSocket::readyRead, client, [client, server, flow, keep] {
                const QByteArray bytes = server->readAll();
                keep(flow->fromServer, bytes);
                client->write(bytes);
            });
            // One side gone: the other goes too.
            connect(client, &QTcpSocket::disconnected, server, &QTcpSocket::disconnectFromHost);
            connect(server, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            server->connectToHost(QHostAddress::LocalHost, m_target);
        }
    }

    QTcpServer m_server;
    quint16 m_target = 0;
    QList<std::shared_ptr<Flow>> m_flows;
};

} // namespace zadig::test
