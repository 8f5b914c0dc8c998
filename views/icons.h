// Icons drawn with QPainter at whatever size and pixel ratio they are painted, in the palette's
// colours. They stand in for the style's standard icons, which Qt decodes from PNG files at every
// size the moment one is asked for (a fifth of the work before the first page was shown); a
// drawn icon costs nothing until it is painted, and is sharp at any scale.
#pragma once

#include <QHash>
#include <QIcon>
#include <QIconEngine>
#include <QPixmap>

class QWidget;

namespace zadig::ui {

// An icon drawn with QPainter in a centred square, at whatever size it is painted. Pixmaps are
// kept per size, mode, state and palette, so a palette change (light/dark) draws it anew.
class DrawnIconEngine : public QIconEngine
{
public:
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;

protected:
    // Draws into `square`, antialiased; the painter's state is restored afterwards.
    virtual void draw(QPainter *painter, const QRectF &square, QIcon::Mode mode) const = 0;

private:
    struct PixmapKey
    {
        int width;
        int height;
        int mode;
        int state;
        qint64 palette;
        bool operator==(const PixmapKey &) const = default;
    };
    friend size_t qHash(const PixmapKey &key, size_t seed = 0)
    {
        return qHashMulti(seed, key.width, key.height, key.mode, key.state, key.palette);
    }

    QHash<PixmapKey, QPixmap> m_pixmaps;
};

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
    Export,      // a page with an arrow leaving it
    Compare,     // two pages side by side with arrows between them
    Search,      // a magnifying glass
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
