// MainWindow's connection UI: the Connection menu and switching, the plain-http banner, the
// certificate and token prompts, the server's generation in the status bar, and the Preferences
// and About dialogs.
#include "mainwindow.h"

#include "aboutdialog.h"
#include "api/zadigclient.h"
#include "certificatedialog.h"
#include "connectiondialog.h"
#include "connections.h"
#include "connectionsdialog.h"
#include "deskstyle.h"
#include "detailpane.h"
#include "messageboxes.h"
#include "preferencesdialog.h"
#include "projectcatalog.h"
#include "settings.h"
#include "statepane.h"
#include "versionrepository.h"
#include "versionsmodel.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QSslCertificate>
#include <QSslError>
#include <QStackedWidget>
#include <QStatusBar>

// Defined in mainwindow.cpp: one "zadig.ui" category for every view.
Q_DECLARE_LOGGING_CATEGORY(lcUi)

using namespace Qt::StringLiterals;

namespace zadig::ui {

void MainWindow::setSession(ConnectionSession *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->connections(), nullptr, this, nullptr);
    }
    m_session = session;
    if (session) {
        connect(session->connections(), &Connections::changed, this,
                &MainWindow::rebuildConnectionMenu);
        connect(session, &ConnectionSession::activated, this, [this](const Connection &c) {
            setServerDescription(c.name.isEmpty() ? c.url.host() : c.name);
            rebuildConnectionMenu(); // the check mark moves, also to or from an unsaved server
            restart();
        });
        connect(session, &ConnectionSession::tokenNeeded, this, &MainWindow::askToken);
        connect(session, &ConnectionSession::caFileFailed, this,
                [this](const Connection &c, const QString &error) {
                    MessageBoxes::warning(
                        this, tr("CA Certificate File Not Used"),
                        tr("The CA certificate file of “%1” could not be used; only the "
                           "system's certificates are trusted.")
                            .arg(c.name),
                        error);
                });
    }
    rebuildConnectionMenu();
    updateConnectionBanner();
}

void MainWindow::restart()
{
    qCInfo(lcUi) << "reloading projects and versions from" << m_client->baseUrl().host();
    m_client->abortAll();
    m_pager->repository()->clear();
    m_pager->setProjectKey(QString());
    m_model->clear();
    m_detail->clearVersion();
    m_selectedId.clear();
    m_projects.clear();
    m_projectCombo->clear();
    m_catalog->clear();
    m_tokenPrompted = false;
    updateConnectionBanner();
    updateTitle();
    start(std::exchange(m_projectToOpen, QString()));
    updateActions();
}

void MainWindow::detectGeneration()
{
    // Shared with any detection already under way, and answered at once once known.
    m_client->detectGeneration(this, [this](const Result<ServerGeneration> &result) {
        if (result) {
            showGeneration(*result);
            return;
        }
        // The versions view keeps what the list said; the status bar says what the server is
        // not. Writes and details are refused by the client meanwhile, with the same words.
        m_generationLabel->setText(tr("Unsupported Zadig server"));
        m_generationLabel->setToolTip(result.error().message());
    });
}

void MainWindow::showGeneration(ServerGeneration generation)
{
    updateActions();
    m_generationLabel->setToolTip(tr("The Zadig release line of the server, as it answered"));
    m_generationLabel->setText(
        generation == ServerGeneration::Unknown ? QString() : generationDisplayName(generation));
}

void MainWindow::retryLoad()
{
    if (m_projects.isEmpty())
        loadProjects();
    else
        m_pager->refresh();
}

void MainWindow::rebuildConnectionMenu()
{
    // The old entries go later, not now: the change that rebuilds the menu may come from one of
    // them being triggered (a switch to a server whose token this run holds is synchronous).
    const QList<QAction *> old = m_connectionMenu->actions();
    for (QAction *action : old) {
        m_connectionMenu->removeAction(action);
        action->deleteLater();
    }
    const QList<QActionGroup *> oldGroups =
        m_connectionMenu->findChildren<QActionGroup *>(Qt::FindDirectChildrenOnly);
    for (QActionGroup *group : oldGroups)
        group->deleteLater();
    const QString currentId = m_session ? m_session->current().id : QString();
    auto *group = new QActionGroup(m_connectionMenu);
    group->setExclusive(true);
    // Without a session (--check) nothing can be switched to, so nothing is listed.
    const QList<Connection> all = m_session ? m_session->connections()->all() : QList<Connection>();
    for (int i = 0; i < all.size(); ++i) {
        const Connection c = all.at(i);
        QAction *action = m_connectionMenu->addAction(c.name);
        action->setObjectName(u"connectTo:"_s + c.id);
        action->setCheckable(true);
        action->setChecked(c.id == currentId);
        action->setToolTip(c.url.toDisplayString());
        action->setStatusTip(c.url.toDisplayString());
        action->setEnabled(m_session != nullptr);
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, id = c.id] {
            if (m_session && (m_session->current().id != id || m_session->isDemo()))
                m_session->activate(id);
        });
    }
    if (all.isEmpty()) {
        QAction *none = m_connectionMenu->addAction(tr("No saved connections"));
        none->setEnabled(false);
    }
    m_connectionMenu->addSeparator();
    QAction *manage = m_connectionMenu->addAction(tr("&Manage Connections…"));
    manage->setObjectName(u"manageConnectionsAction"_s);
    manage->setEnabled(m_session != nullptr);
    connect(manage, &QAction::triggered, this, &MainWindow::manageConnections);
}

void MainWindow::updateConnectionBanner()
{
    const QUrl url = m_client->baseUrl();
    const bool insecure = isInsecureUrl(url);
    if (insecure) {
        m_insecureText->setText(
            tr("This connection to %1 uses http://: the API token and all data travel "
               "unencrypted. Use https:// unless this network is trusted.")
                .arg(url.host()));
    }
    m_insecureBanner->setVisible(insecure);
}

void MainWindow::changeEvent(QEvent *event)
{
    // The window's own palette is the application's: the banner's colours are derived from it
    // again, as the colours set in the banner's palette would otherwise stay light.
    if (event->type() == QEvent::PaletteChange && m_insecureBanner)
        setWarningBannerColors(m_insecureBanner, palette());
    QMainWindow::changeEvent(event);
}

void MainWindow::onCertificateRejected(const QSslCertificate &certificate,
                                       const QList<QSslError> &errors, const QString &host)
{
    if (m_certificatePrompt)
        return; // another call failed on the same certificate: one question is enough
    if (host != m_client->baseUrl().host())
        return; // a call to a server we have left
    const QString fingerprint = ZadigClient::fingerprint(certificate);
    if (m_client->pinnedCertificates().contains(fingerprint)) {
        retryLoad(); // trusted meanwhile
        return;
    }
    const Connection current = m_session ? m_session->current() : Connection();
    auto *dialog = new CertificateDialog(certificate, errors, host,
                                         current.isSaved() ? current.name : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_certificatePrompt = dialog;
    connect(dialog, &QDialog::accepted, this, [this, certificate] {
        if (m_session) {
            m_session->trustCertificate(certificate);
        } else {
            QStringList pins = m_client->pinnedCertificates();
            pins.append(ZadigClient::fingerprint(certificate));
            m_client->setPinnedCertificates(pins);
        }
        statusBar()->showMessage(tr("Certificate trusted; loading again…"), 5000);
        retryLoad();
    });
    dialog->open();
}

void MainWindow::askToken(const Connection &connection, const QString &reason)
{
    if (!m_session)
        return;
    if (m_tokenPrompt) {
        m_tokenPrompt->raise();
        return;
    }
    auto *dialog = new ConnectionDialog(this);
    m_tokenPrompt = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Token for %1").arg(connection.name));
    dialog->setServerUrl(connection.url);
    dialog->setServerEditable(false);
    dialog->setDemoAvailable(false);
    dialog->setMessage(reason);
    dialog->setKeychainAvailable(m_session->keychainAvailable());
    connect(dialog, &QDialog::accepted, this, [this, dialog, connection] {
        if (dialog->outcome() != ConnectionDialog::Connect || !m_session)
            return;
        const QString token = dialog->token();
        if (dialog->rememberToken()) {
            m_session->storeToken(connection.url, token, [this](bool ok, const QString &error) {
                if (!ok) {
                    MessageBoxes::warning(
                        this, tr("Token Not Saved"),
                        tr("The token could not be saved in the system keychain. It is kept in "
                           "memory until Zadig Desk quits, and will be asked for again next "
                           "time."),
                        error);
                }
            });
        } else {
            m_session->keepTokenForSession(connection.url, token);
        }
        m_session->activateWith(connection, token);
    });
    dialog->open();
}

void MainWindow::manageConnections()
{
    if (!m_session)
        return;
    auto *dialog = new ConnectionsDialog(m_session->connections(), m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->outcome() == ConnectionsDialog::Connect && !dialog->chosenId().isEmpty())
            m_session->activate(dialog->chosenId());
        else
            m_session->reapply(); // the current connection may have been edited
    });
    dialog->open();
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        const Connection current = m_session ? m_session->current() : Connection();
        m_client->setTimeout(effectiveTimeoutSeconds(current) * 1000);
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace zadig::ui
