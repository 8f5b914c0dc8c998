#include "delegates.h"

#include "icons.h"
#include "versionsmodel.h"

#include <QApplication>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace zadig::ui {

QColor statusColor(VersionStatus status, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (status) {
    case VersionStatus::Success:
        return dark ? QColor(0x5c, 0xc9, 0x7b) : QColor(0x1e, 0x8e, 0x3e);
    case VersionStatus::Failed:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    case VersionStatus::Creating:
    case VersionStatus::Retrying:
        return dark ? QColor(0x6c, 0xa8, 0xff) : QColor(0x15, 0x65, 0xc0);
    case VersionStatus::Unknown:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

namespace {

// A status badge, in the colours of the current palette.
class StatusIconEngine : public DrawnIconEngine
{
public:
    explicit StatusIconEngine(VersionStatus status) : m_status(status) {}

    QIconEngine *clone() const override { return new StatusIconEngine(m_status); }
    QString key() const override { return QStringLiteral("zadig-status"); }

protected:
    void draw(QPainter *p, const QRectF &square, QIcon::Mode) const override
    {
        const QColor color = statusColor(m_status, QGuiApplication::palette());
        const qreal size = square.width();
        p->translate(square.topLeft());
        const qreal m = size * 0.12;
        const QRectF r(m, m, size - 2 * m, size - 2 * m);
        QPen pen(color, size / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        switch (m_status) {
        case VersionStatus::Success:
            p->setPen(Qt::NoPen);
            p->setBrush(color);
            p->drawEllipse(r);
            p->setPen(QPen(Qt::white, size / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p->drawPolyline(QPolygonF{QPointF(size * 0.3, size * 0.52),
                                      QPointF(size * 0.45, size * 0.67),
                                      QPointF(size * 0.72, size * 0.36)});
            break;
        case VersionStatus::Failed:
            p->setPen(Qt::NoPen);
            p->setBrush(color);
            p->drawEllipse(r);
            p->setPen(QPen(Qt::white, size / 8.0, Qt::SolidLine, Qt::RoundCap));
            p->drawLine(QPointF(size * 0.36, size * 0.36), QPointF(size * 0.64, size * 0.64));
            p->drawLine(QPointF(size * 0.64, size * 0.36), QPointF(size * 0.36, size * 0.64));
            break;
        case VersionStatus::Creating:
        case VersionStatus::Retrying:
            p->setPen(pen);
            p->setBrush(Qt::NoBrush);
            p->drawArc(r, 90 * 16, -270 * 16);
            break;
        case VersionStatus::Unknown:
            p->setPen(pen);
            p->setBrush(Qt::NoBrush);
            p->drawEllipse(r);
            break;
        }
    }

private:
    VersionStatus m_status;
};

} // namespace

QIcon statusIcon(VersionStatus status)
{
    // Drawn, not loaded: crisp at any DPI and identical on every platform.
    static QHash<int, QIcon> icons;
    auto it = icons.constFind(int(status));
    if (it == icons.constEnd())
        it = icons.insert(int(status), QIcon(new StatusIconEngine(status)));
    return *it;
}

void StatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant value = index.data(m_statusRole);
    if (!value.isValid())
        return;
    const auto status = VersionStatus(value.toInt());
    option->icon = statusIcon(status);
    option->features |= QStyleOptionViewItem::HasDecoration;
    if (!(option->state & QStyle::State_Selected))
        option->palette.setColor(QPalette::Text, statusColor(status, option->palette));
}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const QVariantList progress = index.data(VersionsModel::ProgressRole).toList();
    const auto status = VersionStatus(index.data(VersionsModel::StatusRole).toInt());
    const bool live = status == VersionStatus::Creating || status == VersionStatus::Retrying;
    if (progress.size() != 2 || !live) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and selection as for any cell, then a bar inside.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(3, 3, -3, -3);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    const int done = progress.at(0).toInt();
    const int total = progress.at(1).toInt();
    bar.minimum = 0;
    bar.maximum = total > 0 ? total : 0; // 0/0: the job has not started, show a busy bar
    bar.progress = total > 0 ? done : 0;
    bar.textVisible = true;
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textAlignment = Qt::AlignCenter;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

} // namespace zadig::ui
