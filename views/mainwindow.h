// MainWindow: the versions browser. A project picker, the paged versions table with its filter
// and states, and the detail pane beside it; refresh, delete and copy actions.
#pragma once

#include "api/result.h"
#include "api/types.h"
#include "versionspager.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class QAction;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QSslCertificate;
class QSslError;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace zadig {
class ConnectionSession;
struct Connection;
class ProjectCatalog;
class ZadigClient;
class VersionsModel;
class Settings;
class WatchedNotices;
class ImageSearch;
class ProjectSearch;
} // namespace zadig

namespace zadig::ui {

class DetailPane;
class Notifier;
class PagingBar;
class StatePane;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // A window with nothing loaded yet: start() or a session's activation loads it.
    explicit MainWindow(ZadigClient *client, QWidget *parent = nullptr);
    // A window over versions and projects asked for before it was built (StartupController):
    // it takes `pager` (with its model) and `projects` over and shows what they hold and bring.
    MainWindow(ZadigClient *client, VersionsPager *pager, ProjectCatalog *projects,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads the projects and opens `projectKey`, else the last one used, else the first; its
    // first page is asked for at once, beside the projects and the server's generation.
    void start(const QString &projectKey = QString());
    void setServerDescription(const QString &text);
    // Switching connections: the session reconfigures the client, the window reloads projects
    // and versions; the Connection menu lists the session's saved connections and follows their
    // changes. Without a session (--check) the menu lists none.
    void setSession(ConnectionSession *session);
    // Forgets the projects and versions shown and loads them again from the client's server.
    void restart();
    // Shown while the server is reached over http:// on another machine.
    QWidget *insecureBanner() const { return m_insecureBanner; }

    QString currentProjectKey() const { return m_pager->projectKey(); }
    VersionsPager *pager() const { return m_pager; }
    ProjectCatalog *projectCatalog() const { return m_catalog; }
    VersionsModel *versionsModel() const { return m_model; }
    QTableView *table() const { return m_table; }
    DetailPane *detailPane() const { return m_detail; }
    // The current row's version when it is selected, else the first selected one: with several
    // rows selected (to compare them), the single-version actions act on the current row.
    QString selectedVersionId() const;
    // Every selected version, in the table's order.
    QList<VersionInfo> selectedVersions() const;
    bool selectVersion(const QString &id);
    // Reloads page 1, selects the version called `versionName` there and watches its progress.
    void showNewVersion(const QString &versionName);
    Project currentProject() const;
    ZadigClient *client() const { return m_client; }

    // Not connected to any server yet (start-up, while the connection dialog is open over the
    // window): says so, with a Connect… button that emits connectRequested().
    void showDisconnected();
    // Waiting for something before any request can go out (a slow keychain).
    void showWaiting(const QString &text);
    // The project the next (re)start opens instead of the last one used (--project), once.
    void setProjectToOpen(const QString &projectKey) { m_projectToOpen = projectKey; }
    // How many projects one request asks for (tests use a small page to prove paging).
    void setProjectPageSize(int size);

    // "Tell me when it is done" (mainwindow_notify.cpp): the versions watched for a notice, and
    // what shows it. The window takes `notifier` over (tests give a recording one).
    WatchedNotices *watchedNotices() const { return m_watched; }
    void setNotifier(Notifier *notifier);

    // "Versions Shipping an Image" (mainwindow_search.cpp): searches the open project for the
    // image and shows the versions that ship it, with paging off, like Search All Versions.
    void searchImage(const QString &image);
    ImageSearch *imageSearch() const { return m_imageSearch; }

Q_SIGNALS:
    // The user asked to connect from the "not connected" state.
    void connectRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    // Gives the http banner the colours of a new palette (light or dark).
    void changeEvent(QEvent *event) override;

private:
    // The project picker is never narrower than this many average letters.
    static constexpr int MinProjectColumns = 16;

    void createActions(); // actions, menus and the tool bar: no font needed
    void createWidgets();
    void loadProjects();
    // "Loading projects…" in place of the versions, unless rows are shown.
    void showProjectsLoading();
    // Which Zadig the server is: shown in the status bar; an unsupported one is said at once.
    void detectGeneration();
    void showGeneration(ServerGeneration generation);
    // The catalog's answers: the picker filled and a project opened, or the error in view.
    void onProjectsLoaded();
    void onProjectsFailed(const ApiError &error);
    void openProject(int comboIndex);
    // --project named a project the server does not list: say so and let the user pick.
    void showProjectNotFound(const QString &projectKey);
    void onStateChanged(VersionsPager::State state);
    // The error, with the server's words, in place of the versions.
    void showVersionsError(const ApiError &error);
    void onPageLoaded();
    void onSelectionChanged();
    void deleteSelected(); // asks first
    void deleteVersion(const QString &id, const QString &name);
    // A version deleted on the server leaves the repository, the table and the detail pane;
    // the page is loaded again.
    void forgetVersion(const QString &id);
    void newVersion();
    // 4.x/5.x: the wizard, started from the selected version (source from_version).
    void createFromSelected();
    // The create wizard, started from `from` when given; learns the server's generation first.
    void openWizard(const std::optional<VersionInfo> &from);
    void retrySelected();
    // Export and compare (exportdialog.h, comparedialog.h), each window-modal and not waited
    // for. Compare orders the two versions older -> newer by creation time.
    void exportSelected();
    void compareSelected();
    // Asks for the version to compare the selected one with, among the loaded page's.
    void compareWithSelected();
    void openComparison(const VersionInfo &a, const VersionInfo &b);
    void updateActions();
    void updateTitle();
    void saveLayout();
    void restoreLayout();
    // Connections, TLS, preferences, about.
    void rebuildConnectionMenu();
    void updateConnectionBanner();
    void onCertificateRejected(const QSslCertificate &certificate, const QList<QSslError> &errors,
                               const QString &host);
    void askToken(const zadig::Connection &connection, const QString &reason);
    void manageConnections();
    void showPreferences();
    void showAbout();
    void retryLoad();
    // Notices (mainwindow_notify.cpp).
    void createNotices();
    // Search All Versions (mainwindow_search.cpp).
    void createSearch();
    void connectSearchToFilter();
    void searchAll();
    void askImageToSearch();
    void showFoundVersions(const QList<VersionInfo> &found, const QString &message);
    void endSearch();
    void cancelSearches(); // what was found stays shown
    void showSearchBusy(bool busy);
    void updateNotifyAction(const VersionInfo *info);
    void noticeSettled(const VersionInfo &info);
    void openNotice(const QString &key);
    // This window, or a dialog of it, has the focus.
    bool windowIsActive() const;

    ZadigClient *m_client;
    VersionsModel *m_model;
    VersionsPager *m_pager;
    ProjectCatalog *m_catalog;
    QSortFilterProxyModel *m_proxy;
    QList<Project> m_projects; // those in the project picker
    QString m_server;
    QString m_selectedId; // kept across page loads
    QString m_projectToOpen;
    // What the state pane's extra button does.
    enum class StateAction { None, Connect, EnterToken };
    StateAction m_stateAction = StateAction::None;
    bool m_tokenPrompted = false; // asked for a token after a 401 since the last activation

    QComboBox *m_projectCombo = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLineEdit *m_filter = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    StatePane *m_state = nullptr;
    PagingBar *m_paging = nullptr;
    DetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_generationLabel = nullptr; // which Zadig the server is, in the status bar
    ConnectionSession *m_session = nullptr;
    QWidget *m_insecureBanner = nullptr;
    QLabel *m_insecureText = nullptr;
    QMenu *m_connectionMenu = nullptr;
    QPointer<QDialog> m_certificatePrompt; // one at a time, however many calls failed
    QPointer<QDialog> m_tokenPrompt;       // likewise

    QAction *m_refreshAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_createFromAction = nullptr;
    QAction *m_retryAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_compareWithAction = nullptr;
    QAction *m_notifyAction = nullptr;
    WatchedNotices *m_watched = nullptr;
    Notifier *m_notifier = nullptr;
    ProjectSearch *m_search = nullptr;
    QAction *m_searchAllAction = nullptr;
    ImageSearch *m_imageSearch = nullptr;
    QAction *m_searchImageAction = nullptr;
    QString m_lastImageSearched;
    QLabel *m_searchStatus = nullptr;
    QProgressBar *m_searchProgress = nullptr;
    QList<QWidget *> m_searchBusy; // shown while a search runs
};

} // namespace zadig::ui
