// Delegates of the versions table: a coloured status badge and a live progress bar.
#pragma once

#include "api/types.h"
#include "versionsmodel.h"

#include <QColor>
#include <QIcon>
#include <QStyledItemDelegate>

namespace zadig::ui {

QColor statusColor(VersionStatus status, const QPalette &palette);
QIcon statusIcon(VersionStatus status);

// A status badge and coloured text for a cell whose `statusRole` holds a VersionStatus as int
// (VersionsModel's versions; the deliverables' chart and job statuses). A cell without one is
// drawn plainly.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit StatusDelegate(QObject *parent = nullptr, int statusRole = VersionsModel::StatusRole)
        : QStyledItemDelegate(parent), m_statusRole(statusRole)
    {}

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_statusRole;
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
