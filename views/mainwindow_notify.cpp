// MainWindow's "Tell me when it is done" (issue 16): a version created or retried here, or
// marked "Notify me", that settles while the user is in another window gets a desktop notice
// (notifier.h); clicking it brings the window back with that version selected. A version that
// settles while the window is in front gets only the status-bar line every settle gets.
#include "mainwindow.h"

#include "detailpane.h"
#include "notifier.h"
#include "settings.h"
#include "versionrepository.h"
#include "versionsmodel.h"
#include "versionspager.h"
#include "watchednotices.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QStatusBar>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace zadig::ui {

namespace {

// A notice's key carries what opening it needs, so nothing has to be kept per notice.
QString noticeKey(const QString &projectKey, const VersionInfo &info)
{
    return QStringList{projectKey, info.id, info.name}.join(u'\n');
}

} // namespace

void MainWindow::createNotices()
{
    m_watched = new WatchedNotices(this);
    setNotifier(new TrayNotifier(this));

    m_notifyAction = new QAction(tr("&Notify Me When Done"), this);
    m_notifyAction->setObjectName(u"notifyAction"_s);
    m_notifyAction->setCheckable(true);
    m_notifyAction->setToolTip(
        tr("Show a desktop notification when the selected version succeeds or fails while "
           "Zadig Desk is in the background"));
    connect(m_notifyAction, &QAction::triggered, this, [this](bool on) {
        const VersionInfo *info = m_model->versionAt(m_model->rowOf(selectedVersionId()));
        if (!info)
            return;
        if (!on) {
            m_watched->remove(m_pager->projectKey(), info->name);
            return;
        }
        m_watched->add(m_pager->projectKey(), info->name);
        // Its settling is only seen while it is polled (a no-op when it already is).
        m_pager->repository()->watch(info->id);
    });
    connect(m_watched, &WatchedNotices::changed, this, &MainWindow::updateActions);
    connect(m_pager, &VersionsPager::versionSettled, this, &MainWindow::noticeSettled);
    // Back in the window: a notice still in the tray has nothing more to say.
    connect(qApp, &QGuiApplication::focusWindowChanged, this, [this] {
        if (windowIsActive())
            m_notifier->withdraw();
    });
}

void MainWindow::setNotifier(Notifier *notifier)
{
    if (m_notifier && m_notifier->parent() == this)
        delete m_notifier;
    m_notifier = notifier;
    notifier->setParent(this);
    connect(notifier, &Notifier::activated, this, &MainWindow::openNotice);
}

void MainWindow::updateNotifyAction(const VersionInfo *info)
{
    // Only a version still on its way can settle later.
    const bool underway = info && (info->status == VersionStatus::Creating ||
                                   info->status == VersionStatus::Retrying);
    m_notifyAction->setEnabled(underway);
    m_notifyAction->setChecked(underway && m_watched->contains(m_pager->projectKey(), info->name));
}

bool MainWindow::windowIsActive() const
{
    // A dialog of this window (the create wizard, a viewer) in front counts as the window.
    for (const QWidget *w = QApplication::activeWindow(); w; w = w->parentWidget()) {
        if (w == this)
            return true;
    }
    return false;
}

void MainWindow::noticeSettled(const VersionInfo &info)
{
    const QString projectKey = m_pager->projectKey();
    // Forgotten whatever happens next: one notice per mark.
    if (!m_watched->take(projectKey, info.name) || windowIsActive() || !Settings().notifyWhenDone())
        return;
    const bool ok = info.status == VersionStatus::Success;
    Notice notice;
    notice.key = noticeKey(projectKey, info);
    notice.failed = !ok;
    notice.title = ok ? tr("Version succeeded") : tr("Version failed");
    notice.text = ok ? tr("“%1” in %2 succeeded.").arg(info.name, currentProject().displayName())
                     : tr("“%1” in %2 failed.").arg(info.name, currentProject().displayName());
    m_notifier->notify(notice);
}

void MainWindow::openNotice(const QString &key)
{
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    const QStringList parts = key.split(u'\n');
    if (parts.size() != 3)
        return;
    const QString &projectKey = parts.at(0);
    const QString &id = parts.at(1);
    const QString &name = parts.at(2);
    if (projectKey != m_pager->projectKey()) {
        statusBar()->showMessage(
            tr("“%1” is in project %2, which is no longer open.").arg(name, projectKey), 15'000);
        return;
    }
    if (selectVersion(id))
        return;
    // Filtered out, or on another page: the filter goes, and page 1 is read to find it.
    m_filter->clear();
    if (!selectVersion(id))
        showNewVersion(name);
}

} // namespace zadig::ui
