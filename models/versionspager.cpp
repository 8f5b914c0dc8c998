#include "versionspager.h"

#include "api/zadigclient.h"
#include "versionrepository.h"
#include "versionsmodel.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace zadig {

VersionsPager::VersionsPager(ZadigClient *client, VersionsModel *model, QObject *parent)
    : QObject(parent), m_client(client), m_model(model),
      m_repository(new VersionRepository(client, this))
{
    connect(m_repository, &VersionRepository::detailChanged, this,
            [this](const VersionDetail &detail) {
                m_model->applyDetail(detail.info);
                readAhead();
            });
    connect(m_repository, &VersionRepository::readFailed, this,
            [this](const QString &id, const ApiError &error) {
                m_model->applyDetailFailure(id, error.message());
                readAhead();
            });
    connect(m_repository, &VersionRepository::settled, this, &VersionsPager::versionSettled);
}

int VersionsPager::pageCount() const
{
    return qMax(1, (m_total + m_pageSize - 1) / m_pageSize);
}

void VersionsPager::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void VersionsPager::showFound(const QList<VersionInfo> &versions)
{
    m_client->cancel(u"versions-page"_s); // a page on its way must not replace them
    withdrawReadAhead();
    if (!std::exchange(m_showingFound, true))
        Q_EMIT showingFoundChanged(true);
    VersionPage found;
    found.versions = versions;
    found.total = int(versions.size());
    show(found);
    Q_EMIT pageChanged(1, 1, found.total);
}

void VersionsPager::leaveFound()
{
    if (!m_showingFound)
        return;
    stopShowingFound();
    showPage();
}

void VersionsPager::showPage()
{
    if (m_readAheadFrom != 0 && m_page != m_readAheadFrom + 1)
        withdrawReadAhead();
    if (m_readAheadListing == m_page) {
        // Its list, read ahead, is on its way: that answer is shown, the page is not asked for
        // twice. Nor may an older page's answer replace it.
        m_client->cancel(u"versions-page"_s);
        setState(State::Loading);
        Q_EMIT pageChanged(m_page, pageCount(), m_total);
        return;
    }
    const auto kept = m_pages.constFind(m_page);
    if (kept == m_pages.constEnd() || m_state == State::Error) {
        load();
        return;
    }
    // Read before (ahead, or when it was shown): shown at once, and read again behind it.
    const VersionPage shown = *kept;
    show(shown);
    load(Load::Revalidate);
}

void VersionsPager::stopShowingFound()
{
    if (std::exchange(m_showingFound, false))
        Q_EMIT showingFoundChanged(false);
}

void VersionsPager::setProjectKey(const QString &projectKey)
{
    stopShowingFound();
    m_projectKey = projectKey;
    forgetPages();
    m_repository->setProjectKey(projectKey);
    m_model->clear();
    m_total = 0;
    m_page = 1;
    if (projectKey.isEmpty())
        setState(State::Idle); // no project open: nothing is loading
    load();
}

void VersionsPager::setPageSize(int pageSize)
{
    pageSize = qMax(1, pageSize);
    if (pageSize == m_pageSize)
        return;
    stopShowingFound();
    const int firstRow = (m_page - 1) * m_pageSize;
    m_pageSize = pageSize;
    forgetPages();
    m_page = firstRow / m_pageSize + 1;
    if (!m_projectKey.isEmpty())
        load();
}

void VersionsPager::goToPage(int page)
{
    if (m_showingFound) {
        stopShowingFound();
        m_state = State::Idle; // whatever page it is, it is not shown
    }
    page = qBound(1, page, pageCount());
    if (page == m_page && m_state == State::Loaded)
        return;
    m_page = page;
    showPage();
}

void VersionsPager::refresh()
{
    stopShowingFound();
    forgetPages();
    if (!m_projectKey.isEmpty())
        load();
}

void VersionsPager::reloadAndFind(const QString &versionName)
{
    stopShowingFound();
    forgetPages();
    m_findName = versionName;
    m_page = 1;
    load();
}

void VersionsPager::forgetPages()
{
    m_pages.clear();
    m_readAheadFrom = 0;
    m_readAheadListing = 0;
    m_client->cancel(ReadAheadKey);
}

void VersionsPager::withdrawReadAhead()
{
    m_readAheadFrom = 0;
    if (std::exchange(m_readAheadListing, 0) != 0)
        m_client->cancel(ReadAheadKey);
    m_repository->prefetch({});
}

void VersionsPager::load(Load how)
{
    if (m_projectKey.isEmpty())
        return;
    if (how == Load::Show) {
        setState(State::Loading);
        Q_EMIT pageChanged(m_page, pageCount(), m_total);
    }
    const int page = m_page;
    m_client->listVersions(
        m_projectKey, page, m_pageSize, this,
        [this, page, how, key = m_projectKey](const Result<VersionPage> &result) {
            // A page of a project left meanwhile (closed, not replaced by another page) is
            // not shown.
            if (key == m_projectKey)
                onPage(result, page, how);
        },
        u"versions-page"_s);
}

void VersionsPager::onPage(const Result<VersionPage> &result, int page, Load how)
{
    if (!result && how == Load::Revalidate)
        return; // what was read before stays; the next flip or refresh reads again
    if (!result) {
        m_error = result.error();
        setState(State::Error);
        if (!m_findName.isEmpty())
            Q_EMIT versionNotFound(std::exchange(m_findName, QString()));
        return;
    }
    m_error.reset();
    const VersionPage &vp = result.value();
    m_total = vp.total;
    if (vp.versions.isEmpty() && vp.total > 0 && page > pageCount()) {
        // The list shrank under us (deletions elsewhere): show the new last page.
        forgetPages();
        m_page = pageCount();
        load();
        return;
    }
    const bool unchanged = how == Load::Revalidate && m_pages.value(page) == vp;
    m_pages.insert(page, vp);
    if (unchanged) {
        Q_EMIT pageChanged(m_page, pageCount(), m_total);
        return; // what is shown is what the server says
    }
    show(vp);

    if (!m_findName.isEmpty()) {
        const QString name = std::exchange(m_findName, QString());
        for (const VersionInfo &v : vp.versions) {
            if (v.name == name) {
                m_repository->watch(v.id, true);
                Q_EMIT versionFound(v.id);
                return;
            }
        }
        Q_EMIT versionNotFound(name);
    }
}

void VersionsPager::show(const VersionPage &vp)
{
    m_repository->noteListed(vp.versions);
    m_model->setPage(vp, [this](const QString &id) -> std::optional<VersionInfo> {
        if (const auto detail = m_repository->detail(id))
            return detail->info;
        return std::nullopt;
    });
    for (const VersionInfo &v : vp.versions) {
        if (const auto failure = m_repository->failure(v.id))
            m_model->applyDetailFailure(v.id, failure->message());
    }
    setState(vp.total == 0 && vp.versions.isEmpty() ? State::Empty : State::Loaded);
    Q_EMIT pageChanged(m_page, pageCount(), m_total);

    QStringList ids;
    for (const VersionInfo &v : vp.versions)
        ids.append(v.id);
    Q_EMIT pageLoaded();
    // After the rows are shown: the details fill labels and progress in place.
    if (!m_detailsHeld) {
        QTimer::singleShot(0, this, [this, ids, key = m_projectKey] {
            if (m_repository->projectKey() != key)
                return;
            m_repository->showRows(ids);
            readAhead(); // at once when every row's detail was read before
        });
    }
}

void VersionsPager::readAhead()
{
    // Only once the page shown is complete: it comes first.
    if (m_state != State::Loaded || m_detailsHeld || m_showingFound || !m_model->isComplete() ||
        m_readAheadFrom == m_page || m_page >= pageCount())
        return;
    m_readAheadFrom = m_page;
    const int next = m_page + 1;
    const auto readDetails = [this](const VersionPage &vp) {
        QStringList ids;
        for (const VersionInfo &v : vp.versions)
            ids.append(v.id);
        m_repository->noteListed(vp.versions, VersionRepository::Listed::NamesOnly);
        m_repository->prefetch(ids);
    };
    if (const auto kept = m_pages.constFind(next); kept != m_pages.constEnd()) {
        readDetails(*kept);
        return;
    }
    m_readAheadListing = next;
    m_client->listVersions(
        m_projectKey, next, m_pageSize, this,
        [this, next, readDetails, key = m_projectKey,
         size = m_pageSize](const Result<VersionPage> &result) {
            if (key != m_projectKey || size != m_pageSize)
                return;
            m_readAheadListing = 0;
            if (m_page == next) {
                onPage(result, next, Load::Show); // flipped to while on its way
                return;
            }
            if (!result)
                return; // read again when it is flipped to
            m_pages.insert(next, result.value());
            if (m_page + 1 == next)
                readDetails(result.value());
        },
        ReadAheadKey);
}

void VersionsPager::releaseDetails()
{
    if (!std::exchange(m_detailsHeld, false))
        return;
    QStringList ids;
    for (const VersionInfo &v : m_model->versions())
        ids.append(v.id);
    if (!ids.isEmpty())
        m_repository->showRows(ids);
    readAhead();
}

void VersionsPager::forgetVersion(const QString &id)
{
    m_repository->forget(id);
    m_model->removeVersion(id);
    refresh();
}

} // namespace zadig
