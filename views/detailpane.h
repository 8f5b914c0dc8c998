// DetailPane: one version in full: its facts, its progress, and its deliverables (a table of
// deploy infos for K8s YAML, a chart -> image tree for Helm Chart; on 4.x/5.x a service ->
// image tree with each image's source, target and job status), with copy actions and, on
// 4.x/5.x, a viewer for each service's K8s YAML or Helm values.
#pragma once

#include "api/apierror.h"
#include "api/types.h"

#include <QWidget>

#include <utility>

class QFormLayout;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QStyledItemDelegate;
class QTreeView;
class QToolButton;

namespace zadig {
class DeliverablesModel;
class VersionRepository;
class ZadigClient;
} // namespace zadig

namespace zadig::ui {

class DetailPane : public QWidget
{
    Q_OBJECT

public:
    // Details come from `repository`, which also tells the pane of every newer one.
    explicit DetailPane(VersionRepository *repository, QWidget *parent = nullptr);

    void setProjectKey(const QString &projectKey);
    // Shows what is known at once (the list's facts, or the detail the repository holds) and
    // reads the detail again: only a detail read reconciles the version's status.
    void showVersion(const VersionInfo &info);
    // Shown if it is the version on display.
    void updateDetail(const VersionDetail &detail);
    void clearVersion();

    QString versionId() const { return m_id; }
    DeliverablesModel *deliverables() const { return m_model; }
    // The deliverables tree; nullptr until the first version is shown.
    QTreeView *tree() const { return m_tree; }

    void copySelection() const;
    void copyAllImages() const;
    // Opens a YamlViewer (objectName "yamlViewer") on the service of a Services-mode row; does
    // nothing for other rows. It is not waited for.
    void viewServiceYaml(const QModelIndex &index);

    // Distribution logs (detailpane_log.cpp) are read through `client`; without one none is
    // offered.
    void setClient(ZadigClient *client) { m_client = client; }
    // Whether the server offers the distribution log of this row: a failed image of a 4.x/5.x
    // version. Elsewhere "Show Log…" is absent.
    bool offersLog(const QModelIndex &index) const;
    // Opens a viewer (objectName "logViewer") that reads the row's log; nothing when not offered.
    void showImageLog(const QModelIndex &index);

Q_SIGNALS:
    // "Find Versions Shipping This Image" in an image's context menu.
    void findVersionsWithImage(const QString &reference);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Colours the status and the error for a new palette (light or dark).
    void changeEvent(QEvent *event) override;

private:
    void applyStatusColors();
    void ensurePage();
    void showReadFailure(const QString &id, const ApiError &error);
    void showInfo(const VersionInfo &info, bool fromDetail);
    void showContextMenu(const QPoint &pos);
    void applyModelLayout();
    void openYamlViewer(const QString &serviceName, const QString &yaml);
    // An image row's service and container (its module), for the log route.
    static std::pair<QString, QString> logSubject(const QModelIndex &index);
    void openLog(const QString &service, const QString &module);

    VersionRepository *m_repository;
    ZadigClient *m_client = nullptr;
    static QString sourceText(const VersionInfo &info);
    QString m_id;
    QString m_name;
    QString m_detailShownFor; // the version whose detail the pane has shown (labels, progress)
    DeliverablesModel *m_model;

    QStackedWidget *m_stack;
    QLabel *m_hint; // shown while no version is selected
    // The page showing a version (ensurePage()): nullptr until the first version is shown.
    QLabel *m_title = nullptr;
    QLabel *m_type = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_labels = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_createdBy = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_source = nullptr; // 4.x/5.x: manual, from an environment, from a version
    QLabel *m_created = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QLabel *m_error = nullptr;
    VersionStatus m_shownStatus = VersionStatus::Unknown; // the colour of m_status
    QLabel *m_deliverablesTitle = nullptr;
    QLabel *m_deliverablesNote = nullptr;
    QToolButton *m_copyAll = nullptr;
    QTreeView *m_tree = nullptr;
    QStyledItemDelegate *m_statusDelegate = nullptr; // Services mode's status column
};

} // namespace zadig::ui
