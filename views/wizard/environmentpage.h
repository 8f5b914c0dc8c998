// EnvironmentPage: test or production, then one environment of that kind from the matching
// environments endpoint. The production flag sent is the kind of the environment chosen, so the
// two can never disagree.
#pragma once

#include "wizardpagebase.h"

#include "api/types.h"

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace zadig::ui {

class EnvironmentPage : public WizardPageBase
{
    Q_OBJECT

public:
    explicit EnvironmentPage(CreateVersionWizard *wizard);

    bool production() const;
    std::optional<Environment> environment() const;

    // Preselects an environment (used by tests and by a retry that knows it); false if the
    // environment is not in the loaded list.
    bool choose(const QString &envKey);

    void initializePage() override;
    QString problem() const override;
    bool validatePage() override { return isComplete(); }

private:
    struct Kind
    {
        QList<Environment> list;
        bool loaded = false;
        bool loading = false;
        std::optional<ApiError> error;
        QString chosenKey;
    };
    Kind &kind() { return m_kinds[production() ? 1 : 0]; }
    const Kind &kind() const { return m_kinds[production() ? 1 : 0]; }
    void load();
    void fill();
    void updateInfo();

    QRadioButton *m_test;
    QRadioButton *m_production;
    QComboBox *m_combo;
    QLabel *m_info;
    QPushButton *m_reload;
    Kind m_kinds[2];
    bool m_filling = false;
};

} // namespace zadig::ui
