#include "startupcontroller.h"

#include "afterpaint.h"
#include "api/zadigclient.h"
#include "mainwindow.h"
#include "projectcatalog.h"
#include "settings.h"
#include "versionsmodel.h"
#include "versionspager.h"

#include <QTableView>
#include <QTimer>

#include <utility>

namespace zadig::ui {

StartupController::StartupController(ZadigClient *client, QObject *parent)
    : QObject(parent), m_client(client),
      m_pager(new VersionsPager(client, new VersionsModel(this), this)),
      m_projects(new ProjectCatalog(client, this))
{}

void StartupController::start(const QString &projectKey)
{
    // The page size first: the first page is not asked for twice.
    m_pager->setPageSize(Settings().pageSize());
    // Nothing may compete with the first page: the details wait until it is painted.
    m_pager->holdDetails();
    m_projects->load(projectKey);
    if (!m_projects->wanted().isEmpty())
        m_pager->setProjectKey(m_projects->wanted());
    // Beside the first page, not after it: every detail (the rows', the one the user opens)
    // waits for the generation, so on a distant server learning it late delays them all.
    // The window shows the answer; nothing here waits for it.
    m_client->detectGeneration(this, [](const Result<ServerGeneration> &) {});
}

void StartupController::showWhenReady(MainWindow *window, int graceMs)
{
    m_window = window;
    // Connected after the window's own connections: the window has opened the project the
    // catalog chose (or none) by the time check() looks.
    connect(m_projects, &ProjectCatalog::loaded, this, &StartupController::check);
    connect(m_projects, &ProjectCatalog::failed, this, &StartupController::fail);
    connect(m_pager, &VersionsPager::stateChanged, this, &StartupController::check);
    check();
    if (m_reported) {
        window->show();
        return;
    }
    m_showPending = true;
    QTimer::singleShot(graceMs, this, [this] {
        if (std::exchange(m_showPending, false))
            showWindow();
    });
}

void StartupController::showWindow()
{
    if (MainWindow *window = m_window)
        window->show();
}

void StartupController::check()
{
    MainWindow *window = m_window;
    if (m_reported || !window)
        return;
    switch (m_projects->state()) {
    case ProjectCatalog::State::Idle:
    case ProjectCatalog::State::Loading:
        return; // the page shown may be of a project that is not there
    case ProjectCatalog::State::Failed:
        return fail(m_projects->error().value_or(ApiError()));
    case ProjectCatalog::State::Loaded:
        break;
    }
    const ProjectCatalog::Choice choice = m_projects->choice();
    if (choice.index < 0)
        return fail(m_projects->choiceError());
    if (m_pager->projectKey() != m_projects->projects().at(choice.index).key)
        return; // the window opens the project chosen: its page comes
    switch (m_pager->state()) {
    case VersionsPager::State::Loaded:
    case VersionsPager::State::Empty: {
        settle();
        const int rows = m_pager->model()->rowCount();
        const int total = m_pager->total();
        const QString key = m_pager->projectKey();
        // Reported once the rows are on screen: after the table's next paint.
        // The callback goes with the table, and so with the pager: only the controller may be
        // gone by then (a slot of firstPageShown may end it).
        const QPointer<StartupController> self(this);
        afterNextPaint(window->table()->viewport(), [self, pager = m_pager, total, key, rows] {
            if (StartupController *controller = self)
                Q_EMIT controller->firstPageShown(total, key, rows);
            pager->releaseDetails();
        });
        break;
    }
    case VersionsPager::State::Error:
        fail(m_pager->lastError().value_or(ApiError()));
        break;
    case VersionsPager::State::Idle:
    case VersionsPager::State::Loading:
        break;
    }
}

void StartupController::settle()
{
    m_reported = true;
    if (std::exchange(m_showPending, false))
        showWindow();
}

void StartupController::fail(const ApiError &error)
{
    if (m_reported)
        return;
    settle();
    m_pager->releaseDetails();
    Q_EMIT startupFailed(error);
}

} // namespace zadig::ui
