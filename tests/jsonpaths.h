// Walking a JSON answer field by field, for the "wrong type in every field" tests of the
// decoders (tst_hostile for 2.3-3.4, tst_decodev2 for 4.x/5.x): every path to a value, a copy
// with one value replaced, the path as the decoders print it, and what they say they expected.
// Header-only, shared by both.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <utility>

namespace zadig::test {

struct JsonStep
{
    QString key; // empty for an array element
    qsizetype index = -1;
};
using JsonPath = QList<JsonStep>;

// A JSON path as the decoders print it: "list[3].create_time", "[0].production".
inline QString pathText(const JsonPath &path)
{
    QString text;
    for (const JsonStep &step : path) {
        if (step.index >= 0)
            text += u'[' + QString::number(step.index) + u']';
        else
            text += (text.isEmpty() ? QString() : QStringLiteral(".")) + step.key;
    }
    return text;
}

// `value` with the value at `path` (from `depth` on) replaced by `with`.
inline QJsonValue replaced(const QJsonValue &value, const JsonPath &path, qsizetype depth,
                           const QJsonValue &with)
{
    if (depth == path.size())
        return with;
    const JsonStep &step = path.at(depth);
    if (step.index >= 0) {
        QJsonArray array = value.toArray();
        array.replace(step.index, replaced(array.at(step.index), path, depth + 1, with));
        return array;
    }
    QJsonObject object = value.toObject();
    object.insert(step.key, replaced(object.value(step.key), path, depth + 1, with));
    return object;
}

// Every path below `value` with the value found there, parents before their children.
inline void collectPaths(const QJsonValue &value, JsonPath &path,
                         QList<std::pair<JsonPath, QJsonValue>> &out)
{
    if (!path.isEmpty())
        out.append({path, value});
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            path.append({QString(), i});
            collectPaths(array.at(i), path, out);
            path.removeLast();
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            path.append({it.key(), -1});
            collectPaths(it.value(), path, out);
            path.removeLast();
        }
    }
}

// What a decoder says when a value of `type` was expected.
inline QString expectedWhat(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::String:
        return QStringLiteral("expected a string");
    case QJsonValue::Double:
        return QStringLiteral("expected a number");
    case QJsonValue::Bool:
        return QStringLiteral("expected true or false");
    case QJsonValue::Array:
        return QStringLiteral("expected an array");
    case QJsonValue::Object:
        return QStringLiteral("expected an object");
    default:
        return QString();
    }
}

} // namespace zadig::test
