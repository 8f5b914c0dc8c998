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

} // namespace

CreateVersionWizard::CreateVersionWizard(ZadigClient *client, const Project &project,
                                         VersionsPager *pager, QWidget *parent)
    : QWizard(parent), m_client(client), m_pager(pager), m_project(project),
      m_flavour(project.deployType == DeployType::Helm ? DeployType::Helm : DeployType::K8s)
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
    if (m_flavour == DeployType::Helm)
        m_frozenHelm = helmRequest();
    else
        m_frozenK8s = k8sRequest();
}

QJsonObject CreateVersionWizard::frozenBody() const
{
    return m_flavour == DeployType::Helm ? encode::createHelmBody(m_frozenHelm)
                                         : encode::createK8sBody(m_frozenK8s);
}

QString CreateVersionWizard::frozenName() const
{
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
    Q_EMIT submittingChanged(true);
    const quint64 generation = ++m_submitGeneration;
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
