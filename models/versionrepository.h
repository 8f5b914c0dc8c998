// VersionRepository: the one place where versions' details are read, kept and watched.
//
// The table (labels, progress), the detail pane, the wizard's progress page, retry and the
// export and compare dialogs all need details. They ask this repository, which keeps each
// version's detail once, sends at most one request per version at a time (later askers share
// the answer), serves what the user asked for before the table's rows and the rows before the
// polls, and polls versions that are still creating or retrying until they settle. Observers
// learn every change from its signals.
//
// A detail older than MaxAgeMs is read again when asked for; a failure is remembered as long,
// so a version whose detail the server cannot give (a legacy type answers 500) is not asked
// for in a loop. A project switch forgets everything: late answers of the previous project
// reach only the callers that asked for them. Time comes from a Clock, the steady one unless a
// test gives a simulated one.
#pragma once

#include "api/apierror.h"
#include "api/result.h"
#include "api/types.h"
#include "clock.h"
#include "detaildiskcache.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace zadig {

class ZadigClient;

class VersionRepository : public QObject
{
    Q_OBJECT

public:
    // Who waits for a read, in the order they are served: a search through every version's
    // detail after the polls, and the next page's rows, read ahead, only when nothing else waits.
    enum class Priority { Prefetch, Search, Poll, Rows, User };

    struct PollTiming
    {
        int intervalMs = 4'000;
        qint64 backoffAfterMs = 3 * 60'000;
        int backoffIntervalMs = 15'000;
        qint64 giveUpAfterMs = 60 * 60'000;
    };

    using DetailCallback = std::function<void(const Result<VersionDetail> &)>;

    static constexpr qint64 MaxAgeMs = 5 * 60'000;
    // Qt opens at most six HTTP/1.1 connections to a host: more reads at once only queue there.
    static constexpr int MaxConcurrent = 6;
    // Over HTTP/2 one connection carries them all, up to the streams a server takes at once
    // (100 is what servers commonly allow, and Qt's own default).
    static constexpr int MaxMultiplexed = 100;
    // How many reads may be in flight: MaxConcurrent over HTTP/1.1; over HTTP/2 (`multiplexed`)
    // as many as the rows shown, so that a page is read in one round trip, but never fewer than
    // MaxConcurrent nor more than MaxMultiplexed. Public so that a test checks the rule without
    // a server that speaks HTTP/2.
    static int concurrencyLimit(bool multiplexed, qsizetype rowsShown);

    explicit VersionRepository(ZadigClient *client, QObject *parent = nullptr);
    ~VersionRepository() override;

    // The clock must outlive the repository. Changing it forgets everything.
    void setClock(Clock *clock);
    void setProjectKey(const QString &projectKey); // forgets everything of the previous project
    QString projectKey() const { return m_projectKey; }
    void setPollTiming(const PollTiming &timing) { m_timing = timing; }
    PollTiming pollTiming() const { return m_timing; }

    // What a page of the list says: the versions' names (4.x/5.x read a detail by name) and
    // which are still creating or retrying (those are watched).
    enum class Listed { WatchUnsettled, NamesOnly };
    void noteListed(const QList<VersionInfo> &versions, Listed use = Listed::WatchUnsettled);

    std::optional<VersionDetail> detail(const QString &id) const;
    // Why the last read failed, while no detail came since.
    std::optional<ApiError> failure(const QString &id) const;
    bool isFresh(const QString &id) const;

    // The table's rows, in order: those without a fresh detail are read. Rows asked for earlier
    // and not now are no longer waited for: queued, they are dropped; in flight, they are
    // cancelled, unless someone waits for the answer or the version is watched.
    void showRows(const QStringList &ids);
    // The rows of the page the user will likely see next: read when nothing else waits. Rows
    // read ahead earlier and not now are no longer waited for, as with showRows; an empty list
    // withdraws the read-ahead.
    void prefetch(const QStringList &ids);
    // The user looks at this version: it is read now, before rows and polls, even when fresh
    // (only a detail read reconciles a version's status).
    void refresh(const QString &id, const QString &name = QString());
    // Like refresh, and `callback` gets the answer, even when the project changes meanwhile.
    // Not called when `context` is destroyed first. A search reads with Priority::Search.
    void read(const QString &id, const QString &name, QObject *context, DetailCallback callback,
              Priority priority = Priority::User);

    // Settled details read from now on are kept there too, and a forgotten version's is dropped.
    // nullptr keeps nothing on disk.
    void setDiskCache(std::unique_ptr<DetailDiskCache> cache);
    DetailDiskCache *diskCache() const { return m_disk.get(); }

    // Polls the version until it settles (no-op if watched). The first poll is one interval
    // away unless `pollNow`.
    void watch(const QString &id, bool pollNow = false);
    void unwatch(const QString &id);
    bool isWatching(const QString &id) const { return m_watches.contains(id); }
    // The server accepted a retry: the detail kept says "failed" until read again.
    void watchRetried(const QString &id);
    // A settled detail from the disk cache: kept as if read now (a settled version does not
    // change), so the rows that show it need no read. Ignored unless settled.
    void adopt(const VersionDetail &detail);
    // The detail kept is dropped: it is read again when next asked for.
    void invalidate(const QString &id) { m_entries.remove(id); }
    // The version is gone: its detail, failure and watch go.
    void forget(const QString &id);
    void clear();

    int inFlight() const { return int(m_flights.size()) + m_olderFlights; }
    int queued() const { return int(m_queue.size()); }

Q_SIGNALS:
    void detailChanged(const zadig::VersionDetail &detail);
    void readFailed(const QString &id, const zadig::ApiError &error);
    // A watched version reached success or failed.
    void settled(const zadig::VersionInfo &info);
    // A watched version did not settle within PollTiming::giveUpAfterMs.
    void gaveUp(const QString &id);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        DetailCallback callback;
    };
    // A read waiting for a free slot. Its waiters are answered even after a project switch, so
    // it keeps the project it was asked for.
    struct Queued
    {
        QString id;
        Priority priority = Priority::Rows;
        QString projectKey;
        quint64 generation = 0;
        QList<Waiter> waiters;
    };
    struct Flight
    {
        quint64 generation = 0;
        Priority priority = Priority::Rows; // the most urgent asker's
        QList<Waiter> waiters;
    };
    struct Entry
    {
        std::optional<VersionDetail> detail;
        std::optional<ApiError> failure;
        qint64 readAtMs = 0; // on m_clock: when the detail (or the failure) came
    };
    struct Watch
    {
        qint64 sinceMs = 0; // on m_clock, like dueAtMs
        qint64 dueAtMs = 0;
    };

    void enqueue(const QString &id, Priority priority, QList<Waiter> waiters = {});
    void dropQueued(Priority priority);
    // Cancels the reads of `priority` in flight that are no longer wanted: not among `wanted`,
    // not of a watched version, and nobody waits for their answer.
    void cancelUnwanted(Priority priority, const QStringList &wanted);
    QString flightKey(const QString &id) const;
    DetailDiskCache::Scope diskScope() const; // this server's open project
    void pump();
    void send(Queued queued);
    void answered(const QString &id, const std::shared_ptr<Flight> &flight,
                  const Result<VersionDetail> &result);
    void accept(const VersionDetail &detail);
    qint64 nextPollAt(const Watch &watch, qint64 readAtMs) const;
    void schedule();
    void tick();

    ZadigClient *m_client;
    std::unique_ptr<DetailDiskCache> m_disk;
    QString m_projectKey;
    Clock *m_clock = nullptr;
    std::unique_ptr<Clock::Alarm> m_alarm;
    PollTiming m_timing;
    quint64 m_generation = 0; // bumps when everything is forgotten
    QHash<QString, Entry> m_entries;
    QHash<QString, QString> m_names;
    QList<Queued> m_queue;
    QHash<QString, std::shared_ptr<Flight>> m_flights; // of this generation, by version id
    int m_olderFlights = 0; // of earlier generations, still holding a slot
    QHash<QString, Watch> m_watches;
    qsizetype m_rowsShown = 0; // by the last showRows()
};

} // namespace zadig
