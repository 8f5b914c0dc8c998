#include "projectsearch.h"

#include "api/zadigclient.h"
#include "versionrepository.h"
#include "versionsmodel.h"

using namespace Qt::StringLiterals;

namespace zadig {

ProjectSearch::ProjectSearch(ZadigClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{}

ProjectSearch::~ProjectSearch()
{
    cancel();
}

bool ProjectSearch::matches(const VersionInfo &version, const QString &text)
{
    return VersionsModel::searchText(version).contains(text, Qt::CaseInsensitive);
}

QList<VersionInfo> ProjectSearch::matches() const
{
    QList<VersionInfo> versions;
    versions.reserve(m_foundCount);
    for (const QList<VersionInfo> &page : m_found)
        versions += page;
    return versions;
}

QString ProjectSearch::requestKey(int page) const
{
    return u"project-search:%1:%2"_s.arg(quintptr(this), 0, 16).arg(page);
}

void ProjectSearch::start(const QString &projectKey, const QString &text)
{
    cancel();
    ++m_run;
    m_projectKey = projectKey;
    m_text = text;
    m_running = true;
    m_pageCount = 0;
    m_pagesRead = 0;
    m_nextPage = 2;
    m_found.clear();
    m_foundCount = 0;
    m_foundIds.clear();
    read(1); // it tells how many pages there are
}

void ProjectSearch::cancel()
{
    for (const int page : std::as_const(m_inFlight))
        m_client->cancel(requestKey(page));
    m_inFlight.clear();
    m_running = false;
}

void ProjectSearch::read(int page)
{
    m_inFlight.insert(page);
    m_client->listVersions(
        m_projectKey, page, PageSize, this,
        [this, page, run = m_run](const Result<VersionPage> &result) {
            if (run == m_run)
                onPage(page, result);
        },
        requestKey(page));
}

void ProjectSearch::pump()
{
    // Over HTTP/2 the pages share one connection and all leave at once (up to the streams a
    // server takes); over HTTP/1.1 Qt's six connections bound them.
    const int limit = VersionRepository::concurrencyLimit(m_client->multiplexes(), m_pageCount);
    while (m_running && m_inFlight.size() < limit && m_nextPage <= m_pageCount)
        read(m_nextPage++);
}

void ProjectSearch::onPage(int page, const Result<VersionPage> &result)
{
    m_inFlight.remove(page);
    if (!m_running)
        return;
    if (!result) {
        cancel();
        Q_EMIT failed(result.error());
        return;
    }
    const VersionPage &vp = result.value();
    if (page == 1)
        m_pageCount = qMax(1, (vp.total + PageSize - 1) / PageSize);
    ++m_pagesRead;
    QList<VersionInfo> &found = m_found[page];
    for (const VersionInfo &v : vp.versions) {
        if (matches(v, m_text) && !m_foundIds.contains(v.id)) {
            m_foundIds.insert(v.id);
            found.append(v);
            ++m_foundCount;
        }
    }
    Q_EMIT progressed(m_pagesRead, m_pageCount, m_foundCount);
    pump();
    if (m_inFlight.isEmpty() && m_nextPage > m_pageCount) {
        m_running = false;
        Q_EMIT finished();
    }
}

} // namespace zadig
