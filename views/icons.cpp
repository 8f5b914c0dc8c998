#include "icons.h"

#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <QWidget>

#include <cmath>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace zadig::ui {

void DrawnIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal side = std::min(rect.width(), rect.height());
    const QRectF square(rect.x() + (rect.width() - side) / 2.0,
                        rect.y() + (rect.height() - side) / 2.0, side, side);
    draw(painter, square, mode);
    painter->restore();
}

QPixmap DrawnIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    const PixmapKey key{size.width(), size.height(), int(mode), int(state),
                        QGuiApplication::palette().cacheKey()};
    if (const auto it = m_pixmaps.constFind(key); it != m_pixmaps.constEnd())
        return *it;
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    }
    if (m_pixmaps.size() > 32)
        m_pixmaps.clear();
    m_pixmaps.insert(key, pixmap);
    return pixmap;
}

namespace {

// Draws one glyph.
class GlyphEngine : public DrawnIconEngine
{
public:
    explicit GlyphEngine(Glyph glyph) : m_glyph(glyph) {}

    QIconEngine *clone() const override { return new GlyphEngine(m_glyph); }
    QString key() const override { return u"zadig-glyph"_s; }

protected:
    void draw(QPainter *p, const QRectF &r, QIcon::Mode mode) const override;

private:
    Glyph m_glyph;
};

QColor inkFor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    if (mode == QIcon::Disabled)
        return palette.color(QPalette::Disabled, QPalette::ButtonText);
    if (mode == QIcon::Selected)
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    return palette.color(QPalette::Active, QPalette::ButtonText);
}

// The polygon through `points`, closed or left open.
QPainterPath polygon(std::initializer_list<QPointF> points, bool closed = true)
{
    QPainterPath path;
    for (const QPointF &point : points) {
        if (path.elementCount() == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    if (closed)
        path.closeSubpath();
    return path;
}

// A solid triangle pointing left or right, inside `box`.
QPainterPath triangle(const QRectF &box, bool pointsRight)
{
    if (pointsRight)
        return polygon({box.topLeft(), QPointF(box.right(), box.center().y()), box.bottomLeft()});
    return polygon({box.topRight(), QPointF(box.left(), box.center().y()), box.bottomRight()});
}

// A disc or triangle badge with a centred mark ("!" or "i") drawn as strokes, not text: no font
// is loaded for it.
void drawBadge(QPainter *p, const QRectF &r, bool warning, bool disabled)
{
    const qreal s = r.width();
    QColor fill = warning ? QColor(0xe8, 0xa3, 0x00) : QColor(0x2f, 0x6f, 0xb5);
    if (disabled)
        fill.setAlphaF(0.45f);
    p->setPen(Qt::NoPen);
    p->setBrush(fill);
    if (warning) {
        p->drawPath(polygon({QPointF(r.center().x(), r.top() + s * 0.06),
                             QPointF(r.right() - s * 0.03, r.bottom() - s * 0.08),
                             QPointF(r.left() + s * 0.03, r.bottom() - s * 0.08)}));
    } else {
        p->drawEllipse(r.adjusted(s * 0.05, s * 0.05, -s * 0.05, -s * 0.05));
    }
    const QColor markColour = warning ? QColor(0x33, 0x26, 0x00) : QColor(Qt::white);
    QPen mark(markColour, std::max(1.0, s * 0.11), Qt::SolidLine, Qt::RoundCap);
    p->setPen(mark);
    const qreal x = r.center().x();
    if (warning) {
        p->drawLine(QPointF(x, r.top() + s * 0.36), QPointF(x, r.top() + s * 0.64));
        p->drawPoint(QPointF(x, r.top() + s * 0.79));
    } else {
        p->drawPoint(QPointF(x, r.top() + s * 0.29));
        p->drawLine(QPointF(x, r.top() + s * 0.45), QPointF(x, r.top() + s * 0.74));
    }
}

void GlyphEngine::draw(QPainter *p, const QRectF &r, QIcon::Mode mode) const
{
    const qreal s = r.width();
    const QColor ink = inkFor(mode);
    QPen pen(ink, std::max(1.0, s / 14.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    const auto at = [&r, s](qreal fx, qreal fy) {
        return QPointF(r.left() + fx * s, r.top() + fy * s);
    };
    const auto box = [&at, s](qreal fx, qreal fy, qreal fw, qreal fh) {
        return QRectF(at(fx, fy), QSizeF(fw * s, fh * s));
    };

    switch (m_glyph) {
    case Glyph::NewVersion: {
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        p->drawPath(
            polygon({at(0.22, 0.1), at(0.58, 0.1), at(0.78, 0.3), at(0.78, 0.9), at(0.22, 0.9)}));
        p->drawPath(polygon({at(0.58, 0.1), at(0.58, 0.3), at(0.78, 0.3)}, false)); // the fold
        p->drawLine(at(0.5, 0.45), at(0.5, 0.75));
        p->drawLine(at(0.35, 0.6), at(0.65, 0.6));
        break;
    }
    case Glyph::Export: {
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        // The page, open on its right where the arrow leaves it.
        p->drawPath(polygon({at(0.62, 0.34), at(0.62, 0.1), at(0.16, 0.1), at(0.16, 0.9),
                             at(0.62, 0.9), at(0.62, 0.66)},
                            false));
        p->drawLine(at(0.34, 0.5), at(0.86, 0.5));
        p->drawPath(polygon({at(0.72, 0.36), at(0.86, 0.5), at(0.72, 0.64)}, false));
        break;
    }
    case Glyph::Compare: {
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        p->drawRect(box(0.1, 0.14, 0.28, 0.72));
        p->drawRect(box(0.62, 0.14, 0.28, 0.72));
        // Arrows both ways between them.
        p->drawLine(at(0.42, 0.38), at(0.58, 0.38));
        p->drawPath(polygon({at(0.52, 0.3), at(0.58, 0.38), at(0.52, 0.46)}, false));
        p->drawLine(at(0.42, 0.62), at(0.58, 0.62));
        p->drawPath(polygon({at(0.48, 0.54), at(0.42, 0.62), at(0.48, 0.7)}, false));
        break;
    }
    case Glyph::Search: {
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(box(0.14, 0.14, 0.5, 0.5));
        p->drawLine(at(0.57, 0.57), at(0.86, 0.86));
        break;
    }
    case Glyph::Refresh: {
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        const QRectF ring = box(0.18, 0.18, 0.64, 0.64);
        p->drawArc(ring, 60 * 16, 280 * 16);
        // The arrowhead at the arc's start (60 degrees), pointing along the turn.
        const qreal a = 60.0 * M_PI / 180.0;
        const QPointF tip(ring.center().x() + ring.width() / 2 * std::cos(a),
                          ring.center().y() - ring.height() / 2 * std::sin(a));
        p->setBrush(ink);
        p->drawPath(polygon({tip + QPointF(-0.2 * s, -0.08 * s), tip + QPointF(0.04 * s, 0.0),
                             tip + QPointF(-0.1 * s, 0.17 * s)}));
        break;
    }
    case Glyph::Delete: {
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        p->drawLine(at(0.18, 0.24), at(0.82, 0.24)); // the lid
        p->drawPath(polygon({at(0.4, 0.24), at(0.42, 0.12), at(0.58, 0.12), at(0.6, 0.24)},
                            false)); // its handle
        p->drawPath(polygon({at(0.26, 0.24), at(0.32, 0.9), at(0.68, 0.9), at(0.74, 0.24)},
                            false)); // the bin
        p->drawLine(at(0.43, 0.38), at(0.44, 0.78));
        p->drawLine(at(0.57, 0.38), at(0.56, 0.78));
        break;
    }
    case Glyph::First:
    case Glyph::Last: {
        const bool right = m_glyph == Glyph::Last;
        p->setPen(Qt::NoPen);
        p->setBrush(ink);
        p->drawPath(triangle(box(right ? 0.24 : 0.36, 0.24, 0.4, 0.52), right));
        p->drawRect(box(right ? 0.68 : 0.22, 0.24, 0.1, 0.52));
        break;
    }
    case Glyph::Previous:
    case Glyph::Next:
        p->setPen(Qt::NoPen);
        p->setBrush(ink);
        p->drawPath(triangle(box(0.3, 0.24, 0.4, 0.52), m_glyph == Glyph::Next));
        break;
    case Glyph::Warning:
    case Glyph::Information:
        drawBadge(p, r, m_glyph == Glyph::Warning, mode == QIcon::Disabled);
        break;
    }
}

} // namespace

QIcon glyphIcon(Glyph glyph)
{
    return QIcon(new GlyphEngine(glyph));
}

QPixmap glyphPixmap(Glyph glyph, int size, const QWidget *widget)
{
    return glyphIcon(glyph).pixmap(QSize(size, size), widget->devicePixelRatioF());
}

QIcon themedIcon(const QString &themeName, Glyph glyph)
{
    // The glyph costs nothing until painted, so it can be the fallback whether used or not.
    return QIcon::fromTheme(themeName, glyphIcon(glyph));
}

} // namespace zadig::ui
