// ManualClock: a simulated Clock for the version repository. Its time moves only when
// the test advances it, and then every alarm that falls due rings in the order of its time, the
// clock standing at that time while it rings. A test thus asserts on what happened at which
// simulated millisecond, whatever the speed of the machine.
#pragma once

#include "clock.h"

#include <QList>
#include <QObject>

#include <algorithm>
#include <functional>
#include <limits>
#include <memory>
#include <utility>

namespace zadig::test {

class ManualClock final : public Clock
{
public:
    ManualClock() = default;
    ManualClock(const ManualClock &) = delete;
    ManualClock &operator=(const ManualClock &) = delete;
    ~ManualClock() override
    {
        for (ManualAlarm *alarm : std::as_const(m_alarms))
            alarm->m_clock = nullptr;
    }

    qint64 nowMs() const override { return m_now; }
    std::unique_ptr<Alarm> alarm(std::function<void()> ring) override
    {
        auto alarm = std::make_unique<ManualAlarm>(this, std::move(ring));
        m_alarms.append(alarm.get());
        return alarm;
    }

    // Moves the time forward by `ms`, ringing what falls due on the way.
    void advance(qint64 ms) { runUntil(m_now + ms); }
    // Rings what is due now without moving the time (what the next turn of the event loop does
    // for an alarm set in the past).
    void ringDue() { runUntil(m_now); }
    // The earliest time an alarm is set for, or -1 when none is.
    qint64 nextAlarmMs() const
    {
        qint64 next = std::numeric_limits<qint64>::max();
        for (const ManualAlarm *alarm : m_alarms) {
            if (alarm->m_armed)
                next = std::min(next, alarm->m_atMs);
        }
        return next == std::numeric_limits<qint64>::max() ? -1 : next;
    }

private:
    class ManualAlarm final : public Alarm
    {
    public:
        ManualAlarm(ManualClock *clock, std::function<void()> ring)
            : m_clock(clock), m_ring(std::move(ring))
        {}
        ~ManualAlarm() override
        {
            if (m_clock)
                m_clock->m_alarms.removeOne(this);
        }
        void setAt(qint64 atMs) override
        {
            m_atMs = atMs;
            m_armed = true;
            // Like a QTimer started with 0: it rings on the next turn, not inside this call.
            if (m_clock && atMs <= m_clock->m_now)
                QMetaObject::invokeMethod(
                    &m_context, [clock = m_clock] { clock->ringDue(); }, Qt::QueuedConnection);
        }
        void cancel() override { m_armed = false; }

        ManualClock *m_clock;
        std::function<void()> m_ring;
        qint64 m_atMs = 0;
        bool m_armed = false;
        QObject m_context; // a queued ring goes with the alarm
    };

    void runUntil(qint64 target)
    {
        while (true) {
            ManualAlarm *earliest = nullptr;
            for (ManualAlarm *alarm : std::as_const(m_alarms)) {
                if (alarm->m_armed && alarm->m_atMs <= target &&
                    (!earliest || alarm->m_atMs < earliest->m_atMs))
                    earliest = alarm;
            }
            if (!earliest)
                break;
            m_now = std::max(m_now, earliest->m_atMs);
            earliest->m_armed = false;
            const std::function<void()> ring = earliest->m_ring; // the ring may destroy it
            ring();
        }
        m_now = std::max(m_now, target);
    }

    qint64 m_now = 0;
    QList<ManualAlarm *> m_alarms;
};

} // namespace zadig::test
