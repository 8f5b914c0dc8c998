// Retrying failed versions, from the table (toolbar/context-menu action) and from the create
// wizard's last page, against the in-process simulator with its clock frozen so every state is
// seen: failed -> retry -> retrying -> success. Versions the server cannot retry, and retries it
// refuses, are explained with deleting offered instead.
#include "wizardharness.h"

#include "wizard/progresspage.h"
#include "wizard/retryflow.h"

#include <QPushButton>

using namespace Qt::StringLiterals;
using namespace zadig;
using ui::CreateVersionWizard;
using wizardtest::Harness;

namespace {

constexpr qint64 TenMinutes = 10 * 60'000;

} // namespace

class TestRetry : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    Harness h;

    QAction *retryAction() const { return h.window->findChild<QAction *>(u"retryAction"_s); }

    void select(const QString &name)
    {
        QTRY_VERIFY_WITH_TIMEOUT(h.version(name), 30'000);
        QVERIFY(h.window->selectVersion(h.idOf(name)));
        QTRY_COMPARE(h.window->selectedVersionId(), h.idOf(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::useTemporarySettings(m_settingsDir, u"tst_retry"_s);
    }

    void cleanup() { h.stop(); }

    void retryFromTheTable_data()
    {
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("path");
        QTest::newRow("k8s") << u"mall"_s << u"v2.5.1"_s << u"/openapi/delivery/releases/k8s"_s;
        QTest::newRow("k8s, timed out")
            << u"mall"_s << u"v2.3.0"_s << u"/openapi/delivery/releases/k8s"_s;
        QTest::newRow("helm") << u"payments"_s << u"pay-2.3.2"_s
                              << u"/openapi/delivery/releases/helm"_s;
    }

    void retryFromTheTable()
    {
        QFETCH(QString, project);
        QFETCH(QString, name);
        QFETCH(QString, path);
        h.start(project, 0);
        h.sim->setHelmCreateDelayMs(200);
        select(name);
        QCOMPARE(h.statusOf(name), VersionStatus::Failed);
        QTRY_VERIFY(retryAction()->isEnabled());
        // The same action is in the toolbar and the table's context menu.
        QVERIFY(h.window->table()->actions().contains(retryAction()));
        const QString id = h.idOf(name);

        retryAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(h.statusOf(name), VersionStatus::Retrying, 30'000);
        QCOMPARE(h.sim->state().storedStatus(id), u"retrying"_s);
        const QJsonObject body = h.lastBody("POST", path);
        QCOMPARE(body.value(u"retry"_s).toBool(), true);
        QCOMPARE(body.value(u"project_key"_s).toString(), project);
        QCOMPARE(body.value(u"version_name"_s).toString(), name);
        // A valid environment with its own production flag (K8s needs one).
        QCOMPARE(body.value(u"env_name"_s).toString(), u"dev"_s);
        QCOMPARE(body.value(u"production"_s).toBool(), false);
        QCOMPARE(h.sim->requestCount(path, "POST"), 1);

        h.sim->state().advance(TenMinutes);
        QTRY_COMPARE_WITH_TIMEOUT(h.statusOf(name), VersionStatus::Success, 30'000);
        QVERIFY(!retryAction()->isEnabled());
    }

    void retryFromTheWizard()
    {
        h.start(u"mall"_s, 0);
        CreateVersionWizard *wizard = h.openWizard();
        QVERIFY(wizard);
        Harness::fillBasics(wizard, u"v9.8.0"_s, QString(), {});
        Harness::clickNext(wizard, EnvironmentPageId);
        Harness::chooseEnvironment(wizard, false, u"qa"_s);
        Harness::clickNext(wizard, ServicesPageId);
        Harness::waitForServices(wizard);
        QVERIFY(wizard->servicesPage()->setChosen(u"cart"_s, u"cart"_s));
        // The simulator fails to push images whose tag says so.
        wizard->servicesPage()->setAllTags(u"fail-1"_s);
        Harness::clickNext(wizard, RegistryPageId);
        Harness::chooseRegistry(wizard, u"66f1a2b3c4d5e6f7a8b9c001"_s);
        Harness::advanceTo(wizard, ProgressPageId);
        ui::ProgressPage *progress = wizard->progressPage();
        QTRY_COMPARE_WITH_TIMEOUT(progress->status(), std::optional(VersionStatus::Creating),
                                  30'000);
        QVERIFY(!progress->retryButton()->isVisible());

        h.sim->state().advance(TenMinutes);
        QTRY_COMPARE_WITH_TIMEOUT(progress->status(), std::optional(VersionStatus::Failed), 30'000);
        QTRY_COMPARE(h.statusOf(u"v9.8.0"_s), VersionStatus::Failed);
        QVERIFY(progress->errorText().contains(u"unauthorized"_s));
        QVERIFY(progress->retryButton()->isVisible());
        Harness::shoot(wizard, u"k8s-7-failed"_s);

        QTest::mouseClick(progress->retryButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(progress->status(), std::optional(VersionStatus::Retrying),
                                  30'000);
        QTRY_COMPARE(h.statusOf(u"v9.8.0"_s), VersionStatus::Retrying);
        const QJsonObject body = h.lastBody("POST", u"/openapi/delivery/releases/k8s"_s);
        QCOMPARE(body.value(u"retry"_s).toBool(), true);
        QCOMPARE(body.value(u"version_name"_s).toString(), u"v9.8.0"_s);
        // The environment of the wizard, with its kind.
        QCOMPARE(body.value(u"env_name"_s).toString(), u"qa"_s);
        QCOMPARE(body.value(u"production"_s).toBool(), false);

        h.sim->state().advance(TenMinutes);
        QTRY_COMPARE_WITH_TIMEOUT(progress->status(), std::optional(VersionStatus::Success),
                                  30'000);
        QTRY_COMPARE(h.statusOf(u"v9.8.0"_s), VersionStatus::Success);
        QVERIFY(!progress->retryButton()->isVisible());
    }

    void refusedRetryInTheWizardDeletesAndStartsOver()
    {
        h.start(u"mall"_s, 0);
        CreateVersionWizard *wizard = h.openWizard();
        QVERIFY(wizard);
        Harness::fillBasics(wizard, u"v9.9.0"_s, u"again"_s, {u"x"_s});
        Harness::clickNext(wizard, EnvironmentPageId);
        Harness::chooseEnvironment(wizard, false, u"dev"_s);
        Harness::clickNext(wizard, ServicesPageId);
        Harness::waitForServices(wizard);
        QVERIFY(wizard->servicesPage()->setChosen(u"web"_s, u"web"_s));
        wizard->servicesPage()->setAllTags(u"fail-2"_s);
        Harness::clickNext(wizard, RegistryPageId);
        Harness::chooseRegistry(wizard, u"66f1a2b3c4d5e6f7a8b9c004"_s);
        Harness::advanceTo(wizard, ProgressPageId);
        h.sim->state().advance(TenMinutes);
        ui::ProgressPage *progress = wizard->progressPage();
        QTRY_COMPARE_WITH_TIMEOUT(progress->status(), std::optional(VersionStatus::Failed), 30'000);
        const QString id = progress->versionId();

        sim::Fault fault;
        fault.kind = sim::Fault::Kind::ServerError;
        fault.pathContains = u"/openapi/delivery/releases/k8s"_s;
        fault.method = "POST";
        fault.body = "创建工作流失败: workflow quota exceeded"_ba;
        h.sim->addFault(fault);
        ui::MessageBoxes::setRecordOnly(true);
        ui::MessageBoxes::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(progress->retryButton(), Qt::LeftButton);

        // Explained with the server's words, deleted on request, and back to the start with
        // every value kept, ready to create it again.
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(BasicsPageId), 30'000);
        QVERIFY(ui::MessageBoxes::lastText().contains(u"创建工作流失败"_s));
        QCOMPARE(h.sim->requestCount(u"/openapi/delivery/releases/"_s + id, "DELETE"), 1);
        QTRY_VERIFY(!h.version(u"v9.9.0"_s));
        QVERIFY(wizard->basicsPage()->hasServerError());
        QCOMPARE(wizard->basicsPage()->versionName(), u"v9.9.0"_s);
        QCOMPARE(wizard->basicsPage()->labels(), QStringList{u"x"_s});
        Harness::advanceTo(wizard, ReviewPageId);
        QCOMPARE(wizard->servicesPage()->tagEdit(u"web"_s, u"web"_s)->text(), u"fail-2"_s);
        QCOMPARE(wizard->registryPage()->registry()->id, u"66f1a2b3c4d5e6f7a8b9c004"_s);
        const int creates = h.sim->requestCount(u"/openapi/delivery/releases/k8s"_s, "POST");
        Harness::clickNext(wizard, ProgressPageId);
        QCOMPARE(h.sim->requestCount(u"/openapi/delivery/releases/k8s"_s, "POST"), creates + 1);
        QTRY_VERIFY_WITH_TIMEOUT(h.version(u"v9.9.0"_s), 30'000);
    }

    void versionTheServerCannotRetryOffersDelete_data()
    {
        QTest::addColumn<bool>("deleteIt");
        QTest::newRow("delete") << true;
        QTest::newRow("keep") << false;
    }

    void versionTheServerCannotRetryOffersDelete()
    {
        QFETCH(bool, deleteIt);
        h.start(u"mall"_s, 0);
        const QString name = u"v2.4.3-hotfix"_s;
        select(name);
        const QString id = h.idOf(name);
        ui::MessageBoxes::setRecordOnly(true);
        ui::MessageBoxes::setNextAnswer(deleteIt ? QMessageBox::Yes : QMessageBox::No);
        QTRY_VERIFY(retryAction()->isEnabled());
        retryAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(ui::MessageBoxes::lastText().contains(u"cannot be retried"_s),
                                 30'000);
        // Explained with the server's own words, and no retry was sent.
        QVERIFY(ui::MessageBoxes::lastText().contains(u"image registry is required"_s));
        QTRY_VERIFY(!h.window->findChild<ui::RetryFlow *>());
        QCOMPARE(h.sim->requestCount(u"/openapi/delivery/releases/k8s"_s, "POST"), 0);
        if (deleteIt) {
            QTRY_VERIFY(!h.version(name));
            QCOMPARE(h.sim->requestCount(u"/openapi/delivery/releases/"_s + id, "DELETE"), 1);
            QCOMPARE(h.sim->state().versionIdByName(u"mall"_s, name), QString());
        } else {
            QVERIFY(h.version(name));
            QCOMPARE(h.sim->requestCount(u"/openapi/delivery/releases/"_s + id, "DELETE"), 0);
        }
    }

    void retryTheServerRefusesIsExplained()
    {
        h.start(u"mall"_s, 0);
        select(u"v2.5.1"_s);
        sim::Fault fault;
        fault.kind = sim::Fault::Kind::ServerError;
        fault.pathContains = u"/openapi/delivery/releases/k8s"_s;
        fault.method = "POST";
        fault.body = "can't reCreate version with status:creating"_ba;
        h.sim->addFault(fault);
        ui::MessageBoxes::setRecordOnly(true);
        ui::MessageBoxes::setNextAnswer(QMessageBox::No);
        retryAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            ui::MessageBoxes::lastText().contains(u"can't reCreate version with status:creating"_s),
            30'000);
        QVERIFY(ui::MessageBoxes::lastText().contains(u"cannot be retried"_s));
        QTRY_VERIFY(!h.window->findChild<ui::RetryFlow *>());
        QVERIFY(h.version(u"v2.5.1"_s));
        QCOMPARE(h.statusOf(u"v2.5.1"_s), VersionStatus::Failed);
        QCOMPARE(h.sim->requestCount(u"/openapi/delivery/releases/"_s, "DELETE"), 0);
    }

    void networkFailureIsNotARefusal()
    {
        h.start(u"mall"_s, 0);
        select(u"v2.5.1"_s);
        sim::Fault fault;
        fault.kind = sim::Fault::Kind::DropConnection;
        fault.times = -1;
        fault.pathContains = u"/openapi/delivery/releases/k8s"_s;
        fault.method = "POST";
        h.sim->addFault(fault);
        ui::MessageBoxes::setRecordOnly(true);
        retryAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(ui::MessageBoxes::lastText().startsWith(
                                     u"The retry of “v2.5.1” was not sent through."_s),
                                 30'000);
        // A broken connection says nothing about the version: no delete is offered.
        QVERIFY(!ui::MessageBoxes::lastText().contains(u"cannot be retried"_s));
        QTRY_VERIFY(!h.window->findChild<ui::RetryFlow *>());
        QTRY_VERIFY(retryAction()->isEnabled());
    }
};

QTEST_MAIN(TestRetry)
#include "tst_retry.moc"
