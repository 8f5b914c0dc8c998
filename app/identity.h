// The application's identity, shared by zadig-desk and zadig-cli so that both read the same
// settings (saved connections) and keychain entries.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace zadig {

inline void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ZadigDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("zadigdesk.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("Zadig Desk"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(ZADIG_VERSION_STRING));
}

} // namespace zadig
