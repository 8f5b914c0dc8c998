// BasicsPage: the version's name, description and labels. Before the page is left the name is
// checked against the project's live versions: through the server's name-check helper when it
// has one, else by reading the version list. A check that cannot be made says so and lets the
// user go on (the server refuses a duplicate anyway, and the wizard brings the user back here).
#pragma once

#include "wizardpagebase.h"

#include <QSet>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;

namespace zadig::ui {

class LabelsEditor;

class BasicsPage : public WizardPageBase
{
    Q_OBJECT

public:
    explicit BasicsPage(CreateVersionWizard *wizard);

    QString versionName() const; // trimmed
    QString description() const;
    QStringList labels() const;
    void addLabels(const QStringList &labels);

    QString problem() const override;
    bool validatePage() override;

    // The server said this name is taken: Next stays blocked for it, with the reason shown.
    void markTaken(const QString &name);
    bool isChecking() const { return !m_checking.isEmpty(); }
    QString checkNote() const;
    QLineEdit *nameEdit() const { return m_name; }

private:
    enum class Availability { Free, Taken, Unknown };
    void startCheck(const QString &name);
    void checkThroughList(const QString &name, quint64 generation, int page);
    void checkDone(const QString &name, Availability availability, const QString &failure);

    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    LabelsEditor *m_labels;
    QWidget *m_checkRow;
    QProgressBar *m_checkBusy;
    QLabel *m_checkNote;

    QString m_checking;    // the name being checked now
    QString m_checkedName; // the name that passed (free, or no check was possible)
    QSet<QString> m_taken;
    quint64 m_generation = 0;
};

} // namespace zadig::ui
