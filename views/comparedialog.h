// CompareDialog: two versions' deliverables side by side, one row per service and module (and
// chart), with the kind of change, "Only changes" on by default, and the comparison copied as
// Markdown (a change ticket) or saved as Markdown, CSV or JSON. It reads both details at once;
// a side the server cannot give (a legacy version) is shown as unavailable with the reason,
// and the other side's rows still show. Window-modal through open(); deletes itself when closed.
#pragma once

#include "api/result.h"
#include "api/types.h"
#include "versioncompare.h"

#include <QDialog>

#include <array>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace zadig {
class CompareModel;
class VersionRepository;
} // namespace zadig

namespace zadig::ui {

class StatePane;

class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    // `oldInfo` is compared to `newInfo` as given (the caller orders them); a known detail of
    // either is used instead of reading it again. Both belong to the repository's project.
    CompareDialog(VersionRepository *repository, const QString &projectName,
                  const VersionInfo &oldInfo, const VersionInfo &newInfo,
                  const std::optional<VersionDetail> &oldDetail = std::nullopt,
                  const std::optional<VersionDetail> &newDetail = std::nullopt,
                  QWidget *parent = nullptr);

    // Out of line: GCC's -Wnull-dereference cannot see through a QPointer a test holds.
    CompareModel *model() const;
    bool isLoaded() const;
    // "3 changed, 1 added, 12 unchanged", translated, as the header shows it.
    static QString countsText(const CompareCounts &counts);

private:
    enum class SaveFormat { Markdown, Csv, Json };

    struct Side
    {
        VersionInfo info;
        std::optional<VersionDetail> known; // given by the caller, used on the first read only
        std::optional<CompareSide> side;    // the answer: a manifest or why there is none
        std::optional<ApiError> error;      // a failure worth a Retry (the server, the network)
        bool pending = false;
    };

    void load();
    void onDetail(int which, const Result<VersionDetail> &result);
    void settle();
    void showComparison(const Comparison &comparison);
    void copyMarkdown();
    void saveAs(SaveFormat format);

    VersionRepository *m_repository;
    QString m_projectKey;
    QString m_projectName;
    std::array<Side, 2> m_sides; // old, new
    quint64 m_round = 0;         // a Retry drops late answers of the round before it
    bool m_loaded = false;

    CompareModel *m_model;
    QStackedWidget *m_stack;
    StatePane *m_state;
    QLabel *m_counts;
    QWidget *m_noteBox;
    QLabel *m_note;
    QCheckBox *m_onlyChanges;
    QTableView *m_table;
    QPushButton *m_copy;
    QPushButton *m_save;
};

} // namespace zadig::ui
