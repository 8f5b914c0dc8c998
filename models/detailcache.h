// DetailCache: fetches version details for the rows on screen, a few at a time, and keeps them.
//
// The list endpoint leaves labels empty and progress null, so the table asks this cache for the
// details of its visible rows. Entries older than maxAge are fetched again when asked for;
// failures are remembered for the same time so a version whose detail the server cannot give
// (a legacy type answers 500) is not asked for in a loop. Ages are read from a Clock, the steady
// one unless a test gives a simulated one.
#pragma once

#include "api/apierror.h"
#include "api/types.h"
#include "clock.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

namespace zadig {

class ZadigClient;

class DetailCache : public QObject
{
    Q_OBJECT

public:
    explicit DetailCache(ZadigClient *client, QObject *parent = nullptr);

    void setProjectKey(const QString &projectKey); // forgets everything of the previous project
    QString projectKey() const { return m_projectKey; }
    // The clock must outlive the cache. Changing it forgets everything.
    void setClock(Clock *clock);
    // 4.x/5.x servers read a detail by the version's name, not its id: this tells the name of an
    // id (empty when unknown: then only a 2.3-3.4 server can answer).
    void setNameLookup(std::function<QString(const QString &id)> nameOf)
    {
        m_nameOf = std::move(nameOf);
    }
    static constexpr qint64 MaxAgeMs = 5 * 60'000;

    // Asks for these versions' details, in this order. Fresh ones are not fetched again; ids
    // queued earlier but not asked for now are dropped from the queue.
    void request(const QStringList &ids);
    std::optional<VersionDetail> cached(const QString &id) const;
    // A detail that arrived some other way (the progress poller) refreshes the cache.
    void insert(const VersionDetail &detail);
    void invalidate(const QString &id);
    void clear();

    int inFlight() const { return int(m_inFlight.size()); }
    int queued() const { return int(m_queue.size()); }

Q_SIGNALS:
    void loaded(const zadig::VersionDetail &detail);
    void failed(const QString &id, const zadig::ApiError &error);

private:
    struct Entry
    {
        std::optional<VersionDetail> detail;
        qint64 fetchedAtMs = 0; // on m_clock: when the detail (or the failure) came
    };
    bool isFresh(const QString &id) const;
    void pump();

    ZadigClient *m_client;
    QString m_projectKey;
    static constexpr int MaxConcurrent = 3;
    Clock *m_clock = Clock::steady();
    std::function<QString(const QString &)> m_nameOf;
    quint64 m_generation = 0; // bumps on project change; late answers of an older one are dropped
    QHash<QString, Entry> m_entries;
    QStringList m_queue;
    QSet<QString> m_inFlight;
};

} // namespace zadig
