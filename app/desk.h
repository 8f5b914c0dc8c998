// Desk: zadig-desk's start-up, the object main() runs (and the start-up tests run the same way).
// It finds a server and a token (demo server, --server with ZADIG_TOKEN or the keychain, the
// active saved connection, or the connection dialog) and opens the main window; --check goes
// through the same path and reports one line.
//
// Whatever path start-up takes, a window is on screen before any start-up dialog closes: the
// dialogs are window-modal over the main window (opened with open(), no nested event loop), so
// closing one never leaves the application without a visible window. Only the user's Cancel on
// the first connection dialog, Quit, or --check end the application.
#pragma once

#include "api/apierror.h"
#include "connectiondialog.h"
#include "options.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace zadig {

class ConnectionSession;
struct Connection;
class Connections;
class TokenVault;
class ZadigClient;

namespace sim {
class Simulator;
}
namespace ui {
class MainWindow;
} // namespace ui

class Desk : public QObject
{
    Q_OBJECT

public:
    // `beforeWidgets` runs once before the first widget is built (zadig-desk waits there for its
    // font warm-up). `vault` is the keychain; nullptr means the system's (QtKeychain).
    explicit Desk(const Options &options, std::function<void()> beforeWidgets = {},
                  TokenVault *vault = nullptr, QObject *parent = nullptr);
    ~Desk() override;

    // Begins start-up; call once, from the event loop.
    void start();

    // For the start-up tests: what is on screen now (either may be null).
    ui::MainWindow *window() const { return m_window.get(); }
    ui::ConnectionDialog *connectionDialog() const { return m_dialog; }
    ConnectionSession *session() const { return m_session; }
    Connections *connections() const { return m_connections; }

    // How long the keychain may take before the window opens and says it is waiting for it.
    static constexpr int KeychainGraceMs = 300;

private:
    void startDemo();
    void askConnection(const Connection &known, const QString &message);
    void onConnectionDialogDone(ui::ConnectionDialog *dialog, const Connection &known);
    void connectTo(const Connection &connection, const QString &token);
    void openWindow(const QString &serverDescription);
    // The window, shown at once and not connected yet: the dialogs open over it.
    void openIdleWindow();
    // Runs the font hook once, before the first widget.
    void fontsReady();
    void failText(ApiError::Kind kind, const QString &detail);
    void fail(const ApiError &error);

    Options m_options;
    std::function<void()> m_beforeWidgets;
    QNetworkAccessManager m_nam;
    ZadigClient *m_client = nullptr;
    std::unique_ptr<TokenVault> m_ownVault;
    Connections *m_connections = nullptr; // the saved ones, read once for this run
    ConnectionSession *m_session = nullptr;
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<ui::MainWindow> m_window;
    QPointer<ui::ConnectionDialog> m_dialog;
    bool m_fontsReady = false;
    bool m_tokenRead = false; // the keychain answered the start-up read
};

// Started at the top of main(): --check reports the time from there to the first page.
QElapsedTimer &startupClock();

} // namespace zadig
