// POST /openapi/delivery/releases/k8s and /helm on 4.x/5.x (zadig-v4-v5-api.md §2.4): what
// each sub-range fills in, and the errors of §1.2 in the order the server meets them.
#include "simutil.h"
#include "simv2.h"

#include <QLoggingCategory>
#include <QRegularExpression>

Q_DECLARE_LOGGING_CATEGORY(lcSimState)

using namespace Qt::StringLiterals;

namespace zadig::sim {

namespace {

SimResponse createError(const QString &description)
{
    return zadigError(6560, u"新建交付中心版本失败"_s, description);
}

const SimContainer *container(const SimService &service, const QString &name)
{
    for (const SimContainer &c : service.containers) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

const V2Image *imageOf(const V2Version &version, const QString &service, const QString &name)
{
    for (const V2Service &s : version.services) {
        if (s.serviceName != service)
            continue;
        for (const V2Image &i : s.images) {
            if (i.containerName == name)
                return &i;
        }
    }
    return nullptr;
}

const V2Service *serviceOf(const V2Version &version, const QString &name)
{
    for (const V2Service &s : version.services) {
        if (s.serviceName == name)
            return &s;
    }
    return nullptr;
}

// The hand-written rewrite of 4.x: every document needs a kind, an empty YAML too.
bool everyDocumentHasKind(const QString &yaml)
{
    static const QRegularExpression separator(u"^---\\s*$"_s, QRegularExpression::MultilineOption);
    static const QRegularExpression kind(u"^kind:\\s*\\S"_s, QRegularExpression::MultilineOption);
    const QStringList documents = yaml.split(separator);
    for (const QString &document : documents) {
        if (!kind.match(document).hasMatch())
            return false;
    }
    return true;
}

// Sets the image of container `name` (the `image:` line after its `- name:`).
QString replaceContainerImage(const QString &yaml, const QString &name, const QString &image)
{
    static const QRegularExpression nameLine(u"^\\s*-?\\s*name:\\s*\"?([^\"\\s]+)\"?\\s*$"_s);
    static const QRegularExpression imageLine(u"^(\\s*-?\\s*image:\\s*).*$"_s);
    QStringList lines = yaml.split(u'\n');
    QString current;
    for (QString &line : lines) {
        if (const auto m = nameLine.match(line); m.hasMatch())
            current = m.captured(1);
        else if (const auto i = imageLine.match(line); i.hasMatch() && current == name)
            line = i.captured(1) + image;
    }
    return lines.join(u'\n');
}

const SimService *templateService(const SimProject &project, const QString &name, bool production)
{
    for (const SimEnvironment &env : project.environments) {
        if (env.production == production)
            return env.service(name);
    }
    return nullptr;
}

} // namespace

SimResponse SimV2::create(const QJsonObject &body, bool helm)
{
    if (const QString typeError = v2BodyTypeError(body, helm); !typeError.isEmpty())
        return zadigError(400, u"Bad Request"_s, typeError);
    V2Version v;
    v.projectKey = body.value("project_key"_L1).toString();
    if (auto refused = gate(v.projectKey))
        return *refused;
    v.name = body.value("version_name"_L1).toString(); // not validated: "" is accepted
    v.type = helm ? u"HelmChart"_s : u"K8SYaml"_s;
    v.source = body.value("source"_L1).toString(); // stored verbatim, whatever it is
    v.envName = body.value("env_name"_L1).toString();
    v.production = body.value("production"_L1).toBool();
    v.desc = body.value("desc"_L1).toString();
    v.labels = stringList(body.value("labels"_L1));
    v.registryId = body.value("image_registry_id"_L1).toString();
    v.chartRepoName = body.value("chart_repo_name"_L1).toString();
    v.createdBy = u"admin(OpenAPI)"_s;
    v.services = v2ServicesFromJson(body.value("services"_L1));

    if (helm && v.services.isEmpty())
        return createError(u"no service info appointed"_s);
    if (helm && v.registryId.isEmpty())
        return createError(u"image registry not appointed"_s);
    if (generation() >= ApiGeneration::V4_2) {
        if (auto error = resolveSource(v, helm, body.value("original_version_name"_L1).toString()))
            return internalError(*error);
    }
    bool panic = false;
    if (auto error = checkRegistries(v, &panic))
        return panic ? empty(500) : internalError(*error);

    // The unique indexes: (project, name), and created_at alone over the whole server.
    const qint64 now = m_state.nowMs();
    v.createdAt = now / 1000;
    const bool collides = m_collideNext || m_createdAt.contains(v.createdAt);
    m_collideNext = false;
    if (collides || find(v.projectKey, v.name)) {
        return createError(
            u"failed to insert delivery version %1, version already exist"_s.arg(v.name));
    }
    v.status = u"creating"_s;

    // After the insert, failures leave the version stored as "failed".
    std::optional<QString> failure;
    bool pushes = false;
    for (const V2Service &s : std::as_const(v.services)) {
        for (const V2Image &i : s.images)
            pushes = pushes || i.pushImage;
    }
    if (!helm && pushes && v.registryId.isEmpty())
        failure = u"target registry not appointed"_s;
    if (!failure && !helm)
        failure = rewriteYaml(v);
    if (!failure && helm) {
        const bool manual = v.source == "manual"_L1;
        for (V2Service &s : v.services) {
            if (manual || v.chartRepoName.isEmpty()) {
                s.chartStatus = u"passed"_s; // nothing to push
            } else if (!m_state.chartRepo(v.chartRepoName)) {
                failure = u"failed to query chart-repo info, repoName: "_s + v.chartRepoName;
                break;
            } else if (generation() <= ApiGeneration::V4_1) {
                // 4.0/4.1 never copy chart_name on this path (inferred by the spec).
                failure = u"failed to handle chart %1: chart.metadata.name is required"_s.arg(
                    s.serviceName);
                break;
            } else {
                s.chartStatus = u"passed"_s; // packaged and pushed inside the POST
            }
        }
    }
    if (failure) {
        v.status = u"failed"_s;
        v.error = *failure;
        insert(std::move(v));
        SimResponse answer = internalError(*failure);
        if (helm)
            answer.delayMs = m_state.helmCreateDelayMs(); // it failed while packaging charts
        return answer;
    }
    startTask(v, false, now);
    v.watching = true;
    const QString name = v.name;
    const QString id = insert(std::move(v));
    qCInfo(lcSimState) << "created v2 version" << name << id;
    SimResponse answer = success();
    if (helm)
        answer.delayMs = m_state.helmCreateDelayMs();
    return answer;
}

std::optional<QString> SimV2::resolveSource(V2Version &v, bool helm, const QString &original)
{
    const SimProject *project = m_state.project(v.projectKey);
    const bool renders = generation() >= ApiGeneration::V4_2_1;
    if (v.source == "from_env"_L1) {
        if (v.envName.isEmpty())
            return u"env name is required when source is from env"_s;
        // 4.x K8s looks the environment up by name only; Helm and 5.x K8s also by kind.
        const bool byKind = helm || generation() >= ApiGeneration::V5;
        const SimEnvironment *env = nullptr;
        if (project) {
            env = project->environment(v.envName, v.production);
            if (!env && !byKind)
                env = project->environment(v.envName, !v.production);
        }
        if (!env) {
            const bool wrongKind = project && project->environment(v.envName, !v.production);
            return u"failed to find env, %1: %2, envName: %3, error: %4"_s.arg(
                wrongKind && !helm ? u"projectName"_s : u"projectKey"_s, v.projectKey, v.envName,
                noDocuments());
        }
        for (V2Service &s : v.services) {
            const SimService *service = env->service(s.serviceName);
            if (!service && helm) {
                return u"failed get release for service %1 from env %2/%3"_s.arg(
                    s.serviceName, v.projectKey, v.envName);
            }
            if (!service)
                return u"not found service %1 in env %2"_s.arg(s.serviceName, v.envName);
            QHash<QString, QString> targets;
            for (V2Image &i : s.images) {
                const SimContainer *c = container(*service, i.containerName);
                if (!c) {
                    return u"container not found, serviceName: %1, containerName: %2, envName: "
                           "%3, projectKey: %4"_s.arg(s.serviceName, i.containerName, v.envName,
                                                      v.projectKey);
                }
                i.imageName = repoName(c->image);
                i.sourceImage = c->image;
                i.sourceImageTag = imageTag(c->image);
                if (helm)
                    i.imagePath = imagePathOf(*service, c->name);
                targets.insert(c->name, i.targetImage);
            }
            if (helm) {
                s.chartName = s.serviceName;
                s.originalChartVersion = u"1.0.0"_s; // the env release's chart
            }
            if (renders) {
                // K8s: the env's YAML, whose images the rewrite then sets; Helm: full values.
                s.yamlContent =
                    helm ? renderValues(*service, targets) : renderYaml(*env, *service, {});
            }
        }
        return std::nullopt;
    }
    if (v.source == "from_version"_L1) {
        if (original.isEmpty())
            return u"original version name is required when source is from version"_s;
        const V2Version *from = find(v.projectKey, original);
        if (!from) {
            return u"failed to get original version, projectKey: %1, versionName: %2, error: "
                   "%3"_s.arg(v.projectKey, original, noDocuments());
        }
        for (V2Service &s : v.services) {
            for (V2Image &i : s.images) {
                const V2Image *was = imageOf(*from, s.serviceName, i.containerName);
                if (!was) {
                    return u"image not found, serviceName: %1, containerName: %2, "
                           "originalVersionName: %3, projectKey: %4"_s.arg(
                               s.serviceName, i.containerName, original, v.projectKey);
                }
                // From the original's SOURCE, not its target.
                i.imageName = was->imageName;
                i.sourceImage = was->sourceImage;
                i.sourceImageTag = was->sourceImageTag;
                if (helm)
                    i.imagePath = was->imagePath;
            }
            if (const V2Service *old = serviceOf(*from, s.serviceName); old && helm) {
                s.chartName = old->chartName;
                s.yamlContent = old->yamlContent;
                s.originalChartVersion = old->chartVersion;
            }
        }
        return std::nullopt;
    }
    if (helm) { // manual, or anything else: checked against the service templates
        for (V2Service &s : v.services) {
            const SimService *service =
                project ? templateService(*project, s.serviceName, v.production) : nullptr;
            if (!service)
                return u"can't find service %1 in project %2"_s.arg(s.serviceName, v.projectKey);
            for (V2Image &i : s.images) {
                if (!container(*service, i.containerName)) {
                    return u"failed to find container %1 in service %2, project: %3, production: "
                           "%4"_s.arg(i.containerName, s.serviceName, v.projectKey,
                                      v.production ? u"true"_s : u"false"_s);
                }
                i.imagePath = imagePathOf(*service, i.containerName);
            }
        }
    }
    return std::nullopt;
}

std::optional<QString> SimV2::checkRegistries(const V2Version &v, bool *emptyPanic) const
{
    if (!v.registryId.isEmpty() && !m_state.registry(v.registryId)) {
        *emptyPanic = generation() == ApiGeneration::V4_0; // a nil registry dereferenced
        return u"can not find target registry"_s;
    }
    for (const V2Service &s : v.services) {
        for (const V2Image &i : s.images) {
            if (!i.pushImage)
                continue;
            // The source registry is what remains of source_image without /<image_name>:<tag>.
            const QString suffix = u'/' + i.imageName + u':' + i.sourceImageTag;
            bool found = false;
            if (!i.imageName.isEmpty() && i.sourceImage.endsWith(suffix)) {
                const QString prefix = i.sourceImage.chopped(suffix.size());
                for (const SimRegistry &r : std::as_const(m_state.m_registries))
                    found = found || prefix == r.address + u'/' + r.imageNamespace;
            }
            if (!found) {
                return u"failed to check registry, err: can't find source registry for image: "_s +
                       i.sourceImage;
            }
        }
    }
    return std::nullopt;
}

std::optional<QString> SimV2::rewriteYaml(V2Version &v) const
{
    // Skipped for manual, and for from_version without YAML.
    if (v.source == "manual"_L1)
        return std::nullopt;
    const bool v5 = generation() >= ApiGeneration::V5;
    for (V2Service &s : v.services) {
        if (v.source == "from_version"_L1 && s.yamlContent.isEmpty())
            continue;
        if (!v5 && !everyDocumentHasKind(s.yamlContent))
            return u"failed to update image for service %1: yaml缺少kind字段"_s.arg(s.serviceName);
        for (const V2Image &i : std::as_const(s.images)) {
            // target_image is written verbatim, even when empty.
            s.yamlContent = replaceContainerImage(s.yamlContent, i.containerName, i.targetImage);
            if (v5 && !i.sourceImage.isEmpty())
                s.yamlContent.replace(i.sourceImage, i.targetImage);
        }
    }
    return std::nullopt;
}

} // namespace zadig::sim
