#include "connectiondialog.h"

#include "connections.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace zadig::ui {

ConnectionDialog::ConnectionDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"connectionDialog"_s);
    setWindowTitle(tr("Connect to Zadig"));

    auto *intro = new QLabel(
        tr("Enter the address of your Zadig server and an API token. The token is shown in "
           "Zadig under Account Settings (账号设置 / 用户设置) → API Token."),
        this);
    intro->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();

    m_url = new QLineEdit(this);
    m_url->setObjectName(u"serverUrlEdit"_s);
    m_url->setPlaceholderText(u"https://zadig.example.com"_s);
    m_token = new QLineEdit(this);
    m_token->setObjectName(u"tokenEdit"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("API token"));
    m_remember = new QCheckBox(tr("Remember the token in the system keychain"), this);
    m_remember->setChecked(true);
    m_warning = new QLabel(this);
    m_warning->setObjectName(u"connectionWarning"_s);
    m_warning->setWordWrap(true);
    m_warning->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_url);
    form->addRow(tr("API &token:"), m_token);
    form->addRow(QString(), m_remember);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *connectButton = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(u"connectButton"_s);
    connectButton->setDefault(true);
    m_demo = m_buttons->addButton(tr("Try the &Demo Server"), QDialogButtonBox::ActionRole);
    m_demo->setObjectName(u"demoButton"_s);
    connect(connectButton, &QPushButton::clicked, this, [this] {
        m_outcome = Connect;
        accept();
    });
    connect(m_demo, &QPushButton::clicked, this, [this] {
        m_outcome = Demo;
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        m_outcome = Cancelled;
        reject();
    });
    connect(m_url, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(m_token, &QLineEdit::textChanged, this, &ConnectionDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());
    validate();
}

void ConnectionDialog::setServerUrl(const QUrl &url)
{
    m_url->setText(url.toString());
    if (!url.isEmpty())
        m_token->setFocus(); // the address is known: the token is what is missing
}

void ConnectionDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    // Grown to fit the message: a height fixed before it would squeeze the fields.
    resize(width(), std::max(height(), sizeHint().height()));
}

void ConnectionDialog::setServerEditable(bool editable)
{
    m_url->setReadOnly(!editable);
    // Only the token is left to type.
    if (!editable)
        m_token->setFocus();
}

void ConnectionDialog::setDemoAvailable(bool available)
{
    m_demo->setVisible(available);
}

void ConnectionDialog::setKeychainAvailable(bool available)
{
    m_remember->setEnabled(available);
    if (!available) {
        m_remember->setChecked(false);
        m_remember->setText(tr("No system keychain: the token is kept in memory for this "
                               "session only"));
    }
}

QUrl ConnectionDialog::serverUrl() const
{
    return serverUrlFromUserInput(m_url->text());
}

QString ConnectionDialog::token() const
{
    return m_token->text().trimmed();
}

bool ConnectionDialog::rememberToken() const
{
    return m_remember->isChecked();
}

void ConnectionDialog::validate()
{
    const QUrl url = serverUrl();
    const bool urlOk = isUsableServerUrl(url);
    // "127.example.com" is not this machine: the address, not its spelling, decides.
    if (urlOk && isInsecureUrl(url)) {
        m_warning->setText(tr("Warning: with http:// the token travels unencrypted. Use "
                              "https:// unless this network is trusted."));
        m_warning->show();
    } else {
        m_warning->hide();
    }
    const auto buttons = m_buttons->buttons();
    for (QAbstractButton *button : buttons) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(urlOk && !token().isEmpty());
    }
}

} // namespace zadig::ui
