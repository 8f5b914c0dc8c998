#include "deliverablesmodel.h"

#include "versionsmodel.h"

using namespace Qt::StringLiterals;

namespace zadig {

struct DeliverablesModel::Item
{
    Item *parent = nullptr;
    int row = 0;
    DeployInfo deploy;         // K8s
    DistributeInfo distribute; // Helm (sub_distributes are moved into children)
    std::vector<std::unique_ptr<Item>> children;
};

DeliverablesModel::DeliverablesModel(QObject *parent) : QAbstractItemModel(parent) {}

DeliverablesModel::~DeliverablesModel() = default;

void DeliverablesModel::setDetail(const VersionDetail &detail)
{
    beginResetModel();
    m_top.clear();
    if (detail.info.type == VersionType::HelmChart || !detail.distributeInfos.isEmpty()) {
        m_mode = Mode::Helm;
        for (const DistributeInfo &chart : detail.distributeInfos) {
            auto item = std::make_unique<Item>();
            item->row = int(m_top.size());
            item->distribute = chart;
            item->distribute.subDistributes.clear();
            for (const DistributeInfo &image : chart.subDistributes) {
                auto child = std::make_unique<Item>();
                child->parent = item.get();
                child->row = int(item->children.size());
                child->distribute = image;
                child->distribute.subDistributes.clear(); // only one level is shown
                item->children.push_back(std::move(child));
            }
            m_top.push_back(std::move(item));
        }
    } else if (detail.info.type == VersionType::K8sYaml || !detail.deployInfos.isEmpty()) {
        m_mode = Mode::K8s;
        for (const DeployInfo &deploy : detail.deployInfos) {
            auto item = std::make_unique<Item>();
            item->row = int(m_top.size());
            item->deploy = deploy;
            m_top.push_back(std::move(item));
        }
    } else {
        m_mode = Mode::Empty;
    }
    endResetModel();
}

void DeliverablesModel::clear()
{
    beginResetModel();
    m_top.clear();
    m_mode = Mode::Empty;
    endResetModel();
}

QStringList DeliverablesModel::allImages() const
{
    QStringList images;
    auto add = [&images](const QString &image) {
        if (!image.isEmpty() && !images.contains(image))
            images.append(image);
    };
    for (const auto &top : m_top) {
        if (m_mode == Mode::K8s) {
            add(top->deploy.image);
        } else {
            add(top->distribute.image);
            for (const auto &child : top->children)
                add(child->distribute.image);
        }
    }
    return images;
}

QModelIndex DeliverablesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= columnCount(parent))
        return QModelIndex();
    if (!parent.isValid()) {
        if (row >= int(m_top.size()))
            return QModelIndex();
        return createIndex(row, column, m_top[size_t(row)].get());
    }
    if (parent.column() != 0)
        return QModelIndex();
    const auto *parentItem = static_cast<const Item *>(parent.internalPointer());
    if (row >= int(parentItem->children.size()))
        return QModelIndex();
    return createIndex(row, column, parentItem->children[size_t(row)].get());
}

QModelIndex DeliverablesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return QModelIndex();
    const auto *item = static_cast<const Item *>(child.internalPointer());
    if (!item->parent)
        return QModelIndex();
    return createIndex(item->parent->row, 0, item->parent);
}

int DeliverablesModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    return int(static_cast<const Item *>(parent.internalPointer())->children.size());
}

int DeliverablesModel::columnCount(const QModelIndex &) const
{
    switch (m_mode) {
    case Mode::K8s:
        return K8sColumnCount;
    case Mode::Helm:
        return HelmColumnCount;
    case Mode::Empty:
        break;
    }
    return 1;
}

QVariant DeliverablesModel::k8sData(const Item &item, int column, int role) const
{
    const DeployInfo &d = item.deploy;
    if (role == KindRole)
        return u"deploy"_s;
    if (role == ImageRole)
        return d.image;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != RawValueRole)
        return QVariant();
    switch (K8sColumn(column)) {
    case K8sServiceColumn:
        return d.serviceName;
    case K8sModuleColumn:
        return d.serviceModule;
    case K8sImageColumn:
        return d.image;
    case K8sImageNameColumn:
        return d.imageName;
    case K8sRegistryColumn:
        return d.registryId;
    case K8sTimeColumn:
        return VersionsModel::timeText(d.createTime, QLocale::ShortFormat);
    case K8sColumnCount:
        break;
    }
    return QVariant();
}

QVariant DeliverablesModel::helmData(const Item &item, int column, int role) const
{
    const DistributeInfo &d = item.distribute;
    const bool isChart = item.parent == nullptr;
    if (role == KindRole)
        return d.distributeType.isEmpty() ? (isChart ? u"chart"_s : u"image"_s) : d.distributeType;
    if (role == ImageRole)
        return d.image;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != RawValueRole)
        return QVariant();
    switch (HelmColumn(column)) {
    case HelmNameColumn:
        if (isChart)
            return d.chartName.isEmpty() ? d.serviceName : d.chartName;
        return d.imageName;
    case HelmVersionColumn:
        return isChart ? d.chartVersion : QString();
    case HelmRepoColumn:
        return isChart ? d.chartRepoName : d.imageNamespace;
    case HelmImageColumn:
        return d.image;
    case HelmModuleColumn:
        return d.serviceModule;
    case HelmServiceColumn:
        return d.serviceName;
    case HelmTimeColumn:
        return VersionsModel::timeText(d.createTime, QLocale::ShortFormat);
    case HelmColumnCount:
        break;
    }
    return QVariant();
}

QString DeliverablesModel::rowText(const QModelIndex &index) const
{
    QStringList cells;
    for (int c = 0; c < columnCount(index.parent()); ++c)
        cells.append(index.siblingAtColumn(c).data(Qt::DisplayRole).toString());
    return cells.join(u'\t');
}

QVariant DeliverablesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    if (role == RowTextRole)
        return rowText(index);
    const auto *item = static_cast<const Item *>(index.internalPointer());
    const bool timeColumn = (m_mode == Mode::K8s && index.column() == K8sTimeColumn) ||
                            (m_mode == Mode::Helm && index.column() == HelmTimeColumn);
    if (timeColumn && (role == RawValueRole || role == Qt::ToolTipRole)) {
        const qint64 secs =
            m_mode == Mode::K8s ? item->deploy.createTime : item->distribute.createTime;
        if (role == RawValueRole)
            return secs;
        return VersionsModel::timeText(secs, QLocale::LongFormat);
    }
    switch (m_mode) {
    case Mode::K8s:
        return k8sData(*item, index.column(), role);
    case Mode::Helm:
        return helmData(*item, index.column(), role);
    case Mode::Empty:
        break;
    }
    return QVariant();
}

QVariant DeliverablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    if (m_mode == Mode::K8s) {
        switch (K8sColumn(section)) {
        case K8sServiceColumn:
            return tr("Service");
        case K8sModuleColumn:
            return tr("Service module");
        case K8sImageColumn:
            return tr("Image");
        case K8sImageNameColumn:
            return tr("Image name");
        case K8sRegistryColumn:
            return tr("Registry ID");
        case K8sTimeColumn:
            return tr("Created");
        case K8sColumnCount:
            break;
        }
    } else if (m_mode == Mode::Helm) {
        switch (HelmColumn(section)) {
        case HelmNameColumn:
            return tr("Chart / image");
        case HelmVersionColumn:
            return tr("Chart version");
        case HelmRepoColumn:
            return tr("Chart repo / namespace");
        case HelmImageColumn:
            return tr("Image");
        case HelmModuleColumn:
            return tr("Service module");
        case HelmServiceColumn:
            return tr("Service");
        case HelmTimeColumn:
            return tr("Created");
        case HelmColumnCount:
            break;
        }
    } else if (section == 0) {
        return tr("Deliverables");
    }
    return QVariant();
}

} // namespace zadig
