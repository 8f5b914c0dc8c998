// ConnectionDialog: asks for a Zadig server and its API token (first run, or when the saved
// token is missing or refused), or lets the user try the embedded demo server instead.
#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace zadig::ui {

class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    enum Outcome { Cancelled, Connect, Demo };

    explicit ConnectionDialog(QWidget *parent = nullptr);

    void setServerUrl(const QUrl &url);
    void setMessage(const QString &message); // why we ask (e.g. "the token was refused")
    // Asking for the token of a known server: the address is shown but cannot be changed.
    void setServerEditable(bool editable);
    void setDemoAvailable(bool available);
    // Without a keychain the token cannot be remembered: the box is off and says why.
    void setKeychainAvailable(bool available);

    QUrl serverUrl() const;
    QString token() const;
    bool rememberToken() const;
    Outcome outcome() const { return m_outcome; }

private:
    void validate();

    QLineEdit *m_url;
    QLineEdit *m_token;
    QCheckBox *m_remember;
    QLabel *m_message;
    QLabel *m_warning;
    QDialogButtonBox *m_buttons;
    QPushButton *m_demo;
    Outcome m_outcome = Cancelled;
};

} // namespace zadig::ui
