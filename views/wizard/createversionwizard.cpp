#include "createversionwizard.h"

#include "api/encode.h"
#include "api/zadigclient.h"
#include "basicspage.h"
#include "chartspage.h"
#include "environmentpage.h"
#include "progresspage.h"
#include "registrypage.h"
#include "reviewpage.h"
#include "servicespage.h"

#include <QLoggingCategory>

#include <memory>

// Defined in mainwindow.cpp: one "zadig.ui" category for every view.
Q_DECLARE_LOGGING_CATEGORY(lcUi)

using namespace Qt::StringLiterals;

namespace zadig::ui {
namespace {

ImageData imageData(const ContainerChoice &choice)
{
    ImageData image;
    image.containerName = choice.container;
    image.imageName = choice.imageName;
    image.imageTag = choice.tag;
    image.disableImageDist = !choice.distribute;
    return image;
}

// A chosen container as a 4.x/5.x image element. The image is distributed from its current
// (source) reference; encode::targetImageFor makes the target_image from the registry.
VersionImage imageV2(const ContainerChoice &choice, const VersionService *original)
{
    VersionImage image;
    image.containerName = choice.container;
    image.imageName = choice.imageName;
    image.sourceImage = choice.image;
    image.sourceImageTag = choice.currentTag;
    image.pushImage = choice.distribute;
    image.targetImageTag = choice.distribute ? choice.tag : choice.currentTag;
    if (original) {
        for (const VersionImage &old : original->images) {
            if (old.containerName == choice.container)
                image.imagePath = old.imagePath;
        }
    }
    return image;
}

const VersionService *serviceOf(const std::optional<VersionDetail> &detail, const QString &name)
{
    if (!detail)
        return nullptr;
    for (const VersionService &service : detail->services) {
        if (service.serviceName == name)
            return &service;
    }
    return nullptr;
}

} // namespace

CreateVersionWizard::CreateVersionWizard(ZadigClient *client, const Project &project,
                                         VersionsPager *pager, QWidget *parent)
    : QWizard(parent), m_client(client), m_pager(pager), m_project(project),
      m_flavour(project.deployType == DeployType::Helm ? DeployType::Helm : DeployType::K8s),
      m_generation(client->generation())
{
    setObjectName(u"createVersionWizard"_s);
    const QString projectName = project.displayName();
    setWindowTitle(m_flavour == DeployType::Helm
                       ? tr("New Helm Chart Version — %1").arg(projectName)
                       : tr("New K8s YAML Version — %1").arg(projectName));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnStartPage);

    m_basics = new BasicsPage(this);
    m_environment = new EnvironmentPage(this);
    m_services = new ServicesPage(this);
    m_registry = new RegistryPage(this);
    m_review = new ReviewPage(this);
    m_progress = new ProgressPage(this);
    setPage(BasicsPageId, m_basics);
    setPage(EnvironmentPageId, m_environment);
    setPage(ServicesPageId, m_services);
    setPage(RegistryPageId, m_registry);
    if (m_flavour == DeployType::Helm) {
        m_charts = new ChartsPage(this);
        setPage(ChartsPageId, m_charts);
    }
    setPage(ReviewPageId, m_review);
    setPage(ProgressPageId, m_progress);
    setStartId(BasicsPageId);

    setMinimumSize(760, 540);
    resize(980, 680);
}

CreateVersionWizard::~CreateVersionWizard() = default;

int CreateVersionWizard::nextId() const
{
    switch (currentId()) {
    case BasicsPageId:
        return EnvironmentPageId;
    case EnvironmentPageId:
        return ServicesPageId;
    case ServicesPageId:
        return RegistryPageId;
    case RegistryPageId:
        return m_flavour == DeployType::Helm ? int(ChartsPageId) : int(ReviewPageId);
    case ChartsPageId:
        return ReviewPageId;
    case ReviewPageId:
        return ProgressPageId;
    default:
        return -1;
    }
}

CreateVersionCommon CreateVersionWizard::common() const
{
    CreateVersionCommon common;
    common.projectKey = m_project.key;
    common.versionName = m_basics->versionName();
    common.retry = false;
    if (const std::optional<Environment> env = m_environment->environment())
        common.envName = env->key;
    // The kind of the list the environment came from: the server looks it up with this flag.
    common.production = m_environment->production();
    common.description = m_basics->description();
    common.labels = m_basics->labels();
    if (const std::optional<Registry> registry = m_registry->registry())
        common.imageRegistryId = registry->id;
    return common;
}

VersionSource CreateVersionWizard::source() const
{
    return isV2() ? m_environment->source() : VersionSource::FromEnv;
}

void CreateVersionWizard::createFrom(const VersionInfo &version)
{
    m_basics->addLabels(version.labels);
    if (isV2()) {
        m_environment->setOriginalVersion(version.name);
        return;
    }
    m_basics->showBanner(tr("Starting from “%1”").arg(version.name),
                         tr("Reading what it delivers…"));
    m_client->versionDetail(
        m_project.key, version.id, version.name, this,
        [this, name = version.name](const Result<VersionDetail> &result) {
            if (!result) {
                m_basics->showBanner(tr("Starting from “%1”").arg(name),
                                     tr("Its deliverables could not be read (%1): choose them "
                                        "yourself.")
                                         .arg(result.error().message()));
                return;
            }
            m_prefill = prefillFrom(result.value());
            m_basics->addLabels(m_prefill->labels);
            m_basics->showBanner(
                tr("Starting from “%1”").arg(name),
                tr("Its labels, containers and tags, registry and charts are filled in. Choose "
                   "the environment to take the images from; what it no longer has is listed "
                   "on the Services page."));
        });
}

void CreateVersionWizard::setOriginalDetail(const std::optional<VersionDetail> &detail)
{
    m_original = detail;
}

CreateVersionV2Common CreateVersionWizard::commonV2() const
{
    CreateVersionV2Common common;
    common.projectKey = m_project.key;
    common.versionName = m_basics->versionName();
    common.source = source();
    common.description = m_basics->description();
    common.labels = m_basics->labels();
    if (common.source == VersionSource::FromVersion) {
        common.originalVersionName = m_environment->originalVersion();
        if (m_original)
            common.production = m_original->production;
    } else {
        if (const std::optional<Environment> env = m_environment->environment())
            common.envName = env->key;
        common.production = m_environment->production();
    }
    if (const std::optional<Registry> registry = m_registry->registry())
        common.targetRegistry = *registry;
    const bool fromVersion = common.source == VersionSource::FromVersion;
    for (const ContainerChoice &choice : m_services->chosen()) {
        if (common.services.isEmpty() ||
            common.services.constLast().serviceName != choice.service) {
            VersionService service;
            service.serviceName = choice.service;
            // From a version the YAML (or values) and the chart are the original's: the server
            // takes yaml_content from the request there.
            const VersionService *original =
                fromVersion ? serviceOf(m_original, choice.service) : nullptr;
            if (original) {
                service.yamlContent = original->yamlContent;
                service.chartName = original->chartName;
                service.originalChartVersion = original->chartVersion;
            } else if (m_flavour == DeployType::Helm) {
                service.chartName = choice.service; // Zadig names a service's chart after it
            }
            if (m_charts)
                service.chartVersion = m_charts->chartVersion(choice.service);
            common.services.append(service);
        }
        const VersionService *original =
            fromVersion ? serviceOf(m_original, choice.service) : nullptr;
        common.services.last().images.append(imageV2(choice, original));
    }
    return common;
}

CreateK8sVersionV2Request CreateVersionWizard::k8sRequestV2() const
{
    return {commonV2()};
}

CreateHelmVersionV2Request CreateVersionWizard::helmRequestV2() const
{
    CreateHelmVersionV2Request request;
    request.common = commonV2();
    request.chartRepoName = m_charts ? m_charts->chartRepo() : QString();
    return request;
}

CreateK8sVersionRequest CreateVersionWizard::k8sRequest() const
{
    CreateK8sVersionRequest request;
    request.common = common();
    for (const ContainerChoice &choice : m_services->chosen()) {
        if (request.yamlDatas.isEmpty() ||
            request.yamlDatas.constLast().serviceName != choice.service) {
            YamlServiceData service;
            service.serviceName = choice.service;
            request.yamlDatas.append(service);
        }
        request.yamlDatas.last().imageDatas.append(imageData(choice));
    }
    return request;
}

CreateHelmVersionRequest CreateVersionWizard::helmRequest() const
{
    CreateHelmVersionRequest request;
    request.common = common();
    request.chartRepoName = m_charts ? m_charts->chartRepo() : QString();
    for (const ContainerChoice &choice : m_services->chosen()) {
        if (request.chartDatas.isEmpty() ||
            request.chartDatas.constLast().serviceName != choice.service) {
            ChartServiceData chart;
            chart.serviceName = choice.service;
            chart.version = m_charts ? m_charts->chartVersion(choice.service) : QString();
            request.chartDatas.append(chart);
        }
        request.chartDatas.last().imageDatas.append(imageData(choice));
    }
    return request;
}

void CreateVersionWizard::freezeRequest()
{
    if (isV2()) {
        if (m_flavour == DeployType::Helm)
            m_frozenHelmV2 = helmRequestV2();
        else
            m_frozenK8sV2 = k8sRequestV2();
        return;
    }
    if (m_flavour == DeployType::Helm)
        m_frozenHelm = helmRequest();
    else
        m_frozenK8s = k8sRequest();
}

QJsonObject CreateVersionWizard::frozenBody() const
{
    if (isV2()) {
        return m_flavour == DeployType::Helm ? encode::createHelmBodyV2(m_frozenHelmV2)
                                             : encode::createK8sBodyV2(m_frozenK8sV2);
    }
    return m_flavour == DeployType::Helm ? encode::createHelmBody(m_frozenHelm)
                                         : encode::createK8sBody(m_frozenK8s);
}

QString CreateVersionWizard::frozenName() const
{
    if (isV2()) {
        return m_flavour == DeployType::Helm ? m_frozenHelmV2.common.versionName
                                             : m_frozenK8sV2.common.versionName;
    }
    return m_flavour == DeployType::Helm ? m_frozenHelm.common.versionName
                                         : m_frozenK8s.common.versionName;
}

void CreateVersionWizard::submit()
{
    if (m_submitting || m_submitted)
        return;
    for (const int id : pageIds()) {
        if (auto *p = qobject_cast<WizardPageBase *>(page(id)))
            p->clearServerError();
    }
    m_submitting = true;
    m_acceptedNote.clear();
    Q_EMIT submittingChanged(true);
    const quint64 generation = ++m_submitGeneration;
    if (isV2()) {
        qCInfo(lcUi) << "creating version" << frozenName() << "in" << m_project.key << "("
                     << generationName(m_generation) << ")";
        // 4.0-4.2 store yaml_content as sent: an empty one breaks the version's YAML step.
        if (m_generation == ServerGeneration::Zadig4Early && source() == VersionSource::FromEnv)
            readYamlThenSend(generation);
        else
            sendV2(generation);
        return;
    }
    auto answered = [this, generation](const Result<Done> &result) {
        if (generation != m_submitGeneration)
            return;
        submitted(result ? nullptr : &result.error());
    };
    qCInfo(lcUi) << "creating version" << frozenName() << "in" << m_project.key;
    // The client gives the Helm call its long timeout: the server packages charts first.
    if (m_flavour == DeployType::Helm)
        m_client->createHelmVersion(m_frozenHelm, this, answered);
    else
        m_client->createK8sVersion(m_frozenK8s, this, answered);
}

void CreateVersionWizard::readYamlThenSend(quint64 generation)
{
    CreateVersionV2Common &common =
        m_flavour == DeployType::Helm ? m_frozenHelmV2.common : m_frozenK8sV2.common;
    auto remaining = std::make_shared<int>(int(common.services.size()));
    auto failed = std::make_shared<bool>(false);
    if (*remaining == 0) {
        sendV2(generation);
        return;
    }
    for (qsizetype i = 0; i < common.services.size(); ++i) {
        m_client->renderedService(
            m_project.key, common.envName, common.production, common.services.at(i).serviceName,
            m_flavour == DeployType::Helm, this,
            [this, generation, i, remaining, failed](const Result<QString> &result) {
                if (generation != m_submitGeneration || *failed)
                    return;
                CreateVersionV2Common &c =
                    m_flavour == DeployType::Helm ? m_frozenHelmV2.common : m_frozenK8sV2.common;
                if (!result) {
                    *failed = true;
                    submitted(&result.error());
                    return;
                }
                if (i < c.services.size())
                    c.services[i].yamlContent = result.value();
                if (--*remaining == 0)
                    sendV2(generation);
            });
    }
}

void CreateVersionWizard::sendV2(quint64 generation)
{
    auto answered = [this, generation](const Result<Done> &result) {
        if (generation != m_submitGeneration)
            return;
        if (result) {
            submitted(nullptr);
            return;
        }
        checkFailedCreate(result.error(), generation);
    };
    // The client gives the Helm call its long timeout: the server pushes charts first.
    if (m_flavour == DeployType::Helm)
        m_client->createHelmVersionV2(m_frozenHelmV2, this, answered);
    else
        m_client->createK8sVersionV2(m_frozenK8sV2, this, answered);
}

void CreateVersionWizard::checkFailedCreate(const ApiError &error, quint64 generation)
{
    if (!error.maybeCreated && !error.mayBeSameSecondCollision()) {
        submitted(&error);
        return;
    }
    // Does a version of that name exist now? The detail by name says it (4.x/5.x).
    const QString name = frozenName();
    m_client->versionDetail(
        m_project.key, QString(), name, this,
        [this, error, generation, name](const Result<VersionDetail> &result) {
            if (generation != m_submitGeneration)
                return;
            const bool exists = result.ok();
            const bool absent = !result && result.error().kind == ApiError::Kind::NotFound;
            if (error.maybeCreated && exists) {
                qCInfo(lcUi) << "create of" << name << "answered" << ApiError::kindName(error.kind)
                             << "but the version exists";
                m_acceptedNote = tr("The server answered with an error (%1), but it had stored "
                                    "the version. It is watched below; if it failed, retry or "
                                    "delete it.")
                                     .arg(error.message());
                submitted(nullptr);
                return;
            }
            if (error.mayBeSameSecondCollision() && absent) {
                // The name is free: another version was created in the same second somewhere
                // on the server (its creation time is unique server-wide).
                m_submitting = false;
                Q_EMIT submittingChanged(false);
                goBackTo(ReviewPageId);
                m_review->showBanner(
                    tr("Another version was created on the server in the same second."),
                    tr("Zadig allows one new version per second on the whole server, so it "
                       "refused “%1” although the name is free. Nothing was created and nothing "
                       "you entered is lost: click Create Version to send it again.")
                        .arg(name));
                return;
            }
            if (error.mayBeSameSecondCollision() && !exists) {
                // Whether the name is taken could not be read: neither page is blamed.
                m_submitting = false;
                Q_EMIT submittingChanged(false);
                goBackTo(ReviewPageId);
                m_review->showServerError(
                    tr("The server refused “%1” as already existing, and whether the name is "
                       "taken could not be checked (%2). Nothing you entered is lost: check the "
                       "versions, then click Create Version again.")
                        .arg(name, result.error().message()),
                    error);
                return;
            }
            submitted(&error);
        });
}

void CreateVersionWizard::submitted(const ApiError *error)
{
    m_submitting = false;
    Q_EMIT submittingChanged(false);
    const QString name = frozenName();
    if (!error) {
        m_submitted = true;
        qCInfo(lcUi) << "version" << name << "accepted";
        Q_EMIT versionCreated(name);
        next();
        return;
    }
    qCInfo(lcUi) << "create of" << name << "failed:" << ApiError::kindName(error->kind);
    showCreateError(*error);
}

void CreateVersionWizard::showCreateError(const ApiError &e)
{
    const ApiError *error = &e;
    const QString name = frozenName();
    const WizardPageId target = pageForCreateError(*error, m_flavour);
    goBackTo(target);
    auto *p = qobject_cast<WizardPageBase *>(page(target));
    if (!p)
        p = m_review;
    p->showServerError(tr("The server did not create version “%1”:").arg(name), *error);
    if (target == BasicsPageId)
        m_basics->markTaken(name);
}

void CreateVersionWizard::goBackTo(int pageId)
{
    while (currentId() != pageId && visitedIds().contains(pageId)) {
        const int before = currentId();
        back();
        if (currentId() == before)
            break;
    }
}

void CreateVersionWizard::startOver(const QString &note)
{
    m_submitted = false;
    m_submitting = false;
    restart();
    m_basics->showBanner(tr("Start over"), note);
}

void CreateVersionWizard::reject()
{
    // The server goes on with the call whatever we do; closing would only lose the answer.
    if (m_submitting) {
        m_review->showWaitNote();
        return;
    }
    QWizard::reject();
}

} // namespace zadig::ui
