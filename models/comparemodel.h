// CompareModel: a comparison of two versions (versioncompare.h) as a table, for the compare
// view. "Only changes" hides unchanged rows and is on by default, as the view opens with it;
// rows whose change is unknown (an unavailable side) stay visible, since they may be changes.
// The view picks icons and colours from ChangeRole; the model carries no presentation.
#pragma once

#include "versioncompare.h"

#include <QAbstractTableModel>

namespace zadig {

class CompareModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ServiceColumn,
        ModuleColumn, // the container, or the chart name on chart rows
        OldImageColumn,
        NewImageColumn,
        ChangeColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        ChangeRole = Qt::UserRole + 1, // ChangeKind as int
        ChangeNameRole,                // changeKindName(): a stable word
        IsChartRole,                   // bool: a chart row (Helm) rather than an image
        RowTextRole,                   // the whole row as tab-separated text (for copying)
    };

    explicit CompareModel(QObject *parent = nullptr);

    void setComparison(const Comparison &comparison);
    void clear();
    const Comparison &comparison() const { return m_comparison; }
    CompareCounts counts() const { return m_comparison.counts(); }

    bool onlyChanges() const { return m_onlyChanges; }
    void setOnlyChanges(bool only);

    // The comparison row shown at `row` (the filter applied).
    const CompareRow &compareRow(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Translated words for a change kind, for the change column and the view's legend.
    static QString changeText(ChangeKind kind);

private:
    void rebuildVisible();
    QString sideText(const CompareSide &side, const QString &ref) const;

    Comparison m_comparison;
    QList<int> m_visible; // indexes into m_comparison.rows
    bool m_onlyChanges = true;
};

} // namespace zadig
