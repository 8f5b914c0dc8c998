#include "errors.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <array>

using namespace Qt::StringLiterals;

namespace zadig {
namespace {

// A proxy's HTML page or a stack trace is kept for the details pane, not in full.
constexpr qsizetype MaxDetailChars = 500;

// Zadig answers "not found" with a 500; these are the texts its handlers use for a missing
// version or environment (Go's mongo driver, the delivery service, gorm).
constexpr std::array NotFoundMarkers = {
    "failed to get delivery version"_L1,
    "mongo: no documents"_L1,
    "record not found"_L1,
    "not found"_L1,
};
constexpr QStringView NotFoundMarkerChinese = u"查询交付中心版本失败";
constexpr auto ConflictMarker = "version already exist"_L1;

void readBody(const QByteArray &body, ApiError &error)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        error.serverMessage = o.value("message"_L1).toString();
        error.serverDescription = o.value("description"_L1).toString();
        error.serverCode = o.value("code"_L1).toInt();
        if (!error.serverMessage.isEmpty() || !error.serverDescription.isEmpty())
            return;
    }
    QString text = QString::fromUtf8(body).simplified();
    if (text.size() > MaxDetailChars) {
        text.truncate(MaxDetailChars);
        text += u'…';
    }
    error.detail = text;
}

bool mentions(const ApiError &error, QLatin1StringView marker)
{
    return error.serverDescription.contains(marker, Qt::CaseInsensitive) ||
           error.serverMessage.contains(marker, Qt::CaseInsensitive);
}

bool saysNotFound(const ApiError &error)
{
    for (const auto marker : NotFoundMarkers) {
        if (mentions(error, marker))
            return true;
    }
    return error.serverDescription.contains(NotFoundMarkerChinese) ||
           error.serverMessage.contains(NotFoundMarkerChinese);
}

ApiError::Kind classify(int httpStatus, const ApiError &error, const QString &path)
{
    using Kind = ApiError::Kind;
    switch (httpStatus) {
    case 401:
        return Kind::Unauthorised;
    case 403:
        return Kind::Forbidden;
    case 400:
        if (error.serverCode == 7050)
            return Kind::Licence;
        // 4.x/5.x: ErrCreateDeliveryVersion (6560) is answered with 400, and carries other
        // texts too ("no service info appointed"), which stay Server errors.
        if (error.serverCode == 6560 && mentions(error, ConflictMarker))
            return Kind::Conflict;
        return Kind::Server;
    case 404:
        // The v2.3.1 - v3.4.1 delivery handlers never answer 404 (not found is a 500): a 404
        // there means the route is missing, i.e. an older or a 4.x server.
        return path.contains("/openapi/delivery/"_L1) ? Kind::UnsupportedServer : Kind::Server;
    case 405:
        // gin's "Method not allowed": a route of another generation (a 2.3-3.4 detail by id on
        // 4.x answers 405, matched by the DELETE /:id route).
        return path.contains("/openapi/delivery/"_L1) ? Kind::UnsupportedServer : Kind::Server;
    case 500:
        if (mentions(error, ConflictMarker))
            return Kind::Conflict;
        return saysNotFound(error) ? Kind::NotFound : Kind::Server;
    default:
        return Kind::Server;
    }
}

} // namespace

ApiError errorFromHttp(int httpStatus, const QByteArray &body, const QString &path)
{
    ApiError error;
    error.httpStatus = httpStatus;
    readBody(body, error);
    error.kind = classify(httpStatus, error, path);
    return error;
}

} // namespace zadig
