// WindowLayout: how the user left the main window, kept between runs: its geometry, its tool
// bar and dock state, the splitter between the table and the detail pane, and the table's
// columns. This is state of the widgets, not a preference, so it lives with the views and not in
// Settings; the keys are the ones Settings used, so users keep their layouts across the move.
#pragma once

#include <QByteArray>
#include <QSettings>

namespace zadig::ui {

class WindowLayout
{
public:
    // Each is the opaque blob its widget's saveState() (or saveGeometry()) makes.
    enum class Part { Geometry, WindowState, Splitter, TableHeader };

    WindowLayout(); // the application's QSettings (tests point QSettings at a temporary path)

    QByteArray state(Part part) const; // empty when nothing was saved
    void setState(Part part, const QByteArray &state);

private:
    QSettings m_settings;
};

} // namespace zadig::ui
