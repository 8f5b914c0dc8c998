#include "detailcache.h"

#include "api/zadigclient.h"

namespace zadig {

DetailCache::DetailCache(ZadigClient *client, QObject *parent) : QObject(parent), m_client(client)
{}

void DetailCache::setProjectKey(const QString &projectKey)
{
    if (projectKey == m_projectKey)
        return;
    m_projectKey = projectKey;
    clear();
}

void DetailCache::setClock(Clock *clock)
{
    m_clock = clock;
    clear();
}

void DetailCache::clear()
{
    ++m_generation;
    m_entries.clear();
    m_queue.clear();
    m_inFlight.clear();
}

bool DetailCache::isFresh(const QString &id) const
{
    auto it = m_entries.constFind(id);
    return it != m_entries.constEnd() && m_clock->nowMs() - it->fetchedAtMs < MaxAgeMs;
}

void DetailCache::request(const QStringList &ids)
{
    m_queue.clear();
    for (const QString &id : ids) {
        if (!id.isEmpty() && !isFresh(id) && !m_inFlight.contains(id) && !m_queue.contains(id))
            m_queue.append(id);
    }
    pump();
}

std::optional<VersionDetail> DetailCache::cached(const QString &id) const
{
    auto it = m_entries.constFind(id);
    return it == m_entries.constEnd() ? std::nullopt : it->detail;
}

void DetailCache::insert(const VersionDetail &detail)
{
    Entry &entry = m_entries[detail.info.id];
    entry.detail = detail;
    entry.fetchedAtMs = m_clock->nowMs();
    m_queue.removeAll(detail.info.id);
}

void DetailCache::invalidate(const QString &id)
{
    m_entries.remove(id);
}

void DetailCache::pump()
{
    while (m_inFlight.size() < MaxConcurrent && !m_queue.isEmpty()) {
        const QString id = m_queue.takeFirst();
        m_inFlight.insert(id);
        const quint64 generation = m_generation;
        m_client->versionDetail(m_projectKey, id, m_nameOf ? m_nameOf(id) : QString(), this,
                                [this, id, generation](const Result<VersionDetail> &result) {
                                    if (generation != m_generation)
                                        return;
                                    m_inFlight.remove(id);
                                    if (result) {
                                        insert(result.value());
                                        Q_EMIT loaded(result.value());
                                    } else {
                                        // Not asked for again until it is stale, like a
                                        // detail that came.
                                        m_entries[id].fetchedAtMs = m_clock->nowMs();
                                        Q_EMIT failed(id, result.error());
                                    }
                                    pump();
                                });
    }
}

} // namespace zadig
