#include "deskstyle.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPointer>
#include <QStyleOption>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace zadig::ui {

namespace {

// Asks the style for the icon on first use, then behaves as that icon.
class DeferredStandardIcon : public QIconEngine
{
public:
    DeferredStandardIcon(QStyle *style, QStyle::StandardPixmap which, const QStyleOption *option,
                         const QWidget *widget)
        : m_style(style), m_which(which), m_widget(const_cast<QWidget *>(widget))
    {
        // Only what the common style reads for these icons (the layout direction, the palette)
        // is kept: the caller's option is gone by the time the icon is painted.
        if (option)
            m_option = *option;
    }

    QIconEngine *clone() const override { return new DeferredStandardIcon(*this); }
    QString key() const override { return u"zadig-deferred-standard"_s; }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    QString iconName() override { return icon().name(); }
    // The deferred icons are ones every style has: asking must not resolve them, or a tool
    // button's size hint would decode its overflow icon after all.
    bool isNull() override { return false; }

private:
    const QIcon &icon()
    {
        if (!m_icon) {
            // The style may be gone (the application's style changed): then the current one.
            QStyle *style = m_style ? m_style.data() : QApplication::style();
            m_icon = style ? style->standardIcon(m_which, m_option ? &*m_option : nullptr, m_widget)
                           : QIcon();
        }
        return *m_icon;
    }

    QPointer<QStyle> m_style;
    QStyle::StandardPixmap m_which;
    std::optional<QStyleOption> m_option;
    QPointer<QWidget> m_widget;
    std::optional<QIcon> m_icon;
};

// The relative luminance of WCAG 2.
qreal luminance(const QColor &colour)
{
    const auto channel = [](qreal c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

QColor mix(const QColor &from, const QColor &to, qreal t)
{
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

qreal contrastRatio(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor withContrast(const QColor &colour, const QColor &background, qreal ratio)
{
    // Black is 0, white 1: the one further from the background can always reach 4.5:1.
    const QColor target = luminance(background) > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
    QColor result = colour;
    for (int step = 1; step <= 20 && contrastRatio(result, background) < ratio; ++step)
        result = mix(colour, target, step / 20.0);
    return result;
}

QColor warningTextColor(const QPalette &palette)
{
    // The light one is the colour these warnings have always had on a light palette.
    const QColor amber =
        isDarkPalette(palette) ? QColor(0xff, 0xb8, 0x6c) : QColor(0x9a, 0x3b, 0x00);
    return withContrast(amber, palette.color(QPalette::Window));
}

void setTextColor(QWidget *widget, const QColor &colour)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, colour);
    widget->setPalette(palette);
}

void setWarningBannerColors(QWidget *banner, const QPalette &palette)
{
    // A pale yellow bar on a light palette (as it always was), a dark amber one on a dark
    // palette, where the pale one would glare.
    const bool dark = isDarkPalette(palette);
    const QColor background = dark ? QColor(0x33, 0x27, 0x01) : QColor(0xff, 0xf3, 0xcd);
    const QColor text = dark ? QColor(0xff, 0xda, 0x6a) : QColor(0x66, 0x4d, 0x03);
    QPalette colours = banner->palette();
    colours.setColor(QPalette::Window, background);
    colours.setColor(QPalette::WindowText, withContrast(text, background));
    banner->setPalette(colours);
}

DeskStyle::DeskStyle(QStyle *base) : QProxyStyle(base) {}

bool DeskStyle::defers(StandardPixmap standardIcon)
{
    switch (standardIcon) {
    case SP_ToolBarHorizontalExtensionButton:
    case SP_ToolBarVerticalExtensionButton:
    case SP_LineEditClearButton:
        return true;
    default:
        return false;
    }
}

QIcon DeskStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                              const QWidget *widget) const
{
    if (!defers(standardIcon))
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    return QIcon(new DeferredStandardIcon(baseStyle(), standardIcon, option, widget));
}

} // namespace zadig::ui
