// Shared by the wizard and retry GUI tests: the main window against the in-process simulator
// over real HTTP, and helpers that drive the create wizard the way a user does (typing,
// clicking Next, picking from combos). Helpers fail the running test through QVERIFY; callers
// stop with `if (QTest::currentTestFailed()) return;` where it matters.
//
// Every wait here and in the wizard tests is on a condition; its bound (30 s) only catches a hang,
// and is generous because CI machines run builds and other tests beside these.
#pragma once

#include "api/zadigclient.h"
#include "mainwindow.h"
#include "messageboxes.h"
#include "simstate.h"
#include "simulator.h"
#include "testsettings.h"
#include "versionrepository.h"
#include "versionsmodel.h"
#include "versionspager.h"
#include "wizard/basicspage.h"
#include "wizard/createversionwizard.h"
#include "wizard/environmentpage.h"
#include "wizard/labelseditor.h"
#include "wizard/registrypage.h"
#include "wizard/servicespage.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QInputMethodEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace wizardtest {

using namespace Qt::StringLiterals;
using namespace zadig;

class Harness
{
public:
    std::unique_ptr<sim::Simulator> sim;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<ZadigClient> client;
    std::unique_ptr<ui::MainWindow> window;

    // Starts the demo seed and shows `project`'s first page. speed 0 freezes the simulated
    // clock: versions stay creating until the test advances it. `generation` ("5", "4.2", ...;
    // empty: the simulator's default, 2.3-3.4) is the Zadig release the simulator imitates; it
    // is set before the seed is loaded, as the seed of 4.x/5.x is built from it.
    void start(const QString &project, double speed, const QString &seed = u"demo"_s,
               const QString &generation = QString())
    {
        sim = std::make_unique<sim::Simulator>();
        if (!generation.isEmpty())
            QVERIFY2(sim->setApiGeneration(generation), qPrintable(generation));
        QVERIFY(sim->loadSeed(seed));
        QVERIFY(sim->listen());
        sim->setSpeed(speed);
        nam = std::make_unique<QNetworkAccessManager>();
        client = std::make_unique<ZadigClient>(nam.get());
        client->setBaseUrl(sim->url());
        client->setToken(sim->token());
        window = std::make_unique<ui::MainWindow>(client.get());
        window->pager()->repository()->setPollTiming({100, 60'000, 500, 60 * 60'000});
        window->show();
        window->start(project);
        QTRY_COMPARE_WITH_TIMEOUT(window->currentProjectKey(), project, 30'000);
        // The wizard needs the project's deploy type: wait for the projects too.
        QTRY_COMPARE_WITH_TIMEOUT(window->currentProject().key, project, 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(window->pager()->state() == VersionsPager::State::Loaded ||
                                     window->pager()->state() == VersionsPager::State::Empty,
                                 30'000);
        // The window asks for the server's generation beside the first page; a test that then
        // makes the server fail must not race that detection.
        QTRY_VERIFY_WITH_TIMEOUT(client->generation() != ServerGeneration::Unknown, 30'000);
    }

    void stop()
    {
        // The wizard is a child of the window: it goes with it.
        window.reset();
        client.reset();
        nam.reset();
        sim.reset();
        QSettings().clear();
        ui::MessageBoxes::clear();
        ui::MessageBoxes::setRecordOnly(false);
    }

    ui::CreateVersionWizard *openWizard() const
    {
        auto *action = window->findChild<QAction *>(u"newVersionAction"_s);
        if (!action || !action->isEnabled())
            return nullptr;
        action->trigger();
        // The window learns the server's generation first when it does not know it yet.
        ui::CreateVersionWizard *wizard = nullptr;
        const bool opened = QTest::qWaitFor(
            [&] {
                wizard = window->findChild<ui::CreateVersionWizard *>(u"createVersionWizard"_s);
                return wizard != nullptr;
            },
            30'000);
        return opened ? wizard : nullptr;
    }

    // Selects `versionName` in the table and triggers "Create from This Version…" (4.x/5.x),
    // as a user does from the table's context menu.
    ui::CreateVersionWizard *openWizardFrom(const QString &versionName) const
    {
        if (!QTest::qWaitFor([&] { return version(versionName) != nullptr; }, 30'000) ||
            !window->selectVersion(idOf(versionName)))
            return nullptr;
        auto *action = window->findChild<QAction *>(u"createFromVersionAction"_s);
        if (!action || !QTest::qWaitFor([&] { return action->isEnabled(); }, 30'000))
            return nullptr;
        action->trigger();
        ui::CreateVersionWizard *wizard = nullptr;
        const bool opened = QTest::qWaitFor(
            [&] {
                wizard = window->findChild<ui::CreateVersionWizard *>(u"createVersionWizard"_s);
                return wizard != nullptr;
            },
            30'000);
        return opened ? wizard : nullptr;
    }

    // The button that leaves the current page forwards (Next, or Create on the review page).
    static QAbstractButton *forwardButton(ui::CreateVersionWizard *wizard)
    {
        return wizard->button(wizard->currentPage()->isCommitPage() ? QWizard::CommitButton
                                                                    : QWizard::NextButton);
    }

    // Saves a picture of the wizard when ZADIG_WIZARD_SHOTS names a directory (to look at pages).
    static void shoot(ui::CreateVersionWizard *wizard, const QString &name)
    {
        const QString dir = qEnvironmentVariable("ZADIG_WIZARD_SHOTS");
        if (dir.isEmpty())
            return;
        QTest::qWait(100); // let pending layouts settle, as on screen
        wizard->grab().save(QDir(dir).filePath(name + u".png"_s));
    }

    // The request body the review page shows, as JSON.
    static QJsonObject shownBody(ui::CreateVersionWizard *wizard)
    {
        auto *json = wizard->findChild<QPlainTextEdit *>(u"reviewJson"_s);
        return json ? QJsonDocument::fromJson(json->toPlainText().toUtf8()).object()
                    : QJsonObject();
    }

    // Clicks Next and waits for `expected` to be the current page.
    static void clickNext(ui::CreateVersionWizard *wizard, int expected)
    {
        QAbstractButton *button = forwardButton(wizard);
        QVERIFY(button);
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 30'000);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), expected, 30'000);
    }

    // Clicks forward page after page (waiting for each) until `target` is shown.
    static void advanceTo(ui::CreateVersionWizard *wizard, int target)
    {
        for (int guard = 0; guard < 10 && wizard->currentId() != target; ++guard) {
            const int before = wizard->currentId();
            QAbstractButton *button = forwardButton(wizard);
            QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 30'000);
            QTest::mouseClick(button, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(wizard->currentId() != before, 30'000);
        }
        QCOMPARE(wizard->currentId(), target);
    }

    // Types text as a user would: key by key, or through the input method for text a keyboard
    // does not produce directly (Chinese).
    static void type(QWidget *widget, const QString &text)
    {
        bool latin1 = true;
        for (const QChar c : text)
            latin1 = latin1 && c.unicode() < 0x80;
        if (latin1) {
            QTest::keyClicks(widget, text);
            return;
        }
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QCoreApplication::sendEvent(widget, &commit);
    }

    static void fillBasics(ui::CreateVersionWizard *wizard, const QString &name,
                           const QString &description, const QStringList &labels)
    {
        auto *nameEdit = wizard->findChild<QLineEdit *>(u"versionNameEdit"_s);
        QVERIFY(nameEdit);
        nameEdit->clear();
        type(nameEdit, name);
        auto *descriptionEdit = wizard->findChild<QPlainTextEdit *>(u"descriptionEdit"_s);
        QVERIFY(descriptionEdit);
        descriptionEdit->clear();
        type(descriptionEdit, description);
        auto *labelInput = wizard->findChild<QLineEdit *>(u"labelInput"_s);
        QVERIFY(labelInput);
        // Labels already there (taken over from a version started from) stay first.
        const QStringList before = wizard->basicsPage()->labels();
        for (const QString &label : labels) {
            type(labelInput, label);
            QTest::keyClick(labelInput, Qt::Key_Return);
        }
        QCOMPARE(wizard->basicsPage()->labels(), before + labels);
    }

    static void chooseEnvironment(ui::CreateVersionWizard *wizard, bool production,
                                  const QString &envKey)
    {
        if (production)
            QTest::mouseClick(wizard->findChild<QAbstractButton *>(u"productionEnvRadio"_s),
                              Qt::LeftButton);
        auto *combo = wizard->findChild<QComboBox *>(u"environmentCombo"_s);
        QVERIFY(combo);
        QTRY_VERIFY_WITH_TIMEOUT(combo->findData(envKey) >= 0, 30'000);
        combo->setCurrentIndex(combo->findData(envKey));
        QVERIFY(wizard->environmentPage()->isComplete());
    }

    static void chooseRegistry(ui::CreateVersionWizard *wizard, const QString &registryId)
    {
        auto *combo = wizard->findChild<QComboBox *>(u"registryCombo"_s);
        QVERIFY(combo);
        QTRY_VERIFY_WITH_TIMEOUT(combo->findData(registryId) >= 0, 30'000);
        combo->setCurrentIndex(combo->findData(registryId));
    }

    static void waitForServices(ui::CreateVersionWizard *wizard)
    {
        QTRY_VERIFY_WITH_TIMEOUT(wizard->servicesPage()->isLoaded(), 30'000);
    }

    // The body of the last request with this method and path, as JSON.
    QJsonObject lastBody(const QByteArray &method, const QString &path) const
    {
        const QList<sim::RecordedRequest> requests = sim->requests();
        for (auto it = requests.crbegin(); it != requests.crend(); ++it) {
            if (it->method == method && it->path == path)
                return QJsonDocument::fromJson(it->body).object();
        }
        return QJsonObject();
    }

    const VersionInfo *version(const QString &name) const
    {
        VersionsModel *model = window->versionsModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->versionAt(row)->name == name)
                return model->versionAt(row);
        }
        return nullptr;
    }
    VersionStatus statusOf(const QString &name) const
    {
        const VersionInfo *v = version(name);
        return v ? v->status : VersionStatus::Unknown;
    }
    QString idOf(const QString &name) const
    {
        const VersionInfo *v = version(name);
        return v ? v->id : QString();
    }
};

} // namespace wizardtest
