// StartupController: zadig-desk's start-up choreography, apart from the window it shows.
//
// It sends the first requests before any widget exists (the project's first page, the projects,
// the server's generation), so that their round trips overlap with building the window; the
// window is then built over the pager and the project catalog they fill. The controller shows
// that window once its first page is painted (on a fast server the rows are the first thing
// painted, with no "Loading" frame just before them) or after a grace, lets the rows' details go
// only then (nothing competes with the first page), and reports the outcome once, for --check
// and the start-up benchmark.
#pragma once

#include "api/apierror.h"

#include <QObject>
#include <QPointer>

namespace zadig {
class ProjectCatalog;
class VersionsPager;
class ZadigClient;
} // namespace zadig

namespace zadig::ui {

class MainWindow;

class StartupController : public QObject
{
    Q_OBJECT

public:
    explicit StartupController(ZadigClient *client, QObject *parent = nullptr);

    // Sends the first requests for `projectKey` (empty: the project used last). Call once.
    void start(const QString &projectKey);

    // What the window is built with (MainWindow takes them over); until then the controller
    // owns them.
    VersionsPager *pager() const { return m_pager; }
    ProjectCatalog *projects() const { return m_projects; }

    // Follows `window`, built over pager() and projects(), until its first page is shown or
    // start-up fails, and shows it then; after `graceMs` it is shown anyway, saying it loads.
    void showWhenReady(MainWindow *window, int graceMs = 150);

Q_SIGNALS:
    // The first page of versions is painted in the window's table.
    void firstPageShown(int total, const QString &projectKey, int rows);
    // Start-up could not reach that point.
    void startupFailed(const zadig::ApiError &error);

private:
    // Where start-up stands after any answer: reports once it is settled either way.
    void check();
    void settle();
    void showWindow();
    void fail(const ApiError &error);

    ZadigClient *m_client;
    // Owned by the window once it is built; only their signals call the controller back, so it
    // never reaches them after the window has gone.
    VersionsPager *m_pager;
    ProjectCatalog *m_projects;
    QPointer<MainWindow> m_window;
    bool m_reported = false;    // firstPageShown or startupFailed was emitted
    bool m_showPending = false; // the window waits for the first page to be shown
};

} // namespace zadig::ui
