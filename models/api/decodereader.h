// Internal to models/api: the field reader that decode.cpp (2.3-3.4 shapes) and decodev2.cpp
// (4.x/5.x shapes) share, so both generations apply the same tolerance rules and name a wrong
// field the same way. Not installed; nothing outside models/api includes it.
#pragma once

#include "result.h"
#include "types.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

namespace zadig::decode::detail {

// Where a value sits in the document, as a chain of stack frames. It is only turned into text
// ("list[3].create_time") when something is wrong, so decoding a large list allocates nothing
// for paths.
struct Path
{
    const Path *parent = nullptr;
    QLatin1StringView key; // empty for an array element
    qsizetype index = -1;

    Path field(QLatin1StringView name) const { return Path{this, name, -1}; }
    Path at(qsizetype i) const { return Path{this, {}, i}; }

    QString toString() const;
};

ApiError badResponse(const QString &detail);

// Reads fields with Zadig's tolerance rules and remembers the first wrong type with its path.
// After a failure every read returns a default, so a decoder reads straight through and checks
// once at the end instead of after every field.
class Reader
{
public:
    bool failed() const { return m_error.has_value(); }
    const ApiError &error() const { return *m_error; }

    // `what` is translated in ApiError's context (QT_TRANSLATE_NOOP at the call sites); the field
    // path stays as the server named it.
    void fail(const Path &path, const char *what);

    QString string(const QJsonObject &object, QLatin1StringView key, const Path &at);

    // Integral JSON numbers only: 1.5 for a count or a time is a broken answer, not 1.
    qint64 integer(const QJsonObject &object, QLatin1StringView key, const Path &at,
                   qint64 min = std::numeric_limits<qint64>::min(),
                   qint64 max = std::numeric_limits<qint64>::max());

    int count(const QJsonObject &object, QLatin1StringView key, const Path &at)
    {
        return int(integer(object, key, at, std::numeric_limits<int>::min(),
                           std::numeric_limits<int>::max()));
    }

    bool boolean(const QJsonObject &object, QLatin1StringView key, const Path &at);

    // Null and missing arrays are empty.
    QJsonArray array(const QJsonObject &object, QLatin1StringView key, const Path &at);

    // std::nullopt for null and missing objects.
    std::optional<QJsonObject> object(const QJsonObject &parent, QLatin1StringView key,
                                      const Path &at);

    QStringList strings(const QJsonObject &object, QLatin1StringView key, const Path &at);

    // Every element must be an object; readOne(object, path) makes a T of it.
    template<typename T, typename ReadOne>
    QList<T> objects(const QJsonArray &items, const Path &here, ReadOne readOne)
    {
        QList<T> result;
        result.reserve(items.size());
        for (qsizetype i = 0; i < items.size() && !failed(); ++i) {
            const QJsonValue item = items.at(i);
            const Path itemPath = here.at(i);
            if (item.isObject())
                result.append(readOne(item.toObject(), itemPath));
            else
                fail(itemPath, QT_TRANSLATE_NOOP("zadig::ApiError", "expected an object"));
        }
        return result;
    }

    template<typename T, typename ReadOne>
    QList<T> objects(const QJsonObject &object, QLatin1StringView key, const Path &at,
                     ReadOne readOne)
    {
        return objects<T>(array(object, key, at), at.field(key), readOne);
    }

    // The seed page's tables say created_time, the server sends create_time.
    qint64 createTime(const QJsonObject &object, const Path &at);

    QJsonObject rootObject(const QJsonDocument &doc);

    // A bare "null" (a Go nil slice) is an empty list.
    QJsonArray rootArray(const QJsonDocument &doc);

    template<typename T>
    Result<T> result(T value) const
    {
        if (m_error)
            return *m_error;
        return value;
    }

private:
    static bool isAbsent(const QJsonValue &value) { return value.isNull() || value.isUndefined(); }

    std::optional<ApiError> m_error;
};

VersionInfo readVersionInfo(Reader &r, const QJsonObject &o, const Path &at);

// The values.yaml key paths of an image, under `key` ("imagePath" up to 3.4, "image_path" since
// 4.0); nullopt when absent or null.
std::optional<ImagePath> readImagePath(Reader &r, const QJsonObject &o, QLatin1StringView key,
                                       const Path &at);

} // namespace zadig::decode::detail
