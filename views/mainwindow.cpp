#include "mainwindow.h"

#include "api/zadigclient.h"
#include "comparedialog.h"
#include "connections.h"
#include "delegates.h"
#include "deskstyle.h"
#include "detailpane.h"
#include "exportdialog.h"
#include "icons.h"
#include "messageboxes.h"
#include "pagingbar.h"
#include "projectcatalog.h"
#include "settings.h"
#include "statepane.h"
#include "versionrepository.h"
#include "versionsmodel.h"
#include "windowlayout.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

Q_LOGGING_CATEGORY(lcUi, "zadig.ui", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace zadig::ui {

MainWindow::MainWindow(ZadigClient *client, QWidget *parent)
    : MainWindow(client, new VersionsPager(client, new VersionsModel()), new ProjectCatalog(client),
                 parent)
{}

MainWindow::MainWindow(ZadigClient *client, VersionsPager *pager, ProjectCatalog *projects,
                       QWidget *parent)
    : QMainWindow(parent), m_client(client), m_model(pager->model()), m_pager(pager),
      m_catalog(projects), m_proxy(new QSortFilterProxyModel(this))
{
    m_model->setParent(this);
    m_pager->setParent(this);
    m_catalog->setParent(this);
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Zadig Desk"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(VersionsModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(VersionsModel::RawValueRole);
    m_proxy->setSortLocaleAware(true);

    createActions();
    createWidgets();

    Settings settings;
    m_pager->setPageSize(settings.pageSize());
    m_paging->setPageSizes(Settings::pageSizes(), m_pager->pageSize());

    connect(m_pager, &VersionsPager::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_pager, &VersionsPager::pageChanged, this, [this](int page, int count, int total) {
        m_paging->setPosition(page, count, total, m_pager->pageSize());
    });
    connect(m_pager, &VersionsPager::pageLoaded, this, &MainWindow::onPageLoaded);
    connect(m_catalog, &ProjectCatalog::loaded, this, &MainWindow::onProjectsLoaded);
    connect(m_catalog, &ProjectCatalog::failed, this, &MainWindow::onProjectsFailed);
    connect(m_pager, &VersionsPager::versionSettled, this, [this](const VersionInfo &info) {
        const QString text = info.status == VersionStatus::Success
                                 ? tr("Version “%1” succeeded.").arg(info.name)
                                 : tr("Version “%1” failed.").arg(info.name);
        statusBar()->showMessage(text, 15'000);
    });
    // A poll can turn the selected version failed (Retry on) or retrying (Retry off).
    connect(m_model, &VersionsModel::dataChanged, this, &MainWindow::updateActions);
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
    // What was asked for before the window was built: shown as it stands, the rest as it comes.
    m_detail->setProjectKey(m_pager->projectKey());
    m_paging->setPosition(m_pager->page(), m_pager->pageCount(), m_pager->total(),
                          m_pager->pageSize());
    onStateChanged(m_pager->state());
    if (m_catalog->state() != ProjectCatalog::State::Idle) {
        if (m_pager->state() == VersionsPager::State::Idle) {
            m_stack->setCurrentWidget(m_state);
            m_state->showLoading(tr("Loading projects…"));
        }
        detectGeneration(); // shares the detection start-up asked for
    }
    if (m_catalog->state() == ProjectCatalog::State::Loaded)
        onProjectsLoaded();
    else if (m_catalog->state() == ProjectCatalog::State::Failed)
        onProjectsFailed(m_catalog->error().value_or(ApiError()));
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
    connectSearchToFilter();

    m_table = new QTableView(this);
    m_table->setObjectName(u"versionsTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Ctrl+click selects a second version to compare; every other action acts on the current
    // row (selectedVersionId()).
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
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
    m_table->addAction(m_notifyAction);
    m_table->addAction(m_deleteAction);
    auto *exportSeparator = new QAction(this);
    exportSeparator->setSeparator(true);
    m_table->addAction(exportSeparator);
    m_table->addAction(m_exportAction);
    m_table->addAction(m_compareAction);
    m_table->addAction(m_compareWithAction);

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

    m_detail = new DetailPane(m_pager->repository(), this);
    m_detail->setClient(m_client); // for the distribution logs of 4.x/5.x
    connect(m_detail, &DetailPane::findVersionsWithImage, this, &MainWindow::searchImage);
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
    setWarningBannerColors(m_insecureBanner, palette());
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

void MainWindow::setServerDescription(const QString &text)
{
    m_server = text;
    updateTitle();
    updateConnectionBanner();
}

void MainWindow::updateTitle()
{
    const QString project = m_projectCombo->currentText();
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
    if (m_catalog->state() == ProjectCatalog::State::Failed &&
        (state == VersionsPager::State::Loaded || state == VersionsPager::State::Empty)) {
        showVersionsError(m_catalog->error().value_or(ApiError()));
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
        break;
    case VersionsPager::State::Error:
        showVersionsError(m_pager->lastError().value_or(ApiError()));
        break;
    }
    updateActions();
}

void MainWindow::onPageLoaded()
{
    // Shared with a detection under way; learns it again after a contradiction.
    detectGeneration();
    if (!m_selectedId.isEmpty() && !selectVersion(m_selectedId)) {
        m_selectedId.clear();
        m_detail->clearVersion();
    }
    updateActions();
}

QString MainWindow::selectedVersionId() const
{
    const QItemSelectionModel *selection = m_table->selectionModel();
    const QModelIndex current = selection->currentIndex();
    if (current.isValid() && selection->isRowSelected(current.row(), current.parent()))
        return current.siblingAtColumn(0).data(VersionsModel::IdRole).toString();
    const QModelIndexList rows = selection->selectedRows();
    if (rows.isEmpty())
        return QString();
    return rows.first().data(VersionsModel::IdRole).toString();
}

QList<VersionInfo> MainWindow::selectedVersions() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<VersionInfo> versions;
    for (const QModelIndex &index : std::as_const(rows)) {
        const QString id = index.data(VersionsModel::IdRole).toString();
        if (const VersionInfo *info = m_model->versionAt(m_model->rowOf(id)))
            versions << *info;
    }
    return versions;
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
        m_detail->showVersion(*info);
    }
    updateActions();
}

void MainWindow::updateActions()
{
    const QString id = selectedVersionId();
    const bool hasSelection = !id.isEmpty();
    const VersionInfo *info = m_model->versionAt(m_model->rowOf(id));
    m_retryAction->setEnabled(info && info->status == VersionStatus::Failed);
    updateNotifyAction(info);
    const bool canCreate = !m_pager->projectKey().isEmpty();
    m_newAction->setEnabled(canCreate);
    m_createFromAction->setEnabled(canCreate && hasSelection);
    // Nothing to refresh before a server is known.
    m_refreshAction->setEnabled(m_client->baseUrl().isValid());
    m_deleteAction->setEnabled(hasSelection);
    m_copyAction->setEnabled(hasSelection);
    m_exportAction->setEnabled(info != nullptr);
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    m_compareAction->setEnabled(selected == 2);
    m_compareWithAction->setEnabled(selected == 1 && info && m_model->rowCount() > 1);
}

void MainWindow::exportSelected()
{
    const VersionInfo *info = m_model->versionAt(m_model->rowOf(selectedVersionId()));
    if (!info)
        return;
    VersionRepository *repository = m_pager->repository();
    auto *dialog = new ExportDialog(repository, currentProject().name, *info,
                                    repository->detail(info->id), this);
    dialog->open();
}

void MainWindow::compareSelected()
{
    const QList<VersionInfo> versions = selectedVersions();
    if (versions.size() == 2)
        openComparison(versions.at(0), versions.at(1));
}

void MainWindow::compareWithSelected()
{
    const VersionInfo *selected = m_model->versionAt(m_model->rowOf(selectedVersionId()));
    if (!selected)
        return;
    const VersionInfo base = *selected;
    // The page's versions in the table's order (newest first unless sorted otherwise).
    QStringList names;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QString id = m_proxy->index(row, 0).data(VersionsModel::IdRole).toString();
        const VersionInfo *info = m_model->versionAt(m_model->rowOf(id));
        if (info && info->id != base.id)
            names << info->name;
    }
    if (names.isEmpty())
        return;
    auto *picker = new QInputDialog(this);
    picker->setObjectName(u"compareWithPicker"_s);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setWindowTitle(tr("Compare With"));
    picker->setLabelText(tr("Compare “%1” with:").arg(base.name));
    picker->setComboBoxItems(names);
    picker->setComboBoxEditable(false);
    const QString projectKey = m_pager->projectKey();
    connect(picker, &QInputDialog::textValueSelected, this,
            [this, base, projectKey](const QString &name) {
                // Names are unique among a project's versions; the page may have changed
                // meanwhile, so the other one is looked up again.
                if (m_pager->projectKey() != projectKey)
                    return;
                for (const VersionInfo &v : m_model->versions()) {
                    if (v.name == name && v.id != base.id) {
                        openComparison(base, v);
                        return;
                    }
                }
            });
    picker->open();
}

void MainWindow::openComparison(const VersionInfo &a, const VersionInfo &b)
{
    // Older -> newer, so "added" means what the newer version brings.
    const bool aFirst = a.createTime < b.createTime ||
                        (a.createTime == b.createTime && a.name.localeAwareCompare(b.name) <= 0);
    const VersionInfo &older = aFirst ? a : b;
    const VersionInfo &newer = aFirst ? b : a;
    VersionRepository *repository = m_pager->repository();
    auto *dialog =
        new CompareDialog(repository, currentProject().name, older, newer,
                          repository->detail(older.id), repository->detail(newer.id), this);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveLayout()
{
    WindowLayout layout;
    layout.setState(WindowLayout::Part::Geometry, saveGeometry());
    layout.setState(WindowLayout::Part::WindowState, saveState());
    layout.setState(WindowLayout::Part::Splitter, m_splitter->saveState());
    layout.setState(WindowLayout::Part::TableHeader, m_table->horizontalHeader()->saveState());
}

void MainWindow::restoreLayout()
{
    const WindowLayout layout;
    if (!restoreGeometry(layout.state(WindowLayout::Part::Geometry)))
        resize(1280, 760);
    restoreState(layout.state(WindowLayout::Part::WindowState));
    if (!m_splitter->restoreState(layout.state(WindowLayout::Part::Splitter)))
        m_splitter->setSizes({840, 440});
    m_table->horizontalHeader()->restoreState(layout.state(WindowLayout::Part::TableHeader));
}

} // namespace zadig::ui
