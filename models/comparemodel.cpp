#include "comparemodel.h"

namespace zadig {

CompareModel::CompareModel(QObject *parent) : QAbstractTableModel(parent) {}

void CompareModel::setComparison(const Comparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    rebuildVisible();
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, OldImageColumn, NewImageColumn);
}

void CompareModel::clear()
{
    setComparison(Comparison());
}

void CompareModel::setOnlyChanges(bool only)
{
    if (only == m_onlyChanges)
        return;
    // A reset, not row moves: the filter flips the whole table at once, and views keep no
    // per-row state worth preserving across it.
    beginResetModel();
    m_onlyChanges = only;
    rebuildVisible();
    endResetModel();
}

void CompareModel::rebuildVisible()
{
    m_visible.clear();
    for (int i = 0; i < m_comparison.rows.size(); ++i) {
        if (!m_onlyChanges || m_comparison.rows.at(i).isChange())
            m_visible.append(i);
    }
}

const CompareRow &CompareModel::compareRow(int row) const
{
    return m_comparison.rows.at(m_visible.at(row));
}

int CompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int CompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CompareModel::changeText(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Unchanged:
        return tr("Unchanged");
    case ChangeKind::Added:
        return tr("Added");
    case ChangeKind::Removed:
        return tr("Removed");
    case ChangeKind::TagChanged:
        return tr("Tag changed");
    case ChangeKind::RegistryChanged:
        return tr("Registry changed");
    case ChangeKind::ChartVersionChanged:
        return tr("Chart version changed");
    case ChangeKind::Unavailable:
        break;
    }
    return tr("Unknown");
}

QString CompareModel::sideText(const CompareSide &side, const QString &ref) const
{
    if (!side.isAvailable())
        return tr("Unavailable: %1").arg(side.unavailableReason);
    return ref;
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const CompareRow &row = compareRow(index.row());
    switch (role) {
    case ChangeRole:
        return int(row.change);
    case ChangeNameRole:
        return changeKindName(row.change);
    case IsChartRole:
        return row.item == CompareRow::Item::Chart;
    case RowTextRole: {
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells.append(index.siblingAtColumn(c).data(Qt::DisplayRole).toString());
        return cells.join(u'\t');
    }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return QVariant();
    }
    switch (Column(index.column())) {
    case ServiceColumn:
        return row.service;
    case ModuleColumn:
        return row.module;
    case OldImageColumn:
        return sideText(m_comparison.oldSide, row.oldRef);
    case NewImageColumn:
        return sideText(m_comparison.newSide, row.newRef);
    case ChangeColumn:
        return changeText(row.change);
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ServiceColumn:
        return tr("Service");
    case ModuleColumn:
        return tr("Module");
    // The version names tell the sides apart better than "old" and "new" do.
    case OldImageColumn:
        return m_comparison.oldSide.version.isEmpty() ? tr("Old image")
                                                      : m_comparison.oldSide.version;
    case NewImageColumn:
        return m_comparison.newSide.version.isEmpty() ? tr("New image")
                                                      : m_comparison.newSide.version;
    case ChangeColumn:
        return tr("Change");
    case ColumnCount:
        break;
    }
    return QVariant();
}

} // namespace zadig
