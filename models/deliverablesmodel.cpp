#include "deliverablesmodel.h"

#include "manifest.h"
#include "versionsmodel.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace zadig {

struct DeliverablesModel::Item
{
    Item *parent = nullptr;
    int row = 0;
    DeployInfo deploy;         // K8s
    DistributeInfo distribute; // Helm (sub_distributes are moved into children)
    VersionService service;    // Services mode, top level (images are moved into children)
    VersionImage image;        // Services mode, children
    std::vector<std::unique_ptr<Item>> children;
};

namespace {

// What a distribute job's (or a chart's) status means, in words and as a badge. The server
// copies workflow job statuses through as they are, so anything not listed here is shown raw.
struct JobStatus
{
    QString text;
    VersionStatus badge = VersionStatus::Unknown;
};

bool isFailure(const QString &status)
{
    return status == "failed"_L1 || status == "timeout"_L1 || status == "cancelled"_L1;
}

JobStatus jobStatus(const QString &raw, bool settled)
{
    if (raw == "passed"_L1)
        return {DeliverablesModel::tr("Passed"), VersionStatus::Success};
    if (raw == "failed"_L1)
        return {DeliverablesModel::tr("Failed"), VersionStatus::Failed};
    if (raw == "timeout"_L1)
        return {DeliverablesModel::tr("Timed out"), VersionStatus::Failed};
    if (raw == "cancelled"_L1)
        return {DeliverablesModel::tr("Cancelled"), VersionStatus::Failed};
    if (raw == "running"_L1)
        return {DeliverablesModel::tr("Running"), VersionStatus::Creating};
    // "" until the watcher first sees the job. Once the version has settled nothing will see
    // it any more (the job never ran), so "waiting" would promise something that cannot come.
    if (raw.isEmpty() && settled)
        return {DeliverablesModel::tr("Not started"), VersionStatus::Unknown};
    if (raw.isEmpty() || raw == "created"_L1 || raw == "waiting"_L1 || raw == "queued"_L1 ||
        raw == "prepare"_L1)
        return {DeliverablesModel::tr("Waiting"), VersionStatus::Unknown};
    return {raw, VersionStatus::Unknown};
}

// A recorded image that is not pushed has no job: its empty status is not "waiting".
bool hasJob(const VersionImage &image)
{
    return image.pushImage || !image.status.isEmpty();
}

} // namespace

DeliverablesModel::DeliverablesModel(QObject *parent) : QAbstractItemModel(parent) {}

DeliverablesModel::~DeliverablesModel() = default;

void DeliverablesModel::setDetail(const VersionDetail &detail)
{
    beginResetModel();
    m_top.clear();
    m_type = detail.info.type;
    m_settled = detail.info.isSettled();
    m_hasCharts = false;
    if (detail.v2) {
        // The v2 services, not the deployInfos/distributeInfos bridge decode fills: only they
        // carry each image's source, target, push flag, status and error.
        m_mode = Mode::Services;
        m_hasCharts = detail.info.type == VersionType::HelmChart;
        for (const VersionService &service : detail.services) {
            auto item = std::make_unique<Item>();
            item->row = int(m_top.size());
            item->service = service;
            item->service.images.clear();
            m_hasCharts = m_hasCharts || !service.chartName.isEmpty();
            for (const VersionImage &image : service.images) {
                auto child = std::make_unique<Item>();
                child->parent = item.get();
                child->row = int(item->children.size());
                child->image = image;
                item->children.push_back(std::move(child));
            }
            m_top.push_back(std::move(item));
        }
    } else if (detail.info.type == VersionType::HelmChart || !detail.distributeInfos.isEmpty()) {
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
    m_type = VersionType::Unknown;
    m_hasCharts = false;
    m_settled = false;
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
        } else if (m_mode == Mode::Services) {
            for (const auto &child : top->children)
                add(deliveredImage(child->image));
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
    case Mode::Services:
        return ServiceColumnCount;
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

QVariant DeliverablesModel::servicesData(const Item &item, int column, int role) const
{
    if (!item.parent) {
        const VersionService &s = item.service;
        const bool chartColumn = column == ServiceChartColumn ||
                                 column == ServiceChartVersionColumn ||
                                 column == ServiceStatusColumn;
        // K8s services have no chart, so no chart status either: the cells stay empty.
        if (chartColumn && !m_hasCharts && role != KindRole && role != YamlRole)
            return QVariant();
        const JobStatus chart = jobStatus(s.chartStatus, m_settled);
        switch (role) {
        case KindRole:
            return u"service"_s;
        case ImageRole:
            return QString();
        case YamlRole:
            return s.yamlContent;
        case StatusRole:
            return column == ServiceStatusColumn ? QVariant(int(chart.badge)) : QVariant();
        case RawValueRole:
            if (column == ServiceStatusColumn)
                return s.chartStatus;
            break;
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            break;
        default:
            return QVariant();
        }
        switch (ServiceColumn(column)) {
        case ServiceNameColumn:
            return s.serviceName;
        case ServiceChartColumn:
            return s.chartName;
        case ServiceChartVersionColumn:
            return s.chartVersion;
        case ServiceStatusColumn:
            return chart.text;
        default:
            return QString();
        }
    }

    const VersionImage &i = item.image;
    const std::optional<JobStatus> status =
        hasJob(i) ? std::optional(jobStatus(i.status, m_settled)) : std::nullopt;
    // The server does not clear an image's error after a successful retry (spec 3.4).
    const QString error = isFailure(i.status) ? i.error : QString();
    switch (role) {
    case KindRole:
        return u"image"_s;
    case ImageRole:
        return deliveredImage(i);
    case StatusRole:
        return column == ServiceStatusColumn && status ? QVariant(int(status->badge)) : QVariant();
    case RawValueRole:
        if (column == ServicePushedColumn)
            return i.pushImage;
        if (column == ServiceStatusColumn)
            return i.status;
        break;
    case Qt::ToolTipRole:
        if (column == ServiceErrorColumn)
            return error.isEmpty() ? QVariant() : QVariant(error);
        break;
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    switch (ServiceColumn(column)) {
    case ServiceNameColumn:
        return i.containerName;
    case ServiceSourceImageColumn:
        return i.sourceImage;
    case ServiceTargetImageColumn:
        return i.targetImage;
    case ServicePushedColumn:
        return i.pushImage ? tr("Yes") : tr("No");
    case ServiceStatusColumn:
        return status ? status->text : QString();
    case ServiceErrorColumn:
        // One line in the cell (and in copied rows); the tooltip has the full text.
        return error.simplified();
    default:
        return QString();
    }
}

QString DeliverablesModel::rowText(const QModelIndex &index) const
{
    QStringList cells;
    for (int c = 0; c < columnCount(index.parent()); ++c) {
        // A K8s service has no chart: its copied rows leave out the columns views hide.
        if (m_mode == Mode::Services && !m_hasCharts &&
            (c == ServiceChartColumn || c == ServiceChartVersionColumn))
            continue;
        cells.append(index.siblingAtColumn(c).data(Qt::DisplayRole).toString());
    }
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
    case Mode::Services:
        return servicesData(*item, index.column(), role);
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
    } else if (m_mode == Mode::Services) {
        switch (ServiceColumn(section)) {
        case ServiceNameColumn:
            return tr("Service / container");
        case ServiceChartColumn:
            return tr("Chart");
        case ServiceChartVersionColumn:
            return tr("Chart version");
        case ServiceSourceImageColumn:
            return tr("Source image");
        case ServiceTargetImageColumn:
            return tr("Target image");
        case ServicePushedColumn:
            return tr("Pushed");
        case ServiceStatusColumn:
            return tr("Status");
        case ServiceErrorColumn:
            return tr("Error");
        case ServiceColumnCount:
            break;
        }
    } else if (section == 0) {
        return tr("Deliverables");
    }
    return QVariant();
}

} // namespace zadig
