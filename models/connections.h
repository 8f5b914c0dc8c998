// Saved connections: the Zadig servers the user works with (name, URL, an optional company CA
// file, a request timeout, the certificates trusted as they are), which one is active, and the
// session that puts one of them into the ZadigClient. No widgets.
//
// Tokens are never part of a Connection and never go to the settings: they live in the system
// keychain (TokenVault), keyed by server URL. When the keychain cannot keep a token, the session
// keeps it in memory until the program ends, and the user is told so.
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace zadig {

class ZadigClient;

struct Connection
{
    QString id;                     // stable; empty for a server that is not saved
    QString name;                   // shown in menus and dialogs
    QUrl url;                       // e.g. https://zadig.example.com (no /openapi)
    QString caFile;                 // PEM or DER file of extra CAs; empty: the system's only
    int timeoutSeconds = 0;         // 0: the default of Preferences
    QStringList pinnedFingerprints; // SHA-256, normalised hex: certificates trusted as they are

    bool isSaved() const { return !id.isEmpty(); }
    bool operator==(const Connection &other) const = default;
};

// http:// to anything but this machine: the token would travel in clear.
bool isLoopbackHost(const QString &host);
bool isInsecureUrl(const QUrl &url);
// A server URL as a user types it: "zadig.example.com" means https://; surrounding blanks and
// trailing slashes go. The result is not necessarily usable: see isUsableServerUrl().
QUrl serverUrlFromUserInput(const QString &text);
bool isUsableServerUrl(const QUrl &url); // http(s), a host, no user info

// The CA certificates of a PEM (several allowed) or DER file. Empty with `error` set when the
// file cannot be read or holds no certificate.
QList<QSslCertificate> loadCaFile(const QString &path, QString *error);
// The timeout a connection's calls use, in seconds.
int effectiveTimeoutSeconds(const Connection &connection);
// Puts the connection's URL, timeout, CA file and pins into the client (not the token). False
// with `error` when the CA file cannot be used; the rest is applied anyway.
bool applyConnection(const Connection &connection, ZadigClient *client, QString *error);

// The saved connections: one store per process, loaded from Settings once and written through
// to them on every change. Everything that shows or uses them observes changed() instead of
// reading the settings again, so a connection edited in one place is seen everywhere at once.
class Connections : public QObject
{
    Q_OBJECT

public:
    // The saved ones; adopts the single server URL of earlier versions.
    explicit Connections(QObject *parent = nullptr);

    QList<Connection> all() const { return m_list; }
    bool isEmpty() const { return m_list.isEmpty(); }
    Connection find(const QString &id) const;    // id empty when there is none
    Connection findByUrl(const QUrl &url) const; // the same server, trailing slash or not
    Connection active() const;                   // id empty when nothing is saved
    QString activeId() const { return m_activeId; }

    bool setActive(const QString &id);
    // Saves a new connection (given an id, and a name from its host when it has none) and
    // returns it as saved.
    Connection add(Connection connection);
    bool update(const Connection &connection); // matched by id
    // The active one passes to the first that remains.
    bool remove(const QString &id);
    // The connection manager's edits, all at once.
    void replaceAll(const QList<Connection> &connections, const QString &activeId);
    bool pin(const QString &id, const QString &fingerprint);

    static QString defaultName(const QUrl &url);
    static QString newId();

Q_SIGNALS:
    // The list or the active one changed (and is saved).
    void changed();

private:
    void save();

    QList<Connection> m_list;
    QString m_activeId;
};

// Where tokens are kept: the system keychain (TokenStore in the app). An interface so that the
// session and the dialogs do not depend on QtKeychain, and tests can use a fake.
class TokenVault
{
public:
    enum class Status {
        Ok,
        NotFound,    // the keychain works but holds no token for this server
        Unavailable, // no keychain (a bare Linux box), or it refused
    };
    using ReadCallback =
        std::function<void(Status status, const QString &token, const QString &error)>;
    using WriteCallback = std::function<void(bool ok, const QString &error)>;

    virtual ~TokenVault();
    virtual void readToken(const QUrl &server, ReadCallback callback) = 0;
    virtual void writeToken(const QUrl &server, const QString &token, WriteCallback callback) = 0;
    virtual void removeToken(const QUrl &server) = 0;
};

// The connection the client talks to now, and the token policy: the vault first; when the
// vault cannot keep a token, memory for this run only. Switching reconfigures the client and
// emits activated(); the views then reload projects and versions.
class ConnectionSession : public QObject
{
    Q_OBJECT

public:
    // The saved connections and the vault must outlive the session; a null vault means "no
    // keychain".
    ConnectionSession(ZadigClient *client, Connections *connections, TokenVault *vault,
                      QObject *parent = nullptr);

    ZadigClient *client() const { return m_client; }
    Connections *connections() const { return m_connections; }
    Connection current() const { return m_current; }
    bool isDemo() const { return m_demo; }
    bool hasCurrent() const { return m_current.url.isValid(); }
    // False once the keychain failed (or there is none): tokens are then kept for this run only.
    bool keychainAvailable() const { return m_keychainAvailable; }

    // The token for `server`: this run's memory first, then the vault.
    void readToken(const QUrl &server,
                   std::function<void(const QString &token, const QString &why)> callback);
    // Saves the token in the vault; when that fails, keeps it in memory for this run and
    // reports ok == false with the reason (the caller says so to the user).
    void storeToken(const QUrl &server, const QString &token,
                    std::function<void(bool ok, const QString &error)> callback = {});
    // Keeps the token in memory for this run only (the user chose not to save it).
    void keepTokenForSession(const QUrl &server, const QString &token);
    // Forgets the token everywhere.
    void forgetToken(const QUrl &server);
    // Whether this run holds a token for `server` in memory (the keychain could not keep it).
    bool hasSessionToken(const QUrl &server) const;

    // Reads the saved connection's token and activates it; tokenNeeded() when there is none.
    void activate(const QString &id);
    // Makes `connection` (saved or not) the client's, with this token.
    void activateWith(const Connection &connection, const QString &token);
    // The embedded demo server.
    void activateDemo(const QUrl &url, const QString &token);
    // Re-applies the current connection after an edit (CA file, timeout, pins): same token.
    void reapply();
    // Trusts the certificate for the current connection: remembered when it is saved, for
    // this run otherwise. The caller then retries.
    void trustCertificate(const QSslCertificate &certificate);

Q_SIGNALS:
    void activated(const zadig::Connection &connection);
    // The saved connection has no token (or the keychain is unavailable): the UI asks.
    void tokenNeeded(const zadig::Connection &connection, const QString &reason);
    // The CA file of the connection could not be used (the system CAs are used alone).
    void caFileFailed(const zadig::Connection &connection, const QString &error);

private:
    void apply(const Connection &connection);
    void noteVaultFailure(const QString &error);

    ZadigClient *m_client;
    Connections *m_connections;
    TokenVault *m_vault;
    Connection m_current;
    bool m_demo = false;
    bool m_keychainAvailable = true;
    QHash<QString, QString> m_sessionTokens; // server key -> token, this run only
    quint64 m_activation = 0;                // a later activate() wins over a slow read
};

QString
tokenKeyFor(const QUrl &server); // the vault's key: the URL without user info or trailing slash

} // namespace zadig

Q_DECLARE_METATYPE(zadig::Connection)
