// The main window against servers that misbehave on purpose (issue 6). A raw TCP server stands
// in front of the simulator: it relays every request, except that the versions list (or the
// projects) gets one hostile answer of the catalogue in hostile.h until the test lets it behave.
// Each must end with the versions state pane in an error state whose text names the problem,
// the Retry button there, nothing busy, nothing sent to another host; and once the server
// behaves, Retry shows the rows again (the ones shown before, when there were some).
#include "api/zadigclient.h"
#include "hostile.h"
#include "mainwindow.h"
#include "simstate.h"
#include "simulator.h"
#include "statepane.h"
#include "testdata.h"
#include "testsettings.h"
#include "versionsmodel.h"
#include "versionspager.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace zadig;
using namespace zadig::test;
using Kind = ApiError::Kind;

namespace {

// The transfer timeout of the rows whose verdict is a timeout: their servers send nothing, and
// the window's other requests, relayed to the simulator, have room within it.
constexpr int ShortTimeoutMs = 2'000;
// A bound on hanging for every wait: past the deadline of the generous timeout, so that a wrong
// verdict shows as itself rather than as "no answer".
constexpr int Patience = 2 * GenerousTimeoutMs + 30'000;
constexpr qint64 TestCap = 256 * 1024;
constexpr int PageSize = 10;

enum class Target { Versions, Projects };

QByteArray seedList()
{
    const QByteArray data = testData(u"seed_list.json"_s);
    if (data.isEmpty())
        qFatal("missing seed_list.json");
    return data;
}

} // namespace

Q_DECLARE_METATYPE(Hostile)
Q_DECLARE_METATYPE(Target)
Q_DECLARE_METATYPE(zadig::ApiError::Kind)

class TestHostileGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<HostileServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ZadigClient> m_client;
    std::unique_ptr<ui::MainWindow> m_window;
    // On the live model and the table's proxy from before the first request: every reset,
    // insert and removal the window's own paths make is checked as it happens.
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    void setUp(Hostile hostile, Target target, int timeout)
    {
        m_sim = std::make_unique<sim::Simulator>();
        QVERIFY(m_sim->loadSeed(u"demo"_s));
        QVERIFY(m_sim->listen());
        const QByteArray aim = target == Target::Versions ? "GET /openapi/delivery/releases?"
                                                          : "GET /openapi/projects/project";
        const QUrl upstream = m_sim->url();
        m_server = std::make_unique<HostileServer>(
            hostile, [aim](const QByteArray &head) { return head.startsWith(aim); },
            [upstream](QTcpSocket *socket, const QByteArray &head, const QByteArray &body) {
                relay(socket, head, body, upstream);
            },
            seedList(), TestCap);
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ZadigClient>(m_nam.get());
        m_client->setBaseUrl(m_server->url());
        m_client->setToken(m_sim->token());
        m_client->setTimeout(timeout);
        m_client->setMaxBodySize(TestCap);
        QSettings().setValue(u"browser/pageSize"_s, PageSize);
        m_window = std::make_unique<ui::MainWindow>(m_client.get());
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        m_modelTester = std::make_unique<QAbstractItemModelTester>(m_window->versionsModel(), mode);
        m_proxyTester =
            std::make_unique<QAbstractItemModelTester>(m_window->table()->model(), mode);
        m_window->show();
    }

    ui::StatePane *statePane() const
    {
        return m_window->findChild<ui::StatePane *>(u"versionsStatePane"_s);
    }
    QPushButton *retryButton() const
    {
        return statePane()->findChild<QPushButton *>(u"stateRetryButton"_s);
    }
    bool tableShown() const
    {
        auto *stack = m_window->findChild<QStackedWidget *>(u"versionsStack"_s);
        return stack && stack->currentWidget() == m_window->table();
    }
    bool errorShown() const
    {
        auto *stack = m_window->findChild<QStackedWidget *>(u"versionsStack"_s);
        return stack && stack->currentWidget() == statePane() && retryButton()->isVisible() &&
               m_client->pendingCount() == 0;
    }
    // The pane's loading state: its busy bar and no Retry, what an error must never look like.
    bool loadingShown() const
    {
        auto *stack = m_window->findChild<QStackedWidget *>(u"versionsStack"_s);
        const auto *busy = statePane()->findChild<QProgressBar *>();
        return stack && stack->currentWidget() == statePane() && busy && busy->isVisible() &&
               !retryButton()->isVisible();
    }
    QStringList shownNames() const
    {
        QStringList names;
        const QAbstractItemModel *view = m_window->table()->model();
        for (int r = 0; r < view->rowCount(); ++r)
            names << view->index(r, VersionsModel::NameColumn).data().toString();
        return names;
    }
    // The first page as the simulator has it, asked for directly.
    void simNames(QStringList &names)
    {
        ZadigClient direct(m_nam.get());
        direct.setBaseUrl(m_sim->url());
        direct.setToken(m_sim->token());
        std::optional<Result<VersionPage>> page;
        direct.listVersions(u"mall"_s, 1, PageSize, this,
                            [&page](const Result<VersionPage> &result) { page.emplace(result); });
        QTRY_VERIFY_WITH_TIMEOUT(page.has_value(), Patience);
        QVERIFY(page->ok());
        for (const VersionInfo &v : page->value().versions)
            names << v.name;
    }

    QString describe() const
    {
        return u"pager state %1, pending %2, title \"%3\", message \"%4\", hostile answers %5"_s
            .arg(int(m_window->pager()->state()))
            .arg(m_client->pendingCount())
            .arg(statePane()->title(), statePane()->message())
            .arg(m_server->hostileAnswers());
    }

    // The state pane says what went wrong, offers Retry, and nothing is busy any more.
    void verifyErrorState(Kind kind, const QString &says)
    {
        QTRY_VERIFY2_WITH_TIMEOUT(errorShown(), qPrintable(describe()), Patience);
        QVERIFY(statePane()->isVisible());
        QVERIFY(!loadingShown());
        QCOMPARE(statePane()->title(), ApiError::kindSummary(kind));
        QVERIFY2(statePane()->message().contains(says, Qt::CaseInsensitive),
                 qPrintable(statePane()->message()));
        QVERIFY(retryButton()->isEnabled());
        const QList<QProgressBar *> busy = m_window->findChildren<QProgressBar *>();
        for (const QProgressBar *bar : busy)
            QVERIFY2(!bar->isVisible(), qPrintable(bar->parentWidget()->objectName()));
        QVERIFY(m_server->hostileAnswers() > 0);
        QCOMPARE(m_server->otherConnections(), 0);
        QVERIFY(!m_server->otherReceived().contains(m_sim->token().toUtf8()));
    }

    // The server behaves again: Retry brings the first page of the project.
    void verifyRetryShowsRows(const QStringList &expected)
    {
        m_server->setBehaving(true);
        // Room for Qt to finish with what a hostile server left in its buffers.
        m_client->setTimeout(GenerousTimeoutMs);
        QTest::mouseClick(retryButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(tableShown(), Patience);
        QTRY_COMPARE_WITH_TIMEOUT(shownNames(), expected, Patience);
        QCOMPARE(m_window->pager()->state(), VersionsPager::State::Loaded);
        QCOMPARE(m_window->pager()->total(), m_sim->state().versionCount(u"mall"_s));
    }

    // The hostile answers, each with what the state pane must then say.
    static void addRows(bool projectsToo)
    {
        QTest::addColumn<Hostile>("hostile");
        QTest::addColumn<Target>("target");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("says"); // what the state pane's text must contain
        QTest::addColumn<int>("timeout");  // the client's transfer timeout, ms

        // Only the rows about a timeout have a short one; every other verdict comes from what
        // the server sends, never from racing a timeout.
        const auto versions = Target::Versions;
        const int generous = GenerousTimeoutMs;
        QTest::newRow("far too large")
            << Hostile::HugeDeclared << versions << Kind::BadResponse << u"too large"_s << generous;
        QTest::newRow("far too large, chunked")
            << Hostile::HugeChunked << versions << Kind::BadResponse << u"too large"_s << generous;
        QTest::newRow("deflate bomb")
            << Hostile::DeflateBomb << versions << Kind::BadResponse << u"unpacked"_s << generous;
        QTest::newRow("truncated body")
            << Hostile::TruncatedLength << versions << Kind::Network << u"closed"_s << generous;
        QTest::newRow("truncated JSON") << Hostile::TruncatedJson << versions << Kind::BadResponse
                                        << u"invalid JSON"_s << generous;
        QTest::newRow("invalid UTF-8")
            << Hostile::InvalidUtf8 << versions << Kind::BadResponse << u"UTF-8"_s << generous;
        QTest::newRow("nested 100 000 deep")
            << Hostile::DeepNesting << versions << Kind::BadResponse << u"nested too deeply"_s
            << generous;
        QTest::newRow("wrong type") << Hostile::WrongType << versions << Kind::BadResponse
                                    << u"list: expected an array"_s << generous;
        QTest::newRow("never answers")
            << Hostile::NeverAnswers << versions << Kind::Timeout << u"timeout"_s << ShortTimeoutMs;
        // A byte a second never lets the transfer timeout fire: the deadline ends it.
        QTest::newRow("one byte a second") << Hostile::ByteASecondBody << versions << Kind::Timeout
                                           << u"deadline"_s << TrickleTimeoutMs;
        QTest::newRow("reset mid-body")
            << Hostile::ResetMidBody << versions << Kind::Network << QString() << generous;
        QTest::newRow("redirect to another host")
            << Hostile::RedirectOtherHost << versions << Kind::Server << u"refused a redirect"_s
            << generous;
        QTest::newRow("HTML page with 200")
            << Hostile::HtmlPage << versions << Kind::BadResponse << u"HTML page"_s << generous;
        QTest::newRow("empty 200")
            << Hostile::EmptyBody << versions << Kind::BadResponse << u"empty"_s << generous;
        if (!projectsToo)
            return;
        // The projects fill the same pane when they fail.
        QTest::newRow("projects: never answer") << Hostile::NeverAnswers << Target::Projects
                                                << Kind::Timeout << u"timeout"_s << ShortTimeoutMs;
        QTest::newRow("projects: HTML page with 200")
            << Hostile::HtmlPage << Target::Projects << Kind::BadResponse << u"HTML page"_s
            << generous;
        QTest::newRow("projects: reset mid-body")
            << Hostile::ResetMidBody << Target::Projects << Kind::Network << QString() << generous;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::useTemporarySettings(m_settingsDir, u"tst_hostilegui"_s);
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_window.reset();
        m_client.reset();
        m_nam.reset();
        m_server.reset();
        m_sim.reset();
        QSettings().clear();
    }

    void hostileAnswer_data() { addRows(true); }

    // Hostile from the first request on.
    void hostileAnswer()
    {
        QFETCH(Hostile, hostile);
        QFETCH(Target, target);
        QFETCH(Kind, kind);
        QFETCH(QString, says);
        QFETCH(int, timeout);
        setUp(hostile, target, timeout);
        if (QTest::currentTestFailed())
            return;
        m_window->start(u"mall"_s);
        verifyErrorState(kind, says);
        if (QTest::currentTestFailed())
            return;
        QStringList expected;
        simNames(expected);
        QVERIFY(!expected.isEmpty());
        verifyRetryShowsRows(expected);
    }

    // The control for verifyErrorState: while the answer has not come, the pane shows loading,
    // which the error checks above do not take for an error.
    void loadingIsNotAnError()
    {
        setUp(Hostile::NeverAnswers, Target::Versions, GenerousTimeoutMs);
        if (QTest::currentTestFailed())
            return;
        m_window->start(u"mall"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_server->hostileAnswers() > 0, Patience);
        QTRY_VERIFY2_WITH_TIMEOUT(loadingShown(), qPrintable(describe()), Patience);
        QCOMPARE(m_window->pager()->state(), VersionsPager::State::Loading);
        QVERIFY(!errorShown());
        QVERIFY(!retryButton()->isVisible());
        QVERIFY(m_client->pendingCount() > 0);
        const QMetaEnum kinds = QMetaEnum::fromType<Kind>();
        for (int i = 0; i < kinds.keyCount(); ++i)
            QVERIFY(statePane()->title() != ApiError::kindSummary(Kind(kinds.value(i))));
    }

    void hostileRefresh_data() { addRows(false); } // a refresh does not ask for the projects

    // The page was shown; a refresh meets the hostile answer; Retry brings the same rows back.
    void hostileRefresh()
    {
        QFETCH(Hostile, hostile);
        QFETCH(Target, target);
        QFETCH(Kind, kind);
        QFETCH(QString, says);
        QFETCH(int, timeout);
        setUp(hostile, target, timeout);
        if (QTest::currentTestFailed())
            return;
        m_server->setBehaving(true);
        m_window->start(u"mall"_s);
        QTRY_VERIFY_WITH_TIMEOUT(tableShown(), Patience);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->pendingCount(), 0, Patience);
        const QStringList before = shownNames();
        QStringList expected;
        simNames(expected);
        QCOMPARE(before, expected);

        m_server->setBehaving(false);
        m_window->findChild<QAction *>(u"refreshAction"_s)->trigger();
        verifyErrorState(kind, says);
        if (QTest::currentTestFailed())
            return;
        verifyRetryShowsRows(before);
    }
};

QTEST_MAIN(TestHostileGui)
#include "tst_hostilegui.moc"
