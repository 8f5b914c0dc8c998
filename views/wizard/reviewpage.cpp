#include "reviewpage.h"

#include "basicspage.h"
#include "chartspage.h"
#include "createversionwizard.h"
#include "environmentpage.h"
#include "registrypage.h"
#include "servicespage.h"
#include "wizardrules.h"

#include "api/encode.h"
#include "versionsmodel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zadig::ui {
namespace {

QString row(const QString &label, const QString &value)
{
    return u"<tr><td style='padding-right:12px'><b>"_s + label.toHtmlEscaped() +
           u"</b></td><td>"_s + value + u"</td></tr>"_s;
}

} // namespace

ReviewPage::ReviewPage(CreateVersionWizard *wizard)
    : WizardPageBase(wizard), m_summary(new QTextBrowser(this)), m_json(new QPlainTextEdit(this)),
      m_copy(new QPushButton(tr("Copy &JSON"), this)), m_busyRow(new QWidget(this)),
      m_busy(new QProgressBar(m_busyRow)), m_busyText(new QLabel(m_busyRow)),
      m_waitNote(new QLabel(this))
{
    setObjectName(u"reviewPage"_s);
    setTitle(tr("Review"));
    setSubTitle(tr("Check the version. The body below is exactly what is sent to the server."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Create Version"));

    m_summary->setObjectName(u"reviewSummary"_s);
    m_summary->setOpenLinks(false);
    m_json->setObjectName(u"reviewJson"_s);
    m_json->setReadOnly(true);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setTabChangesFocus(true);
    m_copy->setObjectName(u"copyJsonButton"_s);
    m_copy->setAutoDefault(false);

    m_busyRow->setObjectName(u"submitRow"_s);
    m_busy->setObjectName(u"submitProgress"_s);
    m_busy->setRange(0, 0); // the server gives no progress for the call itself
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(160);
    m_busyText->setObjectName(u"submitStatus"_s);
    m_busyText->setTextFormat(Qt::PlainText);
    auto *busyLayout = new QHBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(m_busy);
    busyLayout->addWidget(m_busyText, 1);
    m_busyRow->hide();
    m_waitNote->setObjectName(u"submitWaitNote"_s);
    m_waitNote->setWordWrap(true);
    m_waitNote->setTextFormat(Qt::PlainText);
    m_waitNote->hide();

    auto *jsonPane = new QWidget(this);
    auto *jsonLayout = new QVBoxLayout(jsonPane);
    jsonLayout->setContentsMargins(0, 0, 0, 0);
    auto *jsonHeader = new QHBoxLayout;
    jsonHeader->addWidget(new QLabel(tr("Request body:"), jsonPane), 1);
    jsonHeader->addWidget(m_copy);
    jsonLayout->addLayout(jsonHeader);
    jsonLayout->addWidget(m_json, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"reviewSplitter"_s);
    splitter->addWidget(m_summary);
    splitter->addWidget(jsonPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    body()->addWidget(splitter, 1);
    body()->addWidget(m_busyRow);
    body()->addWidget(m_waitNote);

    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_json->toPlainText()); });
    connect(wizard, &CreateVersionWizard::submittingChanged, this, &ReviewPage::setBusy);
}

void ReviewPage::initializePage()
{
    CreateVersionWizard *w = owner();
    w->freezeRequest();
    m_json->setPlainText(jsonText());

    const bool helm = w->flavour() == DeployType::Helm;
    const std::optional<Environment> env = w->environmentPage()->environment();
    const std::optional<Registry> registry = w->registryPage()->registry();
    const QStringList labels = w->basicsPage()->labels();
    QString html = u"<table>"_s;
    html += row(tr("Project"), (w->project().name.isEmpty()
                                    ? w->project().key
                                    : tr("%1 (%2)").arg(w->project().name, w->project().key))
                                   .toHtmlEscaped());
    html += row(tr("Type"), VersionsModel::typeText(
                                helm ? VersionType::HelmChart : VersionType::K8sYaml, QString()));
    html += row(tr("Name"), w->frozenName().toHtmlEscaped());
    if (!w->basicsPage()->description().isEmpty())
        html += row(tr("Description"), w->basicsPage()->description().toHtmlEscaped());
    if (!labels.isEmpty())
        html += row(tr("Labels"), labels.join(u", "_s).toHtmlEscaped());
    if (w->source() == VersionSource::FromVersion) {
        html += row(tr("Created from"),
                    tr("version %1").arg(w->environmentPage()->originalVersion()).toHtmlEscaped());
    } else if (env) {
        const QString kind = w->environmentPage()->production() ? tr("production") : tr("test");
        html += row(tr("Environment"), tr("%1 (%2)").arg(env->displayName(), kind).toHtmlEscaped());
    }
    html += row(tr("Registry"), registry ? registryLocation(*registry).toHtmlEscaped()
                                         : tr("none (nothing is copied)").toHtmlEscaped());
    if (helm)
        html += row(tr("Chart repository"), w->chartsPage()->chartRepo().toHtmlEscaped());
    html += u"</table>"_s;

    // One block per service: its chart version (Helm) and each image with where it goes.
    QString current;
    for (const ContainerChoice &c : w->servicesPage()->chosen()) {
        if (c.service != current) {
            if (!current.isEmpty())
                html += u"</ul>"_s;
            current = c.service;
            QString title = c.service.toHtmlEscaped();
            if (helm)
                title = tr("%1, chart %2")
                            .arg(c.service, w->chartsPage()->chartVersion(c.service))
                            .toHtmlEscaped();
            html += u"<p><b>"_s + title + u"</b></p><ul>"_s;
        }
        const QString target = !c.distribute ? tr("recorded, not copied")
                               : registry    ? targetImage(*registry, c.imageName, c.tag)
                                             : QString();
        html += u"<li>"_s + tr("%1: %2 → %3").arg(c.container, c.image, target).toHtmlEscaped() +
                u"</li>"_s;
    }
    if (!current.isEmpty())
        html += u"</ul>"_s;
    if (w->generation() == ServerGeneration::Zadig4Early && w->source() == VersionSource::FromEnv) {
        // The body shown has no yaml_content yet: it is read when the version is created.
        html += u"<p>"_s +
                tr("Zadig 4.0 to 4.2 keep each service's YAML (or Helm values) as the request "
                   "gives it: on Create Version it is read from the environment and put into "
                   "yaml_content.")
                    .toHtmlEscaped() +
                u"</p>"_s;
    }
    m_summary->setHtml(html);
    m_waitNote->hide();
}

QString ReviewPage::jsonText() const
{
    return QString::fromUtf8(encode::toJson(owner()->frozenBody(), true));
}

QString ReviewPage::summaryText() const
{
    return m_summary->toPlainText();
}

bool ReviewPage::isBusy() const
{
    return owner()->isSubmitting();
}

QString ReviewPage::busyText() const
{
    return m_busyRow->isHidden() ? QString() : m_busyText->text();
}

void ReviewPage::showWaitNote()
{
    m_waitNote->setText(tr("The server is still working on this version. The wizard stays open "
                           "until it answers, so that nothing you entered is lost; closing it "
                           "would not stop the server."));
    m_waitNote->show();
}

bool ReviewPage::isComplete() const
{
    return !owner()->isSubmitting();
}

bool ReviewPage::validatePage()
{
    if (owner()->isSubmitted())
        return true;
    if (!owner()->isSubmitting())
        owner()->submit();
    return false;
}

void ReviewPage::setBusy(bool busy)
{
    m_busyText->setText(owner()->flavour() == DeployType::Helm
                            ? tr("Packaging and pushing charts… this can take a few minutes.")
                            : tr("Creating the version…"));
    m_busyRow->setVisible(busy);
    if (!busy)
        m_waitNote->hide();
    Q_EMIT completeChanged();
    // QWizard re-enables Back whenever the page's completeness changes: turn it off after.
    if (QAbstractButton *back = owner()->button(QWizard::BackButton); back && busy)
        back->setEnabled(false);
}

} // namespace zadig::ui
