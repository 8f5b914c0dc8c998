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
            [this](const VersionDetail &detail) { m_model->applyDetail(detail.info); });
    connect(m_repository, &VersionRepository::readFailed, this,
            [this](const QString &id, const ApiError &error) {
                m_model->applyDetailFailure(id, error.message());
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

void VersionsPager::setProjectKey(const QString &projectKey)
{
    m_projectKey = projectKey;
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
        QTimer::singleShot(0, m_repository, [repository = m_repository, ids, key = m_projectKey] {
            if (repository->projectKey() == key)
                repository->showRows(ids);
        });
    }

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

void VersionsPager::releaseDetails()
{
    if (!std::exchange(m_detailsHeld, false))
        return;
    QStringList ids;
    for (const VersionInfo &v : m_model->versions())
        ids.append(v.id);
    if (!ids.isEmpty())
        m_repository->showRows(ids);
}

void VersionsPager::forgetVersion(const QString &id)
{
    m_repository->forget(id);
    m_model->removeVersion(id);
    refresh();
}

} // namespace zadig
