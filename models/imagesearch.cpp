#include "imagesearch.h"

#include "api/zadigclient.h"
#include "detaildiskcache.h"
#include "imageref.h"
#include "projectsearch.h"
#include "versionrepository.h"
#include "versionsmodel.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSet>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcImageSearch, "zadig.imagesearch", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace zadig {

namespace {

// Failures every other read would meet as well: going on would only repeat them.
bool endsTheSearch(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Server:
    case ApiError::Kind::BadResponse:
    case ApiError::Kind::Conflict:
        return false;
    default:
        return true;
    }
}

bool sameText(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// "mall/cart" ends "harbor/mall/cart" at a component boundary; "all/cart" does not.
bool pathEndsWith(const QString &path, const QString &tail)
{
    return sameText(path, tail) ||
           (path.endsWith(tail, Qt::CaseInsensitive) && path.size() > tail.size() &&
            path.at(path.size() - tail.size() - 1) == u'/');
}

} // namespace

ImageSearch::ImageSearch(ZadigClient *client, VersionRepository *repository, QObject *parent)
    : QObject(parent), m_client(client), m_repository(repository),
      m_list(new ProjectSearch(client, this))
{
    connect(m_list, &ProjectSearch::progressed, this, [this](int pagesRead, int pageCount, int) {
        Q_EMIT progressed(Phase::Listing, pagesRead, pageCount, 0);
    });
    connect(m_list, &ProjectSearch::finished, this, &ImageSearch::onListed);
    connect(m_list, &ProjectSearch::failed, this, [this](const ApiError &error) {
        cancel();
        Q_EMIT failed(error);
    });
}

ImageSearch::~ImageSearch()
{
    cancel();
}

QStringList ImageSearch::imagesOf(const VersionDetail &detail)
{
    QStringList images;
    const auto add = [&images](const QString &reference) {
        if (!reference.isEmpty() && !images.contains(reference))
            images.append(reference);
    };
    for (const DeployInfo &deploy : detail.deployInfos)
        add(deploy.image);
    for (const DistributeInfo &chart : detail.distributeInfos) {
        add(chart.image);
        for (const DistributeInfo &image : chart.subDistributes)
            add(image.image);
    }
    // 4.x/5.x: where the image came from counts as much as where it went.
    for (const VersionService &service : detail.services) {
        for (const VersionImage &image : service.images) {
            add(image.targetImage);
            add(image.sourceImage);
        }
    }
    return images;
}

bool ImageSearch::imageMatches(const QString &reference, const QString &query)
{
    const QString q = query.trimmed();
    if (q.isEmpty() || reference.isEmpty())
        return false;
    const ImageRef ref = ImageRef::parse(reference.trimmed());
    const bool bareWord = !q.contains(u'/') && !q.contains(u':') && !q.contains(u'@');
    if (bareWord)
        return sameText(ref.name(), q) || sameText(ref.tag, q);

    const ImageRef want = ImageRef::parse(q);
    if (!want.digest.isEmpty() && !sameText(ref.digest, want.digest))
        return false;
    if (!want.registry.isEmpty()) {
        // A registry given: the whole reference, Docker Hub's implicit parts made explicit.
        const ImageRef a = ref.normalized();
        const ImageRef b = want.normalized();
        if (!sameText(a.registry, b.registry) || !sameText(a.path, b.path))
            return false;
        return want.tag.isEmpty() || sameText(a.tag, b.tag);
    }
    if (!pathEndsWith(ref.path, want.path) && !pathEndsWith(ref.normalized().path, want.path))
        return false;
    return want.tag.isEmpty() || sameText(ref.tag, want.tag) ||
           (ref.tag.isEmpty() && ref.digest.isEmpty() && sameText(want.tag, u"latest"_s));
}

QList<ImageSearch::Match> ImageSearch::matches() const
{
    QList<std::pair<int, Match>> found = m_found;
    std::sort(found.begin(), found.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Match> result;
    result.reserve(found.size());
    for (auto &[index, match] : found)
        result.append(std::move(match));
    return result;
}

void ImageSearch::start(const QString &image)
{
    cancel();
    ++m_run;
    m_projectKey = m_repository->projectKey();
    m_image = image.trimmed();
    m_versions.clear();
    m_nextFromDisk = 0;
    m_toRead.clear();
    m_nextRead = 0;
    m_found.clear();
    m_checked = 0;
    m_detailReads = 0;
    m_cacheHits = 0;
    m_skipped = 0;
    m_phase = Phase::Listing;
    m_list->start(m_projectKey, QString()); // an empty text matches every version
}

void ImageSearch::cancel()
{
    // Reads already given to the repository are answered to nobody: `m_run` moves on, and
    // their details are kept there as any read's.
    m_list->cancel();
    m_phase = Phase::Idle;
    ++m_run;
    m_reading = 0;
}

void ImageSearch::onListed()
{
    if (m_phase != Phase::Listing)
        return;
    m_versions = m_list->matches();
    m_phase = Phase::Checking;
    if (DetailDiskCache *disk = m_repository->diskCache()) {
        // The whole list was read: what it no longer has was deleted.
        QSet<QString> ids;
        ids.reserve(m_versions.size());
        for (const VersionInfo &v : std::as_const(m_versions))
            ids.insert(v.id);
        disk->retainOnly({m_client->baseUrl(), m_projectKey}, ids);
    }
    reportProgress();
    checkFromDisk();
}

void ImageSearch::checkFromDisk()
{
    m_diskSliceQueued = false;
    if (m_phase != Phase::Checking)
        return;
    DetailDiskCache *disk = m_repository->diskCache();
    const DetailDiskCache::Scope scope{m_client->baseUrl(), m_projectKey};
    QElapsedTimer slice;
    slice.start();
    const int firstHit = m_cacheHits;
    while (m_nextFromDisk < m_versions.size() && slice.elapsed() < SliceMs) {
        const int index = m_nextFromDisk++;
        const VersionInfo &listed = m_versions.at(index);
        std::optional<VersionDetail> kept;
        if (m_repository->isFresh(listed.id))
            kept = m_repository->detail(listed.id); // read a moment ago for the table
        if (!kept && disk && listed.isSettled())
            kept = disk->load(scope, listed.id);
        // Kept as it is listed now; a version retried since is listed otherwise and read again.
        if (kept && kept->info.status == listed.status && kept->info.name == listed.name) {
            ++m_cacheHits;
            consider(index, *kept);
        } else {
            m_toRead.append(index);
        }
    }
    if (m_cacheHits != firstHit)
        reportProgress();
    pumpReads();
    if (m_nextFromDisk < m_versions.size()) {
        m_diskSliceQueued = true;
        QTimer::singleShot(0, this, &ImageSearch::checkFromDisk);
    }
    finishIfDone();
}

void ImageSearch::pumpReads()
{
    while (m_phase == Phase::Checking && m_reading < MaxConcurrent &&
           m_nextRead < m_toRead.size()) {
        if (m_repository->projectKey() != m_projectKey) {
            // Another project is open and the repository reads only for that one: what was
            // found stays for the caller, who knows the project moved on.
            cancel();
            Q_EMIT finished();
            return;
        }
        const int index = m_toRead.at(m_nextRead++);
        const VersionInfo &v = m_versions.at(index);
        ++m_reading;
        ++m_detailReads;
        m_repository->read(
            v.id, v.name, this,
            [this, index, run = m_run](const Result<VersionDetail> &result) {
                if (run != m_run)
                    return;
                --m_reading;
                if (result)
                    onDetail(index, result.value());
                else
                    onReadFailed(index, result.error());
            },
            VersionRepository::Priority::Search);
    }
}

void ImageSearch::onDetail(int index, const VersionDetail &detail)
{
    consider(index, detail);
    reportProgress();
    pumpReads();
    finishIfDone();
}

void ImageSearch::onReadFailed(int index, const ApiError &error)
{
    if (endsTheSearch(error)) {
        cancel();
        Q_EMIT failed(error);
        return;
    }
    ++m_checked;
    // Deleted meanwhile: it ships nothing any more, and nothing went wrong.
    if (error.kind != ApiError::Kind::NotFound) {
        qCInfo(lcImageSearch) << "skipping" << m_versions.at(index).id
                              << ApiError::kindName(error.kind);
        ++m_skipped;
    }
    reportProgress();
    pumpReads();
    finishIfDone();
}

void ImageSearch::consider(int index, const VersionDetail &detail)
{
    ++m_checked;
    QStringList matched;
    for (const QString &reference : imagesOf(detail)) {
        if (imageMatches(reference, m_image))
            matched.append(reference);
    }
    if (matched.isEmpty())
        return;
    // The table shows what the detail knows (labels, progress) where the list is silent.
    if (detail.info.isSettled())
        m_repository->adopt(detail);
    const VersionInfo version = VersionsModel::merged(m_versions.at(index), detail.info);
    m_found.append({index, Match{version, matched}});
}

void ImageSearch::reportProgress()
{
    Q_EMIT progressed(Phase::Checking, m_checked, total(), int(m_found.size()));
}

void ImageSearch::finishIfDone()
{
    if (m_phase != Phase::Checking || m_diskSliceQueued || m_reading > 0 ||
        m_nextFromDisk < m_versions.size() || m_nextRead < m_toRead.size())
        return;
    m_phase = Phase::Idle;
    qCInfo(lcImageSearch) << "searched" << m_versions.size() << "versions of" << m_projectKey
                          << "for" << m_image << ":" << m_found.size() << "found," << m_detailReads
                          << "read," << m_cacheHits << "from disk," << m_skipped << "skipped";
    Q_EMIT finished();
}

} // namespace zadig
