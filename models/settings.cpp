#include "settings.h"

using namespace Qt::StringLiterals;

namespace zadig {

namespace {
const auto kPageSize = "browser/pageSize"_L1;
const auto kLastProject = "browser/lastProject"_L1;
const auto kServerUrl = "connection/serverUrl"_L1;
const auto kGeometry = "window/geometry"_L1;
const auto kState = "window/state"_L1;
const auto kSplitter = "window/splitter"_L1;
const auto kHeader = "window/tableHeader"_L1;
const auto kLanguage = "ui/language"_L1;
const auto kTimeout = "connection/timeoutSeconds"_L1;
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
    m_settings.setValue(kServerUrl, url);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kState, state);
}

QByteArray Settings::splitterState() const
{
    return m_settings.value(kSplitter).toByteArray();
}

void Settings::setSplitterState(const QByteArray &state)
{
    m_settings.setValue(kSplitter, state);
}

QByteArray Settings::tableHeaderState() const
{
    return m_settings.value(kHeader).toByteArray();
}

void Settings::setTableHeaderState(const QByteArray &state)
{
    m_settings.setValue(kHeader, state);
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
    return qBound(5, m_settings.value(kTimeout, 30).toInt(), 600);
}

void Settings::setRequestTimeoutSeconds(int seconds)
{
    m_settings.setValue(kTimeout, seconds);
}

} // namespace zadig
