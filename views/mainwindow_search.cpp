// MainWindow's searches across the whole project (issue 16). "Search All Versions": the filter box
// filters the page on screen; this looks for its text in every page of the project
// (ProjectSearch). "Versions Shipping an Image": every version whose detail ships an image
// (ImageSearch). Both show a progress bar and Cancel in the status bar, and what they found in the
// table with paging off. Unchecking the action, clearing the filter or moving to a page, project
// or page size shows pages again.
#include "mainwindow.h"

#include "icons.h"
#include "imagesearch.h"
#include "pagingbar.h"
#include "projectsearch.h"
#include "versionspager.h"

#include <QAction>
#include <QInputDialog>
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

    m_imageSearch = new ImageSearch(m_client, m_pager->repository(), this);
    m_searchImageAction = new QAction(tr("Versions Shipping an &Image…"), this);
    m_searchImageAction->setObjectName(u"searchImageAction"_s);
    m_searchImageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_searchImageAction->setToolTip(
        tr("Find every version of the project that ships an image, by name, tag or reference "
           "(Ctrl+Shift+I)"));
    connect(m_searchImageAction, &QAction::triggered, this, &MainWindow::askImageToSearch);

    auto *progress = new QProgressBar(this);
    m_searchProgress = progress;
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
        showFoundVersions(
            found,
            tr("Versions in the whole project matching “%1”: %2").arg(text).arg(found.size()));
    });
    connect(m_search, &ProjectSearch::failed, this, [this](const ApiError &error) {
        showSearchBusy(false);
        m_searchAllAction->setChecked(false);
        statusBar()->showMessage(tr("Could not search all versions: %1").arg(error.message()),
                                 15'000);
    });

    connect(m_imageSearch, &ImageSearch::progressed, this,
            [this, progress](ImageSearch::Phase phase, int done, int total, int found) {
                progress->setRange(0, total);
                progress->setValue(done);
                m_searchStatus->setText(
                    phase == ImageSearch::Phase::Listing
                        ? tr("Listing the versions…")
                        : tr("Looking at each version's images: %n found", nullptr, found));
            });
    connect(m_imageSearch, &ImageSearch::finished, this, [this] {
        showSearchBusy(false);
        if (m_imageSearch->projectKey() != m_pager->projectKey())
            return; // another project is open now
        const QString image = m_imageSearch->image();
        QString cost = tr("%n read from the server", nullptr, m_imageSearch->detailReads());
        if (m_imageSearch->cacheHits() > 0)
            cost += tr(", %n from the cache", nullptr, m_imageSearch->cacheHits());
        if (m_imageSearch->skipped() > 0)
            cost += tr(", %n could not be read", nullptr, m_imageSearch->skipped());
        QList<VersionInfo> found;
        for (const ImageSearch::Match &match : m_imageSearch->matches())
            found.append(match.version);
        if (found.isEmpty()) {
            statusBar()->showMessage(tr("No version in project %1 ships “%2” (%3).")
                                         .arg(m_pager->projectKey(), image, cost),
                                     30'000);
            return;
        }
        showFoundVersions(
            found, tr("Versions shipping “%1”: %2 (%3)").arg(image).arg(found.size()).arg(cost));
    });
    connect(m_imageSearch, &ImageSearch::failed, this, [this](const ApiError &error) {
        showSearchBusy(false);
        statusBar()->showMessage(
            tr("Could not search the versions' images: %1").arg(error.message()), 15'000);
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
    m_imageSearch->cancel();
    m_search->start(m_pager->projectKey(), text);
    m_searchStatus->setText(tr("Searching all versions…"));
    showSearchBusy(true);
}

void MainWindow::askImageToSearch()
{
    if (m_pager->projectKey().isEmpty())
        return;
    // open(), not exec(): no nested event loop while the table and the polls go on.
    auto *ask = new QInputDialog(this);
    ask->setObjectName(u"searchImageDialog"_s);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Versions Shipping an Image"));
    ask->setLabelText(tr("Image name, tag or reference in project %1\n"
                         "(for example “cart”, “v1.2.0”, “cart:v1.2.0” or "
                         "“harbor.example.com/mall/cart:v1.2.0”):")
                          .arg(m_pager->projectKey()));
    ask->setTextValue(m_lastImageSearched);
    ask->setOkButtonText(tr("Search"));
    connect(ask, &QInputDialog::textValueSelected, this, &MainWindow::searchImage);
    ask->open();
}

void MainWindow::searchImage(const QString &image)
{
    const QString wanted = image.trimmed();
    if (wanted.isEmpty() || m_pager->projectKey().isEmpty())
        return;
    // The filter box filters what the table shows: left as it is, it would hide what is found.
    if (m_filter && !m_filter->text().isEmpty())
        m_filter->clear();
    cancelSearches();
    m_lastImageSearched = wanted;
    m_imageSearch->start(wanted);
    m_searchStatus->setText(tr("Listing the versions…"));
    m_searchProgress->setRange(0, 0);
    showSearchBusy(true);
}

void MainWindow::showFoundVersions(const QList<VersionInfo> &found, const QString &message)
{
    m_pager->showFound(found);
    const int count = int(found.size());
    if (m_paging)
        m_paging->setPosition(1, 1, count, count); // "1–N of N": one page, all of them
    statusBar()->showMessage(message, 30'000);
}

void MainWindow::cancelSearches()
{
    m_search->cancel();
    m_imageSearch->cancel();
    showSearchBusy(false);
    m_searchAllAction->setChecked(false);
}

void MainWindow::endSearch()
{
    cancelSearches();
    m_pager->leaveFound();
}

void MainWindow::showSearchBusy(bool busy)
{
    for (QWidget *w : std::as_const(m_searchBusy))
        w->setVisible(busy);
}

} // namespace zadig::ui
