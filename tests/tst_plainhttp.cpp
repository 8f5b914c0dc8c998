// A request over plain HTTP does not load Qt's TLS backend. Loading it and initialising OpenSSL
// cost about 6 ms of start-up (a QSslCertificate default-constructed in the client's per-request
// record did it), and a plain-HTTP server (a local Zadig, a test server) must not pay for TLS.
// Its own executable: anything else in the process that touches TLS (the simulator's HTTP server
// does) would hide the answer. Read from the process's map of loaded files, so Linux only.
#include "api/zadigclient.h"
#include "rawserver.h"
#include "testdata.h"

#include <QFile>
#include <QNetworkAccessManager>
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
};

QTEST_GUILESS_MAIN(TestPlainHttp)
#include "tst_plainhttp.moc"
