#include "progresspoller.h"

#include "api/zadigclient.h"

#include <QLoggingCategory>

#include <limits>

Q_LOGGING_CATEGORY(lcPoller, "zadig.poller", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace zadig {

ProgressPoller::ProgressPoller(ZadigClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
    setClock(Clock::steady());
}

void ProgressPoller::setClock(Clock *clock)
{
    clear();
    m_clock = clock;
    m_alarm = clock->alarm([this] { tick(); });
}

void ProgressPoller::setProjectKey(const QString &projectKey)
{
    if (projectKey == m_projectKey)
        return;
    m_projectKey = projectKey;
    clear();
}

void ProgressPoller::clear()
{
    ++m_generation;
    m_watches.clear();
    if (m_alarm)
        m_alarm->cancel();
}

void ProgressPoller::watch(const QString &id, bool pollNow)
{
    if (id.isEmpty() || m_watches.contains(id))
        return;
    Watch w;
    w.sinceMs = m_clock->nowMs();
    w.dueAtMs = w.sinceMs + (pollNow ? 0 : m_timing.intervalMs);
    m_watches.insert(id, w);
    qCDebug(lcPoller) << "watching" << id;
    schedule();
}

void ProgressPoller::unwatch(const QString &id)
{
    m_watches.remove(id);
    schedule();
}

void ProgressPoller::schedule()
{
    qint64 next = std::numeric_limits<qint64>::max();
    for (const Watch &w : std::as_const(m_watches)) {
        if (!w.inFlight)
            next = qMin(next, w.dueAtMs);
    }
    if (next == std::numeric_limits<qint64>::max()) {
        m_alarm->cancel();
        return;
    }
    m_alarm->setAt(next);
}

void ProgressPoller::tick()
{
    const qint64 now = m_clock->nowMs();
    QStringList due;
    for (auto it = m_watches.cbegin(); it != m_watches.cend(); ++it) {
        if (!it->inFlight && it->dueAtMs <= now)
            due.append(it.key());
    }
    for (const QString &id : std::as_const(due)) {
        Watch &w = m_watches[id];
        if (now - w.sinceMs >= m_timing.giveUpAfterMs) {
            m_watches.remove(id);
            qCInfo(lcPoller) << "giving up on" << id;
            Q_EMIT gaveUp(id);
            continue;
        }
        poll(id);
    }
    schedule();
}

void ProgressPoller::poll(const QString &id)
{
    m_watches[id].inFlight = true;
    const quint64 generation = m_generation;
    // Keyed per poller and version: a poll still in flight from before an unwatch/watch (or a
    // clear) of the same version is dropped, so there is never more than one per version.
    m_client->versionDetail(
        m_projectKey, id, m_nameOf ? m_nameOf(id) : QString(), this,
        [this, id, generation](const Result<VersionDetail> &result) {
            if (generation == m_generation)
                answered(id, result);
        },
        u"poll:%1:%2"_s.arg(quintptr(this), 0, 16).arg(id));
}

void ProgressPoller::answered(const QString &id, const Result<VersionDetail> &result)
{
    auto it = m_watches.find(id);
    if (it == m_watches.end())
        return; // unwatched while the request was in flight
    it->inFlight = false;
    const qint64 now = m_clock->nowMs();
    const qint64 age = now - it->sinceMs;
    const int interval =
        age >= m_timing.backoffAfterMs ? m_timing.backoffIntervalMs : m_timing.intervalMs;
    it->dueAtMs = now + interval;

    if (!result) {
        const ApiError &error = result.error();
        if (error.kind == ApiError::Kind::NotFound)
            m_watches.erase(it); // deleted meanwhile: nothing left to watch
        Q_EMIT pollFailed(id, error);
        schedule();
        return;
    }
    const VersionDetail &detail = result.value();
    const bool done = detail.info.isSettled();
    if (done)
        m_watches.erase(it);
    Q_EMIT updated(detail);
    if (done)
        Q_EMIT settled(detail.info);
    schedule();
}

} // namespace zadig
