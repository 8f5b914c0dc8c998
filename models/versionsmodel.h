// VersionsModel: one page of delivery versions as a table.
//
// The list endpoint leaves labels empty and progress null; details read later (they are kept by
// the VersionRepository) are merged in place (applyDetail) so the columns are never silently
// blank and a poll that brings new progress updates one row with dataChanged instead of
// resetting the model. The rows are what is shown, not a cache: a page reload merges again what
// the caller knows.
#pragma once

#include "api/types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <functional>
#include <optional>

namespace zadig {

class VersionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TypeColumn,
        StatusColumn,
        LabelsColumn,
        DescriptionColumn,
        CreatedByColumn,
        CreatedTimeColumn,
        ProgressColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1,
        RawValueRole,     // sortable raw value of the cell (time as seconds, progress as ratio)
        StatusRole,       // VersionStatus as int
        ProgressRole,     // QVariantList{success, total} or invalid when unknown
        DetailLoadedRole, // bool: labels/progress come from a detail
        VersionRole,      // the whole VersionInfo
        SearchTextRole,   // name, labels, creator, status text joined: what the filter matches
    };

    explicit VersionsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // What a detail read earlier says of a version, if one was read.
    using DetailLookup = std::function<std::optional<VersionInfo>(const QString &id)>;
    // Replaces the rows with a new page, merging what `detailOf` knows.
    void setPage(const VersionPage &page, const DetailLookup &detailOf = {});
    void clear();
    // Merges what a detail says (labels, progress, status) into the version's row, if shown.
    void applyDetail(const VersionInfo &detailInfo);
    // The server could not give the version's detail (a legacy type answers 500): the labels and
    // progress tooltips say so instead of "Loading…".
    void applyDetailFailure(const QString &id, const QString &message);
    // Removes the version's row, if shown.
    bool removeVersion(const QString &id);

    int total() const { return m_total; }
    int rowOf(const QString &id) const;
    const VersionInfo *versionAt(int row) const;
    QList<VersionInfo> versions() const { return m_rows; }
    bool hasDetail(const QString &id) const { return m_detailed.contains(id); }
    // Every row shows its detail, or why there is none: nothing is loading.
    bool isComplete() const { return m_detailed.size() + m_detailErrors.size() >= m_rows.size(); }

    static QString typeText(VersionType type, const QString &raw);
    // A project's deploy type in the words of the versions it makes.
    static QString deployTypeText(DeployType type, const QString &raw);
    static QString statusText(VersionStatus status, const QString &raw);
    // What the filter matches: name, labels, creator and status, one per line.
    static QString searchText(const VersionInfo &version);
    static QString progressText(const std::optional<Progress> &progress);
    // A Unix time in the user's locale and time zone; empty when the server sent none.
    static QString timeText(qint64 secs, QLocale::FormatType format);
    // A listed version with what its detail knows better (labels, progress, description, the
    // reconciled status): what a row shows.
    static VersionInfo merged(const VersionInfo &listed, const VersionInfo &detail);

private:

    QList<VersionInfo> m_rows;
    QString detailsUnavailable(const QString &id) const;

    QSet<QString> m_detailed;               // rows whose labels/progress come from a detail
    QHash<QString, QString> m_detailErrors; // row id -> why its detail could not be read
    int m_total = 0;
};

} // namespace zadig
