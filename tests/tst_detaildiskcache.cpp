// The disk cache of settled details: real 2.3-3.4 and 4.x/5.x details read back equal, servers and
// projects are kept apart, unsettled details and deleted versions are dropped, the size bound
// evicts the least recently used (across restarts too), and broken or hostile files and ids
// never escape the directory or come back as a detail. The directory is scanned on a thread of
// its own: what is done meanwhile holds once its result is taken in.
#include "api/decode.h"
#include "detaildiskcache.h"
#include "testdata.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QFile>
#include <QScopeGuard>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <limits>

using namespace Qt::StringLiterals;
using namespace zadig;

Q_DECLARE_METATYPE(zadig::VersionStatus)

namespace {

using Scope = DetailDiskCache::Scope;

const Scope Mall{QUrl(u"https://zadig.example.com"_s), u"mall"_s};

QByteArray fixture(const QString &name)
{
    const QByteArray data = test::testData(name);
    if (data.isEmpty())
        qFatal("missing fixture %s", qPrintable(name));
    return data;
}

VersionDetail settled(const QString &id, const QString &name = u"v1.0.0"_s)
{
    VersionDetail detail;
    detail.info.id = id;
    detail.info.name = name;
    detail.info.type = VersionType::K8sYaml;
    detail.info.status = VersionStatus::Success;
    detail.info.rawStatus = u"success"_s;
    detail.deployInfos = {
        {u"d1"_s, u"svc"_s, u"svc"_s, u"harbor.dev/team/svc:1"_s, u"svc"_s, u"r1"_s, 1700000000}};
    return detail;
}

// Every .detail file below `root`, recursively.
QStringList detailFiles(const QString &root)
{
    QStringList files;
    QDirIterator it(root, {u"*.detail"_s}, QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

qint64 bytesOf(const QStringList &files)
{
    qint64 total = 0;
    for (const QString &file : files)
        total += QFileInfo(file).size();
    return total;
}

// Size of one file as store() writes it for settled(id) with an id of `idLength` characters.
qint64 sizeOfOne(int idLength)
{
    QTemporaryDir dir;
    DetailDiskCache cache(dir.path());
    cache.store(Mall, settled(QString(idLength, u'x')));
    return cache.sizeOnDisk();
}

bool setModified(const QString &path, const QDateTime &time)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) &&
           file.setFileTime(time, QFileDevice::FileModificationTime);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// As QDataStream writes a string's characters: UTF-16, big-endian.
QByteArray utf16(const QString &text)
{
    QByteArray bytes;
    for (QChar c : text)
        bytes.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    return bytes;
}

// Stores a detail whose id the cache does not hold yet and answers the file it wrote.
QString storeAndFind(DetailDiskCache &cache, const Scope &scope, const VersionDetail &detail)
{
    const QStringList before = detailFiles(cache.directory());
    cache.store(scope, detail);
    const QStringList after = detailFiles(cache.directory());
    for (const QString &file : after) {
        if (!before.contains(file))
            return file;
    }
    return QString();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Whether the cache's scan was taken in within a few seconds.
[[nodiscard]] bool indexed(DetailDiskCache &cache)
{
    const QDeadlineTimer deadline(5000);
    while (!cache.isIndexed()) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(1);
    }
    return true;
}

// Whether the cache counts `files` files in Mall, as many as its directory holds, and their size.
[[nodiscard]] bool matchesTheDisk(DetailDiskCache &cache, int files)
{
    const QStringList onDisk = detailFiles(cache.directory());
    if (cache.count(Mall) == files && onDisk.size() == files &&
        cache.sizeOnDisk() == bytesOf(onDisk))
        return true;
    qWarning("counted %d files of %lld bytes, the disk holds %d of %lld", cache.count(Mall),
             cache.sizeOnDisk(), int(onDisk.size()), bytesOf(onDisk));
    return false;
}

// Holds the scans of caches made while it lives after their walk, until release(). A test
// releases before its cache goes, failed or not: the cache's destructor waits for its scan.
class ScanPause
{
public:
    ScanPause()
    {
        DetailDiskCache::setScanPauseForTests([this] {
            m_reached.release();
            m_released.tryAcquire(1, 10'000);
        });
    }
    ~ScanPause()
    {
        release();
        DetailDiskCache::setScanPauseForTests({});
    }
    ScanPause(const ScanPause &) = delete;
    ScanPause &operator=(const ScanPause &) = delete;

    // Whether a scan walked the directory and now waits.
    [[nodiscard]] bool reached() { return m_reached.tryAcquire(1, 5000); }
    void release() { m_released.release(1000); }

private:
    QSemaphore m_reached;
    QSemaphore m_released;
};

// Stores the ids in a first instance, each file's time a minute after the one before, long ago.
void seed(const QString &directory, const QStringList &ids)
{
    DetailDiskCache cache(directory);
    const QDateTime longAgo = QDateTime::currentDateTimeUtc().addDays(-30);
    for (int i = 0; i < ids.size(); ++i) {
        const QString file = storeAndFind(cache, Mall, settled(ids.at(i)));
        if (file.isEmpty() || !setModified(file, longAgo.addSecs(60 * i)))
            qFatal("cannot seed %s", qPrintable(ids.at(i)));
    }
}

} // namespace

class TestDetailDiskCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripOfRealDetails_data();
    void roundTripOfRealDetails();
    void everyFieldSurvives();
    void hitAndMiss();
    void serversAndProjectsAreApart_data();
    void serversAndProjectsAreApart();
    void noCredentialReachesADisk();
    void unsettledStoreDrops_data();
    void unsettledStoreDrops();
    void emptyIdIsNotKept();
    void removeDropsOne();
    void retainOnlyDropsTheUnlisted();
    void boundEvictsLeastRecentlyUsed();
    void setMaxBytesEvicts();
    void justStoredOutlivesEviction();
    void tooLargeIsNotKept();
    void fileLargerThanTheBoundIsNotRead();
    void brokenFileIsAMissAndGoes_data();
    void brokenFileIsAMissAndGoes();
    void anotherIdsFileIsAMiss();
    void lyingListCountIsAMiss();
    void deeperThanAnyDetailIsAMiss();
    void hostileIdsStayInside();
    void indexSurvivesANewInstance();
    void recencySurvivesANewInstance();
    void clearRemovesOnlyItsOwn();
    void whatIsDoneWhileScanningHolds();
    void evictionWaitsForTheIndex();
    void retainOnlyWhileScanningPrunesWhatItFinds();
    void clearWhileScanning();
    void leftoverTemporaryIsNotADetail();
    void refusesRootAndEmptyDirectory_data();
    void refusesRootAndEmptyDirectory();
    void defaultDirectory();
};

void TestDetailDiskCache::roundTripOfRealDetails_data()
{
    QTest::addColumn<QString>("fixtureName");
    QTest::addColumn<bool>("v2");
    QTest::newRow("2.3-3.4 K8s") << u"seed_detail_k8s.json"_s << false;
    QTest::newRow("2.3-3.4 Helm") << u"seed_detail_helm.json"_s << false;
    QTest::newRow("4.x/5.x K8s") << u"v2_detail_k8s.json"_s << true;
    QTest::newRow("4.x/5.x Helm") << u"v2_detail_helm.json"_s << true;
    QTest::newRow("4.x/5.x Helm, failed") << u"client_v2_detail_helm.json"_s << true;
}

void TestDetailDiskCache::roundTripOfRealDetails()
{
    QFETCH(QString, fixtureName);
    QFETCH(bool, v2);
    const auto decoded = v2 ? decode::fromBytes(fixture(fixtureName), decode::versionDetailV2)
                            : decode::fromBytes(fixture(fixtureName), decode::versionDetail);
    QVERIFY(decoded.ok());
    VersionDetail detail = decoded.value();
    if (v2) {
        detail.info.id = u"65f0c0ffee0000000000beef"_s; // the v2 detail has none: the list's
        QVERIFY(!detail.services.isEmpty());
    }
    QVERIFY(detail.info.isSettled());
    QVERIFY(!detail.deployInfos.isEmpty() || !detail.distributeInfos.isEmpty());

    QTemporaryDir dir;
    DetailDiskCache cache(dir.path());
    cache.store(Mall, detail);
    QCOMPARE(cache.count(Mall), 1);
    const auto loaded = cache.load(Mall, detail.info.id);
    QVERIFY(loaded);
    QVERIFY(*loaded == detail);
}

void TestDetailDiskCache::everyFieldSurvives()
{
    // Every field away from its default, so that one left out of the file compares unequal.
    VersionDetail detail;
    detail.info = {u"id-1"_s,
                   u"v2.0.0"_s,
                   VersionType::HelmChart,
                   u"HelmChart"_s,
                   VersionStatus::Failed,
                   u"failed"_s,
                   {u"稳定"_s, u"prod"_s},
                   u"发布说明\nline 2"_s,
                   Progress{3, 5, UploadStatus::Failed, u"push denied"_s},
                   u"alice"_s,
                   1712345678,
                   VersionSource::FromVersion,
                   u"from_version"_s,
                   true};
    detail.deployInfos = {{u"d"_s, u"s"_s, u"m"_s, u"i:1"_s, u"i"_s, u"reg"_s, 17}};
    DistributeInfo image{u"img"_s, u"svc"_s,     u"image"_s, u""_s,  u""_s, u""_s,
                         u"mod"_s, u"h/n/i:2"_s, u"i"_s,     u"n"_s, 19,    {}};
    DistributeInfo deeper = image;
    deeper.id = u"deeper"_s;
    image.subDistributes = {deeper};
    detail.distributeInfos = {{u"chart"_s,
                               u"svc"_s,
                               u"chart"_s,
                               u"svc-chart"_s,
                               u"repo"_s,
                               u"1.2.3"_s,
                               u""_s,
                               u""_s,
                               u""_s,
                               u""_s,
                               18,
                               {image}}};
    detail.v2 = true;
    detail.projectKey = u"mall"_s;
    detail.services = {
        {u"svc"_s,
         u"svc-chart"_s,
         u"1.2.2"_s,
         u"1.2.3"_s,
         u"passed"_s,
         u"image:\n  tag: 2\n"_s,
         {{u"mod"_s, u"i"_s, u"src/i:2"_s, u"2"_s, u"h/n/i:2"_s, u"2"_s, true, u"failed"_s,
           u"denied"_s, ImagePath{u"image.repo"_s, u"image.ns"_s, u"image.name"_s, u"image.tag"_s}},
          {u"side"_s, u"s"_s, u"src/s:1"_s, u"1"_s, u""_s, u""_s, false, u""_s, u""_s,
           std::nullopt}},
         u"service error"_s}};
    detail.envName = u"prod-env"_s;
    detail.production = true;
    detail.imageRegistryId = u"reg-1"_s;
    detail.chartRepoName = u"charts"_s;
    detail.error = u"version error"_s;
    detail.originalVersionName = u"v1.9.0"_s;

    QTemporaryDir dir;
    DetailDiskCache cache(dir.path());
    cache.store(Mall, detail);
    const auto loaded = cache.load(Mall, u"id-1"_s);
    QVERIFY(loaded);
    QVERIFY(*loaded == detail);
    // A new instance reads the same file.
    const auto again = DetailDiskCache(dir.path()).load(Mall, u"id-1"_s);
    QVERIFY(again);
    QVERIFY(*again == detail);
}

void TestDetailDiskCache::hitAndMiss()
{
    QTemporaryDir dir;
    DetailDiskCache cache(dir.path());
    QVERIFY(!cache.load(Mall, u"a"_s));
    QCOMPARE(cache.count(Mall), 0);
    QCOMPARE(cache.sizeOnDisk(), 0);

    cache.store(Mall, settled(u"a"_s));
    QVERIFY(cache.load(Mall, u"a"_s));
    QCOMPARE(cache.load(Mall, u"a"_s)->info.name, u"v1.0.0"_s);
    QVERIFY(!cache.load(Mall, u"b"_s));
    QVERIFY(!cache.load(Mall, QString()));
    QCOMPARE(cache.count(Mall), 1);
    QCOMPARE(cache.sizeOnDisk(), bytesOf(detailFiles(dir.path())));
    QVERIFY(cache.sizeOnDisk() > 0);

    // A second store replaces the first.
    cache.store(Mall, settled(u"a"_s, u"v1.0.1"_s));
    QCOMPARE(cache.load(Mall, u"a"_s)->info.name, u"v1.0.1"_s);
    QCOMPARE(cache.count(Mall), 1);
    QCOMPARE(detailFiles(dir.path()).size(), 1);
}

void TestDetailDiskCache::serversAndProjectsAreApart_data()
{
    QTest::addColumn<QString>("serverA");
    QTest::addColumn<QString>("projectA");
    QTest::addColumn<QString>("serverB");
    QTest::addColumn<QString>("projectB");
    QTest::addColumn<bool>("same");

    const QString h = u"http://h"_s;
    QTest::newRow("two servers") << h << u"p"_s << u"http://other"_s << u"p"_s << false;
    QTest::newRow("two projects") << h << u"p"_s << h << u"q"_s << false;
    QTest::newRow("project key case") << h << u"p"_s << h << u"P"_s << false;
    QTest::newRow("http and https") << h << u"p"_s << u"https://h"_s << u"p"_s << false;
    QTest::newRow("another port") << h << u"p"_s << u"http://h:8080"_s << u"p"_s << false;
    QTest::newRow("another path") << h << u"p"_s << u"http://h/zadig"_s << u"p"_s << false;
    QTest::newRow("default port") << h << u"p"_s << u"http://h:80"_s << u"p"_s << true;
    QTest::newRow("https default port")
        << u"https://h"_s << u"p"_s << u"https://h:443/"_s << u"p"_s << true;
    QTest::newRow("case and trailing slash")
        << u"https://zadig.example.com/api"_s << u"p"_s << u"HTTPS://Zadig.Example.COM/api/"_s
        << u"p"_s << true;
    QTest::newRow("user info and query")
        << h << u"p"_s << u"http://me:secret@h/?token=x#frag"_s << u"p"_s << true;
}

void TestDetailDiskCache::serversAndProjectsAreApart()
{
    QFETCH(QString, serverA);
    QFETCH(QString, projectA);
    QFETCH(QString, serverB);
    QFETCH(QString, projectB);
    QFETCH(bool, same);
    const Scope a{QUrl(serverA), projectA};
    const Scope b{QUrl(serverB), projectB};

    QTemporaryDir dir;
    DetailDiskCache cache(dir.path());
    cache.store(a, settled(u"id"_s, u"from A"_s));
    if (same) {
        QCOMPARE(cache.load(b, u"id"_s)->info.name, u"from A"_s);
        QCOMPARE(cache.count(b), 1);
        return;
    }
    QVERIFY(!cache.load(b, u"id"_s));
    QCOMPARE(cache.count(b), 0);
    cache.store(b, settled(u"id"_s, u"from B"_s));
    QCOMPARE(cache.load(a, u"id"_s)->info.name, u"from A"_s);
    QCOMPARE(cache.load(b, u"id"_s)->info.name, u"from B"_s);
    cache.remove(b, u"id"_s);
    QVERIFY(cache.load(a, u"id"_s));
    QCOMPARE(cache.count(a), 1);
}

void TestDetailDiskCache::noCredentialReachesADisk()
{
    QTemporaryDir dir;
    DetailDiskCache cache(dir.path());
    cache.store({QUrl(u"https://me:hunter2pw@zadig.example.com/?token=tok3n"_s), u"mall"_s},
                settled(u"a"_s));
    const QStringList files = detailFiles(dir.path());
    QCOMPARE(files.size(), 1);
    const QByteArray bytes = readFile(files.first());
    QVERIFY(bytes.contains(utf16(u"zadig.example.com"_s))); // the search below would find it
    for (const QString &secret : {u"hunter2pw"_s, u"tok3n"_s, u"me:"_s}) {
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
        QVERIFY2(!bytes.contains(utf16(secret)), qPrintable(secret));
    }
}

void TestDetailDiskCache::unsettledStoreDrops_data()
{
    QTest::addColumn<VersionStatus>("status");
    QTest::newRow("creating") << VersionStatus::Creating;
    QTest::newRow("retrying") << VersionStatus::Retrying;
    QTest::newRow("unknown") << VersionStatus::Unknown;
}

void TestDetailDiskCache::unsettledStoreDrops()
{
    QFETCH(VersionStatus, status);
    QTemporaryDir dir;
    DetailDiskCache cache(dir.path());
    cache.store(Mall, settled(u"a"_s));
    cache.store(Mall, settled(u"b"_s));
    VersionDetail unsettled = settled(u"a"_s);
    unsettled.info.status = status;
    cache.store(Mall, unsettled);
    QVERIFY(!cache.load(Mall, u"a"_s));
    QVERIFY(cache.load(Mall, u"b"_s));
    QCOMPARE(cache.count(Mall), 1);
    QCOMPARE(detailFiles(dir.path()).size(), 1);
    QCOMPARE(cache.sizeOnDisk(), bytesOf(detailFiles(dir.path())));

    // Never kept in the first place either.
    unsettled.info.id = u"c"_s;
    cache.store(Mall, unsettled);
    QVERIFY(!cache.load(Mall, u"c"_s));
    QCOMPARE(cache.count(Mall), 1);
}

void TestDetailDiskCache::emptyIdIsNotKept()
{
    QTemporaryDir dir;
    DetailDiskCache cache(dir.path());
    cache.store(Mall, settled(QString()));
    QCOMPARE(cache.count(Mall), 0);
    QCOMPARE(cache.sizeOnDisk(), 0);
    QVERIFY(detailFiles(dir.path()).isEmpty());
}

void TestDetailDiskCache::removeDropsOne()
{
    QTemporaryDir dir;
    DetailDiskCache cache(dir.path());
    cache.store(Mall, settled(u"a"_s));
    cache.store(Mall, settled(u"b"_s));
    const qint64 both = cache.sizeOnDisk();
    cache.remove(Mall, u"a"_s);
    QVERIFY(!cache.load(Mall, u"a"_s));
    QVERIFY(cache.load(Mall, u"b"_s));
    QCOMPARE(cache.count(Mall), 1);
    QVERIFY(cache.sizeOnDisk() < both);
    QCOMPARE(cache.sizeOnDisk(), bytesOf(detailFiles(dir.path())));
    cache.remove(Mall, u"never kept"_s);
    QCOMPARE(cache.count(Mall), 1);
}

void TestDetailDiskCache::retainOnlyDropsTheUnlisted()
{
    const Scope other{Mall.server, u"other"_s};
    QTemporaryDir dir;
    DetailDiskCache cache(dir.path());
    for (const QString &id : {u"a"_s, u"b"_s, u"c"_s})
        cache.store(Mall, settled(id));
    cache.store(other, settled(u"b"_s));

    cache.retainOnly(Mall, {u"a"_s, u"c"_s, u"not kept"_s});
    QVERIFY(cache.load(Mall, u"a"_s));
    QVERIFY(!cache.load(Mall, u"b"_s));
    QVERIFY(cache.load(Mall, u"c"_s));
    QCOMPARE(cache.count(Mall), 2);
    QVERIFY(cache.load(other, u"b"_s)); // another project's list says nothing of this one
    QCOMPARE(cache.count(other), 1);
    QCOMPARE(detailFiles(dir.path()).size(), 3);
    QCOMPARE(cache.sizeOnDisk(), bytesOf(detailFiles(dir.path())));

    cache.retainOnly(Mall, {});
    QCOMPARE(cache.count(Mall), 0);
    QCOMPARE(cache.count(other), 1);
}

void TestDetailDiskCache::boundEvictsLeastRecentlyUsed()
{
    const qint64 one = sizeOfOne(2);
    QVERIFY(one > 0);
    QTemporaryDir dir;
    // Four fit; a fifth makes it evict down to 90%, which is one file.
    DetailDiskCache cache(dir.path(), one * 4 + one / 2);
    QVERIFY(indexed(cache));
    for (const QString &id : {u"v1"_s, u"v2"_s, u"v3"_s, u"v4"_s})
        cache.store(Mall, settled(id));
    QCOMPARE(cache.count(Mall), 4);
    QVERIFY(cache.load(Mall, u"v1"_s)); // the oldest store is now the latest use

    cache.store(Mall, settled(u"v5"_s));
    QVERIFY(cache.sizeOnDisk() <= cache.maxBytes());
    QCOMPARE(cache.sizeOnDisk(), bytesOf(detailFiles(dir.path())));
    QCOMPARE(cache.count(Mall), 4);
    QVERIFY(cache.load(Mall, u"v1"_s));
    QVERIFY(!cache.load(Mall, u"v2"_s));
    QVERIFY(cache.load(Mall, u"v3"_s));
    QVERIFY(cache.load(Mall, u"v4"_s));
    QVERIFY(cache.load(Mall, u"v5"_s));
}

void TestDetailDiskCache::setMaxBytesEvicts()
{
    const qint64 one = sizeOfOne(2);
    QTemporaryDir dir;
    DetailDiskCache cache(dir.path());
    QVERIFY(indexed(cache));
    for (const QString &id : {u"v1"_s, u"v2"_s, u"v3"_s, u"v4"_s})
        cache.store(Mall, settled(id));
    cache.setMaxBytes(one * 2);
    QCOMPARE(cache.maxBytes(), one * 2);
    QVERIFY(cache.sizeOnDisk() <= one * 2 * 9 / 10 + 1);
    QCOMPARE(cache.sizeOnDisk(), bytesOf(detailFiles(dir.path())));
    QCOMPARE(cache.count(Mall), 1);
    QVERIFY(cache.load(Mall, u"v4"_s));
}

void TestDetailDiskCache::justStoredOutlivesEviction()
{
    // Evicting down to 90% would take the one just stored too: it stays, being the latest use.
    const qint64 one = sizeOfOne(1);
    QTemporaryDir dir;
    DetailDiskCache cache(dir.path(), one + one / 20);
    QVERIFY(indexed(cache));
    cache.store(Mall, settled(u"a"_s));
    cache.store(Mall, settled(u"b"_s));
    QVERIFY(!cache.load(Mall, u"a"_s));
    QVERIFY(cache.load(Mall, u"b"_s));
    QCOMPARE(cache.sizeOnDisk(), one);
}

void TestDetailDiskCache::tooLargeIsNotKept()
{
    const qint64 one = sizeOfOne(1);
    QTemporaryDir dir;
    DetailDiskCache cache(dir.path(), one * 3);
    cache.store(Mall, settled(u"b"_s));
    cache.store(Mall, settled(u"a"_s));
    VersionDetail large = settled(u"a"_s);
    large.info.description = QString(int(one * 2), u'x'); // UTF-16: four times one in bytes
    cache.store(Mall, large);
    // Neither the large one nor the stale copy it replaces is kept, and nothing else went.
    QVERIFY(!cache.load(Mall, u"a"_s));
    QVERIFY(cache.load(Mall, u"b"_s));
    QCOMPARE(cache.count(Mall), 1);
    QCOMPARE(cache.sizeOnDisk(), one);
}

void TestDetailDiskCache::fileLargerThanTheBoundIsNotRead()
{
    // No file this large was written under this bound: it is not read into memory at all.
    QTemporaryDir dir;
    DetailDiskCache(dir.path()).store(Mall, settled(u"a"_s));
    DetailDiskCache cache(dir.path(), 16);
    QVERIFY(!cache.load(Mall, u"a"_s));
    QCOMPARE(cache.count(Mall), 0);
    QVERIFY(detailFiles(dir.path()).isEmpty());
}

void TestDetailDiskCache::brokenFileIsAMissAndGoes_data()
{
    constexpr int All = std::numeric_limits<int>::max();
    QTest::addColumn<int>("keep");        // bytes of the real file kept (negative: all but these)
    QTest::addColumn<QByteArray>("tail"); // appended after them
    QTest::newRow("empty") << 0 << QByteArray();
    QTest::newRow("truncated") << -1 << QByteArray();
    QTest::newRow("cut in half") << -100 << QByteArray();
    QTest::newRow("trailing bytes") << All << QByteArray("\0\0\0\0", 4);
    QTest::newRow("garbage") << 0 << QByteArray(300, '\x7f');
    QTest::newRow("wrong magic") << 0 << QByteArray("ZDDX\0\1", 6);
    QTest::newRow("another format version") << 4 << QByteArray("\0\x63", 2);
    // After magic and version: a server string claiming nearly 4 GiB.
    QTest::newRow("lying string length") << 6 << QByteArray("\xff\xff\xff\xfe", 4);
    QTest::newRow("foreign file") << 0 << QByteArray("{\"version_info\":{}}");
}

void TestDetailDiskCache::brokenFileIsAMissAndGoes()
{
    QFETCH(int, keep);
    QFETCH(QByteArray, tail);
    QTemporaryDir dir;
    {
        DetailDiskCache cache(dir.path());
        cache.store(Mall, settled(u"a"_s));
    }
    const QStringList files = detailFiles(dir.path());
    QCOMPARE(files.size(), 1);
    const QByteArray real = readFile(files.first());
    QByteArray broken = keep < 0 ? real.chopped(-keep) : real.left(keep);
    broken += tail;
    QVERIFY(writeFile(files.first(), broken));

    DetailDiskCache cache(dir.path());
    QVERIFY(indexed(cache));
    QCOMPARE(cache.sizeOnDisk(), broken.size());
    QVERIFY(!cache.load(Mall, u"a"_s));
    QVERIFY(!QFile::exists(files.first()));
    QCOMPARE(cache.count(Mall), 0);
    QCOMPARE(cache.sizeOnDisk(), 0);
    // The place is usable again.
    cache.store(Mall, settled(u"a"_s));
    QVERIFY(cache.load(Mall, u"a"_s));
}

void TestDetailDiskCache::anotherIdsFileIsAMiss()
{
    QTemporaryDir dir;
    DetailDiskCache cache(dir.path());
    const QString fileOfA = storeAndFind(cache, Mall, settled(u"a"_s, u"A"_s));
    const QString fileOfB = storeAndFind(cache, Mall, settled(u"b"_s, u"B"_s));
    QVERIFY(!fileOfA.isEmpty() && !fileOfB.isEmpty());
    // b's file where a's should be: a well-formed file, but not a's.
    QVERIFY(QFile::remove(fileOfA));
    QVERIFY(QFile::copy(fileOfB, fileOfA));

    QVERIFY(!cache.load(Mall, u"a"_s));
    QVERIFY(!QFile::exists(fileOfA));
    QCOMPARE(cache.load(Mall, u"b"_s)->info.name, u"B"_s);
    QCOMPARE(cache.count(Mall), 1);
}

void TestDetailDiskCache::lyingListCountIsAMiss()
{
    QTemporaryDir dir;
    DetailDiskCache cache(dir.path());
    const QString file = storeAndFind(cache, Mall, settled(u"a"_s));
    QByteArray bytes = readFile(file);
    // The labels' count follows the raw status; claim four billion labels in a small file.
    const QByteArray status = utf16(u"success"_s) + QByteArray(4, '\0');
    const qsizetype at = bytes.indexOf(status);
    QVERIFY(at > 0);
    bytes.replace(at + status.size() - 4, 4, QByteArray("\xff\xff\xff\xf0", 4));
    QVERIFY(writeFile(file, bytes));
    QVERIFY(!cache.load(Mall, u"a"_s));
    QVERIFY(!QFile::exists(file));
}

void TestDetailDiskCache::deeperThanAnyDetailIsAMiss()
{
    // A chart with sub_distributes `levels` deep in all.
    const auto chain = [](int levels) {
        DistributeInfo info;
        info.id = u"bottom"_s;
        for (int i = 1; i < levels; ++i) {
            DistributeInfo parent;
            parent.id = QString::number(i);
            parent.subDistributes = {info};
            info = parent;
        }
        return info;
    };
    // decode lets 16 levels through; reading stops well before the stack's end, above 20.
    VersionDetail deep = settled(u"deep"_s);
    deep.distributeInfos = {chain(40)};
    VersionDetail allowed = settled(u"allowed"_s);
    allowed.distributeInfos = {chain(20)};
    QTemporaryDir dir;
    DetailDiskCache cache(dir.path());
    cache.store(Mall, deep);
    cache.store(Mall, allowed);
    QVERIFY(!cache.load(Mall, u"deep"_s));
    QCOMPARE(cache.count(Mall), 1);
    const auto loaded = cache.load(Mall, u"allowed"_s);
    QVERIFY(loaded);
    QVERIFY(*loaded == allowed);
}

void TestDetailDiskCache::hostileIdsStayInside()
{
    const QStringList ids = {u"../../evil"_s,
                             u".."_s,
                             u"/etc/passwd"_s,
                             u"C:\\Windows\\evil"_s,
                             QString(10000, u'x'),
                             u"a"_s,
                             QString(u"a\0b"_s),
                             u"版本/一"_s,
                             u"id with spaces and \n newline"_s};
    const Scope hostile{QUrl(u"http://h/../../x"_s), u"../../project"_s};
    QTemporaryDir root;
    const QString directory = root.path() + u"/cache/details"_s;
    DetailDiskCache cache(directory);
    for (const QString &id : ids)
        cache.store(hostile, settled(id, id.left(20)));
    QCOMPARE(cache.count(hostile), int(ids.size()));
    for (const QString &id : ids) {
        const auto loaded = cache.load(hostile, id);
        QVERIFY2(loaded, qPrintable(id.left(20)));
        QCOMPARE(loaded->info.id, id);
    }
    // Everything is in <directory>/<hash>/<hash>/<hash>.detail, and nothing anywhere else.
    QDirIterator it(root.path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        QVERIFY2(path.startsWith(directory + u'/'), qPrintable(path));
        const QStringList parts = path.mid(directory.size() + 1).split(u'/');
        QCOMPARE(parts.size(), 3);
        QVERIFY2(parts.last().endsWith(u".detail"_s), qPrintable(path));
        for (const QString &part : parts)
            QCOMPARE(part.section(u'.', 0, 0).size(), 32);
    }
    QCOMPARE(files, int(ids.size()));
}

void TestDetailDiskCache::indexSurvivesANewInstance()
{
    const Scope other{QUrl(u"http://other"_s), u"mall"_s};
    QTemporaryDir dir;
    qint64 size = 0;
    {
        DetailDiskCache cache(dir.path());
        for (const QString &id : {u"a"_s, u"b"_s, u"c"_s})
            cache.store(Mall, settled(id));
        cache.store(other, settled(u"a"_s));
        size = cache.sizeOnDisk();
    }
    DetailDiskCache cache(dir.path());
    QVERIFY(indexed(cache));
    QCOMPARE(cache.count(Mall), 3);
    QCOMPARE(cache.count(other), 1);
    QCOMPARE(cache.sizeOnDisk(), size);
    QVERIFY(cache.load(Mall, u"b"_s));
    cache.remove(Mall, u"b"_s);
    DetailDiskCache again(dir.path());
    QVERIFY(indexed(again));
    QCOMPARE(again.count(Mall), 2);
}

void TestDetailDiskCache::recencySurvivesANewInstance()
{
    const qint64 one = sizeOfOne(2);
    QTemporaryDir dir;
    {
        // Stored long ago, v1 first: without the use below, v1 would be the first to go.
        DetailDiskCache cache(dir.path());
        const QDateTime longAgo = QDateTime::currentDateTimeUtc().addDays(-30);
        for (int i = 1; i <= 3; ++i) {
            const QString file = storeAndFind(cache, Mall, settled(u"v"_s + QString::number(i)));
            QVERIFY(setModified(file, longAgo.addSecs(i)));
        }
    }
    {
        DetailDiskCache cache(dir.path());
        QVERIFY(cache.load(Mall, u"v1"_s));
    }
    DetailDiskCache cache(dir.path(), one * 3 + one / 2);
    QVERIFY(indexed(cache));
    cache.store(Mall, settled(u"v4"_s));
    QCOMPARE(cache.count(Mall), 3);
    QVERIFY(cache.load(Mall, u"v1"_s));
    QVERIFY(!cache.load(Mall, u"v2"_s));
    QVERIFY(cache.load(Mall, u"v3"_s));
    QVERIFY(cache.load(Mall, u"v4"_s));
}

void TestDetailDiskCache::clearRemovesOnlyItsOwn()
{
    QTemporaryDir dir;
    const QString hashLike = QString(32, u'a');
    QVERIFY(QDir(dir.path()).mkpath(hashLike + u'/' + hashLike));
    const QStringList foreign = {dir.path() + u"/notes.txt"_s,
                                 dir.path() + u"/" + hashLike + u"/" + hashLike + u"/keep.txt"_s,
                                 dir.path() + u"/" + hashLike + u"/" + hashLike + u"/x.detail"_s};
    for (const QString &path : foreign)
        QVERIFY(writeFile(path, "not the cache's"));

    DetailDiskCache cache(dir.path());
    cache.store(Mall, settled(u"a"_s));
    cache.store({QUrl(u"http://other"_s), u"p"_s}, settled(u"a"_s));
    QCOMPARE(detailFiles(dir.path()).size(), 3); // with the foreign x.detail
    QCOMPARE(cache.sizeOnDisk(), bytesOf(detailFiles(dir.path())) - 15);

    cache.clear();
    QCOMPARE(cache.count(Mall), 0);
    QCOMPARE(cache.sizeOnDisk(), 0);
    QVERIFY(!cache.load(Mall, u"a"_s));
    for (const QString &path : foreign)
        QVERIFY2(QFile::exists(path), qPrintable(path));
    QCOMPARE(detailFiles(dir.path()), QStringList{foreign.last()});
    DetailDiskCache again(dir.path());
    QVERIFY(indexed(again));
    QCOMPARE(again.sizeOnDisk(), 0);

    cache.store(Mall, settled(u"a"_s));
    QVERIFY(cache.load(Mall, u"a"_s));
}

void TestDetailDiskCache::whatIsDoneWhileScanningHolds()
{
    QTemporaryDir dir;
    seed(dir.path(), {u"stored again"_s, u"removed"_s, u"read"_s, u"left alone"_s});
    ScanPause pause;
    DetailDiskCache cache(dir.path());
    const auto release = qScopeGuard([&] { pause.release(); });
    QVERIFY(pause.reached()); // the scan saw all four
    cache.store(Mall, settled(u"stored again"_s, u"a longer name than before"_s));
    cache.remove(Mall, u"removed"_s);
    QVERIFY(cache.load(Mall, u"read"_s));
    cache.store(Mall, settled(u"new"_s));
    QVERIFY(!cache.isIndexed());
    QCOMPARE(cache.count(Mall), 3); // what this instance did, no more

    pause.release();
    QVERIFY(indexed(cache));
    QVERIFY(matchesTheDisk(cache, 4));
    QVERIFY(!cache.load(Mall, u"removed"_s));
    QCOMPARE(cache.load(Mall, u"stored again"_s)->info.name, u"a longer name than before"_s);
}

void TestDetailDiskCache::evictionWaitsForTheIndex()
{
    const qint64 one = sizeOfOne(2);
    QTemporaryDir dir;
    seed(dir.path(), {u"v1"_s, u"v2"_s, u"v3"_s, u"v4"_s});
    ScanPause pause;
    // Four fit; a fifth makes it evict down to 90%, which is one file.
    DetailDiskCache cache(dir.path(), one * 4 + one / 2);
    const auto release = qScopeGuard([&] { pause.release(); });
    QVERIFY(pause.reached());
    QVERIFY(cache.load(Mall, u"v1"_s)); // the oldest file is now the latest use
    cache.store(Mall, settled(u"v5"_s));
    QCOMPARE(detailFiles(dir.path()).size(), 5); // which to evict is not known yet

    pause.release();
    QVERIFY(indexed(cache));
    QVERIFY(cache.sizeOnDisk() <= cache.maxBytes());
    QCOMPARE(cache.sizeOnDisk(), bytesOf(detailFiles(dir.path())));
    QCOMPARE(cache.count(Mall), 4);
    QVERIFY(!cache.load(Mall, u"v2"_s));
    for (const QString &id : {u"v1"_s, u"v3"_s, u"v4"_s, u"v5"_s})
        QVERIFY2(cache.load(Mall, id), qPrintable(id));
}

void TestDetailDiskCache::retainOnlyWhileScanningPrunesWhatItFinds()
{
    QTemporaryDir dir;
    seed(dir.path(), {u"a"_s, u"b"_s, u"c"_s, u"gone, read"_s, u"gone, not read"_s});
    ScanPause pause;
    DetailDiskCache cache(dir.path());
    const auto release = qScopeGuard([&] { pause.release(); });
    QVERIFY(pause.reached());
    QVERIFY(cache.load(Mall, u"gone, read"_s));
    cache.retainOnly(Mall, {u"a"_s, u"b"_s, u"c"_s});
    QVERIFY(!cache.load(Mall, u"gone, read"_s)); // known here: pruned at once
    // Created after the list was read: no list said it was deleted.
    cache.store(Mall, settled(u"new"_s));

    pause.release();
    QVERIFY(indexed(cache));
    QVERIFY(matchesTheDisk(cache, 4));
    QVERIFY(!cache.load(Mall, u"gone, not read"_s));
    for (const QString &id : {u"a"_s, u"b"_s, u"c"_s, u"new"_s})
        QVERIFY2(cache.load(Mall, id), qPrintable(id));

    // Indexed: the index says what is there.
    cache.retainOnly(Mall, {u"b"_s});
    QCOMPARE(cache.count(Mall), 1);
    QCOMPARE(detailFiles(dir.path()).size(), 1);
    QVERIFY(cache.load(Mall, u"b"_s));
}

void TestDetailDiskCache::clearWhileScanning()
{
    QTemporaryDir dir;
    seed(dir.path(), {u"a"_s, u"b"_s});
    ScanPause pause;
    DetailDiskCache cache(dir.path());
    const auto release = qScopeGuard([&] { pause.release(); });
    QVERIFY(pause.reached());
    cache.clear();
    QVERIFY(cache.isIndexed());
    pause.release();
    QCOMPARE(cache.count(Mall), 0);
    QCOMPARE(cache.sizeOnDisk(), 0);
    QVERIFY(detailFiles(dir.path()).isEmpty());
    cache.store(Mall, settled(u"a"_s));
    QCOMPARE(cache.count(Mall), 1);
    QCOMPARE(cache.sizeOnDisk(), bytesOf(detailFiles(dir.path())));
}

void TestDetailDiskCache::leftoverTemporaryIsNotADetail()
{
    QTemporaryDir dir;
    QString real;
    {
        DetailDiskCache cache(dir.path());
        real = storeAndFind(cache, Mall, settled(u"a"_s));
    }
    QVERIFY(!real.isEmpty());
    // As a store cut short leaves them: one from a crash long ago, one being written right now.
    const QString old = real + u".Ab3dEf"_s;
    const QString recent = real + u".Zz9yXw"_s;
    QVERIFY(writeFile(old, readFile(real).left(40)));
    QVERIFY(setModified(old, QDateTime::currentDateTimeUtc().addDays(-1)));
    QVERIFY(writeFile(recent, readFile(real)));

    DetailDiskCache cache(dir.path());
    QVERIFY(indexed(cache));
    QCOMPARE(cache.count(Mall), 1);
    QCOMPARE(cache.sizeOnDisk(), QFileInfo(real).size());
    QVERIFY(!QFile::exists(old));
    QVERIFY(QFile::exists(recent)); // may still become the file
    QVERIFY(cache.load(Mall, u"a"_s));
    QCOMPARE(cache.count(Mall), 1);

    cache.clear();
    QVERIFY(!QFile::exists(recent));
    QVERIFY(QDir(dir.path())
                .isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot));
}

void TestDetailDiskCache::refusesRootAndEmptyDirectory_data()
{
    QTest::addColumn<QString>("directory");
    QTest::newRow("empty") << QString();
    QTest::newRow("root") << u"/"_s;
    QTest::newRow("root, written long") << u"/tmp/.."_s;
}

void TestDetailDiskCache::refusesRootAndEmptyDirectory()
{
    QFETCH(QString, directory);
    // Run from a scratch directory, so that "" (the working directory) would show any file.
    QTemporaryDir scratch;
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(scratch.path()));
    DetailDiskCache cache(directory);
    cache.store(Mall, settled(u"a"_s));
    const bool kept = cache.load(Mall, u"a"_s).has_value();
    const int count = cache.count(Mall);
    const qint64 size = cache.sizeOnDisk();
    const QStringList written = detailFiles(scratch.path());
    cache.remove(Mall, u"a"_s);
    QDir::setCurrent(previous);
    QVERIFY(!kept);
    QCOMPARE(count, 0);
    QCOMPARE(size, 0);
    QVERIFY(written.isEmpty());
}

void TestDetailDiskCache::defaultDirectory()
{
    QCoreApplication::setApplicationName(u"zadig-desk-test"_s);
    const QString directory = DetailDiskCache::defaultDirectory();
    QCOMPARE(directory,
             QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/details"_s);
    QVERIFY(directory.contains(u"zadig-desk-test"_s));
}

QTEST_GUILESS_MAIN(TestDetailDiskCache)
#include "tst_detaildiskcache.moc"
