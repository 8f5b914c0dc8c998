// ReviewPage: a readable summary of the version and the exact JSON body that will be sent
// (copyable). Its commit button sends the create call; while the server works (the Helm call
// packages and pushes charts first, which can take long) it shows that work is going on.
#pragma once

#include "wizardpagebase.h"

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace zadig::ui {

class ReviewPage : public WizardPageBase
{
    Q_OBJECT

public:
    explicit ReviewPage(CreateVersionWizard *wizard);

    QString jsonText() const;
    QString summaryText() const;
    bool isBusy() const;
    QString busyText() const;
    // Shown under the busy bar when someone tries to close the wizard while the server works.
    void showWaitNote();

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void setBusy(bool busy);

    QTextBrowser *m_summary;
    QPlainTextEdit *m_json;
    QPushButton *m_copy;
    QWidget *m_busyRow;
    QProgressBar *m_busy;
    QLabel *m_busyText;
    QLabel *m_waitNote;
};

} // namespace zadig::ui
