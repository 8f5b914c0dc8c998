// HTTPS between ZadigClient and the simulator serving TLS with throwaway certificates made by
// openssl: an untrusted certificate fails with Kind::Tls and reports what was wrong, a pinned
// one works, a company CA file works, and a host the certificate does not name still fails.
// The connection opened ahead at start-up is the one the first call uses.
// Over HTTP/2 (a server offering it, Qt 6.8's QHttpServer here) the client says it multiplexes
// and the version repository sends a whole page's reads at once; over HTTP/1.1, six.
#include "api/zadigclient.h"
#include "countingrelay.h"
#include "missingtool.h"
#include "nextturn.h"
#include "projectsearch.h"

#include "simulator.h"
#include "testcertificates.h"
#include "versionrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace zadig;
using namespace zadig::test;
using Kind = ApiError::Kind;

namespace {

const QString Token = u"tls-test-token-7c2d"_s;
constexpr int Patience = 20000; // ms; generous, the machine may be busy

struct Outcome
{
    std::optional<Result<ProjectPage>> result;
    Callback<ProjectPage> callback()
    {
        return [this](const Result<ProjectPage> &r) {
            result.emplace(r);
        };
    }
    QString why() const
    {
        if (!result)
            return u"no answer"_s;
        if (result->ok())
            return u"succeeded"_s;
        return ApiError::kindName(result->error().kind) + u": "_s + result->error().detail;
    }
};

} // namespace

// `openssl s_server -HTTP`: a server that resumes TLS sessions across connections, which a Qt
// server cannot (it makes a TLS context, and so a ticket key, per connection). It answers every
// call of one path with one recorded answer, one connection at a time.
class ResumingServer
{
public:
    ~ResumingServer()
    {
        m_process.kill();
        m_process.waitForFinished(30'000);
    }

    bool start(const TestCertificates &certificates, const QString &path, const QByteArray &answer)
    {
        if (!m_dir.isValid())
            return false;
        const QString file = m_dir.filePath(path);
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return false;
        out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                  QByteArray::number(answer.size()) + "\r\nConnection: close\r\n\r\n" + answer);
        out.close();
        // A port free a moment ago; should another process take it meanwhile, s_server exits
        // and another port is tried.
        for (int attempt = 0; attempt < 5; ++attempt) {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost))
                return false;
            m_port = probe.serverPort();
            probe.close();
            m_process.setWorkingDirectory(m_dir.path());
            m_process.setProcessChannelMode(QProcess::MergedChannels);
            m_process.start(TestCertificates::opensslProgram(),
                            {u"s_server"_s, u"-accept"_s, u"127.0.0.1:%1"_s.arg(m_port), u"-cert"_s,
                             certificates.path(u"leaf.pem"_s), u"-key"_s,
                             certificates.path(u"leaf.key"_s), u"-HTTP"_s});
            if (!m_process.waitForStarted(30'000))
                return false;
            QByteArray output;
            while (!output.contains("ACCEPT") && m_process.waitForReadyRead(30'000))
                output += m_process.readAll();
            if (output.contains("ACCEPT"))
                return true;
            m_process.waitForFinished(30'000);
        }
        return false;
    }
    quint16 port() const { return m_port; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

class TestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void connect_data();
    void connect();
    void rejectionCarriesTheDetails();
    void pinAfterRejectionThenRetryWorks();
    void fingerprints_data();
    void fingerprints();
    void theFirstCallUsesThePreconnection();
    void aPageIsReadAtOnceOverHttp2_data();
    void aPageIsReadAtOnceOverHttp2();
    void aSearchReadsItsPagesAtOnceOverHttp2_data();
    void aSearchReadsItsPagesAtOnceOverHttp2();
    void aNewConnectionResumesTheSession();

private:
    const TestCertificate &certificate(const QString &name) const;
    void serve(const TestCertificate &served);
    void newClient(const QString &host);

    TestCertificates m_certificates;
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ZadigClient> m_client;
};

void TestTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        ZADIG_SKIP_MISSING("this Qt has no TLS backend");
    if (TestCertificates::opensslProgram().isEmpty())
        ZADIG_SKIP_MISSING("the openssl command is needed to make test certificates");
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.error()));
}

void TestTls::init()
{
    m_sim = std::make_unique<sim::Simulator>();
    QVERIFY(m_sim->loadSeed(u"demo"_s));
    m_sim->setToken(Token);
}

void TestTls::cleanup()
{
    m_client.reset();
    m_nam.reset(); // a fresh manager per test: no TLS connection is reused across cases
    m_sim.reset();
}

const TestCertificate &TestTls::certificate(const QString &name) const
{
    if (name == "self"_L1)
        return m_certificates.selfSigned;
    if (name == "ca"_L1)
        return m_certificates.ca;
    return m_certificates.leaf;
}

void TestTls::serve(const TestCertificate &served)
{
    QVERIFY(m_sim->listenTls(served.certificate, served.key));
    QCOMPARE(m_sim->url().scheme(), u"https"_s);
}

void TestTls::newClient(const QString &host)
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ZadigClient>(m_nam.get());
    QUrl url = m_sim->url();
    url.setHost(host);
    m_client->setBaseUrl(url);
    m_client->setToken(Token);
}

void TestTls::connect_data()
{
    QTest::addColumn<QString>("served");  // self | leaf
    QTest::addColumn<QString>("host");    // the host name in the URL
    QTest::addColumn<bool>("companyCa");  // the CA file of the connection
    QTest::addColumn<QString>("pin");     // none | self | leaf
    QTest::addColumn<bool>("preconnect"); // as the app does at start-up
    QTest::addColumn<bool>("works");
    QTest::addColumn<int>("expectedError"); // a QSslError::SslError when it must fail

    const QString local = u"127.0.0.1"_s;
    const QString otherName =
        u"localhost"_s; // resolves here, but the certificates only name the IP
    QTest::newRow("self-signed, untrusted") << u"self"_s << local << false << u"none"_s << false
                                            << false << int(QSslError::SelfSignedCertificate);
    QTest::newRow("self-signed, untrusted, preconnected")
        << u"self"_s << local << false << u"none"_s << true << false
        << int(QSslError::SelfSignedCertificate);
    QTest::newRow("self-signed, pinned")
        << u"self"_s << local << false << u"self"_s << false << true << 0;
    QTest::newRow("self-signed, pinned, preconnected")
        << u"self"_s << local << false << u"self"_s << true << true << 0;
    QTest::newRow("self-signed, another certificate pinned")
        << u"self"_s << local << false << u"leaf"_s << false << false
        << int(QSslError::SelfSignedCertificate);
    QTest::newRow("self-signed, the company CA does not vouch for it")
        << u"self"_s << local << true << u"none"_s << false << false
        << int(QSslError::SelfSignedCertificate);
    QTest::newRow("company CA") << u"leaf"_s << local << true << u"none"_s << false << true << 0;
    QTest::newRow("company CA, preconnected")
        << u"leaf"_s << local << true << u"none"_s << true << true << 0;
    QTest::newRow("company CA, wrong host") << u"leaf"_s << otherName << true << u"none"_s << false
                                            << false << int(QSslError::HostNameMismatch);
    QTest::newRow("company certificate without its CA")
        << u"leaf"_s << local << false << u"none"_s << false << false
        << int(QSslError::UnableToGetLocalIssuerCertificate);
}

void TestTls::connect()
{
    QFETCH(QString, served);
    QFETCH(QString, host);
    QFETCH(bool, companyCa);
    QFETCH(QString, pin);
    QFETCH(bool, preconnect);
    QFETCH(bool, works);
    QFETCH(int, expectedError);

    serve(certificate(served));
    newClient(host);
    if (companyCa) {
        const auto cas = QSslCertificate::fromPath(m_certificates.ca.certificateFile);
        QCOMPARE(cas.size(), 1);
        m_client->setCaCertificates(cas);
    }
    if (pin != "none"_L1)
        m_client->setPinnedCertificates({ZadigClient::fingerprint(certificate(pin).certificate)});
    QSignalSpy rejected(m_client.get(), &ZadigClient::certificateRejected);
    if (preconnect)
        m_client->preconnect();

    Outcome outcome;
    m_client->listProjects(1, 20, this, outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), Patience);

    if (works) {
        QVERIFY2(outcome.result->ok(), qPrintable(outcome.why()));
        QVERIFY(!outcome.result->value().projects.isEmpty());
        QCOMPARE(m_sim->requests().constLast().authorization, "Bearer " + Token.toUtf8());
        QVERIFY(nextTurn()); // a rejection would have been queued before the callback
        QCOMPARE(rejected.count(), 0);
        return;
    }
    QVERIFY2(!outcome.result->ok(), "the call succeeded");
    QCOMPARE(outcome.result->error().kind, Kind::Tls);
    QVERIFY(!outcome.result->error().detail.isEmpty());
    // Nothing reached the server: the token never left over an untrusted channel.
    QVERIFY(m_sim->requests().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, Patience);
    const auto rejectedCertificate = rejected.at(0).at(0).value<QSslCertificate>();
    const auto errors = rejected.at(0).at(1).value<QList<QSslError>>();
    QCOMPARE(rejectedCertificate, certificate(served).certificate);
    QCOMPARE(rejected.at(0).at(2).toString(), host);
    bool found = false;
    QStringList seen;
    for (const QSslError &error : errors) {
        seen << error.errorString();
        found = found || int(error.error()) == expectedError;
    }
    QVERIFY2(found, qPrintable(seen.join(u"; "_s)));
}

void TestTls::rejectionCarriesTheDetails()
{
    // What the certificate dialog shows must be available from the rejection.
    serve(m_certificates.selfSigned);
    newClient(u"127.0.0.1"_s);
    QSignalSpy rejected(m_client.get(), &ZadigClient::certificateRejected);
    Outcome outcome;
    m_client->listProjects(1, 20, this, outcome.callback());
    QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, Patience);
    QVERIFY(outcome.result && !outcome.result->ok());

    const auto cert = rejected.at(0).at(0).value<QSslCertificate>();
    QCOMPARE(cert.subjectInfo(QSslCertificate::CommonName), QStringList{u"127.0.0.1"_s});
    QCOMPARE(cert.issuerInfo(QSslCertificate::Organization), QStringList{u"Zadig Desk Tests"_s});
    QVERIFY(cert.effectiveDate() <= QDateTime::currentDateTimeUtc());
    QVERIFY(cert.expiryDate() > QDateTime::currentDateTimeUtc());

    // The fingerprint agrees with openssl's own.
    QProcess openssl;
    openssl.start(TestCertificates::opensslProgram(),
                  {u"x509"_s, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s, u"-in"_s,
                   m_certificates.selfSigned.certificateFile});
    QVERIFY(openssl.waitForFinished(30'000));
    const QString printed = QString::fromLatin1(openssl.readAllStandardOutput()).trimmed();
    const QString theirs = printed.section(u'=', 1);
    QVERIFY2(!theirs.isEmpty(), qPrintable(printed));
    QCOMPARE(ZadigClient::fingerprint(cert), ZadigClient::normalisedFingerprint(theirs));
}

void TestTls::pinAfterRejectionThenRetryWorks()
{
    // The UI's flow: the call fails, the user trusts the certificate, Refresh calls again on
    // the same client and manager.
    serve(m_certificates.selfSigned);
    newClient(u"127.0.0.1"_s);
    QSignalSpy rejected(m_client.get(), &ZadigClient::certificateRejected);
    Outcome first;
    m_client->listProjects(1, 20, this, first.callback());
    QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, Patience);
    QCOMPARE(first.result->error().kind, Kind::Tls);

    const auto cert = rejected.at(0).at(0).value<QSslCertificate>();
    m_client->setPinnedCertificates({ZadigClient::fingerprint(cert)});
    Outcome second;
    m_client->listProjects(1, 20, this, second.callback());
    QTRY_VERIFY_WITH_TIMEOUT(second.result.has_value(), Patience);
    QVERIFY2(second.result->ok(), qPrintable(second.why()));
    QCOMPARE(rejected.count(), 1);

    // Unpinning takes the trust away again (for new connections).
    m_nam->clearConnectionCache();
    m_client->setPinnedCertificates({});
    Outcome third;
    m_client->listProjects(1, 20, this, third.callback());
    QTRY_VERIFY_WITH_TIMEOUT(third.result.has_value(), Patience);
    QVERIFY(!third.result->ok());
    QCOMPARE(third.result->error().kind, Kind::Tls);
}

void TestTls::fingerprints_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalised");
    const QString hex = u"0123456789abcdef"_s.repeated(4);
    QString colons;
    for (int i = 0; i < hex.size(); i += 2)
        colons += (i ? u":"_s : QString()) + hex.mid(i, 2).toUpper();
    QTest::newRow("lower-case hex") << hex << hex;
    QTest::newRow("openssl style") << colons << hex;
    QTest::newRow("spaces") << (u"  "_s + hex.left(32) + u" "_s + hex.mid(32) + u"\n"_s) << hex;
    QTest::newRow("too short") << hex.left(62) << QString();
    QTest::newRow("too long") << (hex + u"00"_s) << QString();
    QTest::newRow("not hex") << (hex.left(63) + u"g"_s) << QString();
    QTest::newRow("SHA-1 length") << hex.left(40) << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestTls::fingerprints()
{
    QFETCH(QString, input);
    QFETCH(QString, normalised);
    QCOMPARE(ZadigClient::normalisedFingerprint(input), normalised);
}

// Qt keeps connections that may speak HTTP/2 apart from those that may not, and lets a call
// speak it by default: a preconnection that did not offer h2 was never used, and the first call
// paid for a second TCP and TLS handshake.
void TestTls::theFirstCallUsesThePreconnection()
{
    serve(m_certificates.leaf);
    CountingRelay relay;
    QVERIFY(relay.listen(m_sim->port()));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ZadigClient>(m_nam.get());
    m_client->setBaseUrl(QUrl(u"https://127.0.0.1:%1"_s.arg(relay.port())));
    m_client->setToken(Token);
    m_client->setCaCertificates(QSslCertificate::fromPath(m_certificates.ca.certificateFile));
    m_client->preconnect();
    QTRY_COMPARE_WITH_TIMEOUT(relay.connections(), 1, Patience);
    Outcome outcome;
    m_client->listProjects(1, 20, this, outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), Patience);
    QVERIFY2(outcome.result->ok(), qPrintable(outcome.why()));
    QCOMPARE(relay.connections(), 1);
}

void TestTls::aPageIsReadAtOnceOverHttp2_data()
{
    QTest::addColumn<bool>("offered");    // the server offers h2 besides http/1.1
    QTest::addColumn<bool>("preconnect"); // as the app does at start-up
    QTest::newRow("HTTP/1.1") << false << false;
    QTest::newRow("HTTP/2") << true << false;
    QTest::newRow("HTTP/2, preconnected") << true << true;
}

void TestTls::aPageIsReadAtOnceOverHttp2()
{
    QFETCH(bool, offered);
    QFETCH(bool, preconnect);
    if (offered && !sim::Simulator::canServeHttp2())
        QSKIP("QHttpServer speaks HTTP/2 (over TLS) from Qt 6.8 on; this is Qt " QT_VERSION_STR);
    m_sim->setOfferHttp2(offered);
    serve(m_certificates.leaf);
    newClient(u"127.0.0.1"_s);
    m_client->setCaCertificates(QSslCertificate::fromPath(m_certificates.ca.certificateFile));
    m_client->setGeneration(ServerGeneration::Zadig3);
    if (preconnect)
        m_client->preconnect();
    Outcome first; // what the transport is shows in the first answer
    m_client->listProjects(1, 20, this, first.callback());
    QTRY_VERIFY_WITH_TIMEOUT(first.result.has_value(), Patience);
    QVERIFY2(first.result->ok(), qPrintable(first.why()));
    QCOMPARE(m_client->multiplexes(), offered);

    QStringList rows;
    for (int i = 0; i < 20; ++i) {
        rows << u"row%1"_s.arg(i);
        sim::Fault silent;
        silent.kind = sim::Fault::Kind::NeverAnswer;
        silent.pathContains = u"/openapi/delivery/releases/"_s + rows.constLast();
        m_sim->addFault(silent);
    }
    VersionRepository repository(m_client.get());
    repository.setProjectKey(u"mall"_s);
    repository.showRows(rows);
    const int atOnce = offered ? int(rows.size()) : VersionRepository::MaxConcurrent;
    QCOMPARE(repository.inFlight(), atOnce);
    // Qt sends them all: the server has every one of them before any answer.
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->requestCount(u"/openapi/delivery/releases/row"_s), atOnce,
                              Patience);
    QCOMPARE(repository.queued(), int(rows.size()) - atOnce);
}

void TestTls::aSearchReadsItsPagesAtOnceOverHttp2_data()
{
    QTest::addColumn<bool>("offered"); // the server offers h2 besides http/1.1
    QTest::newRow("HTTP/1.1") << false;
    QTest::newRow("HTTP/2") << true;
}

// Search All Versions reads the first page, then the other 19 of 2,000 versions: six at a time
// over HTTP/1.1, all at once over HTTP/2.
void TestTls::aSearchReadsItsPagesAtOnceOverHttp2()
{
    QFETCH(bool, offered);
    if (offered && !sim::Simulator::canServeHttp2())
        QSKIP("QHttpServer speaks HTTP/2 (over TLS) from Qt 6.8 on; this is Qt " QT_VERSION_STR);
    QVERIFY(m_sim->loadSeed(u"large:2000"_s));
    m_sim->setToken(Token);
    m_sim->setOfferHttp2(offered);
    serve(m_certificates.leaf);
    newClient(u"127.0.0.1"_s);
    m_client->setCaCertificates(QSslCertificate::fromPath(m_certificates.ca.certificateFile));
    m_client->setGeneration(ServerGeneration::Zadig3);
    const QString list = u"/openapi/delivery/releases"_s;
    for (int page = 2; page <= 20; ++page) {
        sim::Fault silent;
        silent.kind = sim::Fault::Kind::NeverAnswer;
        silent.pathContains = list;
        silent.queryContains = u"pageNum=%1&"_s.arg(page);
        m_sim->addFault(silent);
    }
    ProjectSearch search(m_client.get());
    search.start(u"mall"_s, u"release"_s);
    QTRY_COMPARE_WITH_TIMEOUT(search.pagesRead(), 1, Patience);
    QCOMPARE(search.pageCount(), 20);
    QCOMPARE(m_client->multiplexes(), offered);
    const int atOnce = offered ? 19 : VersionRepository::MaxConcurrent;
    QCOMPARE(m_client->pendingCount(), atOnce);
    // Qt sends them all: the server has every one of them before any answer.
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->requestCount(list), 1 + atOnce, Patience);
    search.cancel();
}

// The server's newest session ticket goes with the next connection Qt opens afresh (as after
// its idle connections were dropped), which then resumes the TLS session instead of making a
// full handshake. A change of trust forgets it: a resumed session skips the certificate check.
void TestTls::aNewConnectionResumesTheSession()
{
    ResumingServer server;
    const QByteArray projects = R"({"projects":[{"project_name":"Mall","project_key":"mall",)"
                                R"("description":"","deploy_type":"k8s"}],"total":1})";
    QVERIFY(server.start(m_certificates, u"openapi/projects/project?pageNum=1&pageSize=20"_s,
                         projects));
    CountingRelay relay;
    QVERIFY(relay.listen(server.port()));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ZadigClient>(m_nam.get());
    m_client->setBaseUrl(QUrl(u"https://127.0.0.1:%1"_s.arg(relay.port())));
    m_client->setToken(Token);
    m_client->setCaCertificates(QSslCertificate::fromPath(m_certificates.ca.certificateFile));
    m_client->preconnect(); // as at start-up: the first connection's options matter too

    const auto listProjects = [this](Outcome &outcome) {
        m_client->listProjects(1, 20, this, outcome.callback());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), Patience);
    };
    // Qt may open a connection or two more than it uses, so handshakes are counted, not
    // taken in order.
    const auto count = [&relay](std::optional<bool> offered, std::optional<bool> resumed) {
        const auto handshakes = relay.handshakes();
        return std::count_if(handshakes.cbegin(), handshakes.cend(), [&](const auto &handshake) {
            return handshake.offered == offered && handshake.resumed == resumed;
        });
    };
    Outcome first;
    listProjects(first);
    QVERIFY2(first.result->ok(), qPrintable(first.why()));
    QCOMPARE(first.result->value().projects.size(), 1);
    QCOMPARE_GE(count(false, false), 1); // a full handshake: nothing to resume yet
    QCOMPARE(count(true, true), 0);

    m_nam->clearConnectionCache();
    Outcome second;
    listProjects(second);
    QVERIFY2(second.result->ok(), qPrintable(second.why()));
    QCOMPARE_GE(count(true, true), 1); // offered the ticket, and the server took it
    QCOMPARE(count(true, false), 0);

    // The company CA is no longer trusted: the next connection checks the certificate again,
    // and fails, rather than resuming a session made under the old trust.
    m_nam->clearConnectionCache();
    m_client->setCaCertificates({});
    Outcome third;
    listProjects(third);
    QVERIFY(!third.result->ok());
    QCOMPARE(third.result->error().kind, Kind::Tls);
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
