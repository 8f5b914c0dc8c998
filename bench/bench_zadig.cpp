// bench_zadig: how fast the hot paths are, beside the targets of issue 6.
//
// The QBENCHMARK functions give Qt Test's own figures (use -tickcounter, -callgrind or
// -iterations as usual). cleanupTestCase() then prints one summary table of medians measured
// with QElapsedTimer, the peak memory after a large model, and the longest stall of the GUI
// thread while the version repository polls, each beside its target. This is not a test: it is
// not registered with ctest and nothing here fails on a slow machine.
#include "api/decode.h"
#include "api/zadigclient.h"
#include "deliverablesmodel.h"
#include "simstate.h"
#include "simulator.h"
#include "versionrepository.h"
#include "versionsmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace zadig {
namespace {

constexpr qint64 BaseTime = 1732068000;

QString hexId(int n)
{
    return u"66287b11%1"_s.arg(n, 16, 16, QChar(u'0'));
}

// A list page in the seed page's shape: labels [] and progress null, as the server sends them.
QByteArray listJson(int count)
{
    QJsonArray list;
    for (int i = 0; i < count; ++i) {
        list.append(QJsonObject{
            {u"id"_s, hexId(i)},
            {u"version_name"_s, u"release-%1"_s.arg(count - i, 6, 10, QChar(u'0'))},
            {u"type"_s, i % 4 == 0 ? u"HelmChart"_s : u"K8SYaml"_s},
            {u"status"_s, i % 10 == 3 ? u"failed"_s : u"success"_s},
            {u"labels"_s, QJsonArray()},
            {u"description"_s, u"labore id amet, nightly build %1"_s.arg(i)},
            {u"progress"_s, QJsonValue::Null},
            {u"created_by"_s, u"ci-bot"_s},
            {u"create_time"_s, BaseTime - qint64(i) * 600},
        });
    }
    return QJsonDocument(QJsonObject{{u"list"_s, list}, {u"total"_s, count}})
        .toJson(QJsonDocument::Compact);
}

// A Helm detail with `charts` charts of `imagesPerChart` images each, written by the simulator
// as the server writes it.
QByteArray helmDetailJson(int charts, int imagesPerChart)
{
    sim::SimState state;
    state.loadSeed(u"demo"_s);
    sim::SimVersion version;
    version.projectKey = u"payments"_s;
    version.name = u"pay-2.4.0"_s;
    version.type = u"HelmChart"_s;
    version.status = u"success"_s;
    version.labels = {u"大促"_s, u"production"_s};
    version.description = u"a large Helm version"_s;
    version.createdBy = u"ci-bot"_s;
    version.createTime = BaseTime;
    for (int c = 0; c < charts; ++c) {
        sim::SimChart chart;
        chart.serviceName = u"service-%1"_s.arg(c);
        chart.chartRepoName = u"payments-charts"_s;
        chart.chartVersion = u"2.4.%1"_s.arg(c);
        for (int i = 0; i < imagesPerChart; ++i) {
            sim::SimImage image;
            image.serviceName = chart.serviceName;
            image.serviceModule = u"%1-c%2"_s.arg(chart.serviceName).arg(i);
            image.imageName = image.serviceModule;
            image.image = u"registry.cn-hangzhou.aliyuncs.com/delivery/%1:20241101-3-main"_s.arg(
                image.serviceModule);
            image.imageNamespace = u"delivery"_s;
            chart.images.append(image);
        }
        version.charts.append(chart);
    }
    sim::SimRequest request;
    request.method = "GET";
    request.path = u"/openapi/delivery/releases/"_s + state.insertVersion(version);
    request.query.addQueryItem(u"projectKey"_s, version.projectKey);
    request.authorization = "Bearer " + state.token().toUtf8();
    return state.handle(request).body;
}

VersionPage pageOf(int count)
{
    auto page = decode::fromBytes(listJson(count), decode::versionPage);
    return page ? page.value() : VersionPage();
}

// Median wall time of `runs` calls, in milliseconds.
double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// Peak resident set size in kB (VmHWM), or -1 where /proc is not there.
qint64 procStatusKb(QLatin1StringView key)
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(QByteArrayView(key.data(), key.size())) && line.size() > key.size() &&
            line.at(key.size()) == ':') {
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

// Resets VmHWM to the current RSS (Linux >= 4.0), so the peak measured is this step's only.
bool resetPeakRss()
{
    QFile file(u"/proc/self/clear_refs"_s);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write("5") == 1;
}

void printLine(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

QString verdict(bool ok)
{
    return ok ? u"OK"_s : u"OVER"_s;
}

} // namespace

class BenchZadig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void decodeList1000();
    void decodeHelmDetail();
    void fillVersionsModel10000();
    void buildDeliverablesModel();
    void layoutTable1000();
    void cleanupTestCase();

private:
    void layoutOnce();
    void summary();
    void memory();
    void pollStall();

    QByteArray m_list1000;
    QByteArray m_helmDetail;
    VersionPage m_page1000;
    VersionPage m_page10000;
    VersionDetail m_detail;
    QString m_memoryLine;
};

void BenchZadig::initTestCase()
{
    // Per-request debug lines would cost more than the work measured.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"zadig.*.debug=false"_s);
    // Memory first, while the heap holds little more than Qt and the decoded page.
    m_page10000 = pageOf(10000);
    memory();
    m_list1000 = listJson(1000);
    m_helmDetail = helmDetailJson(200, 20);
    m_page1000 = pageOf(1000);
    QCOMPARE(m_page1000.versions.size(), 1000);
    QCOMPARE(m_page10000.versions.size(), 10000);
    auto detail = decode::fromBytes(m_helmDetail, decode::versionDetail);
    QVERIFY2(detail, qPrintable(detail ? QString() : detail.error().detail));
    m_detail = detail.value();
    QCOMPARE(m_detail.distributeInfos.size(), 200);
}

void BenchZadig::decodeList1000()
{
    QBENCHMARK
    {
        auto page = decode::fromBytes(m_list1000, decode::versionPage);
        QVERIFY(page);
    }
}

void BenchZadig::decodeHelmDetail()
{
    QBENCHMARK
    {
        auto detail = decode::fromBytes(m_helmDetail, decode::versionDetail);
        QVERIFY(detail);
    }
}

void BenchZadig::fillVersionsModel10000()
{
    VersionsModel model;
    QBENCHMARK
    {
        model.setPage(m_page10000);
    }
    QCOMPARE(model.rowCount(), 10000);
}

void BenchZadig::buildDeliverablesModel()
{
    DeliverablesModel model;
    QBENCHMARK
    {
        model.setDetail(m_detail);
    }
    QCOMPARE(model.rowCount(), 200);
}

void BenchZadig::layoutOnce()
{
    VersionsModel model;
    model.setPage(m_page1000);
    QTableView view;
    view.setModel(&model);
    view.resize(1200, 800);
    view.show();
    view.resizeColumnsToContents();
    QApplication::processEvents();
}

void BenchZadig::layoutTable1000()
{
    QBENCHMARK
    {
        layoutOnce();
    }
}

void BenchZadig::cleanupTestCase()
{
    printLine(u"\n== Zadig Desk benchmark summary (medians of QElapsedTimer runs) =="_s);
    summary();
    printLine(m_memoryLine);
    pollStall();
}

void BenchZadig::summary()
{
    const double decodeList =
        medianMs(21, [this] { (void)decode::fromBytes(m_list1000, decode::versionPage); });
    printLine(u"decode list 1000 versions: %1 ms (target < 10 ms) %2"_s.arg(decodeList, 0, 'f', 2)
                  .arg(verdict(decodeList < 10)));

    const double decodeDetail =
        medianMs(11, [this] { (void)decode::fromBytes(m_helmDetail, decode::versionDetail); });
    printLine(u"decode Helm detail 200 charts x 20 images: %1 ms (no target)"_s.arg(decodeDetail, 0,
                                                                                    'f', 2));

    const double fill = medianMs(11, [this] {
        VersionsModel model;
        model.setPage(m_page10000);
    });
    printLine(u"fill VersionsModel with 10000 rows: %1 ms (no target)"_s.arg(fill, 0, 'f', 2));

    const double tree = medianMs(11, [this] {
        DeliverablesModel model;
        model.setDetail(m_detail);
    });
    printLine(u"build DeliverablesModel 200 charts x 20 images: %1 ms (no target)"_s.arg(tree, 0,
                                                                                         'f', 2));

    const double layout = medianMs(7, [this] { layoutOnce(); });
    printLine(u"QTableView layout of a 1000-row page (offscreen): %1 ms (no target)"_s.arg(
        layout, 0, 'f', 2));
}

void BenchZadig::memory()
{
    // The process already holds Qt and the decoded page (as the app would): the peak is the
    // whole process's, as a user would see it, with the RSS before printed beside it.
#ifdef __GLIBC__
    malloc_trim(0); // gives back what generating the JSON left in the heap
#endif
    const qint64 baselineKb = procStatusKb("VmRSS"_L1);
    const bool reset = resetPeakRss();
    {
        VersionsModel model;
        model.setPage(m_page10000);
        // A detail for every row, as after the user has looked at each version.
        for (const VersionInfo &listed : std::as_const(m_page10000.versions)) {
            VersionInfo info = listed;
            info.labels = QStringList{u"大促"_s, u"production"_s};
            info.progress = Progress{2, 2, UploadStatus::Success, QString()};
            model.applyDetail(info);
        }
        const qint64 peakKb = procStatusKb("VmHWM"_L1);
        const double peakMb = double(peakKb) / 1024.0;
        if (peakKb < 0) {
            m_memoryLine = u"peak RSS: not available on this platform (target < 80 MB)"_s;
        } else {
            const QString note =
                reset ? QString() : u" (VmHWM could not be reset: peak of the whole run)"_s;
            m_memoryLine =
                u"peak RSS with 10000 versions + a detail each: %1 MB (target < 80 MB) %2 "
                u"(RSS before: %3 MB)%4"_s.arg(peakMb, 0, 'f', 1)
                    .arg(verdict(peakMb < 80))
                    .arg(double(baselineKb) / 1024.0, 0, 'f', 1)
                    .arg(note);
        }
    }
}

void BenchZadig::pollStall()
{
    // Server, client and poller all share the GUI thread here, so the figure is a worst case.
    sim::Simulator simulator;
    if (!simulator.loadSeed(u"large:200"_s) || !simulator.listen()) {
        printLine(u"GUI stall while polling: simulator did not start"_s);
        return;
    }
    QNetworkAccessManager nam;
    ZadigClient client(&nam);
    client.setBaseUrl(simulator.url());
    client.setToken(simulator.token());
    VersionRepository poller(&client);
    VersionRepository::PollTiming timing;
    timing.intervalMs = 200;
    poller.setPollTiming(timing);
    poller.setProjectKey(u"mall"_s);

    QStringList ids;
    for (int n = 1; n <= 50; ++n) {
        ids.append(simulator.state().versionIdByName(u"mall"_s,
                                                     u"release-%1"_s.arg(n, 6, 10, QChar(u'0'))));
    }
    ids.removeAll(QString());
    int answers = 0;
    int failures = 0;
    // The large seed is settled, so each watch ends after one poll: watch it again to keep 50
    // versions polled every 200 ms for the whole run.
    connect(&poller, &VersionRepository::settled, this,
            [&poller, &answers](const VersionInfo &info) {
                ++answers;
                poller.watch(info.id);
            });
    connect(&poller, &VersionRepository::readFailed, this,
            [&poller, &failures](const QString &id, const ApiError &) {
                ++failures;
                if (!poller.isWatching(id))
                    poller.watch(id);
            });

    QElapsedTimer sinceTick;
    qint64 maxLatenessMs = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&sinceTick, &maxLatenessMs] {
        maxLatenessMs = std::max(maxLatenessMs, sinceTick.elapsed() - 10);
        sinceTick.restart();
    });

    for (const QString &id : std::as_const(ids))
        poller.watch(id, true);
    sinceTick.start();
    ticker.start();
    QEventLoop loop;
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    ticker.stop();
    poller.clear();

    printLine(u"GUI thread max lateness of a 10 ms timer, %1 versions polled every 200 ms for "
              u"5 s (%2 answers, %3 failures): %4 ms (target < 50 ms) %5"_s.arg(ids.size())
                  .arg(answers)
                  .arg(failures)
                  .arg(maxLatenessMs)
                  .arg(verdict(maxLatenessMs < 50)));
}

} // namespace zadig

QTEST_MAIN(zadig::BenchZadig)
#include "bench_zadig.moc"
