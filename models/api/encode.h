// Encoding of create bodies, field for field as the seed page names them.
#pragma once

#include "types.h"

#include <QByteArray>
#include <QJsonObject>

namespace zadig::encode {

QJsonObject createK8sBody(const CreateK8sVersionRequest &request);
QJsonObject createHelmBody(const CreateHelmVersionRequest &request);

// The JSON of a body: compact as it is sent, or indented for the review page (same content).
QByteArray toJson(const QJsonObject &object, bool indented = false);

} // namespace zadig::encode
