#include "basicspage.h"

#include "api/zadigclient.h"
#include "createversionwizard.h"
#include "labelseditor.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QProgressBar>

// Defined in mainwindow.cpp: one "zadig.ui" category for every view.
Q_DECLARE_LOGGING_CATEGORY(lcUi)

using namespace Qt::StringLiterals;

namespace zadig::ui {
namespace {

// Page size of the list fallback; there is no cap on the server, but keep answers small.
constexpr int ListPageSize = 100;

} // namespace

BasicsPage::BasicsPage(CreateVersionWizard *wizard)
    : WizardPageBase(wizard), m_name(new QLineEdit(this)), m_description(new QPlainTextEdit(this)),
      m_labels(new LabelsEditor(this)), m_checkRow(new QWidget(this)),
      m_checkBusy(new QProgressBar(m_checkRow)), m_checkNote(new QLabel(m_checkRow))
{
    setObjectName(u"basicsPage"_s);
    setTitle(tr("Version"));
    setSubTitle(tr("Name the version for project “%1”. The name must not be used by a live "
                   "version of the project.")
                    .arg(wizard->project().displayName()));

    m_name->setObjectName(u"versionNameEdit"_s);
    m_name->setPlaceholderText(tr("e.g. v2.7.0"));
    m_name->setMaxLength(200);
    m_description->setObjectName(u"descriptionEdit"_s);
    m_description->setPlaceholderText(tr("What this version delivers (optional)"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 5 + 12);

    m_checkRow->setObjectName(u"nameCheckRow"_s);
    m_checkBusy->setObjectName(u"nameCheckBusy"_s);
    m_checkBusy->setRange(0, 0);
    m_checkBusy->setTextVisible(false);
    m_checkBusy->setMaximumWidth(80);
    m_checkBusy->setMaximumHeight(m_checkNote->fontMetrics().height());
    m_checkNote->setObjectName(u"nameCheckNote"_s);
    m_checkNote->setWordWrap(true);
    m_checkNote->setTextFormat(Qt::PlainText);
    auto *checkLayout = new QHBoxLayout(m_checkRow);
    checkLayout->setContentsMargins(0, 0, 0, 0);
    checkLayout->addWidget(m_checkBusy);
    checkLayout->addWidget(m_checkNote, 1);
    m_checkRow->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(QString(), m_checkRow);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Labels:"), m_labels);
    body()->addLayout(form);
    body()->addStretch(1);

    setTabOrder(m_name, m_description);
    setTabOrder(m_description, m_labels->input());

    connect(m_name, &QLineEdit::textChanged, this, [this] {
        // A new name: whatever check was running is about another one.
        ++m_generation;
        m_checking.clear();
        m_checkRow->hide();
        refresh();
    });
    refresh();
}

QString BasicsPage::versionName() const
{
    return m_name->text().trimmed();
}

QString BasicsPage::description() const
{
    return m_description->toPlainText().trimmed();
}

QStringList BasicsPage::labels() const
{
    return m_labels->labels();
}

void BasicsPage::addLabels(const QStringList &labels)
{
    m_labels->addLabels(labels);
    refresh();
}

QString BasicsPage::checkNote() const
{
    return m_checkRow->isHidden() ? QString() : m_checkNote->text();
}

QString BasicsPage::problem() const
{
    const QString name = versionName();
    if (name.isEmpty())
        return tr("Enter a version name.");
    if (m_taken.contains(name))
        return tr("A version named “%1” already exists in this project: choose another name.")
            .arg(name);
    if (m_checking == name)
        return tr("Checking that “%1” is not taken…").arg(name);
    return QString();
}

bool BasicsPage::validatePage()
{
    // A label typed but not yet added with Enter is meant as a label, not thrown away.
    m_labels->addPending();
    if (!problem().isEmpty())
        return false;
    const QString name = versionName();
    if (name == m_checkedName)
        return true;
    startCheck(name);
    return false;
}

void BasicsPage::markTaken(const QString &name)
{
    m_taken.insert(name);
    if (m_checkedName == name)
        m_checkedName.clear();
    m_checkRow->hide();
    refresh();
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void BasicsPage::startCheck(const QString &name)
{
    const quint64 generation = ++m_generation;
    m_checking = name;
    m_checkBusy->show();
    m_checkNote->setText(tr("Checking the name with the server…"));
    m_checkRow->show();
    refresh();
    // The client's own timeout ends a check that never gets an answer: no endless spinner.
    owner()->client()->checkVersionName(
        owner()->project().key, name, this,
        [this, name, generation](const Result<NameAvailability> &result) {
            if (generation != m_generation)
                return;
            if (result) {
                checkDone(name,
                          result.value() == NameAvailability::Taken ? Availability::Taken
                                                                    : Availability::Free,
                          QString());
                return;
            }
            // Any failure of the web UI's helper means "not available here": read the list.
            qCDebug(lcUi) << "name check helper unavailable:"
                          << ApiError::kindName(result.error().kind);
            checkThroughList(name, generation, 1);
        });
}

void BasicsPage::checkThroughList(const QString &name, quint64 generation, int page)
{
    owner()->client()->listVersions(
        owner()->project().key, page, ListPageSize, this,
        [this, name, generation, page](const Result<VersionPage> &result) {
            if (generation != m_generation)
                return;
            if (!result) {
                checkDone(name, Availability::Unknown, result.error().message());
                return;
            }
            for (const VersionInfo &v : result->versions) {
                if (v.name == name) {
                    checkDone(name, Availability::Taken, QString());
                    return;
                }
            }
            const bool more = !result->versions.isEmpty() && page * ListPageSize < result->total;
            if (more)
                checkThroughList(name, generation, page + 1);
            else
                checkDone(name, Availability::Free, QString());
        });
}

void BasicsPage::checkDone(const QString &name, Availability availability, const QString &failure)
{
    m_checking.clear();
    m_checkBusy->hide();
    switch (availability) {
    case Availability::Taken:
        markTaken(name);
        return;
    case Availability::Free:
        m_checkedName = name;
        m_checkRow->hide();
        refresh();
        if (wizard() && wizard()->currentPage() == this)
            wizard()->next();
        return;
    case Availability::Unknown:
        // Say so and let the user go on: the server refuses a duplicate name itself.
        m_checkedName = name;
        m_checkNote->setText(
            tr("Could not check whether “%1” is taken (%2). You can go on: the server refuses "
               "a duplicate name, and the wizard then brings you back here.")
                .arg(name, failure));
        m_checkRow->show();
        refresh();
        return;
    }
}

} // namespace zadig::ui
