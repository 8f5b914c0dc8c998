// The real start-up (issue 18): the Desk object main() runs, inside the real application loop
// (QApplication::exec(), so quitting on the last closed window is live), with a fresh settings
// folder, no ZADIG_TOKEN, the real ConnectionDialog driven with QTest, and the simulator over
// HTTP. Every first-run path must end in a visible main window showing the first page, with the
// application still running after the dialog closed; only Cancel ends it (exit code 0).
//
// The keychain is the system's (QtKeychain, with no D-Bus session: "no keychain service"), or a
// vault of the test's where a path needs a keychain that holds nothing or answers late.
#include "api/zadigclient.h"
#include "connectiondialog.h"
#include "connections.h"
#include "desk.h"
#include "imagesearch.h"
#include "mainwindow.h"
#include "simulator.h"
#include "statepane.h"
#include "testcertificates.h"
#include "testsettings.h"
#include "versionsmodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace zadig;

namespace {

const QString Token = u"startup-token-51f0"_s;

// A keychain that holds what the test puts in it and answers a read only when the test releases
// it: as slow as a locked wallet, with no clock involved.
class HeldVault : public QObject, public TokenVault
{
public:
    QHash<QString, QString> tokens; // tokenKeyFor(url) -> token
    bool holding = false;
    int reads = 0;

    void readToken(const QUrl &server, ReadCallback callback) override
    {
        ++reads;
        const QString key = tokenKeyFor(server);
        m_answer = [this, key, callback] {
            if (tokens.contains(key))
                callback(Status::Ok, tokens.value(key), QString());
            else
                callback(Status::NotFound, QString(), QString());
        };
        if (!holding)
            QTimer::singleShot(0, this, [this] { release(); });
    }
    void writeToken(const QUrl &server, const QString &token, WriteCallback callback) override
    {
        tokens.insert(tokenKeyFor(server), token);
        QTimer::singleShot(0, this, [callback] { callback(true, QString()); });
    }
    void removeToken(const QUrl &server) override { tokens.remove(tokenKeyFor(server)); }

    bool waiting() const { return bool(m_answer); }
    void release()
    {
        holding = false;
        if (auto answer = std::exchange(m_answer, {}))
            answer();
    }

private:
    std::function<void()> m_answer;
};

// Counts the application's Quit events: what quitting on the last closed window posts.
class QuitWatch : public QObject
{
public:
    int quits = 0;
    QuitWatch() { qApp->installEventFilter(this); }
    ~QuitWatch() override { qApp->removeEventFilter(this); }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::Quit)
            ++quits;
        return false;
    }
};

// Drives the running application as a user would: each step waits until its condition holds
// (checked from the application loop itself, no nested loop), then acts. After the last step the
// loop ends with Finished; a step that never becomes ready ends it with Stuck, after a bound that
// only catches hangs.
class Script : public QObject
{
public:
    enum { Finished = 42, Stuck = 43 };
    static constexpr qint64 HangMs = 120'000;

    Script &step(const QString &what, std::function<bool()> ready, std::function<void()> act = {})
    {
        m_steps.append({what, std::move(ready), std::move(act)});
        return *this;
    }
    // Runs the application loop (as main() does) with `desk` started from it; returns its code.
    int run(Desk &desk)
    {
        QTimer::singleShot(0, &desk, [&desk] { desk.start(); });
        connect(&m_timer, &QTimer::timeout, this, &Script::tick);
        m_since.start();
        m_timer.start(5);
        const int code = QApplication::exec();
        m_timer.stop();
        return code;
    }
    QString where() const
    {
        return m_at < m_steps.size() ? u"waiting for "_s + m_steps.at(m_at).what
                                     : u"all steps done"_s;
    }

private:
    struct Step
    {
        QString what;
        std::function<bool()> ready;
        std::function<void()> act;
    };
    void tick()
    {
        if (m_at == m_steps.size()) {
            m_timer.stop();
            QCoreApplication::exit(Finished);
            return;
        }
        const Step &step = m_steps.at(m_at);
        if (step.ready()) {
            ++m_at;
            m_since.restart();
            if (step.act)
                step.act();
            return;
        }
        if (m_since.elapsed() > HangMs) {
            m_timer.stop();
            QCoreApplication::exit(Stuck);
        }
    }

    QList<Step> m_steps;
    qsizetype m_at = 0;
    QElapsedTimer m_since;
    QTimer m_timer;
};

ui::ConnectionDialog *shownDialog(const Desk &desk)
{
    ui::ConnectionDialog *dialog = desk.connectionDialog();
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

// The token dialog the window opens after a refusal (a ConnectionDialog of the window's own).
ui::ConnectionDialog *tokenDialog(const Desk &desk)
{
    if (!desk.window())
        return nullptr;
    const auto dialogs = desk.window()->findChildren<ui::ConnectionDialog *>();
    for (ui::ConnectionDialog *dialog : dialogs) {
        if (dialog->isVisible() && dialog != desk.connectionDialog())
            return dialog;
    }
    return nullptr;
}

bool firstPageShown(const Desk &desk)
{
    const ui::MainWindow *window = desk.window();
    return window && window->isVisible() && window->versionsModel()->rowCount() > 0 &&
           window->table()->isVisible() && !shownDialog(desk) && !tokenDialog(desk);
}

QString stateTitle(const Desk &desk)
{
    if (!desk.window())
        return QString();
    const auto *pane = desk.window()->findChild<ui::StatePane *>(u"versionsStatePane"_s);
    return pane && pane->isVisible() ? pane->title() : QString();
}

// The state pane's extra button (Connect…, Enter Token…) when it is shown.
QPushButton *stateAction(const Desk &desk)
{
    if (!desk.window())
        return nullptr;
    auto *button = desk.window()->findChild<QPushButton *>(u"stateActionButton"_s);
    return button && button->isVisible() ? button : nullptr;
}

void fill(QWidget *dialog, const QString &objectName, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(objectName);
    QVERIFY2(edit, qPrintable(objectName));
    edit->clear();
    QTest::keyClicks(edit, text);
}

void click(QWidget *dialog, const QString &objectName)
{
    auto *button = dialog->findChild<QPushButton *>(objectName);
    QVERIFY2(button && button->isEnabled(), qPrintable(objectName));
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

class TestStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void noArgumentsThenDemo();
    void fontWaitHasTheRequestsOut();
    void noArgumentsThenConnect();
    void wrongTokenIsAskedForAgain();
    void serverWithoutTokenKeychainEmpty();
    void serverWithoutTokenNoKeychain();
    void slowKeychain();
    void cancelQuits();
    void untrustedCertificateAtStartup();
    void imageSearchTwiceFromTheMenu();

private:
    std::unique_ptr<QTemporaryDir> m_settings;
    std::unique_ptr<sim::Simulator> m_sim;
};

void TestStartup::initTestCase()
{
    // As a desktop menu starts it: no token in the environment, no keychain service.
    qunsetenv("ZADIG_TOKEN");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/zadig-startup-test");
}

void TestStartup::init()
{
    // A fresh account for every path.
    m_settings = std::make_unique<QTemporaryDir>();
    QVERIFY(m_settings->isValid());
    test::useTemporarySettings(*m_settings, u"tst_startup"_s);
    m_sim = std::make_unique<sim::Simulator>();
    QVERIFY(m_sim->loadSeed(u"demo"_s));
    m_sim->setToken(Token);
    QVERIFY(m_sim->listen());
}

void TestStartup::cleanup()
{
    m_sim.reset();
    m_settings.reset();
}

void TestStartup::noArgumentsThenDemo()
{
    Desk desk(Options{});
    QuitWatch quits;
    bool windowBehindDialog = false;
    Script script;
    script
        .step(
            u"the connection dialog"_s, [&] { return shownDialog(desk); },
            [&] {
                // The window is already there behind it, so closing it cannot leave none.
                windowBehindDialog = desk.window() && desk.window()->isVisible();
                click(shownDialog(desk), u"demoButton"_s);
            })
        .step(u"the demo server's first page"_s, [&] { return firstPageShown(desk); });
    const int code = script.run(desk);
    QVERIFY2(code == Script::Finished,
             qPrintable(u"exit code %1, %2"_s.arg(code).arg(script.where())));
    QCOMPARE(quits.quits, 0);
    QVERIFY(windowBehindDialog);
    QVERIFY(desk.session()->isDemo());
    QVERIFY(desk.window()->windowTitle().contains(u"Demo server"_s));
}

// zadig-desk waits for its fonts in Desk's hook: the first requests are out by then, and the
// window, whose widgets all lay out text, is built only after it.
void TestStartup::fontWaitHasTheRequestsOut()
{
    Options options;
    options.demo = true;
    options.project = u"mall"_s;
    Desk *self = nullptr;
    int pendingInHook = -1;
    bool windowInHook = true;
    Desk desk(options, [&] {
        windowInHook = self->window() != nullptr;
        pendingInHook = self->session()->client()->pendingCount();
    });
    self = &desk;
    QuitWatch quits;
    Script script;
    script.step(u"the demo server's first page"_s, [&] { return firstPageShown(desk); });
    const int code = script.run(desk);
    QVERIFY2(code == Script::Finished,
             qPrintable(u"exit code %1, %2"_s.arg(code).arg(script.where())));
    QVERIFY(!windowInHook);
    // The first page and the projects at least (the generation's detection may count too).
    QVERIFY2(pendingInHook >= 2, qPrintable(QString::number(pendingInHook)));
}

void TestStartup::noArgumentsThenConnect()
{
    Desk desk(Options{});
    QuitWatch quits;
    Script script;
    script
        .step(
            u"the connection dialog"_s, [&] { return shownDialog(desk); },
            [&] {
                ui::ConnectionDialog *dialog = shownDialog(desk);
                fill(dialog, u"serverUrlEdit"_s, m_sim->url().toString());
                fill(dialog, u"tokenEdit"_s, Token);
                click(dialog, u"connectButton"_s);
            })
        // No keychain service: the token is kept for this run, and the window says so.
        .step(
            u"the token-not-saved warning"_s,
            [&] { return desk.window()->findChild<QMessageBox *>(u"warningBox"_s); },
            [&] {
                auto *box = desk.window()->findChild<QMessageBox *>(u"warningBox"_s);
                QVERIFY(box->text().contains(u"could not be saved"_s));
                box->accept();
            })
        .step(u"the server's first page"_s, [&] { return firstPageShown(desk); });
    const int code = script.run(desk);
    QVERIFY2(code == Script::Finished,
             qPrintable(u"exit code %1, %2"_s.arg(code).arg(script.where())));
    QCOMPARE(quits.quits, 0);
    QCOMPARE(desk.window()->client()->baseUrl(), m_sim->url());
    // The server became the active saved connection.
    QCOMPARE(Connections().active().url, m_sim->url());
}

void TestStartup::wrongTokenIsAskedForAgain()
{
    Desk desk(Options{});
    QuitWatch quits;
    Script script;
    script
        .step(
            u"the connection dialog"_s, [&] { return shownDialog(desk); },
            [&] {
                ui::ConnectionDialog *dialog = shownDialog(desk);
                fill(dialog, u"serverUrlEdit"_s, m_sim->url().toString());
                fill(dialog, u"tokenEdit"_s, u"not-the-token"_s);
                dialog->findChild<QCheckBox *>()->setChecked(false);
                click(dialog, u"connectButton"_s);
            })
        .step(
            u"the token asked for again"_s, [&] { return tokenDialog(desk); },
            [&] {
                // Put aside for a moment: the window keeps offering it.
                tokenDialog(desk)->reject();
            })
        .step(
            u"the window saying the token was refused"_s,
            [&] { return !tokenDialog(desk) && stateAction(desk); },
            [&] {
                QVERIFY2(stateTitle(desk).contains(u"token was rejected"_s),
                         qPrintable(stateTitle(desk)));
                QTest::mouseClick(stateAction(desk), Qt::LeftButton);
            })
        .step(
            u"the token dialog from the window"_s, [&] { return tokenDialog(desk); },
            [&] {
                ui::ConnectionDialog *dialog = tokenDialog(desk);
                // The address is kept.
                auto *url = dialog->findChild<QLineEdit *>(u"serverUrlEdit"_s);
                QCOMPARE(url->text(), m_sim->url().toString());
                QVERIFY(url->isReadOnly());
                fill(dialog, u"tokenEdit"_s, Token);
                click(dialog, u"connectButton"_s);
            })
        .step(u"the server's first page"_s, [&] { return firstPageShown(desk); });
    const int code = script.run(desk);
    QVERIFY2(code == Script::Finished,
             qPrintable(u"exit code %1, %2"_s.arg(code).arg(script.where())));
    QCOMPARE(quits.quits, 0);
}

void TestStartup::serverWithoutTokenKeychainEmpty()
{
    Options options;
    options.server = m_sim->url();
    HeldVault vault;
    Desk desk(options, {}, &vault);
    QuitWatch quits;
    Script script;
    script
        .step(
            u"the connection dialog"_s, [&] { return shownDialog(desk); },
            [&] {
                ui::ConnectionDialog *dialog = shownDialog(desk);
                QCOMPARE(dialog->findChild<QLineEdit *>(u"serverUrlEdit"_s)->text(),
                         m_sim->url().toString());
                fill(dialog, u"tokenEdit"_s, Token);
                click(dialog, u"connectButton"_s);
            })
        .step(u"the server's first page"_s, [&] { return firstPageShown(desk); });
    const int code = script.run(desk);
    QVERIFY2(code == Script::Finished,
             qPrintable(u"exit code %1, %2"_s.arg(code).arg(script.where())));
    QCOMPARE(quits.quits, 0);
    QCOMPARE(vault.reads, 1);
    // Remembered in the keychain, never in the settings.
    QCOMPARE(vault.tokens.value(tokenKeyFor(m_sim->url())), Token);
}

void TestStartup::serverWithoutTokenNoKeychain()
{
    Options options;
    options.server = m_sim->url();
    Desk desk(options); // the system keychain, with no service to answer
    QuitWatch quits;
    Script script;
    script
        .step(
            u"the connection dialog"_s, [&] { return shownDialog(desk); },
            [&] {
                ui::ConnectionDialog *dialog = shownDialog(desk);
                // It cannot remember the token, and says so.
                QVERIFY(!dialog->findChild<QCheckBox *>()->isEnabled());
                fill(dialog, u"tokenEdit"_s, Token);
                click(dialog, u"connectButton"_s);
            })
        .step(u"the server's first page"_s, [&] { return firstPageShown(desk); });
    const int code = script.run(desk);
    QVERIFY2(code == Script::Finished,
             qPrintable(u"exit code %1, %2"_s.arg(code).arg(script.where())));
    QCOMPARE(quits.quits, 0);
    QVERIFY(desk.session()->hasSessionToken(m_sim->url()));
}

void TestStartup::slowKeychain()
{
    Options options;
    options.server = m_sim->url();
    HeldVault vault;
    vault.tokens.insert(tokenKeyFor(m_sim->url()), Token);
    vault.holding = true;
    Desk desk(options, {}, &vault);
    QuitWatch quits;
    Script script;
    script
        // While the keychain thinks, the window is there and says what it waits for.
        .step(
            u"the window waiting for the keychain"_s,
            [&] { return desk.window() && desk.window()->isVisible(); },
            [&] {
                QVERIFY(vault.waiting());
                QVERIFY2(stateTitle(desk).contains(u"keychain"_s), qPrintable(stateTitle(desk)));
                vault.release();
            })
        .step(u"the server's first page"_s, [&] { return firstPageShown(desk); });
    const int code = script.run(desk);
    QVERIFY2(code == Script::Finished,
             qPrintable(u"exit code %1, %2"_s.arg(code).arg(script.where())));
    QCOMPARE(quits.quits, 0);
    QVERIFY(!shownDialog(desk)); // the token came from the keychain
}

void TestStartup::cancelQuits()
{
    Desk desk(Options{});
    Script script;
    script
        .step(
            u"the connection dialog"_s, [&] { return shownDialog(desk); },
            [&] {
                auto *cancel = shownDialog(desk)->findChild<QDialogButtonBox *>()->button(
                    QDialogButtonBox::Cancel);
                QTest::mouseClick(cancel, Qt::LeftButton);
            })
        .step(u"the application to end"_s, [] { return false; });
    QCOMPARE(script.run(desk), 0);
    QCOMPARE(script.where(), u"waiting for the application to end"_s);
}

void TestStartup::untrustedCertificateAtStartup()
{
    test::TestCertificates certificates;
    if (!certificates.generate()) {
        const QByteArray why = "needs openssl and a TLS backend: " + certificates.error().toUtf8();
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL(why.constData());
        QSKIP(why.constData());
    }
    auto tlsSim = std::make_unique<sim::Simulator>();
    QVERIFY(tlsSim->loadSeed(u"demo"_s));
    tlsSim->setToken(Token);
    QVERIFY(tlsSim->listenTls(certificates.selfSigned.certificate, certificates.selfSigned.key));
    Options options;
    options.server = tlsSim->url();
    qputenv("ZADIG_TOKEN", Token.toUtf8());
    const auto unsetToken = qScopeGuard([] { qunsetenv("ZADIG_TOKEN"); });
    Desk desk(options);
    QuitWatch quits;
    const auto certificateDialog = [&desk]() -> QDialog * {
        auto *dialog =
            desk.window() ? desk.window()->findChild<QDialog *>(u"certificateDialog"_s) : nullptr;
        return dialog && dialog->isVisible() ? dialog : nullptr;
    };
    Script script;
    script
        .step(
            u"the certificate question"_s, [&] { return certificateDialog(); },
            [&] { click(certificateDialog(), u"trustButton"_s); })
        .step(u"the server's first page"_s,
              [&] { return !certificateDialog() && firstPageShown(desk); });
    const int code = script.run(desk);
    QVERIFY2(code == Script::Finished,
             qPrintable(u"exit code %1, %2"_s.arg(code).arg(script.where())));
    QCOMPARE(quits.quits, 0);
}

// Versions Shipping an Image from the View menu, twice, as main() wires the window: the second
// search of the project reads no settled version's detail, it comes from the disk cache under
// the platform's cache directory.
void TestStartup::imageSearchTwiceFromTheMenu()
{
    QTemporaryDir cacheHome;
    QVERIFY(cacheHome.isValid());
    const QByteArray oldCacheHome = qgetenv("XDG_CACHE_HOME");
    qputenv("XDG_CACHE_HOME", QFile::encodeName(cacheHome.path()));
    const auto restore = qScopeGuard([&] { qputenv("XDG_CACHE_HOME", oldCacheHome); });

    Options options;
    options.demo = true;
    options.project = u"mall"_s;
    options.seed = u"large:300"_s;
    Desk desk(options);
    QuitWatch quits;
    std::unique_ptr<QSignalSpy> finished;
    const auto dialog = [&desk]() -> QInputDialog * {
        auto *ask = desk.window()->findChild<QInputDialog *>(u"searchImageDialog"_s);
        return ask && ask->isVisible() ? ask : nullptr;
    };
    const auto ask = [&desk] {
        desk.window()->findChild<QAction *>(u"searchImageAction"_s)->trigger();
    };
    const auto answer = [&](const QString &image) {
        QInputDialog *d = dialog();
        d->setTextValue(image);
        auto *buttons = d->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    };
    int firstReads = -1;
    int firstHits = -1;
    Script script;
    script
        .step(
            u"the demo server's first page"_s, [&] { return firstPageShown(desk); },
            [&] {
                finished = std::make_unique<QSignalSpy>(desk.window()->imageSearch(),
                                                        &ImageSearch::finished);
                ask();
            })
        .step(
            u"the image dialog"_s, [&] { return dialog() != nullptr; },
            [&] { answer(u"cart:20241101-3-hotfix"_s); })
        .step(
            u"the first search's end"_s, [&] { return finished->size() == 1; },
            [&] {
                firstReads = desk.window()->imageSearch()->detailReads();
                firstHits = desk.window()->imageSearch()->cacheHits();
                ask();
            })
        .step(
            u"the image dialog again, with the last image"_s,
            [&] { return dialog() && dialog()->textValue() == u"cart:20241101-3-hotfix"_s; },
            [&] { answer(dialog()->textValue()); })
        .step(u"the second search's end"_s, [&] { return finished->size() == 2; });
    const int code = script.run(desk);
    QVERIFY2(code == Script::Finished,
             qPrintable(u"exit code %1, %2"_s.arg(code).arg(script.where())));
    const ui::MainWindow *window = desk.window();
    // The first reads what the table has not read yet; the second reads nothing.
    QVERIFY2(firstReads >= 300 - 40 && firstReads + firstHits == 300,
             qPrintable(u"%1 read, %2 kept"_s.arg(firstReads).arg(firstHits)));
    QCOMPARE(window->imageSearch()->detailReads(), 0);
    QCOMPARE(window->imageSearch()->cacheHits(), 300);
    QStringList shown;
    for (const VersionInfo &v : window->versionsModel()->versions())
        shown << v.name;
    QCOMPARE(shown, (QStringList{u"release-000300"_s, u"release-000200"_s, u"release-000100"_s}));
    const QString message = window->statusBar()->currentMessage();
    QVERIFY2(message.contains(u"300 from the cache"_s), qPrintable(message));
    QVERIFY(QDir(cacheHome.path()).exists(u"ZadigDeskTests/tst_startup/details"_s));
}

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"
