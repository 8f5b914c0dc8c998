// nextTurn(): returns once every event posted and every zero-delay timer started before the call
// has been handled. It is the deterministic "later" that a check for something that must not
// come waits for, when that something would have been posted (a queued signal, a
// QTimer::singleShot(0)), instead of sleeping for a while and hoping.
#pragma once

#include <QObject>
#include <QTest>
#include <QTimer>

namespace zadig::test {

inline bool nextTurn()
{
    bool posted = false;
    bool timed = false;
    QObject context;
    QMetaObject::invokeMethod(
        &context, [&posted] { posted = true; }, Qt::QueuedConnection);
    QTimer::singleShot(0, &context, [&timed] { timed = true; });
    // The bound only catches a hang.
    return QTest::qWaitFor([&] { return posted && timed; }, 60'000);
}

} // namespace zadig::test
