// ExportDialog: "Export Manifest" of one version. The user picks Markdown, CSV or JSON, sees
// exactly what will be written, and copies it or saves it (the format and the folder are
// remembered). It reads the version's detail through the repository when none is given, with
// a loading state and an error state that offers Retry. Window-modal through open(); deletes itself
// when closed.
#pragma once

#include "api/result.h"
#include "api/types.h"
#include "manifest.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace zadig {
class VersionRepository;
}

namespace zadig::ui {

class StatePane;

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Markdown, Csv, Json };
    Q_ENUM(Format)

    // The version belongs to the repository's project.
    ExportDialog(VersionRepository *repository, const QString &projectName, const VersionInfo &info,
                 const std::optional<VersionDetail> &detail, QWidget *parent = nullptr);

    Format format() const;
    void setFormat(Format format);
    // What Save writes in the chosen format; empty until the detail is in.
    QByteArray bytes() const;
    // What Copy puts on the clipboard: the same text, without the CSV's byte-order mark.
    QString text() const;
    bool isLoaded() const; // out of line: GCC 12 warns through the QPointer a test holds

private:
    void load();
    void onDetail(const Result<VersionDetail> &result);
    void showPreview();
    void copy();
    void save();

    VersionRepository *m_repository;
    QString m_projectKey;
    QString m_projectName;
    VersionInfo m_info;
    std::optional<VersionDetail> m_known; // given by the caller: used once, not after a Retry
    std::optional<Manifest> m_manifest;

    QComboBox *m_format;
    QStackedWidget *m_stack;
    StatePane *m_state;
    QPlainTextEdit *m_preview;
    QPushButton *m_copy;
    QPushButton *m_save;
};

} // namespace zadig::ui
