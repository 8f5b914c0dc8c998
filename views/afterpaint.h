// afterNextPaint: runs a function once what a widget shows has been painted, for "shown"
// reports (--check, the start-up benchmark) that must not fire before the pixels exist.
#pragma once

#include <functional>

class QWidget;

namespace zadig::ui {

// Runs `then` on the event-loop turn after `widget`'s next paint (the paint and its flush are
// done by then). A hidden widget does not paint: `then` runs on the next turn instead. Nothing
// runs if the widget is destroyed first.
void afterNextPaint(QWidget *widget, std::function<void()> then);

} // namespace zadig::ui
