// MainWindow's actions, menus and tool bar. They need no font, so zadig-desk builds them while
// its fonts are still being initialised on the other core.
#include "mainwindow.h"

#include "icons.h"
#include "settings.h"
#include "versionrepository.h"
#include "versionsmodel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace zadig::ui {

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
            m_pager->repository()->invalidate(m_selectedId);
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
    connect(m_createFromAction, &QAction::triggered, this, &MainWindow::createFromSelected);

    m_retryAction =
        new QAction(themedIcon(u"view-refresh"_s, Glyph::Refresh), tr("Re&try Version…"), this);
    m_retryAction->setObjectName(u"retryAction"_s);
    m_retryAction->setIconText(tr("Retry"));
    m_retryAction->setToolTip(tr("Retry the selected failed version"));
    connect(m_retryAction, &QAction::triggered, this, &MainWindow::retrySelected);

    m_exportAction =
        new QAction(themedIcon(u"document-export"_s, Glyph::Export), tr("&Export Manifest…"), this);
    m_exportAction->setObjectName(u"exportAction"_s);
    m_exportAction->setIconText(tr("Export"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(
        tr("Export the selected version's manifest as Markdown, CSV or JSON (Ctrl+E)"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportSelected);

    m_compareAction = new QAction(themedIcon(u"view-split-left-right"_s, Glyph::Compare),
                                  tr("Com&pare Versions…"), this);
    m_compareAction->setObjectName(u"compareAction"_s);
    m_compareAction->setIconText(tr("Compare"));
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_compareAction->setToolTip(
        tr("Compare the two selected versions; Ctrl+click selects a second one (Ctrl+Shift+D)"));
    connect(m_compareAction, &QAction::triggered, this, &MainWindow::compareSelected);

    m_compareWithAction = new QAction(tr("Compare &With…"), this);
    m_compareWithAction->setObjectName(u"compareWithAction"_s);
    m_compareWithAction->setToolTip(tr("Compare the selected version with another one"));
    connect(m_compareWithAction, &QAction::triggered, this, &MainWindow::compareWithSelected);

    createNotices(); // "Notify Me When Done" and what it needs (mainwindow_notify.cpp)
    createSearch();  // "Search All Versions" (mainwindow_search.cpp)

    auto *findAction = new QAction(tr("&Filter"), this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    m_copyAction = new QAction(QIcon::fromTheme(u"edit-copy"_s), tr("&Copy Version Name"), this);
    m_copyAction->setObjectName(u"copyAction"_s);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyAction, &QAction::triggered, this, [this] {
        const int row = m_model->rowOf(m_selectedId);
        if (const VersionInfo *v = m_model->versionAt(row))
            QApplication::clipboard()->setText(v->name);
    });
    m_copyIdAction = new QAction(tr("Copy Version &ID"), this);
    m_copyIdAction->setObjectName(u"copyIdAction"_s);
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
    // Rebuilt when the saved connections change (setSession()), not when it opens: its
    // shortcuts work before it was ever opened.
    rebuildConnectionMenu();
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    view->addAction(findAction);
    view->addAction(m_searchAllAction);
    view->addAction(m_searchImageAction);
    QMenu *version = menuBar()->addMenu(tr("V&ersion"));
    version->addAction(m_newAction);
    version->addAction(m_createFromAction);
    version->addAction(m_retryAction);
    version->addAction(m_notifyAction);
    version->addSeparator();
    version->addAction(m_exportAction);
    version->addAction(m_compareAction);
    version->addAction(m_compareWithAction);
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
    bar->addSeparator();
    bar->addAction(m_exportAction);
    bar->addAction(m_compareAction);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
}

} // namespace zadig::ui
