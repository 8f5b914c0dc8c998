// The create wizard on Zadig 4.x/5.x ("delivery version v2"), driven page by page offscreen
// against the in-process simulator imitating 5.x or 4.2, over real HTTP: from an environment and
// from an existing version (K8s and Helm), the exact body the review page shows and the server
// receives, the 4.0-4.2 rendered YAML read before sending, the server's refusals (same-second
// collision, taken name, a 500 that did or did not store the version) and the retry of a failed
// version from the progress page.
#include "wizardharness.h"

#include "wizard/chartspage.h"
#include "wizard/progresspage.h"
#include "wizard/reviewpage.h"
#include "wizardrules.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>

#include <optional>

using namespace Qt::StringLiterals;
using namespace zadig;
using ui::CreateVersionWizard;
using wizardtest::Harness;

namespace {

// ccr.ccs.tencentyun.com/release: where the seed's v2 K8s versions went.
const QString ReleaseRegistry = u"66f1a2b3c4d5e6f7a8b9c003"_s;
const QString ReleasePrefix = u"ccr.ccs.tencentyun.com/release/"_s;
// registry.cn-hangzhou.aliyuncs.com/delivery: where the seed's v2 Helm versions went.
const QString AliyunRegistry = u"66f1a2b3c4d5e6f7a8b9c004"_s;
const QString AliyunPrefix = u"registry.cn-hangzhou.aliyuncs.com/delivery/"_s;
const QString K8sPath = u"/openapi/delivery/releases/k8s"_s;
const QString HelmPath = u"/openapi/delivery/releases/helm"_s;
const QString RetryPath = u"/openapi/delivery/releases/retry"_s;
const QString DetailPath = u"/openapi/delivery/releases/detail"_s;

QJsonArray servicesOf(const QJsonObject &body)
{
    return body.value(u"services"_s).toArray();
}

QJsonObject serviceIn(const QJsonObject &body, const QString &name)
{
    for (const QJsonValue &s : servicesOf(body)) {
        if (s[u"service_name"_s].toString() == name)
            return s.toObject();
    }
    return QJsonObject();
}

QJsonObject imageIn(const QJsonObject &body, const QString &service, const QString &container)
{
    for (const QJsonValue &i : serviceIn(body, service).value(u"images"_s).toArray()) {
        if (i[u"container_name"_s].toString() == container)
            return i.toObject();
    }
    return QJsonObject();
}

// "service/container" of every image of a body.
QSet<QString> imageKeys(const QJsonObject &body)
{
    QSet<QString> keys;
    for (const QJsonValue &s : servicesOf(body)) {
        for (const QJsonValue &i : s[u"images"_s].toArray())
            keys.insert(s[u"service_name"_s].toString() + u'/' + i[u"container_name"_s].toString());
    }
    return keys;
}

QSet<QString> imageKeys(const sim::V2Version &version)
{
    QSet<QString> keys;
    for (const sim::V2Service &s : version.services) {
        for (const sim::V2Image &i : s.images)
            keys.insert(s.serviceName + u'/' + i.containerName);
    }
    return keys;
}

QSet<QString> imageKeys(const QList<ui::ContainerChoice> &choices)
{
    QSet<QString> keys;
    for (const ui::ContainerChoice &c : choices)
        keys.insert(c.service + u'/' + c.container);
    return keys;
}

// The index in `requests` of the first one matching, or -1.
qsizetype indexOf(const QList<sim::RecordedRequest> &requests, const QByteArray &method,
                  const QString &path, const QString &serviceName = QString())
{
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const sim::RecordedRequest &r = requests.at(i);
        if (r.method == method && r.path == path &&
            (serviceName.isEmpty() || r.query.queryItemValue(u"serviceName"_s) == serviceName))
            return i;
    }
    return -1;
}

} // namespace

class TestWizardV2 : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    Harness h;

    // Waits for a call of the client (real HTTP) and gives its answer.
    template<typename T, typename Call>
    std::optional<Result<T>> await(Call call)
    {
        std::optional<Result<T>> answer;
        QObject context;
        call(&context, [&answer](const Result<T> &result) { answer = result; });
        // The context goes with this frame: a late answer is dropped, not written here.
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30'000))
            return std::nullopt;
        return answer;
    }

    std::optional<VersionDetail> detailOf(const QString &project, const QString &name)
    {
        const auto answer = await<VersionDetail>([&](QObject *context, auto callback) {
            h.client->versionDetail(project, QString(), name, context, callback);
        });
        if (!answer || !answer->ok())
            return std::nullopt;
        return answer->value();
    }

    // Types a tag into "Set all tags to" and applies it, as a user does.
    static void setAllTags(CreateVersionWizard *wizard, const QString &tag)
    {
        auto *edit = wizard->findChild<QLineEdit *>(u"allTagsEdit"_s);
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, tag);
        QTest::mouseClick(wizard->findChild<QPushButton *>(u"setAllTagsButton"_s), Qt::LeftButton);
    }

    // K8s, mall, from the test environment qa: cart and order/order (not order-migrate), all
    // tagged `tag`, to ccr.ccs.tencentyun.com/release; stops on the review page.
    CreateVersionWizard *toReviewFromEnvironment(const QString &name, const QString &tag)
    {
        CreateVersionWizard *wizard = h.openWizard();
        if (!wizard)
            return nullptr;
        Harness::fillBasics(wizard, name, u"4.x 发布"_s, {u"release"_s, u"春季"_s});
        Harness::clickNext(wizard, EnvironmentPageId);
        if (wizard->isV2()) {
            auto *fromEnv = wizard->findChild<QRadioButton *>(u"fromEnvironmentRadio"_s);
            if (!fromEnv || !fromEnv->isChecked())
                return nullptr;
        }
        Harness::chooseEnvironment(wizard, false, u"qa"_s);
        Harness::clickNext(wizard, ServicesPageId);
        Harness::waitForServices(wizard);
        ui::ServicesPage *services = wizard->servicesPage();
        if (!services->setChosen(u"cart"_s, QString()) ||
            !services->setChosen(u"order"_s, u"order"_s))
            return nullptr;
        setAllTags(wizard, tag);
        Harness::clickNext(wizard, RegistryPageId);
        Harness::chooseRegistry(wizard, ReleaseRegistry);
        Harness::clickNext(wizard, ReviewPageId);
        return QTest::currentTestFailed() ? nullptr : wizard;
    }

    // Every value the user entered, as the pages hold it now.
    static QStringList enteredValues(CreateVersionWizard *wizard)
    {
        QStringList values{wizard->basicsPage()->versionName(), wizard->basicsPage()->description(),
                           wizard->basicsPage()->labels().join(u',')};
        if (const auto env = wizard->environmentPage()->environment())
            values << env->key;
        for (const ui::ContainerChoice &c : wizard->servicesPage()->chosen())
            values << c.service + u'/' + c.container + u':' + c.tag +
                          (c.distribute ? u"+"_s : u"-"_s);
        if (const auto registry = wizard->registryPage()->registry())
            values << registry->id;
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::useTemporarySettings(m_settingsDir, u"tst_wizardv2"_s);
    }

    // A message box would block an offscreen test: recorded, never shown.
    void init() { ui::MessageBoxes::setRecordOnly(true); }
    void cleanup() { h.stop(); }

    void k8sFromEnvironment()
    {
        h.start(u"mall"_s, 60, u"demo"_s, u"5"_s);
        CreateVersionWizard *wizard = toReviewFromEnvironment(u"v4.0.0"_s, u"20250901-1"_s);
        QVERIFY(wizard);
        QCOMPARE(wizard->generation(), ServerGeneration::Zadig5);
        QCOMPARE(wizard->environmentPage()->title(), u"Source"_s);
        QCOMPARE(wizard->source(), VersionSource::FromEnv);

        const QJsonObject shown = Harness::shownBody(wizard);
        QCOMPARE(shown.value(u"project_key"_s).toString(), u"mall"_s);
        QCOMPARE(shown.value(u"version_name"_s).toString(), u"v4.0.0"_s);
        QCOMPARE(shown.value(u"source"_s).toString(), u"from_env"_s);
        QCOMPARE(shown.value(u"env_name"_s).toString(), u"qa"_s);
        QCOMPARE(shown.value(u"production"_s), QJsonValue(false));
        QCOMPARE(shown.value(u"desc"_s).toString(), u"4.x 发布"_s);
        QCOMPARE(shown.value(u"labels"_s), QJsonValue(QJsonArray{u"release"_s, u"春季"_s}));
        QCOMPARE(shown.value(u"image_registry_id"_s).toString(), ReleaseRegistry);
        // Nothing of the 2.3-3.4 body.
        QVERIFY(!shown.contains(u"yaml_datas"_s));
        QVERIFY(!shown.contains(u"retry"_s));
        QCOMPARE(imageKeys(shown), QSet<QString>({u"cart/cart"_s, u"order/order"_s}));
        for (const auto &[service, container] :
             {std::pair{u"cart"_s, u"cart"_s}, std::pair{u"order"_s, u"order"_s}}) {
            const QJsonObject image = imageIn(shown, service, container);
            QCOMPARE(image.value(u"push_image"_s), QJsonValue(true));
            QCOMPARE(image.value(u"image_name"_s).toString(), container);
            // <registry address>/<namespace>/<image_name>:<tag>, as the distribute job pushes.
            QCOMPARE(image.value(u"target_image"_s).toString(),
                     ReleasePrefix + container + u":20250901-1"_s);
            QCOMPARE(image.value(u"target_image_tag"_s).toString(), u"20250901-1"_s);
            // Distributed from the image running in qa.
            const QString source = image.value(u"source_image"_s).toString();
            QVERIFY2(source.startsWith(u"registry.example.com/mall/"_s + container + u':'),
                     qPrintable(source));
            QCOMPARE(image.value(u"source_image_tag"_s).toString(), imageTag(source));
        }
        QCOMPARE(h.sim->requestCount(K8sPath, "POST"), 0);

        Harness::clickNext(wizard, ProgressPageId);
        QCOMPARE(h.sim->requestCount(K8sPath, "POST"), 1);
        QCOMPARE(h.lastBody("POST", K8sPath), shown);
        QVERIFY(wizard->acceptedNote().isEmpty());

        QTRY_VERIFY_WITH_TIMEOUT(h.version(u"v4.0.0"_s), 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(h.statusOf(u"v4.0.0"_s), VersionStatus::Success, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->progressPage()->status(),
                                  std::optional(VersionStatus::Success), 20'000);
        const sim::V2Version *stored = h.sim->v2().version(u"mall"_s, u"v4.0.0"_s);
        QVERIFY(stored);
        QCOMPARE(stored->source, u"from_env"_s);
        QCOMPARE(stored->services.size(), 2);

        // No request of the 2.3-3.4 shape reached the 5.x server.
        const QList<sim::RecordedRequest> requests = h.sim->requests();
        for (const sim::RecordedRequest &r : requests) {
            QVERIFY2(!(r.method == "POST" && r.body.contains("yaml_datas")),
                     qPrintable(r.path + u' ' + QString::fromUtf8(r.body)));
            const bool byId = r.method == "GET" &&
                              r.path.startsWith(u"/openapi/delivery/releases/"_s) &&
                              r.path != DetailPath;
            QVERIFY2(!byId, qPrintable(r.path));
        }
    }

    void createFromBeforeTheGenerationIsKnown()
    {
        // Just after start-up the window may not know the server's generation yet: the action
        // learns it first, then opens the wizard started from the version (it once did nothing).
        h.start(u"mall"_s, 60, u"demo"_s, u"5"_s);
        QTRY_VERIFY_WITH_TIMEOUT(h.version(u"v3.0.0"_s), 30'000);
        QVERIFY(h.window->selectVersion(h.idOf(u"v3.0.0"_s)));
        h.client->setGeneration(ServerGeneration::Unknown);
        auto *action = h.window->findChild<QAction *>(u"createFromVersionAction"_s);
        QVERIFY(action && action->isEnabled());
        action->trigger();
        CreateVersionWizard *wizard = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (wizard = h.window->findChild<CreateVersionWizard *>(u"createVersionWizard"_s)),
            30'000);
        QVERIFY(wizard->isV2());
        QCOMPARE(wizard->environmentPage()->originalVersion(), u"v3.0.0"_s);
    }

    void k8sFromThisVersion()
    {
        h.start(u"mall"_s, 60, u"demo"_s, u"5"_s);
        const sim::V2Version *original = h.sim->v2().version(u"mall"_s, u"v3.0.0"_s);
        QVERIFY(original);
        CreateVersionWizard *wizard = h.openWizardFrom(u"v3.0.0"_s);
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(BasicsPageId));
        QCOMPARE(wizard->source(), VersionSource::FromVersion);
        QCOMPARE(wizard->environmentPage()->originalVersion(), u"v3.0.0"_s);
        // Its labels are taken over; more can be added.
        QCOMPARE(wizard->basicsPage()->labels(), QStringList{u"release"_s});
        Harness::fillBasics(wizard, u"v3.0.3"_s, u"再次发布"_s, {u"hotfix"_s});
        Harness::clickNext(wizard, EnvironmentPageId);

        // The Source page starts from the version chosen in the table.
        auto *fromVersion = wizard->findChild<QRadioButton *>(u"fromVersionRadio"_s);
        QVERIFY(fromVersion);
        QVERIFY(fromVersion->isChecked());
        QVERIFY(!wizard->findChild<QRadioButton *>(u"fromEnvironmentRadio"_s)->isChecked());
        auto *combo = wizard->findChild<QComboBox *>(u"originalVersionCombo"_s);
        QVERIFY(combo);
        QTRY_VERIFY_WITH_TIMEOUT(combo->isEnabled(), 30'000);
        QCOMPARE(combo->currentData().toString(), u"v3.0.0"_s);
        QCOMPARE(wizard->source(), VersionSource::FromVersion);
        QCOMPARE(wizard->environmentPage()->originalVersion(), u"v3.0.0"_s);

        // Every image of v3.0.0, all chosen.
        Harness::clickNext(wizard, ServicesPageId);
        Harness::waitForServices(wizard);
        QCOMPARE(imageKeys(wizard->servicesPage()->chosen()), imageKeys(*original));
        QVERIFY(wizard->servicesPage()->reason().isEmpty());
        setAllTags(wizard, u"v3.0.3"_s);

        // The original's registry, preselected.
        Harness::clickNext(wizard, RegistryPageId);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->registryPage()->registry(), 30'000);
        QCOMPARE(wizard->registryPage()->registry()->id, original->registryId);
        QCOMPARE(wizard->findChild<QComboBox *>(u"registryCombo"_s)->currentData().toString(),
                 original->registryId);
        Harness::clickNext(wizard, ReviewPageId);

        const QJsonObject shown = Harness::shownBody(wizard);
        QCOMPARE(shown.value(u"source"_s).toString(), u"from_version"_s);
        QCOMPARE(shown.value(u"original_version_name"_s).toString(), u"v3.0.0"_s);
        QCOMPARE(shown.value(u"version_name"_s).toString(), u"v3.0.3"_s);
        QCOMPARE(shown.value(u"image_registry_id"_s).toString(), original->registryId);
        QCOMPARE(imageKeys(shown), imageKeys(*original));
        // The server takes yaml_content from the request: the original's, as its detail says.
        const std::optional<VersionDetail> detail = detailOf(u"mall"_s, u"v3.0.0"_s);
        QVERIFY(detail);
        QCOMPARE(detail->services.size(), original->services.size());
        for (const VersionService &service : detail->services) {
            QVERIFY(!service.yamlContent.isEmpty());
            QCOMPARE(serviceIn(shown, service.serviceName).value(u"yaml_content"_s).toString(),
                     service.yamlContent);
            for (const VersionImage &image : service.images) {
                const QJsonObject sent = imageIn(shown, service.serviceName, image.containerName);
                QCOMPARE(sent.value(u"push_image"_s), QJsonValue(true));
                QCOMPARE(sent.value(u"target_image"_s).toString(),
                         ReleasePrefix + image.imageName + u":v3.0.3"_s);
                // Distributed again from the original's source image.
                QCOMPARE(sent.value(u"source_image"_s).toString(), image.sourceImage);
            }
        }

        Harness::clickNext(wizard, ProgressPageId);
        QCOMPARE(h.lastBody("POST", K8sPath), shown);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->progressPage()->status(),
                                  std::optional(VersionStatus::Success), 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(h.statusOf(u"v3.0.3"_s), VersionStatus::Success, 20'000);
        const sim::V2Version *stored = h.sim->v2().version(u"mall"_s, u"v3.0.3"_s);
        QVERIFY(stored);
        QCOMPARE(stored->source, u"from_version"_s);
        QCOMPARE(imageKeys(*stored), imageKeys(*original));
    }

    void helmFromEnvironment()
    {
        h.start(u"payments"_s, 60, u"demo"_s, u"5"_s);
        h.sim->setHelmCreateDelayMs(200);
        CreateVersionWizard *wizard = h.openWizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->flavour(), DeployType::Helm);
        Harness::fillBasics(wizard, u"pay-4.0.0"_s, u"支付 4.0"_s, {});
        Harness::clickNext(wizard, EnvironmentPageId);
        Harness::chooseEnvironment(wizard, false, u"qa"_s);
        Harness::clickNext(wizard, ServicesPageId);
        Harness::waitForServices(wizard);
        QVERIFY(wizard->servicesPage()->setChosen(u"pay-api"_s, QString()));
        QVERIFY(wizard->servicesPage()->setChosen(u"risk-engine"_s, QString()));
        setAllTags(wizard, u"4.0.0"_s);
        Harness::clickNext(wizard, RegistryPageId);
        Harness::chooseRegistry(wizard, AliyunRegistry);
        Harness::clickNext(wizard, ChartsPageId);

        ui::ChartsPage *charts = wizard->chartsPage();
        QComboBox *repo = charts->repoCombo();
        QTRY_COMPARE_WITH_TIMEOUT(repo->count(), 2, 30'000);
        QVERIFY(repo->isEnabled());
        repo->setCurrentIndex(repo->findText(u"payments-charts"_s));
        QTRY_VERIFY_WITH_TIMEOUT(charts->reason().isEmpty(), 30'000);
        Harness::clickNext(wizard, ReviewPageId);

        const QJsonObject shown = Harness::shownBody(wizard);
        QCOMPARE(shown.value(u"source"_s).toString(), u"from_env"_s);
        QCOMPARE(shown.value(u"env_name"_s).toString(), u"qa"_s);
        QCOMPARE(shown.value(u"chart_repo_name"_s).toString(), u"payments-charts"_s);
        QCOMPARE(shown.value(u"image_registry_id"_s).toString(), AliyunRegistry);
        QCOMPARE(servicesOf(shown).size(), 2);
        for (const QJsonValue &service : servicesOf(shown)) {
            const QString version = service[u"chart_version"_s].toString();
            QVERIFY2(isSemVer(version), qPrintable(version));
        }
        QCOMPARE(
            imageIn(shown, u"risk-engine"_s, u"risk-model"_s).value(u"target_image"_s).toString(),
            AliyunPrefix + u"risk-model:4.0.0"_s);

        Harness::clickNext(wizard, ProgressPageId);
        QCOMPARE(h.lastBody("POST", HelmPath), shown);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->progressPage()->status(),
                                  std::optional(VersionStatus::Success), 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(h.statusOf(u"pay-4.0.0"_s), VersionStatus::Success, 20'000);
        const sim::V2Version *stored = h.sim->v2().version(u"payments"_s, u"pay-4.0.0"_s);
        QVERIFY(stored);
        QCOMPARE(stored->chartRepoName, u"payments-charts"_s);
    }

    void helmFromThisVersion()
    {
        h.start(u"payments"_s, 60, u"demo"_s, u"5"_s);
        h.sim->setHelmCreateDelayMs(200);
        const sim::V2Version *original = h.sim->v2().version(u"payments"_s, u"pay-3.0.0"_s);
        QVERIFY(original);
        QCOMPARE(original->chartRepoName, u"payments-charts"_s);
        CreateVersionWizard *wizard = h.openWizardFrom(u"pay-3.0.0"_s);
        QVERIFY(wizard);
        Harness::fillBasics(wizard, u"pay-3.0.2"_s, QString(), {});
        Harness::clickNext(wizard, EnvironmentPageId);
        QVERIFY(wizard->findChild<QRadioButton *>(u"fromVersionRadio"_s)->isChecked());
        auto *combo = wizard->findChild<QComboBox *>(u"originalVersionCombo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(combo->isEnabled(), 30'000);
        QCOMPARE(combo->currentData().toString(), u"pay-3.0.0"_s);
        Harness::clickNext(wizard, ServicesPageId);
        Harness::waitForServices(wizard);
        QCOMPARE(imageKeys(wizard->servicesPage()->chosen()), imageKeys(*original));
        setAllTags(wizard, u"3.0.2"_s);
        Harness::clickNext(wizard, RegistryPageId);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->registryPage()->registry(), 30'000);
        QCOMPARE(wizard->registryPage()->registry()->id, original->registryId);
        Harness::clickNext(wizard, ChartsPageId);

        // The server downloads the original chart from the new version's repository: locked.
        ui::ChartsPage *charts = wizard->chartsPage();
        auto *repo = wizard->findChild<QComboBox *>(u"chartRepoCombo"_s);
        QCOMPARE(repo, charts->repoCombo());
        QVERIFY(!repo->isEnabled());
        QCOMPARE(charts->chartRepo(), original->chartRepoName);
        auto *note = wizard->findChild<QLabel *>(u"chartRepoNote"_s);
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(u"pay-3.0.0"_s), qPrintable(note->text()));
        QTRY_VERIFY_WITH_TIMEOUT(charts->reason().isEmpty(), 30'000);
        Harness::clickNext(wizard, ReviewPageId);

        const QJsonObject shown = Harness::shownBody(wizard);
        QCOMPARE(shown.value(u"source"_s).toString(), u"from_version"_s);
        QCOMPARE(shown.value(u"original_version_name"_s).toString(), u"pay-3.0.0"_s);
        QCOMPARE(shown.value(u"chart_repo_name"_s).toString(), original->chartRepoName);
        QCOMPARE(shown.value(u"image_registry_id"_s).toString(), original->registryId);
        QCOMPARE(imageKeys(shown), imageKeys(*original));
        for (const sim::V2Service &service : original->services) {
            const QJsonObject sent = serviceIn(shown, service.serviceName);
            const QString version = sent.value(u"chart_version"_s).toString();
            QVERIFY2(isSemVer(version), qPrintable(version));
            QCOMPARE(sent.value(u"yaml_content"_s).toString(), service.yamlContent);
        }

        Harness::clickNext(wizard, ProgressPageId);
        QCOMPARE(h.lastBody("POST", HelmPath), shown);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->progressPage()->status(),
                                  std::optional(VersionStatus::Success), 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(h.statusOf(u"pay-3.0.2"_s), VersionStatus::Success, 20'000);
    }

    // 4.0-4.2 store yaml_content as the client sends it: the wizard reads each chosen service's
    // rendered YAML from the environment first and sends it.
    void zadig4EarlyReadsTheRenderedYamlFirst()
    {
        h.start(u"mall"_s, 60, u"demo"_s, u"4.2"_s);
        CreateVersionWizard *wizard = toReviewFromEnvironment(u"v4.2.9"_s, u"20250902-1"_s);
        QVERIFY(wizard);
        QCOMPARE(wizard->generation(), ServerGeneration::Zadig4Early);
        const QJsonObject shown = Harness::shownBody(wizard);
        const QString yamlPath = u"/openapi/environments/service/yaml"_s;
        QCOMPARE(h.sim->requestCount(yamlPath), 0);

        Harness::clickNext(wizard, ProgressPageId);
        const QList<sim::RecordedRequest> requests = h.sim->requests();
        const qsizetype post = indexOf(requests, "POST", K8sPath);
        QVERIFY(post >= 0);
        for (const QString &service : {u"cart"_s, u"order"_s}) {
            const qsizetype get = indexOf(requests, "GET", yamlPath, service);
            QVERIFY2(get >= 0 && get < post, qPrintable(service));
            QCOMPARE(requests.at(get).query.queryItemValue(u"envName"_s), u"qa"_s);
            QCOMPARE(requests.at(get).query.queryItemValue(u"projectKey"_s), u"mall"_s);
        }
        QCOMPARE(h.sim->requestCount(yamlPath, "GET"), 2);
        QCOMPARE(h.sim->requestCount(u"/openapi/environments/production/service"_s), 0);

        // The body sent is the one shown, with each service's rendered YAML in it.
        const QJsonObject sent = h.lastBody("POST", K8sPath);
        QJsonObject sentWithoutYaml = sent;
        QJsonArray services = servicesOf(sent);
        for (qsizetype i = 0; i < services.size(); ++i) {
            QJsonObject s = services.at(i).toObject();
            const QString service = s.value(u"service_name"_s).toString();
            const auto rendered = await<QString>([&](QObject *context, auto callback) {
                h.client->renderedService(u"mall"_s, u"qa"_s, false, service, false, context,
                                          callback);
            });
            QVERIFY(rendered && rendered->ok());
            QVERIFY(rendered->value().contains(u"kind:"_s));
            QCOMPARE(s.value(u"yaml_content"_s).toString(), rendered->value());
            s.insert(u"yaml_content"_s, QString());
            services[i] = s;
        }
        sentWithoutYaml.insert(u"services"_s, services);
        QCOMPARE(sentWithoutYaml, shown);

        QTRY_COMPARE_WITH_TIMEOUT(wizard->progressPage()->status(),
                                  std::optional(VersionStatus::Success), 20'000);
    }

    // A 6560 for a free name: another version was created on the server in the same second.
    void sameSecondCollisionIsSentAgain()
    {
        h.start(u"mall"_s, 60, u"demo"_s, u"5"_s);
        CreateVersionWizard *wizard = toReviewFromEnvironment(u"v4.1.0"_s, u"20250903-1"_s);
        QVERIFY(wizard);
        const QJsonObject shown = Harness::shownBody(wizard);
        const QStringList entered = enteredValues(wizard);
        h.sim->v2().collideNextCreate();

        QTest::mouseClick(Harness::forwardButton(wizard), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->reviewPage()->hasServerError(), 30'000);
        QVERIFY(!wizard->isSubmitting());
        QCOMPARE(wizard->currentId(), int(ReviewPageId));
        QCOMPARE(h.sim->requestCount(K8sPath, "POST"), 1);
        auto *lead = wizard->reviewPage()->findChild<QLabel *>(u"serverErrorLead"_s);
        QVERIFY(lead && lead->isVisible());
        QVERIFY2(lead->text().contains(u"same second"_s), qPrintable(lead->text()));
        const QString banner = wizard->reviewPage()->serverErrorText();
        QVERIFY2(banner.contains(u"name is free"_s), qPrintable(banner));
        QVERIFY(!wizard->basicsPage()->hasServerError());
        QVERIFY(!h.sim->v2().version(u"mall"_s, u"v4.1.0"_s));
        // Every value kept, the same body shown.
        QCOMPARE(Harness::shownBody(wizard), shown);
        QCOMPARE(enteredValues(wizard), entered);

        // Create Version sends it again.
        QVERIFY(Harness::forwardButton(wizard)->isEnabled());
        Harness::clickNext(wizard, ProgressPageId);
        QCOMPARE(h.sim->requestCount(K8sPath, "POST"), 2);
        QCOMPARE(h.lastBody("POST", K8sPath), shown);
        QTRY_VERIFY_WITH_TIMEOUT(h.version(u"v4.1.0"_s), 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->progressPage()->status(),
                                  std::optional(VersionStatus::Success), 20'000);
    }

    // A 6560 for a name that is taken (someone took it after the Basics page checked it).
    void takenNameGoesBackToBasics()
    {
        h.start(u"mall"_s, 60, u"demo"_s, u"5"_s);
        CreateVersionWizard *wizard = toReviewFromEnvironment(u"v4.3.0"_s, u"20250904-1"_s);
        QVERIFY(wizard);
        const QJsonObject shown = Harness::shownBody(wizard);
        const QStringList entered = enteredValues(wizard);
        // Someone else creates v4.3.0 meanwhile (the same request, through the API).
        const auto taken = await<Done>([&](QObject *context, auto callback) {
            h.client->createK8sVersionV2(wizard->k8sRequestV2(), context, callback);
        });
        QVERIFY(taken && taken->ok());
        QVERIFY(h.sim->v2().version(u"mall"_s, u"v4.3.0"_s));

        QTest::mouseClick(Harness::forwardButton(wizard), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(BasicsPageId), 30'000);
        QVERIFY(!wizard->isSubmitting());
        ui::BasicsPage *basics = wizard->basicsPage();
        // The server's own words, and why Next is off.
        QVERIFY2(basics->serverErrorText().contains(u"version already exist"_s),
                 qPrintable(basics->serverErrorText()));
        QCOMPARE(basics->reason(),
                 u"A version named “v4.3.0” already exists in this project: choose another "
                 "name."_s);
        QVERIFY(!wizard->reviewPage()->hasServerError());
        QCOMPARE(enteredValues(wizard), entered);

        // Another name: everything else goes out as before.
        QTest::keyClick(basics->nameEdit(), Qt::Key_End);
        QTest::keyClicks(basics->nameEdit(), u"-b"_s);
        Harness::advanceTo(wizard, ReviewPageId);
        QJsonObject expected = shown;
        expected.insert(u"version_name"_s, u"v4.3.0-b"_s);
        QCOMPARE(Harness::shownBody(wizard), expected);
        Harness::clickNext(wizard, ProgressPageId);
        QCOMPARE(h.lastBody("POST", K8sPath), expected);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->progressPage()->status(),
                                  std::optional(VersionStatus::Success), 20'000);
    }

    void serverErrorThatMayHaveCreated_data()
    {
        QTest::addColumn<bool>("stored");
        QTest::newRow("stored anyway") << true;
        QTest::newRow("not stored") << false;
    }

    // A 500 on the create: 4.x/5.x may have stored the version before failing. The wizard asks
    // the detail by name and goes on when it is there; says the error when it is not.
    void serverErrorThatMayHaveCreated()
    {
        QFETCH(bool, stored);
        h.start(u"mall"_s, 60, u"demo"_s, u"5"_s);
        CreateVersionWizard *wizard = toReviewFromEnvironment(u"v4.4.0"_s, u"20250905-1"_s);
        QVERIFY(wizard);
        const QJsonObject shown = Harness::shownBody(wizard);
        const QStringList entered = enteredValues(wizard);
        if (stored) {
            // The server holds the version although its answer will be an error.
            const auto created = await<Done>([&](QObject *context, auto callback) {
                h.client->createK8sVersionV2(wizard->k8sRequestV2(), context, callback);
            });
            QVERIFY(created && created->ok());
        }
        sim::Fault fault;
        fault.kind = sim::Fault::Kind::ServerError;
        fault.pathContains = K8sPath;
        fault.method = "POST";
        fault.body = "数据库写入超时"_ba;
        fault.times = 1;
        h.sim->addFault(fault);
        const int detailsBefore = h.sim->requestCount(DetailPath, "GET");

        QTest::mouseClick(Harness::forwardButton(wizard), Qt::LeftButton);
        if (stored) {
            QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ProgressPageId), 30'000);
            QVERIFY(wizard->isSubmitted());
            const QString note = wizard->acceptedNote();
            QVERIFY2(note.contains(u"stored the version"_s), qPrintable(note));
            auto *noteLabel = wizard->progressPage()->findChild<QLabel *>(u"progressNote"_s);
            QVERIFY(noteLabel);
            QTRY_VERIFY(noteLabel->isVisible());
            QCOMPARE(noteLabel->text(), note);
            // Found by name and watched like any new version.
            QTRY_VERIFY_WITH_TIMEOUT(h.version(u"v4.4.0"_s), 30'000);
            QTRY_COMPARE_WITH_TIMEOUT(wizard->progressPage()->status(),
                                      std::optional(VersionStatus::Success), 20'000);
            QCOMPARE(noteLabel->text(), note);
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(!wizard->isSubmitting(), 30'000);
            QTRY_VERIFY_WITH_TIMEOUT(wizard->reviewPage()->hasServerError(), 30'000);
            QCOMPARE(wizard->currentId(), int(ReviewPageId));
            QVERIFY(!wizard->isSubmitted());
            QVERIFY(wizard->acceptedNote().isEmpty());
            const QString banner = wizard->reviewPage()->serverErrorText();
            QVERIFY2(banner.contains(u"数据库写入超时"_s), qPrintable(banner));
            QVERIFY(!h.sim->v2().version(u"mall"_s, u"v4.4.0"_s));
            QCOMPARE(Harness::shownBody(wizard), shown);
            QCOMPARE(enteredValues(wizard), entered);
            // Nothing lost: Create Version sends the same body.
            Harness::clickNext(wizard, ProgressPageId);
            QCOMPARE(h.sim->requestCount(K8sPath, "POST"), 2);
            QCOMPARE(h.lastBody("POST", K8sPath), shown);
            QTRY_COMPARE_WITH_TIMEOUT(wizard->progressPage()->status(),
                                      std::optional(VersionStatus::Success), 20'000);
        }
        // Either way the name was looked up after the error.
        QVERIFY(h.sim->requestCount(DetailPath, "GET") > detailsBefore);
    }

    void retryFromTheProgressPage_data()
    {
        QTest::addColumn<QString>("generation");
        QTest::newRow("5.x") << u"5"_s;
        QTest::newRow("4.2") << u"4.2"_s;
    }

    void retryFromTheProgressPage()
    {
        QFETCH(QString, generation);
        const bool early = generation == u"4.2"_s;
        h.start(u"mall"_s, 60, u"demo"_s, generation);
        // The simulator fails the first push of an image whose tag says so.
        CreateVersionWizard *wizard = toReviewFromEnvironment(u"v4.5.0"_s, u"fail-1"_s);
        QVERIFY(wizard);
        Harness::clickNext(wizard, ProgressPageId);
        ui::ProgressPage *progress = wizard->progressPage();
        QTRY_COMPARE_WITH_TIMEOUT(progress->status(), std::optional(VersionStatus::Failed), 20'000);
        QTRY_VERIFY(progress->retryButton()->isVisible());
        QCOMPARE(h.sim->v2().status(u"mall"_s, u"v4.5.0"_s), u"failed"_s);
        const QString id = progress->versionId();
        QVERIFY(!id.isEmpty());
        QCOMPARE(h.sim->requestCount(RetryPath), 0);

        QTest::mouseClick(progress->retryButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(h.sim->requestCount(RetryPath, "POST"), 1, 30'000);
        const QList<sim::RecordedRequest> requests = h.sim->requests();
        const qsizetype retry = indexOf(requests, "POST", RetryPath);
        QCOMPARE(requests.at(retry).query.queryItemValue(u"id"_s), id);
        QCOMPARE(requests.at(retry).query.queryItemValue(u"projectKey"_s), u"mall"_s);
        QVERIFY(requests.at(retry).body.isEmpty());
        // Not the 2.3-3.4 retry (a create with retry:true).
        QCOMPARE(h.sim->requestCount(K8sPath, "POST"), 1);
        QVERIFY(ui::MessageBoxes::lastText().isEmpty());

        if (!early) {
            QTRY_COMPARE_WITH_TIMEOUT(progress->status(), std::optional(VersionStatus::Success),
                                      20'000);
            QTRY_COMPARE_WITH_TIMEOUT(h.statusOf(u"v4.5.0"_s), VersionStatus::Success, 20'000);
            QVERIFY(!progress->retryButton()->isVisible());
            return;
        }
        // 4.0-4.2 start no watcher after a retry: said, and no endless spinner.
        QTRY_VERIFY_WITH_TIMEOUT(
            progress->statusText().contains(u"never reports the end of a retry"_s), 30'000);
        auto *bar = progress->findChild<QProgressBar *>(u"versionProgress"_s);
        QVERIFY(bar);
        QCOMPARE(bar->maximum(), 1);
        QVERIFY(!progress->retryButton()->isVisible());
        QCOMPARE(h.sim->v2().status(u"mall"_s, u"v4.5.0"_s), u"retrying"_s);
        // A reload of the table reads the version again ("retrying"): still said, still no
        // spinner.
        h.window->findChild<QAction *>(u"refreshAction"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(progress->status(), std::optional(VersionStatus::Retrying),
                                  30'000);
        QVERIFY2(progress->statusText().contains(u"never reports the end of a retry"_s),
                 qPrintable(progress->statusText()));
        QCOMPARE(bar->maximum(), 1);
        QCOMPARE(bar->value(), 0);
    }
};

QTEST_MAIN(TestWizardV2)
#include "tst_wizardv2.moc"
