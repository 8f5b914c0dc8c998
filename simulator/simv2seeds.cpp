// The seeds of the 4.x/5.x store. Deterministic apart from when the in-flight versions'
// watchers start (at the first v2 request after the seed was loaded).
//
// "demo":
//  - the 3.x demo versions as `migrate/400.go` copies them: new ids, source "from_env", images
//    with source_image = target_image = the 3.x image, Helm chart_name = service and
//    chart_status passed/failed, image statuses from the old task (a 3.x failed version has
//    its failing image "failed" with the 3.x error). The legacy typeless version and the
//    creating/retrying ones are not migrated. Same names, times and creators as on 3.
//  - native versions, created by "<user>(OpenAPI)" from 2025-08-29 on (newest first):
//      mall (K8SYaml): v3.2.0-rc1 creating (from_env dev; cart, order, order-migrate; success
//        ~15 simulated s after the first v2 request), v3.1.0 failed (from_env qa; cart passed,
//        web failed with an image error; retryable), v3.0.2-manual success (manual, user not
//        pushed), v3.0.1 success (from_version v3.0.0; cart), v3.0.0 success (from_env qa;
//        cart, order; labels release).
//      payments (HelmChart, payments-charts): pay-3.2.0-rc1 creating (from_env dev; pay-api,
//        risk-engine + risk-model; FAILS at risk-model ~15 simulated s after, a retry passes),
//        pay-3.1.0 failed (from_env qa; risk-model's image error), pay-3.0.1 success
//        (from_version pay-3.0.0; pay-api), pay-3.0.0 success (from_env qa; pay-api, notify;
//        labels release).
// "large:N": N K8SYaml versions in mall, as on 3 (release-000001 ... , every number ending
// in 3 failed with an image error, every multiple of 100 with cart:20241101-3-hotfix), source
// from_env.
#include "simutil.h"
#include "simv2.h"

using namespace Qt::StringLiterals;

namespace zadig::sim {

namespace {

constexpr qint64 V2Anchor = 1756450000; // 2025-08-29, the day 4.0.0 was tagged
constexpr qint64 Day = 24 * 3600;

const QString RegRelease = u"66f1a2b3c4d5e6f7a8b9c003"_s;
const QString RegAliyun = u"66f1a2b3c4d5e6f7a8b9c004"_s;

// An image of environment `env`, going to `targetPrefix<container>:<tag>`, its job passed.
V2Image envImage(const SimService &service, const SimContainer &c, const QString &targetPrefix,
                 const QString &tag, bool helm, bool push = true)
{
    V2Image i;
    i.containerName = c.name;
    i.imageName = repoName(c.image);
    i.sourceImage = c.image;
    i.sourceImageTag = imageTag(c.image);
    i.targetImage = push ? targetPrefix + i.imageName + u':' + tag : c.image;
    i.targetImageTag = push ? tag : i.sourceImageTag;
    if (helm)
        i.imagePath = SimV2::imagePathOf(service, c.name);
    i.pushImage = push;
    i.inTask = push;
    i.status = push ? u"passed"_s : QString();
    return i;
}

struct Native
{
    const char *name;
    const char *source;
    const char *env; // "" for manual
    qint64 age;      // days after V2Anchor
    QStringList services;
    QStringList labels;
    const char *desc;
    const char *user;
    const char *status;
    QString failing; // container whose job failed / will fail
};

V2Version native(const SimProject &project, const Native &n, bool helm)
{
    V2Version v;
    v.projectKey = project.key;
    v.name = QString::fromUtf8(n.name);
    v.type = helm ? u"HelmChart"_s : u"K8SYaml"_s;
    v.source = QString::fromLatin1(n.source);
    v.envName = QString::fromLatin1(n.env);
    v.desc = QString::fromUtf8(n.desc);
    v.labels = n.labels;
    v.registryId = helm ? RegAliyun : RegRelease;
    v.chartRepoName = helm ? u"payments-charts"_s : QString();
    v.createdBy = QString::fromLatin1(n.user) + u"(OpenAPI)"_s;
    v.createdAt = V2Anchor + n.age * Day;
    v.status = QString::fromLatin1(n.status);
    v.hasTask = true;
    const SimEnvironment *env =
        project.environment(v.envName.isEmpty() ? u"qa"_s : v.envName, false);
    const QString tag = helm ? v.name.mid(4) : v.name;
    const QString prefix = helm ? u"registry.cn-hangzhou.aliyuncs.com/delivery/"_s
                                : u"ccr.ccs.tencentyun.com/release/"_s;
    for (const QString &name : n.services) {
        const SimService *service = env->service(name);
        V2Service s;
        s.serviceName = name;
        const bool manualUnpushed = v.source == "manual"_L1 && name == "user"_L1;
        QHash<QString, QString> targets;
        for (const SimContainer &c : service->containers) {
            V2Image i = envImage(*service, c, prefix, tag, helm, !manualUnpushed);
            if (c.name == n.failing && v.status == "failed"_L1) {
                i.status = u"failed"_s;
                i.jobFails = true;
                i.error = v2ImageJobError(name, i);
            }
            targets.insert(c.name, i.targetImage);
            s.images.append(i);
        }
        if (helm) {
            s.chartName = name;
            s.chartVersion = tag;
            s.originalChartVersion = u"1.0.0"_s;
            s.chartStatus = u"passed"_s;
            s.yamlContent = SimV2::renderValues(*service, targets);
        } else {
            s.yamlContent = SimV2::renderYaml(*env, *service, targets);
        }
        v.services.append(s);
    }
    return v;
}

void addNative(SimV2 &store, SimState &state)
{
    const QList<Native> mall{
        {"v3.0.0",
         "from_env",
         "qa",
         0,
         {u"cart"_s, u"order"_s},
         {u"release"_s},
         "4.x 首个版本",
         "zhangwei",
         "success",
         {}},
        {"v3.0.1",
         "from_version",
         "",
         2,
         {u"cart"_s},
         {u"hotfix"_s},
         "购物车修复",
         "lina",
         "success",
         {}},
        {"v3.0.2-manual",
         "manual",
         "",
         3,
         {u"user"_s, u"web"_s},
         {},
         "手工录入的镜像",
         "patrick",
         "success",
         {}},
        {"v3.1.0",
         "from_env",
         "qa",
         5,
         {u"cart"_s, u"web"_s},
         {u"release"_s},
         "首页改版",
         "lina",
         "failed",
         u"web"_s},
        {"v3.2.0-rc1",
         "from_env",
         "dev",
         6,
         {u"cart"_s, u"order"_s},
         {u"rc"_s},
         "3.2 预发布候选版本",
         "zhangwei",
         "creating",
         {}},
    };
    const QList<Native> payments{
        {"pay-3.0.0",
         "from_env",
         "qa",
         1,
         {u"pay-api"_s, u"notify"_s},
         {u"release"_s},
         "支付中心 3.0",
         "patrick",
         "success",
         {}},
        {"pay-3.0.1",
         "from_version",
         "",
         4,
         {u"pay-api"_s},
         {u"hotfix"_s},
         "退款回调修复",
         "lina",
         "success",
         {}},
        {"pay-3.1.0",
         "from_env",
         "qa",
         5,
         {u"risk-engine"_s},
         {},
         "风控模型升级",
         "wangfang",
         "failed",
         u"risk-model"_s},
        {"pay-3.2.0-rc1",
         "from_env",
         "dev",
         7,
         {u"pay-api"_s, u"risk-engine"_s},
         {u"rc"_s},
         "3.2 预发布",
         "lina",
         "creating",
         u"risk-model"_s},
    };
    const qint64 now = state.nowMs();
    for (const auto &[key, list] : {std::pair{u"mall"_s, &mall}, {u"payments"_s, &payments}}) {
        const SimProject *project = state.project(key);
        if (!project)
            continue;
        for (const Native &n : *list) {
            V2Version v = native(*project, n, key == "payments"_L1);
            if (v.status == "creating"_L1) {
                // In flight: its task and watcher start now; a failing job fails the attempt.
                for (V2Service &s : v.services) {
                    for (V2Image &i : s.images)
                        i.status.clear();
                }
                qint64 k = 0;
                for (V2Service &s : v.services) {
                    for (V2Image &i : s.images) {
                        i.jobStartMs = now + SimState::JobStartDelayMs;
                        i.jobEndMs = i.jobStartMs + ++k * SimState::ImageCopyMs;
                        i.jobFails = i.containerName == n.failing;
                    }
                }
                v.hasTask = k > 0;
                v.attempts = 1;
                v.watching = true;
                v.watchStartMs = now;
            }
            store.insert(std::move(v));
        }
    }
}

void addLarge(SimV2 &store, SimState &state, int count)
{
    const SimProject *mall = state.project(u"mall"_s);
    const SimEnvironment *qa = mall ? mall->environment(u"qa"_s, false) : nullptr;
    if (!qa)
        return;
    QList<V2Service> passed;
    for (const QString &name : {u"cart"_s, u"order"_s}) {
        const SimService *service = qa->service(name);
        V2Service s;
        s.serviceName = name;
        s.images.append(envImage(*service, service->containers.first(),
                                 u"ccr.ccs.tencentyun.com/release/"_s, u"20241101-3-main"_s,
                                 false));
        passed.append(s);
    }
    QList<V2Service> hotfix = passed;
    V2Image &cart = hotfix[0].images[0];
    cart.targetImageTag = u"20241101-3-hotfix"_s;
    cart.targetImage =
        u"ccr.ccs.tencentyun.com/release/"_s + cart.imageName + u':' + cart.targetImageTag;
    QList<V2Service> failed = passed;
    V2Image &bad = failed[1].images[0];
    bad.status = u"failed"_s;
    bad.jobFails = true;
    bad.error = u"failed to build image distribute for service: order, status: failed, err: "
                "timeout "_s;
    const int width = std::max(6, int(QString::number(count).size()));
    for (int number = count; number >= 1; --number) {
        V2Version v;
        v.projectKey = mall->key;
        v.name = u"release-"_s + QString::number(number).rightJustified(width, u'0');
        v.type = u"K8SYaml"_s;
        v.source = u"from_env"_s;
        v.envName = u"qa"_s;
        v.registryId = RegRelease;
        const bool isFailed = number % 10 == 3;
        v.status = isFailed ? u"failed"_s : u"success"_s;
        v.services = isFailed ? failed : number % 100 == 0 ? hotfix : passed;
        v.createdBy = u"ci-bot(OpenAPI)"_s;
        v.createdAt = 1732068000 - qint64(count - number) * 600;
        v.hasTask = true;
        store.insert(std::move(v));
    }
}

} // namespace

void SimV2::addMigrated()
{
    for (const SimProject &project : std::as_const(m_state.m_projects)) {
        const auto it = m_state.m_versions.find(project.key);
        if (it == m_state.m_versions.end())
            continue;
        const auto &ordered = it->second.ordered;
        for (auto old = ordered.rbegin(); old != ordered.rend(); ++old) { // oldest first
            const SimVersion &o = **old;
            const bool helm = o.type == "HelmChart"_L1;
            if ((!helm && o.type != "K8SYaml"_L1) || o.status == "creating"_L1 ||
                o.status == "retrying"_L1) {
                continue;
            }
            V2Version v;
            v.projectKey = o.projectKey;
            v.name = o.name;
            v.type = o.type;
            v.source = u"from_env"_s;
            v.envName = o.envName;
            v.production = o.production;
            v.desc = o.description;
            v.labels = o.labels;
            v.registryId = o.registryId;
            v.createdBy = o.createdBy;
            v.createdAt = o.createTime;
            while (m_createdAt.contains(v.createdAt)) // the unique index would refuse it
                ++v.createdAt;
            v.status = o.status;
            v.hasTask = o.hasJob;
            const bool failed = o.status == "failed"_L1;
            if (failed && (o.error == "timeout"_L1 || !o.hasJob))
                v.error = o.error;
            const SimEnvironment *env = project.environment(o.envName, o.production);
            int copied = 0; // images before the one the old task failed on passed
            const auto image = [&](const SimImage &si) {
                V2Image i;
                i.containerName = si.serviceModule;
                i.imageName = si.imageName;
                i.sourceImage = i.targetImage = si.image;
                i.sourceImageTag = i.targetImageTag = imageTag(si.image);
                i.pushImage = si.distribute;
                i.inTask = o.hasJob && si.distribute;
                if (i.inTask) {
                    const bool bad = failed && copied == o.storedSuccessCount;
                    const bool good = !failed || copied < o.storedSuccessCount;
                    i.status = good ? u"passed"_s : bad ? u"failed"_s : QString();
                    i.jobFails = !good;
                    if (bad && o.error != "timeout"_L1)
                        i.error = o.error;
                    ++copied;
                }
                return i;
            };
            if (helm) {
                v.chartRepoName = o.charts.isEmpty() ? QString() : o.charts.first().chartRepoName;
                for (const SimChart &chart : o.charts) {
                    V2Service s;
                    s.serviceName = s.chartName = chart.serviceName;
                    s.chartVersion = s.originalChartVersion = chart.chartVersion;
                    s.chartStatus = failed ? u"failed"_s : u"passed"_s;
                    QHash<QString, QString> targets;
                    const SimService *service = env ? env->service(chart.serviceName) : nullptr;
                    for (const SimImage &si : chart.images) {
                        V2Image i = image(si);
                        if (service)
                            i.imagePath = imagePathOf(*service, si.serviceModule);
                        targets.insert(si.serviceModule, si.image);
                        s.images.append(i);
                    }
                    if (service)
                        s.yamlContent = renderValues(*service, targets);
                    v.services.append(s);
                }
            } else {
                for (const SimImage &si : o.images) {
                    if (v.services.isEmpty() || v.services.last().serviceName != si.serviceName)
                        v.services.append(V2Service{si.serviceName, {}, {}, {}, {}, {}, {}});
                    v.services.last().images.append(image(si));
                }
                for (V2Service &s : v.services) {
                    const SimService *service = env ? env->service(s.serviceName) : nullptr;
                    QHash<QString, QString> targets;
                    for (const V2Image &i : std::as_const(s.images))
                        targets.insert(i.containerName, i.targetImage);
                    if (service)
                        s.yamlContent = renderYaml(*env, *service, targets);
                }
            }
            insert(std::move(v));
        }
    }
}

void SimV2::loadSeed(const QString &seed)
{
    m_versions.clear();
    m_byId.clear();
    m_createdAt.clear();
    m_watched.clear();
    m_nextSeq = 1;
    m_collideNext = false;
    if (seed == "demo"_L1) {
        addMigrated();
        addNative(*this, m_state);
    } else if (seed.startsWith("large:"_L1)) {
        addLarge(*this, m_state, seed.mid(6).toInt());
    }
}

} // namespace zadig::sim
