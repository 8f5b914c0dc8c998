// zadig-desk: wiring only. Parses the command line, finds a server and a token (demo server,
// --server with ZADIG_TOKEN or the keychain, the active saved connection, or the connection
// dialog), and opens the main window. --check goes through the same path and reports one line.

#include "api/zadigclient.h"
#include "connectiondialog.h"
#include "connections.h"
#include "deskstyle.h"
#include "fontwarmup.h"
#include "interfacefont.h"
#include "mainwindow.h"
#include "messageboxes.h"
#include "options.h"
#include "settings.h"
#include "simulator.h"
#include "tokenstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace zadig;

namespace {

QElapsedTimer g_startup;

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

class Desk : public QObject
{
public:
    Desk(const Options &options, FontWarmUp *fonts) : m_options(options), m_fonts(fonts)
    {
        // No timeout here: activating a connection sets the connection's own (or the default).
        m_client = new ZadigClient(&m_nam, this);
        m_session = new ConnectionSession(m_client, &m_tokens, this);
    }

    void start()
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
            connection = Connections().findByUrl(m_options.server);
            if (!connection.isSaved()) {
                connection.url = m_options.server;
                connection.name = Connections::defaultName(m_options.server);
            }
        } else {
            connection = Connections().active();
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
        m_session->readToken(connection.url,
                             [this, connection](const QString &token, const QString &why) {
                                 if (!token.isEmpty())
                                     connectTo(connection, token);
                                 else if (m_options.check)
                                     failText(ApiError::Kind::Unauthorised,
                                              u"no API token: set ZADIG_TOKEN or save one in "
                                              u"the keychain"_s);
                                 else
                                     askConnection(connection, why);
                             });
    }

private:
    void startDemo()
    {
        m_sim = std::make_unique<sim::Simulator>();
        if (!m_sim->loadSeed(m_options.seed))
            return failText(ApiError::Kind::Network, u"unknown demo seed: "_s + m_options.seed);
        if (!m_sim->listen(QHostAddress::LocalHost, 0))
            return failText(ApiError::Kind::Network, u"the demo server could not listen"_s);
        m_session->activateDemo(m_sim->url(), m_sim->token());
        m_client->preconnect();
        openWindow(QCoreApplication::translate("zadig::Desk", "Demo server"));
    }

    void askConnection(const Connection &known, const QString &message)
    {
        m_fonts->wait();
        ui::ConnectionDialog dialog;
        dialog.setServerUrl(known.url);
        dialog.setMessage(message);
        dialog.setKeychainAvailable(m_session->keychainAvailable());
        dialog.exec();
        switch (dialog.outcome()) {
        case ui::ConnectionDialog::Cancelled:
            QCoreApplication::exit(0);
            return;
        case ui::ConnectionDialog::Demo:
            startDemo();
            return;
        case ui::ConnectionDialog::Connect:
            break;
        }
        const QUrl url = dialog.serverUrl();
        const QString token = dialog.token();
        // The server becomes (or stays) a saved connection, and the active one.
        Connection chosen = known;
        if (!known.isSaved() || tokenKeyFor(known.url) != tokenKeyFor(url)) {
            Connections connections;
            chosen = connections.findByUrl(url);
            if (!chosen.isSaved()) {
                Connection fresh;
                fresh.url = url;
                chosen = connections.add(fresh);
            }
        }
        if (dialog.rememberToken()) {
            m_session->storeToken(url, token, [this](bool ok, const QString &error) {
                if (ok)
                    return;
                // Said in the window, not only on a terminal nobody reads.
                QTimer::singleShot(0, this, [this, error] {
                    ui::MessageBoxes::warning(
                        m_window.get(),
                        QCoreApplication::translate("zadig::Desk", "Token Not Saved"),
                        QCoreApplication::translate(
                            "zadig::Desk",
                            "The token could not be saved in the system keychain. It is kept "
                            "in memory until Zadig Desk quits, and will be asked for again "
                            "next time."),
                        error);
                });
            });
        } else {
            m_session->keepTokenForSession(url, token);
        }
        connectTo(chosen, token);
    }

    void connectTo(const Connection &connection, const QString &token)
    {
        m_session->activateWith(connection, token);
        m_client->preconnect(); // TCP and TLS while the window is being built
        openWindow(connection.name.isEmpty() ? connection.url.host() : connection.name);
    }

    void openWindow(const QString &serverDescription)
    {
        // The first requests go out while fontconfig is still being initialised on the other
        // core; the widgets, which all need fonts, are built once it is done.
        m_window = std::make_unique<ui::MainWindow>(m_client, nullptr, m_options.project,
                                                    [this] { m_fonts->wait(); });
        m_window->setSession(m_session);
        m_window->setServerDescription(serverDescription);
        if (m_options.check) {
            connect(m_window.get(), &ui::MainWindow::firstPageShown, this,
                    [this](int total, const QString &project, int rows) {
                        printLine(stdout,
                                  u"OK %1 versions in %2: first page of %3 rows shown "
                                  u"in %4 ms"_s.arg(total)
                                      .arg(project)
                                      .arg(rows)
                                      .arg(double(g_startup.nsecsElapsed()) / 1e6, 0, 'f', 1));
                        QCoreApplication::exit(0);
                    });
            connect(m_window.get(), &ui::MainWindow::startupFailed, this,
                    [this](const ApiError &error) { fail(error); });
        }
        // The first requests went out while the window was being built.
        m_window->showWhenReady();
    }

    void failText(ApiError::Kind kind, const QString &detail)
    {
        ApiError error;
        error.kind = kind;
        error.detail = detail;
        fail(error);
    }

    void fail(const ApiError &error)
    {
        const QString text = oneLine(
            error.serverText().isEmpty() ? ApiError::kindSummary(error.kind) : error.serverText());
        if (m_options.check) {
            printLine(stdout, u"ERROR %1: %2"_s.arg(ApiError::kindName(error.kind), text));
        } else {
            printLine(stderr, u"zadig-desk: %1: %2"_s.arg(ApiError::kindName(error.kind), text));
            // Started from a desktop there is no terminal: say it in a window, not only stderr.
            ui::MessageBoxes::warning(
                nullptr, QCoreApplication::translate("zadig::Desk", "Zadig Desk"),
                QCoreApplication::translate("zadig::Desk", "Zadig Desk could not start."), text);
        }
        QCoreApplication::exit(1);
    }

    Options m_options;
    FontWarmUp *m_fonts;
    QNetworkAccessManager m_nam;
    ZadigClient *m_client = nullptr;
    TokenStore m_tokens;
    ConnectionSession *m_session = nullptr;
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace

static void setIdentity()
{
    QCoreApplication::setOrganizationName(u"ZadigDesk"_s);
    QCoreApplication::setOrganizationDomain(u"zadigdesk.github.io"_s);
    QCoreApplication::setApplicationName(u"Zadig Desk"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(ZADIG_VERSION_STRING));
}

// The UI follows the Language preference, else the system locale.
static void installTranslations(QCoreApplication &app)
{
    const QString language = Settings().language();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, u"zadig-desk"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
}

// --help and --version must work without a display (packaging checks, SSH sessions).
static bool wantsInfoOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" ||
            arg == "-v")
            return true;
    }
    return false;
}

int main(int argc, char *argv[])
{
    g_startup.start();
    if (wantsInfoOnly(argc, argv)) {
        QCoreApplication core(argc, argv);
        setIdentity();
        installTranslations(core);
        QString error;
        parseOptions(QCoreApplication::arguments(), &error); // prints and exits
        return 0;
    }
    FontWarmUp fonts; // before QApplication, to overlap with it
    QApplication app(argc, argv);
    // Joined before `app` goes, whatever the way out: Qt's font database destroys fontconfig's
    // configuration with it, which must not happen while FcInit is still running.
    const auto joinFonts = qScopeGuard([&fonts] { fonts.wait(); });
    setIdentity();
    installTranslations(app);
    QApplication::setDesktopFileName(u"io.github.zadigdesk.ZadigDesk"_s);
    ui::useUnshapedInterfaceFont();
#ifndef Q_OS_MACOS
    // The platform's style, with the icons widgets ask for but seldom paint resolved late. Not on
    // macOS, where Qt treats its own style specially and the menu bar is the system's.
    QApplication::setStyle(new ui::DeskStyle(QApplication::style()));
#endif

    QString error;
    const auto options = parseOptions(QApplication::arguments(), &error);
    if (!options) {
        printLine(stderr, u"zadig-desk: "_s + error);
        return 2;
    }
    Desk desk(*options, &fonts);
    QTimer::singleShot(0, &desk, [&desk] { desk.start(); });
    return QApplication::exec();
}
