// ProgressPoller: watches versions that are creating or retrying until they settle.
//
// Only the detail endpoint reconciles a version's status, so the poller reads the detail of each
// watched version every interval (3-5 s), backs off after a few minutes, stops at success or
// failed, and gives up after an hour. It never polls a settled version and never has more than
// one request in flight per version. It reads the time from a Clock, the steady one unless a
// test gives a simulated one.
#pragma once

#include "api/result.h"
#include "api/types.h"
#include "clock.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace zadig {

class ZadigClient;

class ProgressPoller : public QObject
{
    Q_OBJECT

public:
    struct Timing
    {
        int intervalMs = 4'000;
        qint64 backoffAfterMs = 3 * 60'000;
        int backoffIntervalMs = 15'000;
        qint64 giveUpAfterMs = 60 * 60'000;
    };

    explicit ProgressPoller(ZadigClient *client, QObject *parent = nullptr);

    void setTiming(const Timing &timing) { m_timing = timing; }
    // The clock must outlive the poller. Changing it stops every watch.
    void setClock(Clock *clock);
    Timing timing() const { return m_timing; }
    void setProjectKey(const QString &projectKey); // stops every watch
    // 4.x/5.x servers read a detail by the version's name: this tells the name of an id.
    void setNameLookup(std::function<QString(const QString &id)> nameOf)
    {
        m_nameOf = std::move(nameOf);
    }

    // Starts watching (no-op if already watched). The first poll happens after one interval
    // unless `pollNow`.
    void watch(const QString &id, bool pollNow = false);
    void unwatch(const QString &id);
    void clear();
    bool isWatching(const QString &id) const { return m_watches.contains(id); }

Q_SIGNALS:
    void updated(const zadig::VersionDetail &detail);
    void settled(const zadig::VersionInfo &info);
    void gaveUp(const QString &id);
    void pollFailed(const QString &id, const zadig::ApiError &error);

private:
    struct Watch
    {
        qint64 sinceMs = 0; // on m_clock, like dueAtMs
        qint64 dueAtMs = 0;
        bool inFlight = false;
    };
    void schedule();
    void tick();
    void poll(const QString &id);
    void answered(const QString &id, const Result<VersionDetail> &result);

    ZadigClient *m_client;
    QString m_projectKey;
    Timing m_timing;
    QHash<QString, Watch> m_watches;
    Clock *m_clock = nullptr;
    std::unique_ptr<Clock::Alarm> m_alarm;
    quint64 m_generation = 0;
    std::function<QString(const QString &)> m_nameOf;
};

} // namespace zadig
