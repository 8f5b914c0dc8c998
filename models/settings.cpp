#include "settings.h"

using namespace Qt::StringLiterals;

namespace zadig {

namespace {
const auto kPageSize = "browser/pageSize"_L1;
const auto kLastProject = "browser/lastProject"_L1;
const auto kServerUrl = "connection/serverUrl"_L1;
const auto kLanguage = "ui/language"_L1;
const auto kTimeout = "connection/timeoutSeconds"_L1;
const auto kNotifyWhenDone = "ui/notifyWhenDone"_L1;
const auto kConnections = "connections"_L1;
const auto kActiveConnection = "connection/activeId"_L1;
const auto kConnectionId = "id"_L1;
const auto kConnectionName = "name"_L1;
const auto kConnectionUrl = "url"_L1;
const auto kConnectionCaFile = "caFile"_L1;
const auto kConnectionTimeout = "timeoutSeconds"_L1;
const auto kConnectionPins = "pinnedSha256"_L1;
} // namespace

Settings::Settings() = default;

int Settings::pageSize() const
{
    const int size = m_settings.value(kPageSize, DefaultPageSize).toInt();
    return pageSizes().contains(size) ? size : DefaultPageSize;
}

void Settings::setPageSize(int size)
{
    m_settings.setValue(kPageSize, size);
}

QString Settings::lastProject() const
{
    return m_settings.value(kLastProject).toString();
}

void Settings::setLastProject(const QString &projectKey)
{
    m_settings.setValue(kLastProject, projectKey);
}

QUrl Settings::serverUrl() const
{
    return m_settings.value(kServerUrl).toUrl();
}

void Settings::setServerUrl(const QUrl &url)
{
    if (url.isEmpty())
        m_settings.remove(kServerUrl);
    else
        m_settings.setValue(kServerUrl, url);
}

QList<Connection> Settings::connections() const
{
    QList<Connection> result;
    const int count = m_settings.beginReadArray(kConnections);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        Connection connection;
        connection.id = m_settings.value(kConnectionId).toString();
        connection.name = m_settings.value(kConnectionName).toString();
        connection.url = QUrl(m_settings.value(kConnectionUrl).toString(), QUrl::StrictMode);
        connection.caFile = m_settings.value(kConnectionCaFile).toString();
        connection.timeoutSeconds = m_settings.value(kConnectionTimeout, 0).toInt();
        connection.pinnedFingerprints = m_settings.value(kConnectionPins).toStringList();
        if (!connection.id.isEmpty() && connection.url.isValid())
            result.append(connection);
    }
    m_settings.endArray();
    return result;
}

void Settings::setConnections(const QList<Connection> &connections)
{
    m_settings.remove(kConnections);
    m_settings.beginWriteArray(kConnections, int(connections.size()));
    for (int i = 0; i < connections.size(); ++i) {
        const Connection &connection = connections.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(kConnectionId, connection.id);
        m_settings.setValue(kConnectionName, connection.name);
        m_settings.setValue(kConnectionUrl, connection.url.toString());
        m_settings.setValue(kConnectionCaFile, connection.caFile);
        m_settings.setValue(kConnectionTimeout, connection.timeoutSeconds);
        m_settings.setValue(kConnectionPins, connection.pinnedFingerprints);
    }
    m_settings.endArray();
}

QString Settings::activeConnectionId() const
{
    return m_settings.value(kActiveConnection).toString();
}

void Settings::setActiveConnectionId(const QString &id)
{
    m_settings.setValue(kActiveConnection, id);
}

QString Settings::language() const
{
    return m_settings.value(kLanguage).toString();
}

void Settings::setLanguage(const QString &language)
{
    m_settings.setValue(kLanguage, language);
}

int Settings::requestTimeoutSeconds() const
{
    return qBound(MinTimeoutSeconds, m_settings.value(kTimeout, 30).toInt(), MaxTimeoutSeconds);
}

void Settings::setRequestTimeoutSeconds(int seconds)
{
    m_settings.setValue(kTimeout, seconds);
}

bool Settings::notifyWhenDone() const
{
    return m_settings.value(kNotifyWhenDone, true).toBool();
}

void Settings::setNotifyWhenDone(bool notify)
{
    m_settings.setValue(kNotifyWhenDone, notify);
}

void Settings::sync()
{
    m_settings.sync();
}

QString Settings::fileName() const
{
    return m_settings.fileName();
}

} // namespace zadig
