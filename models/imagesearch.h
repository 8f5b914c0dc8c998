// ImageSearch: every version of a project that ships a given image.
//
// No Zadig generation can be asked which versions ship an image, and the list does not say what
// a version ships: the search lists the whole project (ProjectSearch, matching everything), then
// looks at every version's detail. A settled version's detail comes from the disk cache when it
// is there and the list still gives it the status it was kept with; the others are read through
// the repository at Priority::Search, a few at a time, so what the user looks at and the polls
// go first and the server never sees more reads at once than the repository allows. Disk reads
// are done in slices between events, so a project of ten thousand versions does not freeze the
// window.
//
// A version whose detail the server cannot give (a legacy type, a hostile answer) is skipped and
// counted; one deleted meanwhile is left out. A failure that every read would meet (the network,
// the token, the licence) ends the search. Cancel stops it; a newer start replaces an older one.
#pragma once

#include "api/apierror.h"
#include "api/types.h"
#include "versionrepository.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace zadig {

class DetailDiskCache;
class ProjectSearch;
class ZadigClient;

class ImageSearch : public QObject
{
    Q_OBJECT

public:
    // Reads of this search in flight at once: no more than the repository sends.
    static constexpr int MaxConcurrent = VersionRepository::MaxConcurrent;
    // How long one slice of disk reads may keep the event loop.
    static constexpr int SliceMs = 8;

    enum class Phase { Idle, Listing, Checking };

    struct Match
    {
        VersionInfo version;
        QStringList images; // the references that matched, as the version ships them
    };

    ImageSearch(ZadigClient *client, VersionRepository *repository, QObject *parent = nullptr);
    ~ImageSearch() override;

    // The repository's project is searched; `image` is a name ("cart"), a tag ("v1.2"), a
    // name with tag ("cart:v1.2") or a reference, whole or its tail ("mall/cart:v1.2").
    void start(const QString &image);
    void cancel();
    bool isRunning() const { return m_phase != Phase::Idle; }
    Phase phase() const { return m_phase; }

    QString projectKey() const { return m_projectKey; }
    QString image() const { return m_image; }
    // In the list's order: newest first.
    QList<Match> matches() const;
    int checked() const { return m_checked; }
    int total() const { return int(m_versions.size()); }
    // What the last search cost and saved.
    int detailReads() const { return m_detailReads; }
    int cacheHits() const { return m_cacheHits; }
    int skipped() const { return m_skipped; } // could not be read (not: deleted meanwhile)

    // Every image reference the version ships, each once.
    static QStringList imagesOf(const VersionDetail &detail);
    // Case-insensitive. A bare word is a repository name or a tag; with a '/' it is a
    // reference or its tail (whole path components); a registry, tag or digest given must
    // match. Docker Hub's implicit parts count ("nginx" is "docker.io/library/nginx:latest").
    static bool imageMatches(const QString &reference, const QString &query);

Q_SIGNALS:
    // Listing: done and total are pages; checking: versions.
    void progressed(zadig::ImageSearch::Phase phase, int done, int total, int matchCount);
    void finished();
    void failed(const zadig::ApiError &error);

private:
    void onListed();
    void checkFromDisk();
    void pumpReads();
    void onDetail(int index, const VersionDetail &detail);
    void onReadFailed(int index, const ApiError &error);
    void consider(int index, const VersionDetail &detail);
    void finishIfDone();
    void reportProgress();

    ZadigClient *m_client;
    VersionRepository *m_repository;
    ProjectSearch *m_list;
    QString m_projectKey;
    QString m_image;
    Phase m_phase = Phase::Idle;
    quint64 m_run = 0; // answers of an earlier search are dropped

    QList<VersionInfo> m_versions; // every version, in list order
    int m_nextFromDisk = 0;        // index into m_versions
    QList<int> m_toRead;           // indexes the disk did not have
    int m_nextRead = 0;            // index into m_toRead
    int m_reading = 0;
    bool m_diskSliceQueued = false;
    QList<std::pair<int, Match>> m_found; // (index into m_versions, match)
    int m_checked = 0;
    int m_detailReads = 0;
    int m_cacheHits = 0;
    int m_skipped = 0;
};

} // namespace zadig
