#include "connections.h"

#include "api/zadigclient.h"
#include "settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace zadig {

namespace {

Q_LOGGING_CATEGORY(lcConnections, "zadig.ui.connections", QtInfoMsg)

// A CA file is a few kilobytes; anything this large is the wrong file.
constexpr qint64 MaxCaFileSize = 4 * 1024 * 1024;

QString uniqueName(const QString &wanted, const QList<Connection> &others, const QString &ownId)
{
    auto taken = [&](const QString &name) {
        for (const Connection &c : others) {
            if (c.id != ownId && c.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    if (!taken(wanted))
        return wanted;
    for (int n = 2;; ++n) {
        const QString candidate = u"%1 (%2)"_s.arg(wanted).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

// StripTrailingSlash keeps a lone "/": the server's root is the URL with no path at all.
QUrl withoutTrailingSlash(const QUrl &url, QUrl::FormattingOptions also = QUrl::None)
{
    QUrl result = url.adjusted(QUrl::StripTrailingSlash | also);
    if (result.path() == "/"_L1)
        result.setPath(QString());
    return result;
}

} // namespace

// --- free functions -----------------------------------------------------------------------

bool isLoopbackHost(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isInsecureUrl(const QUrl &url)
{
    return url.scheme().compare("http"_L1, Qt::CaseInsensitive) == 0 && !isLoopbackHost(url.host());
}

QUrl serverUrlFromUserInput(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QUrl();
    if (!trimmed.contains("://"_L1))
        trimmed.prepend(u"https://"_s);
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return url;
    return withoutTrailingSlash(url);
}

bool isUsableServerUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == "https"_L1 || scheme == "http"_L1) &&
           !url.host().isEmpty() && url.userInfo().isEmpty() && !url.hasQuery() &&
           !url.hasFragment();
}

QList<QSslCertificate> loadCaFile(const QString &path, QString *error)
{
    auto failed = [error](const QString &why) {
        if (error)
            *error = why;
        return QList<QSslCertificate>();
    };
    QFile file(path);
    if (!file.exists())
        return failed(QCoreApplication::translate("zadig::Connections",
                                                  "The CA certificate file “%1” does not exist.")
                          .arg(path));
    if (file.size() > MaxCaFileSize)
        return failed(QCoreApplication::translate("zadig::Connections",
                                                  "“%1” is too large to be a CA certificate file.")
                          .arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return failed(QCoreApplication::translate("zadig::Connections",
                                                  "The CA certificate file “%1” cannot be read: %2")
                          .arg(path, file.errorString()));
    const QByteArray data = file.readAll();
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    certificates.removeIf([](const QSslCertificate &c) { return c.isNull(); });
    if (certificates.isEmpty())
        return failed(QCoreApplication::translate(
                          "zadig::Connections", "“%1” holds no certificate (PEM or DER expected).")
                          .arg(path));
    return certificates;
}

int effectiveTimeoutSeconds(const Connection &connection)
{
    if (connection.timeoutSeconds > 0)
        return qBound(Settings::MinTimeoutSeconds, connection.timeoutSeconds,
                      Settings::MaxTimeoutSeconds);
    return Settings().requestTimeoutSeconds();
}

bool applyConnection(const Connection &connection, ZadigClient *client, QString *error)
{
    client->setBaseUrl(connection.url);
    client->setTimeout(effectiveTimeoutSeconds(connection) * 1000);
    client->setPinnedCertificates(connection.pinnedFingerprints);
    if (connection.caFile.isEmpty()) {
        client->setCaCertificates({});
        return true;
    }
    const QList<QSslCertificate> cas = loadCaFile(connection.caFile, error);
    client->setCaCertificates(cas);
    return !cas.isEmpty();
}

QString tokenKeyFor(const QUrl &server)
{
    return withoutTrailingSlash(server, QUrl::RemoveUserInfo).toString();
}

// --- Connections --------------------------------------------------------------------------

Connections::Connections(QObject *parent) : QObject(parent)
{
    Settings settings;
    m_list = settings.connections();
    m_activeId = settings.activeConnectionId();
    if (m_list.isEmpty()) {
        const QUrl legacy = settings.serverUrl();
        if (isUsableServerUrl(legacy)) {
            Connection adopted;
            adopted.url = legacy;
            add(adopted); // saves, and clears the legacy key
            return;
        }
    }
    if (find(m_activeId).id.isEmpty())
        m_activeId = m_list.isEmpty() ? QString() : m_list.constFirst().id;
}

Connection Connections::find(const QString &id) const
{
    if (id.isEmpty())
        return Connection();
    for (const Connection &c : m_list) {
        if (c.id == id)
            return c;
    }
    return Connection();
}

Connection Connections::findByUrl(const QUrl &url) const
{
    const QString wanted = tokenKeyFor(url);
    for (const Connection &c : m_list) {
        if (tokenKeyFor(c.url) == wanted)
            return c;
    }
    return Connection();
}

Connection Connections::active() const
{
    return find(m_activeId);
}

bool Connections::setActive(const QString &id)
{
    if (find(id).id.isEmpty())
        return false;
    // Every start activates a connection: only a change is written, and only the active id.
    if (id != m_activeId) {
        m_activeId = id;
        Settings().setActiveConnectionId(id);
        Q_EMIT changed();
    }
    return true;
}

Connection Connections::add(Connection connection)
{
    if (connection.id.isEmpty() || !find(connection.id).id.isEmpty())
        connection.id = newId();
    if (connection.name.trimmed().isEmpty())
        connection.name = defaultName(connection.url);
    connection.name = uniqueName(connection.name.trimmed(), m_list, connection.id);
    m_list.append(connection);
    if (m_activeId.isEmpty())
        m_activeId = connection.id;
    save();
    return connection;
}

bool Connections::update(const Connection &connection)
{
    for (Connection &c : m_list) {
        if (c.id == connection.id) {
            if (c != connection) {
                c = connection;
                save();
            }
            return true;
        }
    }
    return false;
}

bool Connections::remove(const QString &id)
{
    const auto removed = m_list.removeIf([&id](const Connection &c) { return c.id == id; });
    if (removed == 0)
        return false;
    if (m_activeId == id)
        m_activeId = m_list.isEmpty() ? QString() : m_list.constFirst().id;
    save();
    return true;
}

void Connections::replaceAll(const QList<Connection> &connections, const QString &activeId)
{
    const QList<Connection> before = m_list;
    const QString activeBefore = m_activeId;
    m_list.clear();
    for (const Connection &c : connections) {
        if (!c.id.isEmpty() && find(c.id).id.isEmpty())
            m_list.append(c);
    }
    m_activeId = find(activeId).id;
    if (m_activeId.isEmpty() && !m_list.isEmpty())
        m_activeId = m_list.constFirst().id;
    if (m_list != before || m_activeId != activeBefore)
        save();
}

bool Connections::pin(const QString &id, const QString &fingerprint)
{
    const QString normalised = ZadigClient::normalisedFingerprint(fingerprint);
    if (normalised.isEmpty())
        return false;
    for (Connection &c : m_list) {
        if (c.id != id)
            continue;
        if (!c.pinnedFingerprints.contains(normalised)) {
            c.pinnedFingerprints.append(normalised);
            save();
        }
        return true;
    }
    return false;
}

QString Connections::defaultName(const QUrl &url)
{
    if (url.host().isEmpty())
        return QCoreApplication::translate("zadig::Connections", "Zadig");
    return url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
}

QString Connections::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void Connections::save()
{
    Settings settings;
    settings.setConnections(m_list);
    settings.setActiveConnectionId(m_activeId);
    settings.setServerUrl(QUrl()); // the list replaces the single server of earlier versions
    Q_EMIT changed();
}

// --- TokenVault ---------------------------------------------------------------------------

TokenVault::~TokenVault() = default;

// --- ConnectionSession --------------------------------------------------------------------

ConnectionSession::ConnectionSession(ZadigClient *client, Connections *connections,
                                     TokenVault *vault, QObject *parent)
    : QObject(parent), m_client(client), m_connections(connections), m_vault(vault),
      m_keychainAvailable(vault != nullptr)
{}

void ConnectionSession::noteVaultFailure(const QString &error)
{
    if (m_keychainAvailable)
        qCInfo(lcConnections) << "the system keychain is not available:" << error;
    m_keychainAvailable = false;
}

void ConnectionSession::readToken(
    const QUrl &server, std::function<void(const QString &token, const QString &why)> callback)
{
    const QString key = tokenKeyFor(server);
    const auto remembered = m_sessionTokens.constFind(key);
    if (remembered != m_sessionTokens.constEnd()) {
        qCDebug(lcConnections) << "token for" << key << "from this run's memory";
        callback(*remembered, QString());
        return;
    }
    if (!m_vault) {
        callback(QString(), tr("No system keychain is available, so tokens cannot be remembered. "
                               "Enter the token for this session (or set ZADIG_TOKEN)."));
        return;
    }
    const QPointer<ConnectionSession> self(this);
    m_vault->readToken(server, [self, key, callback](TokenVault::Status status,
                                                     const QString &token, const QString &error) {
        if (!self)
            return;
        switch (status) {
        case TokenVault::Status::Ok:
            if (!token.isEmpty()) {
                qCDebug(lcConnections) << "token for" << key << "from the keychain";
                callback(token, QString());
                return;
            }
            break;
        case TokenVault::Status::NotFound:
            break;
        case TokenVault::Status::Unavailable:
            self->noteVaultFailure(error);
            callback(QString(),
                     tr("The system keychain is not available (%1), so the token cannot be "
                        "remembered. Enter it for this session (or set ZADIG_TOKEN).")
                         .arg(error));
            return;
        }
        qCDebug(lcConnections) << "no token saved for" << key;
        callback(QString(), tr("No token is saved for this server in the system keychain."));
    });
}

void ConnectionSession::storeToken(const QUrl &server, const QString &token,
                                   std::function<void(bool ok, const QString &error)> callback)
{
    const QString key = tokenKeyFor(server);
    auto keepInMemory = [this, key, token, callback](const QString &error) {
        m_sessionTokens.insert(key, token);
        qCInfo(lcConnections) << "token for" << key
                              << "kept in memory for this run only (keychain:" << error << ')';
        if (callback)
            callback(false, error);
    };
    if (!m_vault) {
        keepInMemory(tr("no system keychain"));
        return;
    }
    const QPointer<ConnectionSession> self(this);
    m_vault->writeToken(server, token,
                        [self, key, keepInMemory, callback](bool ok, const QString &error) {
                            // A plain pointer once checked: GCC's -Wnull-dereference (an error
                            // in the -O2 CI build) cannot see through QPointer.
                            ConnectionSession *session = self.data();
                            if (!session)
                                return;
                            if (!ok) {
                                session->noteVaultFailure(error);
                                keepInMemory(error);
                                return;
                            }
                            session->m_sessionTokens.remove(key);
                            session->m_keychainAvailable = true;
                            qCDebug(lcConnections) << "token for" << key << "saved in the keychain";
                            if (callback)
                                callback(true, QString());
                        });
}

void ConnectionSession::keepTokenForSession(const QUrl &server, const QString &token)
{
    m_sessionTokens.insert(tokenKeyFor(server), token);
}

void ConnectionSession::forgetToken(const QUrl &server)
{
    m_sessionTokens.remove(tokenKeyFor(server));
    if (m_vault)
        m_vault->removeToken(server);
}

bool ConnectionSession::hasSessionToken(const QUrl &server) const
{
    return m_sessionTokens.contains(tokenKeyFor(server));
}

void ConnectionSession::activate(const QString &id)
{
    const Connection connection = m_connections->find(id);
    if (!connection.isSaved()) {
        qCWarning(lcConnections) << "no saved connection" << id;
        return;
    }
    const quint64 ticket = ++m_activation;
    readToken(connection.url, [this, ticket, connection](const QString &token, const QString &why) {
        if (ticket != m_activation)
            return; // the user switched again meanwhile
        if (token.isEmpty())
            Q_EMIT tokenNeeded(connection, why);
        else
            activateWith(connection, token);
    });
}

void ConnectionSession::activateWith(const Connection &connection, const QString &token)
{
    ++m_activation;
    m_demo = false;
    m_client->setToken(token);
    apply(connection);
    if (connection.isSaved())
        m_connections->setActive(connection.id);
    qCInfo(lcConnections) << "connected to" << connection.name << connection.url.toDisplayString();
    Q_EMIT activated(m_current);
}

void ConnectionSession::activateDemo(const QUrl &url, const QString &token)
{
    ++m_activation;
    Connection demo;
    demo.name = tr("Demo server");
    demo.url = url;
    m_demo = true;
    m_client->setToken(token);
    apply(demo);
    Q_EMIT activated(m_current);
}

void ConnectionSession::reapply()
{
    if (!m_current.isSaved())
        return;
    const Connection edited = m_connections->find(m_current.id);
    if (!edited.isSaved() || edited == m_current)
        return;
    if (tokenKeyFor(edited.url) != tokenKeyFor(m_current.url)) {
        activate(edited.id); // another server: another token
        return;
    }
    apply(edited);
    Q_EMIT activated(m_current);
}

void ConnectionSession::trustCertificate(const QSslCertificate &certificate)
{
    const QString fingerprint = ZadigClient::fingerprint(certificate);
    if (fingerprint.isEmpty())
        return;
    if (!m_current.pinnedFingerprints.contains(fingerprint))
        m_current.pinnedFingerprints.append(fingerprint);
    if (m_current.isSaved())
        m_connections->pin(m_current.id, fingerprint);
    m_client->setPinnedCertificates(m_current.pinnedFingerprints);
    qCInfo(lcConnections) << "certificate" << fingerprint << "trusted for"
                          << (m_current.isSaved() ? m_current.name : u"this run"_s);
}

void ConnectionSession::apply(const Connection &connection)
{
    m_current = connection;
    QString error;
    if (!applyConnection(connection, m_client, &error)) {
        qCWarning(lcConnections) << "CA file of" << connection.name << "not used:" << error;
        Q_EMIT caFileFailed(connection, error);
    }
}

} // namespace zadig
