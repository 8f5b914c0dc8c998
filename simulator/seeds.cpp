// The simulator's seeds. Everything here is deterministic (no clock, no random), so tests can
// assert on it. GUI and integration tests written by others rely on these facts; change them
// only together with those tests.
//
// Shared by every seed ("demo", "empty", "large:N"):
//  - projects (in this order): `mall` "电商平台" (deploy_type k8s), `payments` "支付中心"
//    (deploy_type helm), `infra` "基础设施" (deploy_type k8s, never has versions).
//  - environments: mall and payments have test envs `dev`, `qa` and the production env `prod`;
//    infra has only `dev`.
//  - mall services: cart [cart], order [order, order-migrate], user [user], gateway [gateway],
//    web [web]; images registry.example.com/mall/<container>:<tag>
//    (prod cart: registry.example.com/mall/cart:20241101-3-main).
//  - payments services: pay-api [pay-api], pay-worker [pay-worker],
//    risk-engine [risk-engine, risk-model], notify [notify];
//    images harbor.example.com/payments/<container>:<tag>.
//  - registries (4, bare array order):
//      66f1a2b3c4d5e6f7a8b9c001 registry.example.com/mall  (harbor, is_default true)
//      66f1a2b3c4d5e6f7a8b9c002 harbor.example.com/payments (harbor)
//      66f1a2b3c4d5e6f7a8b9c003 ccr.ccs.tencentyun.com/release (tcr, ap-shanghai)
//      66f1a2b3c4d5e6f7a8b9c004 registry.cn-hangzhou.aliyuncs.com/delivery (acr, cn-hangzhou)
//  - chart repos: `payments-charts` (https://charts.example.com/payments) and `shared-charts`
//    (https://charts.example.com/shared), both usable by payments.
//
// "demo": 30 versions, create_time fixed, spread from 2024-05 to 2024-11-20 10:00 +08:00
// (Unix 1732068000 is the newest moment any seed version has):
//  - mall: 18 versions (17 K8SYaml + 1 legacy with type ""), newest first:
//      v2.6.0-rc1 creating (3 images, goes to success ~14 simulated s after load),
//      v2.5.2 retrying (2 images, goes to success ~10 simulated s after load),
//      v2.5.1 failed, retryable,
//      双十一大促版本 success (5 images, labels 大促/production),
//      v2.5.0 success, v2.4.3-hotfix failed NOT retryable (saved without a registry),
//      v2.4.2, v2.4.1, v2.4.0 success, v2.3.0 failed retryable (error "timeout"),
//      v2.2.1 success, 中秋活动版本 success, workflow-release-0825 (legacy, type ""),
//      v2.1.0, v2.0.0, v1.9.0, v1.8.0, v1.7.0 success.
//  - payments: 12 HelmChart versions, newest first:
//      pay-2.4.0 creating (3 images; FAILS after 1 image ~10 simulated s after load),
//      pay-2.3.2 failed retryable, pay-2.3.1 success, 支付网关国密改造 success,
//      pay-2.3.0 success, pay-2.2.0 failed retryable (error "timeout"),
//      pay-2.1.1, pay-2.1.0, pay-2.0.0, pay-1.9.0, pay-1.8.0, pay-1.7.0 success.
//  - totals: 21 success, 5 failed (4 retryable), 2 creating, 1 retrying, and the legacy one
//    (stored status success, its detail is a 500 with an empty body).
//  - Helm chart versions are the version name without "pay-" (支付网关国密改造: 2.3.1-sm.1),
//    all in payments-charts; Helm images go to registry.cn-hangzhou.aliyuncs.com/delivery,
//    K8s images to ccr.ccs.tencentyun.com/release.
//  - ids are 24 hex digits and the same on every load (they derive from create_time and the
//    load order).
//
// "empty": the same projects, environments, registries and chart repos; no versions.
//
// "large:N": the same, plus N K8SYaml versions in mall named release-000001 (oldest) to
// release-<N> (newest, 6 digits or more), 10 simulated minutes apart, the newest at
// 1732068000; every version whose number ends in 3 is failed (retryable), the rest success.
// Each ships cart and order; those whose number is a multiple of 100 ship the hotfix build of cart
// (cart:20241101-3-hotfix), so that an image search has a few versions to find.
#include "seeds.h"

#include <QDate>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace zadig::sim::seeds {

namespace {

struct ServiceSpec
{
    const char *name;
    QList<const char *> containers;
};

SimEnvironment environment(const QString &key, const QString &project, bool production,
                           const QString &registryId, const QString &imagePrefix,
                           const QList<ServiceSpec> &services, const QHash<QString, QString> &tags,
                           qint64 updateTime)
{
    SimEnvironment env;
    env.key = key;
    env.kubeNamespace = project + u'-' + key;
    env.production = production;
    env.registryId = registryId;
    env.clusterId = production ? u"6502c1d8e4b0a17c9f3e5d21"_s : u"6502c1d8e4b0a17c9f3e5d20"_s;
    env.updateBy = production ? u"lina"_s : u"zhangwei"_s;
    env.updateTime = updateTime;
    for (const ServiceSpec &spec : services) {
        SimService svc;
        svc.name = QString::fromLatin1(spec.name);
        for (const char *container : spec.containers) {
            const QString name = QString::fromLatin1(container);
            svc.containers.append({name, imagePrefix + name + u':' + tags.value(svc.name)});
        }
        env.services.append(svc);
    }
    return env;
}

const QList<ServiceSpec> &mallServices()
{
    static const QList<ServiceSpec> services{{"cart", {"cart"}},
                                             {"order", {"order", "order-migrate"}},
                                             {"user", {"user"}},
                                             {"gateway", {"gateway"}},
                                             {"web", {"web"}}};
    return services;
}

const QList<ServiceSpec> &paymentServices()
{
    static const QList<ServiceSpec> services{{"pay-api", {"pay-api"}},
                                             {"pay-worker", {"pay-worker"}},
                                             {"risk-engine", {"risk-engine", "risk-model"}},
                                             {"notify", {"notify"}}};
    return services;
}

void addCommon(SimState &state)
{
    state.addRegistry(
        {RegMall, u"registry.example.com"_s, u"mall"_s, u"harbor"_s, QString(), true});
    state.addRegistry(
        {RegPayments, u"harbor.example.com"_s, u"payments"_s, u"harbor"_s, QString(), false});
    state.addRegistry(
        {RegRelease, u"ccr.ccs.tencentyun.com"_s, u"release"_s, u"tcr"_s, u"ap-shanghai"_s, false});
    state.addRegistry({RegAliyun, u"registry.cn-hangzhou.aliyuncs.com"_s, u"delivery"_s, u"acr"_s,
                       u"cn-hangzhou"_s, false});
    state.addChartRepo({u"6620a1b2c3d4e5f6a7b8c901"_s, u"payments-charts"_s,
                        u"https://charts.example.com/payments"_s});
    state.addChartRepo({u"6620a1b2c3d4e5f6a7b8c902"_s, u"shared-charts"_s,
                        u"https://charts.example.com/shared"_s});

    const QString mallPrefix = u"registry.example.com/mall/"_s;
    SimProject mall;
    mall.key = u"mall"_s;
    mall.name = u"电商平台"_s;
    mall.description = u"商城前台、订单与会员服务（K8s YAML 部署）"_s;
    mall.deployType = u"k8s"_s;
    mall.environments = {
        environment(u"dev"_s, mall.key, false, RegMall, mallPrefix, mallServices(),
                    {{u"cart"_s, u"20241119-57-main"_s},
                     {u"order"_s, u"20241119-88-main"_s},
                     {u"user"_s, u"20241118-23-main"_s},
                     {u"gateway"_s, u"20241117-12-main"_s},
                     {u"web"_s, u"20241119-104-main"_s}},
                    Anchor - 2 * Hour),
        environment(u"qa"_s, mall.key, false, RegMall, mallPrefix, mallServices(),
                    {{u"cart"_s, u"20241112-49-release-1.8"_s},
                     {u"order"_s, u"20241113-80-release-1.8"_s},
                     {u"user"_s, u"20241108-19-release-1.8"_s},
                     {u"gateway"_s, u"20241105-9-release-1.8"_s},
                     {u"web"_s, u"20241114-96-release-1.8"_s}},
                    Anchor - 3 * Day),
        environment(u"prod"_s, mall.key, true, RegMall, mallPrefix, mallServices(),
                    {{u"cart"_s, u"20241101-3-main"_s},
                     {u"order"_s, u"20241028-71-main"_s},
                     {u"user"_s, u"20241030-7-main"_s},
                     {u"gateway"_s, u"20241020-5-main"_s},
                     {u"web"_s, u"20241101-88-main"_s}},
                    Anchor - 9 * Day),
    };
    state.addProject(mall);

    const QString payPrefix = u"harbor.example.com/payments/"_s;
    SimProject payments;
    payments.key = u"payments"_s;
    payments.name = u"支付中心"_s;
    payments.description = u"支付、风控与通知服务（Helm Chart 部署）"_s;
    payments.deployType = u"helm"_s;
    payments.chartRepos = {u"payments-charts"_s, u"shared-charts"_s};
    payments.environments = {
        environment(u"dev"_s, payments.key, false, RegPayments, payPrefix, paymentServices(),
                    {{u"pay-api"_s, u"2.4.0-rc.3"_s},
                     {u"pay-worker"_s, u"2.4.0-rc.3"_s},
                     {u"risk-engine"_s, u"2.4.0-rc.1"_s},
                     {u"notify"_s, u"1.6.2"_s}},
                    Anchor - 5 * Hour),
        environment(u"qa"_s, payments.key, false, RegPayments, payPrefix, paymentServices(),
                    {{u"pay-api"_s, u"2.3.2"_s},
                     {u"pay-worker"_s, u"2.3.2"_s},
                     {u"risk-engine"_s, u"2.3.0"_s},
                     {u"notify"_s, u"1.6.1"_s}},
                    Anchor - 2 * Day),
        environment(u"prod"_s, payments.key, true, RegPayments, payPrefix, paymentServices(),
                    {{u"pay-api"_s, u"2.3.1"_s},
                     {u"pay-worker"_s, u"2.3.1"_s},
                     {u"risk-engine"_s, u"2.3.0"_s},
                     {u"notify"_s, u"1.6.0"_s}},
                    Anchor - 7 * Day),
    };
    state.addProject(payments);

    SimProject infra;
    infra.key = u"infra"_s;
    infra.name = u"基础设施"_s;
    infra.description = u"网关与监控组件"_s;
    infra.deployType = u"k8s"_s;
    infra.environments = {environment(
        u"dev"_s, infra.key, false, RegMall, u"registry.example.com/infra/"_s,
        {{"ingress", {"controller"}}}, {{u"ingress"_s, u"v1.9.4"_s}}, Anchor - 40 * Day)};
    state.addProject(infra);
}

// A tag as CI would have made it on the day of the version (China time, whatever the local
// time zone of the machine is).
QString ciTag(qint64 createTime, int build)
{
    const QDate day = QDate(1970, 1, 1).addDays((createTime + 8 * Hour) / Day);
    return day.toString(u"yyyyMMdd"_s) + u'-' + QString::number(build) + u"-main"_s;
}

SimImage releaseImage(const QString &service, const QString &container, const QString &tag)
{
    SimImage image;
    image.serviceName = service;
    image.serviceModule = container;
    image.imageName = container;
    image.image = u"ccr.ccs.tencentyun.com/release/"_s + container + u':' + tag;
    image.registryId = RegRelease;
    image.imageNamespace = u"release"_s;
    return image;
}

} // namespace

QList<SimImage> mallImages(const QStringList &services, qint64 createTime, int build)
{
    QList<SimImage> images;
    const QString tag = ciTag(createTime, build);
    for (const ServiceSpec &spec : mallServices()) {
        const QString service = QString::fromLatin1(spec.name);
        if (!services.contains(service))
            continue;
        for (const char *container : spec.containers)
            images.append(releaseImage(service, QString::fromLatin1(container), tag));
    }
    return images;
}

QList<SimChart> paymentCharts(const QStringList &services, const QString &chartVersion)
{
    QList<SimChart> charts;
    for (const ServiceSpec &spec : paymentServices()) {
        const QString service = QString::fromLatin1(spec.name);
        if (!services.contains(service))
            continue;
        SimChart chart;
        chart.serviceName = service;
        chart.chartRepoName = u"payments-charts"_s;
        chart.chartVersion = chartVersion;
        for (const char *container : spec.containers) {
            SimImage image = releaseImage(service, QString::fromLatin1(container), chartVersion);
            image.image = u"registry.cn-hangzhou.aliyuncs.com/delivery/"_s +
                          QString::fromLatin1(container) + u':' + chartVersion;
            image.registryId = RegAliyun;
            image.imageNamespace = u"delivery"_s;
            chart.images.append(image);
        }
        charts.append(chart);
    }
    return charts;
}

namespace {

void addLargeVersions(SimState &state, int count)
{
    // Shared (implicitly shared Qt containers), so that 100000 versions load in milliseconds.
    const QList<SimImage> images{
        releaseImage(u"cart"_s, u"cart"_s, u"20241101-3-main"_s),
        releaseImage(u"order"_s, u"order"_s, u"20241028-71-main"_s),
    };
    QList<SimImage> hotfix = images;
    hotfix[0] = releaseImage(u"cart"_s, u"cart"_s, u"20241101-3-hotfix"_s);
    const QString type = u"K8SYaml"_s;
    const QString successStatus = u"success"_s;
    const QString failedStatus = u"failed"_s;
    const QString createdBy = u"ci-bot"_s;
    const QString project = u"mall"_s;
    const QString error =
        u"failed to build image distribute for service: order, status: failed, err: timeout"_s;
    const int width = std::max(6, int(QString::number(count).size()));
    state.reserveVersions(project, count);
    for (int number = count; number >= 1; --number) {
        SimVersion v;
        v.projectKey = project;
        v.name = u"release-"_s + QString::number(number).rightJustified(width, u'0');
        v.type = type;
        const bool failed = number % 10 == 3;
        v.status = failed ? failedStatus : successStatus;
        v.createdBy = createdBy;
        v.createTime = Anchor - qint64(count - number) * 600;
        v.registryId = RegRelease;
        v.envName = u"qa"_s;
        v.images = number % 100 == 0 ? hotfix : images;
        if (failed) {
            v.error = error;
            v.storedSuccessCount = 1;
        }
        state.insertVersion(std::move(v));
    }
}

} // namespace

} // namespace zadig::sim::seeds

namespace zadig::sim {

bool SimState::loadSeed(const QString &seed)
{
    int large = -1;
    if (seed.startsWith("large:"_L1)) {
        bool ok = false;
        large = seed.mid(6).toInt(&ok);
        if (!ok || large < 0)
            return false;
    } else if (seed != "demo"_L1 && seed != "empty"_L1) {
        return false;
    }
    clear();
    m_seed = seed;
    seeds::addCommon(*this);
    if (seed == "demo"_L1)
        seeds::addDemoVersions(*this);
    else if (large > 0)
        seeds::addLargeVersions(*this, large);
    return true;
}

} // namespace zadig::sim