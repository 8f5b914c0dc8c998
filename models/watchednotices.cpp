#include "watchednotices.h"

namespace zadig {

WatchedNotices::WatchedNotices(QObject *parent) : QObject(parent) {}

QString WatchedNotices::key(const QString &projectKey, const QString &versionName)
{
    // A project key cannot hold a line break, so the pair cannot be read two ways.
    return projectKey + u'\n' + versionName;
}

void WatchedNotices::add(const QString &projectKey, const QString &versionName)
{
    if (projectKey.isEmpty() || versionName.isEmpty())
        return;
    const qsizetype before = m_keys.size();
    m_keys.insert(key(projectKey, versionName));
    if (m_keys.size() != before)
        Q_EMIT changed();
}

void WatchedNotices::remove(const QString &projectKey, const QString &versionName)
{
    if (m_keys.remove(key(projectKey, versionName)))
        Q_EMIT changed();
}

bool WatchedNotices::contains(const QString &projectKey, const QString &versionName) const
{
    return m_keys.contains(key(projectKey, versionName));
}

bool WatchedNotices::take(const QString &projectKey, const QString &versionName)
{
    if (!m_keys.remove(key(projectKey, versionName)))
        return false;
    Q_EMIT changed();
    return true;
}

} // namespace zadig
