#include "wizardpagebase.h"

#include "icons.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zadig::ui {

WizardPageBase::WizardPageBase(CreateVersionWizard *wizard)
    : m_wizard(wizard), m_body(new QVBoxLayout), m_banner(new QFrame(this)),
      m_bannerLead(new QLabel(m_banner)), m_bannerText(new QLabel(m_banner)),
      m_reasonRow(new QWidget(this)), m_reason(new QLabel(m_reasonRow))
{
    m_body->setContentsMargins(0, 0, 0, 0);

    m_banner->setObjectName(u"serverErrorBanner"_s);
    m_banner->setFrameShape(QFrame::StyledPanel);
    // A tinted box that stands out in light and dark palettes alike.
    m_banner->setStyleSheet(u"QFrame#serverErrorBanner { border: 1px solid #c0392b; "
                            "border-radius: 4px; background: rgba(192, 57, 43, 0.10); }"_s);
    m_bannerLead->setObjectName(u"serverErrorLead"_s);
    m_bannerLead->setWordWrap(true);
    m_bannerLead->setTextFormat(Qt::PlainText);
    QFont bold = m_bannerLead->font();
    bold.setBold(true);
    m_bannerLead->setFont(bold);
    m_bannerText->setObjectName(u"serverErrorText"_s);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *bannerLayout = new QVBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 6, 8, 6);
    bannerLayout->addWidget(m_bannerLead);
    bannerLayout->addWidget(m_bannerText);
    m_banner->hide();

    m_reasonRow->setObjectName(u"reasonRow"_s);
    auto *icon = new QLabel(m_reasonRow);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(glyphPixmap(Glyph::Information, size, this));
    icon->setAlignment(Qt::AlignTop);
    m_reason->setObjectName(u"reasonLabel"_s);
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    auto *reasonLayout = new QHBoxLayout(m_reasonRow);
    reasonLayout->setContentsMargins(0, 4, 0, 0);
    reasonLayout->addWidget(icon);
    reasonLayout->addWidget(m_reason, 1);
    m_reasonRow->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_body, 1);
    layout->addWidget(m_banner);
    layout->addWidget(m_reasonRow);
}

QString WizardPageBase::reason() const
{
    return m_reasonRow->isHidden() ? QString() : m_reason->text();
}

void WizardPageBase::refresh()
{
    const QString text = problem();
    m_reason->setText(text);
    m_reasonRow->setVisible(!text.isEmpty());
    Q_EMIT completeChanged();
}

void WizardPageBase::showServerError(const QString &lead, const ApiError &error)
{
    // The summary is ours (translated); the rest is what the server said, as it said it.
    const QString words = error.serverText().trimmed();
    showBanner(lead, words.isEmpty() ? ApiError::kindSummary(error.kind)
                                     : ApiError::kindSummary(error.kind) + u"\n"_s + words);
}

void WizardPageBase::showBanner(const QString &lead, const QString &text)
{
    m_bannerLead->setText(lead);
    m_bannerText->setText(text);
    m_banner->show();
}

void WizardPageBase::clearServerError()
{
    m_banner->hide();
    m_bannerLead->clear();
    m_bannerText->clear();
}

QString WizardPageBase::serverErrorText() const
{
    return m_banner->isHidden() ? QString() : m_bannerText->text();
}

bool WizardPageBase::hasServerError() const
{
    return !m_banner->isHidden();
}

} // namespace zadig::ui
