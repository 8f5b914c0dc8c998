#include "deskstyle.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>
#include <QWidget>

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

} // namespace

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
