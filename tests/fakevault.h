// A TokenVault for tests: an in-memory keychain that can be switched off (as on a bare Linux
// box) and answers asynchronously, like QtKeychain.
#pragma once

#include "connections.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace zadig::test {

class FakeVault : public QObject, public TokenVault
{
public:
    bool available = true;
    QHash<QString, QString> tokens; // tokenKeyFor(url) -> token
    QStringList removed;
    int reads = 0;
    int readsAnswered = 0;

    void readToken(const QUrl &server, ReadCallback callback) override
    {
        ++reads;
        const QString key = tokenKeyFor(server);
        QTimer::singleShot(0, this, [this, key, callback] {
            if (!available)
                callback(Status::Unavailable, QString(), QStringLiteral("no secret service"));
            else if (tokens.contains(key))
                callback(Status::Ok, tokens.value(key), QString());
            else
                callback(Status::NotFound, QString(), QString());
            ++readsAnswered;
        });
    }

    void writeToken(const QUrl &server, const QString &token, WriteCallback callback) override
    {
        const QString key = tokenKeyFor(server);
        QTimer::singleShot(0, this, [this, key, token, callback] {
            if (!available) {
                callback(false, QStringLiteral("no secret service"));
                return;
            }
            tokens.insert(key, token);
            callback(true, QString());
        });
    }

    void removeToken(const QUrl &server) override
    {
        removed << tokenKeyFor(server);
        tokens.remove(tokenKeyFor(server));
    }
};

} // namespace zadig::test
