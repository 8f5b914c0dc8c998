#include "progresspage.h"

#include "createversionwizard.h"
#include "environmentpage.h"
#include "retryflow.h"
#include "versionrepository.h"
#include "versionsmodel.h"
#include "versionspager.h"
#include "wizardrules.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace zadig::ui {

ProgressPage::ProgressPage(CreateVersionWizard *wizard)
    : WizardPageBase(wizard), m_headline(new QLabel(this)), m_status(new QLabel(this)),
      m_bar(new QProgressBar(this)), m_error(new QLabel(this)), m_note(new QLabel(this)),
      m_retry(new QPushButton(tr("&Retry Version"), this))
{
    setObjectName(u"progressPage"_s);
    setTitle(tr("Progress"));
    setSubTitle(tr("The server copies the images to the target registry. You can close this "
                   "window: the table keeps showing the progress."));
    setFinalPage(true);

    m_headline->setObjectName(u"progressHeadline"_s);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_status->setObjectName(u"progressStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_bar->setObjectName(u"versionProgress"_s);
    m_bar->setRange(0, 0);
    m_error->setObjectName(u"progressError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->hide();
    m_note->setObjectName(u"progressNote"_s);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->hide();
    m_retry->setObjectName(u"retryButton"_s);
    m_retry->setAutoDefault(false);
    m_retry->hide();

    auto *retryRow = new QHBoxLayout;
    retryRow->addWidget(m_retry);
    retryRow->addStretch(1);
    body()->addWidget(m_headline);
    body()->addWidget(m_bar);
    body()->addWidget(m_status);
    body()->addWidget(m_error);
    body()->addWidget(m_note);
    body()->addLayout(retryRow);
    body()->addStretch(1);

    connect(m_retry, &QPushButton::clicked, this, &ProgressPage::retry);

    VersionsPager *pager = wizard->pager();
    if (!pager)
        return;
    connect(pager, &VersionsPager::versionFound, this, &ProgressPage::onFound);
    connect(pager, &VersionsPager::versionNotFound, this, [this](const QString &name) {
        if (name != m_name || !m_id.isEmpty())
            return;
        m_bar->setRange(0, 1);
        m_bar->setValue(0);
        m_status->setText(tr("The new version is not on the first page of the list yet. Refresh "
                             "the table later to see it."));
    });
    VersionRepository *repository = pager->repository();
    connect(repository, &VersionRepository::detailChanged, this, &ProgressPage::onUpdated);
    connect(repository, &VersionRepository::gaveUp, this, [this](const QString &id) {
        if (id != m_id)
            return;
        const QString status =
            m_info ? VersionsModel::statusText(m_info->status, m_info->rawStatus) : QString();
        m_note->setText(
            tr("Stopped watching after %1 minutes: the version is still %2. Refresh "
               "the table later to see how it ends.")
                .arg(owner()->pager()->repository()->pollTiming().giveUpAfterMs / 60'000)
                .arg(status));
        m_note->show();
        m_bar->setRange(0, 1);
    });
    connect(repository, &VersionRepository::readFailed, this,
            [this](const QString &id, const ApiError &error) {
                if (id != m_id)
                    return;
                m_note->setText(error.kind == ApiError::Kind::NotFound
                                    ? tr("The version is gone from the server (deleted?).")
                                    : tr("The progress could not be read (%1); trying again.")
                                          .arg(ApiError::kindSummary(error.kind)));
                m_note->show();
            });
}

void ProgressPage::initializePage()
{
    m_name = owner()->frozenName();
    m_id.clear();
    m_info.reset();
    m_headline->setText(tr("Version “%1” was accepted by the server.").arg(m_name));
    m_status->setText(owner()->pager() ? tr("Looking for the new version…")
                                       : tr("The version is being created."));
    m_bar->setRange(0, 0);
    m_error->hide();
    m_note->setText(owner()->acceptedNote());
    m_note->setVisible(!m_note->text().isEmpty());
    m_retry->hide();
}

std::optional<VersionStatus> ProgressPage::status() const
{
    if (!m_info)
        return std::nullopt;
    return m_info->status;
}

QString ProgressPage::statusText() const
{
    return m_status->text();
}

QString ProgressPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ProgressPage::onFound(const QString &id)
{
    if (m_name.isEmpty() || !m_id.isEmpty())
        return;
    const VersionsModel *model = owner()->pager()->model();
    const VersionInfo *info = model->versionAt(model->rowOf(id));
    if (!info || info->name != m_name)
        return;
    m_id = id;
    showInfo(*info, nullptr);
}

void ProgressPage::onUpdated(const VersionDetail &detail)
{
    if (m_name.isEmpty())
        return;
    if (m_id.isEmpty() ? detail.info.name != m_name : detail.info.id != m_id)
        return;
    m_id = detail.info.id;
    showInfo(detail.info, &detail);
}

void ProgressPage::showInfo(const VersionInfo &info, const VersionDetail *detail)
{
    m_info = info;
    m_note->setText(owner()->acceptedNote());
    m_note->setVisible(!m_note->text().isEmpty());
    const std::optional<Progress> &p = info.progress;
    const int total = p ? p->totalCount : 0;
    const int done = p ? p->successCount : 0;
    switch (info.status) {
    case VersionStatus::Creating:
    case VersionStatus::Retrying: {
        const bool retrying = info.status == VersionStatus::Retrying;
        if (retrying && owner()->generation() == ServerGeneration::Zadig4Early) {
            // A later read (a reload of the table) must not bring back a spinner there.
            showRetryNeverEnds();
            m_error->hide();
            m_retry->hide();
            break;
        }
        if (total > 0) {
            m_bar->setRange(0, total);
            m_bar->setValue(done);
            m_status->setText(retrying
                                  ? tr("Retrying: %1 of %2 images copied…").arg(done).arg(total)
                                  : tr("Creating: %1 of %2 images copied…").arg(done).arg(total));
        } else {
            m_bar->setRange(0, 0);
            m_status->setText(retrying ? tr("Retrying: waiting for the distribution job…")
                                       : tr("Creating: waiting for the distribution job…"));
        }
        m_error->hide();
        m_retry->hide();
        break;
    }
    case VersionStatus::Success:
        m_bar->setRange(0, qMax(1, total));
        m_bar->setValue(qMax(1, total));
        m_headline->setText(tr("Version “%1” is ready.").arg(info.name));
        m_status->setText(
            total > 0 ? tr("Done: version “%1” was created; %n image(s) copied.", nullptr, total)
                            .arg(info.name)
                      : tr("Done: version “%1” was created.").arg(info.name));
        m_error->hide();
        m_retry->hide();
        break;
    case VersionStatus::Failed: {
        m_bar->setRange(0, qMax(1, total));
        m_bar->setValue(done);
        m_headline->setText(tr("Version “%1” failed.").arg(info.name));
        m_status->setText(
            tr("Failed: version “%1” was not completed (%2 of %n image(s) copied).", nullptr, total)
                .arg(info.name)
                .arg(done));
        const QString error = p ? p->error : QString();
        m_error->setText(error.isEmpty() ? tr("The server gave no reason.")
                                         : tr("The server said: %1").arg(error));
        m_error->show();
        m_retry->setVisible(!m_retrying);
        if (detail && !isRetryable(*detail)) {
            m_note->setText(tr("The server cannot retry this version: it was saved as failed "
                               "before its distribution job existed. Retry explains and offers "
                               "to delete it, so that it can be created again."));
            m_note->show();
        }
        break;
    }
    case VersionStatus::Unknown:
        m_status->setText(tr("Status: %1").arg(info.rawStatus));
        break;
    }
}

void ProgressPage::showRetryNeverEnds()
{
    // Before 4.3 the server starts nothing that would ever end the retry's status.
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_status->setText(tr("Zadig 4.0 to 4.2 never reports the end of a retry: the version "
                         "stays “Retrying”. Check its images in Zadig."));
}

void ProgressPage::retry()
{
    if (m_id.isEmpty() || m_retrying)
        return;
    CreateVersionWizard *w = owner();
    VersionsPager *pager = w->pager();
    if (!pager)
        return; // only a wizard opened from the window watches, and retries, a version
    auto *flow = new RetryFlow(w->client(), pager->repository(), w->project().key, w);
    if (const std::optional<Environment> env = w->environmentPage()->environment())
        flow->setEnvironment(env->key, w->environmentPage()->production());
    m_retrying = true;
    m_retry->setEnabled(false);
    m_status->setText(tr("Asking the server to retry “%1”…").arg(m_name));
    connect(flow, &RetryFlow::retried, this, [this, pager](const QString &id) {
        m_headline->setText(tr("Version “%1” is being retried.").arg(m_name));
        m_status->setText(tr("Retrying: waiting for the distribution job…"));
        m_bar->setRange(0, 0);
        m_error->hide();
        m_retry->hide();
        if (owner()->generation() == ServerGeneration::Zadig4Early) {
            showRetryNeverEnds();
            return;
        }
        pager->repository()->watchRetried(id);
        Q_EMIT owner()->versionRetried(m_name);
    });
    connect(flow, &RetryFlow::deleted, this, [this, pager](const QString &id, const QString &name) {
        pager->forgetVersion(id);
        owner()->startOver(tr("Version “%1” was deleted. Everything you entered is kept: check "
                              "it (a registry is needed when images are distributed) and create "
                              "the version again.")
                               .arg(name));
    });
    connect(flow, &RetryFlow::abandoned, this, [this](const QString &message) {
        m_status->setText(message);
        m_retry->show();
    });
    connect(flow, &RetryFlow::finished, this, [this] {
        m_retrying = false;
        m_retry->setEnabled(true);
    });
    flow->start(m_id, m_name);
}

} // namespace zadig::ui
