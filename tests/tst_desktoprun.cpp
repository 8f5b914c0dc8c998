// The built zadig-desk as the desktop menu starts it (issue 18): no arguments, a fresh home, no
// ZADIG_TOKEN, no keychain service, a real X server (Xvfb) and a user's keyboard (xdotool, through
// XTEST). The connection dialog is answered as a person would; the main window must then show the
// server's versions, stay up, and end with exit code 0 on Ctrl+Q.
//
// Every wait is on something the X server reports (xdotool search --sync), bounded only to catch
// a hang.
#include "simulator.h"

#include <QEventLoop>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int HangMs = 120'000;
const QString Token = u"desktop-run-token-9d2e"_s;

// Skips where the tools are missing, but never in CI, where a skip would look like a pass.
#define REQUIRE(condition, why)                                                                    \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            if (qEnvironmentVariableIsSet("CI"))                                                   \
                QFAIL(why);                                                                        \
            QSKIP(why);                                                                            \
        }                                                                                          \
    } while (false)

} // namespace

class TestDesktopRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void menuEntryThenDemo();
    void menuEntryThenConnect();

private:
    // Runs xdotool on our X server; its output, or a failed test when it does not succeed.
    QString xdo(const QStringList &arguments);
    // Waits until a window whose name matches `pattern` exists; its id.
    QString waitForWindow(const QString &pattern);
    void type(const QString &windowId, const QString &text);
    void key(const QString &windowId, const QString &keys);
    void startDesk();
    // Ctrl+Q in `windowId`; the process must end by itself with exit code 0.
    void quitFrom(const QString &windowId);

    QString m_xdotool;
    QProcess m_xserver;
    QString m_display;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QProcess> m_desk;
};

void TestDesktopRun::initTestCase()
{
    m_xdotool = QStandardPaths::findExecutable(u"xdotool"_s);
    const QString xvfb = QStandardPaths::findExecutable(u"Xvfb"_s);
    REQUIRE(!m_xdotool.isEmpty() && !xvfb.isEmpty(), "needs Xvfb and xdotool");
    // Xvfb picks a free display itself and writes its number on standard output.
    m_xserver.start(xvfb, {u"-displayfd"_s, u"1"_s, u"-screen"_s, u"0"_s, u"1600x1000x24"_s,
                           u"-nolisten"_s, u"tcp"_s});
    QVERIFY(m_xserver.waitForStarted(HangMs));
    QTRY_VERIFY_WITH_TIMEOUT(m_xserver.canReadLine() || m_xserver.state() == QProcess::NotRunning,
                             HangMs);
    const QString number = QString::fromLatin1(m_xserver.readLine()).trimmed();
    QVERIFY2(!number.isEmpty(), "Xvfb did not start");
    m_display = u":"_s + number;
}

void TestDesktopRun::cleanupTestCase()
{
    if (m_xserver.state() != QProcess::NotRunning) {
        m_xserver.terminate();
        if (!m_xserver.waitForFinished(HangMs))
            m_xserver.kill();
    }
}

void TestDesktopRun::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestDesktopRun::cleanup()
{
    if (m_desk && m_desk->state() != QProcess::NotRunning) {
        m_desk->kill();
        m_desk->waitForFinished(HangMs);
    }
    if (m_desk && QTest::currentTestFailed()) {
        qWarning().noquote() << "zadig-desk said:\n"
                             << QString::fromLocal8Bit(m_desk->readAllStandardError());
    }
    m_desk.reset();
    m_home.reset();
}

QString TestDesktopRun::xdo(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DISPLAY"_s, m_display);
    process.setProcessEnvironment(environment);
    // Waited for in an event loop, not a blocking wait: the simulator in this process must go on
    // answering the app meanwhile.
    QEventLoop loop;
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(HangMs, &loop, &QEventLoop::quit);
    // An app that quits is what this test is about: no waiting for its windows after that.
    if (m_desk)
        connect(m_desk.get(), &QProcess::finished, &loop, &QEventLoop::quit);
    process.start(m_xdotool, arguments);
    loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        if (m_desk && m_desk->state() == QProcess::NotRunning)
            qWarning() << "zadig-desk ended (exit code" << m_desk->exitCode()
                       << ") while waiting for:" << arguments;
        else
            qWarning() << "xdotool hung:" << arguments;
        return QString();
    }
    if (process.exitCode() != 0) {
        qWarning() << "xdotool failed:" << arguments << process.readAllStandardError();
        return QString();
    }
    return QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
}

QString TestDesktopRun::waitForWindow(const QString &pattern)
{
    // --sync waits until such a window exists; the first one is enough.
    return xdo({u"search"_s, u"--sync"_s, u"--limit"_s, u"1"_s, u"--name"_s, pattern})
        .section(u'\n', 0, 0);
}

void TestDesktopRun::type(const QString &windowId, const QString &text)
{
    xdo({u"windowfocus"_s, u"--sync"_s, windowId});
    xdo({u"type"_s, u"--delay"_s, u"20"_s, text});
}

void TestDesktopRun::key(const QString &windowId, const QString &keys)
{
    xdo({u"windowfocus"_s, u"--sync"_s, windowId});
    xdo({u"key"_s, keys});
}

void TestDesktopRun::startDesk()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString home = m_home->path();
    environment.insert(u"HOME"_s, home);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    environment.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
    environment.insert(u"XDG_CACHE_HOME"_s, home + u"/.cache"_s);
    environment.insert(u"XDG_RUNTIME_DIR"_s, home);
    environment.insert(u"DISPLAY"_s, m_display);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    environment.insert(u"LANGUAGE"_s, u"en"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/zadig-run"_s);
    environment.remove(u"ZADIG_TOKEN"_s);
    // In the sanitizer run: libxkbcommon-x11, which only the xcb platform loads, hands strndup()
    // a name that is not NUL-terminated within the length it gives, which the strict string
    // checks report although strndup reads no further than that length. Our code is checked as
    // strictly as everywhere else.
    if (environment.contains(u"ASAN_OPTIONS"_s))
        environment.insert(u"ASAN_OPTIONS"_s,
                           environment.value(u"ASAN_OPTIONS"_s) + u":strict_string_checks=0"_s);
    m_desk = std::make_unique<QProcess>();
    m_desk->setProcessEnvironment(environment);
    m_desk->start(QStringLiteral(ZADIG_DESK_BINARY), QStringList()); // the menu entry's command
    QVERIFY(m_desk->waitForStarted(HangMs));
}

void TestDesktopRun::quitFrom(const QString &windowId)
{
    QCOMPARE(m_desk->state(), QProcess::Running);
    key(windowId, u"ctrl+q"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_desk->state() == QProcess::NotRunning, HangMs);
    QCOMPARE(m_desk->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_desk->exitCode(), 0);
}

void TestDesktopRun::menuEntryThenDemo()
{
    startDesk();
    const QString dialog = waitForWindow(u"^Connect to Zadig$"_s);
    QVERIFY(!dialog.isEmpty());
    key(dialog, u"alt+d"_s); // Try the Demo Server
    // The title names the project once the projects are in: the first page is being shown.
    const QString window = waitForWindow(u"\\(mall\\).* — Demo server — Zadig Desk$"_s);
    QVERIFY(!window.isEmpty());
    quitFrom(window);
}

void TestDesktopRun::menuEntryThenConnect()
{
    zadig::sim::Simulator sim;
    QVERIFY(sim.loadSeed(u"demo"_s));
    sim.setToken(Token);
    QVERIFY(sim.listen());
    startDesk();
    const QString dialog = waitForWindow(u"^Connect to Zadig$"_s);
    QVERIFY(!dialog.isEmpty());
    // The address field has the focus; the token field is next; Enter presses Connect.
    type(dialog, sim.url().toString());
    key(dialog, u"Tab"_s);
    type(dialog, Token);
    key(dialog, u"Return"_s);
    // No keychain service here: the window says the token is kept for this session only.
    const QString warning = waitForWindow(u"^Token Not Saved$"_s);
    QVERIFY(!warning.isEmpty());
    key(warning, u"Return"_s);
    const QString window = waitForWindow(u"\\(mall\\).* — 127\\.0\\.0\\.1.* — Zadig Desk$"_s);
    QVERIFY(!window.isEmpty());
    // The versions came from this server, with this token.
    bool listed = false;
    const auto requests = sim.requests();
    for (const auto &request : requests)
        listed = listed || request.path == u"/openapi/delivery/releases"_s;
    QVERIFY(listed);
    quitFrom(window);
}

QTEST_GUILESS_MAIN(TestDesktopRun)
#include "tst_desktoprun.moc"
