#include "chartspage.h"

#include "api/zadigclient.h"
#include "createversionwizard.h"
#include "servicespage.h"
#include "wizardrules.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace zadig::ui {

ChartsPage::ChartsPage(CreateVersionWizard *wizard)
    : WizardPageBase(wizard), m_repo(new QComboBox(this)), m_repoNote(new QLabel(this)),
      m_rowsWidget(new QWidget), m_grid(new QGridLayout(m_rowsWidget)),
      m_versionsNote(new QLabel(this)), m_typingPause(new QTimer(this))
{
    setObjectName(u"chartsPage"_s);
    setTitle(tr("Charts"));
    setSubTitle(tr("The server packages each chosen service's chart with these versions and "
                   "pushes it to the chart repository."));

    m_repo->setObjectName(u"chartRepoCombo"_s);
    m_repo->setEditable(true);
    m_repo->setInsertPolicy(QComboBox::NoInsert);
    m_repo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_repo->setMinimumContentsLength(24);
    m_repo->lineEdit()->setPlaceholderText(tr("Chart repository name"));
    m_repoNote->setObjectName(u"chartRepoNote"_s);
    m_repoNote->setWordWrap(true);
    m_repoNote->setTextFormat(Qt::PlainText);
    m_repoNote->hide();
    m_versionsNote->setObjectName(u"chartVersionsNote"_s);
    m_versionsNote->setWordWrap(true);
    m_versionsNote->setTextFormat(Qt::PlainText);
    m_versionsNote->hide();

    m_grid->setColumnStretch(2, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"chartVersionsArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_rowsWidget);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *repoLabel = new QLabel(tr("Chart &repository:"), this);
    repoLabel->setBuddy(m_repo);
    form->addRow(repoLabel, m_repo);
    form->addRow(QString(), m_repoNote);
    body()->addLayout(form);
    body()->addWidget(new QLabel(tr("Chart versions (SemVer, e.g. 1.2.0):"), this));
    body()->addWidget(scroll, 1);
    body()->addWidget(m_versionsNote);

    // A repository picked from the list, or typed and confirmed, asks for version suggestions.
    connect(m_repo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && !m_fillingRepos)
            suggestVersions();
    });
    // A typed name asks once typing pauses (not on focus loss: a click on Next must go on).
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(600);
    connect(m_typingPause, &QTimer::timeout, this, [this] { suggestVersions(); });
    connect(m_repo->lineEdit(), &QLineEdit::textEdited, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_repo, &QComboBox::currentTextChanged, this, [this] { refresh(); });
}

QString ChartsPage::chartRepo() const
{
    return m_repo->currentText().trimmed();
}

QString ChartsPage::chartVersion(const QString &service) const
{
    if (const QLineEdit *edit = versionEdit(service))
        return edit->text().trimmed();
    return m_values.value(service);
}

QLineEdit *ChartsPage::versionEdit(const QString &service) const
{
    for (const Row &row : m_rows) {
        if (row.service == service)
            return row.edit;
    }
    return nullptr;
}

void ChartsPage::initializePage()
{
    rebuildRows();
    // The server downloads the original chart from the new version's repository, so a version
    // made from another one must use the original's repository.
    const std::optional<VersionDetail> &original = owner()->originalDetail();
    const bool locked = owner()->source() == VersionSource::FromVersion && original &&
                        !original->chartRepoName.isEmpty();
    if (locked) {
        m_repo->setEditText(original->chartRepoName);
        m_repo->setEnabled(false);
        m_repoNote->setText(tr("Version “%1” was pushed to this repository; a version made from "
                               "it must use the same one.")
                                .arg(original->info.name));
        m_repoNote->show();
        suggestVersions();
        refresh();
        return;
    }
    if (!m_repo->isEnabled()) {
        m_repo->setEnabled(true);
        m_repoNote->hide();
    }
    // 2.3-3.4 "Create from": the original's repository, once, unless something is typed.
    if (const std::optional<WizardPrefill> &prefill = owner()->prefill(); prefill && !m_prefilled) {
        m_prefilled = true;
        if (chartRepo().isEmpty())
            m_repo->setEditText(prefill->chartRepo);
    }
    if (!m_reposLoaded && !m_reposLoading)
        loadRepos();
    else if (!chartRepo().isEmpty())
        suggestVersions();
    refresh();
}

void ChartsPage::loadRepos()
{
    m_reposLoading = true;
    refresh();
    owner()->client()->listChartRepos(
        owner()->project().key, this, [this](const Result<QList<ChartRepo>> &result) {
            m_reposLoading = false;
            m_reposLoaded = true;
            const QString typed = chartRepo();
            if (result && !result->isEmpty()) {
                // Adding the first item selects it: that is not the user's choice.
                m_fillingRepos = true;
                for (const ChartRepo &repo : result.value()) {
                    m_repo->addItem(repo.name, repo.name);
                    m_repo->setItemData(m_repo->count() - 1, repo.url, Qt::ToolTipRole);
                }
                m_fillingRepos = false;
                m_repoNote->hide();
                // Keep what the user typed meanwhile; else the only repository is the choice.
                if (!typed.isEmpty())
                    m_repo->setEditText(typed);
                else if (result->size() == 1)
                    m_repo->setCurrentIndex(0);
                else
                    m_repo->setCurrentIndex(-1);
            } else {
                // The helper is an endpoint of the web UI: it may be missing or refuse the token.
                m_repoNote->setText(
                    result ? tr("The server lists no chart repository for this project: type the "
                                "repository's name as Zadig knows it.")
                           : tr("The server does not list chart repositories here: type the "
                                "repository's name as Zadig knows it."));
                m_repoNote->show();
            }
            if (!chartRepo().isEmpty())
                suggestVersions();
            refresh();
        });
}

void ChartsPage::rebuildRows()
{
    const QStringList services = owner()->servicesPage()->chosenServices();
    QStringList shown;
    for (const Row &row : std::as_const(m_rows))
        shown << row.service;
    if (shown == services && !m_rows.isEmpty())
        return; // the same services: keep the editors (and the focus, the cursor) as they are
    for (const Row &row : std::as_const(m_rows))
        m_values.insert(row.service, row.edit->text().trimmed());
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rows.clear();

    int line = 0;
    for (const QString &service : services) {
        Row row;
        row.service = service;
        auto *name = new QLabel(service, m_rowsWidget);
        name->setTextFormat(Qt::PlainText);
        row.edit = new QLineEdit(m_rowsWidget);
        row.edit->setObjectName(u"chartVersionEdit:"_s + service);
        row.edit->setPlaceholderText(tr("e.g. 1.2.0"));
        row.edit->setAccessibleName(tr("Chart version of %1").arg(service));
        // A version started from another one starts from its chart versions (the suggestions of
        // the chart repository replace them while they are not edited).
        const std::optional<WizardPrefill> &prefill = owner()->prefill();
        row.edit->setText(m_values.contains(service) || !prefill
                              ? m_values.value(service)
                              : prefill->chartVersions.value(service));
        name->setBuddy(row.edit);
        row.current = new QLabel(m_rowsWidget);
        row.current->setObjectName(u"chartCurrentVersion:"_s + service);
        row.current->setTextFormat(Qt::PlainText);
        const QString current = m_current.value(service);
        row.current->setText(current.isEmpty() ? QString() : tr("now %1").arg(current));
        m_grid->addWidget(name, line, 0);
        m_grid->addWidget(row.edit, line, 1);
        m_grid->addWidget(row.current, line, 2);
        connect(row.edit, &QLineEdit::textChanged, this, [this, service] {
            if (!m_prefilling)
                m_edited.insert(service);
            refresh();
        });
        m_rows.append(row);
        ++line;
    }
    m_grid->setRowStretch(line, 1);
}

void ChartsPage::suggestVersions()
{
    const QString repo = chartRepo();
    QStringList charts;
    for (const Row &row : std::as_const(m_rows))
        charts << row.service;
    if (repo.isEmpty() || charts.isEmpty())
        return;
    const QString key = repo + u'|' + charts.join(u',');
    if (key == m_suggestedFor)
        return;
    m_suggestedFor = key;
    m_suggestedRepo = repo;
    m_suggesting = true;
    refresh();
    const quint64 generation = ++m_generation;
    // Charts are named after their services in Zadig's Helm projects.
    owner()->client()->chartVersions(
        charts, repo, this, [this, generation](const Result<QList<ChartVersion>> &result) {
            if (generation != m_generation)
                return;
            m_suggesting = false;
            if (wizard() && wizard()->currentPage() != this) {
                // Left meanwhile (only possible with every version typed): ask again on return.
                m_suggestedFor.clear();
                return;
            }
            if (!result) {
                m_versionsNote->setText(tr("No versions could be suggested (%1): enter them.")
                                            .arg(ApiError::kindSummary(result.error().kind)));
                m_versionsNote->show();
                refresh();
                return;
            }
            m_versionsNote->hide();
            m_prefilling = true;
            for (const ChartVersion &v : result.value()) {
                m_current.insert(v.chartName, v.chartVersion);
                for (Row &row : m_rows) {
                    if (row.service != v.chartName)
                        continue;
                    row.current->setText(v.chartVersion.isEmpty()
                                             ? tr("not in the repository yet")
                                             : tr("now %1").arg(v.chartVersion));
                    if (!m_edited.contains(row.service) && !v.nextChartVersion.isEmpty())
                        row.edit->setText(v.nextChartVersion);
                }
            }
            m_prefilling = false;
            refresh();
        });
}

QString ChartsPage::problem() const
{
    if (chartRepo().isEmpty())
        return m_reposLoading ? tr("Loading the chart repositories…")
                              : tr("Choose or type the chart repository.");
    if (m_rows.isEmpty())
        return tr("Choose at least one service on the Services page.");
    // A suggestion still on its way would change versions the user has not typed after the
    // page is left.
    const bool couldChange = std::any_of(m_rows.cbegin(), m_rows.cend(), [this](const Row &row) {
        return !m_edited.contains(row.service);
    });
    if (m_suggesting && couldChange)
        return tr("Looking up the next chart versions in “%1”…").arg(m_suggestedRepo);
    for (const Row &row : m_rows) {
        const QString version = row.edit->text().trimmed();
        if (version.isEmpty())
            return tr("Enter a chart version for %1.").arg(row.service);
        if (!isSemVer(version))
            return tr("Chart version %1 of %2 is not SemVer (e.g. 1.2.0).")
                .arg(version, row.service);
    }
    return QString();
}

} // namespace zadig::ui
