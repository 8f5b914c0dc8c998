// zadig-sim as others start it: a process that prints its URL first, then serves; its options.
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Binary = QStringLiteral(ZADIG_SIM_BINARY);

struct Finished
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

struct Answer
{
    int status = 0;
    QByteArray body;
};

} // namespace

class TestSimCli : public QObject
{
    Q_OBJECT

private:
    Finished runToEnd(const QStringList &arguments)
    {
        QProcess process;
        process.start(Binary, arguments);
        Finished f;
        if (!process.waitForFinished(60'000)) {
            process.kill();
            process.waitForFinished();
            return f;
        }
        f.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        f.out = process.readAllStandardOutput();
        f.err = process.readAllStandardError();
        return f;
    }

    static Answer fetch(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &token)
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(30'000);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 reply->readAll()};
        reply->deleteLater();
        return a;
    }

private Q_SLOTS:
    void help()
    {
        const Finished f = runToEnd({u"--help"_s});
        QCOMPARE(f.exitCode, 0);
        for (const char *option :
             {"--port", "--token", "--seed", "--speed", "--host", "--helm-delay-ms", "--no-licence",
              "--no-web-helpers", "--api-generation"}) {
            QVERIFY2(f.out.contains(option), option);
        }
        // Each generation is explained, one line each.
        for (const char *line :
             {"\n  3 ", "\n  4.0 ", "\n  4.1 ", "\n  4.2 ", "\n  4.2.1 ", "\n  4.3 ", "\n  5 "}) {
            QVERIFY2(f.out.contains(line), line);
        }
    }

    void version()
    {
        const Finished f = runToEnd({u"--version"_s});
        QCOMPARE(f.exitCode, 0);
        QVERIFY2(f.out.contains(ZADIG_VERSION_STRING), f.out.constData());
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown seed") << QStringList{u"--seed"_s, u"huge"_s};
        QTest::newRow("port out of range") << QStringList{u"--port"_s, u"70000"_s};
        QTest::newRow("negative speed") << QStringList{u"--speed"_s, u"-1"_s};
        QTest::newRow("bad address") << QStringList{u"--host"_s, u"not-an-address"_s};
        QTest::newRow("empty token") << QStringList{u"--token"_s, QString()};
        QTest::newRow("api generation 6") << QStringList{u"--api-generation"_s, u"6"_s};
        QTest::newRow("api generation 4.4") << QStringList{u"--api-generation"_s, u"4.4"_s};
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        const Finished f = runToEnd(arguments);
        QVERIFY(f.exitCode > 0);
        QVERIFY(f.out.isEmpty()); // no URL: nobody may think it serves
        QVERIFY(!f.err.isEmpty());
    }

    void serves_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        const QString listPath =
            u"/openapi/delivery/releases?projectKey=mall&pageNum=1&pageSize=5"_s;
        QTest::newRow("demo list") << QStringList() << listPath << 200;
        QTest::newRow("no licence") << QStringList{u"--no-licence"_s} << listPath << 400;
        QTest::newRow("empty seed") << QStringList{u"--seed"_s, u"empty"_s} << listPath << 200;
        QTest::newRow("generation 4")
            << QStringList{u"--api-generation"_s, u"4"_s}
            << u"/openapi/delivery/releases/0123456789abcdef01234567?projectKey=mall"_s << 405;
        QTest::newRow("generation 5")
            << QStringList{u"--api-generation"_s, u"5"_s}
            << u"/openapi/delivery/releases/0123456789abcdef01234567"_s << 405;
        QTest::newRow("generation 4.2: no cli context")
            << QStringList{u"--api-generation"_s, u"4.2"_s} << u"/openapi/system/cli/context"_s
            << 404;
        QTest::newRow("web helpers off")
            << QStringList{u"--no-web-helpers"_s}
            << u"/api/aslan/system/helm/project?projectName=payments"_s << 404;
    }

    void serves()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, path);
        QFETCH(int, status);

        QProcess process;
        process.start(Binary, QStringList{u"--port"_s, u"0"_s, u"--token"_s, u"cli-token"_s,
                                          u"--speed"_s, u"5"_s} +
                                  extra);
        QVERIFY(process.waitForStarted(30'000));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 30'000);
        const QUrl url(QString::fromUtf8(process.readLine().trimmed()));
        QCOMPARE(url.scheme(), u"http"_s);
        QCOMPARE(url.host(), u"127.0.0.1"_s);
        QVERIFY(url.port() > 0);

        QNetworkAccessManager nam;
        const Answer a = fetch(nam, url.resolved(QUrl(path)), "cli-token");
        QCOMPARE(a.status, status);
        if (extra.contains(u"empty"_s))
            QCOMPARE(QJsonDocument::fromJson(a.body).object()["total"_L1].toInt(), 0);
        else if (status == 200)
            QCOMPARE(QJsonDocument::fromJson(a.body).object()["total"_L1].toInt(), 18);
        if (status == 400)
            QCOMPARE(QJsonDocument::fromJson(a.body).object()["code"_L1].toInt(), 7050);
        QCOMPARE(fetch(nam, url.resolved(QUrl(path)), QByteArray()).status, 401);
        QCOMPARE(process.state(), QProcess::Running); // serves until killed

        process.kill();
        QVERIFY(process.waitForFinished(30'000));
    }
};

QTEST_GUILESS_MAIN(TestSimCli)
#include "tst_simcli.moc"
