#include "versionspager.h"

#include "api/zadigclient.h"
#include "detailcache.h"
#include "progresspoller.h"
#include "versionsmodel.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace zadig {

VersionsPager::VersionsPager(ZadigClient *client, VersionsModel *model, QObject *parent)
    : QObject(parent), m_client(client), m_model(model), m_details(new DetailCache(client, this)),
      m_poller(new ProgressPoller(client, this))
{
    const auto nameOf = [this](const QString &id) {
        return m_names.value(id);
    };
    m_details->setNameLookup(nameOf);
    m_poller->setNameLookup(nameOf);
    connect(m_details, &DetailCache::loaded, this, &VersionsPager::onDetail);
    connect(m_details, &DetailCache::failed, this,
            [this](const QString &id, const ApiError &error) {
                m_model->applyDetailFailure(id, error.message());
            });
    connect(m_poller, &ProgressPoller::updated, this, &VersionsPager::acceptDetail);
    connect(m_poller, &ProgressPoller::settled, this, &VersionsPager::versionSettled);
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

void VersionsPager::setProjectKey(const QString &projectKey)
{
    m_projectKey = projectKey;
    m_names.clear();
    m_details->setProjectKey(projectKey);
    m_poller->setProjectKey(projectKey);
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
    const int firstRow = (m_page - 1) * m_pageSize;
    m_pageSize = pageSize;
    m_page = firstRow / m_pageSize + 1;
    if (!m_projectKey.isEmpty())
        load();
}

void VersionsPager::goToPage(int page)
{
    page = qBound(1, page, pageCount());
    if (page == m_page && m_state == State::Loaded)
        return;
    m_page = page;
    load();
}

void VersionsPager::refresh()
{
    if (!m_projectKey.isEmpty())
        load();
}

void VersionsPager::reloadAndFind(const QString &versionName)
{
    m_findName = versionName;
    m_page = 1;
    load();
}

void VersionsPager::load()
{
    if (m_projectKey.isEmpty())
        return;
    setState(State::Loading);
    Q_EMIT pageChanged(m_page, pageCount(), m_total);
    const int page = m_page;
    m_client->listVersions(
        m_projectKey, page, m_pageSize, this,
        [this, page, key = m_projectKey](const Result<VersionPage> &result) {
            // A page of a project left meanwhile (closed, not replaced by another page) is
            // not shown.
            if (key == m_projectKey)
                onPage(result, page);
        },
        u"versions-page"_s);
}

void VersionsPager::onPage(const Result<VersionPage> &result, int page)
{
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
        m_page = pageCount();
        load();
        return;
    }
    m_model->setPage(vp);
    setState(vp.total == 0 && vp.versions.isEmpty() ? State::Empty : State::Loaded);
    Q_EMIT pageChanged(m_page, pageCount(), m_total);

    QStringList ids;
    for (const VersionInfo &v : vp.versions) {
        ids.append(v.id);
        m_names.insert(v.id, v.name);
        if (!v.isSettled() && v.status != VersionStatus::Unknown)
            m_poller->watch(v.id);
    }
    Q_EMIT pageLoaded();
    // After the rows are shown: the details fill labels and progress in place.
    if (!m_detailsHeld) {
        QTimer::singleShot(0, m_details, [details = m_details, ids, key = m_projectKey] {
            if (details->projectKey() == key)
                details->request(ids);
        });
    }

    if (!m_findName.isEmpty()) {
        const QString name = std::exchange(m_findName, QString());
        for (const VersionInfo &v : vp.versions) {
            if (v.name == name) {
                m_poller->watch(v.id, true);
                Q_EMIT versionFound(v.id);
                return;
            }
        }
        Q_EMIT versionNotFound(name);
    }
}

void VersionsPager::releaseDetails()
{
    if (!std::exchange(m_detailsHeld, false))
        return;
    QStringList ids;
    for (const VersionInfo &v : m_model->versions())
        ids.append(v.id);
    if (!ids.isEmpty())
        m_details->request(ids);
}

void VersionsPager::onDetail(const VersionDetail &detail)
{
    m_model->applyDetail(detail.info);
    // The stored status of the list may lag: the detail reconciles it.
    if (!detail.info.isSettled() && detail.info.status != VersionStatus::Unknown)
        m_poller->watch(detail.info.id);
}

void VersionsPager::forgetVersion(const QString &id)
{
    m_poller->unwatch(id);
    m_details->invalidate(id);
    m_model->removeVersion(id);
    refresh();
}

void VersionsPager::watchRetried(const QString &id)
{
    m_details->invalidate(id);
    m_poller->watch(id, true);
}

void VersionsPager::acceptDetail(const VersionDetail &detail)
{
    m_details->insert(detail);
    onDetail(detail);
}

} // namespace zadig
