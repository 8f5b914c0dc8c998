// MainWindow's projects: every page of them gathered, the picker filled, and the project to
// open chosen (asked for, remembered, or the first), with a clear word when the one asked for
// does not exist.
#include "mainwindow.h"

#include "api/zadigclient.h"
#include "detailpane.h"
#include "settings.h"
#include "statepane.h"
#include "textwidth.h"
#include "versionsmodel.h"

#include <QComboBox>
#include <QLoggingCategory>
#include <QStackedWidget>
#include <QStatusBar>

#include <algorithm>
#include <utility>

// Defined in mainwindow.cpp: one "zadig.ui" category for every view.
Q_DECLARE_LOGGING_CATEGORY(lcUi)

using namespace Qt::StringLiterals;

namespace zadig::ui {

namespace {

// How many columns of average Latin letters `text` takes, roughly: a little is added for letters
// wider than the average.
int textColumns(const QString &text)
{
    const int columns = displayColumns(text);
    return columns + columns / 8 + 1;
}

} // namespace

void MainWindow::loadProjects()
{
    if (m_state && m_model->rowCount() == 0) {
        m_stack->setCurrentWidget(m_state);
        m_state->showLoading(tr("Loading projects…"));
    }
    m_projectsSoFar.clear();
    fetchProjects(1, ++m_projectsFetch);
}

void MainWindow::fetchProjects(int page, quint64 fetch)
{
    m_client->listProjects(
        page, m_projectPageSize, this, [this, page, fetch](const Result<ProjectPage> &result) {
            if (fetch != m_projectsFetch)
                return;
            if (!result) {
                m_projectsSoFar.clear();
                onProjects(result);
                return;
            }
            m_projectsSoFar += result->projects;
            // Servers with more projects than one page holds: every project is listed.
            if (!result->projects.isEmpty() && m_projectsSoFar.size() < result->total) {
                fetchProjects(page + 1, fetch);
                return;
            }
            ProjectPage all;
            all.projects = std::exchange(m_projectsSoFar, {});
            all.total = int(all.projects.size());
            onProjects(all);
        });
}

void MainWindow::onProjects(const Result<ProjectPage> &result)
{
    if (!result) {
        const ApiError &error = result.error();
        qCWarning(lcUi) << "projects failed:" << ApiError::kindName(error.kind);
        m_projectsError = error;
        showVersionsError(error);
        failStartup(error);
        return;
    }
    m_projectsError.reset();
    m_projects = result->projects;
    m_projectCombo->clear();
    int columns = 0;
    for (const Project &p : std::as_const(m_projects)) {
        const QString type = VersionsModel::deployTypeText(p.deployType, p.rawDeployType);
        // Name, key and deploy type: two projects may share a display name.
        m_projectCombo->addItem(p.name.isEmpty() || p.name == p.key
                                    ? tr("%1 · %2").arg(p.key, type)
                                    : tr("%1 (%2) · %3").arg(p.name, p.key, type),
                                p.key);
        const int i = m_projectCombo->count() - 1;
        m_projectCombo->setItemData(i, tr("%1 (key: %2, %3)").arg(p.name, p.key, type),
                                    Qt::ToolTipRole);
        columns = std::max(columns, textColumns(m_projectCombo->itemText(i)));
    }
    m_projectCombo->setMinimumContentsLength(std::clamp(columns, MinProjectColumns, 48));
    if (m_projects.isEmpty()) {
        // Rows of a start project asked for beside the projects must not stay in view.
        m_model->clear();
        m_state->showEmpty(tr("No projects"),
                           tr("This token cannot see any project on the server."));
        m_stack->setCurrentWidget(m_state);
        ApiError error;
        error.kind = ApiError::Kind::NotFound;
        error.detail = tr("no project is visible with this token");
        failStartup(error);
        return;
    }
    m_projectsLoaded = true;
    int index = m_projectCombo->findData(m_wantedProject);
    if (index < 0 && !m_wantedProject.isEmpty() && m_wantedExplicitly) {
        // Asked for by name, it must not be replaced by another project without a word: the
        // user picks one.
        showProjectNotFound(m_wantedProject);
        return;
    }
    if (index < 0 && !m_wantedProject.isEmpty()) {
        statusBar()->showMessage(tr("Project “%1” was not found; showing “%2”.")
                                     .arg(m_wantedProject, m_projectCombo->itemText(0)),
                                 10'000);
    }
    openProject(qMax(0, index));
    reportStartup();
}

void MainWindow::showProjectNotFound(const QString &projectKey)
{
    // The page asked for beside the projects belonged to no project: it goes.
    m_detail->clearVersion();
    m_pager->setProjectKey(QString());
    m_projectCombo->setCurrentIndex(-1);
    m_stateAction = StateAction::None;
    m_state->showEmpty(tr("Project “%1” not found").arg(projectKey),
                       tr("This server has no project with the key “%1”, or this token cannot "
                          "see it. Choose a project in the Project list.")
                           .arg(projectKey));
    m_stack->setCurrentWidget(m_state);
    updateTitle();
    updateActions();
    ApiError error;
    error.kind = ApiError::Kind::NotFound;
    error.detail =
        tr("project “%1” does not exist or is not visible with this token").arg(projectKey);
    failStartup(error);
}

void MainWindow::openProject(int comboIndex)
{
    if (comboIndex < 0 || comboIndex >= m_projects.size())
        return;
    m_projectCombo->setCurrentIndex(comboIndex);
    const Project &project = m_projects.at(comboIndex);
    if (project.key == m_pager->projectKey() && m_pager->state() != VersionsPager::State::Error) {
        // The projects may have failed after this project's page was shown, and put their error
        // in its place: Retry brought the projects, so the page comes back.
        onStateChanged(m_pager->state());
        return;
    }
    Settings().setLastProject(project.key);
    m_selectedId.clear();
    m_detail->setProjectKey(project.key);
    m_pager->setProjectKey(project.key);
    updateTitle();
}

} // namespace zadig::ui
