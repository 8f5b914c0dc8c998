// DeliverablesModel: what a version delivers, as a tree.
//
// K8s YAML versions: one top-level row per deploy info (service, module, image, registry).
// Helm Chart versions: one top-level row per chart, with its image sub_distributes as children.
// 4.x/5.x (v2) versions of either type: one top-level row per service, with its images as
// children, each with its source and target reference, whether it is pushed, and the state of
// its distribute job. The items are a small hierarchy owned by the model; indexes point at them.
#pragma once

#include "api/types.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace zadig {

class DeliverablesModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Mode { Empty, K8s, Helm, Services };

    enum K8sColumn {
        K8sServiceColumn,
        K8sModuleColumn,
        K8sImageColumn,
        K8sImageNameColumn,
        K8sRegistryColumn,
        K8sTimeColumn,
        K8sColumnCount
    };
    enum HelmColumn {
        HelmNameColumn,    // chart name, or image name for an image
        HelmVersionColumn, // chart version
        HelmRepoColumn,    // chart repo, or image namespace for an image
        HelmImageColumn,   // full image reference (images)
        HelmModuleColumn,  // service module (images)
        HelmServiceColumn,
        HelmTimeColumn,
        HelmColumnCount
    };
    // Services mode (v2 details). The chart columns only mean something for Helm versions
    // (hasChartColumns()); K8s services leave them empty.
    enum ServiceColumn {
        ServiceNameColumn, // service name, or the image's container (service module)
        // Next to the name, where a narrow detail pane still shows it.
        ServiceStatusColumn,       // chart status (Helm services) or the image's job status
        ServiceChartColumn,        // chart name (Helm services)
        ServiceChartVersionColumn, // chart version (Helm services)
        ServiceSourceImageColumn,  // images
        ServiceTargetImageColumn,  // images
        ServicePushedColumn,       // images: "Yes" / "No"
        ServiceErrorColumn,        // the image's error, only while its status is a failure
        ServiceColumnCount
    };

    enum Role {
        KindRole = Qt::UserRole + 1, // "deploy", "chart", "image" (or the raw distribute_type);
                                     // Services mode: "service", "image"
        ImageRole,                   // the full image reference, empty for charts and services;
                                     // Services mode: the target if pushed, else the source
        RawValueRole,                // sortable raw value (time in seconds; Services mode: the
                                     // raw status text, pushed as bool)
        RowTextRole,                 // the whole row as tab-separated text (for copying)
        StatusRole,                  // Services mode: VersionStatus (as int) of the row's chart
                                     // or job status, for a badge; invalid when there is none
        YamlRole,                    // Services mode, service rows: the K8s YAML / Helm values
    };

    explicit DeliverablesModel(QObject *parent = nullptr);
    ~DeliverablesModel() override;

    void setDetail(const VersionDetail &detail);
    void clear();
    Mode mode() const { return m_mode; }
    // The type of the version shown (Unknown when empty).
    VersionType versionType() const { return m_type; }
    // Services mode: whether the chart columns apply (a Helm version). Views hide them otherwise.
    bool hasChartColumns() const { return m_mode == Mode::Services && m_hasCharts; }

    // Every image the version delivers, one reference each, in display order, no duplicates.
    QStringList allImages() const;

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Item;
    QVariant k8sData(const Item &item, int column, int role) const;
    QVariant helmData(const Item &item, int column, int role) const;
    QVariant servicesData(const Item &item, int column, int role) const;
    QString rowText(const QModelIndex &index) const;

    Mode m_mode = Mode::Empty;
    VersionType m_type = VersionType::Unknown;
    bool m_hasCharts = false;
    bool m_settled = false; // the version is success/failed: an empty job status will stay so
    std::vector<std::unique_ptr<Item>> m_top;
};

} // namespace zadig
