// TokenStore: the API token in the system keychain (QtKeychain), keyed by server URL.
// The token never goes to QSettings or a log. Where no keychain backend exists the calls fail
// explicitly (ok == false with the keychain's error, or Status::Unavailable) and the caller
// keeps the token in memory for this run and asks for it again next time.
#pragma once

#include "connections.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace zadig {

class TokenStore : public QObject, public TokenVault
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(bool ok, const QString &token, const QString &error)>;
    using WriteCallback = std::function<void(bool ok, const QString &error)>;

    explicit TokenStore(QObject *parent = nullptr);

    void read(const QUrl &server, ReadCallback callback);
    void write(const QUrl &server, const QString &token, WriteCallback callback);
    void remove(const QUrl &server);

    // TokenVault
    void readToken(const QUrl &server, TokenVault::ReadCallback callback) override;
    void writeToken(const QUrl &server, const QString &token,
                    TokenVault::WriteCallback callback) override;
    void removeToken(const QUrl &server) override;

    static QString keyFor(const QUrl &server);
};

} // namespace zadig
