// Encoding of create bodies, field for field as the seed page names them.
#pragma once

#include "types.h"

#include <QByteArray>
#include <QJsonObject>

namespace zadig::encode {

QJsonObject createK8sBody(const CreateK8sVersionRequest &request);
QJsonObject createHelmBody(const CreateHelmVersionRequest &request);

// Indented JSON as it is sent (the review page shows exactly these bytes, pretty-printed).
QByteArray toJson(const QJsonObject &object, bool indented = false);

} // namespace zadig::encode
