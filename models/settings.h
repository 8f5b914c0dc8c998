// Settings: every persisted preference in one typed place, with its default.
// Secrets never come here: the API token lives in the system keychain or in ZADIG_TOKEN.
#pragma once

#include <QByteArray>
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

    QUrl serverUrl() const;
    void setServerUrl(const QUrl &url);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    QByteArray tableHeaderState() const;
    void setTableHeaderState(const QByteArray &state);

    QString language() const; // "" = follow the system
    void setLanguage(const QString &language);

    int requestTimeoutSeconds() const;
    void setRequestTimeoutSeconds(int seconds);

private:
    mutable QSettings m_settings;
};

} // namespace zadig
