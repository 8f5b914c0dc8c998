#include "mainwindow.h"

#include "aboutdialog.h"
#include "afterpaint.h"
#include "api/zadigclient.h"
#include "certificatedialog.h"
#include "connectiondialog.h"
#include "connections.h"
#include "connectionsdialog.h"
#include "delegates.h"
#include "detailcache.h"
#include "detailpane.h"
#include "icons.h"
#include "messageboxes.h"
#include "pagingbar.h"
#include "preferencesdialog.h"
#include "progresspoller.h"
#include "settings.h"
#include "statepane.h"
#include "versionsmodel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QSslCertificate>
#include <QSslError>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

Q_LOGGING_CATEGORY(lcUi, "zadig.ui", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace zadig::ui {

namespace {

constexpr int MinProjectColumns = 16;

// How many columns of average Latin letters `text` takes, roughly: East Asian characters count
// twice, and a little is added for letters wider than the average.
int textColumns(const QString &text)
{
    int columns = 0;
    for (const char32_t c : text.toUcs4()) {
        switch (QChar::script(c)) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Hangul:
        case QChar::Script_Bopomofo:
            columns += 2;
            break;
        default:
            // Fullwidth forms and CJK punctuation are as wide as a Han character.
            columns += (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff60) ? 2 : 1;
            break;
        }
    }
    return columns + columns / 8 + 1;
}

} // namespace

MainWindow::MainWindow(ZadigClient *client, QWidget *parent,
                       const std::optional<QString> &startProject,
                       const std::function<void()> &beforeWidgets)
    : QMainWindow(parent), m_client(client), m_model(new VersionsModel(this)),
      m_pager(new VersionsPager(client, m_model, this)), m_proxy(new QSortFilterProxyModel(this))
{
    // Start-up: the first requests go out before the widgets are built, so the round trips
    // overlap with building them. Their answers arrive through the event loop, when the widgets
    // exist; the state they set is applied below once the widgets are there.
    if (startProject) {
        // Nothing may compete with the first page: details wait until it is painted.
        m_pager->holdDetails();
        start(*startProject);
    }
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Zadig Desk"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(VersionsModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(VersionsModel::RawValueRole);
    m_proxy->setSortLocaleAware(true);

    // Actions, menus and the tool bar need no font, so they are made before the hook (while
    // zadig-desk's fonts are still being initialised on the other core); the widgets after it.
    createActions();
    if (beforeWidgets)
        beforeWidgets();
    createWidgets();

    Settings settings;
    m_pager->setPageSize(settings.pageSize());
    m_paging->setPageSizes(Settings::pageSizes(), m_pager->pageSize());

    connect(m_pager, &VersionsPager::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_pager, &VersionsPager::pageChanged, this, [this](int page, int count, int total) {
        m_paging->setPosition(page, count, total, m_pager->pageSize());
    });
    connect(m_pager, &VersionsPager::pageLoaded, this, &MainWindow::onPageLoaded);
    connect(m_pager, &VersionsPager::versionSettled, this, [this](const VersionInfo &info) {
        const QString text = info.status == VersionStatus::Success
                                 ? tr("Version “%1” succeeded.").arg(info.name)
                                 : tr("Version “%1” failed.").arg(info.name);
        statusBar()->showMessage(text, 15'000);
    });
    connect(m_pager->poller(), &ProgressPoller::updated, m_detail, &DetailPane::updateDetail);
    // A poll can turn the selected version failed (Retry on) or retrying (Retry off).
    connect(m_model, &VersionsModel::dataChanged, this, &MainWindow::updateActions);
    connect(m_detail, &DetailPane::detailLoaded, m_pager, &VersionsPager::acceptDetail);
    connect(m_client, &ZadigClient::pendingCountChanged, this,
            [this](int count) { m_busy->setVisible(count > 0); });
    connect(m_client, &ZadigClient::certificateRejected, this, &MainWindow::onCertificateRejected);
    connect(m_client, &ZadigClient::generationChanged, this, &MainWindow::showGeneration);

    connect(m_paging, &PagingBar::firstRequested, m_pager, &VersionsPager::firstPage);
    connect(m_paging, &PagingBar::previousRequested, m_pager, &VersionsPager::previousPage);
    connect(m_paging, &PagingBar::nextRequested, m_pager, &VersionsPager::nextPage);
    connect(m_paging, &PagingBar::lastRequested, m_pager, &VersionsPager::lastPage);
    connect(m_paging, &PagingBar::pageRequested, m_pager, &VersionsPager::goToPage);
    connect(m_paging, &PagingBar::pageSizeRequested, this, [this](int size) {
        Settings().setPageSize(size);
        m_pager->setPageSize(size);
    });
    connect(m_state, &StatePane::retryRequested, this, &MainWindow::retryLoad);
    connect(m_state, &StatePane::actionRequested, this, [this] {
        switch (m_stateAction) {
        case StateAction::None:
            break;
        case StateAction::Connect:
            Q_EMIT connectRequested();
            break;
        case StateAction::EnterToken:
            if (m_session)
                askToken(m_session->current(), tr("Enter a valid API token for this server."));
            break;
        }
    });

    restoreLayout();
    updateConnectionBanner();
    if (startProject)
        m_detail->setProjectKey(m_pager->projectKey());
    m_paging->setPosition(m_pager->page(), m_pager->pageCount(), m_pager->total(),
                          m_pager->pageSize());
    onStateChanged(m_pager->state());
    if (m_started && m_pager->state() == VersionsPager::State::Idle) {
        m_stack->setCurrentWidget(m_state);
        m_state->showLoading(tr("Loading projects…"));
    }
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createWidgets()
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"filterEdit"_s);
    m_filter->setPlaceholderText(tr("Filter by name, label, creator, status"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(320);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_toolBar->addWidget(m_filter); // the tool bar's last item, after its spacer

    m_table = new QTableView(this);
    m_table->setObjectName(u"versionsTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(VersionsModel::CreatedTimeColumn, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(VersionsModel::DescriptionColumn,
                                                      QHeaderView::Stretch);
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    m_table->setColumnWidth(VersionsModel::NameColumn, 14 * em);
    m_table->setColumnWidth(VersionsModel::TypeColumn, 8 * em);
    // The longest status word in this language, after its icon.
    int statusWidth = 0;
    for (const VersionStatus status : {VersionStatus::Creating, VersionStatus::Retrying,
                                       VersionStatus::Success, VersionStatus::Failed}) {
        statusWidth = qMax(statusWidth, m_table->fontMetrics().horizontalAdvance(
                                            VersionsModel::statusText(status, QString())));
    }
    m_table->setColumnWidth(VersionsModel::StatusColumn, statusWidth + 3 * em);
    m_table->setColumnWidth(VersionsModel::LabelsColumn, 10 * em);
    m_table->setColumnWidth(VersionsModel::CreatedByColumn, 7 * em);
    const QString sampleTime =
        QLocale().toString(QDateTime(QDate(2024, 12, 28), QTime(23, 58)), QLocale::ShortFormat);
    m_table->setColumnWidth(VersionsModel::CreatedTimeColumn,
                            m_table->fontMetrics().horizontalAdvance(sampleTime) + 2 * em);
    m_table->setColumnWidth(VersionsModel::ProgressColumn, 8 * em);
    m_table->setItemDelegateForColumn(VersionsModel::StatusColumn, new StatusDelegate(m_table));
    m_table->setItemDelegateForColumn(VersionsModel::ProgressColumn, new ProgressDelegate(m_table));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    m_table->addAction(m_copyAction);
    m_table->addAction(m_copyIdAction);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_table->addAction(separator);
    m_table->addAction(m_refreshAction);
    m_table->addAction(m_createFromAction);
    m_table->addAction(m_retryAction);
    m_table->addAction(m_deleteAction);

    m_state = new StatePane(this);
    m_state->setObjectName(u"versionsStatePane"_s);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"versionsStack"_s);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_state);

    m_paging = new PagingBar(this);
    m_paging->setObjectName(u"pagingBar"_s);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    leftLayout->addWidget(m_stack, 1);
    leftLayout->addWidget(m_paging);

    m_detail = new DetailPane(m_client, this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    // A bar above everything while the token would travel in clear.
    m_insecureBanner = new QWidget(this);
    m_insecureBanner->setObjectName(u"insecureBanner"_s);
    m_insecureBanner->setAutoFillBackground(true);
    QPalette warningColours = m_insecureBanner->palette();
    warningColours.setColor(QPalette::Window, QColor(0xff, 0xf3, 0xcd));
    warningColours.setColor(QPalette::WindowText, QColor(0x66, 0x4d, 0x03));
    m_insecureBanner->setPalette(warningColours);
    auto *bannerIcon = new QLabel(m_insecureBanner);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    bannerIcon->setPixmap(glyphPixmap(Glyph::Warning, iconSize, this));
    m_insecureText = new QLabel(m_insecureBanner);
    m_insecureText->setObjectName(u"insecureBannerText"_s);
    m_insecureText->setWordWrap(true);
    auto *bannerLayout = new QHBoxLayout(m_insecureBanner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    bannerLayout->addWidget(bannerIcon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_insecureText, 1);
    m_insecureBanner->hide();

    auto *central = new QWidget(this);
    central->setObjectName(u"centralArea"_s);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_insecureBanner);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(statusBar()->fontMetrics().height());
    m_busy->setTextVisible(false);
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);
    m_generationLabel = new QLabel(this);
    m_generationLabel->setObjectName(u"serverGenerationLabel"_s);
    m_generationLabel->setToolTip(tr("The Zadig release line of the server, as it answered"));
    m_generationLabel->setContentsMargins(6, 0, 6, 0);
    statusBar()->addPermanentWidget(m_generationLabel);
    showGeneration(m_client->generation());
}

void MainWindow::createActions()
{
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_refreshAction =
        new QAction(themedIcon(u"view-refresh"_s, Glyph::Refresh), tr("&Refresh"), this);
    m_refreshAction->setObjectName(u"refreshAction"_s);
    // Toolbar texts without the menu accelerator: Chinese menus write it as "(&R)", which Qt
    // would show on a toolbar as a stray "(R)".
    m_refreshAction->setIconText(tr("Refresh"));
    m_refreshAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence::Refresh});
    m_refreshAction->setToolTip(tr("Reload the versions (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        // F5 means "from the server": the selected version's cached detail goes too.
        if (!m_projects.isEmpty() && !m_selectedId.isEmpty())
            m_pager->details()->invalidate(m_selectedId);
        retryLoad();
    });

    m_deleteAction =
        new QAction(themedIcon(u"edit-delete"_s, Glyph::Delete), tr("&Delete Version…"), this);
    m_deleteAction->setObjectName(u"deleteAction"_s);
    m_deleteAction->setIconText(tr("Delete"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelected);

    m_newAction =
        new QAction(themedIcon(u"document-new"_s, Glyph::NewVersion), tr("&New Version…"), this);
    m_newAction->setObjectName(u"newVersionAction"_s);
    m_newAction->setIconText(tr("New Version"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("Create a version (Ctrl+N)"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newVersion);

    m_createFromAction = new QAction(tr("Create &from This Version…"), this);
    m_createFromAction->setObjectName(u"createFromVersionAction"_s);
    m_createFromAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_createFromAction->setToolTip(
        tr("Create a version with the images of the selected one (Ctrl+Shift+N)"));
    m_createFromAction->setVisible(false); // 4.x/5.x only
    connect(m_createFromAction, &QAction::triggered, this, &MainWindow::createFromSelected);

    m_retryAction =
        new QAction(themedIcon(u"view-refresh"_s, Glyph::Refresh), tr("Re&try Version…"), this);
    m_retryAction->setObjectName(u"retryAction"_s);
    m_retryAction->setIconText(tr("Retry"));
    m_retryAction->setToolTip(tr("Retry the selected failed version"));
    connect(m_retryAction, &QAction::triggered, this, &MainWindow::retrySelected);

    auto *findAction = new QAction(tr("&Filter"), this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    m_copyAction = new QAction(QIcon::fromTheme(u"edit-copy"_s), tr("&Copy Version Name"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyAction, &QAction::triggered, this, [this] {
        const int row = m_model->rowOf(m_selectedId);
        if (const VersionInfo *v = m_model->versionAt(row))
            QApplication::clipboard()->setText(v->name);
    });
    m_copyIdAction = new QAction(tr("Copy Version &ID"), this);
    connect(m_copyIdAction, &QAction::triggered, this, [this] {
        if (!m_selectedId.isEmpty())
            QApplication::clipboard()->setText(m_selectedId);
    });

    auto *aboutQt = new QAction(tr("About &Qt"), this);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    auto *about = new QAction(tr("&About Zadig Desk"), this);
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    auto *preferences = new QAction(tr("&Preferences…"), this);
    preferences->setObjectName(u"preferencesAction"_s);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(preferences);
    file->addSeparator();
    file->addAction(quit);
    m_connectionMenu = menuBar()->addMenu(tr("&Connection"));
    m_connectionMenu->setObjectName(u"connectionMenu"_s);
    connect(m_connectionMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildConnectionMenu);
    rebuildConnectionMenu(); // so that its shortcuts work before it was ever opened
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    view->addAction(findAction);
    QMenu *version = menuBar()->addMenu(tr("V&ersion"));
    version->addAction(m_newAction);
    version->addAction(m_createFromAction);
    version->addAction(m_retryAction);
    version->addSeparator();
    version->addAction(m_copyAction);
    version->addAction(m_copyIdAction);
    version->addSeparator();
    version->addAction(m_deleteAction);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(about);
    help->addAction(aboutQt);

    m_projectCombo = new QComboBox(this);
    m_projectCombo->setObjectName(u"projectCombo"_s);
    // Sized by counting the entries' characters (onProjects), not by measuring every entry's
    // glyphs as AdjustToContents does: for Chinese names that loads the CJK font's outlines of
    // every project before the first page (about 2 ms here). Its list is as wide as its longest
    // entry either way.
    m_projectCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_projectCombo->setMinimumContentsLength(MinProjectColumns);
    m_projectCombo->setToolTip(tr("Project"));
    connect(m_projectCombo, &QComboBox::activated, this, &MainWindow::openProject);

    QToolBar *bar = m_toolBar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *projectLabel = new QLabel(tr("Project:"), this);
    projectLabel->setBuddy(m_projectCombo);
    projectLabel->setContentsMargins(4, 0, 4, 0);
    bar->addWidget(projectLabel);
    bar->addWidget(m_projectCombo);
    bar->addSeparator();
    bar->addAction(m_newAction);
    bar->addAction(m_refreshAction);
    bar->addAction(m_retryAction);
    bar->addAction(m_deleteAction);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
}

void MainWindow::setServerDescription(const QString &text)
{
    m_server = text;
    updateTitle();
    updateConnectionBanner();
}

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
    // Only 4.x/5.x can make a version from another one.
    m_createFromAction->setVisible(isV2Api(generation));
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

void MainWindow::updateTitle()
{
    const QString project = m_projectCombo ? m_projectCombo->currentText() : QString();
    QStringList parts;
    if (!project.isEmpty())
        parts << project;
    if (!m_server.isEmpty())
        parts << m_server;
    parts << tr("Zadig Desk");
    setWindowTitle(parts.join(u" — "_s));
}

void MainWindow::showVersionsError(const ApiError &error)
{
    // A refused token is fixed by another token, not by asking again with the same one: the
    // pane offers to enter it, and the first refusal after connecting opens that dialog itself.
    const bool tokenRefused =
        error.kind == ApiError::Kind::Unauthorised && m_session && !m_session->isDemo();
    m_stateAction = tokenRefused ? StateAction::EnterToken : StateAction::None;
    m_state->showError(ApiError::kindSummary(error.kind), error.serverText(),
                       tokenRefused ? tr("Enter &Token…") : QString());
    m_stack->setCurrentWidget(m_state);
    if (tokenRefused && !std::exchange(m_tokenPrompted, true)) {
        askToken(m_session->current(),
                 tr("The server refused the API token. Enter a valid token for %1.")
                     .arg(m_session->current().url.toDisplayString()));
    }
}

void MainWindow::showDisconnected()
{
    m_stateAction = StateAction::Connect;
    m_state->showEmpty(tr("Not connected"),
                       tr("Connect to a Zadig server with an API token, or try the demo server."),
                       tr("&Connect…"));
    m_stack->setCurrentWidget(m_state);
    updateActions();
}

void MainWindow::showWaiting(const QString &text)
{
    m_stateAction = StateAction::None;
    m_state->showLoading(text);
    m_stack->setCurrentWidget(m_state);
}

void MainWindow::onStateChanged(VersionsPager::State state)
{
    // The projects failed: their error stays in view (Retry asks for them again), even when the
    // page asked for beside them arrives after it.
    if (m_projectsError &&
        (state == VersionsPager::State::Loaded || state == VersionsPager::State::Empty)) {
        showVersionsError(*m_projectsError);
        updateActions();
        return;
    }
    switch (state) {
    case VersionsPager::State::Idle:
        break;
    case VersionsPager::State::Loading:
        // Keep the rows of the previous page while the next one loads: no flicker.
        if (m_model->rowCount() == 0) {
            m_state->showLoading(tr("Loading versions…"));
            m_stack->setCurrentWidget(m_state);
        }
        break;
    case VersionsPager::State::Loaded:
        m_stack->setCurrentWidget(m_table);
        break;
    case VersionsPager::State::Empty:
        m_state->showEmpty(tr("No versions yet"),
                           tr("Versions created for this project will be listed here."));
        m_stack->setCurrentWidget(m_state);
        m_detail->clearVersion();
        reportStartup();
        break;
    case VersionsPager::State::Error:
        showVersionsError(m_pager->lastError().value_or(ApiError()));
        reportStartup();
        break;
    }
    updateActions();
}

void MainWindow::onPageLoaded()
{
    if (m_startupReported)
        detectGeneration();
    if (!m_selectedId.isEmpty() && !selectVersion(m_selectedId)) {
        m_selectedId.clear();
        m_detail->clearVersion();
    }
    updateActions();
    reportStartup();
}

QString MainWindow::selectedVersionId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return QString();
    return rows.first().data(VersionsModel::IdRole).toString();
}

bool MainWindow::selectVersion(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!proxyIndex.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
    m_table->scrollTo(proxyIndex);
    return true;
}

Project MainWindow::currentProject() const
{
    const int index = m_projectCombo->currentIndex();
    return index >= 0 && index < m_projects.size() ? m_projects.at(index) : Project();
}

void MainWindow::showNewVersion(const QString &versionName)
{
    auto found = std::make_shared<QMetaObject::Connection>();
    auto missing = std::make_shared<QMetaObject::Connection>();
    auto done = [found, missing] {
        QObject::disconnect(*found);
        QObject::disconnect(*missing);
    };
    *found = connect(m_pager, &VersionsPager::versionFound, this, [this, done](const QString &id) {
        done();
        m_filter->clear();
        selectVersion(id);
    });
    *missing =
        connect(m_pager, &VersionsPager::versionNotFound, this, [this, done](const QString &name) {
            done();
            statusBar()->showMessage(tr("Version “%1” is not on the first page yet.").arg(name),
                                     10'000);
        });
    m_pager->reloadAndFind(versionName);
}

void MainWindow::onSelectionChanged()
{
    const QString id = selectedVersionId();
    if (id.isEmpty()) {
        updateActions();
        return; // a page reload clears the selection for a moment: keep the detail shown
    }
    const int row = m_model->rowOf(id);
    const VersionInfo *info = m_model->versionAt(row);
    if (!info)
        return;
    if (id != m_selectedId || m_detail->versionId() != id) {
        m_selectedId = id;
        m_detail->showVersion(*info, m_pager->details()->cached(id));
    }
    updateActions();
}

void MainWindow::updateActions()
{
    const QString id = selectedVersionId();
    const bool hasSelection = !id.isEmpty();
    const VersionInfo *info = m_model->versionAt(m_model->rowOf(id));
    m_retryAction->setEnabled(info && info->status == VersionStatus::Failed);
    const bool canCreate = !m_pager->projectKey().isEmpty();
    m_newAction->setEnabled(canCreate);
    m_createFromAction->setEnabled(canCreate && hasSelection && isV2Api(m_client->generation()));
    // Nothing to refresh before a server is known.
    m_refreshAction->setEnabled(m_client->baseUrl().isValid());
    m_deleteAction->setEnabled(hasSelection);
    m_copyAction->setEnabled(hasSelection);
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveLayout()
{
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setSplitterState(m_splitter->saveState());
    settings.setTableHeaderState(m_table->horizontalHeader()->saveState());
}

void MainWindow::restoreLayout()
{
    Settings settings;
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1280, 760);
    restoreState(settings.windowState());
    if (!m_splitter->restoreState(settings.splitterState()))
        m_splitter->setSizes({840, 440});
    m_table->horizontalHeader()->restoreState(settings.tableHeaderState());
}

// --- connections, TLS, preferences, about ----------------------------------------------------

void MainWindow::setSession(ConnectionSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &ConnectionSession::activated, this, [this](const Connection &c) {
            setServerDescription(c.name.isEmpty() ? c.url.host() : c.name);
            restart();
        });
        connect(session, &ConnectionSession::tokenNeeded, this, &MainWindow::askToken);
        connect(session, &ConnectionSession::caFileFailed, this,
                [this](const Connection &c, const QString &error) {
                    MessageBoxes::warning(
                        this, tr("CA Certificate File Not Used"),
                        tr("The CA certificate file of “%1” could not be used; only the "
                           "system's certificates are trusted.")
                            .arg(c.name),
                        error);
                });
    }
    rebuildConnectionMenu();
    updateConnectionBanner();
}

void MainWindow::restart()
{
    qCInfo(lcUi) << "reloading projects and versions from" << m_client->baseUrl().host();
    m_client->abortAll();
    m_pager->poller()->clear();
    m_pager->details()->clear();
    m_pager->setProjectKey(QString());
    m_model->clear();
    m_detail->clearVersion();
    m_selectedId.clear();
    m_projects.clear();
    m_projectCombo->clear();
    m_projectsLoaded = false;
    m_projectsError.reset();
    m_started = false;
    m_tokenPrompted = false;
    updateConnectionBanner();
    updateTitle();
    start(std::exchange(m_projectToOpen, QString()));
    updateActions();
}

void MainWindow::retryLoad()
{
    if (m_projects.isEmpty())
        loadProjects();
    else
        m_pager->refresh();
}

void MainWindow::rebuildConnectionMenu()
{
    m_connectionMenu->clear();
    const Connections connections;
    const QString currentId = m_session ? m_session->current().id : QString();
    auto *group = new QActionGroup(m_connectionMenu);
    group->setExclusive(true);
    const QList<Connection> all = connections.all();
    for (int i = 0; i < all.size(); ++i) {
        const Connection c = all.at(i);
        QAction *action = m_connectionMenu->addAction(c.name);
        action->setObjectName(u"connectTo:"_s + c.id);
        action->setCheckable(true);
        action->setChecked(c.id == currentId);
        action->setToolTip(c.url.toDisplayString());
        action->setStatusTip(c.url.toDisplayString());
        action->setEnabled(m_session != nullptr);
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, id = c.id] {
            if (m_session && (m_session->current().id != id || m_session->isDemo()))
                m_session->activate(id);
        });
    }
    if (all.isEmpty()) {
        QAction *none = m_connectionMenu->addAction(tr("No saved connections"));
        none->setEnabled(false);
    }
    m_connectionMenu->addSeparator();
    QAction *manage = m_connectionMenu->addAction(tr("&Manage Connections…"));
    manage->setObjectName(u"manageConnectionsAction"_s);
    manage->setEnabled(m_session != nullptr);
    connect(manage, &QAction::triggered, this, &MainWindow::manageConnections);
}

void MainWindow::updateConnectionBanner()
{
    if (!m_insecureBanner)
        return;
    const QUrl url = m_client->baseUrl();
    const bool insecure = isInsecureUrl(url);
    if (insecure) {
        m_insecureText->setText(
            tr("This connection to %1 uses http://: the API token and all data travel "
               "unencrypted. Use https:// unless this network is trusted.")
                .arg(url.host()));
    }
    m_insecureBanner->setVisible(insecure);
}

void MainWindow::onCertificateRejected(const QSslCertificate &certificate,
                                       const QList<QSslError> &errors, const QString &host)
{
    if (m_certificatePrompt)
        return; // another call failed on the same certificate: one question is enough
    if (host != m_client->baseUrl().host())
        return; // a call to a server we have left
    const QString fingerprint = ZadigClient::fingerprint(certificate);
    if (m_client->pinnedCertificates().contains(fingerprint)) {
        retryLoad(); // trusted meanwhile
        return;
    }
    const Connection current = m_session ? m_session->current() : Connection();
    auto *dialog = new CertificateDialog(certificate, errors, host,
                                         current.isSaved() ? current.name : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_certificatePrompt = dialog;
    connect(dialog, &QDialog::accepted, this, [this, certificate] {
        if (m_session) {
            m_session->trustCertificate(certificate);
        } else {
            QStringList pins = m_client->pinnedCertificates();
            pins.append(ZadigClient::fingerprint(certificate));
            m_client->setPinnedCertificates(pins);
        }
        statusBar()->showMessage(tr("Certificate trusted; loading again…"), 5000);
        retryLoad();
    });
    dialog->open();
}

void MainWindow::askToken(const Connection &connection, const QString &reason)
{
    if (!m_session)
        return;
    if (m_tokenPrompt) {
        m_tokenPrompt->raise();
        return;
    }
    auto *dialog = new ConnectionDialog(this);
    m_tokenPrompt = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Token for %1").arg(connection.name));
    dialog->setServerUrl(connection.url);
    dialog->setServerEditable(false);
    dialog->setDemoAvailable(false);
    dialog->setMessage(reason);
    dialog->setKeychainAvailable(m_session->keychainAvailable());
    connect(dialog, &QDialog::accepted, this, [this, dialog, connection] {
        if (dialog->outcome() != ConnectionDialog::Connect || !m_session)
            return;
        const QString token = dialog->token();
        if (dialog->rememberToken()) {
            m_session->storeToken(connection.url, token, [this](bool ok, const QString &error) {
                if (!ok) {
                    MessageBoxes::warning(
                        this, tr("Token Not Saved"),
                        tr("The token could not be saved in the system keychain. It is kept in "
                           "memory until Zadig Desk quits, and will be asked for again next "
                           "time."),
                        error);
                }
            });
        } else {
            m_session->keepTokenForSession(connection.url, token);
        }
        m_session->activateWith(connection, token);
    });
    dialog->open();
}

void MainWindow::manageConnections()
{
    if (!m_session)
        return;
    auto *dialog = new ConnectionsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->outcome() == ConnectionsDialog::Connect && !dialog->chosenId().isEmpty())
            m_session->activate(dialog->chosenId());
        else
            m_session->reapply(); // the current connection may have been edited
    });
    dialog->open();
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        const Connection current = m_session ? m_session->current() : Connection();
        m_client->setTimeout(effectiveTimeoutSeconds(current) * 1000);
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace zadig::ui
