#include "versionrepository.h"

#include "api/zadigclient.h"
#include "detaildiskcache.h"

#include <QLoggingCategory>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcRepository, "zadig.repository", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace zadig {

VersionRepository::VersionRepository(ZadigClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
    setClock(Clock::steady());
    // No callback comes for an aborted call: its slot is free again, and whoever waited for it
    // is told nothing, as with any aborted call.
    connect(client, &ZadigClient::abortedAll, this, [this] {
        m_flights.clear();
        m_olderFlights = 0;
        schedule();
        pump();
    });
}

VersionRepository::~VersionRepository() = default;

void VersionRepository::setDiskCache(std::unique_ptr<DetailDiskCache> cache)
{
    m_disk = std::move(cache);
}

DetailDiskCache::Scope VersionRepository::diskScope() const
{
    return {m_client->baseUrl(), m_projectKey};
}

void VersionRepository::setClock(Clock *clock)
{
    clear();
    m_clock = clock;
    m_alarm = clock->alarm([this] { tick(); });
}

void VersionRepository::setProjectKey(const QString &projectKey)
{
    if (projectKey == m_projectKey)
        return;
    m_projectKey = projectKey;
    clear();
}

void VersionRepository::clear()
{
    ++m_generation;
    m_entries.clear();
    m_names.clear();
    m_watches.clear();
    // Reads someone waits for still go out for the project they were asked for; the rest are
    // no longer wanted.
    m_queue.erase(std::remove_if(m_queue.begin(), m_queue.end(),
                                 [](const Queued &q) { return q.waiters.isEmpty(); }),
                  m_queue.end());
    // Reads nobody waits for are of no use any more: they go, and free their slots. The others
    // still hold theirs until answered.
    for (auto it = m_flights.cbegin(); it != m_flights.cend(); ++it) {
        if (it.value()->waiters.isEmpty())
            m_client->cancel(flightKey(it.key()));
        else
            ++m_olderFlights;
    }
    m_flights.clear();
    if (m_alarm)
        m_alarm->cancel();
}

void VersionRepository::noteListed(const QList<VersionInfo> &versions, Listed use)
{
    for (const VersionInfo &v : versions) {
        m_names.insert(v.id, v.name);
        if (use == Listed::WatchUnsettled && !v.isSettled() && v.status != VersionStatus::Unknown)
            watch(v.id);
    }
}

std::optional<VersionDetail> VersionRepository::detail(const QString &id) const
{
    const auto it = m_entries.constFind(id);
    return it == m_entries.constEnd() ? std::nullopt : it->detail;
}

std::optional<ApiError> VersionRepository::failure(const QString &id) const
{
    const auto it = m_entries.constFind(id);
    return it == m_entries.constEnd() ? std::nullopt : it->failure;
}

bool VersionRepository::isFresh(const QString &id) const
{
    const auto it = m_entries.constFind(id);
    return it != m_entries.constEnd() && m_clock->nowMs() - it->readAtMs < MaxAgeMs;
}

void VersionRepository::dropQueued(Priority priority)
{
    // What someone waits for stays.
    m_queue.erase(std::remove_if(m_queue.begin(), m_queue.end(),
                                 [priority](const Queued &q) {
                                     return q.priority == priority && q.waiters.isEmpty();
                                 }),
                  m_queue.end());
}

void VersionRepository::cancelUnwanted(Priority priority, const QStringList &wanted)
{
    const auto waitedFor = [](const Flight &flight) {
        return std::any_of(flight.waiters.cbegin(), flight.waiters.cend(),
                           [](const Waiter &waiter) { return !waiter.context.isNull(); });
    };
    for (auto it = m_flights.begin(); it != m_flights.end();) {
        const Flight &flight = **it;
        // A watched version's read is its poll, whichever row asked for it.
        if (flight.priority != priority || waitedFor(flight) || m_watches.contains(it.key()) ||
            wanted.contains(it.key())) {
            ++it;
            continue;
        }
        m_client->cancel(flightKey(it.key())); // no answer comes: the slot is free now
        it = m_flights.erase(it);
    }
}

int VersionRepository::concurrencyLimit(bool multiplexed, qsizetype rowsShown)
{
    if (!multiplexed)
        return MaxConcurrent;
    return int(std::clamp(rowsShown, qsizetype(MaxConcurrent), qsizetype(MaxMultiplexed)));
}

void VersionRepository::showRows(const QStringList &ids)
{
    m_rowsShown = ids.size();
    dropQueued(Priority::Rows); // rows of an earlier call are no longer on screen
    for (const QString &id : ids) {
        if (!id.isEmpty() && !isFresh(id))
            enqueue(id, Priority::Rows); // a row read ahead and still in flight becomes a row
    }
    // After a page flip the slots go to the rows now shown, not to answers nobody will see.
    cancelUnwanted(Priority::Rows, ids);
    pump();
}

void VersionRepository::prefetch(const QStringList &ids)
{
    dropQueued(Priority::Prefetch);
    for (const QString &id : ids) {
        if (!id.isEmpty() && !isFresh(id))
            enqueue(id, Priority::Prefetch);
    }
    cancelUnwanted(Priority::Prefetch, ids);
    pump();
}

void VersionRepository::refresh(const QString &id, const QString &name)
{
    if (id.isEmpty())
        return;
    if (!name.isEmpty())
        m_names.insert(id, name);
    enqueue(id, Priority::User);
    pump();
}

void VersionRepository::read(const QString &id, const QString &name, QObject *context,
                             DetailCallback callback, Priority priority)
{
    if (!name.isEmpty())
        m_names.insert(id, name);
    enqueue(id, priority, {Waiter{context, std::move(callback)}});
    pump();
}

void VersionRepository::enqueue(const QString &id, Priority priority, QList<Waiter> waiters)
{
    if (const auto flight = m_flights.value(id)) {
        flight->waiters += waiters; // the answer on its way is the one they want
        flight->priority = std::max(flight->priority, priority);
        return;
    }
    const auto same = std::find_if(m_queue.begin(), m_queue.end(), [&](const Queued &q) {
        return q.id == id && q.generation == m_generation;
    });
    if (same != m_queue.end()) {
        same->waiters += waiters;
        if (priority <= same->priority)
            return;
        // Asked for again by someone more urgent: it moves up.
        Queued moved = std::move(*same);
        m_queue.erase(same);
        moved.priority = priority;
        m_queue.append(std::move(moved));
        return;
    }
    m_queue.append(Queued{id, priority, m_projectKey, m_generation, std::move(waiters)});
}

void VersionRepository::pump()
{
    const int limit = concurrencyLimit(m_client->multiplexes(), m_rowsShown);
    while (int(m_flights.size()) + m_olderFlights < limit && !m_queue.isEmpty()) {
        // The most urgent first, in the order asked within the same urgency.
        auto next = m_queue.begin();
        for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
            if (it->priority > next->priority)
                next = it;
        }
        Queued queued = std::move(*next);
        m_queue.erase(next);
        send(std::move(queued));
    }
}

void VersionRepository::send(Queued queued)
{
    auto flight = std::make_shared<Flight>();
    flight->generation = queued.generation;
    flight->priority = queued.priority;
    flight->waiters = std::move(queued.waiters);
    const bool current = queued.generation == m_generation;
    if (current)
        m_flights.insert(queued.id, flight);
    else
        ++m_olderFlights;
    const QString name = current ? m_names.value(queued.id) : QString();
    m_client->versionDetail(
        queued.projectKey, queued.id, name, this,
        [this, id = queued.id, flight](const Result<VersionDetail> &result) {
            answered(id, flight, result);
        },
        current ? flightKey(queued.id) : QString());
}

QString VersionRepository::flightKey(const QString &id) const
{
    return u"repository:%1:%2"_s.arg(quintptr(this), 0, 16).arg(id);
}

void VersionRepository::answered(const QString &id, const std::shared_ptr<Flight> &flight,
                                 const Result<VersionDetail> &result)
{
    const bool current = flight->generation == m_generation && m_flights.value(id) == flight;
    if (current)
        m_flights.remove(id);
    else
        m_olderFlights = qMax(0, m_olderFlights - 1);

    if (current) {
        if (result) {
            accept(result.value());
        } else {
            const ApiError &error = result.error();
            if (error.kind == ApiError::Kind::NotFound) {
                forget(id); // deleted meanwhile: nothing left to read or watch
            } else {
                Entry &entry = m_entries[id];
                entry.failure = error;
                entry.readAtMs = m_clock->nowMs();
                if (auto watch = m_watches.find(id); watch != m_watches.end())
                    watch->dueAtMs = nextPollAt(*watch, entry.readAtMs);
            }
            Q_EMIT readFailed(id, error);
        }
        schedule();
    }
    for (const Waiter &waiter : std::as_const(flight->waiters)) {
        if (waiter.context)
            waiter.callback(result);
    }
    pump();
}

void VersionRepository::adopt(const VersionDetail &detail)
{
    const QString &id = detail.info.id;
    if (id.isEmpty() || !detail.info.isSettled() || m_flights.contains(id) || isFresh(id))
        return;
    m_names.insert(id, detail.info.name);
    Entry &entry = m_entries[id];
    entry.detail = detail;
    entry.failure.reset();
    entry.readAtMs = m_clock->nowMs();
    Q_EMIT detailChanged(detail);
}

void VersionRepository::accept(const VersionDetail &detail)
{
    const QString &id = detail.info.id;
    const qint64 now = m_clock->nowMs();
    Entry &entry = m_entries[id];
    // A differing answer replaces what was kept on disk, an unsettled one drops it; the same
    // answer again (a revalidation) is kept already.
    if (m_disk && entry.detail != detail)
        m_disk->store(diskScope(), detail);
    entry.detail = detail;
    entry.failure.reset();
    entry.readAtMs = now;
    const bool unsettled = !detail.info.isSettled() && detail.info.status != VersionStatus::Unknown;
    auto watch = m_watches.find(id);
    if (watch != m_watches.end() && !unsettled)
        m_watches.erase(watch);
    else if (watch != m_watches.end())
        watch->dueAtMs = nextPollAt(*watch, now); // any read counts as a poll
    Q_EMIT detailChanged(detail);
    if (watch != m_watches.end() && !unsettled)
        Q_EMIT settled(detail.info);
    else if (watch == m_watches.end() && unsettled)
        this->watch(id); // the list's stored status may lag: the detail reconciles it
}

qint64 VersionRepository::nextPollAt(const Watch &watch, qint64 readAtMs) const
{
    const bool late = readAtMs - watch.sinceMs >= m_timing.backoffAfterMs;
    return readAtMs + (late ? m_timing.backoffIntervalMs : m_timing.intervalMs);
}

void VersionRepository::watch(const QString &id, bool pollNow)
{
    if (id.isEmpty() || m_watches.contains(id))
        return;
    Watch w;
    w.sinceMs = m_clock->nowMs();
    w.dueAtMs = w.sinceMs + (pollNow ? 0 : m_timing.intervalMs);
    m_watches.insert(id, w);
    qCDebug(lcRepository) << "watching" << id;
    schedule();
}

void VersionRepository::unwatch(const QString &id)
{
    m_watches.remove(id);
    schedule();
}

void VersionRepository::watchRetried(const QString &id)
{
    if (m_disk) // "failed" no longer holds
        m_disk->remove(diskScope(), id);
    m_entries.remove(id);
    m_watches.remove(id);
    watch(id, true);
}

void VersionRepository::forget(const QString &id)
{
    if (m_disk)
        m_disk->remove(diskScope(), id);
    m_entries.remove(id);
    m_watches.remove(id);
    m_queue.erase(
        std::remove_if(m_queue.begin(), m_queue.end(),
                       [&](const Queued &q) { return q.id == id && q.waiters.isEmpty(); }),
        m_queue.end());
    schedule();
}

void VersionRepository::schedule()
{
    qint64 next = std::numeric_limits<qint64>::max();
    for (auto it = m_watches.cbegin(); it != m_watches.cend(); ++it) {
        if (!m_flights.contains(it.key()))
            next = qMin(next, it->dueAtMs);
    }
    if (next == std::numeric_limits<qint64>::max())
        m_alarm->cancel();
    else
        m_alarm->setAt(next);
}

void VersionRepository::tick()
{
    const qint64 now = m_clock->nowMs();
    QStringList due;
    for (auto it = m_watches.cbegin(); it != m_watches.cend(); ++it) {
        if (it->dueAtMs <= now && !m_flights.contains(it.key()))
            due.append(it.key());
    }
    for (const QString &id : std::as_const(due)) {
        if (now - m_watches.value(id).sinceMs >= m_timing.giveUpAfterMs) {
            m_watches.remove(id);
            qCInfo(lcRepository) << "giving up on" << id;
            Q_EMIT gaveUp(id);
            continue;
        }
        // Not again before this poll is answered (or an interval passed, if it waits long in
        // the queue behind what the user asked for).
        m_watches[id].dueAtMs = now + m_timing.intervalMs;
        enqueue(id, Priority::Poll);
    }
    pump();
    schedule();
}

} // namespace zadig
