// ServicesPage: the services of the chosen environment and their containers as a checkable
// tree. For each chosen container the image name is the repository name of its current image
// (the server requires exactly that), the new tag starts as the current tag ("Set all tags"
// changes them together), and "Distribute" says whether the image is copied to the target
// registry (off sends disable_image_dist). Choices survive a change of environment where the
// same service and container exist. On 4.x/5.x the tree can show an existing version's images
// instead (from_version): their source images are distributed again.
#pragma once

#include "wizardpagebase.h"

#include "api/types.h"

#include <QHash>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace zadig::ui {

// One chosen container, ready to become an ImageData.
struct ContainerChoice
{
    QString service;
    QString container;
    QString image;     // current full reference
    QString imageName; // repository name of the current image
    QString currentTag;
    QString tag; // the new tag
    bool distribute = true;
};

class ServicesPage : public WizardPageBase
{
    Q_OBJECT

public:
    enum Column { NameColumn, ImageColumn, ImageNameColumn, TagColumn, DistributeColumn };

    explicit ServicesPage(CreateVersionWizard *wizard);

    QList<ContainerChoice> chosen() const; // in tree order
    QStringList chosenServices() const;    // services with at least one chosen container
    bool anyDistributed() const;
    bool isLoaded() const { return m_loaded; }
    QString prefillNote() const;

    QTreeWidget *tree() const { return m_tree; }
    // Test and keyboard helpers: choose a container (or, with an empty container, a whole
    // service); false when there is no such row.
    bool setChosen(const QString &service, const QString &container, bool chosen = true);
    QLineEdit *tagEdit(const QString &service, const QString &container) const;
    QCheckBox *distributeCheck(const QString &service, const QString &container) const;
    void setAllTags(const QString &tag); // every chosen container

    void initializePage() override;
    QString problem() const override;
    bool validatePage() override { return isComplete(); }

private:
    struct Row
    {
        ContainerChoice base; // tag/distribute here are the current editor values' defaults
        QTreeWidgetItem *item = nullptr;
        QLineEdit *tagEdit = nullptr;
        QCheckBox *distribute = nullptr;
        bool tagEdited = false;
    };
    struct Saved
    {
        bool chosen = false;
        bool distribute = true;
        QString tag;
        bool tagEdited = false;
    };
    static QString keyOf(const QString &service, const QString &container)
    {
        return service + u'/' + container;
    }
    void load();
    void rebuild(const EnvironmentDetail &detail);
    void remember();
    void syncRow(const Row &row);
    const Row *rowOf(const QString &service, const QString &container) const;

    QTreeWidget *m_tree;
    QLineEdit *m_allTags;
    QPushButton *m_setAll;
    QPushButton *m_reload;
    QLabel *m_prefillNote = nullptr; // containers of the version started from that are missing
    QList<Row> m_rows;
    QHash<QString, Saved> m_saved;
    QString m_envKey; // the environment (or original version) the tree shows or is loading
    bool m_fromVersion = false;
    bool m_envProduction = false;
    bool m_loading = false;
    bool m_loaded = false;
    std::optional<ApiError> m_error;
    bool m_building = false;
    int m_rowHeight = 0;
    quint64 m_generation = 0;
};

} // namespace zadig::ui
