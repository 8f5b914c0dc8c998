#include "versionsmodel.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace zadig {

VersionsModel::VersionsModel(QObject *parent) : QAbstractTableModel(parent) {}

int VersionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VersionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString VersionsModel::typeText(VersionType type, const QString &raw)
{
    switch (type) {
    case VersionType::K8sYaml:
        return tr("K8s YAML");
    case VersionType::HelmChart:
        return tr("Helm Chart");
    case VersionType::Unknown:
        break;
    }
    return raw.isEmpty() ? tr("Unknown") : raw;
}

QString VersionsModel::deployTypeText(DeployType type, const QString &raw)
{
    switch (type) {
    case DeployType::K8s:
        return typeText(VersionType::K8sYaml, raw);
    case DeployType::Helm:
        return typeText(VersionType::HelmChart, raw);
    case DeployType::Unknown:
        break;
    }
    return raw;
}

QString VersionsModel::statusText(VersionStatus status, const QString &raw)
{
    switch (status) {
    case VersionStatus::Success:
        return tr("Success");
    case VersionStatus::Failed:
        return tr("Failed");
    case VersionStatus::Creating:
        return tr("Creating");
    case VersionStatus::Retrying:
        return tr("Retrying");
    case VersionStatus::Unknown:
        break;
    }
    return raw.isEmpty() ? tr("Unknown") : raw;
}

QString VersionsModel::progressText(const std::optional<Progress> &progress)
{
    if (!progress)
        return QString();
    return tr("%1 / %2").arg(progress->successCount).arg(progress->totalCount);
}

QString VersionsModel::timeText(qint64 secs, QLocale::FormatType format)
{
    if (secs <= 0)
        return QString();
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(secs).toLocalTime(), format);
}

VersionInfo VersionsModel::merged(const VersionInfo &listed, const VersionInfo &detail)
{
    VersionInfo info = listed;
    info.labels = detail.labels;
    info.progress = detail.progress;
    info.description = detail.description;
    // The list reads the stored status; a detail read reconciles it, so it is newer.
    info.status = detail.status;
    info.rawStatus = detail.rawStatus;
    return info;
}

QString VersionsModel::searchText(const VersionInfo &v)
{
    return QStringList{v.name, v.labels.join(u' '), v.createdBy, statusText(v.status, v.rawStatus),
                       v.rawStatus}
        .join(u'\n');
}

QVariant VersionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const VersionInfo &v = m_rows.at(index.row());
    const bool detailed = m_detailed.contains(v.id);

    switch (role) {
    case IdRole:
        return v.id;
    case StatusRole:
        return int(v.status);
    case DetailLoadedRole:
        return detailed;
    case VersionRole:
        return QVariant::fromValue(v);
    case ProgressRole:
        if (!v.progress)
            return QVariant();
        return QVariantList{v.progress->successCount, v.progress->totalCount};
    case SearchTextRole:
        return searchText(v);
    default:
        break;
    }

    const auto column = Column(index.column());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case NameColumn:
            return v.name;
        case TypeColumn:
            return typeText(v.type, v.rawType);
        case StatusColumn:
            return statusText(v.status, v.rawStatus);
        case LabelsColumn:
            return v.labels.join(u", "_s);
        case DescriptionColumn:
            // One line in the table; the whole text is in the tooltip and the detail pane.
            return v.description.section(u'\n', 0, 0);
        case CreatedByColumn:
            return v.createdBy;
        case CreatedTimeColumn:
            return timeText(v.createTime, QLocale::ShortFormat);
        case ProgressColumn:
            return progressText(v.progress);
        case ColumnCount:
            break;
        }
    } else if (role == RawValueRole) {
        switch (column) {
        case CreatedTimeColumn:
            return v.createTime;
        case StatusColumn:
            return int(v.status);
        case ProgressColumn:
            if (!v.progress || v.progress->totalCount <= 0)
                return -1.0;
            return double(v.progress->successCount) / v.progress->totalCount;
        default:
            return data(index, Qt::DisplayRole);
        }
    } else if (role == Qt::ToolTipRole) {
        switch (column) {
        case CreatedTimeColumn:
            return timeText(v.createTime, QLocale::LongFormat);
        case DescriptionColumn:
            return v.description;
        case LabelsColumn:
            if (detailed || !v.labels.isEmpty())
                return v.labels.join(u", "_s);
            return m_detailErrors.contains(v.id) ? detailsUnavailable(v.id) : tr("Loading labels…");
        case ProgressColumn:
            if (!v.progress) {
                if (detailed)
                    return QString();
                return m_detailErrors.contains(v.id) ? detailsUnavailable(v.id)
                                                     : tr("Loading progress…");
            }
            return v.progress->error.isEmpty() ? tr("%1 of %2 images distributed")
                                                     .arg(v.progress->successCount)
                                                     .arg(v.progress->totalCount)
                                               : v.progress->error;
        case StatusColumn:
            if (v.progress && !v.progress->error.isEmpty())
                return v.progress->error;
            return statusText(v.status, v.rawStatus);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return QVariant();
}

QVariant VersionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Version");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case LabelsColumn:
        return tr("Labels");
    case DescriptionColumn:
        return tr("Description");
    case CreatedByColumn:
        return tr("Created by");
    case CreatedTimeColumn:
        return tr("Created");
    case ProgressColumn:
        return tr("Progress");
    case ColumnCount:
        break;
    }
    return QVariant();
}

void VersionsModel::setPage(const VersionPage &page, const DetailLookup &detailOf)
{
    beginResetModel();
    m_rows.clear();
    m_detailed.clear();
    m_detailErrors.clear();
    m_rows.reserve(page.versions.size());
    for (const VersionInfo &v : page.versions) {
        const std::optional<VersionInfo> detail = detailOf ? detailOf(v.id) : std::nullopt;
        m_rows.append(detail ? merged(v, *detail) : v);
        if (detail)
            m_detailed.insert(v.id);
    }
    m_total = page.total;
    endResetModel();
}

QString VersionsModel::detailsUnavailable(const QString &id) const
{
    return tr("The server did not give this version's details: %1").arg(m_detailErrors.value(id));
}

void VersionsModel::applyDetailFailure(const QString &id, const QString &message)
{
    const int row = rowOf(id);
    if (row < 0 || m_detailed.contains(id))
        return;
    m_detailErrors.insert(id, message);
    // Only the tooltips change: "Loading…" becomes the reason the details are missing.
    for (Column column : {LabelsColumn, ProgressColumn}) {
        const QModelIndex idx = index(row, column);
        Q_EMIT dataChanged(idx, idx, {Qt::ToolTipRole});
    }
}

void VersionsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_detailed.clear();
    m_detailErrors.clear();
    m_total = 0;
    endResetModel();
}

int VersionsModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

const VersionInfo *VersionsModel::versionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void VersionsModel::applyDetail(const VersionInfo &detailInfo)
{
    const int row = rowOf(detailInfo.id);
    if (row < 0)
        return;
    const bool wasDetailed = m_detailed.contains(detailInfo.id);
    m_detailed.insert(detailInfo.id);
    m_detailErrors.remove(detailInfo.id);
    const VersionInfo before = m_rows.at(row);
    const VersionInfo after = merged(before, detailInfo);
    m_rows[row] = after;

    auto changed = [&](Column column, const QList<int> &roles) {
        const QModelIndex idx = index(row, column);
        Q_EMIT dataChanged(idx, idx, roles);
    };
    const QList<int> textRoles{Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, RawValueRole};
    if (before.status != after.status || before.rawStatus != after.rawStatus)
        changed(StatusColumn, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, RawValueRole,
                               StatusRole, SearchTextRole, VersionRole});
    if (before.labels != after.labels || !wasDetailed)
        changed(LabelsColumn,
                textRoles + QList<int>{SearchTextRole, VersionRole, DetailLoadedRole});
    if (before.description != after.description)
        changed(DescriptionColumn, textRoles + QList<int>{VersionRole});
    if (before.progress != after.progress || !wasDetailed)
        changed(ProgressColumn,
                textRoles + QList<int>{ProgressRole, VersionRole, DetailLoadedRole});
}

bool VersionsModel::removeVersion(const QString &id)
{
    m_detailed.remove(id);
    m_detailErrors.remove(id);
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    if (m_total > 0)
        --m_total;
    endRemoveRows();
    return true;
}

} // namespace zadig
