// TlsPolicy (models/api/tlspolicy.h): fingerprints and their normalisation, which certificate
// errors a pin covers, the CA certificates added to the system's, and which server a TLS session
// ticket goes back to. No server: the certificates are fixed self-signed P-256 ones made for this
// test (valid until 2126).
#include "api/tlspolicy.h"

#include <QCryptographicHash>
#include <QScopeGuard>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zadig;

namespace {

const QByteArray PemA =
    QByteArrayLiteral("-----BEGIN CERTIFICATE-----\n"
                      "MIIBwjCCAWmgAwIBAgIUE6I7RDIJcuva74vGUPsfcXjMGEwwCgYIKoZIzj0EAwIw\n"
                      "NjEZMBcGA1UEAwwQdGxzcG9saWN5LWEudGVzdDEZMBcGA1UECgwQWmFkaWcgRGVz\n"
                      "ayBUZXN0czAgFw0yNjEyMDIxMTQ5MTNaGA8yMTI2MTEwODExNDkxM1owNjEZMBcG\n"
                      "A1UEAwwQdGxzcG9saWN5LWEudGVzdDEZMBcGA1UECgwQWmFkaWcgRGVzayBUZXN0\n"
                      "czBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABKzdeOy+RijcYvfVD2mrcHGw5Bax\n"
                      "eLjZQJm+m3PIbqWqaYN+KpGuEJ4xoF3ZmeiWfQV5JQ9bcWckDvkfKXo59QSjUzBR\n"
                      "MB0GA1UdDgQWBBTDJx1lcVFUfDNxdu4PQGDJGPGzNjAfBgNVHSMEGDAWgBTDJx1l\n"
                      "cVFUfDNxdu4PQGDJGPGzNjAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0cA\n"
                      "MEQCIDZuliQy0oNzVG+5mVpcJC2NTSXLG08KDKEgB7ItW7SUAiB/3wU3NB12ipuV\n"
                      "fCzMp739qY2evOHkuz1Rg7FPd5W8EA==\n"
                      "-----END CERTIFICATE-----\n");
const QByteArray PemB =
    QByteArrayLiteral("-----BEGIN CERTIFICATE-----\n"
                      "MIIBwzCCAWmgAwIBAgIUSz+RPd1by6rEIyLuWXtuNvpxDJEwCgYIKoZIzj0EAwIw\n"
                      "NjEZMBcGA1UEAwwQdGxzcG9saWN5LWIudGVzdDEZMBcGA1UECgwQWmFkaWcgRGVz\n"
                      "ayBUZXN0czAgFw0yNjEyMDIxMTQ5MTNaGA8yMTI2MTEwODExNDkxM1owNjEZMBcG\n"
                      "A1UEAwwQdGxzcG9saWN5LWIudGVzdDEZMBcGA1UECgwQWmFkaWcgRGVzayBUZXN0\n"
                      "czBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABKZIqibovmQ3qnENfrp4D1NDBA8R\n"
                      "MA4MOYcrDpf9KVWOHotnNAo6kbA8t9qsBVE0CvO4y2lGxUehgFUc/pv+xfujUzBR\n"
                      "MB0GA1UdDgQWBBQu2zdh3ZTaWmxBirza5jzpMpi8CDAfBgNVHSMEGDAWgBQu2zdh\n"
                      "3ZTaWmxBirza5jzpMpi8CDAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0gA\n"
                      "MEUCIH5msQs8FQLlh6RpETiBW7zx9MsRrKun05MSvHQZkf1qAiEAzm4VNMhuscka\n"
                      "vNK5mC+JvZeYZppoNGA6ji/GGpmlu5c=\n"
                      "-----END CERTIFICATE-----\n");
const QByteArray PemCa =
    QByteArrayLiteral("-----BEGIN CERTIFICATE-----\n"
                      "MIIBxDCCAWugAwIBAgIUEAMjV77RQu6KDFAPUYKBoGvZeN8wCgYIKoZIzj0EAwIw\n"
                      "NzEaMBgGA1UEAwwRdGxzcG9saWN5LWNhLnRlc3QxGTAXBgNVBAoMEFphZGlnIERl\n"
                      "c2sgVGVzdHMwIBcNMjYxMjAyMTE0OTEzWhgPMjEyNjExMDgxMTQ5MTNaMDcxGjAY\n"
                      "BgNVBAMMEXRsc3BvbGljeS1jYS50ZXN0MRkwFwYDVQQKDBBaYWRpZyBEZXNrIFRl\n"
                      "c3RzMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAELapxZd8XUoJEL5oM3mMbsMdq\n"
                      "c4XW+ODVJCf1x9AAqiBIJ8qsYBz5T7ba1VDhFfevwG9Jwm+k27tvtXju6SGHUqNT\n"
                      "MFEwHQYDVR0OBBYEFKJbUcOxfz+yiLPwUYwyHCQtvXUuMB8GA1UdIwQYMBaAFKJb\n"
                      "UcOxfz+yiLPwUYwyHCQtvXUuMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwID\n"
                      "RwAwRAIgYmxYmSXLep7tg4G9eMrFNJX7C6WJDvqsCP1JXgGuaJcCIEcmWlmqgQuW\n"
                      "4opXf64M6FaLJkxjDmYs2vhdAy0iyeKX\n"
                      "-----END CERTIFICATE-----\n");

QSslCertificate certificate(const QString &name)
{
    if (name == "a"_L1)
        return QSslCertificate(PemA);
    if (name == "b"_L1)
        return QSslCertificate(PemB);
    return QSslCertificate();
}

// "AB:CD:..." as browsers and `openssl x509 -fingerprint -sha256` show it.
QString colonUpper(const QString &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs.append(hex.mid(i, 2).toUpper());
    return pairs.join(u':');
}

} // namespace

class TestTlsPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fingerprintIsSha256OfDer();
    void normalisedFingerprint_data();
    void normalisedFingerprint();
    void pinsAreNormalised();
    void judge_data();
    void judge();
    void caCertificatesAddedToSystemOnes();
    void sessionTicketsStayWithTheirServer();
};

void TestTlsPolicy::initTestCase()
{
    QVERIFY(!certificate(u"a"_s).isNull());
    QVERIFY(!certificate(u"b"_s).isNull());
    QVERIFY(!QSslCertificate(PemCa).isNull());
}

void TestTlsPolicy::fingerprintIsSha256OfDer()
{
    const QSslCertificate a = certificate(u"a"_s);
    const QString expected = QString::fromLatin1(
        QCryptographicHash::hash(a.toDer(), QCryptographicHash::Sha256).toHex());
    QCOMPARE(TlsPolicy::fingerprint(a), expected);
    QVERIFY(TlsPolicy::fingerprint(a) != TlsPolicy::fingerprint(certificate(u"b"_s)));
    QCOMPARE(TlsPolicy::fingerprint(QSslCertificate()), QString());
}

void TestTlsPolicy::normalisedFingerprint_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalised");

    const QString hex = TlsPolicy::fingerprint(certificate(u"a"_s));
    QTest::newRow("lower-case hex") << hex << hex;
    QTest::newRow("upper case") << hex.toUpper() << hex;
    QTest::newRow("colons, upper case") << colonUpper(hex) << hex;
    QTest::newRow("spaces and a newline")
        << u"  "_s + colonUpper(hex).replace(u':', u' ') + u"\n"_s << hex;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("one digit short") << hex.chopped(1) << QString();
    QTest::newRow("one digit long") << hex + u'0' << QString();
    QTest::newRow("not hex") << hex.chopped(1) + u'g' << QString();
    QTest::newRow("SHA-1 length") << hex.left(40) << QString();
}

void TestTlsPolicy::normalisedFingerprint()
{
    QFETCH(QString, input);
    QFETCH(QString, normalised);
    QCOMPARE(TlsPolicy::normalisedFingerprint(input), normalised);
}

void TestTlsPolicy::pinsAreNormalised()
{
    const QString a = TlsPolicy::fingerprint(certificate(u"a"_s));
    const QString b = TlsPolicy::fingerprint(certificate(u"b"_s));
    TlsPolicy policy;
    QVERIFY(!policy.hasPins());
    // Duplicates in other spellings count once; what is not a fingerprint is dropped.
    policy.setPinnedCertificates({colonUpper(a), u"not a fingerprint"_s, a, b.toUpper()});
    QCOMPARE(policy.pinnedCertificates(), QStringList({a, b}));
    QVERIFY(policy.hasPins());
    policy.setPinnedCertificates({});
    QVERIFY(!policy.hasPins());
}

void TestTlsPolicy::judge_data()
{
    QTest::addColumn<QString>("pin");            // a | b | A:B:... | none
    QTest::addColumn<QString>("connectionPeer"); // what the connection reports: a | none
    QTest::addColumn<QStringList>("named");      // the certificates the errors name, in order
    QTest::addColumn<bool>("pinned");
    QTest::addColumn<QString>("judged"); // the certificate the verdict names

    const QStringList aOnly = {u"a"_s};
    QTest::newRow("pinned peer: covered") << u"a"_s << u"a"_s << aOnly << true << u"a"_s;
    QTest::newRow("pin in colon form: covered") << u"A:"_s << u"a"_s << aOnly << true << u"a"_s;
    QTest::newRow("another certificate pinned: not covered")
        << u"b"_s << u"a"_s << aOnly << false << u"a"_s;
    QTest::newRow("no pins: not covered") << u"none"_s << u"a"_s << aOnly << false << u"a"_s;
    QTest::newRow("peer not known yet, the errors name it")
        << u"a"_s << u"none"_s << aOnly << true << u"a"_s;
    QTest::newRow("peer not known yet: the first named is the server's")
        << u"a"_s << u"none"_s << QStringList({u"b"_s, u"a"_s}) << false << u"b"_s;
    QTest::newRow("the peer wins over what the errors name")
        << u"a"_s << u"a"_s << QStringList({u"b"_s}) << true << u"a"_s;
    QTest::newRow("no certificate anywhere: not covered")
        << u"a"_s << u"none"_s << QStringList({u"none"_s}) << false << u"none"_s;
}

void TestTlsPolicy::judge()
{
    QFETCH(QString, pin);
    QFETCH(QString, connectionPeer);
    QFETCH(QStringList, named);
    QFETCH(bool, pinned);
    QFETCH(QString, judged);

    TlsPolicy policy;
    if (pin == "A:"_L1)
        policy.setPinnedCertificates({colonUpper(TlsPolicy::fingerprint(certificate(u"a"_s)))});
    else if (pin != "none"_L1)
        policy.setPinnedCertificates({TlsPolicy::fingerprint(certificate(pin))});
    QList<QSslError> errors;
    for (const QString &name : std::as_const(named))
        errors.append(QSslError(QSslError::SelfSignedCertificate, certificate(name)));

    const TlsPolicy::Verdict verdict = policy.judge(certificate(connectionPeer), errors);
    QCOMPARE(verdict.pinned, pinned);
    QCOMPARE(verdict.certificate, certificate(judged));
    QCOMPARE(verdict.fingerprint, TlsPolicy::fingerprint(certificate(judged)));
}

void TestTlsPolicy::caCertificatesAddedToSystemOnes()
{
#if QT_CONFIG(ssl)
    TlsPolicy policy;
    const QUrl server(u"https://zadig.example.com"_s);
    // Without extra CAs a connection keeps Qt's defaults (and their loading on demand).
    QCOMPARE(policy.configuration().caCertificates(),
             QSslConfiguration::defaultConfiguration().caCertificates());
    QCOMPARE(policy.connectionConfiguration(server).caCertificates(),
             QSslConfiguration::defaultConfiguration().caCertificates());

    // With a company CA the system's roots are listed too: Qt stops loading them on demand
    // once CAs are set, and its default list is empty until then (Linux).
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    const QSslCertificate ca(PemCa);
    policy.setCaCertificates({ca});
    QCOMPARE(policy.caCertificates(), QList<QSslCertificate>({ca}));
    for (const QSslConfiguration &configuration :
         {policy.configuration(), policy.connectionConfiguration(server)}) {
        QCOMPARE(configuration.caCertificates(), system + QList<QSslCertificate>({ca}));
    }

    policy.setCaCertificates({});
    QCOMPARE(policy.connectionConfiguration(server).caCertificates(),
             QSslConfiguration::defaultConfiguration().caCertificates());
#else
    QSKIP("Qt without TLS");
#endif
}

void TestTlsPolicy::sessionTicketsStayWithTheirServer()
{
#if QT_CONFIG(ssl)
    TlsPolicy policy;
    const QUrl server(u"https://zadig.example.com/openapi/projects/project"_s);
    const auto ticketFor = [&policy](const QString &url) {
        return policy.connectionConfiguration(QUrl(url)).sessionTicket();
    };
    // Qt keeps the ticket a server sends only when session persistence is on.
    QVERIFY(!policy.connectionConfiguration(server).testSslOption(
        QSsl::SslOptionDisableSessionPersistence));
    QVERIFY(ticketFor(server.toString()).isEmpty());

    policy.rememberSession(server, "ticket-1");
    QVERIFY(policy.hasSession(server));
    QCOMPARE(ticketFor(u"https://ZADIG.example.com:443/openapi/delivery/releases"_s), "ticket-1");
    for (const QString &elsewhere :
         {u"https://other.example.com/"_s, u"https://zadig.example.com:8443/"_s,
          u"http://zadig.example.com/"_s}) {
        QVERIFY2(ticketFor(elsewhere).isEmpty(), qPrintable(elsewhere));
    }

    // An answer without a ticket keeps the newest one; a newer one replaces it.
    policy.rememberSession(server, {});
    QCOMPARE(ticketFor(server.toString()), "ticket-1");
    policy.rememberSession(server, "ticket-2");
    QCOMPARE(ticketFor(server.toString()), "ticket-2");
    // Plain HTTP has none to give.
    policy.rememberSession(QUrl(u"http://zadig.example.com/"_s), "ticket-3");
    QCOMPARE(ticketFor(server.toString()), "ticket-2");

    // One server's at a time: another server's ticket is not sent to the first.
    policy.rememberSession(QUrl(u"https://other.example.com/"_s), "ticket-4");
    QVERIFY(ticketFor(server.toString()).isEmpty());
    QCOMPARE(ticketFor(u"https://other.example.com/x"_s), "ticket-4");

    // A change of trust forgets it: resuming would skip the check the new trust asks for.
    policy.rememberSession(server, "ticket-5");
    policy.setPinnedCertificates({TlsPolicy::fingerprint(certificate(u"a"_s))});
    QVERIFY(ticketFor(server.toString()).isEmpty());
    policy.rememberSession(server, "ticket-6");
    policy.setCaCertificates({QSslCertificate(PemCa)});
    QVERIFY(ticketFor(server.toString()).isEmpty());
    QCOMPARE(policy.connectionConfiguration(server).caCertificates().size(),
             QSslConfiguration::systemCaCertificates().size() + 1);
    policy.rememberSession(server, "ticket-7");
    policy.forgetSession();
    QVERIFY(!policy.hasSession(server));
    QVERIFY(ticketFor(server.toString()).isEmpty());
#else
    QSKIP("Qt without TLS");
#endif
}

QTEST_GUILESS_MAIN(TestTlsPolicy)
#include "tst_tlspolicy.moc"
