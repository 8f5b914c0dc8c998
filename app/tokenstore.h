// TokenStore: the API token in the system keychain (QtKeychain), keyed by server URL.
// The token never goes to QSettings or a log. Where no keychain backend exists the calls fail
// and the caller asks for the token each session instead.
#pragma once

#include <QObject>
#include <QUrl>

#include <functional>

namespace zadig {

class TokenStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(bool ok, const QString &token, const QString &error)>;
    using WriteCallback = std::function<void(bool ok, const QString &error)>;

    explicit TokenStore(QObject *parent = nullptr);

    void read(const QUrl &server, ReadCallback callback);
    void write(const QUrl &server, const QString &token, WriteCallback callback);
    void remove(const QUrl &server);

    static QString keyFor(const QUrl &server);
};

} // namespace zadig
