#include "simutil.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace zadig::sim {

namespace {

const QByteArray JsonType(JsonContentType);

} // namespace

SimResponse jsonResponse(int status, const QJsonDocument &doc)
{
    return {status, JsonType, doc.toJson(QJsonDocument::Compact), 0};
}

SimResponse jsonResponse(int status, const QJsonObject &object)
{
    return jsonResponse(status, QJsonDocument(object));
}

SimResponse jsonResponse(int status, const QJsonArray &array)
{
    return jsonResponse(status, QJsonDocument(array));
}

SimResponse empty(int status)
{
    return {status, QByteArray(), QByteArray(), 0};
}
// A Zadig error: HTTP 400 with its own code.
SimResponse zadigError(int code, const QString &message, const QString &description)
{
    return jsonResponse(400, QJsonObject{{u"type"_s, u"error"_s},
                                         {u"code"_s, code},
                                         {u"message"_s, message},
                                         {u"description"_s, description},
                                         {u"extra"_s, QJsonObject()}});
}
SimResponse success()
{
    return jsonResponse(200, QJsonObject{{u"message"_s, u"success"_s}});
}

SimResponse invalidParam(const QString &description)
{
    return zadigError(400, u"参数错误"_s, description);
}

SimResponse requiredParam(const QString &structName, const QString &field)
{
    return invalidParam(
        u"Key: '%1.%2' Error:Field validation for '%2' failed on the 'required' tag"_s.arg(
            structName, field));
}

QString noDocuments()
{
    return u"mongo: no documents in result"_s;
}

QString hex(quint64 value, int width)
{
    return QString::number(value, 16).rightJustified(width, u'0').right(width);
}
// "registry.example.com/mall/cart:1.2" -> "cart"
QString repoName(const QString &image)
{
    QString withoutTag = image;
    const qsizetype slash = image.lastIndexOf(u'/');
    const qsizetype colon = image.lastIndexOf(u':');
    if (colon > slash)
        withoutTag = image.left(colon);
    return withoutTag.mid(withoutTag.lastIndexOf(u'/') + 1);
}

QString imageTag(const QString &image)
{
    const qsizetype slash = image.lastIndexOf(u'/');
    const qsizetype colon = image.lastIndexOf(u':');
    return colon > slash ? image.mid(colon + 1) : QString();
}

bool isSemVer(const QString &text)
{
    static const QRegularExpression re(
        u"^v?(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
        "(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$"_s);
    return re.match(text).hasMatch();
}
// The [begin, end) rows of a 1-based page; empty past the end. Written so that absurd
// pageNum/pageSize values (no cap, like the real server) cannot overflow.
std::pair<qint64, qint64> pageSlice(qint64 pageNum, qint64 pageSize, qint64 total)
{
    const qint64 pages = total / pageSize + (total % pageSize != 0 ? 1 : 0);
    if (pageNum - 1 >= pages)
        return {0, 0};
    const qint64 begin = (pageNum - 1) * pageSize;
    return {begin, begin + std::min(pageSize, total - begin)};
}

// Go's strconv.Atoi for query integers: nullopt when missing or not a number.
std::optional<qint64> intParam(const QUrlQuery &query, const QString &key)
{
    if (!query.hasQueryItem(key))
        return std::nullopt;
    bool ok = false;
    const qint64 value = query.queryItemValue(key, QUrl::FullyDecoded).trimmed().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

QString param(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

std::optional<QJsonObject> jsonBody(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}
SimResponse textResponse(int status, const QString &text)
{
    return {status, "text/plain; charset=utf-8"_ba, text.toUtf8(), 0};
}

} // namespace zadig::sim
