// MainWindow's projects: the start (projects, first page and generation asked for at once), the
// picker filled from the ProjectCatalog, and the project it chose opened, with a clear word when
// the one asked for does not exist.
#include "mainwindow.h"

#include "api/zadigclient.h"
#include "detailpane.h"
#include "projectcatalog.h"
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

void MainWindow::start(const QString &projectKey)
{
    if (m_catalog->state() != ProjectCatalog::State::Idle)
        return; // started already
    // The project's first page goes out at once, beside the projects: one round trip less
    // before the first rows show. If the project turns out not to exist, the first one is
    // opened when the projects arrive (or none, when it was asked for by name).
    m_catalog->load(projectKey);
    if (!m_catalog->wanted().isEmpty()) {
        m_detail->setProjectKey(m_catalog->wanted());
        m_pager->setProjectKey(m_catalog->wanted());
    }
    showProjectsLoading();
    detectGeneration();
}

void MainWindow::setProjectPageSize(int size)
{
    m_catalog->setPageSize(size);
}

void MainWindow::loadProjects()
{
    m_catalog->reload();
    showProjectsLoading();
}

void MainWindow::showProjectsLoading()
{
    if (m_model->rowCount() == 0) {
        m_stack->setCurrentWidget(m_state);
        m_state->showLoading(tr("Loading projects…"));
    }
}

void MainWindow::onProjectsFailed(const ApiError &error)
{
    qCWarning(lcUi) << "projects failed:" << ApiError::kindName(error.kind);
    showVersionsError(error);
}

void MainWindow::onProjectsLoaded()
{
    m_projects = m_catalog->projects();
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
    const ProjectCatalog::Choice choice = m_catalog->choice();
    switch (choice.kind) {
    case ProjectCatalog::Choice::Kind::NoProjects:
        // Rows of a start project asked for beside the projects must not stay in view.
        m_model->clear();
        m_state->showEmpty(tr("No projects"),
                           tr("This token cannot see any project on the server."));
        m_stack->setCurrentWidget(m_state);
        return;
    case ProjectCatalog::Choice::Kind::NotFound:
        // Asked for by name, it is not replaced by another project: the user picks one.
        showProjectNotFound(m_catalog->wanted());
        return;
    case ProjectCatalog::Choice::Kind::Fallback:
        if (!m_catalog->wanted().isEmpty()) {
            statusBar()->showMessage(tr("Project “%1” was not found; showing “%2”.")
                                         .arg(m_catalog->wanted(), m_projectCombo->itemText(0)),
                                     10'000);
        }
        break;
    case ProjectCatalog::Choice::Kind::Wanted:
        break;
    }
    openProject(choice.index);
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
    cancelSearches(); // they search the project that was open
    m_detail->setProjectKey(project.key);
    m_pager->setProjectKey(project.key);
    updateTitle();
}

} // namespace zadig::ui
