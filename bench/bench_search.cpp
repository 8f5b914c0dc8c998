// Search benchmark: the main window searching a large project, with the simulator in a thread of
// its own (as a real server is elsewhere), so that everything the GUI thread does is the app's.
// For "Search All Versions" and for "Versions Shipping an Image" (first with an empty disk
// cache, then again from it) it prints the time to the result, the requests sent, and the
// longest time the GUI thread went without running its event loop (a heartbeat timer's late
// beats): the bound is 50 ms. Not a test: not registered with ctest; nothing here fails
// on a slow machine.
//
// Usage: bench_search [versions] [latency-ms]   (defaults: 10000 0). QT_QPA_PLATFORM=offscreen
// works.
#include "api/zadigclient.h"
#include "detaildiskcache.h"
#include "imagesearch.h"
#include "mainwindow.h"
#include "projectsearch.h"
#include "simulator.h"
#include "versionrepository.h"
#include "versionspager.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSemaphore>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace zadig;

namespace {

constexpr int PatienceMs = 30 * 60'000;
constexpr int BeatMs = 2;

// The simulator, answering from its own thread.
class ServerThread : public QThread
{
public:
    ServerThread(QString seed, QString generation, int latencyMs)
        : m_seed(std::move(seed)), m_generation(std::move(generation)), m_latencyMs(latencyMs)
    {}
    QUrl url;
    QString token;
    QSemaphore ready;

protected:
    void run() override
    {
        sim::Simulator simulator;
        simulator.setApiGeneration(m_generation);
        if (simulator.loadSeed(m_seed) && simulator.listen()) {
            simulator.setSpeed(0);
            simulator.setLatencyMs(m_latencyMs);
            url = simulator.url();
            token = simulator.token();
        }
        ready.release();
        exec();
    }

private:
    QString m_seed;
    QString m_generation;
    int m_latencyMs;
};

// The longest gap between two beats of a timer on the GUI thread, beyond the beat itself.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(BeatMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0)
                m_worst = qMax(m_worst, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_worst = 0;
        m_last = -1;
        m_clock.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return qMax(0.0, double(m_worst) / 1e6 - BeatMs);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    qint64 m_worst = 0;
};

// Says which event kept the GUI thread longest, to tell where a stall comes from.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        QElapsedTimer t;
        t.start();
        // Read before: the event may delete its receiver.
        const int type = int(event->type());
        const char *className = receiver->metaObject()->className();
        const bool done = QApplication::notify(receiver, event);
        const qint64 ns = t.nsecsElapsed();
        if (ns > worstNs) {
            worstNs = ns;
            worst = u"event %1 to %2"_s.arg(type).arg(QString::fromLatin1(className));
        }
        return done;
    }
    // "12.3 ms, a queued call to QNetworkReplyHttpImpl", and starts over.
    static QString takeLongest()
    {
        auto *self = static_cast<TimedApplication *>(qApp);
        const QString text =
            u"%1 ms, %2"_s.arg(double(self->worstNs) / 1e6, 0, 'f', 1).arg(self->worst);
        self->worstNs = 0;
        return text;
    }
    qint64 worstNs = 0;
    QString worst;
};

template<typename Object, typename Signal>
bool waitFor(Object *sender, Signal signal, int ms = PatienceMs)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, [&loop] { loop.exit(1); });
    QObject::connect(sender, signal, &loop, [&loop] { loop.exit(0); });
    return loop.exec() == 0;
}

struct Row
{
    QString what;
    qint64 ms = -1;
    int requests = 0;
    int found = 0;
    double worstStallMs = 0;
    QString longestEvent; // what the GUI thread handled longest, and how long
};

void print(const QString &generation, const Row &row)
{
    std::printf("| %s | %s | %s | %d | %d | %.1f ms | %s |\n", qPrintable(generation),
                qPrintable(row.what), row.ms < 0 ? "failed" : qPrintable(u"%1 ms"_s.arg(row.ms)),
                row.requests, row.found, row.worstStallMs, qPrintable(row.longestEvent));
    std::fflush(stdout);
}

void measure(int versions, int latencyMs, const QString &generation)
{
    ServerThread server(u"large:%1"_s.arg(versions), generation, latencyMs);
    server.start();
    server.ready.acquire();
    const QString label = generation == u"3"_s ? u"2.3-3.4"_s : u"5.x"_s;
    if (server.url.isEmpty()) {
        std::printf("| %s | the simulator did not start | | | | | |\n", qPrintable(label));
        server.quit();
        server.wait();
        return;
    }
    QTemporaryDir cacheDir;
    QNetworkAccessManager nam;
    ZadigClient client(&nam);
    client.setBaseUrl(server.url);
    client.setToken(server.token);
    ui::MainWindow window(&client);
    window.pager()->repository()->setDiskCache(std::make_unique<DetailDiskCache>(cacheDir.path()));
    window.show();
    window.start(u"mall"_s);
    if (!waitFor(window.pager(), &VersionsPager::pageLoaded, 60'000)) {
        std::printf("| %s | the first page did not load | | | | | |\n", qPrintable(label));
        server.quit();
        server.wait();
        return;
    }
    // Whatever the window does after its first page (details, read-ahead) is over.
    QEventLoop settle;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &settle, [&] {
        if (client.pendingCount() == 0)
            settle.quit();
    });
    poll.start(50);
    settle.exec();
    poll.stop();

    StallMeter meter;
    QElapsedTimer clock;

    // Search All Versions: every page, by name.
    {
        Row row;
        row.what = u"search all versions (“release-0001”)"_s;
        ProjectSearch *search = window.findChild<ProjectSearch *>();
        window.findChild<QLineEdit *>(u"filterEdit"_s)->setText(u"release-0001"_s);
        (void)TimedApplication::takeLongest(); // what came before is not measured
        meter.start();
        clock.start();
        window.findChild<QAction *>(u"searchAllAction"_s)->trigger();
        if (waitFor(search, &ProjectSearch::finished)) {
            row.ms = clock.elapsed();
            row.found = int(search->matches().size());
            row.requests = search->pagesRead();
        }
        row.worstStallMs = meter.stop();
        row.longestEvent = TimedApplication::takeLongest();
        print(label, row);
        window.findChild<QLineEdit *>(u"filterEdit"_s)->clear();
    }

    // Versions Shipping an Image, twice: from the server, then from the disk cache.
    ImageSearch *images = window.imageSearch();
    for (const QString &what :
         {u"image search, empty cache"_s, u"image search, from the cache"_s}) {
        Row row;
        row.what = what;
        (void)TimedApplication::takeLongest(); // what came before is not measured
        meter.start();
        clock.start();
        window.searchImage(u"cart:20241101-3-hotfix"_s);
        if (waitFor(images, &ImageSearch::finished)) {
            row.ms = clock.elapsed();
            row.found = int(images->matches().size());
            row.requests = images->detailReads();
        }
        row.worstStallMs = meter.stop();
        row.longestEvent = TimedApplication::takeLongest();
        print(label, row);
    }
    server.quit();
    server.wait();
}

} // namespace

int main(int argc, char **argv)
{
    TimedApplication app(argc, argv);
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    const int versions = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10'000;
    const int latencyMs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 0;

    std::printf("large:%d, every answer delayed %d ms\n\n", versions, latencyMs);
    std::printf("| server | search | time | requests | found | longest GUI stall | longest "
                "event |\n");
    std::printf("|---|---|---|---|---|---|---|\n");
    for (const QString &generation : {u"3"_s, u"5"_s})
        measure(versions, latencyMs, generation);
    return 0;
}
