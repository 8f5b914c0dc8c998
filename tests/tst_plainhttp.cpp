// A request over plain HTTP does not load Qt's TLS backend. Loading it and initialising OpenSSL
// cost about 6 ms of start-up (a QSslCertificate default-constructed in the client's per-request
// record did it), and a plain-HTTP server (a local Zadig, a test server) must not pay for TLS.
// Its own executable: anything else in the process that touches TLS (the simulator's HTTP server
// does) would hide the answer. Read from the process's map of loaded files, so Linux only.
#include "api/zadigclient.h"
#include "missingtool.h"
#include "rawserver.h"
#include "testdata.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSslSocket>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace zadig;

class TestPlainHttp : public QObject
{
    Q_OBJECT

private:
    static bool tlsLoaded()
    {
        QFile maps(u"/proc/self/maps"_s);
        return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("opensslbackend");
    }

private Q_SLOTS:
    void plainHttpLeavesTlsUnloaded()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads /proc/self/maps");
#endif
        const QByteArray body = test::testData(u"seed_list.json"_s);
        QVERIFY(!body.isEmpty());
        test::RawServer server([&body](QTcpSocket *socket, const QByteArray &) {
            test::answerAndClose(socket, test::httpAnswer(200, "OK", body));
        });
        QVERIFY2(!tlsLoaded(), "the TLS backend was loaded before the test began");

        QNetworkAccessManager nam;
        ZadigClient client(&nam);
        client.setBaseUrl(server.url());
        client.setToken(u"plain"_s);
        client.preconnect();
        std::optional<Result<VersionPage>> page;
        client.listVersions(u"mall"_s, 1, 20, this,
                            [&page](const Result<VersionPage> &result) { page = result; });
        QTRY_VERIFY_WITH_TIMEOUT(page.has_value(), 10'000);
        QVERIFY2(page->ok(), qPrintable(page->ok() ? QString() : page->error().detail));
        QVERIFY(!page->value().versions.isEmpty());
        QVERIFY2(!tlsLoaded(), "a plain HTTP request loaded the TLS backend");
    }

    // The control, after the test above (Qt Test runs them in this order, and a backend once
    // loaded stays): the same client asked for https does load the backend, and tlsLoaded()
    // sees it. Without it the test above would pass as well if the backend had another name
    // or the maps could not be read.
    void httpsLoadsTls()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads /proc/self/maps");
#endif
        // A server that never answers: the TLS handshake starts, and nothing more is needed.
        test::RawServer server([](QTcpSocket *, const QByteArray &) {});
        QNetworkAccessManager nam;
        ZadigClient client(&nam);
        QUrl url = server.url();
        url.setScheme(u"https"_s);
        client.setBaseUrl(url);
        client.setToken(u"secure"_s);
        client.setTimeout(1'000);
        std::optional<Result<VersionPage>> page;
        client.listVersions(u"mall"_s, 1, 20, this,
                            [&page](const Result<VersionPage> &result) { page = result; });
        QTRY_VERIFY_WITH_TIMEOUT(page.has_value(), 30'000);
        QVERIFY(!page->ok());
        const bool loaded = tlsLoaded(); // before anything else here could load it
        if (!loaded && !QSslSocket::availableBackends().contains(u"openssl"_s))
            ZADIG_SKIP_MISSING("Qt's OpenSSL TLS backend");
        QVERIFY2(loaded, "an https request did not load the TLS backend");
    }
};

QTEST_GUILESS_MAIN(TestPlainHttp)
#include "tst_plainhttp.moc"
