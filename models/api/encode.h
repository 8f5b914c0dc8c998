// Encoding of create bodies, field for field as the seed page names them.
#pragma once

#include "types.h"

#include <QByteArray>
#include <QJsonObject>

namespace zadig::encode {

QJsonObject createK8sBody(const CreateK8sVersionRequest &request);
QJsonObject createHelmBody(const CreateHelmVersionRequest &request);

// 4.x/5.x bodies (zadig-v4-v5-api.md section 2.4). The full set of fields is always sent, also
// those later servers fill themselves: 4.0-4.1 take the body as it is, later ones overwrite or
// ignore the extra fields. target_image is always sent (targetImageFor): an empty one blanks
// the image in the version's YAML/values. Helm adds chart_repo_name, chart_name,
// original_chart_version and image_path.
QJsonObject createK8sBodyV2(const CreateK8sVersionV2Request &request);
QJsonObject createHelmBodyV2(const CreateHelmVersionV2Request &request);

// The image the distribute job pushes to: "<address without http(s)://>/<namespace>/<name>:<tag>",
// without "/<namespace>" when the registry has none (getImage in job_distribute_image.go).
QString targetImage(const Registry &registry, const QString &imageName, const QString &tag);
// The target_image sent for `image`: when pushed, targetImage(registry, image_name,
// target_image_tag) (or image.targetImage if the registry address, image name or tag is
// missing); when not pushed, the source image (or image.targetImage if there is none).
QString targetImageFor(const VersionImage &image, const Registry &registry);

// The JSON of a body: compact as it is sent, or indented for the review page (same content).
QByteArray toJson(const QJsonObject &object, bool indented = false);

} // namespace zadig::encode
