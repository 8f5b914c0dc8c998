// Latency benchmark: the main window against the in-process simulator answering every request
// after a fixed delay, as a Zadig server over a VPN or across regions would. For each delay and
// server generation it measures, from the window's start: the first page shown; every visible
// row complete (labels and progress from its detail, or the reason it has none); then a page flip
// to the next page shown and complete; then opening a version whose detail the table read; then
// Search All Versions' reading of the whole project (ProjectSearch: 2,000 versions, 20 pages of
// 100, at most six at a time, so ceil(20 / 6) + 1 = 5 round trips at best). Each
// figure is also given in round trips: its time divided by the time one request takes on that
// link (measured first: the delay plus what every request costs on this machine). Not a test: it is
// not registered with ctest and nothing here fails on a slow machine.
//
// Usage: bench_latency [delay-ms ...]   (default: 0 150). QT_QPA_PLATFORM=offscreen works.
#include "api/zadigclient.h"
#include "deliverablesmodel.h"
#include "detailpane.h"
#include "mainwindow.h"
#include "projectsearch.h"
#include "simulator.h"
#include "versionsmodel.h"
#include "versionspager.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace zadig;

namespace {

constexpr int Patience = 120'000;

struct Figures
{
    qint64 firstPage = -1;
    qint64 rowsComplete = -1;
    qint64 flipShown = -1;
    qint64 flipComplete = -1;
    qint64 detailShown = -1;
    qint64 searchDone = -1;
    int searchPages = 0;
    int requests = 0;
    double roundTripMs = 0; // one request, alone, on this link
};

bool rowsComplete(const VersionsModel *model)
{
    if (model->rowCount() == 0)
        return false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex labels = model->index(row, VersionsModel::LabelsColumn);
        if (!labels.data(VersionsModel::DetailLoadedRole).toBool() &&
            labels.data(Qt::ToolTipRole)
                .toString()
                .startsWith(VersionsModel::tr("Loading labels…")))
            return false;
    }
    return true;
}

Figures measure(int latencyMs, const QString &generation)
{
    Figures f;
    sim::Simulator simulator;
    simulator.setApiGeneration(generation);
    if (!simulator.loadSeed(u"large:2000"_s) || !simulator.listen())
        return f;
    simulator.setSpeed(0);
    simulator.setLatencyMs(latencyMs);
    QNetworkAccessManager nam;
    ZadigClient client(&nam);
    client.setBaseUrl(simulator.url());
    client.setToken(simulator.token());
    {
        // The median of a few lone requests: the unit of the round-trip counts.
        QList<qint64> times;
        for (int i = 0; i < 5; ++i) {
            bool done = false;
            QElapsedTimer one;
            one.start();
            client.listProjects(1, 20, &client,
                                [&done](const Result<ProjectPage> &) { done = true; });
            if (!QTest::qWaitFor([&] { return done; }, Patience))
                return f;
            times << one.elapsed();
        }
        std::sort(times.begin(), times.end());
        f.roundTripMs = double(times.at(2));
    }
    simulator.clearRequests();
    ui::MainWindow window(&client);
    window.show();
    VersionsPager *pager = window.pager();
    VersionsModel *model = window.versionsModel();

    QElapsedTimer clock;
    clock.start();
    window.start(u"mall"_s);
    if (!QTest::qWaitFor([&] { return pager->state() == VersionsPager::State::Loaded; }, Patience))
        return f;
    f.firstPage = clock.elapsed();
    if (!QTest::qWaitFor([&] { return rowsComplete(model); }, Patience))
        return f;
    f.rowsComplete = clock.elapsed();
    // Whatever the window does once a page is complete (prefetching the next) happens now.
    (void)QTest::qWaitFor([&] { return client.pendingCount() == 0; }, Patience);

    const QString firstOnPageOne = model->versionAt(0)->id;
    clock.restart();
    pager->nextPage();
    if (!QTest::qWaitFor(
            [&] {
                return pager->state() == VersionsPager::State::Loaded && pager->page() == 2 &&
                       model->rowCount() > 0 && model->versionAt(0)->id != firstOnPageOne;
            },
            Patience))
        return f;
    f.flipShown = clock.elapsed();
    if (!QTest::qWaitFor([&] { return rowsComplete(model); }, Patience))
        return f;
    f.flipComplete = clock.elapsed();
    (void)QTest::qWaitFor([&] { return client.pendingCount() == 0; }, Patience);

    const QString id = model->versionAt(1)->id;
    clock.restart();
    window.selectVersion(id);
    if (!QTest::qWaitFor([&] { return window.detailPane()->deliverables()->rowCount() > 0; },
                         Patience))
        return f;
    f.detailShown = clock.elapsed();
    f.requests = int(simulator.requests().size());
    (void)QTest::qWaitFor([&] { return client.pendingCount() == 0; }, Patience);

    // On the window's client, as Search All Versions runs, polls and all.
    ProjectSearch search(&client);
    bool ended = false;
    QObject::connect(&search, &ProjectSearch::finished, &search, [&ended] { ended = true; });
    QObject::connect(&search, &ProjectSearch::failed, &search, [&ended] { ended = true; });
    clock.restart();
    search.start(u"mall"_s, u"hotfix"_s);
    if (!QTest::qWaitFor([&] { return ended; }, Patience) || search.pagesRead() == 0 ||
        search.pagesRead() != search.pageCount())
        return f;
    f.searchDone = clock.elapsed();
    f.searchPages = search.pageCount();
    return f;
}

QString cell(qint64 ms, int latencyMs, double roundTripMs)
{
    if (ms < 0)
        return u"failed"_s;
    if (latencyMs <= 0 || roundTripMs <= 0)
        return u"%1 ms"_s.arg(ms);
    return u"%1 ms (%2 RT)"_s.arg(ms).arg(double(ms) / roundTripMs, 0, 'f', 1);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QList<int> latencies;
    for (int i = 1; i < argc; ++i)
        latencies << QString::fromLocal8Bit(argv[i]).toInt();
    if (latencies.isEmpty())
        latencies = {0, 150};

    std::printf("| delay | server | one request | first page | rows complete | page flip shown | "
                "flip complete | open a version | requests | search all (pages) |\n");
    std::printf("|---|---|---|---|---|---|---|---|---|---|\n");
    for (const int latency : std::as_const(latencies)) {
        for (const QString &generation : {u"3"_s, u"5"_s}) {
            const Figures f = measure(latency, generation);
            const double rt = f.roundTripMs;
            std::printf("| %d ms | %s | %.0f ms | %s | %s | %s | %s | %s | %d | %s (%d) |\n",
                        latency, qPrintable(generation == u"3"_s ? u"2.3-3.4"_s : u"5.x"_s), rt,
                        qPrintable(cell(f.firstPage, latency, rt)),
                        qPrintable(cell(f.rowsComplete, latency, rt)),
                        qPrintable(cell(f.flipShown, latency, rt)),
                        qPrintable(cell(f.flipComplete, latency, rt)),
                        qPrintable(cell(f.detailShown, latency, rt)), f.requests,
                        qPrintable(cell(f.searchDone, latency, rt)), f.searchPages);
            std::fflush(stdout);
        }
    }
    return 0;
}
