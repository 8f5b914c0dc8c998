#include "windowlayout.h"

using namespace Qt::StringLiterals;

namespace zadig::ui {

namespace {

// Written by Settings before the layout moved here: changing them would lose every user's layout.
QString keyOf(WindowLayout::Part part)
{
    switch (part) {
    case WindowLayout::Part::Geometry:
        return u"window/geometry"_s;
    case WindowLayout::Part::WindowState:
        return u"window/state"_s;
    case WindowLayout::Part::Splitter:
        return u"window/splitter"_s;
    case WindowLayout::Part::TableHeader:
        return u"window/tableHeader"_s;
    }
    return QString();
}

} // namespace

WindowLayout::WindowLayout() = default;

QByteArray WindowLayout::state(Part part) const
{
    return m_settings.value(keyOf(part)).toByteArray();
}

void WindowLayout::setState(Part part, const QByteArray &state)
{
    m_settings.setValue(keyOf(part), state);
}

} // namespace zadig::ui
