// Comparing a simulator's answer with a real server's (the fixtures in tests/data) by shape:
// the same field names and JSON types, so that the simulator and the client cannot share a
// misreading of the server and pass together.
#pragma once

#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace zadig::test {

// The first place where `actual` differs from `expected` in field names or JSON types ("" when
// none). Arrays: every element of `actual` against the first of `expected`.
inline QString shapeDifference(const QJsonValue &expected, const QJsonValue &actual,
                               const QString &at)
{
    if (expected.type() != actual.type())
        return at + QStringLiteral(": type ") + QString::number(actual.type()) +
               QStringLiteral(" instead of ") + QString::number(expected.type());
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        const QStringList ek = e.keys();
        const QStringList ak = a.keys();
        if (ek != ak)
            return at + QStringLiteral(": keys ") + ak.join(u',') + QStringLiteral(" instead of ") +
                   ek.join(u',');
        for (const QString &key : ek) {
            const QString d = shapeDifference(e.value(key), a.value(key), at + u'.' + key);
            if (!d.isEmpty())
                return d;
        }
    } else if (expected.isArray() && !expected.toArray().isEmpty()) {
        const QJsonArray a = actual.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString d = shapeDifference(expected.toArray().first(), a.at(i),
                                              at + u'[' + QString::number(i) + u']');
            if (!d.isEmpty())
                return d;
        }
    }
    return QString();
}

inline QJsonObject fixture(const QString &name)
{
    const QByteArray data = testData(name);
    if (data.isEmpty())
        qFatal("missing fixture");
    return QJsonDocument::fromJson(data).object();
}

} // namespace zadig::test
