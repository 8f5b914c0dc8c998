// "Tell me when it is done" (issue 16), against the in-process simulator over real HTTP with its
// clock frozen (the versions settle when the test advances it): a version retried or created
// here, or marked "Notify Me When Done", that settles while another window is active gets one
// notice through the notifier seam, and clicking it brings the window back with the version
// selected. In front, unmarked, or with the preference off: no notice.
#include "wizardharness.h"

#include "detailpane.h"
#include "recordingnotifier.h"
#include "settings.h"
#include "watchednotices.h"
#include "wizard/progresspage.h"

#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace zadig;
using test::RecordingNotifier;
using wizardtest::Harness;

namespace {

constexpr qint64 TenMinutes = 10 * 60'000;

} // namespace

class TestNotify : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    Harness h;
    RecordingNotifier *m_notifier = nullptr; // the window's
    std::unique_ptr<QWidget> m_elsewhere;    // another application's window, as far as we know

    void start(const QString &generation = QString())
    {
        h.start(u"mall"_s, 0, u"demo"_s, generation);
        m_notifier = new RecordingNotifier;
        h.window->setNotifier(m_notifier);
    }

    QAction *action(const QString &name) const { return h.window->findChild<QAction *>(name); }

    void select(const QString &name)
    {
        QTRY_VERIFY_WITH_TIMEOUT(h.version(name), 30'000);
        QVERIFY(h.window->selectVersion(h.idOf(name)));
        QTRY_COMPARE(h.window->selectedVersionId(), h.idOf(name));
    }

    // The user goes to another window: ours is no longer active.
    void leaveTheWindow()
    {
        m_elsewhere = std::make_unique<QWidget>();
        m_elsewhere->setWindowTitle(u"elsewhere"_s);
        m_elsewhere->show();
        m_elsewhere->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_elsewhere.get()));
        QTRY_VERIFY(!h.window->isActiveWindow());
    }

    void comeBack()
    {
        h.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(h.window.get()));
    }

    // Retries the failed v2.5.1 from the table and lets the server finish it; returns once the
    // window has heard that it settled (after which no notice can come any more).
    void retryAndSettle()
    {
        select(u"v2.5.1"_s);
        QTRY_VERIFY(action(u"retryAction"_s)->isEnabled());
        action(u"retryAction"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(h.statusOf(u"v2.5.1"_s), VersionStatus::Retrying, 30'000);
        QVERIFY(h.window->watchedNotices()->contains(u"mall"_s, u"v2.5.1"_s));
        waitForSettle(u"v2.5.1"_s);
    }

    // Creates a K8s version of cart with the wizard, up to its last page; nullptr on failure.
    ui::CreateVersionWizard *createInTheWizard(const QString &name, const QString &tag = {})
    {
        ui::CreateVersionWizard *wizard = h.openWizard();
        if (!wizard)
            return nullptr;
        Harness::fillBasics(wizard, name, QString(), {});
        Harness::clickNext(wizard, EnvironmentPageId);
        Harness::chooseEnvironment(wizard, false, u"qa"_s);
        Harness::clickNext(wizard, ServicesPageId);
        Harness::waitForServices(wizard);
        if (!wizard->servicesPage()->setChosen(u"cart"_s, u"cart"_s))
            return nullptr;
        if (!tag.isEmpty())
            wizard->servicesPage()->setAllTags(tag);
        Harness::clickNext(wizard, RegistryPageId);
        Harness::chooseRegistry(wizard, u"66f1a2b3c4d5e6f7a8b9c001"_s);
        Harness::advanceTo(wizard, ProgressPageId);
        return QTest::currentTestFailed() ? nullptr : wizard;
    }

    void waitForSettle(const QString &name)
    {
        QSignalSpy settled(h.window->pager(), &VersionsPager::versionSettled);
        h.sim->state().advance(TenMinutes);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(settled.cbegin(), settled.cend(),
                                             [&](const QList<QVariant> &args) {
                                                 return args.at(0).value<VersionInfo>().name ==
                                                        name;
                                             }),
                                 30'000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::useTemporarySettings(m_settingsDir, u"tst_notify"_s);
    }

    void cleanup()
    {
        m_elsewhere.reset();
        h.stop();
    }

    void aRetryThatSettlesInTheBackgroundIsNotified()
    {
        start();
        leaveTheWindow();
        retryAndSettle();
        QCOMPARE(m_notifier->notices.size(), 1);
        const ui::Notice notice = m_notifier->notices.first();
        QVERIFY2(notice.text.contains(u"v2.5.1"_s), qPrintable(notice.text));
        QVERIFY2(notice.text.contains(u"succeeded"_s), qPrintable(notice.text));
        QVERIFY(!notice.failed);
        // Once: it is no longer watched.
        QVERIFY(!h.window->watchedNotices()->contains(u"mall"_s, u"v2.5.1"_s));

        // Clicking it brings the window back with the version selected and open.
        select(u"v2.6.0-rc1"_s);
        m_notifier->click(0);
        QVERIFY(QTest::qWaitForWindowActive(h.window.get()));
        QTRY_COMPARE(h.window->selectedVersionId(), h.idOf(u"v2.5.1"_s));
        QCOMPARE(h.window->detailPane()->versionId(), h.idOf(u"v2.5.1"_s));
        QTRY_VERIFY(m_notifier->withdrawn > 0); // back in the window: the tray is cleared
    }

    void aFailureSaysSo()
    {
        start();
        leaveTheWindow();
        select(u"v2.5.1"_s);
        QTRY_VERIFY(action(u"retryAction"_s)->isEnabled());
        action(u"retryAction"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(h.statusOf(u"v2.5.1"_s), VersionStatus::Retrying, 30'000);
        QVERIFY(h.sim->state().setVersionFails(h.idOf(u"v2.5.1"_s)));
        waitForSettle(u"v2.5.1"_s);
        QCOMPARE(h.statusOf(u"v2.5.1"_s), VersionStatus::Failed);
        QCOMPARE(m_notifier->notices.size(), 1);
        QVERIFY(m_notifier->notices.first().failed);
        QVERIFY(m_notifier->notices.first().text.contains(u"failed"_s));
    }

    void inFrontThereIsNoNotice()
    {
        start();
        comeBack();
        retryAndSettle();
        QVERIFY(m_notifier->notices.isEmpty());
    }

    void thePreferenceTurnsItOff()
    {
        Settings().setNotifyWhenDone(false);
        start();
        leaveTheWindow();
        retryAndSettle();
        QVERIFY(m_notifier->notices.isEmpty());
        Settings().setNotifyWhenDone(true);
    }

    // Of two versions on their way, only the one marked "Notify Me When Done" is notified.
    void onlyMarkedVersionsAreNotified()
    {
        start();
        QAction *notify = action(u"notifyAction"_s);
        QVERIFY(notify);
        QVERIFY(h.window->table()->actions().contains(notify)); // and in the context menu
        select(u"v2.4.2"_s);
        QCOMPARE(h.statusOf(u"v2.4.2"_s), VersionStatus::Success);
        QVERIFY(!notify->isEnabled()); // settled: nothing to wait for
        select(u"v2.5.2"_s);
        QCOMPARE(h.statusOf(u"v2.5.2"_s), VersionStatus::Retrying);
        QTRY_VERIFY(notify->isEnabled());
        QVERIFY(!notify->isChecked());
        notify->trigger();
        QVERIFY(notify->isChecked());
        QVERIFY(h.window->watchedNotices()->contains(u"mall"_s, u"v2.5.2"_s));
        QVERIFY(!h.window->watchedNotices()->contains(u"mall"_s, u"v2.6.0-rc1"_s));

        leaveTheWindow();
        QSignalSpy settled(h.window->pager(), &VersionsPager::versionSettled);
        h.sim->state().advance(TenMinutes);
        QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 2, 30'000); // both settle, one was marked
        QCOMPARE(m_notifier->notices.size(), 1);
        QVERIFY(m_notifier->notices.first().text.contains(u"v2.5.2"_s));
    }

    void unmarkingForgetsIt()
    {
        start();
        select(u"v2.5.2"_s);
        QAction *notify = action(u"notifyAction"_s);
        QTRY_VERIFY(notify->isEnabled());
        notify->trigger();
        QVERIFY(h.window->watchedNotices()->contains(u"mall"_s, u"v2.5.2"_s));
        notify->trigger();
        QVERIFY(!notify->isChecked());
        QVERIFY(!h.window->watchedNotices()->contains(u"mall"_s, u"v2.5.2"_s));
        leaveTheWindow();
        waitForSettle(u"v2.5.2"_s);
        QVERIFY(m_notifier->notices.isEmpty());
    }

    // A version created with the wizard is watched without being marked.
    void aVersionCreatedHereIsNotified()
    {
        start();
        QVERIFY(createInTheWizard(u"v9.8.0"_s));
        QTRY_VERIFY_WITH_TIMEOUT(h.window->watchedNotices()->contains(u"mall"_s, u"v9.8.0"_s),
                                 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(h.statusOf(u"v9.8.0"_s), VersionStatus::Creating, 30'000);
        leaveTheWindow();
        waitForSettle(u"v9.8.0"_s);
        QCOMPARE(m_notifier->notices.size(), 1);
        QVERIFY(m_notifier->notices.first().text.contains(u"v9.8.0"_s));
        QVERIFY(!m_notifier->notices.first().failed);
    }

    // Its failure was seen in front (the watch ended there); a retry from the wizard's last
    // page watches it again.
    void aRetryFromTheWizardIsNotified()
    {
        start();
        // The simulator fails to push an image whose tag says so, once.
        ui::CreateVersionWizard *wizard = createInTheWizard(u"v9.8.1"_s, u"fail-1"_s);
        QVERIFY(wizard);
        ui::ProgressPage *progress = wizard->progressPage();
        QTRY_COMPARE_WITH_TIMEOUT(progress->status(), std::optional(VersionStatus::Creating),
                                  30'000);
        waitForSettle(u"v9.8.1"_s);
        QTRY_COMPARE(progress->status(), std::optional(VersionStatus::Failed));
        QVERIFY(m_notifier->notices.isEmpty()); // in front: no notice
        QVERIFY(!h.window->watchedNotices()->contains(u"mall"_s, u"v9.8.1"_s));

        QTRY_VERIFY(progress->retryButton()->isVisible());
        QTest::mouseClick(progress->retryButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(progress->status(), std::optional(VersionStatus::Retrying),
                                  30'000);
        QVERIFY(h.window->watchedNotices()->contains(u"mall"_s, u"v9.8.1"_s));
        leaveTheWindow();
        waitForSettle(u"v9.8.1"_s);
        QCOMPARE(m_notifier->notices.size(), 1);
        QVERIFY(m_notifier->notices.first().text.contains(u"v9.8.1"_s));
        QVERIFY(!m_notifier->notices.first().failed);
    }
};

QTEST_MAIN(TestNotify)
#include "tst_notify.moc"
