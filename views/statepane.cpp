#include "statepane.h"

#include "icons.h"

#include <QLabel>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zadig::ui {

StatePane::StatePane(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"statePane"_s);
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignCenter);
    m_title = new QLabel(this);
    m_title->setObjectName(u"stateTitle"_s);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_message = new QLabel(this);
    m_message->setObjectName(u"stateMessage"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(240);
    m_busy->setTextVisible(false);
    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setObjectName(u"stateRetryButton"_s);
    connect(m_retry, &QPushButton::clicked, this, &StatePane::retryRequested);
    m_action = new QPushButton(this);
    m_action->setObjectName(u"stateActionButton"_s);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &StatePane::actionRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_action);
    buttons->addWidget(m_retry);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    // Title and message take the full width (centred text): a word-wrapped label squeezed to
    // its size hint by an alignment would cut its text after the first line.
    layout->addWidget(m_icon, 0, Qt::AlignHCenter);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(m_busy, 0, Qt::AlignHCenter);
    layout->addLayout(buttons);
    layout->addStretch(3);
}

void StatePane::showLoading(const QString &text)
{
    m_icon->clear();
    m_title->setText(text);
    m_message->clear();
    m_message->hide();
    m_busy->show();
    m_retry->hide();
    m_action->hide();
}

void StatePane::showEmpty(const QString &title, const QString &hint, const QString &actionText)
{
    m_icon->setPixmap(glyphPixmap(Glyph::Information, 48, this));
    m_title->setText(title);
    m_message->setText(hint);
    m_message->setVisible(!hint.isEmpty());
    m_busy->hide();
    m_retry->hide();
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    if (!actionText.isEmpty())
        m_action->setFocus();
}

void StatePane::showError(const QString &title, const QString &message, const QString &actionText)
{
    m_icon->setPixmap(glyphPixmap(Glyph::Warning, 48, this));
    m_title->setText(title);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_busy->hide();
    m_retry->show();
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    // The way out that fixes the cause comes first when there is one.
    if (actionText.isEmpty())
        m_retry->setFocus();
    else
        m_action->setFocus();
}

QString StatePane::title() const
{
    return m_title->text();
}

QString StatePane::message() const
{
    return m_message->text();
}

} // namespace zadig::ui
