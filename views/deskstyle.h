// DeskStyle: the platform's own style (whatever Qt would have used, -style and
// QT_STYLE_OVERRIDE included), except that a few standard icons widgets ask for while they are
// built, but rarely or never paint, are resolved when first painted instead: the menu bar's and
// tool bar's overflow buttons and the line edit's clear button. Qt's common style decodes those
// from PNG files at every size the moment they are asked for, about a millisecond before the
// first page could be shown. What is painted is exactly what the platform style gives.
#pragma once

#include <QProxyStyle>

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

} // namespace zadig::ui
