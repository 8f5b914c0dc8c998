// ConnectionsDialog: the connection manager. Lists the saved Zadig servers and edits them (name,
// URL, company CA file, request timeout, trusted certificates), sets or forgets their tokens in
// the system keychain, and picks the one to connect to. Edits are kept in a working copy and
// saved by Save or Connect; tokens go to the keychain at once (they never touch the settings).
#pragma once

#include "connections.h"

#include <QDateTime>
#include <QDialog>
#include <QHash>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;

namespace zadig::ui {

class ConnectionsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Outcome { Cancelled, Saved, Connect };

    // Edits `saved` (which must outlive the dialog); the session, when there is one, keeps
    // the tokens.
    ConnectionsDialog(Connections *saved, ConnectionSession *session, QWidget *parent = nullptr);

    Outcome outcome() const { return m_outcome; }
    // The connection to switch to after Connect.
    QString chosenId() const { return m_chosenId; }

    // The working copy (what Save would write).
    QList<Connection> connections() const { return m_connections; }
    void selectConnection(const QString &id);
    QString selectedId() const;

    // "Set Token…" without its input box (the box calls this; so do tests).
    void setTokenForSelected(const QString &token);
    QString tokenStatus() const;

    void accept() override;

protected:
    // Colours the warnings for a new palette (light or dark).
    void changeEvent(QEvent *event) override;

private:
    void addConnection();
    void removeSelected(); // asks first
    void removeConnection(const QString &id);
    void onSelectionChanged();
    void onFormEdited();
    void browseCaFile();
    void askToken();
    void forgetToken();
    void forgetPinnedCertificate();
    void refreshList();
    // The list entry of `c`: its name ("(active)" and bold for the one in use), its address as
    // the tooltip, and a warning icon while it cannot be saved.
    void decorate(QListWidgetItem *item, const Connection &c) const;
    void refreshForm();
    void updateTokenStatus();
    void validate();
    QString problemWith(const Connection &connection) const; // empty when usable
    QString caFileProblem(const QString &path) const;        // empty when usable
    int selectedIndex() const;
    void save();

    Connections *m_saved;
    ConnectionSession *m_session;
    QList<Connection> m_connections;
    QList<QUrl> m_removedUrls;
    QString m_activeId;
    QString m_chosenId;
    Outcome m_outcome = Cancelled;
    bool m_filling = false;
    QString m_tokenMessage; // the last Set Token outcome, for the selected connection
    // The outcome of reading each CA file, with the file's state on disk when it was read.
    struct CaFileCheck
    {
        bool exists = false;
        QDateTime modified;
        qint64 size = 0;
        QString problem;
    };
    mutable QHash<QString, CaFileCheck> m_caFileChecks;

    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QWidget *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_warning = nullptr;
    QWidget *m_warningRow = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLabel *m_problem = nullptr;
    QWidget *m_problemRow = nullptr;
    QSpinBox *m_timeout = nullptr;
    QListWidget *m_pins = nullptr;
    QPushButton *m_forgetPin = nullptr;
    QLabel *m_tokenStatus = nullptr;
    QPushButton *m_setToken = nullptr;
    QPushButton *m_forgetToken = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace zadig::ui
