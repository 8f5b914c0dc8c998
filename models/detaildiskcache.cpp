#include "detaildiskcache.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <concepts>
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
    ensureIndex();
    evict();
}

std::optional<VersionDetail> DetailDiskCache::load(const Scope &scope, const QString &id)
{
    if (!m_usable || id.isEmpty())
        return std::nullopt;
    ensureIndex();
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
    ensureIndex();
    const ScopeKeys &keys = keysOf(scope);
    const QByteArray bytes = encodeFile(keys.serverKey, keys.projectKey, detail);
    if (bytes.size() > m_maxBytes) {
        remove(scope, id);
        return;
    }
    const QString name = hashed(id) + Suffix;
    const QString path = pathOf(keys.folder, name);
    // Atomic: a reader (another instance of the app too) sees the old file or the new one.
    QSaveFile file(path);
    // The folder is made only when missing, which saves a call on every store but the first.
    const bool open =
        file.open(QIODevice::WriteOnly) ||
        (QDir().mkpath(m_directory + u'/' + keys.folder) && file.open(QIODevice::WriteOnly));
    if (!open || file.write(bytes) != bytes.size() || !file.commit()) {
        qCWarning(lcDiskCache) << "cannot keep a detail in" << path << file.errorString();
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
    ensureIndex();
    removeFile(keysOf(scope).folder, hashed(id) + Suffix);
}

void DetailDiskCache::retainOnly(const Scope &scope, const QSet<QString> &ids)
{
    if (!m_usable)
        return;
    ensureIndex();
    const QString folder = keysOf(scope).folder;
    QSet<QString> kept;
    kept.reserve(ids.size());
    for (const QString &id : ids)
        kept.insert(hashed(id) + Suffix);
    // The folder itself, not the index: another instance of the app may have written to it.
    const QStringList names =
        QDir(m_directory + u'/' + folder).entryList({QString(u'*' + Suffix)}, QDir::Files);
    for (const QString &name : names) {
        if (isDetailFileName(name) && !kept.contains(name))
            removeFile(folder, name);
    }
}

void DetailDiskCache::clear()
{
    if (!m_usable)
        return;
    // Only what this class makes goes: hash-named folders two deep and hash-named .detail files
    // in them (with QSaveFile's leftovers), so a directory shared with anything else keeps it.
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

int DetailDiskCache::count(const Scope &scope) const
{
    if (!m_usable)
        return 0;
    ensureIndex();
    const auto it = m_index.constFind(keysOf(scope).folder);
    return it == m_index.cend() ? 0 : int(it->size());
}

qint64 DetailDiskCache::sizeOnDisk() const
{
    if (!m_usable)
        return 0;
    ensureIndex();
    return m_totalBytes;
}

const DetailDiskCache::ScopeKeys &DetailDiskCache::keysOf(const Scope &scope) const
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

void DetailDiskCache::ensureIndex() const
{
    if (m_indexed)
        return;
    m_indexed = true;
    struct Found
    {
        QString folder;
        QString name;
        qint64 size;
        QDateTime modified;
    };
    QList<Found> found;
    QDirIterator servers(m_directory, QDir::Dirs | QDir::NoDotAndDotDot);
    while (servers.hasNext()) {
        const QString serverPath = servers.next();
        const QString server = servers.fileName();
        if (!isHashName(server))
            continue;
        QDirIterator projects(serverPath, QDir::Dirs | QDir::NoDotAndDotDot);
        while (projects.hasNext()) {
            const QString projectPath = projects.next();
            const QString folder = server + u'/' + projects.fileName();
            if (!isHashName(projects.fileName()))
                continue;
            QDirIterator files(projectPath, {QString(u'*' + Suffix)}, QDir::Files);
            while (files.hasNext()) {
                files.next();
                const QFileInfo info = files.fileInfo();
                if (isDetailFileName(info.fileName()))
                    found.append({folder, info.fileName(), info.size(), info.lastModified()});
            }
        }
    }
    // Last use carries over from the files' times, which load() and store() keep current.
    std::sort(found.begin(), found.end(),
              [](const Found &a, const Found &b) { return a.modified < b.modified; });
    for (const Found &f : found) {
        m_index[f.folder].insert(f.name, {f.size, ++m_uses});
        m_totalBytes += f.size;
    }
}

void DetailDiskCache::noteUse(const QString &folder, const QString &name, qint64 size)
{
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
        // Empty folders would only slow the next scan; rmdir leaves a folder that is not empty.
        QDir(m_directory).rmdir(folder);
        QDir(m_directory).rmdir(folder.section(u'/', 0, 0));
    }
}

void DetailDiskCache::evict(const QString &keepFolder, const QString &keepName)
{
    if (m_totalBytes <= m_maxBytes)
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
