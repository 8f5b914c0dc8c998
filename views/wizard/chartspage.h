// ChartsPage (Helm only): the chart repository the charts are pushed to and a chart version per
// chosen service. Repositories come from the web UI's helper when the server has it, else the
// name is typed; versions are prefilled with the helper's next version when it answers. Every
// version must be SemVer before Next is available.
#pragma once

#include "wizardpagebase.h"

#include <QHash>
#include <QSet>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QTimer;
class QWidget;

namespace zadig::ui {

class ChartsPage : public WizardPageBase
{
    Q_OBJECT

public:
    explicit ChartsPage(CreateVersionWizard *wizard);

    QString chartRepo() const; // trimmed
    QComboBox *repoCombo() const { return m_repo; }
    QString chartVersion(const QString &service) const;
    QLineEdit *versionEdit(const QString &service) const;
    bool helpersAnswered() const { return m_reposLoaded; }
    bool isSuggesting() const { return m_suggesting; }

    void initializePage() override;
    QString problem() const override;
    bool validatePage() override { return isComplete(); }

private:
    struct Row
    {
        QString service;
        QLabel *current = nullptr;
        QLineEdit *edit = nullptr;
    };
    void loadRepos();
    void rebuildRows();
    void suggestVersions();

    QComboBox *m_repo;
    bool m_prefilled = false; // the repository of the version started from was put in
    QLabel *m_repoNote;
    QWidget *m_rowsWidget;
    QGridLayout *m_grid;
    QLabel *m_versionsNote;
    QTimer *m_typingPause;
    QList<Row> m_rows;
    QHash<QString, QString> m_values;  // service -> version, kept when rows are rebuilt
    QHash<QString, QString> m_current; // service -> the repository's current version
    QSet<QString> m_edited;            // typed by the user: never overwritten by a suggestion
    QString m_suggestedFor;            // repository and charts the last suggestion was asked for
    QString m_suggestedRepo;
    bool m_reposLoading = false;
    bool m_reposLoaded = false;
    bool m_suggesting = false;
    bool m_prefilling = false;
    bool m_fillingRepos = false;
    quint64 m_generation = 0;
};

} // namespace zadig::ui
