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
// Not a QObject and not thread-safe: the GUI thread owns it, as it owns the repository. What is
// kept is learnt by scanning the directory on a thread of its own, started by the constructor,
// so that a large cache never holds up the first store; until the scan is over, reads, stores
// and removals work on the files as usual, count() and sizeOnDisk() answer only what this
// instance did, and the bound is enforced once the scan's result is taken in.
#pragma once

#include "api/types.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <thread>

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
    // Tells the scan to stop and waits for it: it stops at its next file, or once it sorted
    // what it found.
    ~DetailDiskCache();
    DetailDiskCache(const DetailDiskCache &) = delete;
    DetailDiskCache &operator=(const DetailDiskCache &) = delete;
    // QStandardPaths::CacheLocation + "/details".
    static QString defaultDirectory();

    QString directory() const { return m_directory; }
    qint64 maxBytes() const { return m_maxBytes; }
    void setMaxBytes(qint64 maxBytes); // evicts at once when over (once the scan is over)

    // Whether the scan's result is taken in, checked without waiting for it. Every call below
    // takes it in (and evicts when over the bound) as soon as it is there.
    bool isIndexed();
    // Tests only: the scan calls `pause` after it walked the directory, before its result is
    // there, so that a test can act while the scan runs. Applies to caches made afterwards.
    static void setScanPauseForTests(std::function<void()> pause);

    // The detail kept for the version, if any; reading it counts as a use.
    std::optional<VersionDetail> load(const Scope &scope, const QString &id);
    // Keeps a settled detail (replacing what was kept); an unsettled one drops it instead.
    void store(const Scope &scope, const VersionDetail &detail);
    void remove(const Scope &scope, const QString &id);
    // After the whole list of a project was read: versions not in it were deleted. What the scan
    // is still to find is pruned when its result is taken in.
    void retainOnly(const Scope &scope, const QSet<QString> &ids);
    void clear();

    // What the index holds: complete once isIndexed().
    int count(const Scope &scope);
    qint64 sizeOnDisk();

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

    using Index = QHash<QString, QHash<QString, Entry>>; // scope folder -> file name -> entry
    struct ScanState;

    const ScopeKeys &keysOf(const Scope &scope);
    QString pathOf(const QString &folder, const QString &name) const;
    void settle();
    void adopt(ScanState &scan);
    void noteUse(const QString &folder, const QString &name, qint64 size);
    void removeFile(const QString &folder, const QString &name);
    void forget(const QString &folder, const QString &name); // the index only
    void removeEmptyFolder(const QString &folder);
    void evict(const QString &keepFolder = {}, const QString &keepName = {});

    QString m_directory;
    qint64 m_maxBytes;
    bool m_usable = false; // false for "" and a root directory: nothing is kept there
    // What is kept, so that size and counts never need a scan. Until the scan's result is taken
    // in, only what this instance stored or read.
    Index m_index;
    qint64 m_totalBytes = 0;
    quint64 m_uses = 0;
    bool m_indexed = true; // false until the scan's result is taken in
    // Until then: the files this instance touched, which it knows better than the scan (which
    // may have seen them before a store or a removal), and the lists read per scope folder
    // (hashed file names), which prune what the scan found.
    QHash<QString, QSet<QString>> m_touched;
    QHash<QString, QSet<QString>> m_pendingRetain;
    // Callers ask for many versions of one scope in a row; its hashes are worked out once.
    std::optional<ScopeKeys> m_lastScope;
    // Shared with the scan's thread, which writes its result there and then marks it ready.
    std::shared_ptr<ScanState> m_scan;
    std::thread m_scanThread;
};

} // namespace zadig
