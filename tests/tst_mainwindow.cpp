// The versions browser as a user drives it, against the in-process simulator over real HTTP:
// pages, stale answers, the detail pane for K8s and Helm, live progress, delete, error states.
#include "api/zadigclient.h"
#include "deliverablesmodel.h"
#include "detailpane.h"
#include "mainwindow.h"
#include "messageboxes.h"
#include "projectcatalog.h"
#include "simstate.h"
#include "simulator.h"
#include "startupcontroller.h"
#include "statepane.h"
#include "testsettings.h"
#include "versionrepository.h"
#include "versionsmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace zadig;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ZadigClient> m_client;
    std::unique_ptr<ui::StartupController> m_startup;
    std::unique_ptr<ui::MainWindow> m_window;
    // On the live model and the table's proxy from before the first answer: every reset,
    // insert and removal the window's own paths make is checked as it happens.
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    // Right after the window is built: its first requests are out, but no answer has come.
    void testModels()
    {
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        m_modelTester = std::make_unique<QAbstractItemModelTester>(m_window->versionsModel(), mode);
        m_proxyTester =
            std::make_unique<QAbstractItemModelTester>(m_window->table()->model(), mode);
    }

    void start(const QString &seed, const QString &project = QString(), int pageSize = 20)
    {
        m_sim = std::make_unique<sim::Simulator>();
        QVERIFY(m_sim->loadSeed(seed));
        QVERIFY(m_sim->listen());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ZadigClient>(m_nam.get());
        m_client->setBaseUrl(m_sim->url());
        m_client->setToken(m_sim->token());
        QSettings().setValue(u"browser/pageSize"_s, pageSize);
        m_window = std::make_unique<ui::MainWindow>(m_client.get());
        testModels();
        m_window->pager()->repository()->setPollTiming({100, 60'000, 500, 60 * 60'000});
        m_window->show();
        m_window->start(project);
    }

    // The demo simulator and a client for it, no window yet.
    void serveDemo(const std::optional<sim::Fault> &fault = std::nullopt)
    {
        m_sim = std::make_unique<sim::Simulator>();
        QVERIFY(m_sim->loadSeed(u"demo"_s));
        QVERIFY(m_sim->listen());
        if (fault)
            m_sim->addFault(*fault);
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ZadigClient>(m_nam.get());
        m_client->setBaseUrl(m_sim->url());
        m_client->setToken(m_sim->token());
    }

    // As zadig-desk starts: the first requests before the window, which is built over what
    // they fill; the controller shows it when ready.
    void startLikeTheApp(int graceMs, const std::optional<sim::Fault> &fault = std::nullopt,
                         const QString &project = u"mall"_s)
    {
        if (!m_sim)
            serveDemo(fault);
        m_startup = std::make_unique<ui::StartupController>(m_client.get());
        m_startup->start(project);
        m_window = std::make_unique<ui::MainWindow>(m_client.get(), m_startup->pager(),
                                                    m_startup->projects());
        testModels();
        m_startup->showWhenReady(m_window.get(), graceMs);
    }

    // Calls back when the watched widget is shown.
    class ShowWatch : public QObject
    {
    public:
        explicit ShowWatch(std::function<void()> onShow) : m_onShow(std::move(onShow)) {}

    protected:
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Show)
                m_onShow();
            return QObject::eventFilter(watched, event);
        }

    private:
        std::function<void()> m_onShow;
    };

    VersionsModel *model() const { return m_window->versionsModel(); }
    QStringList shownNames() const
    {
        QStringList names;
        const QAbstractItemModel *view = m_window->table()->model();
        for (int r = 0; r < view->rowCount(); ++r)
            names << view->index(r, VersionsModel::NameColumn).data().toString();
        return names;
    }
    bool tableShown() const
    {
        auto *stack = m_window->findChild<QStackedWidget *>(u"versionsStack"_s);
        return stack && stack->currentWidget() == m_window->table();
    }
    bool allDetailsLoaded() const
    {
        const QList<VersionInfo> versions = model()->versions();
        return !versions.isEmpty() &&
               std::all_of(versions.begin(), versions.end(),
                           [this](const VersionInfo &v) { return model()->hasDetail(v.id); });
    }
    ui::StatePane *statePane() const
    {
        return m_window->findChild<ui::StatePane *>(u"versionsStatePane"_s);
    }
    void click(const QString &buttonName)
    {
        auto *button = m_window->findChild<QToolButton *>(buttonName);
        QVERIFY2(button, qPrintable(buttonName));
        QVERIFY2(button->isEnabled(), qPrintable(buttonName));
        QTest::mouseClick(button, Qt::LeftButton);
    }
    void selectByName(const QString &name)
    {
        const int row = model()->rowOf(versionId(name));
        QVERIFY2(row >= 0, qPrintable(name));
        QVERIFY(m_window->selectVersion(model()->versionAt(row)->id));
    }
    QString versionId(const QString &name) const
    {
        for (const VersionInfo &v : model()->versions()) {
            if (v.name == name)
                return v.id;
        }
        return QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::useTemporarySettings(m_settingsDir, u"tst_mainwindow"_s);
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_window.reset();
        m_startup.reset();
        m_client.reset();
        m_nam.reset();
        m_sim.reset();
        QSettings().clear();
        ui::MessageBoxes::clear();
        ui::MessageBoxes::setRecordOnly(false);
    }

    void firstPageShowsTheProjectsNewestVersions()
    {
        start(u"demo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(tableShown(), 10'000);
        QCOMPARE(m_window->currentProjectKey(), u"mall"_s);
        QCOMPARE(model()->total(), 18);
        const QStringList names = shownNames();
        QCOMPARE(names.size(), 18);
        QCOMPARE(names.first(), u"v2.6.0-rc1"_s);
        QCOMPARE(names.at(3), u"双十一大促版本"_s);
        QCOMPARE(names.last(), u"v1.7.0"_s);
        auto *range = m_window->findChild<QLabel *>(u"pageRangeLabel"_s);
        QCOMPARE(range->text(), u"1–18 of 18"_s);
        // Labels come from the details, fetched for the rows on screen.
        const int row = model()->rowOf(versionId(u"双十一大促版本"_s));
        QTRY_VERIFY_WITH_TIMEOUT(
            model()->index(row, VersionsModel::LabelsColumn).data().toString().contains(u"大促"_s),
            10'000);
        // The status bar names the release line once the first page is shown.
        auto *generation = m_window->findChild<QLabel *>(u"serverGenerationLabel"_s);
        QTRY_COMPARE_WITH_TIMEOUT(generation->text(), u"Zadig 2.3–3.4"_s, 10'000);
    }

    void projectAskedForThatDoesNotExist()
    {
        startLikeTheApp(60'000, std::nullopt, u"nosuch"_s);
        std::optional<ApiError> failure;
        connect(m_startup.get(), &ui::StartupController::startupFailed, this,
                [&failure](const ApiError &error) { failure = error; });
        QTRY_VERIFY_WITH_TIMEOUT(failure.has_value(), 10'000);
        // Said, not replaced by another project.
        QCOMPARE(failure->kind, ApiError::Kind::NotFound);
        QVERIFY2(failure->detail.contains(u"nosuch"_s), qPrintable(failure->detail));
        QVERIFY(m_window->isVisible());
        QVERIFY2(statePane()->title().contains(u"nosuch"_s), qPrintable(statePane()->title()));
        QVERIFY(!tableShown());
        QCOMPARE(m_window->currentProjectKey(), QString());
        QCOMPARE(model()->rowCount(), 0);
        auto *projects = m_window->findChild<QComboBox *>(u"projectCombo"_s);
        QCOMPARE(projects->currentIndex(), -1);
        QCOMPARE(projects->count(), 3);
        // The user picks one, and its versions come.
        projects->setCurrentIndex(projects->findData(u"mall"_s));
        Q_EMIT projects->activated(projects->currentIndex());
        QTRY_VERIFY_WITH_TIMEOUT(tableShown(), 10'000);
        QCOMPARE(m_window->currentProjectKey(), u"mall"_s);
        QCOMPARE(model()->total(), 18);
    }

    void rememberedProjectGoneOpensTheFirst()
    {
        // Not asked for: a project used last time and deleted since quietly gives way.
        QSettings().setValue(u"browser/lastProject"_s, u"deleted-since"_s);
        start(u"demo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(tableShown(), 10'000);
        QCOMPARE(m_window->currentProjectKey(), u"mall"_s);
    }

    void everyProjectPageIsListed()
    {
        serveDemo();
        m_window = std::make_unique<ui::MainWindow>(m_client.get());
        testModels();
        m_window->setProjectPageSize(1); // three projects: three pages
        m_window->show();
        m_window->start(u"infra"_s);
        auto *projects = m_window->findChild<QComboBox *>(u"projectCombo"_s);
        QTRY_COMPARE_WITH_TIMEOUT(projects->count(), 3, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->currentProjectKey(), u"infra"_s, 10'000);
        int projectRequests = 0;
        const auto requests = m_sim->requests();
        for (const auto &request : requests)
            projectRequests += request.path == u"/openapi/projects/project"_s;
        QCOMPARE(projectRequests, 3);
    }

    void browsesAZadig5Server()
    {
        // The same window on the 4.x/5.x API: labels from the list, details by name, the
        // generation in the status bar.
        m_sim = std::make_unique<sim::Simulator>();
        m_sim->setApiGeneration(5);
        QVERIFY(m_sim->loadSeed(u"demo"_s));
        QVERIFY(m_sim->listen());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ZadigClient>(m_nam.get());
        m_client->setBaseUrl(m_sim->url());
        m_client->setToken(m_sim->token());
        startLikeTheApp(60'000);
        QTRY_VERIFY_WITH_TIMEOUT(tableShown(), 10'000);
        auto *generation = m_window->findChild<QLabel *>(u"serverGenerationLabel"_s);
        QTRY_COMPARE_WITH_TIMEOUT(generation->text(), u"Zadig 5.x"_s, 10'000);
        // A version with labels shows them from the list itself.
        const QList<VersionInfo> versions = model()->versions();
        const auto labelled =
            std::find_if(versions.begin(), versions.end(),
                         [](const VersionInfo &v) { return !v.labels.isEmpty(); });
        QVERIFY(labelled != versions.end());
        QVERIFY(labelled->labelsFromList);
        // Selecting a version reads its detail by name, and the deliverables show.
        QVERIFY(m_window->selectVersion(labelled->id));
        auto *tree = m_window->detailPane()->findChild<QTreeView *>();
        QVERIFY(tree);
        QTRY_VERIFY_WITH_TIMEOUT(tree->model() && tree->model()->rowCount() > 0, 10'000);
        bool byName = false;
        bool byId = false;
        const auto requests = m_sim->requests();
        for (const auto &request : requests) {
            byName = byName || (request.path == u"/openapi/delivery/releases/detail"_s &&
                                request.query.queryItemValue(u"versionName"_s) == labelled->name);
            byId = byId || request.path == u"/openapi/delivery/releases/"_s + labelled->id;
        }
        QVERIFY(byName);
        QVERIFY(!byId); // no request of the 2.3-3.4 shape reached a 5.x server
        // The detail says where the version came from.
        auto *source = m_window->detailPane()->findChild<QLabel *>(u"detailSource"_s);
        QTRY_VERIFY_WITH_TIMEOUT(source->isVisible() && !source->text().isEmpty(), 10'000);
        // 5.x creates, and also from the selected version.
        auto *newVersion = m_window->findChild<QAction *>(u"newVersionAction"_s);
        QVERIFY(newVersion->isEnabled());
        auto *createFrom = m_window->findChild<QAction *>(u"createFromVersionAction"_s);
        QVERIFY(createFrom->isVisible());
        QVERIFY(createFrom->isEnabled());
        // Deleting on 5.x is for good, and the question says so.
        ui::MessageBoxes::setNextAnswer(QMessageBox::Cancel);
        m_window->findChild<QAction *>(u"deleteAction"_s)->trigger();
        QVERIFY2(ui::MessageBoxes::lastText().contains(u"for good"_s),
                 qPrintable(ui::MessageBoxes::lastText()));
    }

    void pagingButtonsAndPageSize()
    {
        start(u"large:95"_s, QString(), 10);
        QTRY_VERIFY_WITH_TIMEOUT(tableShown(), 10'000);
        QCOMPARE(shownNames().first(), u"release-000095"_s);
        QCOMPARE(shownNames().size(), 10);
        click(u"nextPageButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(shownNames().value(0), u"release-000085"_s, 10'000);
        QCOMPARE(m_window->pager()->page(), 2);
        click(u"lastPageButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(shownNames().value(0), u"release-000005"_s, 10'000);
        QCOMPARE(shownNames().size(), 5);
        QCOMPARE(m_window->findChild<QLabel *>(u"pageRangeLabel"_s)->text(), u"91–95 of 95"_s);
        QVERIFY(!m_window->findChild<QToolButton *>(u"nextPageButton"_s)->isEnabled());
        click(u"firstPageButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(shownNames().value(0), u"release-000095"_s, 10'000);

        auto *sizes = m_window->findChild<QComboBox *>(u"pageSizeCombo"_s);
        sizes->setCurrentIndex(sizes->findData(50));
        QTRY_COMPARE_WITH_TIMEOUT(shownNames().size(), 50, 10'000);
        QCOMPARE(m_window->pager()->pageCount(), 2);
        QCOMPARE(QSettings().value(u"browser/pageSize"_s).toInt(), 50); // remembered
    }

    void fastClicksShowTheLastPageAskedFor()
    {
        start(u"large:95"_s, QString(), 10);
        QTRY_VERIFY_WITH_TIMEOUT(tableShown(), 10'000);
        // Wait until the details of the page are in, so the fault below hits the page request.
        QTRY_VERIFY_WITH_TIMEOUT(allDetailsLoaded(), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->pendingCount(), 0, 10'000);
        // The answer for page 2 comes late; page 3 is asked for meanwhile.
        sim::Fault slow;
        slow.kind = sim::Fault::Kind::Delay;
        slow.pathContains = u"/openapi/delivery/releases"_s;
        slow.method = "GET";
        slow.delayMs = 700;
        slow.times = 1;
        m_sim->addFault(slow);
        click(u"nextPageButton"_s);
        QTRY_COMPARE(m_sim->requestCount(u"/openapi/delivery/releases"_s, "GET") > 0, true);
        click(u"nextPageButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(shownNames().value(0), u"release-000075"_s, 10'000);
        // The late page-2 answer must not replace page 3: once nothing is in flight, nothing
        // can come any more.
        QTRY_COMPARE_WITH_TIMEOUT(m_client->pendingCount(), 0, 10'000);
        QCOMPARE(shownNames().value(0), u"release-000075"_s);
        QCOMPARE(m_window->pager()->page(), 3);
    }

    void selectionSurvivesARefresh()
    {
        start(u"demo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(tableShown(), 10'000);
        selectByName(u"v2.5.0"_s);
        const QString id = versionId(u"v2.5.0"_s);
        QCOMPARE(m_window->selectedVersionId(), id);
        m_window->findChild<QAction *>(u"refreshAction"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->pager()->state(), VersionsPager::State::Loaded, 10'000);
        QTRY_COMPARE(m_window->selectedVersionId(), id);
    }

    // Each copy action puts what it names, of the version selected now, on the clipboard.
    void copyActionsCopyTheSelectedVersion()
    {
        start(u"demo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(tableShown(), 10'000);
        auto *copyName = m_window->findChild<QAction *>(u"copyAction"_s);
        auto *copyId = m_window->findChild<QAction *>(u"copyIdAction"_s);
        QVERIFY(copyName && copyId);
        QClipboard *clipboard = QGuiApplication::clipboard();
        for (const QString &name : {u"v2.5.0"_s, u"双十一大促版本"_s}) {
            selectByName(name);
            const QString id = versionId(name);
            QVERIFY(!id.isEmpty() && id != name);
            QVERIFY(copyName->isEnabled());
            clipboard->setText(u"something else"_s);
            copyName->trigger();
            QTRY_COMPARE(clipboard->text(), name);
            QVERIFY(copyId->isEnabled());
            clipboard->setText(u"something else"_s);
            copyId->trigger();
            QTRY_COMPARE(clipboard->text(), id);
        }
    }

    void helmVersionShowsChartsWithImages()
    {
        start(u"demo"_s, u"payments"_s);
        QTRY_VERIFY_WITH_TIMEOUT(tableShown(), 10'000);
        QCOMPARE(m_window->currentProjectKey(), u"payments"_s);
        selectByName(u"pay-2.3.1"_s);
        DeliverablesModel *tree = m_window->detailPane()->deliverables();
        QTRY_VERIFY_WITH_TIMEOUT(tree->rowCount() > 0, 10'000);
        QCOMPARE(tree->mode(), DeliverablesModel::Mode::Helm);
        const QModelIndex chart = tree->index(0, 0);
        QCOMPARE(chart.data(DeliverablesModel::KindRole).toString(), u"chart"_s);
        QCOMPARE(tree->index(0, DeliverablesModel::HelmVersionColumn).data().toString(),
                 u"2.3.1"_s);
        QVERIFY(tree->rowCount(chart) > 0);
        const QModelIndex image = tree->index(0, DeliverablesModel::HelmImageColumn, chart);
        QVERIFY2(
            image.data().toString().startsWith(u"registry.cn-hangzhou.aliyuncs.com/delivery/"_s),
            qPrintable(image.data().toString()));
        QVERIFY(m_window->detailPane()->tree()->isExpanded(chart));
        QCOMPARE(m_window->detailPane()->findChild<QLabel *>(u"detailTitle"_s)->text(),
                 u"pay-2.3.1"_s);
    }

    void k8sVersionShowsDeployInfos()
    {
        start(u"demo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(tableShown(), 10'000);
        selectByName(u"双十一大促版本"_s);
        DeliverablesModel *tree = m_window->detailPane()->deliverables();
        QTRY_COMPARE_WITH_TIMEOUT(tree->rowCount(), 5, 10'000);
        QCOMPARE(tree->mode(), DeliverablesModel::Mode::K8s);
        QCOMPARE(tree->rowCount(tree->index(0, 0)), 0);
        QVERIFY(tree->index(0, DeliverablesModel::K8sImageColumn)
                    .data()
                    .toString()
                    .startsWith(u"ccr.ccs.tencentyun.com/release/"_s));
        auto *labels = m_window->detailPane()->findChild<QLabel *>(u"detailLabels"_s);
        QVERIFY2(labels->text().contains(u"大促"_s), qPrintable(labels->text()));
        // Copy all images: one reference per line, each once.
        QStringList images;
        for (int r = 0; r < tree->rowCount(); ++r)
            images << tree->index(r, DeliverablesModel::K8sImageColumn).data().toString();
        images.removeDuplicates();
        QGuiApplication::clipboard()->setText(u"something else"_s);
        m_window->detailPane()->copyAllImages();
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), images.join(u'\n') + u'\n');
    }

    void failedDetailRefreshSaysSoAndKeepsTheDeliverables()
    {
        start(u"demo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(tableShown(), 10'000);
        selectByName(u"双十一大促版本"_s);
        DeliverablesModel *tree = m_window->detailPane()->deliverables();
        QTRY_COMPARE_WITH_TIMEOUT(tree->rowCount(), 5, 10'000);
        sim::Fault fault;
        fault.kind = sim::Fault::Kind::ServerError;
        fault.pathContains = u"/openapi/delivery/releases/"_s;
        fault.times = -1;
        m_sim->addFault(fault);
        const int row = model()->rowOf(versionId(u"双十一大促版本"_s));
        m_window->detailPane()->showVersion(*model()->versionAt(row));
        auto *note = m_window->detailPane()->findChild<QLabel *>(u"deliverablesNote"_s);
        QTRY_VERIFY_WITH_TIMEOUT(note->isVisible() && note->text().contains(u"injected fault"_s),
                                 10'000);
        QVERIFY2(note->text().startsWith(u"Could not refresh"_s), qPrintable(note->text()));
        QCOMPARE(tree->rowCount(), 5);
    }

    void legacyVersionWithoutDetailStopsLoading()
    {
        // A legacy-typed version's detail is a 500 with an empty body: nothing may keep saying
        // "Loading…" and no progress bar may keep spinning.
        start(u"demo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(tableShown(), 10'000);
        selectByName(u"workflow-release-0825"_s);
        auto *pane = m_window->detailPane();
        auto *note = pane->findChild<QLabel *>(u"deliverablesNote"_s);
        QTRY_VERIFY_WITH_TIMEOUT(note->text().startsWith(u"Could not load"_s), 10'000);
        QCOMPARE(pane->findChild<QLabel *>(u"detailLabels"_s)->text(), u"Unavailable"_s);
        QCOMPARE(pane->findChild<QLabel *>(u"detailProgress"_s)->text(), u"Unavailable"_s);
        QVERIFY(!pane->findChild<QProgressBar *>(u"detailProgressBar"_s)->isVisible());
        const int row = model()->rowOf(versionId(u"workflow-release-0825"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!model()
                                      ->index(row, VersionsModel::LabelsColumn)
                                      .data(Qt::ToolTipRole)
                                      .toString()
                                      .startsWith(u"Loading"_s),
                                 10'000);
    }

    void creatingVersionProgressesToSuccess()
    {
        start(u"demo"_s);
        m_sim->setSpeed(10);
        QTRY_VERIFY_WITH_TIMEOUT(tableShown(), 10'000);
        const QString id = versionId(u"v2.6.0-rc1"_s);
        const int row = model()->rowOf(id);
        QCOMPARE(model()
                     ->index(row, VersionsModel::StatusColumn)
                     .data(VersionsModel::StatusRole)
                     .toInt(),
                 int(VersionStatus::Creating));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->pager()->repository()->isWatching(id), 10'000);
        QList<int> seen;
        connect(model(), &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &topLeft) {
            if (topLeft.row() == model()->rowOf(id) &&
                topLeft.column() == VersionsModel::ProgressColumn) {
                const QVariantList p = topLeft.data(VersionsModel::ProgressRole).toList();
                if (p.size() == 2)
                    seen << p.at(0).toInt();
            }
        });
        QTRY_COMPARE_WITH_TIMEOUT(model()
                                      ->index(model()->rowOf(id), VersionsModel::StatusColumn)
                                      .data(VersionsModel::StatusRole)
                                      .toInt(),
                                  int(VersionStatus::Success), 20'000);
        QVERIFY(!m_window->pager()->repository()->isWatching(id));
        QCOMPARE(
            model()->index(model()->rowOf(id), VersionsModel::ProgressColumn).data().toString(),
            u"3 / 3"_s);
        QVERIFY2(!seen.isEmpty() && seen.last() == 3, "progress never reached 3 / 3");
    }

    void deleteAskedYesRemovesTheVersion()
    {
        start(u"demo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(tableShown(), 10'000);
        selectByName(u"v1.7.0"_s);
        const QString id = versionId(u"v1.7.0"_s);
        ui::MessageBoxes::setNextAnswer(QMessageBox::Yes);
        m_window->findChild<QAction *>(u"deleteAction"_s)->trigger();
        QVERIFY(ui::MessageBoxes::lastText().contains(u"v1.7.0"_s));
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowOf(id), -1, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(model()->total(), 17, 10'000);
        QCOMPARE(m_sim->state().versionCount(u"mall"_s), 17);
        QVERIFY(!shownNames().contains(u"v1.7.0"_s));
    }

    void deleteAskedNoKeepsTheVersion()
    {
        start(u"demo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(tableShown(), 10'000);
        selectByName(u"v1.7.0"_s);
        ui::MessageBoxes::setNextAnswer(QMessageBox::Cancel);
        m_window->findChild<QAction *>(u"deleteAction"_s)->trigger();
        QVERIFY(ui::MessageBoxes::lastText().contains(u"v1.7.0"_s)); // it asked
        // A delete would have left at once: once nothing is in flight, none was sent.
        QTRY_COMPARE_WITH_TIMEOUT(m_client->pendingCount(), 0, 10'000);
        QCOMPARE(m_sim->requestCount(u"/openapi/delivery/releases"_s, "DELETE"), 0);
        QCOMPARE(m_sim->state().versionCount(u"mall"_s), 18);
        QVERIFY(shownNames().contains(u"v1.7.0"_s));
    }

    void failedDeleteSaysWhyAndChangesNothing()
    {
        start(u"demo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(tableShown(), 10'000);
        selectByName(u"v1.8.0"_s);
        sim::Fault fault;
        fault.kind = sim::Fault::Kind::ServerError;
        fault.method = "DELETE";
        fault.times = 1;
        m_sim->addFault(fault);
        ui::MessageBoxes::setNextAnswer(QMessageBox::Yes);
        ui::MessageBoxes::setRecordOnly(true);
        m_window->findChild<QAction *>(u"deleteAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(ui::MessageBoxes::lastText().contains(u"not deleted"_s), 10'000);
        QVERIFY(shownNames().contains(u"v1.8.0"_s));
        QCOMPARE(m_sim->state().versionCount(u"mall"_s), 18);
    }

    void errorStatesShowTheServersWords_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("message");
        QTest::newRow("401") << u"token"_s << ApiError::kindSummary(ApiError::Kind::Unauthorised)
                             << QString();
        QTest::newRow("403") << u"forbidden"_s << ApiError::kindSummary(ApiError::Kind::Forbidden)
                             << QString();
        QTest::newRow("licence") << u"licence"_s << ApiError::kindSummary(ApiError::Kind::Licence)
                                 << u"用户许可证不可用"_s;
        QTest::newRow("500") << u"500"_s << ApiError::kindSummary(ApiError::Kind::Server)
                             << u"injected fault"_s;
    }

    void errorStatesShowTheServersWords()
    {
        QFETCH(QString, mode);
        QFETCH(QString, title);
        QFETCH(QString, message);
        m_sim = std::make_unique<sim::Simulator>();
        QVERIFY(m_sim->loadSeed(u"demo"_s));
        QVERIFY(m_sim->listen());
        if (mode == "forbidden"_L1)
            m_sim->setProjectForbidden(u"mall"_s, true);
        if (mode == "licence"_L1)
            m_sim->setLicenceValid(false);
        if (mode == "500"_L1) {
            sim::Fault fault;
            fault.kind = sim::Fault::Kind::ServerError;
            fault.pathContains = u"/openapi/delivery/releases"_s;
            // The page is asked for at start and again once the projects confirm the project.
            fault.times = 2;
            m_sim->addFault(fault);
        }
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ZadigClient>(m_nam.get());
        m_client->setBaseUrl(m_sim->url());
        m_client->setToken(mode == "token"_L1 ? u"wrong"_s : m_sim->token());
        m_window = std::make_unique<ui::MainWindow>(m_client.get());
        testModels();
        m_window->show();
        m_window->start(u"mall"_s);
        QTRY_COMPARE_WITH_TIMEOUT(statePane()->title(), title, 10'000);
        QVERIFY(statePane()->isVisible());
        if (!message.isEmpty())
            QVERIFY2(statePane()->message().contains(message), qPrintable(statePane()->message()));
        if (mode == "500"_L1) {
            // The fault is used up: Retry brings the versions.
            auto *retry = statePane()->findChild<QPushButton *>(u"stateRetryButton"_s);
            QVERIFY(retry && retry->isVisible());
            QTest::mouseClick(retry, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(tableShown(), 10'000);
            QCOMPARE(model()->total(), 18);
        }
    }

    // Started as the app starts it (requests from the constructor, then showWhenReady): hidden
    // until the first page is in, so the first frame painted has the rows, not "Loading".
    void windowShowsWithItsFirstPage()
    {
        startLikeTheApp(60'000); // a grace that only catches a hang: the page comes first
        QVERIFY(!m_window->isVisible());
        bool rowsWhenShown = false;
        ShowWatch watch(
            [this, &rowsWhenShown] { rowsWhenShown = tableShown() && model()->rowCount() > 0; });
        m_window->installEventFilter(&watch);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isVisible(), 10'000);
        QVERIFY(rowsWhenShown);
        QCOMPARE(m_window->pager()->state(), VersionsPager::State::Loaded);
    }

    // The rows' details (labels, progress) are asked for once the first page is painted, not
    // beside it; then they all come.
    void detailsWaitForTheFirstPaint()
    {
        startLikeTheApp(60'000);
        int detailsAskedWhenPainted = -1;
        connect(m_startup.get(), &ui::StartupController::firstPageShown, this,
                [this, &detailsAskedWhenPainted] {
                    const VersionRepository *details = m_window->pager()->repository();
                    detailsAskedWhenPainted = details->inFlight() + details->queued();
                });
        QTRY_VERIFY_WITH_TIMEOUT(detailsAskedWhenPainted >= 0, 10'000);
        QCOMPARE(detailsAskedWhenPainted, 0);
        // Then they come (the demo's legacy version has none: its detail is a 500).
        QTRY_VERIFY_WITH_TIMEOUT(model()->hasDetail(versionId(u"v1.7.0"_s)), 10'000);
        QVERIFY(model()->hasDetail(versionId(u"v2.6.0-rc1"_s)));
    }

    // The detail pane builds its version page (form, tree) when a version is first shown: at
    // start-up it only says, in one line, to select a version.
    void detailPageIsBuiltWhenAVersionIsShown()
    {
        startLikeTheApp(10'000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isVisible(), 10'000);
        ui::DetailPane *pane = m_window->detailPane();
        QVERIFY(!pane->tree());
        QVERIFY(!pane->findChild<QTreeView *>());
        QVERIFY(pane->findChild<QLabel *>(u"detailHint"_s)->isVisible());

        selectByName(u"v2.5.0"_s);
        QVERIFY(pane->tree());
        QTRY_VERIFY_WITH_TIMEOUT(pane->tree()->isVisible(), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(pane->deliverables()->rowCount() > 0, 10'000);
        QCOMPARE(pane->findChild<QLabel *>(u"detailTitle"_s)->text(), u"v2.5.0"_s);
    }

    // Start-up needs no window for its first requests: the first page, the projects and the
    // server's generation reach the server, and are answered, while no widget exists. The
    // window built afterwards shows what they brought without asking again.
    void firstRequestsNeedNoWindow()
    {
        serveDemo();
        // Widgets of earlier tests may still go meanwhile; none may come.
        const QWidgetList before = QApplication::allWidgets();
        const auto noNewWidget = [&before] {
            const QWidgetList now = QApplication::allWidgets();
            return std::all_of(now.begin(), now.end(),
                               [&before](QWidget *w) { return before.contains(w); });
        };
        m_startup = std::make_unique<ui::StartupController>(m_client.get());
        m_startup->start(u"mall"_s);
        QVERIFY(noNewWidget());
        const auto asked = [this](const QString &path) {
            const auto requests = m_sim->requests();
            return int(std::count_if(requests.begin(), requests.end(),
                                     [&path](const auto &r) { return r.path == path; }));
        };
        const QString versionsPath = u"/openapi/delivery/releases"_s;
        QTRY_VERIFY_WITH_TIMEOUT(m_startup->pager()->state() == VersionsPager::State::Loaded &&
                                     m_startup->projects()->state() ==
                                         ProjectCatalog::State::Loaded &&
                                     m_client->generation() != ServerGeneration::Unknown,
                                 10'000);
        QCOMPARE(asked(versionsPath), 1);
        QCOMPARE(asked(u"/openapi/projects/project"_s), 1);
        QVERIFY(asked(u"/openapi/delivery/releases/detail"_s) > 0); // the generation's probe
        QVERIFY(noNewWidget());
        // The details wait for the first paint, window or not.
        const VersionRepository *details = m_startup->pager()->repository();
        QCOMPARE(details->inFlight() + details->queued(), 0);

        m_window = std::make_unique<ui::MainWindow>(m_client.get(), m_startup->pager(),
                                                    m_startup->projects());
        testModels();
        bool shown = false;
        connect(m_startup.get(), &ui::StartupController::firstPageShown, this,
                [&shown] { shown = true; });
        m_startup->showWhenReady(m_window.get(), 60'000);
        QVERIFY(m_window->isVisible()); // the first page is in: no grace to wait
        QVERIFY(tableShown());
        QCOMPARE(model()->rowCount(), 18);
        QCOMPARE(m_window->currentProject().key, u"mall"_s);
        auto *generation = m_window->findChild<QLabel *>(u"serverGenerationLabel"_s);
        QCOMPARE(generation->text(), u"Zadig 2.3–3.4"_s);
        QTRY_VERIFY_WITH_TIMEOUT(shown, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(model()->hasDetail(versionId(u"v2.6.0-rc1"_s)), 10'000);
        QCOMPARE(asked(versionsPath), 1);
    }

    // A server slower than the grace: the window comes anyway, and says it is loading. The first
    // page never comes at all, so the window can only have come from the grace, whatever the
    // speed of the machine; a refresh then brings the rows.
    void slowServerGetsTheWindowAfterTheGrace()
    {
        sim::Fault silent;
        silent.kind = sim::Fault::Kind::NeverAnswer;
        silent.pathContains = u"/openapi/delivery/releases"_s;
        silent.times = 1;
        startLikeTheApp(100, silent);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isVisible(), 10'000);
        QCOMPARE(m_window->pager()->state(), VersionsPager::State::Loading);
        QVERIFY(statePane()->isVisible());
        m_window->findChild<QAction *>(u"refreshAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(tableShown(), 10'000);
    }

    // A start that fails shows the window at once, with the error, not after the grace.
    void failedStartShowsTheWindowWithTheError()
    {
        sim::Fault broken;
        broken.kind = sim::Fault::Kind::ServerError;
        broken.pathContains = u"/openapi/projects/project"_s;
        broken.times = -1;
        startLikeTheApp(60'000, broken);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isVisible(), 10'000);
        QVERIFY(statePane()->isVisible());
        QVERIFY(!statePane()->title().isEmpty());
    }

    void emptyProjectSaysNoVersionsYet()
    {
        start(u"empty"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->pager()->state(), VersionsPager::State::Empty, 10'000);
        QCOMPARE(statePane()->title(), u"No versions yet"_s);
        QVERIFY(statePane()->isVisible());
    }

    // The project box is sized from its entries without measuring them all, and still shows
    // each whole (Chinese names included).
    void projectBoxFitsItsLongestProject()
    {
        start(u"demo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(tableShown(), 10'000);
        auto *combo = m_window->findChild<QComboBox *>(u"projectCombo"_s);
        QCOMPARE(combo->count(), 3);
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.rect = QRect(QPoint(0, 0), combo->sizeHint());
        option.frame = true;
        const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                           QStyle::SC_ComboBoxEditField, combo);
        for (int i = 0; i < combo->count(); ++i) {
            const QString text = combo->itemText(i);
            QVERIFY2(field.width() >= combo->fontMetrics().horizontalAdvance(text),
                     qPrintable(u"%1: %2 px for %3 px"_s.arg(text)
                                    .arg(field.width())
                                    .arg(combo->fontMetrics().horizontalAdvance(text))));
        }
    }

    void filterNarrowsTheLoadedPage()
    {
        start(u"demo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(tableShown(), 10'000);
        auto *filter = m_window->findChild<QLineEdit *>(u"filterEdit"_s);
        QTest::keyClicks(filter, u"failed"_s);
        QTRY_COMPARE(shownNames().size(), 3); // v2.5.1, v2.4.3-hotfix, v2.3.0
        filter->clear();
        QCOMPARE(shownNames().size(), 18);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
