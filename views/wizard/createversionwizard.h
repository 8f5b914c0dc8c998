// CreateVersionWizard: creates a delivery version, K8s YAML or Helm Chart after the project's
// deploy type, and watches it until it settles.
//
// Pages: basics -> environment -> services and images -> target registry -> (Helm: charts) ->
// review -> progress. The pages gather values; the wizard turns them into a
// CreateK8sVersionRequest / CreateHelmVersionRequest when the review page is shown, and sends
// exactly that request (the review page shows its JSON). A failed call brings the user back to
// the page that caused it with the server's words and every value kept.
//
// On 4.x/5.x (the "delivery version v2" API) the same pages build a CreateK8sVersionV2Request /
// CreateHelmVersionV2Request instead, from an environment or from an existing version. The
// 4.0-4.2 servers store yaml_content as the client sends it, so there the wizard first reads
// each service's rendered YAML (or Helm values) from the environment.
#pragma once

#include "api/apierror.h"
#include "api/types.h"
#include "wizardrules.h"

#include <QJsonObject>

#include <QWizard>
#include <optional>

namespace zadig {
class ZadigClient;
class VersionsPager;
} // namespace zadig

namespace zadig::ui {

class BasicsPage;
class EnvironmentPage;
class ServicesPage;
class RegistryPage;
class ChartsPage;
class ReviewPage;
class ProgressPage;

class CreateVersionWizard : public QWizard
{
    Q_OBJECT

public:
    // `pager` (may be null) is the main window's: its poller watches the new version, so the
    // table and the wizard share one poll per interval.
    CreateVersionWizard(ZadigClient *client, const Project &project, VersionsPager *pager,
                        QWidget *parent = nullptr);
    ~CreateVersionWizard() override;

    ZadigClient *client() const { return m_client; }
    VersionsPager *pager() const { return m_pager; }
    const Project &project() const { return m_project; }
    DeployType flavour() const { return m_flavour; }
    // The server generation the wizard was opened for (known: the window opens it only then).
    ServerGeneration generation() const { return m_generation; }
    bool isV2() const { return isV2Api(m_generation); }
    // FromEnv on 2.3-3.4; on 4.x/5.x what the Environment page says.
    VersionSource source() const;
    // Starts the wizard from an existing version: "Create from This Version…". On 4.x/5.x the
    // server copies it (source from_version); on 2.3-3.4 its deliverables are read and filled
    // in here (labels, containers and tags, registry, chart repo and versions).
    void createFrom(const VersionInfo &version);
    // What the pages start from (2.3-3.4 "Create from"), once read.
    const std::optional<WizardPrefill> &prefill() const { return m_prefill; }
    // The original version's detail (FromVersion), once the Services page has read it.
    const std::optional<VersionDetail> &originalDetail() const { return m_original; }
    void setOriginalDetail(const std::optional<VersionDetail> &detail);

    BasicsPage *basicsPage() const { return m_basics; }
    EnvironmentPage *environmentPage() const { return m_environment; }
    ServicesPage *servicesPage() const { return m_services; }
    RegistryPage *registryPage() const { return m_registry; }
    ChartsPage *chartsPage() const { return m_charts; } // null for K8s
    ReviewPage *reviewPage() const { return m_review; }
    ProgressPage *progressPage() const { return m_progress; }

    // What the pages hold now, as the request types of the API layer.
    CreateK8sVersionRequest k8sRequest() const;
    CreateHelmVersionRequest helmRequest() const;
    CreateK8sVersionV2Request k8sRequestV2() const;
    CreateHelmVersionV2Request helmRequestV2() const;

    // The request the review page shows is frozen when it is shown; submit() sends it.
    void freezeRequest();
    QJsonObject frozenBody() const;
    QString frozenName() const;

    void submit();
    bool isSubmitting() const { return m_submitting; }
    bool isSubmitted() const { return m_submitted; }
    // After the version was deleted (it could not be retried): back to the start, values kept.
    void startOver(const QString &note);
    // Set when the server answered with an error but had stored the version anyway.
    QString acceptedNote() const { return m_acceptedNote; }

    int nextId() const override;
    void reject() override;

Q_SIGNALS:
    // The server accepted the create call (it does not say the id: find it by name).
    void versionCreated(const QString &versionName);
    // The server accepted a retry from the last page; the version is watched again.
    void versionRetried(const QString &versionName);
    void submittingChanged(bool submitting);

private:
    CreateVersionCommon common() const;
    CreateVersionV2Common commonV2() const;
    // 4.0-4.2: fills the frozen request's yaml_content from the environment, then sends it.
    void readYamlThenSend(quint64 generation);
    void sendV2(quint64 generation);
    void submitted(const ApiError *error);
    // 4.x/5.x: a refused create may still have stored the version (maybe-created), and a 6560
    // may be another version created in the same second rather than a taken name.
    void checkFailedCreate(const ApiError &error, quint64 generation);
    void showCreateError(const ApiError &error);
    void goBackTo(int pageId);

    ZadigClient *m_client;
    VersionsPager *m_pager;
    Project m_project;
    DeployType m_flavour;
    ServerGeneration m_generation;
    std::optional<VersionDetail> m_original;
    std::optional<WizardPrefill> m_prefill;

    BasicsPage *m_basics = nullptr;
    EnvironmentPage *m_environment = nullptr;
    ServicesPage *m_services = nullptr;
    RegistryPage *m_registry = nullptr;
    ChartsPage *m_charts = nullptr;
    ReviewPage *m_review = nullptr;
    ProgressPage *m_progress = nullptr;

    CreateK8sVersionRequest m_frozenK8s;
    CreateHelmVersionRequest m_frozenHelm;
    CreateK8sVersionV2Request m_frozenK8sV2;
    CreateHelmVersionV2Request m_frozenHelmV2;
    QString m_acceptedNote;
    bool m_submitting = false;
    bool m_submitted = false;
    quint64 m_submitGeneration = 0;
};

} // namespace zadig::ui
