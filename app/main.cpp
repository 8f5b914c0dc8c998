// zadig-desk: wiring only. Parses the command line, finds a server and a token (demo server,
// --server with ZADIG_TOKEN or the keychain, the saved connection, or the connection dialog),
// and opens the main window. --check goes through the same path and reports one line.

#include "api/zadigclient.h"
#include "connectiondialog.h"
#include "mainwindow.h"
#include "options.h"
#include "settings.h"
#include "simulator.h"
#include "tokenstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QNetworkAccessManager>
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
    explicit Desk(const Options &options) : m_options(options)
    {
        m_client = new ZadigClient(&m_nam, this);
        m_client->setTimeout(Settings().requestTimeoutSeconds() * 1000);
    }

    void start()
    {
        if (m_options.check) {
            QTimer::singleShot(m_options.checkTimeoutSeconds * 1000, this, [this] {
                ApiError error;
                error.kind = ApiError::Kind::Timeout;
                error.detail = u"no first page after %1 s"_s.arg(m_options.checkTimeoutSeconds);
                fail(error);
            });
        }
        if (m_options.demo) {
            startDemo();
            return;
        }
        QUrl server = m_options.server.isEmpty() ? Settings().serverUrl() : m_options.server;
        if (server.isEmpty()) {
            if (m_options.check)
                return failText(ApiError::Kind::Unauthorised,
                                u"no server given (use --server URL or --demo)"_s);
            askConnection(QUrl(), QString());
            return;
        }
        const QString envToken = qEnvironmentVariable("ZADIG_TOKEN").trimmed();
        if (!envToken.isEmpty()) {
            connectTo(server, envToken);
            return;
        }
        m_tokens.read(server, [this, server](bool ok, const QString &token, const QString &) {
            if (ok && !token.isEmpty()) {
                connectTo(server, token);
            } else if (m_options.check) {
                failText(ApiError::Kind::Unauthorised,
                         u"no API token: set ZADIG_TOKEN or save one in the keychain"_s);
            } else {
                askConnection(server, QCoreApplication::translate(
                                          "zadig::Desk", "No saved token was found for this "
                                                         "server in the system keychain."));
            }
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
        m_client->setBaseUrl(m_sim->url());
        m_client->setToken(m_sim->token());
        warmUp(m_sim->url());
        openWindow(QCoreApplication::translate("zadig::Desk", "Demo server"));
    }

    void askConnection(const QUrl &server, const QString &message)
    {
        ui::ConnectionDialog dialog;
        dialog.setServerUrl(server);
        dialog.setMessage(message);
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
        Settings().setServerUrl(dialog.serverUrl());
        if (dialog.rememberToken()) {
            m_tokens.write(dialog.serverUrl(), dialog.token(), [](bool ok, const QString &error) {
                if (!ok) {
                    qWarning("The token could not be saved in the system keychain (%s); it "
                             "will be asked for again next time.",
                             qPrintable(error));
                }
            });
        }
        connectTo(dialog.serverUrl(), dialog.token());
    }

    void connectTo(const QUrl &server, const QString &token)
    {
        m_client->setBaseUrl(server);
        m_client->setToken(token);
        warmUp(server);
        openWindow(server.host());
    }

    // Opens the TCP (and TLS) connection while the window is being built.
    void warmUp(const QUrl &server)
    {
        if (server.scheme() == "https"_L1)
            m_nam.connectToHostEncrypted(server.host(), quint16(server.port(443)));
        else
            m_nam.connectToHost(server.host(), quint16(server.port(80)));
    }

    void openWindow(const QString &serverDescription)
    {
        m_window = std::make_unique<ui::MainWindow>(m_client, nullptr, m_options.project);
        m_window->setServerDescription(serverDescription);
        if (m_options.check) {
            connect(m_window.get(), &ui::MainWindow::firstPageShown, this,
                    [this](int total, const QString &project, int rows) {
                        printLine(stdout, u"OK %1 versions in %2: first page of %3 rows shown "
                                          u"in %4 ms"_s.arg(total)
                                              .arg(project)
                                              .arg(rows)
                                              .arg(g_startup.elapsed()));
                        QCoreApplication::exit(0);
                    });
            connect(m_window.get(), &ui::MainWindow::startupFailed, this,
                    [this](const ApiError &error) { fail(error); });
        }
        m_window->show(); // the first requests went out while the window was being built
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
            QCoreApplication::exit(1);
        } else {
            printLine(stderr, u"zadig-desk: %1: %2"_s.arg(ApiError::kindName(error.kind), text));
            QCoreApplication::exit(1);
        }
    }

    Options m_options;
    QNetworkAccessManager m_nam;
    ZadigClient *m_client = nullptr;
    TokenStore m_tokens;
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
    QApplication app(argc, argv);
    setIdentity();
    installTranslations(app);
    QApplication::setDesktopFileName(u"io.github.zadigdesk.ZadigDesk"_s);

    QString error;
    const auto options = parseOptions(QApplication::arguments(), &error);
    if (!options) {
        printLine(stderr, u"zadig-desk: "_s + error);
        return 2;
    }
    Desk desk(*options);
    QTimer::singleShot(0, &desk, [&desk] { desk.start(); });
    return QApplication::exec();
}
