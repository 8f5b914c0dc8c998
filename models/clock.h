// Clock: the time the version repository goes by (the age of a detail, when to poll), and the
// alarms its polling waits on.
//
// The app runs on Clock::steady(): a monotonic clock whose alarms are QTimers. A test gives a
// simulated clock instead (tests/manualclock.h) and moves it by hand, so that what depends on
// seconds or hours passing is checked in simulated time rather than by sleeping.
#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <functional>
#include <memory>
#include <utility>

namespace zadig {

class Clock
{
public:
    // A single-shot wake-up on its clock; destroying it cancels it.
    class Alarm
    {
    public:
        virtual ~Alarm() = default;
        // Rings once when the clock reaches `atMs` (at once, on the next turn of the event loop,
        // when that is already past); replaces a time set earlier.
        virtual void setAt(qint64 atMs) = 0;
        virtual void cancel() = 0;
    };

    virtual ~Clock() = default;
    // Milliseconds on this clock: only differences mean anything.
    virtual qint64 nowMs() const = 0;
    virtual std::unique_ptr<Alarm> alarm(std::function<void()> ring) = 0;

    // The monotonic clock of the running app; its alarms fire in the thread that made them.
    static Clock *steady();
};

namespace detail {

class SteadyClock final : public Clock
{
public:
    SteadyClock() { m_elapsed.start(); }
    qint64 nowMs() const override { return m_elapsed.elapsed(); }
    std::unique_ptr<Alarm> alarm(std::function<void()> ring) override
    {
        return std::make_unique<SteadyAlarm>(this, std::move(ring));
    }

private:
    class SteadyAlarm final : public Alarm
    {
    public:
        SteadyAlarm(const SteadyClock *clock, std::function<void()> ring) : m_clock(clock)
        {
            m_timer.setSingleShot(true);
            QObject::connect(&m_timer, &QTimer::timeout, &m_timer, std::move(ring));
        }
        void setAt(qint64 atMs) override
        {
            // A day at most: QTimer takes an int, and nothing here waits that long.
            const qint64 day = 24ll * 3600 * 1000;
            m_timer.start(int(qBound(qint64(0), atMs - m_clock->nowMs(), day)));
        }
        void cancel() override { m_timer.stop(); }

    private:
        const SteadyClock *m_clock;
        QTimer m_timer;
    };

    QElapsedTimer m_elapsed;
};

} // namespace detail

inline Clock *Clock::steady()
{
    static detail::SteadyClock clock;
    return &clock;
}

} // namespace zadig
