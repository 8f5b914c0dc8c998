// The API token never reaches the settings file or the log. Runs the real start-up components
// (TokenStore over QtKeychain with no keychain reachable, ConnectionSession, the connection
// manager, the main window) in this process, and the real zadig-desk as a process, through
// saving, connecting and errors: a refused token (401), and a server that echoes the token in
// its error body. Then reads the raw bytes of every file the settings went to and everything
// logged with every zadig.* category at debug level.
#include "api/zadigclient.h"
#include "connections.h"
#include "connectionsdialog.h"
#include "mainwindow.h"
#include "messageboxes.h"
#include "settings.h"
#include "simulator.h"
#include "statepane.h"
#include "testsettings.h"
#include "tokenstore.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace zadig;

namespace {

constexpr int Patience = 20000; // ms

// A token no other text could contain by chance.
const QString Token = u"zdk-secret-"_s + QUuid::createUuid().toString(QUuid::Id128);

QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;
QLoggingCategory::CategoryFilter previousFilter = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&logMutex);
        capturedLog << QString::fromLatin1(context.category ? context.category : "default") +
                           u": "_s + message;
    }
    if (previousHandler && type >= QtWarningMsg)
        previousHandler(type, context, message);
}

// Every zadig.* category at every level, whatever QT_LOGGING_RULES says.
void enableZadigLogs(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrncmp(category->categoryName(), "zadig", 5) == 0) {
        category->setEnabled(QtDebugMsg, true);
        category->setEnabled(QtInfoMsg, true);
        category->setEnabled(QtWarningMsg, true);
        category->setEnabled(QtCriticalMsg, true);
    }
}

// Every file under `dir` whose raw bytes contain `needle`.
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits;
}

int fileCount(const QString &dir)
{
    int count = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

// An error page that quotes the request back, token included (some proxies do).
sim::Fault echoingFault(int status, const QString &path)
{
    sim::Fault fault;
    fault.kind = sim::Fault::Kind::Status;
    fault.status = status;
    fault.pathContains = path;
    fault.times = -1;
    fault.body =
        (u"{\"type\":\"error\",\"code\":6000,\"message\":\"rejected Authorization: Bearer "_s +
         Token + u"\",\"description\":\"token "_s + Token + u" is not allowed\"}"_s)
            .toUtf8();
    return fault;
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void tokenStoreFailsExplicitly();
    void inProcessTokenStaysOutOfSettingsAndLogs();
    void appTokenStaysOutOfSettingsAndOutput_data();
    void appTokenStaysOutOfSettingsAndOutput();

private:
    bool keychainReachable();
    QStringList logLinesWith(const QString &text) const;

    QTemporaryDir m_settingsDir;
    std::optional<bool> m_keychainReachable;
};

void TestSecrets::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::useTemporarySettings(m_settingsDir, u"tst_secrets"_s);
    previousHandler = qInstallMessageHandler(capture);
    previousFilter = QLoggingCategory::installFilter(enableZadigLogs);
    // A named category: qCDebug keeps a reference to it past the statement that makes a
    // temporary one (AddressSanitizer: stack-use-after-scope).
    const QLoggingCategory category("zadig.test");
    qCDebug(category) << "log capture on";
    QCOMPARE(logLinesWith(u"log capture on"_s).size(), 1);
}

void TestSecrets::cleanupTestCase()
{
    QLoggingCategory::installFilter(previousFilter);
    qInstallMessageHandler(previousHandler);
}

QStringList TestSecrets::logLinesWith(const QString &text) const
{
    const QMutexLocker lock(&logMutex);
    QStringList lines;
    for (const QString &line : std::as_const(capturedLog)) {
        if (line.contains(text))
            lines << line;
    }
    return lines;
}

bool TestSecrets::keychainReachable()
{
    if (!m_keychainReachable) {
        TokenStore store;
        std::optional<TokenVault::Status> status;
        store.readToken(
            QUrl(u"https://probe.invalid"_s),
            [&status](TokenVault::Status s, const QString &, const QString &) { status = s; });
        if (!QTest::qWaitFor([&status] { return status.has_value(); }, Patience))
            qWarning("the keychain never answered");
        m_keychainReachable = status && *status != TokenVault::Status::Unavailable;
    }
    return *m_keychainReachable;
}

void TestSecrets::tokenStoreFailsExplicitly()
{
    if (keychainReachable())
        QSKIP("a keychain answers on this machine; this test is about having none");
    TokenStore store;
    const QUrl server(u"https://zadig.example.com"_s);
    std::optional<bool> written;
    QString writeError;
    store.writeToken(server, Token, [&](bool ok, const QString &error) {
        written = ok;
        writeError = error;
    });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), Patience);
    QVERIFY(!*written);
    QVERIFY2(writeError.contains(u"keychain"_s), qPrintable(writeError));

    std::optional<TokenVault::Status> status;
    store.readToken(server, [&status](TokenVault::Status s, const QString &token, const QString &) {
        status = s;
        QVERIFY(token.isEmpty());
    });
    QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), Patience);
    QCOMPARE(*status, TokenVault::Status::Unavailable);

    // The older callback form says the same.
    std::optional<bool> oldOk;
    QString oldError;
    store.write(server, Token, [&](bool ok, const QString &error) {
        oldOk = ok;
        oldError = error;
    });
    QTRY_VERIFY_WITH_TIMEOUT(oldOk.has_value(), Patience);
    QVERIFY(!*oldOk);
    QVERIFY(!oldError.isEmpty());
    // And nothing fell back to a file: QtKeychain's plaintext fallback stays off.
    QVERIFY(filesContaining(m_settingsDir.path(), Token.toUtf8()).isEmpty());
}

void TestSecrets::inProcessTokenStaysOutOfSettingsAndLogs()
{
    ui::MessageBoxes::setRecordOnly(true);
    sim::Simulator sim;
    QVERIFY(sim.loadSeed(u"demo"_s));
    sim.setToken(Token);
    QVERIFY(sim.listen());

    QNetworkAccessManager nam;
    TokenStore tokens;
    auto client = std::make_unique<ZadigClient>(&nam);
    Connections connections;
    auto session = std::make_unique<ConnectionSession>(client.get(), &connections, &tokens);

    // Save a connection and its token through the connection manager.
    QString id;
    {
        ui::ConnectionsDialog manager(&connections, session.get());
        manager.show();
        QTest::mouseClick(manager.findChild<QPushButton *>(u"addConnectionButton"_s),
                          Qt::LeftButton);
        QTest::keyClicks(manager.findChild<QLineEdit *>(u"connectionUrlEdit"_s),
                         sim.url().toString());
        manager.setTokenForSelected(Token);
        QTRY_VERIFY_WITH_TIMEOUT(manager.tokenStatus().contains(u"keychain"_s) &&
                                     !manager.tokenStatus().startsWith(u"Tokens are"_s),
                                 Patience);
        id = manager.selectedId();
        QTest::mouseClick(manager.findChild<QPushButton *>(u"connectButton"_s), Qt::LeftButton);
        QCOMPARE(manager.outcome(), ui::ConnectionsDialog::Connect);
    }
    if (!keychainReachable())
        QVERIFY(session->hasSessionToken(sim.url())); // in memory only, and said so

    // Connect: the token comes from this run's memory (or the keychain) and is really used.
    bool activated = false;
    connect(session.get(), &ConnectionSession::activated, this, [&activated] { activated = true; });
    session->activate(id);
    QTRY_VERIFY_WITH_TIMEOUT(activated, Patience);
    ui::MainWindow window(client.get());
    window.setSession(session.get());
    window.show();
    window.start();
    QTRY_VERIFY_WITH_TIMEOUT(window.pager()->state() == VersionsPager::State::Loaded, Patience);
    QCOMPARE(sim.requests().constLast().authorization, "Bearer " + Token.toUtf8());

    auto *state = window.findChild<ui::StatePane *>(u"versionsStatePane"_s);
    auto *message = state->findChild<QLabel *>(u"stateMessage"_s);
    auto refreshUntil = [&](ApiError::Kind kind) {
        window.findChild<QAction *>(u"refreshAction"_s)->trigger();
        return QTest::qWaitFor(
            [&] {
                return window.pager()->state() == VersionsPager::State::Error &&
                       window.pager()->lastError() && window.pager()->lastError()->kind == kind;
            },
            Patience);
    };

    // The token is refused.
    sim.setToken(u"another-token"_s);
    QVERIFY(refreshUntil(ApiError::Kind::Unauthorised));
    sim.setToken(Token);

    // The server echoes the token in its error body, as a 401 and as a 500.
    sim.addFault(echoingFault(401, u"/openapi/delivery/releases"_s));
    QVERIFY(refreshUntil(ApiError::Kind::Unauthorised));
    sim.clearFaults();
    sim.addFault(echoingFault(500, u"/openapi/delivery/releases"_s));
    QVERIFY(refreshUntil(ApiError::Kind::Server));
    QVERIFY2(message->text().contains(u"[token]"_s), qPrintable(message->text()));
    QVERIFY(!message->text().contains(Token));
    sim.clearFaults();

    // The settings were written (the connection is there), the token is not.
    Settings settings;
    settings.sync();
    QVERIFY(QFile::exists(settings.fileName()));
    QVERIFY(filesContaining(m_settingsDir.path(), sim.url().host().toUtf8()).size() >= 1);
    QCOMPARE(filesContaining(m_settingsDir.path(), Token.toUtf8()), QStringList());

    // The log holds the requests and the errors, never the token.
    QVERIFY(!logLinesWith(u"unauthorised"_s).isEmpty());
    QVERIFY(!logLinesWith(u"/openapi/delivery/releases"_s).isEmpty());
    QVERIFY(!logLinesWith(u"zadig.ui.connections"_s).isEmpty());
    QCOMPARE(logLinesWith(Token), QStringList());

    if (keychainReachable())
        tokens.remove(sim.url());
    ui::MessageBoxes::setRecordOnly(false);
}

void TestSecrets::appTokenStaysOutOfSettingsAndOutput_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("expected"); // the --check line's start
    QTest::newRow("accepted") << u"accepted"_s << u"OK "_s;
    QTest::newRow("refused") << u"refused"_s << u"ERROR unauthorised"_s;
    QTest::newRow("echoed in a 401") << u"echo401"_s << u"ERROR unauthorised"_s;
    QTest::newRow("echoed in a 500") << u"echo500"_s << u"ERROR server"_s;
    QTest::newRow("saved connection") << u"saved"_s << u"OK "_s;
}

void TestSecrets::appTokenStaysOutOfSettingsAndOutput()
{
    QFETCH(QString, scenario);
    QFETCH(QString, expected);

    sim::Simulator sim;
    QVERIFY(sim.loadSeed(u"demo"_s));
    sim.setToken(scenario == "refused"_L1 ? u"the-right-one"_s : Token);
    if (scenario == "echo401"_L1)
        sim.addFault(echoingFault(401, u"/openapi/"_s));
    if (scenario == "echo500"_L1)
        sim.addFault(echoingFault(500, u"/openapi/"_s));
    QVERIFY(sim.listen());

    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString config = home.filePath(u"config"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, config);
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/zadig-desk-tests"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"zadig.*=true"_s);
    env.insert(u"ZADIG_TOKEN"_s, Token);

    QStringList arguments{u"--check"_s};
    if (scenario == "saved"_L1) {
        // The active saved connection, written as a user's settings file would be.
        QSettings saved(config + u"/ZadigDesk/Zadig Desk.conf"_s, QSettings::IniFormat);
        saved.setValue(u"connection/activeId"_s, u"c1"_s);
        saved.beginWriteArray(u"connections"_s, 1);
        saved.setArrayIndex(0);
        saved.setValue(u"id"_s, u"c1"_s);
        saved.setValue(u"name"_s, u"Simulator"_s);
        saved.setValue(u"url"_s, sim.url().toString());
        saved.endArray();
        saved.sync();
        QCOMPARE(saved.status(), QSettings::NoError);
    } else {
        arguments << u"--server"_s << sim.url().toString();
    }

    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(ZADIG_DESK_BINARY), arguments);
    QVERIFY(process.waitForStarted(10'000));
    // The check needs the simulator in this process to answer: keep our event loop running
    // until it ends. The bound only catches a hang.
    if (finished.isEmpty())
        finished.wait(120'000);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        QFAIL("zadig-desk did not finish");
    }
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(out.startsWith(expected.toUtf8()), out.constData());
    QVERIFY(!sim.requests().isEmpty());
    QCOMPARE(sim.requests().constLast().authorization, "Bearer " + Token.toUtf8());
    // With every zadig.* category on, the app talked: the capture is not trivially empty.
    QVERIFY2(err.contains("zadig.api"), err.constData());

    QVERIFY2(!out.contains(Token.toUtf8()), out.constData());
    QVERIFY2(!err.contains(Token.toUtf8()), err.constData());
    QCOMPARE(filesContaining(home.path(), Token.toUtf8()), QStringList());
    if (scenario == "saved"_L1)
        QVERIFY(fileCount(config) >= 1);
}

int main(int argc, char *argv[])
{
    // No keychain, whatever the machine this runs on: the point is what happens without one.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/zadig-desk-tests");
    QApplication app(argc, argv);
    TestSecrets test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secrets.moc"
