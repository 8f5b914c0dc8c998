// Saved connections and what is built on them: the Connections store (settings, adoption of the
// old single server, unique names, pins), the http:// rule, CA files, the ConnectionSession
// (tokens from the vault or this run's memory, switching, trust), the connection manager, the
// certificate prompt, the main window switching servers and asking about certificates over real
// HTTPS, and the Preferences and About dialogs. Widgets run offscreen against the simulator.
#include "aboutdialog.h"
#include "api/zadigclient.h"
#include "certificatedialog.h"
#include "connectiondialog.h"
#include "connections.h"
#include "connectionsdialog.h"
#include "mainwindow.h"
#include "messageboxes.h"
#include "preferencesdialog.h"
#include "settings.h"
#include "simulator.h"
#include "statepane.h"
#include "testsettings.h"
#include "versionsmodel.h"

#include "fakevault.h"
#include "missingtool.h"
#include "nextturn.h"
#include "testcertificates.h"
#include "testpalettes.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace zadig;
using namespace zadig::test;

namespace {

constexpr int Patience = 20000; // ms; generous, the machine may be busy

Connection makeConnection(const QString &name, const QUrl &url)
{
    Connection c;
    c.name = name;
    c.url = url;
    return c;
}

} // namespace

class TestConnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // rules
    void insecureUrls_data();
    void insecureUrls();
    void userInputUrls_data();
    void userInputUrls();
    void caFiles_data();
    void caFiles();

    // the store
    void savedAndReadBack();
    void adoptsTheSingleServerOfEarlierVersions();
    void namesAreUnique();
    void removingTheActiveOneActivatesAnother();
    void pinsAreNormalisedAndKeptOnce();
    void applyConnectionConfiguresTheClient();

    // the session
    void activateReadsTheTokenAndSwitches();
    void missingTokenIsAskedFor();
    void unavailableKeychainIsSaidAndTokenKeptInMemory();
    void theLastActivationWins();
    void trustedCertificateIsRemembered();

    // the connection manager
    void managerAddsEditsAndSaves();
    void managerWarnsAboutPlainHttp_data();
    void managerWarnsAboutPlainHttp();
    void managerRefusesAnUnusableCaFile();
    void managerSetTokenWithoutKeychain();
    void managerSetTokenButtonAsksWithoutBlocking();
    void managerBrowseFillsTheCaFile();
    void managerRemoveForgetsTheToken();
    void managerConnectPicksTheSelected();
    void managerForgetsATrustedCertificate();
    void firstRunDialogWarnsAboutPlainHttp_data();
    void firstRunDialogWarnsAboutPlainHttp();

    // the main window
    void switchingReloadsProjectsAndVersions();
    void tokenIsAskedWhenSwitchingToAServerWithout();
    void connectionMenuFollowsTheStore();
    void bannerForPlainHttpOnAnotherMachine();
    void bannerAndWarningsFollowThePalette();
    void untrustedCertificateAsksThenTrustLoads();
    void untrustedCertificateCancelledStaysAnError();

    // dialogs
    void certificateDialogShowsWhatIsWrong();
    void describeErrors_data();
    void describeErrors();
    void preferencesSaveLanguageAndTimeout();
    void aboutShowsVersionsAndLinks();

private:
    sim::Simulator *startSim(const QString &seed, const QString &token);
    void newClient();
    ui::MainWindow *openWindow();
    bool tableShows(int total) const;
    static QList<QAction *> connectionActions(ui::MainWindow *window);

    QTemporaryDir m_settingsDir;
    TestCertificates m_certificates;
    bool m_haveCertificates = false;
    std::vector<std::unique_ptr<sim::Simulator>> m_sims;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ZadigClient> m_client;
    std::unique_ptr<FakeVault> m_vault;
    std::unique_ptr<Connections> m_connections; // the one store the session and window share
    std::unique_ptr<ConnectionSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestConnections::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::useTemporarySettings(m_settingsDir, u"tst_connections"_s);
    m_haveCertificates = QSslSocket::supportsSsl() &&
                         !TestCertificates::opensslProgram().isEmpty() && m_certificates.generate();
}

void TestConnections::init()
{
    QSettings().clear();
    ui::MessageBoxes::clear();
    ui::MessageBoxes::setRecordOnly(true);
    m_vault = std::make_unique<FakeVault>();
    m_connections = std::make_unique<Connections>();
    newClient();
}

void TestConnections::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_client.reset();
    m_nam.reset();
    m_connections.reset();
    m_vault.reset();
    m_sims.clear();
    QSettings().clear();
    ui::MessageBoxes::clear();
    ui::MessageBoxes::setRecordOnly(false);
}

sim::Simulator *TestConnections::startSim(const QString &seed, const QString &token)
{
    auto sim = std::make_unique<sim::Simulator>();
    if (!sim->loadSeed(seed))
        return nullptr;
    sim->setToken(token);
    if (!sim->listen())
        return nullptr;
    m_sims.push_back(std::move(sim));
    return m_sims.back().get();
}

void TestConnections::newClient()
{
    m_session.reset();
    m_client.reset();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ZadigClient>(m_nam.get());
    m_session =
        std::make_unique<ConnectionSession>(m_client.get(), m_connections.get(), m_vault.get());
}

ui::MainWindow *TestConnections::openWindow()
{
    m_window = std::make_unique<ui::MainWindow>(m_client.get());
    m_window->start();
    m_window->setSession(m_session.get());
    m_window->show();
    return m_window.get();
}

bool TestConnections::tableShows(int total) const
{
    return m_window && m_window->pager()->state() == VersionsPager::State::Loaded &&
           m_window->pager()->total() == total;
}

QList<QAction *> TestConnections::connectionActions(ui::MainWindow *window)
{
    auto *menu = window->findChild<QMenu *>(u"connectionMenu"_s);
    if (!menu)
        return {};
    QList<QAction *> result;
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->objectName().startsWith(u"connectTo:"_s))
            result << action;
    }
    return result;
}

// --- rules --------------------------------------------------------------------------------

void TestConnections::insecureUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("insecure");
    QTest::newRow("https") << u"https://zadig.example.com"_s << false;
    QTest::newRow("http to a server") << u"http://zadig.example.com"_s << true;
    QTest::newRow("http to a private address") << u"http://10.0.0.5:8080"_s << true;
    QTest::newRow("http to localhost") << u"http://localhost:8080"_s << false;
    QTest::newRow("http to LOCALHOST") << u"http://LOCALHOST"_s << false;
    QTest::newRow("http to 127.0.0.1") << u"http://127.0.0.1:34567"_s << false;
    QTest::newRow("http to 127.8.9.10") << u"http://127.8.9.10"_s << false;
    QTest::newRow("http to ::1") << u"http://[::1]:8080"_s << false;
    QTest::newRow("a name that starts like loopback") << u"http://127.example.com"_s << true;
    QTest::newRow("a name that ends like localhost") << u"http://localhost.example.com"_s << true;
    QTest::newRow("https to a loopback") << u"https://127.0.0.1"_s << false;
}

void TestConnections::insecureUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, insecure);
    QCOMPARE(isInsecureUrl(QUrl(url)), insecure);
}

void TestConnections::userInputUrls_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("url"); // empty: not usable
    QTest::newRow("host only means https")
        << u"zadig.example.com"_s << u"https://zadig.example.com"_s;
    QTest::newRow("blanks and trailing slash")
        << u"  https://zadig.example.com/  "_s << u"https://zadig.example.com"_s;
    QTest::newRow("prefix behind a proxy")
        << u"https://example.com/zadig/"_s << u"https://example.com/zadig"_s;
    QTest::newRow("http with a port") << u"http://10.0.0.5:8080"_s << u"http://10.0.0.5:8080"_s;
    QTest::newRow("another scheme") << u"ftp://zadig.example.com"_s << QString();
    QTest::newRow("user info") << u"https://me:secret@zadig.example.com"_s << QString();
    QTest::newRow("a query") << u"https://zadig.example.com/?x=1"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("no host") << u"https://"_s << QString();
}

void TestConnections::userInputUrls()
{
    QFETCH(QString, typed);
    QFETCH(QString, url);
    const QUrl parsed = serverUrlFromUserInput(typed);
    QCOMPARE(isUsableServerUrl(parsed), !url.isEmpty());
    if (!url.isEmpty())
        QCOMPARE(parsed, QUrl(url));
}

void TestConnections::caFiles_data()
{
    QTest::addColumn<QString>("file"); // ca-pem | ca-der | two | missing | garbage | empty
    QTest::addColumn<int>("count");    // 0: an error
    QTest::newRow("PEM") << u"ca-pem"_s << 1;
    QTest::newRow("DER") << u"ca-der"_s << 1;
    QTest::newRow("two certificates in one PEM") << u"two"_s << 2;
    QTest::newRow("missing") << u"missing"_s << 0;
    QTest::newRow("not a certificate") << u"garbage"_s << 0;
    QTest::newRow("empty file") << u"empty"_s << 0;
}

void TestConnections::caFiles()
{
    QFETCH(QString, file);
    QFETCH(int, count);
    QTemporaryDir dir;
    QString path = dir.filePath(file);
    auto write = [&path](const QByteArray &data) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(data);
    };
    if (file.startsWith(u"ca"_s) || file == "two"_L1) {
        if (!m_haveCertificates)
            ZADIG_SKIP_MISSING("needs openssl and a TLS backend");
        if (file == "ca-pem"_L1)
            path = m_certificates.ca.certificateFile;
        else if (file == "ca-der"_L1)
            write(m_certificates.ca.certificate.toDer());
        else
            write(m_certificates.ca.certificate.toPem() +
                  m_certificates.selfSigned.certificate.toPem());
    } else if (file == "garbage"_L1) {
        write("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n");
    } else if (file == "empty"_L1) {
        write(QByteArray());
    }
    QString error;
    const QList<QSslCertificate> certificates = loadCaFile(path, &error);
    QCOMPARE(certificates.size(), count);
    QCOMPARE(error.isEmpty(), count > 0);
}

// --- the store ----------------------------------------------------------------------------

void TestConnections::savedAndReadBack()
{
    Connection prod = makeConnection(u"Production"_s, QUrl(u"https://zadig.example.com"_s));
    prod.caFile = u"/etc/company-ca.pem"_s;
    prod.timeoutSeconds = 90;
    {
        Connections connections;
        QVERIFY(connections.isEmpty());
        prod = connections.add(prod);
        connections.add(makeConnection(u"Lab"_s, QUrl(u"http://10.0.0.5:8080"_s)));
        QVERIFY(!prod.id.isEmpty());
        QCOMPARE(connections.activeId(), prod.id); // the first one saved
    }
    const Connections again; // read from the settings
    QCOMPARE(again.all().size(), 2);
    QCOMPARE(again.find(prod.id), prod);
    QCOMPARE(again.active().name, u"Production"_s);
    const Connection lab = again.findByUrl(QUrl(u"http://10.0.0.5:8080/"_s));
    QCOMPARE(lab.name, u"Lab"_s);

    Connections edit;
    Connection changed = lab;
    changed.name = u"Laboratory"_s;
    QVERIFY(edit.update(changed));
    QVERIFY(edit.setActive(lab.id));
    QCOMPARE(Connections().active().name, u"Laboratory"_s);
    QVERIFY(!edit.setActive(u"no-such-id"_s));
}

void TestConnections::adoptsTheSingleServerOfEarlierVersions()
{
    Settings().setServerUrl(QUrl(u"https://old.example.com"_s));
    const Connections connections;
    QCOMPARE(connections.all().size(), 1);
    QCOMPARE(connections.active().url, QUrl(u"https://old.example.com"_s));
    QCOMPARE(connections.active().name, u"old.example.com"_s);
    QVERIFY(Settings().serverUrl().isEmpty()); // adopted once, not again after a removal
    Connections removing;
    QVERIFY(removing.remove(removing.activeId()));
    QVERIFY(Connections().isEmpty());
}

void TestConnections::namesAreUnique()
{
    Connections connections;
    const Connection a =
        connections.add(makeConnection(QString(), QUrl(u"https://z.example.com"_s)));
    const Connection b =
        connections.add(makeConnection(QString(), QUrl(u"https://z.example.com:8443"_s)));
    const Connection c =
        connections.add(makeConnection(u"Z.EXAMPLE.COM"_s, QUrl(u"https://z2.example.com"_s)));
    QCOMPARE(a.name, u"z.example.com"_s);
    QCOMPARE(b.name, u"z.example.com:8443"_s);
    QCOMPARE(c.name, u"Z.EXAMPLE.COM (2)"_s);
    QVERIFY(a.id != b.id && b.id != c.id);
}

void TestConnections::removingTheActiveOneActivatesAnother()
{
    Connections connections;
    const Connection a = connections.add(makeConnection(u"A"_s, QUrl(u"https://a.example.com"_s)));
    const Connection b = connections.add(makeConnection(u"B"_s, QUrl(u"https://b.example.com"_s)));
    QCOMPARE(connections.activeId(), a.id);
    QVERIFY(connections.remove(a.id));
    QCOMPARE(Connections().activeId(), b.id);
    QVERIFY(!connections.remove(a.id));
}

void TestConnections::pinsAreNormalisedAndKeptOnce()
{
    Connections connections;
    const Connection a = connections.add(makeConnection(u"A"_s, QUrl(u"https://a.example.com"_s)));
    const QString hex = u"ab"_s.repeated(32);
    QString colons;
    for (int i = 0; i < 32; ++i)
        colons += (i ? u":"_s : QString()) + u"AB"_s;
    QVERIFY(connections.pin(a.id, colons));
    QVERIFY(connections.pin(a.id, hex));
    QVERIFY(!connections.pin(a.id, u"not a fingerprint"_s));
    QCOMPARE(Connections().find(a.id).pinnedFingerprints, QStringList{hex});
}

void TestConnections::applyConnectionConfiguresTheClient()
{
    Settings().setRequestTimeoutSeconds(45);
    Connection c = makeConnection(u"A"_s, QUrl(u"https://a.example.com/zadig"_s));
    c.pinnedFingerprints = {u"cd"_s.repeated(32)};
    QString error;
    QVERIFY(applyConnection(c, m_client.get(), &error));
    QCOMPARE(m_client->baseUrl(), c.url);
    QCOMPARE(m_client->timeout(), 45'000); // the Preferences default
    QCOMPARE(m_client->pinnedCertificates(), c.pinnedFingerprints);
    QVERIFY(m_client->caCertificates().isEmpty());

    c.timeoutSeconds = 120;
    c.caFile = m_settingsDir.filePath(u"missing.pem"_s);
    QVERIFY(!applyConnection(c, m_client.get(), &error));
    QVERIFY(error.contains(u"missing.pem"_s));
    QCOMPARE(m_client->timeout(), 120'000); // the rest is applied anyway

    if (!m_haveCertificates)
        return;
    c.caFile = m_certificates.ca.certificateFile;
    QVERIFY(applyConnection(c, m_client.get(), &error));
    QCOMPARE(m_client->caCertificates(), QList<QSslCertificate>{m_certificates.ca.certificate});
}

// --- the session --------------------------------------------------------------------------

void TestConnections::activateReadsTheTokenAndSwitches()
{
    sim::Simulator *a = startSim(u"demo"_s, u"token-a"_s);
    sim::Simulator *b = startSim(u"large:3"_s, u"token-b"_s);
    QVERIFY(a && b);
    Connections &connections = *m_connections;
    const Connection ca = connections.add(makeConnection(u"A"_s, a->url()));
    const Connection cb = connections.add(makeConnection(u"B"_s, b->url()));
    m_vault->tokens.insert(tokenKeyFor(a->url()), u"token-a"_s);
    m_vault->tokens.insert(tokenKeyFor(b->url()), u"token-b"_s);

    QSignalSpy activated(m_session.get(), &ConnectionSession::activated);
    m_session->activate(cb.id);
    QTRY_COMPARE_WITH_TIMEOUT(activated.count(), 1, Patience);
    QCOMPARE(activated.at(0).at(0).value<Connection>().id, cb.id);
    QCOMPARE(m_session->current().id, cb.id);
    QCOMPARE(m_client->baseUrl(), b->url());
    QCOMPARE(Connections().activeId(), cb.id); // remembered for the next start

    // The client now really talks to B with B's token.
    std::optional<Result<VersionPage>> page;
    m_client->listVersions(u"mall"_s, 1, 20, this,
                           [&page](const Result<VersionPage> &r) { page.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(page.has_value(), Patience);
    QVERIFY(page->ok());
    QCOMPARE(page->value().total, 3);
    QCOMPARE(b->requests().constLast().authorization, "Bearer token-b"_ba);
    Q_UNUSED(ca)
}

void TestConnections::missingTokenIsAskedFor()
{
    Connections &connections = *m_connections;
    const Connection c = connections.add(makeConnection(u"A"_s, QUrl(u"https://a.example.com"_s)));
    QSignalSpy activated(m_session.get(), &ConnectionSession::activated);
    QSignalSpy needed(m_session.get(), &ConnectionSession::tokenNeeded);
    m_session->activate(c.id);
    QTRY_COMPARE_WITH_TIMEOUT(needed.count(), 1, Patience);
    QCOMPARE(needed.at(0).at(0).value<Connection>().id, c.id);
    QVERIFY(!needed.at(0).at(1).toString().isEmpty());
    QCOMPARE(activated.count(), 0);
    QVERIFY(m_session->keychainAvailable()); // not found is not "no keychain"
}

void TestConnections::unavailableKeychainIsSaidAndTokenKeptInMemory()
{
    m_vault->available = false;
    const QUrl url(u"https://a.example.com"_s);
    Connections &connections = *m_connections;
    const Connection c = connections.add(makeConnection(u"A"_s, url));

    QSignalSpy needed(m_session.get(), &ConnectionSession::tokenNeeded);
    m_session->activate(c.id);
    QTRY_COMPARE_WITH_TIMEOUT(needed.count(), 1, Patience);
    QVERIFY2(needed.at(0).at(1).toString().contains(u"keychain"_s),
             qPrintable(needed.at(0).at(1).toString()));
    QVERIFY(!m_session->keychainAvailable());

    std::optional<bool> stored;
    QString error;
    m_session->storeToken(url, u"kept-in-memory"_s, [&](bool ok, const QString &e) {
        stored = ok;
        error = e;
    });
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), Patience);
    QVERIFY(!*stored);
    QVERIFY(!error.isEmpty());
    QVERIFY(m_session->hasSessionToken(url));
    QVERIFY(m_vault->tokens.isEmpty());

    // Switching back in the same run needs no question.
    QSignalSpy activated(m_session.get(), &ConnectionSession::activated);
    const int readsBefore = m_vault->reads;
    m_session->activate(c.id);
    QTRY_COMPARE_WITH_TIMEOUT(activated.count(), 1, Patience);
    QCOMPARE(m_vault->reads, readsBefore); // this run's memory answered
    QCOMPARE(needed.count(), 1);

    m_session->forgetToken(url);
    QVERIFY(!m_session->hasSessionToken(url));
}

void TestConnections::theLastActivationWins()
{
    Connections &connections = *m_connections;
    const Connection a = connections.add(makeConnection(u"A"_s, QUrl(u"https://a.example.com"_s)));
    const Connection b = connections.add(makeConnection(u"B"_s, QUrl(u"https://b.example.com"_s)));
    m_vault->tokens.insert(tokenKeyFor(a.url), u"ta"_s);
    m_vault->tokens.insert(tokenKeyFor(b.url), u"tb"_s);
    QSignalSpy activated(m_session.get(), &ConnectionSession::activated);
    m_session->activate(a.id);
    m_session->activate(b.id); // before A's token arrived
    // Both answers are in: A's late one must not have activated anything.
    QTRY_COMPARE_WITH_TIMEOUT(m_vault->readsAnswered, 2, Patience);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(m_session->current().id, b.id);
}

void TestConnections::trustedCertificateIsRemembered()
{
    if (!m_haveCertificates)
        ZADIG_SKIP_MISSING("needs openssl and a TLS backend");
    Connections &connections = *m_connections;
    const Connection c = connections.add(makeConnection(u"A"_s, QUrl(u"https://a.example.com"_s)));
    m_session->activateWith(c, u"t"_s);
    m_session->trustCertificate(m_certificates.selfSigned.certificate);
    const QString fingerprint = ZadigClient::fingerprint(m_certificates.selfSigned.certificate);
    QCOMPARE(m_client->pinnedCertificates(), QStringList{fingerprint});
    QCOMPARE(Connections().find(c.id).pinnedFingerprints, QStringList{fingerprint});

    // A server that is not saved is trusted for this run only.
    Connection transient = makeConnection(u"B"_s, QUrl(u"https://b.example.com"_s));
    m_session->activateWith(transient, u"t"_s);
    m_session->trustCertificate(m_certificates.leaf.certificate);
    QCOMPARE(m_client->pinnedCertificates(),
             QStringList{ZadigClient::fingerprint(m_certificates.leaf.certificate)});
    QCOMPARE(Connections().all().size(), 1);
    QCOMPARE(Connections().find(c.id).pinnedFingerprints, QStringList{fingerprint});
}

// --- the connection manager ---------------------------------------------------------------

void TestConnections::managerAddsEditsAndSaves()
{
    ui::ConnectionsDialog dialog(m_connections.get(), m_session.get());
    dialog.show();
    auto *add = dialog.findChild<QPushButton *>(u"addConnectionButton"_s);
    auto *name = dialog.findChild<QLineEdit *>(u"connectionNameEdit"_s);
    auto *url = dialog.findChild<QLineEdit *>(u"connectionUrlEdit"_s);
    auto *timeout = dialog.findChild<QSpinBox *>(u"timeoutSpin"_s);
    auto *save = dialog.findChild<QPushButton *>(u"saveButton"_s);
    QVERIFY(add && name && url && timeout && save);

    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(dialog.connections().size(), 1);
    QVERIFY(!save->isEnabled()); // no address yet
    QTest::keyClicks(url, u"zadig.example.com"_s);
    QCOMPARE(name->text(), u"zadig.example.com"_s); // the name follows the address
    QVERIFY(save->isEnabled());
    name->clear();
    QTest::keyClicks(name, u"Production"_s);
    timeout->setValue(90);

    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.outcome(), ui::ConnectionsDialog::Saved);
    const Connections saved;
    QCOMPARE(saved.all().size(), 1);
    const Connection c = saved.all().constFirst();
    QCOMPARE(c.name, u"Production"_s);
    QCOMPARE(c.url, QUrl(u"https://zadig.example.com"_s));
    QCOMPARE(c.timeoutSeconds, 90);
}

void TestConnections::managerWarnsAboutPlainHttp_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("warned");
    QTest::newRow("http to a server") << u"http://zadig.example.com"_s << true;
    QTest::newRow("https") << u"https://zadig.example.com"_s << false;
    QTest::newRow("http to this machine") << u"http://127.0.0.1:8080"_s << false;
}

void TestConnections::managerWarnsAboutPlainHttp()
{
    QFETCH(QString, url);
    QFETCH(bool, warned);
    ui::ConnectionsDialog dialog(m_connections.get(), m_session.get());
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"addConnectionButton"_s), Qt::LeftButton);
    auto *edit = dialog.findChild<QLineEdit *>(u"connectionUrlEdit"_s);
    auto *warning = dialog.findChild<QLabel *>(u"insecureWarning"_s);
    QVERIFY(edit && warning);
    QVERIFY(!warning->isVisible());
    QTest::keyClicks(edit, url);
    QCOMPARE(warning->isVisible(), warned);
}

void TestConnections::managerRefusesAnUnusableCaFile()
{
    m_connections->add(makeConnection(u"A"_s, QUrl(u"https://a.example.com"_s)));
    ui::ConnectionsDialog dialog(m_connections.get(), m_session.get());
    dialog.show();
    auto *ca = dialog.findChild<QLineEdit *>(u"caFileEdit"_s);
    auto *save = dialog.findChild<QPushButton *>(u"saveButton"_s);
    auto *connectButton = dialog.findChild<QPushButton *>(u"connectButton"_s);
    auto *problem = dialog.findChild<QLabel *>(u"connectionProblem"_s);
    QVERIFY(ca && save && connectButton && problem);
    QVERIFY(save->isEnabled());
    ca->setText(m_settingsDir.filePath(u"nope.pem"_s));
    QVERIFY(!save->isEnabled());
    QVERIFY(!connectButton->isEnabled());
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(u"nope.pem"_s));
    if (m_haveCertificates) {
        ca->setText(m_certificates.ca.certificateFile);
        QVERIFY(save->isEnabled());
        QVERIFY(!problem->isVisible());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(Connections().all().constFirst().caFile, m_certificates.ca.certificateFile);
    }
}

void TestConnections::managerSetTokenWithoutKeychain()
{
    m_vault->available = false;
    const Connection c =
        m_connections->add(makeConnection(u"A"_s, QUrl(u"https://a.example.com"_s)));
    ui::ConnectionsDialog dialog(m_connections.get(), m_session.get());
    dialog.show();
    dialog.selectConnection(c.id);
    dialog.setTokenForSelected(u"typed-token"_s);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.tokenStatus().contains(u"could not be saved"_s), Patience);
    QVERIFY(dialog.tokenStatus().contains(u"memory"_s));
    QVERIFY(m_session->hasSessionToken(c.url));
    QVERIFY(m_vault->tokens.isEmpty());

    m_vault->available = true;
    dialog.setTokenForSelected(u"typed-token"_s);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.tokenStatus().startsWith(u"The token is saved"_s), Patience);
    QCOMPARE(m_vault->tokens.value(tokenKeyFor(c.url)), u"typed-token"_s);
    QVERIFY(!m_session->hasSessionToken(c.url));
}

void TestConnections::managerSetTokenButtonAsksWithoutBlocking()
{
    const Connection c =
        m_connections->add(makeConnection(u"A"_s, QUrl(u"https://a.example.com"_s)));
    ui::ConnectionsDialog dialog(m_connections.get(), m_session.get());
    dialog.show();
    dialog.selectConnection(c.id);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"setTokenButton"_s), Qt::LeftButton);
    // The click returned (no nested loop): the input is open over the dialog, masked.
    QInputDialog *input = nullptr;
    QTRY_VERIFY((input = dialog.findChild<QInputDialog *>(u"tokenInput"_s)) && input->isVisible());
    QCOMPARE(input->textEchoMode(), QLineEdit::Password);
    QVERIFY(input->isModal());
    input->setTextValue(u"  typed-token  "_s);
    input->accept();
    QTRY_COMPARE_WITH_TIMEOUT(m_vault->tokens.value(tokenKeyFor(c.url)), u"typed-token"_s,
                              Patience);
    QTRY_VERIFY(!dialog.findChild<QInputDialog *>(u"tokenInput"_s)); // gone when closed

    // Cancel stores nothing.
    m_vault->tokens.clear();
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"setTokenButton"_s), Qt::LeftButton);
    QTRY_VERIFY((input = dialog.findChild<QInputDialog *>(u"tokenInput"_s)) && input->isVisible());
    input->setTextValue(u"other"_s);
    input->reject();
    QTRY_VERIFY(!dialog.findChild<QInputDialog *>(u"tokenInput"_s));
    QVERIFY(test::nextTurn());
    QVERIFY(m_vault->tokens.isEmpty());
}

void TestConnections::managerBrowseFillsTheCaFile()
{
    m_connections->add(makeConnection(u"A"_s, QUrl(u"https://a.example.com"_s)));
    ui::ConnectionsDialog dialog(m_connections.get(), m_session.get());
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"caBrowseButton"_s), Qt::LeftButton);
    QFileDialog *files = nullptr;
    QTRY_VERIFY((files = dialog.findChild<QFileDialog *>(u"caFileDialog"_s)) && files->isVisible());
    QVERIFY(files->isModal());
    Q_EMIT files->fileSelected(m_certificates.ca.certificateFile);
    files->close();
    QCOMPARE(dialog.findChild<QLineEdit *>(u"caFileEdit"_s)->text(),
             m_certificates.ca.certificateFile);
}

void TestConnections::managerRemoveForgetsTheToken()
{
    Connections &connections = *m_connections;
    const Connection a = connections.add(makeConnection(u"A"_s, QUrl(u"https://a.example.com"_s)));
    const Connection b = connections.add(makeConnection(u"B"_s, QUrl(u"https://b.example.com"_s)));
    const Connection twin =
        connections.add(makeConnection(u"B again"_s, QUrl(u"https://b.example.com/"_s)));
    ui::ConnectionsDialog dialog(m_connections.get(), m_session.get());
    dialog.show();
    auto *remove = dialog.findChild<QPushButton *>(u"removeConnectionButton"_s);

    dialog.selectConnection(a.id);
    ui::MessageBoxes::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(ui::MessageBoxes::lastText().contains(u"“A”"_s)); // it asked
    QVERIFY(test::nextTurn()); // the answer arrives from the event loop
    QCOMPARE(dialog.connections().size(), 3);

    ui::MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE(dialog.connections().size(), 2);
    dialog.selectConnection(b.id);
    ui::MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE(dialog.connections().size(), 1);
    QVERIFY(m_vault->removed.isEmpty()); // nothing happens before Save

    QTest::mouseClick(dialog.findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    const Connections saved;
    QCOMPARE(saved.all().size(), 1);
    QCOMPARE(saved.all().constFirst().id, twin.id);
    QCOMPARE(saved.activeId(), twin.id);
    // A's token goes; B's stays, since "B again" uses the same server.
    QCOMPARE(m_vault->removed, QStringList{tokenKeyFor(a.url)});
}

void TestConnections::managerConnectPicksTheSelected()
{
    Connections &connections = *m_connections;
    connections.add(makeConnection(u"A"_s, QUrl(u"https://a.example.com"_s)));
    const Connection b = connections.add(makeConnection(u"B"_s, QUrl(u"https://b.example.com"_s)));
    ui::ConnectionsDialog dialog(m_connections.get(), m_session.get());
    dialog.show();
    dialog.selectConnection(b.id);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"connectButton"_s), Qt::LeftButton);
    QCOMPARE(dialog.outcome(), ui::ConnectionsDialog::Connect);
    QCOMPARE(dialog.chosenId(), b.id);
    QCOMPARE(Connections().activeId(), b.id);
}

void TestConnections::managerForgetsATrustedCertificate()
{
    Connection c = makeConnection(u"A"_s, QUrl(u"https://a.example.com"_s));
    c.pinnedFingerprints = {u"ab"_s.repeated(32), u"cd"_s.repeated(32)};
    c = m_connections->add(c);
    ui::ConnectionsDialog dialog(m_connections.get(), m_session.get());
    dialog.show();
    auto *pins = dialog.findChild<QListWidget *>(u"pinnedList"_s);
    auto *forget = dialog.findChild<QPushButton *>(u"forgetPinButton"_s);
    QCOMPARE(pins->count(), 2);
    QVERIFY(!forget->isEnabled());
    pins->setCurrentRow(0);
    QVERIFY(forget->isEnabled());
    QTest::mouseClick(forget, Qt::LeftButton);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    QCOMPARE(Connections().find(c.id).pinnedFingerprints, QStringList{u"cd"_s.repeated(32)});
}

void TestConnections::firstRunDialogWarnsAboutPlainHttp_data()
{
    managerWarnsAboutPlainHttp_data();
    QTest::newRow("a name that starts like loopback") << u"http://127.example.com"_s << true;
}

void TestConnections::firstRunDialogWarnsAboutPlainHttp()
{
    QFETCH(QString, url);
    QFETCH(bool, warned);
    ui::ConnectionDialog dialog;
    dialog.show();
    auto *edit = dialog.findChild<QLineEdit *>(u"serverUrlEdit"_s);
    auto *warning = dialog.findChild<QLabel *>(u"connectionWarning"_s);
    QVERIFY(edit && warning);
    QTest::keyClicks(edit, url);
    QCOMPARE(warning->isVisible(), warned);
}

// --- the main window ----------------------------------------------------------------------

void TestConnections::switchingReloadsProjectsAndVersions()
{
    sim::Simulator *a = startSim(u"demo"_s, u"token-a"_s);
    sim::Simulator *b = startSim(u"large:3"_s, u"token-b"_s);
    QVERIFY(a && b);
    Connections &connections = *m_connections;
    const Connection ca = connections.add(makeConnection(u"Server A"_s, a->url()));
    const Connection cb = connections.add(makeConnection(u"Server B"_s, b->url()));
    m_vault->tokens.insert(tokenKeyFor(b->url()), u"token-b"_s);

    m_session->activateWith(ca, u"token-a"_s);
    ui::MainWindow *window = openWindow();
    QTRY_VERIFY_WITH_TIMEOUT(tableShows(18), Patience); // mall on A

    QList<QAction *> actions = connectionActions(window);
    QCOMPARE(actions.size(), 2);
    QVERIFY(actions.at(0)->isChecked());
    QVERIFY(!actions.at(1)->isChecked());
    QCOMPARE(actions.at(1)->text(), u"Server B"_s);
    const int bRequestsBefore = b->requestCount(u"/openapi/projects/project"_s);
    actions.at(1)->trigger();

    QTRY_VERIFY_WITH_TIMEOUT(tableShows(3), Patience); // mall on B: large:3
    QVERIFY(b->requestCount(u"/openapi/projects/project"_s) > bRequestsBefore);
    QCOMPARE(window->versionsModel()->versionAt(0)->name, u"release-000003"_s);
    QCOMPARE(m_session->current().id, cb.id);
    QVERIFY(window->windowTitle().contains(u"Server B"_s));
    actions = connectionActions(window);
    QVERIFY(actions.at(1)->isChecked());
    QCOMPARE(Connections().activeId(), cb.id);

    // And back: A's token was never stored, so it is asked for (tested below); here the vault
    // gets it first.
    m_vault->tokens.insert(tokenKeyFor(a->url()), u"token-a"_s);
    actions.at(0)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(tableShows(18), Patience);
}

void TestConnections::tokenIsAskedWhenSwitchingToAServerWithout()
{
    sim::Simulator *a = startSim(u"demo"_s, u"token-a"_s);
    sim::Simulator *b = startSim(u"large:3"_s, u"token-b"_s);
    QVERIFY(a && b);
    Connections &connections = *m_connections;
    const Connection ca = connections.add(makeConnection(u"Server A"_s, a->url()));
    const Connection cb = connections.add(makeConnection(u"Server B"_s, b->url()));
    m_vault->available = false; // a bare Linux box

    m_session->activateWith(ca, u"token-a"_s);
    ui::MainWindow *window = openWindow();
    QTRY_VERIFY_WITH_TIMEOUT(tableShows(18), Patience);
    m_session->activate(cb.id);

    ui::ConnectionDialog *ask = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (ask = window->findChild<ui::ConnectionDialog *>()) && ask->isVisible(), Patience);
    auto *url = ask->findChild<QLineEdit *>(u"serverUrlEdit"_s);
    QVERIFY(url->isReadOnly());
    QCOMPARE(QUrl(url->text()), b->url());
    QVERIFY(!ask->findChild<QPushButton *>(u"demoButton"_s)->isVisible());
    QVERIFY(!ask->rememberToken()); // no keychain: nothing to remember it in
    QTest::keyClicks(ask->findChild<QLineEdit *>(u"tokenEdit"_s), u"token-b"_s);
    QTest::mouseClick(ask->findChild<QPushButton *>(u"connectButton"_s), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(tableShows(3), Patience);
    QVERIFY(m_session->hasSessionToken(b->url())); // for the rest of this run only
    QVERIFY(m_vault->tokens.isEmpty());
}

void TestConnections::connectionMenuFollowsTheStore()
{
    sim::Simulator *a = startSim(u"demo"_s, u"token-a"_s);
    sim::Simulator *b = startSim(u"large:3"_s, u"token-b"_s);
    QVERIFY(a && b);
    const Connection ca = m_connections->add(makeConnection(u"Server A"_s, a->url()));
    m_session->activateWith(ca, u"token-a"_s);
    ui::MainWindow *window = openWindow();
    QTRY_VERIFY_WITH_TIMEOUT(tableShows(18), Patience);
    auto names = [window] {
        QStringList result;
        const QList<QAction *> actions = connectionActions(window);
        for (const QAction *action : actions)
            result << action->text() + (action->isChecked() ? u" *"_s : QString());
        return result;
    };
    QCOMPARE(names(), QStringList{u"Server A *"_s});

    // Saved elsewhere (the first-run dialog, another window's manager): listed at once, with
    // its shortcut, without the menu being opened.
    Connection cb = m_connections->add(makeConnection(u"Server B"_s, b->url()));
    QCOMPARE(names(), (QStringList{u"Server A *"_s, u"Server B"_s}));
    QCOMPARE(connectionActions(window).at(1)->shortcut(),
             QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2));
    cb.name = u"Server Bee"_s;
    QVERIFY(m_connections->update(cb));
    QCOMPARE(names(), (QStringList{u"Server A *"_s, u"Server Bee"_s}));

    // Renamed in the window's own connection manager.
    QAction *manage = nullptr;
    const QList<QAction *> entries = window->findChild<QMenu *>(u"connectionMenu"_s)->actions();
    for (QAction *action : entries) {
        if (action->objectName() == u"manageConnectionsAction"_s)
            manage = action;
    }
    QVERIFY(manage && manage->isEnabled());
    manage->trigger();
    ui::ConnectionsDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = window->findChild<ui::ConnectionsDialog *>()) && dialog->isVisible(), Patience);
    dialog->selectConnection(ca.id);
    auto *name = dialog->findChild<QLineEdit *>(u"connectionNameEdit"_s);
    name->clear();
    QTest::keyClicks(name, u"Server Ay"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    QCOMPARE(names(), (QStringList{u"Server Ay *"_s, u"Server Bee"_s}));

    // A switch to a server whose token this run holds happens within the entry's trigger: the
    // menu is rebuilt under it, and the check mark moves.
    m_session->keepTokenForSession(b->url(), u"token-b"_s);
    connectionActions(window).at(1)->trigger();
    QCOMPARE(m_session->current().id, cb.id);
    QCOMPARE(names(), (QStringList{u"Server Ay"_s, u"Server Bee *"_s}));
    QTRY_VERIFY_WITH_TIMEOUT(tableShows(3), Patience);

    QVERIFY(m_connections->remove(ca.id));
    QCOMPARE(names(), QStringList{u"Server Bee *"_s});
}

void TestConnections::bannerForPlainHttpOnAnotherMachine()
{
    sim::Simulator *a = startSim(u"demo"_s, u"token-a"_s);
    QVERIFY(a);
    m_session->activateWith(makeConnection(u"A"_s, a->url()), u"token-a"_s);
    ui::MainWindow *window = openWindow();
    QVERIFY(window->insecureBanner());
    QVERIFY(!window->insecureBanner()->isVisible()); // the demo: this machine

    // Nothing answers there (TEST-NET-1); the banner does not wait for an answer.
    m_session->activateWith(makeConnection(u"Far"_s, QUrl(u"http://192.0.2.1:9"_s)), u"t"_s);
    QVERIFY(window->insecureBanner()->isVisible());
    auto *text = window->findChild<QLabel *>(u"insecureBannerText"_s);
    QVERIFY(text->text().contains(u"192.0.2.1"_s));

    m_session->activateWith(makeConnection(u"Safe"_s, QUrl(u"https://192.0.2.1:9"_s)), u"t"_s);
    QVERIFY(!window->insecureBanner()->isVisible());
}

// A light/dark switch: the banner and the warnings take colours of the new palette, readable on
// it, and the light palette gets the banner's usual pale yellow back.
void TestConnections::bannerAndWarningsFollowThePalette()
{
    const QPalette saved = QApplication::palette();
    const auto restore = qScopeGuard([&saved] { QApplication::setPalette(saved); });
    QApplication::setPalette(lightPalette());
    m_session->activateWith(makeConnection(u"Far"_s, QUrl(u"http://192.0.2.1:9"_s)), u"t"_s);
    ui::MainWindow *window = openWindow();
    QWidget *banner = window->insecureBanner();
    QVERIFY(banner->isVisible());
    auto *bannerText = window->findChild<QLabel *>(u"insecureBannerText"_s);
    ui::ConnectionsDialog dialog(m_connections.get(), m_session.get());
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"addConnectionButton"_s), Qt::LeftButton);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"connectionUrlEdit"_s),
                     u"http://zadig.example.com"_s);
    auto *warning = dialog.findChild<QLabel *>(u"insecureWarning"_s);
    QVERIFY(warning->isVisible());

    const auto shown = [](const QWidget *w, QPalette::ColorRole role) {
        return w->palette().color(role);
    };
    for (const bool dark : {true, false, true, false}) {
        const QPalette palette = dark ? darkPalette() : lightPalette();
        QApplication::setPalette(palette);
        // The new palette reaches the widgets in posted events.
        const QColor behind = palette.color(QPalette::Window);
        QTRY_COMPARE(shown(window, QPalette::Window), behind);
        QTRY_COMPARE(shown(&dialog, QPalette::Window), behind);
        const QColor background = shown(banner, QPalette::Window);
        const QColor text = shown(bannerText, bannerText->foregroundRole());
        const QString said = u"%1 on %2"_s.arg(text.name(), background.name());
        // The bar is dark on a dark palette, not a pale glare, and its text readable on it.
        QVERIFY2((background.lightness() < 128) == dark, qPrintable(said));
        QVERIFY2(contrastRatio(text, background) >= 4.5, qPrintable(said));
        if (!dark)
            QCOMPARE(background, QColor(0xff, 0xf3, 0xcd));
        const QColor warned = shown(warning, warning->foregroundRole());
        QVERIFY2(contrastRatio(warned, behind) >= 4.5,
                 qPrintable(u"%1 on %2"_s.arg(warned.name(), behind.name())));
        QVERIFY(warned != shown(&dialog, QPalette::WindowText)); // still a warning's colour
    }
}

void TestConnections::untrustedCertificateAsksThenTrustLoads()
{
    if (!m_haveCertificates)
        ZADIG_SKIP_MISSING("needs openssl and a TLS backend");
    auto sim = std::make_unique<sim::Simulator>();
    QVERIFY(sim->loadSeed(u"demo"_s));
    sim->setToken(u"tls-token"_s);
    QVERIFY(sim->listenTls(m_certificates.selfSigned.certificate, m_certificates.selfSigned.key));
    const Connection c = m_connections->add(makeConnection(u"Company"_s, sim->url()));

    m_session->activateWith(c, u"tls-token"_s);
    ui::MainWindow *window = openWindow();
    ui::CertificateDialog *prompt = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (prompt = window->findChild<ui::CertificateDialog *>()) && prompt->isVisible(), Patience);
    QVERIFY(sim->requests().isEmpty()); // nothing went over the untrusted channel
    QCOMPARE(prompt->certificate(), m_certificates.selfSigned.certificate);
    QVERIFY(prompt->trustButton()->text().contains(u"Company"_s));
    QCOMPARE(window->findChildren<ui::CertificateDialog *>().size(), 1); // one question

    QTest::mouseClick(prompt->trustButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(tableShows(18), Patience);
    const QString fingerprint = ZadigClient::fingerprint(m_certificates.selfSigned.certificate);
    QCOMPARE(Connections().find(c.id).pinnedFingerprints, QStringList{fingerprint});
    QCOMPARE(sim->requests().constLast().authorization, "Bearer tls-token"_ba);
}

void TestConnections::untrustedCertificateCancelledStaysAnError()
{
    if (!m_haveCertificates)
        ZADIG_SKIP_MISSING("needs openssl and a TLS backend");
    auto sim = std::make_unique<sim::Simulator>();
    QVERIFY(sim->loadSeed(u"demo"_s));
    QVERIFY(sim->listenTls(m_certificates.selfSigned.certificate, m_certificates.selfSigned.key));
    const Connection c = m_connections->add(makeConnection(u"Company"_s, sim->url()));
    m_session->activateWith(c, sim->token());
    ui::MainWindow *window = openWindow();
    ui::CertificateDialog *prompt = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (prompt = window->findChild<ui::CertificateDialog *>()) && prompt->isVisible(), Patience);
    QTest::mouseClick(prompt->findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window->findChild<ui::CertificateDialog *>(), Patience);
    auto *state = window->findChild<ui::StatePane *>(u"versionsStatePane"_s);
    QTRY_COMPARE_WITH_TIMEOUT(state->title(), ApiError::kindSummary(ApiError::Kind::Tls), Patience);
    QVERIFY(Connections().find(c.id).pinnedFingerprints.isEmpty());
    QVERIFY(sim->requests().isEmpty());

    // Refresh asks again: the error is never ignored silently.
    window->findChild<QAction *>(u"refreshAction"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        (prompt = window->findChild<ui::CertificateDialog *>()) && prompt->isVisible(), Patience);
}

// --- dialogs ------------------------------------------------------------------------------

void TestConnections::certificateDialogShowsWhatIsWrong()
{
    if (!m_haveCertificates)
        ZADIG_SKIP_MISSING("needs openssl and a TLS backend");
    const QSslCertificate &cert = m_certificates.leaf.certificate;
    const QList<QSslError> errors{QSslError(QSslError::UnableToGetLocalIssuerCertificate, cert),
                                  QSslError(QSslError::HostNameMismatch, cert)};
    ui::CertificateDialog dialog(cert, errors, u"zadig.example.com"_s, u"Production"_s);
    dialog.show();
    auto text = [&dialog](const char *name) {
        auto *label = dialog.findChild<QLabel *>(QLatin1StringView(name));
        return label ? label->text() : QString();
    };
    QCOMPARE(text("certificateHost"), u"zadig.example.com"_s);
    QVERIFY(text("certificateSubject").contains(u"127.0.0.1"_s));
    QVERIFY(text("certificateIssuer").contains(u"Zadig Desk Test CA"_s));
    QVERIFY(!text("certificateValidFrom").isEmpty());
    QVERIFY(!text("certificateValidUntil").isEmpty());
    QVERIFY(!text("certificateValidUntil").contains(u"expired"_s));
    const QString fingerprint = text("certificateFingerprint");
    QCOMPARE(ZadigClient::normalisedFingerprint(fingerprint), ZadigClient::fingerprint(cert));
    QVERIFY(text("certificateErrors").contains(u"zadig.example.com"_s));
    QVERIFY(text("certificateErrors").contains(u"does not trust"_s));
    QVERIFY(dialog.trustButton()->text().contains(u"“Production”"_s));
    // Cancel is the default: Enter does not trust.
    QVERIFY(dialog.findChild<QPushButton *>(u"cancelButton"_s)->isDefault());
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    ui::CertificateDialog transient(cert, errors, u"h"_s, QString());
    QVERIFY(transient.trustButton()->text().contains(u"Session"_s));
}

void TestConnections::describeErrors_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("words");
    QTest::newRow("self-signed") << int(QSslError::SelfSignedCertificate) << u"self-signed"_s;
    QTest::newRow("unknown issuer")
        << int(QSslError::UnableToGetLocalIssuerCertificate) << u"does not trust"_s;
    QTest::newRow("host") << int(QSslError::HostNameMismatch) << u"“example.org”"_s;
    QTest::newRow("expired") << int(QSslError::CertificateExpired) << u"expired"_s;
    QTest::newRow("not yet valid")
        << int(QSslError::CertificateNotYetValid) << u"not valid before"_s;
    QTest::newRow("revoked") << int(QSslError::CertificateRevoked) << u"revoked"_s;
}

void TestConnections::describeErrors()
{
    QFETCH(int, error);
    QFETCH(QString, words);
    const QList<QSslError> errors{QSslError(QSslError::SslError(error)),
                                  QSslError(QSslError::SslError(error))};
    const QStringList texts = ui::CertificateDialog::describeErrors(errors, u"example.org"_s);
    QCOMPARE(texts.size(), 1); // said once
    QVERIFY2(texts.constFirst().contains(words), qPrintable(texts.constFirst()));
}

void TestConnections::preferencesSaveLanguageAndTimeout()
{
    ui::PreferencesDialog dialog;
    dialog.show();
    auto *language = dialog.findChild<QComboBox *>(u"languageCombo"_s);
    auto *timeout = dialog.findChild<QSpinBox *>(u"defaultTimeoutSpin"_s);
    auto *note = dialog.findChild<QLabel *>(u"restartNote"_s);
    QVERIFY(language && timeout && note);
    QCOMPARE(language->count(), 3);
    QCOMPARE(language->currentIndex(), 0); // System
    const QString before = note->text();
    language->setCurrentIndex(language->findData(u"zh_CN"_s));
    QVERIFY(note->text() != before); // says when the change takes effect
    QVERIFY(note->text().contains(u"next time"_s));
    timeout->setValue(75);
    dialog.accept();
    QVERIFY(dialog.languageChanged());
    QCOMPARE(Settings().language(), u"zh_CN"_s);
    QCOMPARE(Settings().requestTimeoutSeconds(), 75);

    ui::PreferencesDialog again;
    QCOMPARE(again.findChild<QComboBox *>(u"languageCombo"_s)->currentData().toString(),
             u"zh_CN"_s);
    QCOMPARE(again.findChild<QSpinBox *>(u"defaultTimeoutSpin"_s)->value(), 75);
}

void TestConnections::aboutShowsVersionsAndLinks()
{
    ui::AboutDialog dialog;
    const QString text = dialog.findChild<QLabel *>(u"aboutText"_s)->text();
    QVERIFY(text.contains(QStringLiteral(ZADIG_VERSION_STRING)));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(u"https://docs.koderover.com"_s));
    QVERIFY(text.contains(ui::AboutDialog::projectUrl()));
    // The licence named is the one the LICENSE file holds.
    QFile licence(QStringLiteral(ZADIG_SOURCE_DIR "/LICENSE"));
    QVERIFY(licence.open(QIODevice::ReadOnly));
    QVERIFY(licence.readAll().contains("Apache License"));
    QVERIFY2(text.contains(u"Apache License, version 2.0"_s), qPrintable(text));
    QVERIFY(ui::AboutDialog::details().contains(QString::fromLatin1(qVersion())));
}

QTEST_MAIN(TestConnections)
#include "tst_connections.moc"
