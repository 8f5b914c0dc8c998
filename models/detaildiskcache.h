// DetailDiskCache: settled versions' details kept on disk, so that searching a project's images a
// second time asks the server for none of the versions that cannot have changed.
//
// A version that succeeded, or failed and was not retried, does not change on the server; its
// detail is kept per server, project and id under the platform's cache directory. Anything else
// (creating, retrying, unknown) is never kept: storing it drops what was kept. The whole cache
// is bounded in size; the least recently used details go first. A file that does not read back
// (another format, a torn write, a hostile edit) is a miss and is removed. Ids and project keys
// come from the server and are never used as file names as they are.
//
// Not a QObject and not thread-safe: the GUI thread owns it, as it owns the repository.
#pragma once

#include "api/types.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QUrl>

#include <optional>

namespace zadig {

class DetailDiskCache
{
public:
    static constexpr qint64 DefaultMaxBytes = 64LL * 1024 * 1024;

    // Where one server's project's details are kept.
    struct Scope
    {
        QUrl server; // the client's base URL; only scheme, host, port and path count
        QString projectKey;
    };

    // An empty directory or a root one is refused: the cache then keeps nothing.
    explicit DetailDiskCache(const QString &directory, qint64 maxBytes = DefaultMaxBytes);
    // QStandardPaths::CacheLocation + "/details".
    static QString defaultDirectory();

    QString directory() const { return m_directory; }
    qint64 maxBytes() const { return m_maxBytes; }
    void setMaxBytes(qint64 maxBytes); // evicts at once when over

    // The detail kept for the version, if any; reading it counts as a use.
    std::optional<VersionDetail> load(const Scope &scope, const QString &id);
    // Keeps a settled detail (replacing what was kept); an unsettled one drops it instead.
    void store(const Scope &scope, const VersionDetail &detail);
    void remove(const Scope &scope, const QString &id);
    // After the whole list of a project was read: versions not in it were deleted.
    void retainOnly(const Scope &scope, const QSet<QString> &ids);
    void clear();

    int count(const Scope &scope) const;
    qint64 sizeOnDisk() const;

private:
    // A scope's folder (relative to the directory) and what its files must say they belong to.
    struct ScopeKeys
    {
        QUrl server;
        QString projectKey;
        QString serverKey;
        QString folder;
    };
    struct Entry
    {
        qint64 size = 0;
        quint64 lastUse = 0; // m_uses at the last load or store
    };

    const ScopeKeys &keysOf(const Scope &scope) const;
    QString pathOf(const QString &folder, const QString &name) const;
    void ensureIndex() const;
    void noteUse(const QString &folder, const QString &name, qint64 size);
    void removeFile(const QString &folder, const QString &name);
    void forget(const QString &folder, const QString &name); // the index only
    void evict(const QString &keepFolder = {}, const QString &keepName = {});

    QString m_directory;
    qint64 m_maxBytes;
    bool m_usable = false; // false for "" and a root directory: nothing is kept there
    // Scope folder -> file name -> entry, read from the directory on first use, so that size and
    // counts never need a scan.
    mutable QHash<QString, QHash<QString, Entry>> m_index;
    mutable qint64 m_totalBytes = 0;
    mutable quint64 m_uses = 0;
    mutable bool m_indexed = false;
    // Callers ask for many versions of one scope in a row; its hashes are worked out once.
    mutable std::optional<ScopeKeys> m_lastScope;
};

} // namespace zadig
