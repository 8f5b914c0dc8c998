// TokenStore: the API token in the system keychain (QtKeychain), keyed by server URL.
// The token never goes to QSettings or a log. Where no keychain backend exists the calls fail
// explicitly (ok == false with the keychain's error, or Status::Unavailable) and the caller
// keeps the token in memory for this run and asks for it again next time.
#pragma once

#include "connections.h"

#include <QObject>
#include <QUrl>

#include <utility>

namespace zadig {

class TokenStore : public QObject, public TokenVault
{
    Q_OBJECT

public:
    explicit TokenStore(QObject *parent = nullptr);

    // The older names of writeToken() and removeToken().
    void write(const QUrl &server, const QString &token, WriteCallback callback)
    {
        writeToken(server, token, std::move(callback));
    }
    void remove(const QUrl &server) { removeToken(server); }

    // TokenVault
    void readToken(const QUrl &server, ReadCallback callback) override;
    void writeToken(const QUrl &server, const QString &token, WriteCallback callback) override;
    void removeToken(const QUrl &server) override;
};

} // namespace zadig
