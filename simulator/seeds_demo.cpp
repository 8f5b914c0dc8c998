// The versions of the "demo" seed, as the top of seeds.cpp describes them: a table of facts that
// tests rely on, in a file of its own so that it can be read and reviewed as data.
#include "seeds.h"

using namespace Qt::StringLiterals;

namespace zadig::sim::seeds {

namespace {

struct DemoVersion
{
    QString project;
    QString name;
    QString status;
    qint64 age; // seconds before Anchor
    QStringList services;
    QStringList labels;
    QString description;
    QString createdBy;
    QString error;        // failed versions
    int successCount = 0; // failed versions: images copied before the failure
};

} // namespace

void addDemoVersions(SimState &state)
{
    const QString timeoutError = u"timeout"_s;
    const QList<DemoVersion> mall{
        {u"mall"_s,
         u"v2.6.0-rc1"_s,
         u"creating"_s,
         6 * 60,
         {u"cart"_s, u"order"_s},
         {u"rc"_s},
         u"2.6 预发布候选版本"_s,
         u"zhangwei"_s,
         {},
         0},
        {u"mall"_s,
         u"v2.5.2"_s,
         u"retrying"_s,
         5 * Hour,
         {u"cart"_s, u"user"_s},
         {u"hotfix"_s},
         u"修复订单超时关闭的问题"_s,
         u"lina"_s,
         {},
         0},
        {u"mall"_s,
         u"v2.5.1"_s,
         u"failed"_s,
         26 * Hour,
         {u"cart"_s, u"web"_s},
         {u"hotfix"_s},
         u"购物车价格展示修复"_s,
         u"lina"_s,
         u"failed to build image distribute for service: web, status: failed, err: push "
         "ccr.ccs.tencentyun.com/release/web:20241119-1-main: unauthorized: authentication "
         "required"_s,
         1},
        {u"mall"_s,
         u"双十一大促版本"_s,
         u"success"_s,
         10 * Day,
         {u"cart"_s, u"order"_s, u"user"_s, u"gateway"_s},
         {u"大促"_s, u"production"_s},
         u"双十一大促全量发布：购物车与订单性能优化，网关限流"_s,
         u"zhangwei"_s,
         {},
         0},
        {u"mall"_s,
         u"v2.5.0"_s,
         u"success"_s,
         12 * Day,
         {u"cart"_s, u"order"_s, u"web"_s},
         {u"release"_s},
         u"优惠券叠加规则"_s,
         u"patrick"_s,
         {},
         0},
        {u"mall"_s,
         u"v2.4.3-hotfix"_s,
         u"failed"_s,
         15 * Day,
         {u"gateway"_s},
         {},
         u"网关证书更新"_s,
         u"wangfang"_s,
         u"failed to create delivery workflow: image registry is required to distribute "
         "images"_s,
         -1},
        {u"mall"_s,
         u"v2.4.2"_s,
         u"success"_s,
         18 * Day,
         {u"user"_s},
         {},
         QString(),
         u"patrick"_s,
         {},
         0},
        {u"mall"_s,
         u"v2.4.1"_s,
         u"success"_s,
         21 * Day,
         {u"order"_s},
         {},
         u"订单导出"_s,
         u"lina"_s,
         {},
         0},
        {u"mall"_s,
         u"v2.4.0"_s,
         u"success"_s,
         30 * Day,
         {u"user"_s, u"web"_s},
         {u"release"_s},
         u"会员中心改版"_s,
         u"zhangwei"_s,
         {},
         0},
        {u"mall"_s,
         u"v2.3.0"_s,
         u"failed"_s,
         41 * Day,
         {u"cart"_s, u"order"_s, u"user"_s},
         {u"release"_s},
         u"搜索推荐接入"_s,
         u"patrick"_s,
         timeoutError,
         2},
        {u"mall"_s,
         u"v2.2.1"_s,
         u"success"_s,
         60 * Day,
         {u"cart"_s},
         {},
         QString(),
         u"wangfang"_s,
         {},
         0},
        {u"mall"_s,
         u"中秋活动版本"_s,
         u"success"_s,
         64 * Day,
         {u"web"_s, u"gateway"_s},
         {u"活动"_s},
         u"中秋节活动页与礼品卡"_s,
         u"zhangwei"_s,
         {},
         0},
        {u"mall"_s,
         u"workflow-release-0825"_s,
         u"success"_s,
         87 * Day,
         {u"web"_s},
         {},
         u"由工作流生成的旧版本"_s,
         u"workflow"_s,
         {},
         0},
        {u"mall"_s,
         u"v2.1.0"_s,
         u"success"_s,
         100 * Day,
         {u"order"_s, u"user"_s},
         {},
         u"订单拆单"_s,
         u"lina"_s,
         {},
         0},
        {u"mall"_s,
         u"v2.0.0"_s,
         u"success"_s,
         130 * Day,
         {u"cart"_s, u"order"_s, u"user"_s, u"gateway"_s, u"web"_s},
         {u"major"_s},
         u"全新微服务架构上线"_s,
         u"patrick"_s,
         {},
         0},
        {u"mall"_s,
         u"v1.9.0"_s,
         u"success"_s,
         150 * Day,
         {u"cart"_s},
         {},
         QString(),
         u"patrick"_s,
         {},
         0},
        {u"mall"_s,
         u"v1.8.0"_s,
         u"success"_s,
         170 * Day,
         {u"user"_s},
         {},
         QString(),
         u"wangfang"_s,
         {},
         0},
        {u"mall"_s,
         u"v1.7.0"_s,
         u"success"_s,
         185 * Day,
         {u"web"_s},
         {},
         QString(),
         u"wangfang"_s,
         {},
         0},
    };
    const QList<DemoVersion> payments{
        {u"payments"_s,
         u"pay-2.4.0"_s,
         u"creating"_s,
         3 * 60,
         {u"pay-api"_s, u"risk-engine"_s},
         {u"rc"_s},
         u"风控模型升级"_s,
         u"lina"_s,
         {},
         0},
        {u"payments"_s,
         u"pay-2.3.2"_s,
         u"failed"_s,
         28 * Hour,
         {u"pay-api"_s, u"pay-worker"_s},
         {u"hotfix"_s},
         u"对账任务修复"_s,
         u"lina"_s,
         u"failed to build image distribute for service: pay-worker, status: failed, err: push "
         "registry.cn-hangzhou.aliyuncs.com/delivery/pay-worker:2.3.2: 502 Bad Gateway"_s,
         1},
        {u"payments"_s,
         u"pay-2.3.1"_s,
         u"success"_s,
         7 * Day,
         {u"pay-api"_s},
         {u"hotfix"_s},
         u"修复退款回调"_s,
         u"patrick"_s,
         {},
         0},
        {u"payments"_s,
         u"支付网关国密改造"_s,
         u"success"_s,
         14 * Day,
         {u"pay-api"_s, u"notify"_s},
         {u"安全"_s, u"合规"_s},
         u"支付网关支持国密 SM2/SM4 加密"_s,
         u"zhangwei"_s,
         {},
         0},
        {u"payments"_s,
         u"pay-2.3.0"_s,
         u"success"_s,
         20 * Day,
         {u"pay-api"_s, u"pay-worker"_s, u"risk-engine"_s},
         {u"release"_s},
         QString(),
         u"patrick"_s,
         {},
         0},
        {u"payments"_s,
         u"pay-2.2.0"_s,
         u"failed"_s,
         35 * Day,
         {u"risk-engine"_s},
         {},
         u"风控规则引擎"_s,
         u"wangfang"_s,
         timeoutError,
         0},
        {u"payments"_s,
         u"pay-2.1.1"_s,
         u"success"_s,
         50 * Day,
         {u"notify"_s},
         {},
         QString(),
         u"lina"_s,
         {},
         0},
        {u"payments"_s,
         u"pay-2.1.0"_s,
         u"success"_s,
         64 * Day,
         {u"pay-api"_s, u"notify"_s},
         {},
         u"短信通知渠道切换"_s,
         u"lina"_s,
         {},
         0},
        {u"payments"_s,
         u"pay-2.0.0"_s,
         u"success"_s,
         90 * Day,
         {u"pay-api"_s, u"pay-worker"_s, u"risk-engine"_s, u"notify"_s},
         {u"major"_s},
         u"支付中心 2.0"_s,
         u"patrick"_s,
         {},
         0},
        {u"payments"_s,
         u"pay-1.9.0"_s,
         u"success"_s,
         120 * Day,
         {u"pay-worker"_s},
         {},
         QString(),
         u"patrick"_s,
         {},
         0},
        {u"payments"_s,
         u"pay-1.8.0"_s,
         u"success"_s,
         150 * Day,
         {u"pay-api"_s},
         {},
         QString(),
         u"wangfang"_s,
         {},
         0},
        {u"payments"_s,
         u"pay-1.7.0"_s,
         u"success"_s,
         175 * Day,
         {u"pay-api"_s},
         {},
         QString(),
         u"wangfang"_s,
         {},
         0},
    };

    int build = 1;
    for (const QList<DemoVersion> *list : {&mall, &payments}) {
        for (const DemoVersion &d : *list) {
            SimVersion v;
            v.projectKey = d.project;
            v.name = d.name;
            v.status = d.status;
            v.labels = d.labels;
            v.description = d.description;
            v.createdBy = d.createdBy;
            v.createTime = Anchor - d.age;
            v.envName = u"qa"_s;
            if (d.project == "mall"_L1) {
                v.type = d.name.startsWith("workflow-"_L1) ? QString() : u"K8SYaml"_s;
                v.registryId = RegRelease;
                v.images = mallImages(d.services, v.createTime, build++);
            } else {
                v.type = u"HelmChart"_s;
                v.registryId = RegAliyun;
                const QString chartVersion =
                    d.name.startsWith("pay-"_L1) ? d.name.mid(4) : u"2.3.1-sm.1"_s;
                v.charts = paymentCharts(d.services, chartVersion);
            }
            v.error = d.error;
            if (d.successCount < 0) { // saved without a registry: never had a job
                v.hasJob = false;
                v.registryId.clear();
                for (SimImage &image : v.images) {
                    // Nothing was copied: the deliverable is still the source image.
                    image.image.replace(u"ccr.ccs.tencentyun.com/release/"_s,
                                        u"registry.example.com/mall/"_s);
                    image.registryId = RegMall;
                    image.imageNamespace = u"mall"_s;
                }
            } else {
                v.storedSuccessCount = d.successCount;
            }
            if (d.status == "creating"_L1 || d.status == "retrying"_L1) {
                v.jobStartMs = state.nowMs() + SimState::JobStartDelayMs;
                v.failAfter = d.project == "payments"_L1 ? 1 : -1;
            }
            state.insertVersion(std::move(v));
        }
    }
}

} // namespace zadig::sim::seeds
