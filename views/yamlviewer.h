// YamlViewer: a read-only look at a text a 4.x/5.x delivery version holds or points at: one
// service's K8s YAML or Helm values, or one image's distribution log. A fixed font, a find bar
// (Ctrl+F, then Find Next / Find Previous, wrapping round), and a button that copies the whole
// text (Ctrl+C copies a selection). The detail pane opens one per request without waiting for
// it (show()); it deletes itself when closed and keeps nothing between openings. A log is read
// from the server after the viewer opens: it says so meanwhile (setLoading, then setText or
// setError).
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace zadig::ui {

class YamlViewer : public QDialog
{
    Q_OBJECT

public:
    enum class Content { K8sYaml, HelmValues, DistributionLog };

    // `subject` names what is shown: the service, or for a log the service and its image.
    YamlViewer(const QString &subject, const QString &versionName, const QString &text,
               Content content, QWidget *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    // Waiting for the text; and why it could not be read.
    void setLoading();
    void setError(const QString &message);

    // Selects the next (or previous) match of the find bar's text after (before) the cursor,
    // wrapping round; false when the text has none.
    bool find(bool backwards = false);

private:
    void showNote(const QString &objectName, const QString &text);
    void copy() const;

    Content m_content;
    QString m_text;
    QVBoxLayout *m_layout = nullptr;
    QWidget *m_body = nullptr; // the editor, or a note saying why there is none
    QPlainTextEdit *m_editor = nullptr;
    QLineEdit *m_findEdit = nullptr;
    QPushButton *m_findPrevious = nullptr;
    QPushButton *m_findNext = nullptr;
    QLabel *m_findStatus = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace zadig::ui
