// ProgressPage: the wizard's last page. The server does not say the new version's id, so the
// main window lists page 1 and finds it by name; from then on the version repository (shared
// with the table: one poll per interval) brings its detail until it succeeds or fails, and this
// page shows it. A failed version can be retried from here.
#pragma once

#include "wizardpagebase.h"

#include "api/types.h"

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace zadig::ui {

class ProgressPage : public WizardPageBase
{
    Q_OBJECT

public:
    explicit ProgressPage(CreateVersionWizard *wizard);

    QString versionId() const { return m_id; }
    std::optional<VersionStatus> status() const;
    QString statusText() const;
    QString errorText() const;
    QPushButton *retryButton() const { return m_retry; }
    void retry();

    void initializePage() override;
    bool isComplete() const override { return true; }

private:
    void onFound(const QString &id);
    void onUpdated(const VersionDetail &detail);
    void showInfo(const VersionInfo &info, const VersionDetail *detail);
    // Zadig 4.0-4.2 after a retry: said, with a stopped bar instead of a spinner.
    void showRetryNeverEnds();

    QLabel *m_headline;
    QLabel *m_status;
    QProgressBar *m_bar;
    QLabel *m_error;
    QLabel *m_note;
    QPushButton *m_retry;
    QString m_name;
    QString m_id;
    std::optional<VersionInfo> m_info;
    bool m_retrying = false;
};

} // namespace zadig::ui
