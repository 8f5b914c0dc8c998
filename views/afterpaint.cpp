#include "afterpaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace zadig::ui {

namespace {

// Lives as the widget's child until the paint, so it goes with the widget.
class PaintWatch : public QObject
{
public:
    PaintWatch(QWidget *widget, std::function<void()> then)
        : QObject(widget), m_widget(widget), m_then(std::move(then))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::Paint) {
            m_widget->removeEventFilter(this);
            // The paint is still going on: report on the next turn, once it is flushed.
            QTimer::singleShot(0, m_widget, std::move(m_then));
            deleteLater();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_widget;
    std::function<void()> m_then;
};

} // namespace

void afterNextPaint(QWidget *widget, std::function<void()> then)
{
    if (!widget->isVisible()) {
        QTimer::singleShot(0, widget, std::move(then));
        return;
    }
    new PaintWatch(widget, std::move(then));
}

} // namespace zadig::ui
