// bench_barewindow: the start-up baseline for scripts/bench-startup.sh. It shows the smallest
// window resembling ours (a QMainWindow holding a QTableView) and prints how many milliseconds
// passed from the start of main() to the first paint, so zadig-desk's "shown in N ms" can be
// compared with what Qt itself costs on the same machine.
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QString>
#include <QTableView>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Tenths of a millisecond, written the same whatever the locale (QApplication sets the C
// library's from the environment), as zadig-desk --check writes them.
QString milliseconds(const QElapsedTimer &clock)
{
    return QString::number(double(clock.nsecsElapsed()) / 1e6, 'f', 1);
}

// Quits on the first paint of the table's viewport: that is when something is on screen.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(const QElapsedTimer &clock, QObject *parent = nullptr)
        : QObject(parent), m_clock(clock)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // Report after the paint has finished, like zadig-desk reports after showing rows.
            QTimer::singleShot(0, this, [this] {
                std::printf("shown in %s ms\n", qPrintable(milliseconds(m_clock)));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_clock;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);

    QMainWindow window;
    auto *table = new QTableView(&window);
    auto *model = new QStandardItemModel(50, 8, &window);
    for (int row = 0; row < 50; ++row) {
        for (int column = 0; column < 8; ++column)
            model->setItem(row, column, new QStandardItem(u"r%1c%2"_s.arg(row).arg(column)));
    }
    table->setModel(model);
    window.setCentralWidget(table);
    window.resize(1100, 700);

    FirstPaint firstPaint(clock);
    table->viewport()->installEventFilter(&firstPaint);
    // Offscreen platforms may never paint a window: after 2 s the time so far is reported.
    QTimer::singleShot(2000, &app, [&clock] {
        std::printf("shown in %s ms (no paint event; fallback)\n", qPrintable(milliseconds(clock)));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    window.show();
    return app.exec();
}
