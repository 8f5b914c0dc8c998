// MainWindow's version actions: create (also from a version), retry and delete.
#include "mainwindow.h"

#include "api/zadigclient.h"
#include "detailpane.h"
#include "messageboxes.h"
#include "versionrepository.h"
#include "versionsmodel.h"
#include "versionspager.h"
#include "watchednotices.h"
#include "wizard/createversionwizard.h"
#include "wizard/retryflow.h"

#include <QAction>
#include <QStatusBar>

namespace zadig::ui {

void MainWindow::createFromSelected()
{
    if (const VersionInfo *info = m_model->versionAt(m_model->rowOf(selectedVersionId())))
        openWizard(*info);
}

void MainWindow::newVersion()
{
    openWizard(std::nullopt);
}

void MainWindow::openWizard(const std::optional<VersionInfo> &from)
{
    // One wizard at a time: a second Ctrl+N brings the open one forward, keeping what it holds.
    if (auto *open = findChild<CreateVersionWizard *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    const Project project = currentProject();
    if (project.key.isEmpty())
        return;
    if (project.deployType == DeployType::Unknown) {
        MessageBoxes::warning(this, tr("Cannot Create a Version"),
                              tr("Project “%1” has the deploy type “%2”. Versions can be created "
                                 "here for K8s YAML and Helm Chart projects only.")
                                  .arg(project.displayName(), project.rawDeployType));
        return;
    }
    // The wizard builds the request of the server's generation: it is known first.
    if (m_client->generation() == ServerGeneration::Unknown) {
        statusBar()->showMessage(tr("Asking the server which Zadig it runs…"));
        m_client->detectGeneration(this, [this, from](const Result<ServerGeneration> &result) {
            statusBar()->clearMessage();
            if (!result) {
                MessageBoxes::warning(this, tr("Cannot Create a Version"),
                                      tr("The server's Zadig release could not be told: %1")
                                          .arg(result.error().message()));
                return;
            }
            openWizard(from);
        });
        return;
    }
    auto *wizard = new CreateVersionWizard(m_client, project, m_pager, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // Window-modal: the table stays visible behind it and shows the new version's progress.
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &CreateVersionWizard::versionCreated, this, &MainWindow::showNewVersion);
    // Created or retried here: the user hears when it is done (mainwindow_notify.cpp).
    const auto watch = [watched = m_watched, key = project.key](const QString &name) {
        watched->add(key, name);
    };
    connect(wizard, &CreateVersionWizard::versionCreated, m_watched, watch);
    connect(wizard, &CreateVersionWizard::versionRetried, m_watched, watch);
    if (from)
        wizard->createFrom(*from);
    wizard->show();
}

void MainWindow::retrySelected()
{
    const QString id = selectedVersionId();
    const VersionInfo *info = m_model->versionAt(m_model->rowOf(id));
    if (!info || info->status != VersionStatus::Failed || findChild<RetryFlow *>())
        return;
    const QString name = info->name;
    auto *flow = new RetryFlow(m_client, m_pager->repository(), m_pager->projectKey(), this);
    m_retryAction->setEnabled(false);
    statusBar()->showMessage(tr("Retrying “%1”…").arg(name));
    connect(flow, &RetryFlow::retried, this, [this](const QString &retriedId, const QString &n) {
        if (m_client->generation() == ServerGeneration::Zadig4Early) {
            // Before 4.3 the server starts nothing that would ever end the retry's status.
            statusBar()->showMessage(
                tr("“%1” is being retried. Zadig 4.0 to 4.2 never reports the end of a retry: "
                   "it stays “Retrying” here; check its images in Zadig.")
                    .arg(n));
            return;
        }
        statusBar()->showMessage(tr("“%1” is being retried.").arg(n), 10'000);
        m_watched->add(m_pager->projectKey(), n);
        m_pager->repository()->watchRetried(retriedId);
    });
    connect(flow, &RetryFlow::deleted, this, [this](const QString &deletedId, const QString &n) {
        statusBar()->showMessage(tr("Deleted “%1”.").arg(n), 10'000);
        forgetVersion(deletedId);
    });
    connect(flow, &RetryFlow::abandoned, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10'000); });
    connect(flow, &RetryFlow::finished, this, [this] { updateActions(); });
    flow->start(id, name);
}

void MainWindow::deleteSelected()
{
    const QString id = selectedVersionId();
    const VersionInfo *info = m_model->versionAt(m_model->rowOf(id));
    if (!info)
        return;
    const QString name = info->name;
    const QString projectName = currentProject().name;
    const QString projectKey = m_pager->projectKey();
    MessageBoxes::question(
        this, tr("Delete Version"),
        (isV2Api(m_client->generation())
             ? tr("Delete version “%1” from project “%2” for good?\n\nZadig 4.x and 5.x remove "
                  "it completely: its name can be used again at once. Images and charts it "
                  "already pushed stay in their registries.\n\nThis cannot be undone.")
             : tr("Delete version “%1” from project “%2”?\n\nThis cannot be undone."))
            .arg(name, projectName.isEmpty() ? projectKey : projectName),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this, id, name, projectKey](QMessageBox::StandardButton answer) {
            // Asked about this project's version: a switch meanwhile makes the answer moot.
            if (answer != QMessageBox::Yes || m_pager->projectKey() != projectKey)
                return;
            deleteVersion(id, name);
        });
}

void MainWindow::deleteVersion(const QString &id, const QString &name)
{
    statusBar()->showMessage(tr("Deleting “%1”…").arg(name));
    m_deleteAction->setEnabled(false);
    m_client->deleteVersion(
        m_pager->projectKey(), id, this, [this, id, name](const Result<Done> &result) {
            updateActions();
            if (!result) {
                statusBar()->clearMessage();
                MessageBoxes::warning(this, tr("Could Not Delete Version"),
                                      tr("Version “%1” was not deleted.").arg(name),
                                      result.error().message());
                return;
            }
            statusBar()->showMessage(tr("Deleted “%1”.").arg(name), 10'000);
            forgetVersion(id);
        });
}

void MainWindow::forgetVersion(const QString &id)
{
    if (m_selectedId == id) {
        m_selectedId.clear();
        m_detail->clearVersion();
    }
    m_pager->forgetVersion(id);
}

} // namespace zadig::ui
