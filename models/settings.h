// Settings: every persisted preference in one typed place, with its default.
// Secrets never come here: the API token lives in the system keychain or in ZADIG_TOKEN. Nor does
// the window's layout, which is the views' own state (views/windowlayout.h).
#pragma once

#include "connections.h"

#include <QSettings>
#include <QString>
#include <QUrl>

namespace zadig {

class Settings
{
public:
    Settings(); // the application's QSettings (tests point QSettings at a temporary path)

    static constexpr int DefaultPageSize = 20;
    static QList<int> pageSizes() { return {10, 20, 50, 100}; }

    int pageSize() const;
    void setPageSize(int size);

    QString lastProject() const;
    void setLastProject(const QString &projectKey);

    // The single server of earlier versions; Connections adopts it and clears it.
    QUrl serverUrl() const;
    void setServerUrl(const QUrl &url);

    // Saved connections (never a token) and the id of the active one.
    QList<Connection> connections() const;
    void setConnections(const QList<Connection> &connections);
    QString activeConnectionId() const;
    void setActiveConnectionId(const QString &id);

    QString language() const; // "" = follow the system
    void setLanguage(const QString &language);

    // The default request timeout; a connection may have its own.
    static constexpr int MinTimeoutSeconds = 5;
    static constexpr int MaxTimeoutSeconds = 600;
    int requestTimeoutSeconds() const;
    void setRequestTimeoutSeconds(int seconds);

    // A desktop notice when a watched version settles while the window is in the background.
    bool notifyWhenDone() const; // default true
    void setNotifyWhenDone(bool notify);

    // Written at once (tests read the file; a second process sees the change).
    void sync();
    QString fileName() const;

private:
    mutable QSettings m_settings;
};

} // namespace zadig
