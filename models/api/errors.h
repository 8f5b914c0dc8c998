// Mapping an HTTP answer (status + body) to an ApiError. Pure, so it is testable without a
// network. The rules follow zadig-server-behaviour.md:
//  401 -> Unauthorised, 403 -> Forbidden, 400 with code 7050 -> Licence,
//  500 whose description says a version/environment was not found -> NotFound,
//  500 "version already exist" -> Conflict, 404 on a delivery path -> UnsupportedServer
//  (these endpoints never answer 404 before Zadig 4.x), anything else -> Server, with the
//  server's message and description kept verbatim.
#pragma once

#include "apierror.h"

#include <QByteArray>

namespace zadig {

ApiError errorFromHttp(int httpStatus, const QByteArray &body, const QString &path);

} // namespace zadig
