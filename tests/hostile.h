// The catalogue of hostile answers (issue 6) and a server that gives them: one kind of
// misbehaviour on the requests a test aims at, good answers (canned, or relayed to the simulator)
// on all others. Shared by tst_hostile (the client) and tst_hostilegui (the main window).
#pragma once

#include "rawserver.h"

#include <QByteArray>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <memory>
#include <utility>

namespace zadig::test {

// The client's transfer timeout for every case whose verdict is not a timeout: a bound on
// hanging only, far beyond what any machine needs for what these servers send, so that a
// verdict such as "too large" never races it.
constexpr int GenerousTimeoutMs = 60'000;

// The transfer timeout for the cases that send a byte a second: five gaps between two bytes, so
// that only a stall of seconds lets it fire between them and the deadline (twice it) ends them.
constexpr int TrickleTimeoutMs = 5'000;

// How far past the client's cap the "huge" cases send before they fall silent.
constexpr int FloodFactor = 4;

enum class Hostile {
    // The huge answers send FloodFactor times the cap and then keep the connection open without
    // another byte: the end of the answer never comes, so only the cap can end the call.
    HugeDeclared,       // Content-Length of 100 GiB
    HugeChunked,        // chunks, never the last one
    HugeUntilClose,     // no length at all: the body would end when the connection does
    DeflateBomb,        // 16 KiB on the wire that inflate to 16 MiB
    DeflatedPastCap,    // an honest compressed answer under the cap that inflates past it
    EndlessHeader,      // a header line FloodFactor times the cap long, never finished
    TruncatedLength,    // half of the promised Content-Length, then close
    TruncatedChunked,   // the last chunk never comes, then close
    TruncatedJson,      // an honest length around half a JSON answer
    InvalidUtf8,        // 200 with bytes that are not UTF-8 in a string
    InvalidUtf8Error,   // 500 whose body is not UTF-8
    DeepNesting,        // 200 with arrays nested 100 000 deep
    DeepNestingError,   // 500 with objects nested 20 000 deep
    WrongType,          // 200 with JSON of the wrong shape
    NeverAnswers,       // reads the request and says nothing
    HeadersOnly,        // status and headers, then silence
    HalfStatusLine,     // "HTTP/1.1 2", then silence
    ByteASecondBody,    // headers at once, then the body one byte a second
    ByteASecondAll,     // the whole answer one byte a second
    ResetAtOnce,        // a TCP reset as soon as the request is in
    ResetMidHeaders,    // a reset half-way through the headers
    ResetMidBody,       // a reset half-way through the body
    NotHttp,            // something that is not HTTP at all
    RedirectOtherHost,  // 302 to another host and port
    RedirectSamePort,   // 302 to another host on the same port
    RedirectHttps,      // 307 to https on the same host and port
    RedirectSchemeLess, // 302 to //other-host:port/...
    RedirectChain,      // a same-origin hop, then another host
    RedirectLoop,       // a same-origin redirect to itself, forever
    HtmlPage,           // 200 text/html from a proxy or a login page
    EmptyBody,          // 200 with no body at all
};

inline QByteArray deepArrays()
{
    return QByteArray(100'000, '[') + QByteArray(100'000, ']');
}

// 20 000 deep keeps it under the cap of these tests, and far beyond Qt's limit (1024).
inline QByteArray deepObjects()
{
    QByteArray body;
    for (int i = 0; i < 20'000; ++i)
        body += R"({"a":)";
    return body + "1" + QByteArray(20'000, '}');
}

// A zlib stream (what HTTP calls "deflate") that inflates to `size` spaces inside valid JSON.
inline QByteArray deflateBomb(qsizetype size)
{
    const QByteArray plain = R"({"list":[],"pad":")" + QByteArray(size, ' ') + R"("})";
    return qCompress(plain, 9).mid(4); // qCompress prefixes the plain size
}

// A zlib stream of about `size` bytes of real-looking versions: it shrinks about tenfold.
inline QByteArray deflated(qsizetype size)
{
    QByteArray plain = R"({"total":0,"list":[)";
    for (int i = 0; plain.size() < size; ++i)
        plain += R"({"id":")" + QByteArray::number(i * 7919, 16) + R"(","version_name":"v)" +
                 QByteArray::number(i) + R"(","type":"K8SYaml","status":"success"},)";
    plain += R"({}]})";
    return qCompress(plain, 9).mid(4);
}

// Writes `chunk` again and again while the peer reads, until at least `total` bytes are out;
// then the connection stays open and silent. Bounded, because an endless writer can keep a slow
// reader (a sanitizer build) busy for as long as it likes, and a test must not depend on which
// of the two is faster.
inline void flood(QTcpSocket *socket, const QByteArray &chunk, qint64 total)
{
    auto written = std::make_shared<qint64>(0);
    const auto more = [socket, chunk, total, written] {
        while (*written < total && socket->state() == QAbstractSocket::ConnectedState &&
               socket->bytesToWrite() < 256 * 1024) {
            socket->write(chunk);
            *written += chunk.size();
        }
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, more);
    more();
}

// Sends `bytes` one at a time, `intervalMs` apart.
inline void drip(QTcpSocket *socket, const QByteArray &bytes, int intervalMs)
{
    auto *timer = new QTimer(socket);
    auto at = std::make_shared<qsizetype>(0);
    QObject::connect(timer, &QTimer::timeout, socket, [socket, bytes, at, timer] {
        if (*at >= bytes.size()) {
            timer->stop();
            return;
        }
        socket->write(bytes.mid((*at)++, 1));
    });
    timer->start(intervalMs);
}

// A server that answers the hostile path badly until told to behave, and every other path well.

class HostileServer
{
public:
    // Which requests get the hostile answer (by their head), and how all others are answered
    // (socket, head, body).
    using Matcher = std::function<bool(const QByteArray &head)>;
    using Behave =
        std::function<void(QTcpSocket *socket, const QByteArray &head, const QByteArray &body)>;

    // `sample` is a good answer, cut short or trickled by the cases that need one; `cap` is the
    // client's body cap, for the answer that inflates past it and the floods that go past it.
    HostileServer(Hostile hostile, Matcher isTarget, Behave behave, QByteArray sample, qint64 cap)
        : m_hostile(hostile), m_isTarget(std::move(isTarget)), m_behave(std::move(behave)),
          m_sample(std::move(sample)), m_cap(cap),
          // Packed now: compressing in the middle of an answer (slow in a sanitizer build) would
          // stall the event loop the client runs on too.
          m_packed(hostile == Hostile::DeflateBomb       ? deflateBomb(16 * 1024 * 1024)
                   : hostile == Hostile::DeflatedPastCap ? deflated(cap * 3)
                                                         : QByteArray()),
          m_server([this](QTcpSocket *socket, const QByteArray &head) { answer(socket, head); }),
          // Another host: 127.0.0.2 is loopback too on Linux. Elsewhere "localhost" still names
          // another origin than 127.0.0.1, even though it reaches the same machine.
          m_other(
              [](QTcpSocket *socket, const QByteArray &) {
                  answerAndClose(socket, httpAnswer(200, "OK", R"({"list":[],"total":0})"));
              },
              QHostAddress(QStringLiteral("127.0.0.2"))),
          m_samePort(
              [](QTcpSocket *socket, const QByteArray &) {
                  answerAndClose(socket, httpAnswer(200, "OK", R"({"list":[],"total":0})"));
              },
              QHostAddress(QStringLiteral("127.0.0.2")), m_server.port())
    {}

    QUrl url() const { return m_server.url(); }
    // Behaving again also ends whatever misbehaviour is still going on.
    void setBehaving(bool behaving)
    {
        m_behaving = behaving;
        if (behaving) {
            const QList<QTcpSocket *> sockets = m_server.findChildren<QTcpSocket *>();
            for (QTcpSocket *socket : sockets)
                socket->abort();
        }
    }
    const RawServer &server() const { return m_server; }
    int hostileAnswers() const { return m_hostileAnswers; }
    // What reached the other hosts: nothing may, the token least of all.
    int otherConnections() const { return m_other.connections + m_samePort.connections; }
    QByteArray otherReceived() const { return m_other.received + m_samePort.received; }

    QString otherOrigin() const
    {
        if (m_other.isListening())
            return QStringLiteral("127.0.0.2:%1").arg(m_other.port());
        return QStringLiteral("localhost:%1").arg(m_server.port());
    }
    QString samePortOrigin() const
    {
        return QStringLiteral("%1:%2")
            .arg(m_samePort.isListening() ? QStringLiteral("127.0.0.2")
                                          : QStringLiteral("localhost"))
            .arg(m_server.port());
    }

private:
    void answer(QTcpSocket *socket, const QByteArray &head)
    {
        const qsizetype pathStart = head.indexOf(' ') + 1;
        const QByteArray target = head.mid(pathStart, head.indexOf(' ', pathStart) - pathStart);
        if (m_behaving || !m_isTarget(head)) {
            m_behave(socket, head, m_server.bodies.constLast());
            return;
        }
        ++m_hostileAnswers;
        const QByteArray &good = m_sample;
        const QByteArray ok = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
        const auto redirect = [socket](int status, const QByteArray &location) {
            answerAndClose(socket, httpAnswer(status, "Redirect", QByteArray(),
                                              "Location: " + location + "\r\n"));
        };
        switch (m_hostile) {
        case Hostile::HugeDeclared:
            socket->write(ok + "Content-Length: 107374182400\r\n\r\n{\"list\":[],\"pad\":\"");
            flood(socket, QByteArray(64 * 1024, 'x'), FloodFactor * m_cap);
            break;
        case Hostile::HugeChunked:
            socket->write(ok + "Transfer-Encoding: chunked\r\n\r\n");
            flood(socket, "10000\r\n" + QByteArray(0x10000, 'x') + "\r\n", FloodFactor * m_cap);
            break;
        case Hostile::HugeUntilClose:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Connection: close\r\n\r\n");
            flood(socket, QByteArray(64 * 1024, 'x'), FloodFactor * m_cap);
            break;
        case Hostile::DeflateBomb:
        case Hostile::DeflatedPastCap:
            answerAndClose(socket,
                           httpAnswer(200, "OK", m_packed, "Content-Encoding: deflate\r\n"));
            break;
        case Hostile::EndlessHeader:
            socket->write(ok + "X-Padding: ");
            flood(socket, QByteArray(64 * 1024, 'x'), FloodFactor * m_cap);
            break;
        case Hostile::TruncatedLength:
            answerAndClose(socket, ok + "Content-Length: " + QByteArray::number(good.size() * 2) +
                                       "\r\n\r\n" + good);
            break;
        case Hostile::TruncatedChunked:
            answerAndClose(socket, ok + "Transfer-Encoding: chunked\r\n\r\n" +
                                       QByteArray::number(good.size(), 16) + "\r\n" + good +
                                       "\r\n");
            break;
        case Hostile::TruncatedJson:
            answerAndClose(socket, httpAnswer(200, "OK", good.left(good.size() / 2)));
            break;
        case Hostile::InvalidUtf8:
            answerAndClose(socket,
                           httpAnswer(200, "OK", "{\"list\":[{\"version_name\":\"v\xff\xfe\"}]}"));
            break;
        case Hostile::InvalidUtf8Error:
            answerAndClose(
                socket, httpAnswer(500, "Internal Server Error",
                                   "{\"message\":\"\xc0\xaf\xed\xa0\x80 broken\",\"code\":500}"));
            break;
        case Hostile::DeepNesting:
            answerAndClose(socket, httpAnswer(200, "OK", deepArrays()));
            break;
        case Hostile::DeepNestingError:
            answerAndClose(socket, httpAnswer(500, "Internal Server Error", deepObjects()));
            break;
        case Hostile::WrongType:
            answerAndClose(socket, httpAnswer(200, "OK",
                                              head.startsWith("GET ") ? R"({"list":"v1,v2"})"
                                                                      : R"(["success"])"));
            break;
        case Hostile::NeverAnswers:
            break;
        case Hostile::HeadersOnly:
            socket->write(ok + "Content-Length: 100\r\n\r\n");
            break;
        case Hostile::HalfStatusLine:
            socket->write("HTTP/1.1 2");
            break;
        case Hostile::ByteASecondBody:
            socket->write(ok + "Content-Length: " + QByteArray::number(good.size()) + "\r\n\r\n");
            drip(socket, good, 1000);
            break;
        case Hostile::ByteASecondAll:
            drip(socket, httpAnswer(200, "OK", good), 1000);
            break;
        case Hostile::ResetAtOnce:
            resetConnection(socket);
            break;
        case Hostile::ResetMidHeaders:
            socket->write("HTTP/1.1 200 OK\r\nContent-Ty");
            socket->flush();
            resetConnection(socket);
            break;
        case Hostile::ResetMidBody:
            socket->write(ok + "Content-Length: " + QByteArray::number(good.size()) + "\r\n\r\n" +
                          good.left(good.size() / 2));
            socket->flush();
            resetConnection(socket);
            break;
        case Hostile::NotHttp:
            answerAndClose(socket, "SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n");
            break;
        case Hostile::RedirectOtherHost:
            redirect(302, "http://" + otherOrigin().toLatin1() + target);
            break;
        case Hostile::RedirectSamePort:
            redirect(302, "http://" + samePortOrigin().toLatin1() + target);
            break;
        case Hostile::RedirectHttps:
            redirect(307, "https://127.0.0.1:" + QByteArray::number(m_server.port()) + target);
            break;
        case Hostile::RedirectSchemeLess:
            redirect(302, "//" + otherOrigin().toLatin1() + target);
            break;
        case Hostile::RedirectChain:
            if (!target.contains("hop=1"))
                redirect(307, target + (target.contains('?') ? "&hop=1" : "?hop=1"));
            else
                redirect(307, "http://" + otherOrigin().toLatin1() + target);
            break;
        case Hostile::RedirectLoop:
            redirect(307, target);
            break;
        case Hostile::HtmlPage:
            answerAndClose(socket, httpAnswer(200, "OK",
                                              "<!DOCTYPE html>\n<html><head><title>Sign in"
                                              "</title></head><body><form>...</form></body></html>",
                                              QByteArray(), "text/html; charset=utf-8"));
            break;
        case Hostile::EmptyBody:
            answerAndClose(socket, httpAnswer(200, "OK", QByteArray()));
            break;
        }
    }

    Hostile m_hostile;
    Matcher m_isTarget;
    Behave m_behave;
    QByteArray m_sample;
    qint64 m_cap;
    QByteArray m_packed; // the compressed answers
    bool m_behaving = false;
    int m_hostileAnswers = 0;
    RawServer m_server;
    RawServer m_other;
    RawServer m_samePort;
};

} // namespace zadig::test
