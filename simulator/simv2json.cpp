// The JSON of Zadig 4.x/5.x delivery versions (field names exactly as the Go struct tags in
// ../shared/spec/zadig-v4-v5-api.md §2), the create bodies as encoding/json reads them, and the
// rendered YAML / values the server derives from an environment.
#include "simutil.h"
#include "simv2.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace zadig::sim {

namespace {

QJsonValue imagePathJson(const std::optional<V2ImagePath> &path)
{
    if (!path)
        return QJsonValue::Null;
    // Each key is omitted when empty (omitempty in the Go struct).
    QJsonObject object;
    const std::pair<QString, QString> keys[] = {{u"repo"_s, path->repo},
                                                {u"namespace"_s, path->imageNamespace},
                                                {u"image"_s, path->image},
                                                {u"tag"_s, path->tag}};
    for (const auto &[key, value] : keys) {
        if (!value.isEmpty())
            object.insert(key, value);
    }
    return object;
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return u"bool"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    default:
        return u"null"_s;
    }
}

enum class Want { String, Bool, Strings, Array, Object };

// encoding/json: null is fine for anything; otherwise the JSON type must fit the Go type.
QString typeError(const QJsonObject &object, const QString &goPath,
                  const QList<std::pair<const char *, Want>> &fields)
{
    for (const auto &[name, want] : fields) {
        const QJsonValue value = object.value(QLatin1StringView(name));
        if (value.isNull() || value.isUndefined())
            continue;
        bool fits = false;
        QString goType;
        switch (want) {
        case Want::String:
            fits = value.isString();
            goType = u"string"_s;
            break;
        case Want::Bool:
            fits = value.isBool();
            goType = u"bool"_s;
            break;
        case Want::Strings:
            fits = value.isArray();
            goType = u"[]string"_s;
            if (fits) {
                const QJsonArray items = value.toArray();
                for (const QJsonValue &item : items) {
                    if (!item.isString() && !item.isNull()) {
                        return u"json: cannot unmarshal %1 into Go struct field %2.%3 of type "
                               "string"_s.arg(jsonTypeName(item), goPath, QLatin1StringView(name));
                    }
                }
            }
            break;
        case Want::Array:
            fits = value.isArray();
            goType = u"[]*service.OpenAPIDeliveryVersion"_s +
                     (goPath.endsWith("services"_L1) ? u"Image"_s : u"Service"_s);
            break;
        case Want::Object:
            fits = value.isObject();
            goType = u"models.ImagePathSpec"_s;
            break;
        }
        if (!fits) {
            return u"json: cannot unmarshal %1 into Go struct field %2.%3 of type %4"_s.arg(
                jsonTypeName(value), goPath, QLatin1StringView(name), goType);
        }
    }
    return QString();
}

} // namespace

QJsonObject v2ListItemJson(const V2Version &v)
{
    return {{u"id"_s, v.id},
            {u"version_name"_s, v.name},
            {u"type"_s, v.type},
            {u"source"_s, v.source},
            {u"status"_s, v.status},
            {u"labels"_s, QJsonArray::fromStringList(v.labels)},
            {u"description"_s, v.desc},
            {u"created_by"_s, v.createdBy},
            {u"create_time"_s, v.createdAt}};
}

QJsonObject v2DetailJson(const V2Version &v)
{
    QJsonArray services;
    for (const V2Service &s : v.services) {
        QJsonArray images;
        for (const V2Image &i : s.images) {
            images.append(QJsonObject{{u"container_name"_s, i.containerName},
                                      {u"image_name"_s, i.imageName},
                                      {u"source_image"_s, i.sourceImage},
                                      {u"source_image_tag"_s, i.sourceImageTag},
                                      {u"target_image"_s, i.targetImage},
                                      {u"target_image_tag"_s, i.targetImageTag},
                                      {u"image_path"_s, imagePathJson(i.imagePath)},
                                      {u"push_image"_s, i.pushImage},
                                      {u"status"_s, i.status},
                                      {u"error"_s, i.error}});
        }
        services.append(QJsonObject{{u"service_name"_s, s.serviceName},
                                    {u"chart_name"_s, s.chartName},
                                    // OpenAPIGetDeliveryVersion never copies it.
                                    {u"original_chart_version"_s, QString()},
                                    {u"chart_version"_s, s.chartVersion},
                                    {u"chart_status"_s, s.chartStatus},
                                    {u"yaml_content"_s, s.yamlContent},
                                    {u"images"_s, images},
                                    {u"error"_s, QString()}});
    }
    return {{u"version"_s, v.name},
            {u"project_name"_s, v.projectKey},
            {u"env_name"_s, v.envName},
            {u"production"_s, v.production},
            {u"type"_s, v.type},
            {u"source"_s, v.source},
            {u"desc"_s, v.desc},
            {u"labels"_s, QJsonArray::fromStringList(v.labels)},
            {u"image_registry_id"_s, v.registryId},
            {u"chart_repo_name"_s, v.chartRepoName},
            {u"services"_s, services},
            {u"status"_s, v.status},
            {u"error"_s, v.error},
            {u"created_by"_s, v.createdBy},
            {u"created_at"_s, v.createdAt},
            {u"deleted_at"_s, 0}};
}

QString v2BodyTypeError(const QJsonObject &body, bool helm)
{
    const QString root = helm ? u"OpenAPICreateHelmDeliveryVersionV2Request"_s
                              : u"OpenAPICreateK8SDeliveryVersionV2Request"_s;
    QList<std::pair<const char *, Want>> top{{"project_key", Want::String},
                                             {"version_name", Want::String},
                                             {"source", Want::String},
                                             {"original_version_name", Want::String},
                                             {"env_name", Want::String},
                                             {"production", Want::Bool},
                                             {"desc", Want::String},
                                             {"labels", Want::Strings},
                                             {"image_registry_id", Want::String},
                                             {"services", Want::Array}};
    if (helm) {
        top.append({"chart_repo_name", Want::String});
        top.append({"original_chart_repo_name", Want::String});
    }
    QString error = typeError(body, root, top);
    const QJsonArray services = body.value("services"_L1).toArray();
    for (qsizetype s = 0; error.isEmpty() && s < services.size(); ++s) {
        const QJsonObject service = services.at(s).toObject();
        error = typeError(service, root + u".services"_s,
                          {{"service_name", Want::String},
                           {"chart_name", Want::String},
                           {"original_chart_version", Want::String},
                           {"chart_version", Want::String},
                           {"chart_status", Want::String},
                           {"yaml_content", Want::String},
                           {"images", Want::Array},
                           {"error", Want::String}});
        const QJsonArray images = service.value("images"_L1).toArray();
        for (qsizetype i = 0; error.isEmpty() && i < images.size(); ++i) {
            error = typeError(images.at(i).toObject(), root + u".services.images"_s,
                              {{"container_name", Want::String},
                               {"image_name", Want::String},
                               {"source_image", Want::String},
                               {"source_image_tag", Want::String},
                               {"target_image", Want::String},
                               {"target_image_tag", Want::String},
                               {"image_path", Want::Object},
                               {"push_image", Want::Bool},
                               {"status", Want::String},
                               {"error", Want::String}});
        }
    }
    return error;
}

QList<V2Service> v2ServicesFromJson(const QJsonValue &value)
{
    QList<V2Service> services;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        const QJsonObject o = item.toObject();
        V2Service s;
        s.serviceName = o.value("service_name"_L1).toString();
        s.chartName = o.value("chart_name"_L1).toString();
        s.originalChartVersion = o.value("original_chart_version"_L1).toString();
        s.chartVersion = o.value("chart_version"_L1).toString();
        s.yamlContent = o.value("yaml_content"_L1).toString();
        // chart_status, status and error of a request are the server's to set.
        const QJsonArray images = o.value("images"_L1).toArray();
        for (const QJsonValue &imageValue : images) {
            const QJsonObject io = imageValue.toObject();
            V2Image i;
            i.containerName = io.value("container_name"_L1).toString();
            i.imageName = io.value("image_name"_L1).toString();
            i.sourceImage = io.value("source_image"_L1).toString();
            i.sourceImageTag = io.value("source_image_tag"_L1).toString();
            i.targetImage = io.value("target_image"_L1).toString();
            i.targetImageTag = io.value("target_image_tag"_L1).toString();
            i.pushImage = io.value("push_image"_L1).toBool();
            if (io.value("image_path"_L1).isObject()) {
                const QJsonObject p = io.value("image_path"_L1).toObject();
                i.imagePath =
                    V2ImagePath{p.value("repo"_L1).toString(), p.value("namespace"_L1).toString(),
                                p.value("image"_L1).toString(), p.value("tag"_L1).toString()};
            }
            s.images.append(i);
        }
        services.append(s);
    }
    return services;
}

// The first container's image is at image.repository/image.tag, the others under their own
// container name, as charts made by Zadig's Helm templates usually lay them out.
V2ImagePath SimV2::imagePathOf(const SimService &service, const QString &container)
{
    const bool first =
        !service.containers.isEmpty() && service.containers.first().name == container;
    const QString prefix = first ? QString() : container + u'.';
    return {prefix + u"image.repository"_s, QString(), QString(), prefix + u"image.tag"_s};
}

QString SimV2::renderYaml(const SimEnvironment &env, const SimService &service,
                          const QHash<QString, QString> &images)
{
    QString yaml = u"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: %1\n"
                   "  namespace: %2\n  labels:\n    app: %1\nspec:\n  replicas: 1\n"
                   "  selector:\n    matchLabels:\n      app: %1\n  template:\n    metadata:\n"
                   "      labels:\n        app: %1\n    spec:\n      containers:\n"_s.arg(
                       service.name, env.kubeNamespace);
    for (const SimContainer &c : service.containers) {
        yaml += u"        - name: %1\n          image: %2\n"_s.arg(c.name,
                                                                   images.value(c.name, c.image));
    }
    yaml += u"---\napiVersion: v1\nkind: Service\nmetadata:\n  name: %1\n  namespace: %2\n"
            "spec:\n  selector:\n    app: %1\n  ports:\n    - port: 8080\n"_s.arg(
                service.name, env.kubeNamespace);
    return yaml;
}

QString SimV2::renderValues(const SimService &service, const QHash<QString, QString> &images)
{
    QString values = u"replicaCount: 1\n"_s;
    bool first = true;
    for (const SimContainer &c : service.containers) {
        const QString image = images.value(c.name, c.image);
        const QString tag = imageTag(image);
        const QString repo = tag.isEmpty() ? image : image.left(image.size() - tag.size() - 1);
        const QString indent = first ? QString() : u"  "_s;
        if (!first)
            values += c.name + u":\n"_s;
        values += indent + u"image:\n"_s + indent + u"  repository: "_s + repo + u'\n' + indent +
                  u"  tag: \""_s + tag + u"\"\n"_s;
        first = false;
    }
    values += u"service:\n  port: 8080\n"_s;
    return values;
}

} // namespace zadig::sim
