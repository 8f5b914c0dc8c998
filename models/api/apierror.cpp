#include "apierror.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace zadig {

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return u"network"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Tls:
        return u"tls"_s;
    case Kind::Unauthorised:
        return u"unauthorised"_s;
    case Kind::Forbidden:
        return u"forbidden"_s;
    case Kind::Licence:
        return u"licence"_s;
    case Kind::NotFound:
        return u"not-found"_s;
    case Kind::Conflict:
        return u"conflict"_s;
    case Kind::Server:
        return u"server"_s;
    case Kind::BadResponse:
        return u"bad-response"_s;
    case Kind::UnsupportedServer:
        return u"unsupported-server"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    }
    return u"server"_s;
}

QString ApiError::kindSummary(Kind kind)
{
    // Title-style (no final stop): message() appends the server's own words after a colon.
    switch (kind) {
    case Kind::Network:
        return QCoreApplication::translate("zadig::ApiError", "Cannot reach the Zadig server");
    case Kind::Timeout:
        return QCoreApplication::translate("zadig::ApiError",
                                           "The Zadig server did not answer in time");
    case Kind::Tls:
        return QCoreApplication::translate("zadig::ApiError",
                                           "The secure connection to the server failed");
    case Kind::Unauthorised:
        return QCoreApplication::translate("zadig::ApiError",
                                           "The API token was rejected (missing or expired)");
    case Kind::Forbidden:
        return QCoreApplication::translate("zadig::ApiError",
                                           "The API token has no permission for this");
    case Kind::Licence:
        return QCoreApplication::translate(
            "zadig::ApiError", "Delivery versions need a Zadig Professional or Enterprise licence");
    case Kind::NotFound:
        return QCoreApplication::translate("zadig::ApiError",
                                           "The version or environment was not found");
    case Kind::Conflict:
        return QCoreApplication::translate("zadig::ApiError",
                                           "A version with this name already exists");
    case Kind::Server:
        return QCoreApplication::translate("zadig::ApiError", "The Zadig server reported an error");
    case Kind::BadResponse:
        return QCoreApplication::translate("zadig::ApiError",
                                           "The server's answer could not be understood");
    case Kind::UnsupportedServer:
        return QCoreApplication::translate(
            "zadig::ApiError",
            "This Zadig server's delivery API is not supported (v2.3.1 to v3.4.1 are)");
    case Kind::Cancelled:
        return QCoreApplication::translate("zadig::ApiError", "The request was cancelled");
    }
    return QString();
}

QString ApiError::message() const
{
    QString summary = kindSummary(kind);
    if (kind == Kind::Server && httpStatus > 0)
        summary = QCoreApplication::translate("zadig::ApiError", "%1 (HTTP %2)")
                      .arg(summary, QString::number(httpStatus));
    const QString text = serverText();
    if (text.isEmpty())
        return summary;
    //: %1 is a summary of the error, %2 what the server said (often Chinese) or a detail
    return QCoreApplication::translate("zadig::ApiError", "%1: %2").arg(summary, text);
}

QString ApiError::serverText() const
{
    // Zadig's 500s carry the useful part in description ("Internal Error: " is the message).
    if (!serverDescription.trimmed().isEmpty())
        return serverDescription;
    if (!serverMessage.trimmed().isEmpty())
        return serverMessage;
    return detail;
}

} // namespace zadig
