// ProjectSearch: every version of a project that matches a text, read from all of its pages.
//
// No Zadig generation searches versions in its OpenAPI, so the search reads the project's list
// page by page: the first page tells how many there are, then the others are read at once, as
// many at a time as the transport carries (six over HTTP/1.1, every page up to a hundred over
// HTTP/2: VersionRepository::concurrencyLimit), and matches are reported as they come with the
// pages read so far. A version the list shows twice (a version created meanwhile
// shifts every page by one) is reported once; one deleted meanwhile may be missing, as it is
// from the server. Matching is VersionsModel's filter: the text, case-insensitive, in the name,
// labels, creator or status. Cancel stops it; a newer start replaces an older search.
#pragma once

#include "api/apierror.h"
#include "api/result.h"
#include "api/types.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>

namespace zadig {

class ZadigClient;

class ProjectSearch : public QObject
{
    Q_OBJECT

public:
    static constexpr int PageSize = 100;

    explicit ProjectSearch(ZadigClient *client, QObject *parent = nullptr);
    ~ProjectSearch() override;

    void start(const QString &projectKey, const QString &text);
    void cancel();
    bool isRunning() const { return m_running; }

    QString projectKey() const { return m_projectKey; }
    QString text() const { return m_text; }
    // Newest first, as the list gives them.
    QList<VersionInfo> matches() const;
    int pagesRead() const { return m_pagesRead; }
    int pageCount() const { return m_pageCount; } // 0 until the first page is read

    static bool matches(const VersionInfo &version, const QString &text);

Q_SIGNALS:
    void progressed(int pagesRead, int pageCount, int matchCount);
    void finished();
    void failed(const zadig::ApiError &error);

private:
    void read(int page);
    void pump();
    void onPage(int page, const Result<VersionPage> &result);
    QString requestKey(int page) const;

    ZadigClient *m_client;
    QString m_projectKey;
    QString m_text;
    bool m_running = false;
    quint64 m_run = 0; // answers of an earlier search are dropped
    int m_pageCount = 0;
    int m_pagesRead = 0;
    int m_nextPage = 2;
    QSet<int> m_inFlight;
    QMap<int, QList<VersionInfo>> m_found; // by page: pages come in any order
    int m_foundCount = 0;
    QSet<QString> m_foundIds;
};

} // namespace zadig
