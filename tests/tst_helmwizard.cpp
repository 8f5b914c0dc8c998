// The Helm Chart create wizard driven page by page, offscreen, against the in-process
// simulator over real HTTP: chart repository and versions (from the helpers, or typed when the
// server has none), SemVer checked before sending, the long create call shown as work in
// progress that Cancel does not interrupt, the exact body sent, and the version watched to
// success in the wizard and the table.
#include "wizardharness.h"

#include "wizard/chartspage.h"
#include "wizard/progresspage.h"
#include "wizard/reviewpage.h"
#include "wizardrules.h"

#include <QJsonArray>
#include <QLabel>
#include <QProgressBar>

using namespace Qt::StringLiterals;
using namespace zadig;
using ui::CreateVersionWizard;
using wizardtest::Harness;

namespace {

const QString PaymentsRegistry = u"66f1a2b3c4d5e6f7a8b9c002"_s; // harbor.example.com/payments
const QString HelmPath = u"/openapi/delivery/releases/helm"_s;

void setText(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestHelmWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    Harness h;

    // Opens the wizard and goes to the charts page with pay-api and risk-engine chosen.
    // Waits for the chart repositories' helper to answer; a failure says what the page and the
    // client were doing, so that a rare slow or lost answer can be told apart.
    void waitForRepos(CreateVersionWizard *wizard, int count)
    {
        ui::ChartsPage *charts = wizard->chartsPage();
        const bool answered = QTest::qWaitFor(
            [charts, count] { return charts->repoCombo()->count() == count; }, 30'000);
        QVERIFY2(answered,
                 qPrintable(
                     u"repositories: %1, helper answered: %2, calls in flight: %3, "
                     "requests to the helper: %4, note: %5"_s.arg(
                         QString::number(charts->repoCombo()->count()),
                         charts->helpersAnswered() ? u"yes"_s : u"no"_s,
                         QString::number(h.client->pendingCount()),
                         QString::number(h.sim->requestCount(u"/api/aslan/system/helm/project"_s)),
                         wizard->findChild<QLabel *>(u"chartRepoNote"_s)->text())));
    }

    CreateVersionWizard *toCharts(const QString &name, bool production)
    {
        CreateVersionWizard *wizard = h.openWizard();
        if (!wizard)
            return nullptr;
        Harness::fillBasics(wizard, name, u"国密改造"_s, {u"支付"_s});
        Harness::clickNext(wizard, EnvironmentPageId);
        Harness::chooseEnvironment(wizard, production, production ? u"prod"_s : u"dev"_s);
        Harness::clickNext(wizard, ServicesPageId);
        Harness::waitForServices(wizard);
        wizard->servicesPage()->setChosen(u"pay-api"_s, QString());
        wizard->servicesPage()->setChosen(u"risk-engine"_s, QString());
        Harness::clickNext(wizard, RegistryPageId);
        Harness::chooseRegistry(wizard, PaymentsRegistry);
        Harness::clickNext(wizard, ChartsPageId);
        return QTest::currentTestFailed() ? nullptr : wizard;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::useTemporarySettings(m_settingsDir, u"tst_helmwizard"_s);
    }

    void cleanup() { h.stop(); }

    void createsVersionShowsItAndWatchesItToSuccess()
    {
        h.start(u"payments"_s, 60);
        h.sim->setHelmCreateDelayMs(1500);
        CreateVersionWizard *wizard = h.openWizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->flavour(), DeployType::Helm);
        QVERIFY(wizard->chartsPage());
        Harness::fillBasics(wizard, u"pay-3.0.0"_s, u"国密改造"_s, {u"支付"_s});
        Harness::shoot(wizard, u"helm-1-basics"_s);
        Harness::clickNext(wizard, EnvironmentPageId);
        Harness::chooseEnvironment(wizard, true, u"prod"_s);
        Harness::shoot(wizard, u"helm-2-environment"_s);
        Harness::clickNext(wizard, ServicesPageId);
        Harness::waitForServices(wizard);
        QVERIFY(wizard->servicesPage()->setChosen(u"pay-api"_s, QString()));
        QVERIFY(wizard->servicesPage()->setChosen(u"risk-engine"_s, QString()));
        QCOMPARE(wizard->servicesPage()->chosen().size(), 3);
        Harness::shoot(wizard, u"helm-3-services"_s);
        Harness::clickNext(wizard, RegistryPageId);

        // Helm always needs a registry; "no registry" is not even offered.
        auto *registryCombo = wizard->findChild<QComboBox *>(u"registryCombo"_s);
        QTRY_VERIFY(registryCombo->count() > 0);
        QCOMPARE(registryCombo->findData(u"-"_s), -1);
        QCOMPARE(wizard->registryPage()->reason(),
                 u"Choose a registry: a Helm version needs one."_s);
        QVERIFY(!Harness::forwardButton(wizard)->isEnabled());
        Harness::chooseRegistry(wizard, PaymentsRegistry);
        QVERIFY(wizard->registryPage()->previewLines().contains(
            u"risk-engine/risk-model harbor.example.com/payments/risk-model:"_s +
            wizard->servicesPage()->tagEdit(u"risk-engine"_s, u"risk-model"_s)->text()));
        Harness::shoot(wizard, u"helm-4-registry"_s);
        Harness::clickNext(wizard, ChartsPageId);

        ui::ChartsPage *charts = wizard->chartsPage();
        QComboBox *repo = charts->repoCombo();
        QTRY_COMPARE_WITH_TIMEOUT(repo->count(), 2, 30'000);
        QCOMPARE(charts->reason(), u"Choose or type the chart repository."_s);
        repo->setCurrentIndex(repo->findText(u"payments-charts"_s));
        // The next versions come from the helper, one per chosen service.
        QLineEdit *payApi = charts->versionEdit(u"pay-api"_s);
        QLineEdit *risk = charts->versionEdit(u"risk-engine"_s);
        QVERIFY(payApi && risk);
        QVERIFY(!charts->versionEdit(u"notify"_s));
        QTRY_VERIFY_WITH_TIMEOUT(isSemVer(payApi->text()) && isSemVer(risk->text()), 30'000);
        const QString payApiVersion = payApi->text();

        // A version that is not SemVer is caught with its reason.
        setText(risk, u"1.2"_s);
        QCOMPARE(charts->reason(),
                 u"Chart version 1.2 of risk-engine is not SemVer (e.g. 1.2.0)."_s);
        QVERIFY(!Harness::forwardButton(wizard)->isEnabled());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ChartsPageId));
        setText(risk, u"1.2.0"_s);
        QVERIFY(charts->reason().isEmpty());
        Harness::shoot(wizard, u"helm-5-charts"_s);
        Harness::clickNext(wizard, ReviewPageId);

        const QJsonObject shown = Harness::shownBody(wizard);
        const QString payTag = wizard->servicesPage()->tagEdit(u"pay-api"_s, u"pay-api"_s)->text();
        QCOMPARE(shown.value(u"project_key"_s).toString(), u"payments"_s);
        QCOMPARE(shown.value(u"version_name"_s).toString(), u"pay-3.0.0"_s);
        QCOMPARE(shown.value(u"env_name"_s).toString(), u"prod"_s);
        QCOMPARE(shown.value(u"production"_s).toBool(), true);
        QCOMPARE(shown.value(u"image_registry_id"_s).toString(), PaymentsRegistry);
        QCOMPARE(shown.value(u"chart_repo_name"_s).toString(), u"payments-charts"_s);
        const QJsonArray chartDatas = shown.value(u"chart_datas"_s).toArray();
        QCOMPARE(chartDatas.size(), 2);
        QCOMPARE(chartDatas[0][u"service_name"_s].toString(), u"pay-api"_s);
        QCOMPARE(chartDatas[0][u"version"_s].toString(), payApiVersion);
        QCOMPARE(chartDatas[0][u"image_datas"_s].toArray(),
                 QJsonArray({QJsonObject{{u"container_name"_s, u"pay-api"_s},
                                         {u"image_name"_s, u"pay-api"_s},
                                         {u"image_tag"_s, payTag},
                                         {u"disable_image_dist"_s, false}}}));
        QCOMPARE(chartDatas[1][u"service_name"_s].toString(), u"risk-engine"_s);
        QCOMPARE(chartDatas[1][u"version"_s].toString(), u"1.2.0"_s);
        QCOMPARE(chartDatas[1][u"image_datas"_s].toArray().size(), 2);
        Harness::shoot(wizard, u"helm-6-review"_s);

        // The Helm call packages charts before it answers: work in progress, and Cancel
        // neither closes the wizard nor drops the call.
        QTest::mouseClick(Harness::forwardButton(wizard), Qt::LeftButton);
        ui::ReviewPage *review = wizard->reviewPage();
        QTRY_VERIFY(review->isBusy());
        QCOMPARE(review->busyText(),
                 u"Packaging and pushing charts… this can take a few minutes."_s);
        QVERIFY(wizard->findChild<QProgressBar *>(u"submitProgress"_s)->isVisible());
        QVERIFY(!Harness::forwardButton(wizard)->isEnabled());
        QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled());
        Harness::shoot(wizard, u"helm-7-submitting"_s);
        wizard->reject();
        QVERIFY(wizard->isVisible());
        QVERIFY(wizard->findChild<QLabel *>(u"submitWaitNote"_s)->isVisible());
        QTest::keyClick(wizard, Qt::Key_Escape);
        QVERIFY(wizard->isVisible());

        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ProgressPageId), 20'000);
        QCOMPARE(h.sim->requestCount(HelmPath, "POST"), 1);
        QCOMPARE(h.lastBody("POST", HelmPath), shown);
        QTRY_VERIFY_WITH_TIMEOUT(h.version(u"pay-3.0.0"_s), 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(h.window->selectedVersionId(), h.idOf(u"pay-3.0.0"_s), 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(h.statusOf(u"pay-3.0.0"_s), VersionStatus::Success, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->progressPage()->status(),
                                  std::optional(VersionStatus::Success), 20'000);
        Harness::shoot(wizard, u"helm-8-progress"_s);
    }

    void chartVersionsMustBeSemVer_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("reason");
        QTest::newRow("two parts")
            << u"1.2"_s << u"Chart version 1.2 of pay-api is not SemVer (e.g. 1.2.0)."_s;
        QTest::newRow("v and one part")
            << u"v1"_s << u"Chart version v1 of pay-api is not SemVer (e.g. 1.2.0)."_s;
        QTest::newRow("four parts")
            << u"1.2.3.4"_s << u"Chart version 1.2.3.4 of pay-api is not SemVer (e.g. 1.2.0)."_s;
        QTest::newRow("empty") << QString() << u"Enter a chart version for pay-api."_s;
        QTest::newRow("plain") << u"1.2.0"_s << QString();
        QTest::newRow("pre-release") << u"2.0.0-rc.1"_s << QString();
    }

    void chartVersionsMustBeSemVer()
    {
        QFETCH(QString, version);
        QFETCH(QString, reason);
        h.start(u"payments"_s, 60);
        CreateVersionWizard *wizard = toCharts(u"pay-3.1.0"_s, false);
        QVERIFY(wizard);
        waitForRepos(wizard, 2);
        wizard->chartsPage()->repoCombo()->setCurrentIndex(0);
        QLineEdit *payApi = wizard->chartsPage()->versionEdit(u"pay-api"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!payApi->text().isEmpty() && !wizard->chartsPage()->isSuggesting(),
                                 30'000);
        setText(payApi, version);
        QCOMPARE(wizard->chartsPage()->reason(), reason);
        QCOMPARE(Harness::forwardButton(wizard)->isEnabled(), reason.isEmpty());
        // A typed version is the user's: a later suggestion does not overwrite it.
        wizard->back();
        Harness::clickNext(wizard, ChartsPageId);
        QCOMPARE(wizard->chartsPage()->versionEdit(u"pay-api"_s)->text(), version);
        QCOMPARE(h.sim->requestCount(HelmPath, "POST"), 0);
    }

    void chartRepositoryIsTypedWhenTheServerHasNoHelper()
    {
        h.start(u"payments"_s, 60);
        h.sim->setWebHelpersAvailable(false);
        CreateVersionWizard *wizard = toCharts(u"pay-3.2.0"_s, false);
        QVERIFY(wizard);
        ui::ChartsPage *charts = wizard->chartsPage();
        QTRY_VERIFY_WITH_TIMEOUT(charts->helpersAnswered(), 30'000);
        QCOMPARE(charts->repoCombo()->count(), 0);
        QVERIFY(wizard->findChild<QLabel *>(u"chartRepoNote"_s)->isVisible());
        QCOMPARE(charts->reason(), u"Choose or type the chart repository."_s);
        QTest::keyClicks(charts->repoCombo()->lineEdit(), u"shared-charts"_s);
        QCOMPARE(charts->reason(), u"Enter a chart version for pay-api."_s);
        QTest::keyClicks(charts->versionEdit(u"pay-api"_s), u"3.0.0"_s);
        QTest::keyClicks(charts->versionEdit(u"risk-engine"_s), u"3.0.1"_s);
        QVERIFY(charts->reason().isEmpty());
        Harness::clickNext(wizard, ReviewPageId);
        const QJsonObject shown = Harness::shownBody(wizard);
        QCOMPARE(shown.value(u"chart_repo_name"_s).toString(), u"shared-charts"_s);
        Harness::clickNext(wizard, ProgressPageId);
        QCOMPARE(h.lastBody("POST", HelmPath), shown);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->progressPage()->status(),
                                  std::optional(VersionStatus::Success), 20'000);
    }

    void serverErrorReturnsToTheChartsPage()
    {
        h.start(u"payments"_s, 60);
        CreateVersionWizard *wizard = toCharts(u"pay-3.3.0"_s, false);
        QVERIFY(wizard);
        waitForRepos(wizard, 2);
        wizard->chartsPage()->repoCombo()->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->chartsPage()->reason().isEmpty(), 30'000);
        Harness::clickNext(wizard, ReviewPageId);
        const QJsonObject shown = Harness::shownBody(wizard);
        sim::Fault fault;
        fault.kind = sim::Fault::Kind::ServerError;
        fault.pathContains = HelmPath;
        fault.method = "POST";
        fault.body = "failed to query chart-repo info, repoName: shared-charts: 仓库不可用"_ba;
        h.sim->addFault(fault);
        QTest::mouseClick(Harness::forwardButton(wizard), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ChartsPageId), 30'000);
        QVERIFY(wizard->chartsPage()->serverErrorText().contains(u"仓库不可用"_s));
        QCOMPARE(wizard->chartsPage()->chartRepo(), u"shared-charts"_s);
        Harness::advanceTo(wizard, ReviewPageId);
        QCOMPARE(Harness::shownBody(wizard), shown);
    }
};

QTEST_MAIN(TestHelmWizard)
#include "tst_helmwizard.moc"
