#include "detaildiskcache.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <algorithm>
#include <atomic>
#include <concepts>
#include <filesystem>
#include <system_error>
#include <type_traits>

Q_LOGGING_CATEGORY(lcDiskCache, "zadig.diskcache", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace zadig {

namespace {

constexpr quint32 Magic = 0x5a444443; // "ZDDC"
// Bump on any change to what fields() writes: files of another version are misses.
constexpr quint16 FormatVersion = 1;
// Fixed, so that a newer Qt reads what an older one wrote.
constexpr auto StreamVersion = QDataStream::Qt_6_4;
// Records nested deeper than a decoded detail can be (16 levels of sub_distributes) are a
// hostile file, not a detail; the limit keeps reading it off the stack's edge.
constexpr int MaxDepth = 24;
constexpr int HashLength = 32; // hex digits: 128 bits of SHA-256
constexpr QLatin1StringView Suffix = ".detail"_L1;
// A store writes "<name>.XXXXXX" beside the file and renames it over the file within a moment;
// one this old was left by a crash, and the scan removes it.
constexpr qint64 StaleTemporarySecs = 60 * 60;

std::function<void()> &scanPauseForTests()
{
    static std::function<void()> pause;
    return pause;
}

// Names on disk: server and project keys and ids come from the server (and may be "../x", long,
// or hold a NUL), so only their hashes are file names.
QString hashed(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(HashLength));
}

bool isHashName(QStringView name)
{
    return name.size() == HashLength && std::all_of(name.begin(), name.end(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

bool isDetailFileName(QStringView name)
{
    return name.endsWith(Suffix) && isHashName(name.chopped(Suffix.size()));
}

// What a store (or a crash in one) leaves beside a detail file: "<hash>.detail.<anything>".
bool isTemporaryName(QStringView name)
{
    return name.size() > HashLength + Suffix.size() + 1 && isHashName(name.left(HashLength)) &&
           name.mid(HashLength, Suffix.size()) == Suffix &&
           name.at(HashLength + Suffix.size()) == u'.';
}

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(path.toStdU16String());
}

// Renames `from` over `to`. Not synced to the disk: a file torn by a power cut reads as a miss
// and goes, so a sync on every store would buy nothing but time.
bool replaceFile(const QString &from, const QString &to)
{
    std::error_code error;
    // rename(2) on POSIX, MoveFileExW with MOVEFILE_REPLACE_EXISTING on Windows: the target is
    // replaced at once, so a reader (another instance of the app too) sees the old file or the
    // new one.
    std::filesystem::rename(fsPath(from), fsPath(to), error);
    if (!error)
        return true;
    // A file system that does not replace: the next read of this id is a miss for a moment.
    return QFile::remove(to) && QFile::rename(from, to);
}

// Writes `bytes` beside `path` and renames them over it; false (and nothing left) when it fails.
bool writeReplacing(const QString &path, const QString &folder, const QByteArray &bytes,
                    QString *error)
{
    QTemporaryFile file(path + ".XXXXXX"_L1);
    file.setAutoRemove(false);
    // The folder is made only when missing, which saves a call on every store but the first.
    if (!file.open() && !(QDir().mkpath(folder) && file.open())) {
        *error = file.errorString();
        return false;
    }
    const QString temporary = file.fileName();
    const bool written = file.write(bytes) == bytes.size() && file.flush();
    *error = file.errorString();
    file.close();
    if (written && replaceFile(temporary, path))
        return true;
    QFile::remove(temporary);
    return false;
}

// Scheme, host and port (the default filled in) and the path without a trailing slash: what
// names a server. User info, query and fragment are left out so that no credential reaches a
// file, and so that the same server written two ways shares its details.
QString serverKey(const QUrl &server)
{
    const QString scheme = server.scheme().toLower();
    const int defaultPort = scheme == "https"_L1 ? 443 : scheme == "http"_L1 ? 80 : -1;
    QString path = server.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    return scheme + "://"_L1 + server.host(QUrl::FullyEncoded).toLower() + u':' +
           QString::number(server.port(defaultPort)) + path;
}

// --- serialization ------------------------------------------------------------------------------
// Each record's fields are listed once, for writing and reading alike. The structured bindings
// stop the build when a field is added to a type, so that no field is silently left out.

template<typename T, typename Record>
concept ConstOr = std::same_as<std::remove_const_t<T>, Record>;

template<typename S, ConstOr<Progress> T>
void fields(S &s, T &v)
{
    auto &[successCount, totalCount, uploadStatus, error] = v;
    s(successCount, totalCount, uploadStatus, error);
}

template<typename S, ConstOr<VersionInfo> T>
void fields(S &s, T &v)
{
    auto &[id, name, type, rawType, status, rawStatus, labels, description, progress, createdBy,
           createTime, source, rawSource, labelsFromList] = v;
    s(id, name, type, rawType, status, rawStatus, labels, description, progress, createdBy,
      createTime, source, rawSource, labelsFromList);
}

template<typename S, ConstOr<DeployInfo> T>
void fields(S &s, T &v)
{
    auto &[id, serviceName, serviceModule, image, imageName, registryId, createTime] = v;
    s(id, serviceName, serviceModule, image, imageName, registryId, createTime);
}

template<typename S, ConstOr<DistributeInfo> T>
void fields(S &s, T &v)
{
    auto &[id, serviceName, distributeType, chartName, chartRepoName, chartVersion, serviceModule,
           image, imageName, imageNamespace, createTime, subDistributes] = v;
    s(id, serviceName, distributeType, chartName, chartRepoName, chartVersion, serviceModule, image,
      imageName, imageNamespace, createTime, subDistributes);
}

template<typename S, ConstOr<ImagePath> T>
void fields(S &s, T &v)
{
    auto &[repo, imageNamespace, image, tag] = v;
    s(repo, imageNamespace, image, tag);
}

template<typename S, ConstOr<VersionImage> T>
void fields(S &s, T &v)
{
    auto &[containerName, imageName, sourceImage, sourceImageTag, targetImage, targetImageTag,
           pushImage, status, error, imagePath] = v;
    s(containerName, imageName, sourceImage, sourceImageTag, targetImage, targetImageTag, pushImage,
      status, error, imagePath);
}

template<typename S, ConstOr<VersionService> T>
void fields(S &s, T &v)
{
    auto &[serviceName, chartName, originalChartVersion, chartVersion, chartStatus, yamlContent,
           images, error] = v;
    s(serviceName, chartName, originalChartVersion, chartVersion, chartStatus, yamlContent, images,
      error);
}

template<typename S, ConstOr<VersionDetail> T>
void fields(S &s, T &v)
{
    auto &[info, deployInfos, distributeInfos, v2, projectKey, services, envName, production,
           imageRegistryId, chartRepoName, error, originalVersionName] = v;
    s(info, deployInfos, distributeInfos, v2, projectKey, services, envName, production,
      imageRegistryId, chartRepoName, error, originalVersionName);
}

template<typename T>
concept Record = std::same_as<T, Progress> || std::same_as<T, VersionInfo> ||
    std::same_as<T, DeployInfo> || std::same_as<T, DistributeInfo> || std::same_as<T, ImagePath> ||
    std::same_as<T, VersionImage> || std::same_as<T, VersionService> ||
    std::same_as<T, VersionDetail>;

class Writer
{
public:
    explicit Writer(QDataStream &out) : m_out(out) {}

    template<typename... T>
    void operator()(const T &...values)
    {
        (write(values), ...);
    }

private:
    void write(const QString &v) { m_out << v; }
    void write(bool v) { m_out << v; }
    void write(int v) { m_out << qint32(v); }
    void write(qint64 v) { m_out << v; }
    template<typename E>
    requires std::is_enum_v<E>
    void write(E v) { m_out << qint32(v); }
    template<typename T>
    void write(const std::optional<T> &v)
    {
        m_out << v.has_value();
        if (v)
            write(*v);
    }
    // QDataStream's own QList operators are not used: reading them reserves whatever count a
    // file claims.
    template<typename T>
    void write(const QList<T> &list)
    {
        m_out << quint32(list.size());
        for (const T &item : list)
            write(item);
    }
    template<Record T>
    void write(const T &v)
    {
        fields(*this, v);
    }

    QDataStream &m_out;
};

// Reads what Writer wrote. Anything inconsistent sets the stream's status, which the caller
// checks once at the end.
class Reader
{
public:
    explicit Reader(QDataStream &in) : m_in(in) {}

    template<typename... T>
    void operator()(T &...values)
    {
        (read(values), ...);
    }

private:
    bool ok() const { return m_in.status() == QDataStream::Ok; }
    void fail() { m_in.setStatus(QDataStream::ReadCorruptData); }

    void read(QString &v) { m_in >> v; }
    void read(bool &v) { m_in >> v; }
    void read(int &v)
    {
        qint32 value = 0;
        m_in >> value;
        v = value;
    }
    void read(qint64 &v) { m_in >> v; }
    // Every enum written here ends in Unknown; anything past it is not ours.
    template<typename E>
    requires std::is_enum_v<E>
    void read(E &v)
    {
        qint32 value = 0;
        m_in >> value;
        if (value < 0 || value > qint32(E::Unknown))
            fail();
        else
            v = E(value);
    }
    template<typename T>
    void read(std::optional<T> &v)
    {
        bool present = false;
        m_in >> present;
        v.reset();
        if (present) {
            T value;
            read(value);
            v = std::move(value);
        }
    }
    template<typename T>
    void read(QList<T> &list)
    {
        quint32 count = 0;
        m_in >> count;
        list.clear();
        // Every element takes at least a byte: a larger count is a lie, not a reason to allocate.
        if (count > quint64(m_in.device()->bytesAvailable())) {
            fail();
            return;
        }
        for (quint32 i = 0; i < count && ok(); ++i) {
            T item;
            read(item);
            list.append(std::move(item));
        }
    }
    template<Record T>
    void read(T &v)
    {
        if (++m_depth > MaxDepth)
            fail();
        else
            fields(*this, v);
        --m_depth;
    }

    QDataStream &m_in;
    int m_depth = 0;
};

QByteArray encodeFile(const QString &server, const QString &projectKey, const VersionDetail &detail)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << Magic << FormatVersion;
    out.setVersion(StreamVersion);
    out << server << projectKey;
    Writer{out}(detail);
    return bytes;
}

// The detail when the bytes are a whole file of this format for this server, project and id.
std::optional<VersionDetail> decodeFile(const QByteArray &bytes, const QString &server,
                                        const QString &projectKey, const QString &id)
{
    QDataStream in(bytes);
    quint32 magic = 0;
    quint16 version = 0;
    in >> magic >> version;
    if (magic != Magic || version != FormatVersion)
        return std::nullopt;
    in.setVersion(StreamVersion);
    QString storedServer;
    QString storedProject;
    in >> storedServer >> storedProject;
    if (in.status() != QDataStream::Ok || storedServer != server || storedProject != projectKey)
        return std::nullopt;
    VersionDetail detail;
    Reader{in}(detail);
    if (in.status() != QDataStream::Ok || !in.atEnd() || detail.info.id != id)
        return std::nullopt;
    return detail;
}

} // namespace

struct DetailDiskCache::ScanState
{
    QString directory;
    std::function<void()> pause;
    // Written by the scan's thread before `ready`; read by the owner's only after it.
    Index index;
    qint64 bytes = 0;
    quint64 uses = 0; // the entries' last uses are 1 to `uses`, in the order of the files' times
    std::atomic<bool> ready = false;
    std::atomic<bool> stop = false; // set by the owner when nobody will take the result in

    void run();
};

// On the scan's thread: touches the files and its own members only.
void DetailDiskCache::ScanState::run()
{
    struct Found
    {
        QString folder;
        QString name;
        qint64 size;
        qint64 modified; // ms since the epoch
    };
    QList<Found> found;
    const qint64 stale = QDateTime::currentMSecsSinceEpoch() - StaleTemporarySecs * 1000;
    QDirIterator servers(directory, QDir::Dirs | QDir::NoDotAndDotDot);
    while (servers.hasNext() && !stop) {
        const QString serverPath = servers.next();
        const QString server = servers.fileName();
        if (!isHashName(server))
            continue;
        QDirIterator projects(serverPath, QDir::Dirs | QDir::NoDotAndDotDot);
        while (projects.hasNext() && !stop) {
            const QString projectPath = projects.next();
            if (!isHashName(projects.fileName()))
                continue;
            const QString folder = server + u'/' + projects.fileName();
            QDirIterator files(projectPath, {QString(u'*' + Suffix + u'*')},
                               QDir::Files | QDir::Hidden);
            while (files.hasNext() && !stop) {
                files.next();
                const QString name = files.fileName();
                if (isDetailFileName(name)) {
                    const QFileInfo info = files.fileInfo();
                    found.append(
                        {folder, name, info.size(), info.lastModified().toMSecsSinceEpoch()});
                } else if (isTemporaryName(name) &&
                           files.fileInfo().lastModified().toMSecsSinceEpoch() < stale) {
                    QFile::remove(files.filePath());
                }
            }
        }
    }
    if (stop)
        return;
    if (pause)
        pause();
    // Last use carries over from the files' times, which load() and store() keep current.
    std::sort(found.begin(), found.end(),
              [](const Found &a, const Found &b) { return a.modified < b.modified; });
    for (const Found &f : std::as_const(found)) {
        index[f.folder].insert(f.name, {f.size, ++uses});
        bytes += f.size;
    }
    ready.store(true, std::memory_order_release);
}

DetailDiskCache::DetailDiskCache(const QString &directory, qint64 maxBytes)
    : m_directory(directory), m_maxBytes(std::max<qint64>(0, maxBytes))
{
    // clear() and eviction delete files below the directory; a root (or "", which would be the
    // working directory) is no place for that.
    if (directory.isEmpty())
        return;
    const QString absolute = QDir::cleanPath(QDir(directory).absolutePath());
    if (QDir(absolute).isRoot()) {
        qCWarning(lcDiskCache) << "not keeping details in a root directory:" << directory;
        return;
    }
    m_directory = absolute;
    m_usable = true;
    m_indexed = false;
    m_scan = std::make_shared<ScanState>();
    m_scan->directory = m_directory;
    m_scan->pause = scanPauseForTests();
    // Only the shared state goes to the thread, never `this`.
    m_scanThread = std::thread([scan = m_scan] { scan->run(); });
}

DetailDiskCache::~DetailDiskCache()
{
    if (m_scan)
        m_scan->stop = true;
    if (m_scanThread.joinable())
        m_scanThread.join();
}

void DetailDiskCache::setScanPauseForTests(std::function<void()> pause)
{
    scanPauseForTests() = std::move(pause);
}

QString DetailDiskCache::defaultDirectory()
{
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    // Without a cache location, "" makes a cache that keeps nothing rather than "/details".
    return cache.isEmpty() ? QString() : cache + "/details"_L1;
}

void DetailDiskCache::setMaxBytes(qint64 maxBytes)
{
    m_maxBytes = std::max<qint64>(0, maxBytes);
    if (!m_usable)
        return;
    settle();
    evict();
}

bool DetailDiskCache::isIndexed()
{
    settle();
    return m_indexed;
}

std::optional<VersionDetail> DetailDiskCache::load(const Scope &scope, const QString &id)
{
    if (!m_usable || id.isEmpty())
        return std::nullopt;
    settle();
    const ScopeKeys &keys = keysOf(scope);
    const QString name = hashed(id) + Suffix;
    QFile file(pathOf(keys.folder, name));
    // Writing is needed only to set the file's time (Windows asks for it); a file that cannot be
    // written is still read.
    if (!file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly) &&
        !file.open(QIODevice::ReadOnly)) {
        forget(keys.folder, name);
        return std::nullopt;
    }
    // Nothing larger than the bound was written here; a larger file is not read into memory.
    const QByteArray bytes = file.size() <= m_maxBytes ? file.readAll() : QByteArray();
    auto detail = decodeFile(bytes, keys.serverKey, keys.projectKey, id);
    if (!detail) {
        qCInfo(lcDiskCache) << "dropping a cached detail that does not read back:"
                            << file.fileName();
        file.close();
        removeFile(keys.folder, name);
        return std::nullopt;
    }
    // The modification time is the use time a later session's scan starts from.
    file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    noteUse(keys.folder, name, bytes.size());
    return detail;
}

void DetailDiskCache::store(const Scope &scope, const VersionDetail &detail)
{
    const QString &id = detail.info.id;
    if (!m_usable || id.isEmpty())
        return;
    if (!detail.info.isSettled()) {
        remove(scope, id);
        return;
    }
    settle();
    const ScopeKeys &keys = keysOf(scope);
    const QByteArray bytes = encodeFile(keys.serverKey, keys.projectKey, detail);
    if (bytes.size() > m_maxBytes) {
        remove(scope, id);
        return;
    }
    const QString name = hashed(id) + Suffix;
    const QString path = pathOf(keys.folder, name);
    QString error;
    if (!writeReplacing(path, m_directory + u'/' + keys.folder, bytes, &error)) {
        qCWarning(lcDiskCache) << "cannot keep a detail in" << path << error;
        // What was kept before is an older answer than this one.
        removeFile(keys.folder, name);
        return;
    }
    noteUse(keys.folder, name, bytes.size());
    evict(keys.folder, name);
}

void DetailDiskCache::remove(const Scope &scope, const QString &id)
{
    if (!m_usable || id.isEmpty())
        return;
    settle();
    removeFile(keysOf(scope).folder, hashed(id) + Suffix);
}

void DetailDiskCache::retainOnly(const Scope &scope, const QSet<QString> &ids)
{
    if (!m_usable)
        return;
    settle();
    // The index, not the folder: listing a folder of thousands of files holds up the GUI. What
    // another instance of the app wrote meanwhile is pruned by that instance, or by a later one.
    const QString folder = keysOf(scope).folder;
    const auto known = m_index.constFind(folder);
    if (m_indexed && known == m_index.cend())
        return;
    QSet<QString> kept;
    kept.reserve(ids.size());
    for (const QString &id : ids)
        kept.insert(hashed(id) + Suffix);
    if (known != m_index.cend()) {
        QStringList gone;
        for (auto entry = known->cbegin(); entry != known->cend(); ++entry) {
            if (!kept.contains(entry.key()))
                gone.append(entry.key());
        }
        for (const QString &name : std::as_const(gone))
            removeFile(folder, name);
    }
    // The latest list is the one that holds.
    if (!m_indexed)
        m_pendingRetain.insert(folder, std::move(kept));
}

void DetailDiskCache::clear()
{
    if (!m_usable)
        return;
    // Whatever the scan finds is gone in a moment; its thread ends at its next file.
    if (m_scan)
        m_scan->stop = true;
    m_scan.reset();
    m_touched.clear();
    m_pendingRetain.clear();
    // Only what this class makes goes: hash-named folders two deep and hash-named .detail files
    // in them (with the leftovers of stores), so a directory shared with anything else keeps it.
    QDirIterator servers(m_directory, QDir::Dirs | QDir::NoDotAndDotDot);
    while (servers.hasNext()) {
        const QString serverPath = servers.next();
        if (!isHashName(servers.fileName()))
            continue;
        QDirIterator projects(serverPath, QDir::Dirs | QDir::NoDotAndDotDot);
        while (projects.hasNext()) {
            const QString projectPath = projects.next();
            if (!isHashName(projects.fileName()))
                continue;
            QDirIterator files(projectPath, {QString(u'*' + Suffix + u'*')},
                               QDir::Files | QDir::Hidden);
            while (files.hasNext()) {
                files.next();
                if (isHashName(QStringView(files.fileName()).left(HashLength)))
                    QFile::remove(files.filePath());
            }
            QDir().rmdir(projectPath);
        }
        QDir().rmdir(serverPath);
    }
    m_index.clear();
    m_totalBytes = 0;
    m_indexed = true;
}

int DetailDiskCache::count(const Scope &scope)
{
    if (!m_usable)
        return 0;
    settle();
    const auto it = m_index.constFind(keysOf(scope).folder);
    return it == m_index.cend() ? 0 : int(it->size());
}

qint64 DetailDiskCache::sizeOnDisk()
{
    if (!m_usable)
        return 0;
    settle();
    return m_totalBytes;
}

const DetailDiskCache::ScopeKeys &DetailDiskCache::keysOf(const Scope &scope)
{
    if (!m_lastScope || m_lastScope->server != scope.server ||
        m_lastScope->projectKey != scope.projectKey) {
        ScopeKeys keys;
        keys.server = scope.server;
        keys.projectKey = scope.projectKey;
        keys.serverKey = serverKey(scope.server);
        keys.folder = hashed(keys.serverKey) + u'/' + hashed(scope.projectKey);
        m_lastScope = std::move(keys);
    }
    return *m_lastScope;
}

QString DetailDiskCache::pathOf(const QString &folder, const QString &name) const
{
    return m_directory + u'/' + folder + u'/' + name;
}

void DetailDiskCache::settle()
{
    if (m_indexed || !m_scan->ready.load(std::memory_order_acquire))
        return;
    adopt(*m_scan);
    m_scan.reset();
    evict();
}

// The scan's result and what this instance did meanwhile make the index; the scan found only
// files as they were, at some moment of the walk.
void DetailDiskCache::adopt(ScanState &scan)
{
    Index index = std::move(scan.index);
    qint64 total = scan.bytes;
    // A file touched since the scan began is known here, with its size, or known to be gone.
    for (auto touched = m_touched.cbegin(); touched != m_touched.cend(); ++touched) {
        const auto folder = index.find(touched.key());
        if (folder == index.end())
            continue;
        for (const QString &name : touched.value()) {
            const auto entry = folder->constFind(name);
            if (entry != folder->cend()) {
                total -= entry->size;
                folder->erase(entry);
            }
        }
        if (folder->isEmpty())
            index.erase(folder);
    }
    // Lists read meanwhile: the files they no longer name, and which were not stored since.
    for (auto listed = m_pendingRetain.cbegin(); listed != m_pendingRetain.cend(); ++listed) {
        const auto folder = index.find(listed.key());
        if (folder == index.end())
            continue;
        for (auto entry = folder->begin(); entry != folder->end();) {
            if (listed->contains(entry.key())) {
                ++entry;
                continue;
            }
            QFile::remove(pathOf(listed.key(), entry.key()));
            total -= entry->size;
            entry = folder->erase(entry);
        }
        if (folder->isEmpty()) {
            index.erase(folder);
            if (!m_index.contains(listed.key()))
                removeEmptyFolder(listed.key());
        }
    }
    // What this instance touched was used after anything the scan saw.
    for (auto folder = m_index.cbegin(); folder != m_index.cend(); ++folder) {
        QHash<QString, Entry> &into = index[folder.key()];
        for (auto entry = folder->cbegin(); entry != folder->cend(); ++entry) {
            into.insert(entry.key(), {entry->size, entry->lastUse + scan.uses});
            total += entry->size;
        }
    }
    m_index = std::move(index);
    m_totalBytes = total;
    m_uses += scan.uses;
    m_indexed = true;
    m_touched.clear();
    m_pendingRetain.clear();
}

void DetailDiskCache::noteUse(const QString &folder, const QString &name, qint64 size)
{
    if (!m_indexed)
        m_touched[folder].insert(name);
    Entry &entry = m_index[folder][name];
    m_totalBytes += size - entry.size;
    entry.size = size;
    entry.lastUse = ++m_uses;
}

void DetailDiskCache::removeFile(const QString &folder, const QString &name)
{
    QFile::remove(pathOf(folder, name));
    forget(folder, name);
}

void DetailDiskCache::forget(const QString &folder, const QString &name)
{
    if (!m_indexed)
        m_touched[folder].insert(name);
    const auto scope = m_index.find(folder);
    if (scope == m_index.end())
        return;
    const auto entry = scope->constFind(name);
    if (entry == scope->cend())
        return;
    m_totalBytes -= entry->size;
    scope->erase(entry);
    if (scope->isEmpty()) {
        m_index.erase(scope);
        removeEmptyFolder(folder);
    }
}

void DetailDiskCache::removeEmptyFolder(const QString &folder)
{
    // Empty folders would only slow the next scan; rmdir leaves a folder that is not empty.
    QDir(m_directory).rmdir(folder);
    QDir(m_directory).rmdir(folder.section(u'/', 0, 0));
}

void DetailDiskCache::evict(const QString &keepFolder, const QString &keepName)
{
    // Before the scan's result is in, the least recently used files are not known yet.
    if (!m_indexed || m_totalBytes <= m_maxBytes)
        return;
    // Down to 90%, so that the next stores do not each evict again.
    const qint64 target = m_maxBytes - m_maxBytes / 10;
    struct Use
    {
        quint64 lastUse;
        QString folder;
        QString name;
    };
    QList<Use> uses;
    for (auto scope = m_index.cbegin(); scope != m_index.cend(); ++scope) {
        for (auto entry = scope->cbegin(); entry != scope->cend(); ++entry) {
            if (scope.key() != keepFolder || entry.key() != keepName)
                uses.append({entry->lastUse, scope.key(), entry.key()});
        }
    }
    std::sort(uses.begin(), uses.end(),
              [](const Use &a, const Use &b) { return a.lastUse < b.lastUse; });
    for (const Use &use : uses) {
        if (m_totalBytes <= target)
            break;
        removeFile(use.folder, use.name);
    }
}

} // namespace zadig
