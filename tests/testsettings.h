// Settings for a test process: an INI file in a temporary folder, under a test organisation, so a
// test neither reads nor writes the user's own settings. Header-only, shared by the GUI tests.
#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>

namespace zadig::test {

inline void useTemporarySettings(const QTemporaryDir &dir, const QString &applicationName)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("ZadigDeskTests"));
    QCoreApplication::setApplicationName(applicationName);
}

} // namespace zadig::test
