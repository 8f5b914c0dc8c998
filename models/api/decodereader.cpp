#include "decodereader.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace zadig::decode::detail {

QString Path::toString() const
{
    QString text = parent ? parent->toString() : QString();
    if (index >= 0)
        return text + u'[' + QString::number(index) + u']';
    if (key.isEmpty())
        return text;
    return text.isEmpty() ? QString(key) : text + u'.' + key;
}

ApiError badResponse(const QString &detail)
{
    ApiError error;
    error.kind = ApiError::Kind::BadResponse;
    error.detail = detail;
    return error;
}

void Reader::fail(const Path &path, const char *what)
{
    if (m_error)
        return;
    const QString where = path.toString();
    m_error = badResponse(ApiError::tr("%1: %2").arg(
        where.isEmpty() ? ApiError::tr("top level") : where, ApiError::tr(what)));
}

QString Reader::string(const QJsonObject &object, QLatin1StringView key, const Path &at)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    if (!isAbsent(value))
        fail(at.field(key), QT_TRANSLATE_NOOP("zadig::ApiError", "expected a string"));
    return QString();
}

qint64 Reader::integer(const QJsonObject &object, QLatin1StringView key, const Path &at, qint64 min,
                       qint64 max)
{
    const QJsonValue value = object.value(key);
    if (isAbsent(value))
        return 0;
    if (!value.isDouble()) {
        fail(at.field(key), QT_TRANSLATE_NOOP("zadig::ApiError", "expected a number"));
        return 0;
    }
    const double number = value.toDouble();
    if (std::trunc(number) != number) {
        fail(at.field(key), QT_TRANSLATE_NOOP("zadig::ApiError", "expected an integer"));
        return 0;
    }
    // 9.2e18 keeps clear of the double rounding at the qint64 limits.
    const qint64 result = std::abs(number) < 9.2e18 ? value.toInteger() : 0;
    if (std::abs(number) >= 9.2e18 || result < min || result > max) {
        fail(at.field(key), QT_TRANSLATE_NOOP("zadig::ApiError", "number out of range"));
        return 0;
    }
    return result;
}

bool Reader::boolean(const QJsonObject &object, QLatin1StringView key, const Path &at)
{
    const QJsonValue value = object.value(key);
    if (value.isBool())
        return value.toBool();
    if (!isAbsent(value))
        fail(at.field(key), QT_TRANSLATE_NOOP("zadig::ApiError", "expected true or false"));
    return false;
}

QJsonArray Reader::array(const QJsonObject &object, QLatin1StringView key, const Path &at)
{
    const QJsonValue value = object.value(key);
    if (value.isArray())
        return value.toArray();
    if (!isAbsent(value))
        fail(at.field(key), QT_TRANSLATE_NOOP("zadig::ApiError", "expected an array"));
    return QJsonArray();
}

std::optional<QJsonObject> Reader::object(const QJsonObject &parent, QLatin1StringView key,
                                          const Path &at)
{
    const QJsonValue value = parent.value(key);
    if (value.isObject())
        return value.toObject();
    if (!isAbsent(value))
        fail(at.field(key), QT_TRANSLATE_NOOP("zadig::ApiError", "expected an object"));
    return std::nullopt;
}

QStringList Reader::strings(const QJsonObject &object, QLatin1StringView key, const Path &at)
{
    const Path here = at.field(key);
    const QJsonArray items = array(object, key, at);
    QStringList result;
    result.reserve(items.size());
    for (qsizetype i = 0; i < items.size() && !failed(); ++i) {
        const QJsonValue item = items.at(i);
        if (item.isString())
            result.append(item.toString());
        else
            fail(here.at(i), QT_TRANSLATE_NOOP("zadig::ApiError", "expected a string"));
    }
    return result;
}

qint64 Reader::createTime(const QJsonObject &object, const Path &at)
{
    const auto key = "create_time"_L1;
    if (isAbsent(object.value(key)))
        return integer(object, "created_time"_L1, at);
    return integer(object, key, at);
}

QJsonObject Reader::rootObject(const QJsonDocument &doc)
{
    if (!doc.isObject())
        fail(Path{}, QT_TRANSLATE_NOOP("zadig::ApiError", "expected an object"));
    return doc.object();
}

QJsonArray Reader::rootArray(const QJsonDocument &doc)
{
    if (doc.isArray())
        return doc.array();
    if (!doc.isNull())
        fail(Path{}, QT_TRANSLATE_NOOP("zadig::ApiError", "expected an array"));
    return QJsonArray();
}

namespace {

Progress readProgress(Reader &r, const QJsonObject &o, const Path &at)
{
    Progress p;
    p.successCount = r.count(o, "success_count"_L1, at);
    p.totalCount = r.count(o, "total_count"_L1, at);
    p.uploadStatus = uploadStatusFromString(r.string(o, "upload_status"_L1, at));
    p.error = r.string(o, "error"_L1, at);
    return p;
}

} // namespace

VersionInfo readVersionInfo(Reader &r, const QJsonObject &o, const Path &at)
{
    VersionInfo v;
    v.id = r.string(o, "id"_L1, at);
    v.name = r.string(o, "version_name"_L1, at);
    v.rawType = r.string(o, "type"_L1, at);
    v.type = versionTypeFromString(v.rawType);
    v.rawStatus = r.string(o, "status"_L1, at);
    v.status = versionStatusFromString(v.rawStatus);
    v.labels = r.strings(o, "labels"_L1, at);
    v.description = r.string(o, "description"_L1, at);
    if (const auto progress = r.object(o, "progress"_L1, at))
        v.progress = readProgress(r, *progress, at.field("progress"_L1));
    v.createdBy = r.string(o, "created_by"_L1, at);
    v.createTime = r.createTime(o, at);
    return v;
}

std::optional<ImagePath> readImagePath(Reader &r, const QJsonObject &o, QLatin1StringView key,
                                       const Path &at)
{
    const auto path = r.object(o, key, at);
    if (!path)
        return std::nullopt;
    const Path here = at.field(key);
    ImagePath p;
    p.repo = r.string(*path, "repo"_L1, here);
    p.imageNamespace = r.string(*path, "namespace"_L1, here);
    p.image = r.string(*path, "image"_L1, here);
    p.tag = r.string(*path, "tag"_L1, here);
    return p;
}

} // namespace zadig::decode::detail
