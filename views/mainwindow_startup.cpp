// MainWindow's start-up choreography: the first page asked for beside the projects, the window
// shown once that page is painted (or after a grace), --check's report, and the server's
// generation learnt once nothing competes with the first page.
#include "mainwindow.h"

#include "afterpaint.h"
#include "api/zadigclient.h"
#include "detailpane.h"
#include "settings.h"
#include "versionsmodel.h"

#include <QAction>
#include <QLabel>
#include <QTableView>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace zadig::ui {

void MainWindow::start(const QString &projectKey)
{
    if (m_started)
        return;
    m_started = true;
    m_wantedExplicitly = !projectKey.isEmpty();
    m_wantedProject = projectKey.isEmpty() ? Settings().lastProject() : projectKey;
    // Ask for the project's first page at once, beside the projects: one round trip less before
    // the first rows show. If the project turns out not to exist, the first one is opened when
    // the projects arrive, and nothing is reported before then.
    if (!m_wantedProject.isEmpty()) {
        if (m_detail)
            m_detail->setProjectKey(m_wantedProject);
        m_pager->setProjectKey(m_wantedProject);
    }
    loadProjects();
}

void MainWindow::detectGeneration()
{
    // Shared with any detection already under way, and answered at once once known. Asked for
    // after the first page is shown: nothing may compete with it.
    m_client->detectGeneration(this, [this](const Result<ServerGeneration> &result) {
        if (result) {
            showGeneration(*result);
            return;
        }
        // The versions view keeps what the list said; the status bar says what the server is
        // not. Writes and details are refused by the client meanwhile, with the same words.
        m_generationLabel->setText(tr("Unsupported Zadig server"));
        m_generationLabel->setToolTip(result.error().message());
    });
}

void MainWindow::showGeneration(ServerGeneration generation)
{
    updateActions();
    if (!m_generationLabel)
        return;
    m_generationLabel->setToolTip(tr("The Zadig release line of the server, as it answered"));
    m_generationLabel->setText(
        generation == ServerGeneration::Unknown ? QString() : generationDisplayName(generation));
}

void MainWindow::showWhenReady(int graceMs)
{
    if (m_startupReported) {
        show();
        return;
    }
    m_showPending = true;
    QTimer::singleShot(graceMs, this, [this] {
        if (std::exchange(m_showPending, false))
            show();
    });
}

void MainWindow::settleStartup()
{
    m_startupReported = true;
    if (std::exchange(m_showPending, false))
        show();
}

void MainWindow::failStartup(const ApiError &error)
{
    if (m_startupReported)
        return;
    settleStartup();
    m_pager->releaseDetails();
    Q_EMIT startupFailed(error);
}

void MainWindow::reportStartup()
{
    if (m_startupReported || !m_projectsLoaded)
        return;
    switch (m_pager->state()) {
    case VersionsPager::State::Loaded:
    case VersionsPager::State::Empty: {
        settleStartup();
        const int rows = m_model->rowCount();
        const int total = m_pager->total();
        const QString key = m_pager->projectKey();
        // Reported once the rows are on screen: after the table's next paint.
        afterNextPaint(m_table->viewport(), [this, total, key, rows] {
            Q_EMIT firstPageShown(total, key, rows);
            m_pager->releaseDetails();
            detectGeneration();
        });
        break;
    }
    case VersionsPager::State::Error:
        failStartup(m_pager->lastError().value_or(ApiError()));
        break;
    case VersionsPager::State::Idle:
    case VersionsPager::State::Loading:
        break;
    }
}

} // namespace zadig::ui
