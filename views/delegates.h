// Delegates of the versions table: a coloured status badge and a live progress bar.
#pragma once

#include "api/types.h"

#include <QColor>
#include <QIcon>
#include <QStyledItemDelegate>

namespace zadig::ui {

QColor statusColor(VersionStatus status, const QPalette &palette);
QIcon statusIcon(VersionStatus status);

class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

// Draws a progress bar while a version is creating/retrying, plain "x / y" text otherwise.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace zadig::ui
