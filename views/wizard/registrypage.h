// RegistryPage: the target image registry, from the registries endpoint, with a preview of every
// image the version will hold (address/namespace/image_name:tag). A registry is required
// whenever an image is distributed (a K8s version created without one fails for good) and
// always for Helm.
#pragma once

#include "wizardpagebase.h"

#include "api/types.h"

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace zadig::ui {

class RegistryPage : public WizardPageBase
{
    Q_OBJECT

public:
    explicit RegistryPage(CreateVersionWizard *wizard);

    std::optional<Registry> registry() const;
    bool choose(const QString &registryId); // false when not listed
    // The preview's target image per "service/container" (tests compare it with the request).
    QStringList previewLines() const;

    void initializePage() override;
    QString problem() const override;
    bool validatePage() override { return isComplete(); }

private:
    void load();
    void fill();
    void updatePreview();

    QComboBox *m_combo;
    QLabel *m_info;
    QPushButton *m_reload;
    QTreeWidget *m_preview;
    QList<Registry> m_registries;
    QString m_chosenId;
    bool m_loading = false;
    bool m_loaded = false;
    std::optional<ApiError> m_error;
    bool m_filling = false;
};

} // namespace zadig::ui
