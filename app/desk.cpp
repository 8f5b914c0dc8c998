#include "desk.h"

#include "api/zadigclient.h"
#include "apigeneration.h"
#include "connectiondialog.h"
#include "connections.h"
#include "detaildiskcache.h"
#include "mainwindow.h"
#include "messageboxes.h"
#include "simulator.h"
#include "startupcontroller.h"
#include "tokenstore.h"
#include "versionrepository.h"
#include "versionspager.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace zadig {

namespace {

void printLine(FILE *stream, const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

QString oneLine(QString text)
{
    return text.replace(u'\n', u' ').simplified();
}

// What --check prints: the same in every locale, for scripts.
QString checkGenerationName(ServerGeneration generation)
{
    switch (generation) {
    case ServerGeneration::Zadig3:
        return u"Zadig 2.3–3.4"_s;
    case ServerGeneration::Zadig4Early:
    case ServerGeneration::Zadig4:
        return u"Zadig 4.x"_s;
    case ServerGeneration::Zadig5:
        return u"Zadig 5.x"_s;
    case ServerGeneration::Unknown:
        break;
    }
    return u"unknown Zadig"_s;
}

} // namespace

Desk::Desk(const Options &options, std::function<void()> beforeWidgets, TokenVault *vault,
           QObject *parent)
    : QObject(parent), m_options(options), m_beforeWidgets(std::move(beforeWidgets))
{
    // No timeout here: activating a connection sets the connection's own (or the default).
    m_client = new ZadigClient(&m_nam, this);
    if (!vault) {
        m_ownVault = std::make_unique<TokenStore>();
        vault = m_ownVault.get();
    }
    m_connections = new Connections(this);
    m_session = new ConnectionSession(m_client, m_connections, vault, this);
}

Desk::~Desk()
{
    // The window and its dialogs first: they use the client and the session.
    m_window.reset();
}

void Desk::start()
{
    if (m_options.check) {
        QTimer::singleShot(m_options.checkTimeoutSeconds * 1000, this, [this] {
            failText(ApiError::Kind::Timeout,
                     u"no first page after %1 s"_s.arg(m_options.checkTimeoutSeconds));
        });
    }
    if (m_options.demo) {
        startDemo();
        return;
    }
    Connection connection;
    if (!m_options.server.isEmpty()) {
        // A saved connection to the same server lends its CA file, timeout and trusted
        // certificates; otherwise the server is used as it is, and not saved.
        connection = m_connections->findByUrl(m_options.server);
        if (!connection.isSaved()) {
            connection.url = m_options.server;
            connection.name = Connections::defaultName(m_options.server);
        }
    } else {
        connection = m_connections->active();
    }
    if (connection.url.isEmpty()) {
        if (m_options.check)
            return failText(ApiError::Kind::Unauthorised,
                            u"no server given (use --server URL or --demo)"_s);
        askConnection(Connection(), QString());
        return;
    }
    const QString envToken = qEnvironmentVariable("ZADIG_TOKEN").trimmed();
    if (!envToken.isEmpty()) {
        connectTo(connection, envToken);
        return;
    }
    // The keychain usually answers at once. One that does not (a locked wallet asking for its
    // password, a D-Bus service starting) gets the window meanwhile, saying what it waits for.
    if (!m_options.check) {
        QTimer::singleShot(KeychainGraceMs, this, [this] {
            if (m_tokenRead || m_window)
                return;
            openIdleWindow();
            m_window->showWaiting(tr("Reading the API token from the system keychain…"));
        });
    }
    m_session->readToken(connection.url, [this, connection](const QString &token,
                                                            const QString &why) {
        m_tokenRead = true;
        if (!token.isEmpty())
            connectTo(connection, token);
        else if (m_options.check)
            failText(ApiError::Kind::Unauthorised, u"no API token: set ZADIG_TOKEN or save one in "
                                                   u"the keychain"_s);
        else
            askConnection(connection, why);
    });
}

void Desk::fontsReady()
{
    if (std::exchange(m_fontsReady, true))
        return;
    if (m_beforeWidgets)
        m_beforeWidgets();
}

void Desk::startDemo()
{
    m_sim = std::make_unique<sim::Simulator>();
    m_sim->setApiGeneration(*sim::parseApiGeneration(m_options.apiGeneration));
    m_sim->setLatencyMs(m_options.demoLatencyMs);
    if (!m_sim->loadSeed(m_options.seed))
        return failText(ApiError::Kind::Network, u"unknown demo seed: "_s + m_options.seed);
    if (!m_sim->listen(QHostAddress::LocalHost, 0))
        return failText(ApiError::Kind::Network, u"the demo server could not listen"_s);
    m_session->activateDemo(m_sim->url(), m_sim->token());
    if (m_window)
        return; // chosen in the connection dialog: the window reloads on activation
    m_client->preconnect();
    openWindow(tr("Demo server"));
}

void Desk::askConnection(const Connection &known, const QString &message)
{
    openIdleWindow();
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    auto *dialog = new ui::ConnectionDialog(m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setServerUrl(known.url);
    dialog->setMessage(message);
    dialog->setKeychainAvailable(m_session->keychainAvailable());
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, this,
            [this, dialog, known] { onConnectionDialogDone(dialog, known); });
    // Window-modal over the main window (a sheet on macOS): no nested event loop, and closing
    // it leaves the window on screen.
    dialog->open();
}

void Desk::onConnectionDialogDone(ui::ConnectionDialog *dialog, const Connection &known)
{
    switch (dialog->outcome()) {
    case ui::ConnectionDialog::Cancelled:
        // The user chose not to connect at all: the one start-up answer that ends the app.
        QCoreApplication::exit(0);
        return;
    case ui::ConnectionDialog::Demo:
        startDemo();
        return;
    case ui::ConnectionDialog::Connect:
        break;
    }
    const QUrl url = dialog->serverUrl();
    const QString token = dialog->token();
    // The server becomes (or stays) a saved connection, and the active one.
    Connection chosen = known;
    if (!known.isSaved() || tokenKeyFor(known.url) != tokenKeyFor(url)) {
        chosen = m_connections->findByUrl(url);
        if (!chosen.isSaved()) {
            Connection fresh;
            fresh.url = url;
            chosen = m_connections->add(fresh);
        }
    }
    if (dialog->rememberToken()) {
        m_session->storeToken(url, token, [this](bool ok, const QString &error) {
            if (ok)
                return;
            // Said in the window, not only on a terminal nobody reads.
            ui::MessageBoxes::warning(
                m_window.get(), tr("Token Not Saved"),
                tr("The token could not be saved in the system keychain. It is kept in memory "
                   "until Zadig Desk quits, and will be asked for again next time."),
                error);
        });
    } else {
        m_session->keepTokenForSession(url, token);
    }
    connectTo(chosen, token);
}

void Desk::connectTo(const Connection &connection, const QString &token)
{
    m_session->activateWith(connection, token);
    if (m_window)
        return;             // the window reloads on activation
    m_client->preconnect(); // TCP and TLS while the window is being built
    openWindow(connection.name.isEmpty() ? connection.url.host() : connection.name);
}

void Desk::openWindow(const QString &serverDescription)
{
    // The first requests go out while fontconfig is still being initialised on the other
    // core; the window, whose widgets all need fonts, is built once it is done.
    auto *startup = new ui::StartupController(m_client, this);
    // Settled details on disk: a second search of a project's images asks the server for none.
    startup->pager()->repository()->setDiskCache(
        std::make_unique<DetailDiskCache>(DetailDiskCache::defaultDirectory()));
    startup->start(m_options.project);
    fontsReady();
    m_window = std::make_unique<ui::MainWindow>(m_client, startup->pager(), startup->projects());
    m_window->setServerDescription(serverDescription);
    if (m_options.check) {
        // No session, so no prompts: --check reports instead of asking.
        connect(startup, &ui::StartupController::firstPageShown, this,
                [this](int total, const QString &project, int rows) {
                    const double ms = double(startupClock().nsecsElapsed()) / 1e6;
                    // The line names the server's generation, known by now or soon after.
                    m_client->detectGeneration(
                        this, [=, this](const Result<ServerGeneration> &generation) {
                            if (!generation)
                                return fail(generation.error());
                            printLine(stdout, u"OK %1 versions in %2 (%3): first page of %4 rows "
                                              u"shown in %5 ms"_s.arg(total)
                                                  .arg(project, checkGenerationName(*generation))
                                                  .arg(rows)
                                                  .arg(ms, 0, 'f', 1));
                            QCoreApplication::exit(0);
                        });
                });
        connect(startup, &ui::StartupController::startupFailed, this,
                [this](const ApiError &error) { fail(error); });
    } else {
        m_window->setSession(m_session);
    }
    startup->showWhenReady(m_window.get());
}

void Desk::openIdleWindow()
{
    if (m_window)
        return;
    fontsReady();
    m_window = std::make_unique<ui::MainWindow>(m_client);
    m_window->setSession(m_session);
    m_window->setProjectToOpen(m_options.project);
    m_window->showDisconnected();
    connect(m_window.get(), &ui::MainWindow::connectRequested, this,
            [this] { askConnection(Connection(), QString()); });
    m_window->show();
}

void Desk::failText(ApiError::Kind kind, const QString &detail)
{
    ApiError error;
    error.kind = kind;
    error.detail = detail;
    fail(error);
}

void Desk::fail(const ApiError &error)
{
    const QString text = oneLine(error.serverText().isEmpty() ? ApiError::kindSummary(error.kind)
                                                              : error.serverText());
    if (m_options.check) {
        printLine(stdout, u"ERROR %1: %2"_s.arg(ApiError::kindName(error.kind), text));
        QCoreApplication::exit(1);
        return;
    }
    printLine(stderr, u"zadig-desk: %1: %2"_s.arg(ApiError::kindName(error.kind), text));
    // Started from a desktop there is no terminal: say it in a window, not only stderr, and
    // quit once it is read.
    ui::MessageBoxes::warning(m_window.get(), tr("Zadig Desk"), tr("Zadig Desk could not start."),
                              text, [] { QCoreApplication::exit(1); });
}

QElapsedTimer &startupClock()
{
    static QElapsedTimer clock;
    return clock;
}

} // namespace zadig
