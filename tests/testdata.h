// Reading a fixture from tests/data (ZADIG_TEST_DATA_DIR, defined for every test by
// tests/CMakeLists.txt). Header-only. An empty result means the file could not be read: callers
// stop on it (qFatal or QVERIFY) the way their test needs.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace zadig::test {

inline QByteArray testData(const QString &name)
{
    QFile file(QStringLiteral(ZADIG_TEST_DATA_DIR) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

} // namespace zadig::test
