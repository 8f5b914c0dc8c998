// HTTP status + body -> ApiError (errors.h), and ApiError's texts (apierror.h): the kind the UI
// acts on, with the server's code, message and description kept verbatim.
#include "api/errors.h"

#include <QMetaEnum>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zadig;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(zadig::ApiError::Kind)

namespace {

const QString ReleasesPath = u"/openapi/delivery/releases"_s;

QByteArray internalError(const QString &description)
{
    return R"({"message":"Internal Error: ","code":500,"description":")" + description.toUtf8() +
           R"("})";
}

// Every kind, read from the enum itself: a kind added later is in it without anyone listing it.
QList<Kind> allKinds()
{
    const QMetaEnum kinds = QMetaEnum::fromType<Kind>();
    QList<Kind> all;
    for (int i = 0; i < kinds.keyCount(); ++i)
        all.append(Kind(kinds.value(i)));
    return all;
}

// "UnsupportedServer" -> "unsupported-server": the rule kindName's identifiers follow.
QString kebab(const char *key)
{
    QString name;
    for (const QChar c : QString::fromLatin1(key)) {
        if (c.isUpper() && !name.isEmpty())
            name += u'-';
        name += c.toLower();
    }
    return name;
}

} // namespace

class TestErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromHttp_data();
    void fromHttp();
    void longBodyTruncated();
    void kindName_data();
    void kindName();
    void everyKindNamed();
    void kindSummaries();
    void serverText_data();
    void serverText();
    void message_data();
    void message();
};

void TestErrors::fromHttp_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("detail");

    const QString notFound = u"failed to get delivery version, ID: 66287b110b8b8a631910f5ae, "
                             u"error: 查询交付中心版本失败: "
                             "mongo: no documents in result"_s;

    QTest::newRow("401 from the gateway, no body")
        << 401 << QByteArray() << ReleasesPath << Kind::Unauthorised << 0 << QString() << QString()
        << QString();
    QTest::newRow("401 with a text body")
        << 401 << QByteArray("Unauthorized") << ReleasesPath << Kind::Unauthorised << 0 << QString()
        << QString() << u"Unauthorized"_s;
    QTest::newRow("403 empty") << 403 << QByteArray() << ReleasesPath << Kind::Forbidden << 0
                               << QString() << QString() << QString();
    QTest::newRow("licence 400/7050")
        << 400
        << QByteArray(
               R"({"type":"error","code":7050,"message":"用户许可证不可用，请检查许可证后重试",
                        "description":"","extra":{}})")
        << ReleasesPath << Kind::Licence << 7050 << u"用户许可证不可用，请检查许可证后重试"_s
        << QString() << QString();
    QTest::newRow("400 other code")
        << 400
        << QByteArray(
               R"({"type":"error","code":6540,"message":"参数错误","description":"pageNum"})")
        << ReleasesPath << Kind::Server << 6540 << u"参数错误"_s << u"pageNum"_s << QString();
    QTest::newRow("400 version name taken (6566) is no licence error")
        << 400 << QByteArray(R"({"code":6566,"message":"版本名称已存在"})")
        << u"/api/aslan/delivery/releases/check"_s << Kind::Server << 6566 << u"版本名称已存在"_s
        << QString() << QString();
    QTest::newRow("7050 on another status is not the licence")
        << 500 << QByteArray(R"({"code":7050,"message":"x"})") << ReleasesPath << Kind::Server
        << 7050 << u"x"_s << QString() << QString();
    QTest::newRow("500 version not found")
        << 500 << internalError(notFound) << ReleasesPath + u"/66287b110b8b8a631910f5ae"_s
        << Kind::NotFound << 500 << u"Internal Error: "_s << notFound << QString();
    QTest::newRow("500 chinese marker only")
        << 500 << internalError(u"查询交付中心版本失败"_s) << ReleasesPath << Kind::NotFound << 500
        << u"Internal Error: "_s << u"查询交付中心版本失败"_s << QString();
    QTest::newRow("500 mongo no documents")
        << 500 << internalError(u"mongo: no documents in result"_s) << ReleasesPath
        << Kind::NotFound << 500 << u"Internal Error: "_s << u"mongo: no documents in result"_s
        << QString();
    QTest::newRow("500 record not found")
        << 500 << internalError(u"record not found"_s) << ReleasesPath << Kind::NotFound << 500
        << u"Internal Error: "_s << u"record not found"_s << QString();
    QTest::newRow("500 environment Not Found (any case)")
        << 500 << internalError(u"environment dev Not Found"_s) << u"/openapi/environments/dev"_s
        << Kind::NotFound << 500 << u"Internal Error: "_s << u"environment dev Not Found"_s
        << QString();
    QTest::newRow("500 not-found text in message")
        << 500 << QByteArray(R"({"code":500,"message":"failed to get delivery version"})")
        << ReleasesPath << Kind::NotFound << 500 << u"failed to get delivery version"_s << QString()
        << QString();
    QTest::newRow("500 duplicate name")
        << 500 << internalError(u"failed to create version v1: version already exist"_s)
        << ReleasesPath + u"/k8s"_s << Kind::Conflict << 500 << u"Internal Error: "_s
        << u"failed to create version v1: version already exist"_s << QString();
    QTest::newRow("500 retry of a settled version")
        << 500 << internalError(u"can't reCreate version with status:success"_s)
        << ReleasesPath + u"/k8s"_s << Kind::Server << 500 << u"Internal Error: "_s
        << u"can't reCreate version with status:success"_s << QString();
    QTest::newRow("500 empty body (handler crash)")
        << 500 << QByteArray() << ReleasesPath + u"/k8s"_s << Kind::Server << 0 << QString()
        << QString() << QString();
    QTest::newRow("500 plain text")
        << 500 << QByteArray("panic: runtime error\n  goroutine 1") << ReleasesPath << Kind::Server
        << 0 << QString() << QString() << u"panic: runtime error goroutine 1"_s;
    QTest::newRow("500 JSON without message keeps the JSON")
        << 500 << QByteArray(R"({"code":42})") << ReleasesPath << Kind::Server << 42 << QString()
        << QString() << uR"({"code":42})"_s;
    QTest::newRow("404 on the releases list: not a v2.3.1-v3.4.1 server")
        << 404 << QByteArray("404 page not found") << ReleasesPath << Kind::UnsupportedServer << 0
        << QString() << QString() << u"404 page not found"_s;
    QTest::newRow("404 on a release detail")
        << 404 << QByteArray() << ReleasesPath + u"/abc"_s << Kind::UnsupportedServer << 0
        << QString() << QString() << QString();
    QTest::newRow("404 behind a path prefix")
        << 404 << QByteArray() << u"/zadig/openapi/delivery/releases/k8s"_s
        << Kind::UnsupportedServer << 0 << QString() << QString() << QString();
    QTest::newRow("404 on a web helper is only a server error")
        << 404 << QByteArray() << u"/api/aslan/system/helm/project"_s << Kind::Server << 0
        << QString() << QString() << QString();
    QTest::newRow("404 on projects") << 404 << QByteArray() << u"/openapi/projects/project"_s
                                     << Kind::Server << 0 << QString() << QString() << QString();
    QTest::newRow("502 from a proxy")
        << 502 << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>") << ReleasesPath
        << Kind::Server << 0 << QString() << QString()
        << u"<html><body><h1>502 Bad Gateway</h1></body></html>"_s;
    QTest::newRow("503") << 503 << QByteArray() << ReleasesPath << Kind::Server << 0 << QString()
                         << QString() << QString();
}

void TestErrors::fromHttp()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    const ApiError error = errorFromHttp(status, body, path);
    QTEST(error.kind, "kind");
    QCOMPARE(error.httpStatus, status);
    QTEST(error.serverCode, "code");
    QTEST(error.serverMessage, "message");
    QTEST(error.serverDescription, "description");
    QTEST(error.detail, "detail");
}

void TestErrors::longBodyTruncated()
{
    const QByteArray page = "<html>" + QByteArray(100000, 'x') + "</html>";
    const ApiError error = errorFromHttp(502, page, ReleasesPath);
    QCOMPARE(error.kind, Kind::Server);
    QVERIFY(error.detail.startsWith("<html>xxx"_L1));
    QVERIFY2(error.detail.size() <= 501, qPrintable(QString::number(error.detail.size())));
    QVERIFY(error.detail.endsWith(u'…'));
}

void TestErrors::kindName_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("network") << Kind::Network << u"network"_s;
    QTest::newRow("timeout") << Kind::Timeout << u"timeout"_s;
    QTest::newRow("tls") << Kind::Tls << u"tls"_s;
    QTest::newRow("unauthorised") << Kind::Unauthorised << u"unauthorised"_s;
    QTest::newRow("forbidden") << Kind::Forbidden << u"forbidden"_s;
    QTest::newRow("licence") << Kind::Licence << u"licence"_s;
    QTest::newRow("not-found") << Kind::NotFound << u"not-found"_s;
    QTest::newRow("conflict") << Kind::Conflict << u"conflict"_s;
    QTest::newRow("server") << Kind::Server << u"server"_s;
    QTest::newRow("bad-response") << Kind::BadResponse << u"bad-response"_s;
    QTest::newRow("unsupported-server") << Kind::UnsupportedServer << u"unsupported-server"_s;
    QTest::newRow("cancelled") << Kind::Cancelled << u"cancelled"_s;
}

void TestErrors::kindName()
{
    QFETCH(Kind, kind);
    QTEST(ApiError::kindName(kind), "name");
}

void TestErrors::everyKindNamed()
{
    // A kind the switch in kindName forgets falls back to "server": its own name is missing.
    const QMetaEnum kinds = QMetaEnum::fromType<Kind>();
    QVERIFY(kinds.keyCount() >= 12);
    for (int i = 0; i < kinds.keyCount(); ++i)
        QCOMPARE(ApiError::kindName(Kind(kinds.value(i))), kebab(kinds.key(i)));
}

void TestErrors::kindSummaries()
{
    // Every kind has its own words: two kinds sharing a summary would confuse the user.
    QSet<QString> seen;
    const QList<Kind> all = allKinds();
    QVERIFY(all.size() >= 12);
    for (Kind kind : all) {
        const QString summary = ApiError::kindSummary(kind);
        QVERIFY2(!summary.isEmpty(), qPrintable(ApiError::kindName(kind)));
        QVERIFY2(!seen.contains(summary), qPrintable(summary));
        seen.insert(summary);
    }
}

void TestErrors::serverText_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("expected");

    QTest::newRow("description first") << u"Internal Error: "_s << u"查询交付中心版本失败"_s
                                       << u"d"_s << u"查询交付中心版本失败"_s;
    QTest::newRow("message when no description")
        << u"用户许可证不可用"_s << QString() << u"d"_s << u"用户许可证不可用"_s;
    QTest::newRow("blank description skipped") << u"m"_s << u"  "_s << QString() << u"m"_s;
    QTest::newRow("detail last") << QString() << QString() << u"connection refused"_s
                                 << u"connection refused"_s;
    QTest::newRow("nothing") << QString() << QString() << QString() << QString();
}

void TestErrors::serverText()
{
    ApiError error;
    QFETCH(QString, message);
    QFETCH(QString, description);
    QFETCH(QString, detail);
    error.serverMessage = message;
    error.serverDescription = description;
    error.detail = detail;
    QTEST(error.serverText(), "expected");
}

void TestErrors::message_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("lacks");

    const ApiError notFound =
        errorFromHttp(500, internalError(u"查询交付中心版本失败: x"_s), ReleasesPath);
    QTest::newRow("not found keeps the chinese description")
        << notFound
        << QStringList{ApiError::kindSummary(Kind::NotFound), u"查询交付中心版本失败: x"_s}
        << QStringList{u"Internal Error"_s};

    QTest::newRow("server error names the status")
        << errorFromHttp(502, QByteArray(), ReleasesPath)
        << QStringList{ApiError::kindSummary(Kind::Server), u"HTTP 502"_s} << QStringList();

    ApiError network;
    network.kind = Kind::Network;
    network.detail = u"Connection refused"_s;
    QTest::newRow("network shows our detail")
        << network << QStringList{ApiError::kindSummary(Kind::Network), u"Connection refused"_s}
        << QStringList{u"HTTP"_s};

    QTest::newRow("unauthorised without body is the summary alone")
        << errorFromHttp(401, QByteArray(), ReleasesPath)
        << QStringList{ApiError::kindSummary(Kind::Unauthorised)} << QStringList{u":"_s};
}

void TestErrors::message()
{
    QFETCH(ApiError, error);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, lacks);
    const QString text = error.message();
    for (const QString &part : contains)
        QVERIFY2(text.contains(part), qPrintable(text));
    for (const QString &part : lacks)
        QVERIFY2(!text.contains(part), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestErrors)
#include "tst_errors.moc"
