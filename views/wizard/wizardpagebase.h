// WizardPageBase: what every create-wizard page shares. A body for the page's own widgets, a
// visible reason line under it saying why Next is not available yet (never a silent grey
// button), and a banner for what the server said when a create call failed because of this
// page's values. Going Back keeps every value (cleanupPage does not reset anything).
#pragma once

#include "api/apierror.h"

#include <QWizardPage>

class QFrame;
class QLabel;
class QVBoxLayout;

namespace zadig::ui {

class CreateVersionWizard;

class WizardPageBase : public QWizardPage
{
    Q_OBJECT

public:
    explicit WizardPageBase(CreateVersionWizard *wizard);

    // Why the page cannot be left yet; empty when it can.
    virtual QString problem() const { return QString(); }
    bool isComplete() const override { return problem().isEmpty(); }
    // Back keeps every value: nothing is reset when a page is left backwards.
    void cleanupPage() override {}

    QString reason() const;
    // The server's own words (kept verbatim) under a lead of our own.
    void showServerError(const QString &lead, const ApiError &error);
    // The same banner for a note of our own.
    void showBanner(const QString &lead, const QString &text);
    void clearServerError();
    QString serverErrorText() const;
    bool hasServerError() const;

protected:
    QVBoxLayout *body() const { return m_body; }
    CreateVersionWizard *owner() const { return m_wizard; }
    // Recomputes the reason line and tells the wizard whether Next is available.
    void refresh();

private:
    CreateVersionWizard *m_wizard;
    QVBoxLayout *m_body;
    QFrame *m_banner;
    QLabel *m_bannerLead;
    QLabel *m_bannerText;
    QWidget *m_reasonRow;
    QLabel *m_reason;
};

} // namespace zadig::ui
