// A light and a dark application palette for the tests that switch between them, and the WCAG 2
// contrast ratio computed here, not by the code under test.
#pragma once

#include <QColor>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace zadig::test {

inline QPalette paletteOf(const QColor &window, const QColor &text, const QColor &base)
{
    QPalette palette;
    for (const auto role : {QPalette::Window, QPalette::Button, QPalette::AlternateBase})
        palette.setColor(role, window);
    for (const auto role : {QPalette::WindowText, QPalette::ButtonText, QPalette::Text})
        palette.setColor(role, text);
    palette.setColor(QPalette::Base, base);
    return palette;
}

inline QPalette lightPalette()
{
    return paletteOf(QColor(0xef, 0xef, 0xef), Qt::black, Qt::white);
}

inline QPalette darkPalette()
{
    return paletteOf(QColor(0x2d, 0x2d, 0x2d), QColor(0xe6, 0xe6, 0xe6), QColor(0x1e, 0x1e, 0x1e));
}

inline double contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto linear = [](double v) {
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const double la = luminance(a.toRgb());
    const double lb = luminance(b.toRgb());
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace zadig::test
