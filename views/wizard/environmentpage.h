// EnvironmentPage: test or production, then one environment of that kind from the matching
// environments endpoint. The production flag sent is the kind of the environment chosen, so the
// two can never disagree.
//
// On 4.x/5.x a version can also be made from an existing version (source from_version): the
// page then offers the project's versions instead, and the Services page shows the original's
// services and images.
#pragma once

#include "wizardpagebase.h"

#include "api/types.h"

#include <optional>

class QComboBox;
class QFormLayout;
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

    // FromEnv, or FromVersion when the user chose to start from a version (4.x/5.x only).
    VersionSource source() const;
    // The chosen original version (FromVersion); empty when none is chosen.
    QString originalVersion() const;
    // Starts from `name` (the "Create from this version…" action); no-op on 2.3-3.4.
    void setOriginalVersion(const QString &name);
    QComboBox *versionCombo() const { return m_versions; }

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
    void loadVersions();
    void fillVersions();
    void showSource();

    QRadioButton *m_test;
    QRadioButton *m_production;
    QComboBox *m_combo;
    QLabel *m_info;
    QPushButton *m_reload;
    Kind m_kinds[2];
    bool m_filling = false;

    // From a version (4.x/5.x): the project's newest versions.
    QRadioButton *m_fromEnv = nullptr;
    QRadioButton *m_fromVersion = nullptr;
    QComboBox *m_versions = nullptr;
    QLabel *m_versionsInfo = nullptr;
    QPushButton *m_reloadVersions = nullptr;
    QFormLayout *m_form = nullptr;
    QList<VersionInfo> m_versionList;
    int m_versionsTotal = 0;
    bool m_versionsLoading = false;
    bool m_versionsLoaded = false;
    std::optional<ApiError> m_versionsError;
    QString m_chosenVersion;
};

} // namespace zadig::ui
