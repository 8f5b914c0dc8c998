// MainWindow's "Search All Versions" (issue 16): the filter box filters the page on screen; this
// looks for its text in every page of the project (ProjectSearch), with a progress bar and Cancel
// in the status bar, and shows what it found in the table with paging off. Unchecking the action,
// clearing the filter or moving to a page, project or page size shows pages again.
#include "mainwindow.h"

#include "icons.h"
#include "pagingbar.h"
#include "projectsearch.h"
#include "versionspager.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace zadig::ui {

void MainWindow::createSearch()
{
    m_search = new ProjectSearch(m_client, this);

    m_searchAllAction =
        new QAction(themedIcon(u"edit-find"_s, Glyph::Search), tr("&Search All Versions"), this);
    m_searchAllAction->setObjectName(u"searchAllAction"_s);
    m_searchAllAction->setCheckable(true);
    m_searchAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_searchAllAction->setToolTip(tr("Look for the filter's text in every version of the "
                                     "project, not only the page shown (Ctrl+Shift+F)"));
    connect(m_searchAllAction, &QAction::triggered, this, [this](bool on) {
        if (on)
            searchAll();
        else
            endSearch();
    });

    auto *progress = new QProgressBar(this);
    progress->setObjectName(u"searchProgress"_s);
    progress->setMaximumWidth(160);
    progress->setTextVisible(false);
    m_searchStatus = new QLabel(this);
    m_searchStatus->setObjectName(u"searchStatus"_s);
    auto *cancel = new QToolButton(this);
    cancel->setObjectName(u"searchCancel"_s);
    cancel->setText(tr("Cancel"));
    cancel->setToolTip(tr("Stop searching all versions"));
    m_searchBusy = {m_searchStatus, progress, cancel};
    for (QWidget *w : std::as_const(m_searchBusy)) {
        statusBar()->addPermanentWidget(w);
        w->hide();
    }
    connect(cancel, &QToolButton::clicked, this, &MainWindow::endSearch);

    connect(m_search, &ProjectSearch::progressed, this,
            [this, progress](int pagesRead, int pageCount, int found) {
                progress->setRange(0, pageCount);
                progress->setValue(pagesRead);
                m_searchStatus->setText(tr("Searching all versions: %n found", nullptr, found));
            });
    connect(m_search, &ProjectSearch::finished, this, [this] {
        showSearchBusy(false);
        if (m_search->projectKey() != m_pager->projectKey())
            return; // another project is open now
        const QList<VersionInfo> found = m_search->matches();
        const QString text = m_search->text();
        if (found.isEmpty()) {
            m_searchAllAction->setChecked(false);
            statusBar()->showMessage(
                tr("No version in project %1 matches “%2”.").arg(m_pager->projectKey(), text),
                15'000);
            return;
        }
        m_pager->showFound(found);
        const int count = int(found.size());
        if (m_paging)
            m_paging->setPosition(1, 1, count, count); // "1–N of N": one page, all of them
        statusBar()->showMessage(
            tr("Versions in the whole project matching “%1”: %2").arg(text).arg(count), 15'000);
    });
    connect(m_search, &ProjectSearch::failed, this, [this](const ApiError &error) {
        showSearchBusy(false);
        m_searchAllAction->setChecked(false);
        statusBar()->showMessage(tr("Could not search all versions: %1").arg(error.message()),
                                 15'000);
    });
    // Whatever leaves the found versions (a page, a project, a refresh) ends the search too.
    connect(m_pager, &VersionsPager::showingFoundChanged, this, [this](bool showing) {
        if (m_paging)
            m_paging->setEnabled(!showing);
        if (!showing && !m_search->isRunning())
            m_searchAllAction->setChecked(false);
    });
}

void MainWindow::connectSearchToFilter()
{
    m_filter->addAction(m_searchAllAction, QLineEdit::TrailingPosition);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty() && (m_search->isRunning() || m_pager->isShowingFound()))
            endSearch();
    });
}

void MainWindow::searchAll()
{
    const QString text = m_filter ? m_filter->text().trimmed() : QString();
    if (text.isEmpty() || m_pager->projectKey().isEmpty()) {
        m_searchAllAction->setChecked(false);
        if (m_filter) {
            m_filter->setFocus(Qt::ShortcutFocusReason);
            statusBar()->showMessage(
                tr("Type what to look for in the filter box, then search all versions."), 10'000);
        }
        return;
    }
    m_searchAllAction->setChecked(true);
    m_search->start(m_pager->projectKey(), text);
    m_searchStatus->setText(tr("Searching all versions…"));
    showSearchBusy(true);
}

void MainWindow::endSearch()
{
    m_search->cancel();
    showSearchBusy(false);
    m_searchAllAction->setChecked(false);
    m_pager->leaveFound();
}

void MainWindow::showSearchBusy(bool busy)
{
    for (QWidget *w : std::as_const(m_searchBusy))
        w->setVisible(busy);
}

} // namespace zadig::ui
