// RecordingNotifier: the window's notifier seam (views/notifier.h) for tests: it keeps every
// notice instead of showing it, and clicks one on request. Header-only.
#pragma once

#include "notifier.h"

#include <QList>

namespace zadig::test {

class RecordingNotifier : public ui::Notifier
{
public:
    QList<ui::Notice> notices;
    int withdrawn = 0;

    void notify(const ui::Notice &notice) override { notices.append(notice); }
    void withdraw() override { ++withdrawn; }
    // What a click on the desktop's notification does.
    void click(qsizetype index) { Q_EMIT activated(notices.at(index).key); }
};

} // namespace zadig::test
