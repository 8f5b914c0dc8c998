// Mapping an HTTP answer (status + body) to an ApiError. Pure, so it is testable without a
// network. The rules follow zadig-server-behaviour.md:
//  401 -> Unauthorised, 403 -> Forbidden, 400 with code 7050 -> Licence,
//  500 whose description says a version/environment was not found -> NotFound,
//  500 "version already exist" -> Conflict, 404 on a delivery path -> UnsupportedServer
//  (these endpoints never answer 404 before Zadig 4.x), anything else -> Server, with the
//  server's message and description kept verbatim.
// 4.x/5.x additions (zadig-v4-v5-api.md): 400 code 6560 "version already exist" -> Conflict
//  (see ApiError::mayBeSameSecondCollision); 405 on a delivery path -> UnsupportedServer with
//  gin's text ("Method not allowed: ...": a route of another generation).
#pragma once

#include "apierror.h"

#include <QByteArray>

namespace zadig {

ApiError errorFromHttp(int httpStatus, const QByteArray &body, const QString &path);

} // namespace zadig
