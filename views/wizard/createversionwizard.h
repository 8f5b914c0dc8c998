// CreateVersionWizard: creates a delivery version, K8s YAML or Helm Chart after the project's
// deploy type, and watches it until it settles.
//
// Pages: basics -> environment -> services and images -> target registry -> (Helm: charts) ->
// review -> progress. The pages gather values; the wizard turns them into a
// CreateK8sVersionRequest / CreateHelmVersionRequest when the review page is shown, and sends
// exactly that request (the review page shows its JSON). A failed call brings the user back to
// the page that caused it with the server's words and every value kept.
#pragma once

#include "api/apierror.h"
#include "api/types.h"
#include "wizardlogic.h"

#include <QJsonObject>
#include <QWizard>

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

    // The request the review page shows is frozen when it is shown; submit() sends it.
    void freezeRequest();
    QJsonObject frozenBody() const;
    QString frozenName() const;

    void submit();
    bool isSubmitting() const { return m_submitting; }
    bool isSubmitted() const { return m_submitted; }
    // After the version was deleted (it could not be retried): back to the start, values kept.
    void startOver(const QString &note);

    int nextId() const override;
    void reject() override;

Q_SIGNALS:
    // The server accepted the create call (it does not say the id: find it by name).
    void versionCreated(const QString &versionName);
    void submittingChanged(bool submitting);

private:
    CreateVersionCommon common() const;
    void submitted(const ApiError *error);
    void goBackTo(int pageId);

    ZadigClient *m_client;
    VersionsPager *m_pager;
    Project m_project;
    DeployType m_flavour;

    BasicsPage *m_basics = nullptr;
    EnvironmentPage *m_environment = nullptr;
    ServicesPage *m_services = nullptr;
    RegistryPage *m_registry = nullptr;
    ChartsPage *m_charts = nullptr;
    ReviewPage *m_review = nullptr;
    ProgressPage *m_progress = nullptr;

    CreateK8sVersionRequest m_frozenK8s;
    CreateHelmVersionRequest m_frozenHelm;
    bool m_submitting = false;
    bool m_submitted = false;
    quint64 m_submitGeneration = 0;
};

} // namespace zadig::ui
