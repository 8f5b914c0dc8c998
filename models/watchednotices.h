// WatchedNotices: the versions the user wants to hear about when they settle ("Tell me when it
// is done", issue 16): those created or retried in this app, and those marked "Notify me".
//
// Kept by project and version name: a version created here is known by its name before the list
// gives it an id, and names are unique within a project. One notice per mark: take() forgets the
// version as it settles, so a later retry has to be watched (or marked) again.
#pragma once

#include <QObject>
#include <QSet>
#include <QString>

namespace zadig {

class WatchedNotices : public QObject
{
    Q_OBJECT

public:
    explicit WatchedNotices(QObject *parent = nullptr);

    void add(const QString &projectKey, const QString &versionName);
    void remove(const QString &projectKey, const QString &versionName);
    bool contains(const QString &projectKey, const QString &versionName) const;
    // True (and forgotten) when the version was watched.
    bool take(const QString &projectKey, const QString &versionName);
    int count() const { return int(m_keys.size()); }

Q_SIGNALS:
    void changed();

private:
    static QString key(const QString &projectKey, const QString &versionName);

    QSet<QString> m_keys;
};

} // namespace zadig
