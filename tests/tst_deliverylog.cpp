// ZadigClient::deliveryLog, the 4.x/5.x web UI's per-image distribution log (text/plain): the
// request it sends, how it reads the answer and its errors (against canned answers), and the
// simulator's route on each generation over real HTTP.
#include "api/zadigclient.h"
#include "rawserver.h"
#include "simulator.h"
#include "simv2.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace zadig;
using test::answerAndClose;
using test::httpAnswer;
using test::RawServer;

namespace {

const QString Token = u"log-token-5d1e"_s;
constexpr int Patience = 15000; // ms; only catches a hang

struct Answer
{
    std::optional<Result<QString>> result;
    Callback<QString> callback()
    {
        return [this](const Result<QString> &r) {
            result.emplace(r);
        };
    }
};

QByteArray plain(int status, const QByteArray &text)
{
    return httpAnswer(status, "X", text, QByteArray(), "text/plain; charset=utf-8");
}

} // namespace

class TestDeliveryLog : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<RawServer> m_server;
    QByteArray m_answer; // what the canned server answers the log route
    std::unique_ptr<ZadigClient> m_client;

    void serve(ServerGeneration generation)
    {
        m_server = std::make_unique<RawServer>(
            [this](QTcpSocket *socket, const QByteArray &) { answerAndClose(socket, m_answer); });
        m_client = std::make_unique<ZadigClient>(&m_nam);
        m_client->setBaseUrl(m_server->url());
        m_client->setToken(Token);
        m_client->setGeneration(generation);
    }

    Result<QString> fetch(const QString &module = u"cart"_s)
    {
        Answer answer;
        m_client->deliveryLog(u"mall"_s, u"v1.0+rc 1"_s, u"cart"_s, module, this,
                              answer.callback());
        if (!QTest::qWaitFor([&] { return answer.result.has_value(); }, Patience))
            return ApiError{};
        return *answer.result;
    }

    static QByteArray requestLine(const QByteArray &head) { return head.left(head.indexOf('\r')); }

private Q_SLOTS:
    void readsThePlainTextOfTheImagesJob()
    {
        serve(ServerGeneration::Zadig5);
        m_answer = plain(200, "step 1\npush 镜像: unauthorized\n");
        const Result<QString> result = fetch();
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
        QCOMPARE(result.value(), u"step 1\npush 镜像: unauthorized\n"_s);
        QCOMPARE(m_server->heads.size(), 1);
        const QByteArray head = m_server->heads.first();
        QCOMPARE(test::header(head, "Authorization"), "Bearer " + Token.toUtf8());
        const QByteArray line = requestLine(head);
        QVERIFY2(line.startsWith("GET /api/aslan/logs/log/delivery?"), line.constData());
        const QUrlQuery query(QUrl::fromEncoded(line.split(' ').value(1)).query());
        QCOMPARE(query.queryItemValue(u"projectName"_s), u"mall"_s);
        QCOMPARE(query.queryItemValue(u"serviceName"_s), u"cart"_s);
        QCOMPARE(query.queryItemValue(u"serviceModule"_s), u"cart"_s);
        // '+' and spaces are encoded: Go reads a bare '+' as a space.
        QVERIFY2(line.contains("version=v1.0%2Brc%201"), line.constData());
    }

    void bytesThatAreNotUtf8DoNotLoseTheLog()
    {
        serve(ServerGeneration::Zadig4);
        m_answer = plain(200, "before \xff after\n");
        const Result<QString> result = fetch();
        QVERIFY(result.ok());
        QVERIFY(result.value().startsWith(u"before "_s));
        QVERIFY(result.value().endsWith(u" after\n"_s));
    }

    void errorsAreMappedAsEverywhere_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("401, empty") << httpAnswer(401, "Unauthorized", QByteArray())
                                    << ApiError::Kind::Unauthorised << QString();
        QTest::newRow("403, empty")
            << httpAnswer(403, "Forbidden", QByteArray()) << ApiError::Kind::Forbidden << QString();
        QTest::newRow("500 with the reason")
            << httpAnswer(500, "Internal Server Error",
                          R"({"code":500,"message":"Internal Server Error","description":)"
                          R"("failed to get delivery job log: the job has not started"})")
            << ApiError::Kind::Server << u"has not started"_s;
        QTest::newRow("404 of an older web UI")
            << plain(404, "404 page not found") << ApiError::Kind::Server << QString();
    }

    void errorsAreMappedAsEverywhere()
    {
        QFETCH(QByteArray, answer);
        QFETCH(ApiError::Kind, kind);
        QFETCH(QString, says);
        serve(ServerGeneration::Zadig5);
        m_answer = answer;
        const Result<QString> result = fetch();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, kind);
        QVERIFY2(result.error().message().contains(says) || result.error().detail.contains(says) ||
                     result.error().serverText().contains(says),
                 qPrintable(result.error().message()));
        QVERIFY(!result.error().message().contains(Token));
    }

    void aLogOverTheCapIsRefused()
    {
        serve(ServerGeneration::Zadig5);
        m_client->setMaxBodySize(1024);
        m_answer = plain(200, QByteArray(4096, 'x'));
        const Result<QString> result = fetch();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::BadResponse);
    }

    void zadig3IsNeverAsked()
    {
        serve(ServerGeneration::Zadig3);
        m_answer = plain(200, "must not be read");
        const Result<QString> result = fetch();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::UnsupportedServer);
        QVERIFY(m_server->heads.isEmpty());
    }

    // The simulator serves the route like the real server: on 4.x/5.x a log for a failed image
    // that ends with its error, on 2.3-3.4 nothing (gin's 404).
    void theSimulatorServesItWhereZadigDoes_data()
    {
        QTest::addColumn<QString>("generation");
        QTest::addColumn<bool>("served");
        QTest::newRow("3") << u"3"_s << false;
        QTest::newRow("4.0") << u"4.0"_s << true;
        QTest::newRow("4.3") << u"4.3"_s << true;
        QTest::newRow("5") << u"5"_s << true;
    }

    void theSimulatorServesItWhereZadigDoes()
    {
        QFETCH(QString, generation);
        QFETCH(bool, served);
        sim::Simulator simulator;
        QVERIFY(simulator.setApiGeneration(generation));
        QVERIFY(simulator.loadSeed(u"demo"_s));
        QVERIFY(simulator.listen());
        simulator.setSpeed(0);
        ZadigClient client(&m_nam);
        client.setBaseUrl(simulator.url());
        client.setToken(simulator.token());

        const auto read = [&](const QString &service, const QString &module) {
            Answer answer;
            // The generation is detected first, as the detail pane's first call does.
            client.deliveryLog(u"mall"_s, u"v3.1.0"_s, service, module, this, answer.callback());
            (void)QTest::qWaitFor([&] { return answer.result.has_value(); }, Patience);
            return answer.result.value_or(ApiError{});
        };
        const Result<QString> failed = read(u"web"_s, u"web"_s);
        if (!served) {
            QVERIFY(!failed.ok());
            QCOMPARE(failed.error().kind, ApiError::Kind::UnsupportedServer);
            QCOMPARE(simulator.requestCount(u"/api/aslan/logs/"_s), 0);
            // And the route itself is not there, whoever asks.
            QNetworkRequest request(simulator.url().resolved(
                QUrl(u"/api/aslan/logs/log/delivery?projectName=mall&version=v3.1.0"
                     u"&serviceName=web&serviceModule=web"_s)));
            request.setRawHeader("Authorization", "Bearer " + simulator.token().toUtf8());
            std::unique_ptr<QNetworkReply> reply(m_nam.get(request));
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), Patience);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
            return;
        }
        QVERIFY2(failed.ok(), qPrintable(failed.ok() ? QString() : failed.error().message()));
        const sim::V2Version *version = simulator.v2().version(u"mall"_s, u"v3.1.0"_s);
        QVERIFY(version);
        QString error;
        for (const sim::V2Service &s : version->services) {
            for (const sim::V2Image &i : s.images) {
                if (s.serviceName == "web"_L1 && i.containerName == "web"_L1)
                    error = i.error.trimmed();
            }
        }
        QVERIFY(!error.isEmpty());
        QVERIFY2(failed.value().contains(error), qPrintable(failed.value()));
        QVERIFY(failed.value().contains(u"distribute job failed"_s));
        // Its times are the version's, not the epoch's.
        QVERIFY2(failed.value().startsWith(QDateTime::fromSecsSinceEpoch(version->createdAt)
                                               .toUTC()
                                               .toString(u"yyyy-MM-dd"_s)),
                 qPrintable(failed.value()));

        const Result<QString> passed = read(u"cart"_s, u"cart"_s);
        QVERIFY(passed.ok());
        QVERIFY2(passed.value().contains(u"distribute job passed"_s), qPrintable(passed.value()));

        const Result<QString> unknown = read(u"cart"_s, u"no-such-container"_s);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().httpStatus, 500);
    }
};

QTEST_GUILESS_MAIN(TestDeliveryLog)
#include "tst_deliverylog.moc"
