// DeskStyle: the platform's own style (whatever Qt would have used, -style and
// QT_STYLE_OVERRIDE included), except that a few standard icons widgets ask for while they are
// built, but rarely or never paint, are resolved when first painted instead: the menu bar's and
// tool bar's overflow buttons and the line edit's clear button. Qt's common style decodes those
// from PNG files at every size the moment they are asked for, about a millisecond before the
// first page could be shown. What is painted is exactly what the platform style gives.
// Beside it, the colours the palette has no role for (warnings, the http banner), derived from
// the palette.
#pragma once

#include <QColor>
#include <QProxyStyle>

class QPalette;
class QWidget;

namespace zadig::ui {

class DeskStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // Takes ownership of `base`, as QProxyStyle does.
    explicit DeskStyle(QStyle *base);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;

    // Whether standardIcon() defers `standardIcon` until it is painted.
    static bool defers(StandardPixmap standardIcon);
};

// Colours the palette has no role for (a warning's text, the http banner), derived from the
// palette so that they keep their contrast on a light and on a dark one. A widget that sets one
// applies it again on QEvent::PaletteChange: a colour set in a widget's palette stays as it was
// when the application's palette changes.

// Whether text on this palette's window is light on dark.
bool isDarkPalette(const QPalette &palette);
// The WCAG 2 contrast ratio of two colours, 1 to 21.
qreal contrastRatio(const QColor &a, const QColor &b);
// `colour`, moved towards black or white (whichever `background` is further from) until its
// contrast with `background` is at least `ratio`; unchanged when it already is.
QColor withContrast(const QColor &colour, const QColor &background, qreal ratio = 4.5);
// Warning text on the palette's window: a dark amber on a light palette, a light one on a dark.
QColor warningTextColor(const QPalette &palette);
// Sets `widget`'s window text colour (its labels inherit it), keeping the rest of its palette.
void setTextColor(QWidget *widget, const QColor &colour);
// Gives `banner` (an auto-filled widget) a warning's background and text for `palette`.
void setWarningBannerColors(QWidget *banner, const QPalette &palette);

} // namespace zadig::ui
