// DeliverablesModel: what a version delivers, as a tree.
//
// K8s YAML versions: one top-level row per deploy info (service, module, image, registry).
// Helm Chart versions: one top-level row per chart, with its image sub_distributes as children.
// The items are a small hierarchy owned by the model; indexes point at them.
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
    enum class Mode { Empty, K8s, Helm };

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

    enum Role {
        KindRole = Qt::UserRole + 1, // "deploy", "chart", "image" (or the raw distribute_type)
        ImageRole,                   // the full image reference, empty for charts
        RawValueRole,                // sortable raw value (time in seconds)
        RowTextRole,                 // the whole row as tab-separated text (for copying)
    };

    explicit DeliverablesModel(QObject *parent = nullptr);
    ~DeliverablesModel() override;

    void setDetail(const VersionDetail &detail);
    void clear();
    Mode mode() const { return m_mode; }

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
    QString rowText(const QModelIndex &index) const;

    Mode m_mode = Mode::Empty;
    std::vector<std::unique_ptr<Item>> m_top;
};

} // namespace zadig
