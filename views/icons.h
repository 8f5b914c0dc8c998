// Icons drawn with QPainter at whatever size and pixel ratio they are painted, in the palette's
// colours. They stand in for the style's standard icons, which Qt decodes from PNG files at every
// size the moment one is asked for (a fifth of the work before the first page was shown); a
// drawn icon costs nothing until it is painted, and is sharp at any scale.
#pragma once

#include <QIcon>
#include <QPixmap>

class QWidget;

namespace zadig::ui {

enum class Glyph {
    NewVersion,  // a page with a plus
    Refresh,     // a circular arrow (refresh, retry)
    Delete,      // a bin
    First,       // |◀
    Previous,    // ◀
    Next,        // ▶
    Last,        // ▶|
    Warning,     // an amber triangle with "!"
    Information, // a blue disc with "i"
};

// The glyph, drawn.
QIcon glyphIcon(Glyph glyph);

// The glyph as a `size`×`size` pixmap, sharp at the pixel ratio of the screen `widget` is on
// (for labels, which show a pixmap rather than an icon).
QPixmap glyphPixmap(Glyph glyph, int size, const QWidget *widget);

// The desktop icon theme's `themeName` where the desktop has one (a native look on Linux
// desktops), else the glyph.
QIcon themedIcon(const QString &themeName, Glyph glyph);

} // namespace zadig::ui
