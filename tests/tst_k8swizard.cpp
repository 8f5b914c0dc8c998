// The K8s YAML create wizard driven page by page, offscreen, against the in-process simulator
// over real HTTP: a version is created, shows up selected in the table and ends as success; the
// body the simulator received is the one the review page showed; empty and duplicate names,
// bad tags and a missing registry are caught before anything is sent; a server error after
// sending brings the user back to the page that caused it with every value kept.
#include "wizardharness.h"

#include "wizard/progresspage.h"
#include "wizard/reviewpage.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace zadig;
using ui::CreateVersionWizard;
using wizardtest::Harness;

namespace {

const QString ReleaseRegistry = u"66f1a2b3c4d5e6f7a8b9c003"_s; // ccr.ccs.tencentyun.com/release
const QString K8sPath = u"/openapi/delivery/releases/k8s"_s;

QJsonObject image(const QString &container, const QString &tag, bool notCopied)
{
    return QJsonObject{{u"container_name"_s, container},
                       {u"image_name"_s, container},
                       {u"image_tag"_s, tag},
                       {u"disable_image_dist"_s, notCopied}};
}

} // namespace

class TestK8sWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    Harness h;

    // Runs the wizard to the review page with the values of the end-to-end test.
    CreateVersionWizard *toReview(const QString &name)
    {
        CreateVersionWizard *wizard = h.openWizard();
        if (!wizard)
            return nullptr;
        Harness::fillBasics(wizard, name, u"Spring release"_s, {u"release"_s, u"春季"_s});
        Harness::clickNext(wizard, EnvironmentPageId);
        Harness::chooseEnvironment(wizard, false, u"qa"_s);
        Harness::clickNext(wizard, ServicesPageId);
        Harness::waitForServices(wizard);
        ui::ServicesPage *services = wizard->servicesPage();
        services->setChosen(u"cart"_s, QString());
        services->setChosen(u"order"_s, u"order"_s);
        services->setAllTags(u"20241201-1"_s);
        services->distributeCheck(u"order"_s, u"order"_s)->click();
        Harness::clickNext(wizard, RegistryPageId);
        Harness::chooseRegistry(wizard, ReleaseRegistry);
        Harness::clickNext(wizard, ReviewPageId);
        return QTest::currentTestFailed() ? nullptr : wizard;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::useTemporarySettings(m_settingsDir, u"tst_k8swizard"_s);
    }

    void cleanup() { h.stop(); }

    void createFromThisVersionFillsInItsDeliverables()
    {
        // 2.3-3.4 has no from_version: the wizard reads the version and fills the pages in. A
        // container the chosen environment no longer runs is listed, not silently dropped.
        h.start(u"mall"_s, 60);
        sim::SimVersion old;
        old.projectKey = u"mall"_s;
        old.name = u"v2.0.9-legacy"_s;
        old.type = u"K8SYaml"_s;
        old.status = u"success"_s;
        old.labels = {u"release"_s, u"回归"_s};
        old.createTime = 1'700'000'000;
        old.registryId = ReleaseRegistry;
        old.images = {{u"cart"_s, u"cart"_s, u"cart"_s,
                       u"ccr.ccs.tencentyun.com/release/cart:20231114-7-main"_s, ReleaseRegistry,
                       u"release"_s},
                      {u"search"_s, u"search"_s, u"search"_s,
                       u"ccr.ccs.tencentyun.com/release/search:20231114-7-main"_s, ReleaseRegistry,
                       u"release"_s}};
        h.sim->state().insertVersion(old);
        h.window->pager()->refresh();
        CreateVersionWizard *wizard = h.openWizardFrom(u"v2.0.9-legacy"_s);
        QVERIFY(wizard);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->basicsPage()->labels(),
                                  QStringList({u"release"_s, u"回归"_s}), 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->prefill().has_value(), 30'000);
        auto *name = wizard->findChild<QLineEdit *>(u"versionNameEdit"_s);
        QVERIFY(name->text().isEmpty()); // a new version needs a new name
        Harness::type(name, u"v2.0.10"_s);
        Harness::clickNext(wizard, EnvironmentPageId);
        Harness::chooseEnvironment(wizard, false, u"qa"_s);
        Harness::clickNext(wizard, ServicesPageId);
        Harness::waitForServices(wizard);
        const QList<ui::ContainerChoice> chosen = wizard->servicesPage()->chosen();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().service, u"cart"_s);
        QCOMPARE(chosen.first().tag, u"20231114-7-main"_s);
        QVERIFY2(wizard->servicesPage()->prefillNote().contains(u"search/search"_s),
                 qPrintable(wizard->servicesPage()->prefillNote()));
        Harness::clickNext(wizard, RegistryPageId);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->registryPage()->registry().value_or(Registry()).id,
                                  ReleaseRegistry, 30'000);
        Harness::clickNext(wizard, ReviewPageId);
        const QJsonObject body = Harness::shownBody(wizard);
        QCOMPARE(body.value(u"version_name"_s).toString(), u"v2.0.10"_s);
        QCOMPARE(body.value(u"image_registry_id"_s).toString(), ReleaseRegistry);
        const QJsonArray services = body.value(u"yaml_datas"_s).toArray();
        QCOMPARE(services.size(), 1);
        QCOMPARE(services.first()
                     .toObject()
                     .value(u"image_datas"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"image_tag"_s)
                     .toString(),
                 u"20231114-7-main"_s);
    }

    void createsVersionShowsItAndWatchesItToSuccess()
    {
        h.start(u"mall"_s, 60);
        CreateVersionWizard *wizard = h.openWizard();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QCOMPARE(wizard->flavour(), DeployType::K8s);
        QCOMPARE(wizard->currentId(), int(BasicsPageId));
        QVERIFY(!wizard->chartsPage());
        Harness::shoot(wizard, u"k8s-1-basics-empty"_s);

        Harness::fillBasics(wizard, u"v3.0.0"_s, u"Spring release"_s, {u"release"_s, u"春季"_s});
        Harness::shoot(wizard, u"k8s-1-basics"_s);
        Harness::clickNext(wizard, EnvironmentPageId);
        // The name was checked once, through the helper.
        QCOMPARE(h.sim->requestCount(u"/api/aslan/delivery/releases/check"_s), 1);

        Harness::chooseEnvironment(wizard, false, u"qa"_s);
        Harness::shoot(wizard, u"k8s-2-environment"_s);
        Harness::clickNext(wizard, ServicesPageId);
        Harness::waitForServices(wizard);
        ui::ServicesPage *services = wizard->servicesPage();
        QCOMPARE(services->reason(), u"Choose at least one container."_s);
        QVERIFY(services->setChosen(u"cart"_s, QString()));
        QVERIFY(services->setChosen(u"order"_s, u"order"_s));
        // image_name is the repository name of the current image; the tag starts as the current.
        QTreeWidgetItem *cart = services->tree()->topLevelItem(0)->child(0);
        QCOMPARE(cart->text(ui::ServicesPage::NameColumn), u"cart"_s);
        QCOMPARE(cart->text(ui::ServicesPage::ImageNameColumn), u"cart"_s);
        const QString cartImage = cart->text(ui::ServicesPage::ImageColumn);
        QVERIFY(cartImage.startsWith(u"registry.example.com/mall/cart:"_s));
        QCOMPARE(services->tagEdit(u"cart"_s, u"cart"_s)->text(), imageTag(cartImage));
        QVERIFY(services->tagEdit(u"cart"_s, u"cart"_s)->isEnabled());
        QVERIFY(!services->tagEdit(u"order"_s, u"order-migrate"_s)->isEnabled());
        const QString migrateTag = services->tagEdit(u"order"_s, u"order-migrate"_s)->text();

        // "Set all tags" changes the chosen containers only.
        auto *allTags = wizard->findChild<QLineEdit *>(u"allTagsEdit"_s);
        QTest::keyClicks(allTags, u"20241201-1"_s);
        QTest::mouseClick(wizard->findChild<QPushButton *>(u"setAllTagsButton"_s), Qt::LeftButton);
        QCOMPARE(services->tagEdit(u"cart"_s, u"cart"_s)->text(), u"20241201-1"_s);
        QCOMPARE(services->tagEdit(u"order"_s, u"order"_s)->text(), u"20241201-1"_s);
        QCOMPARE(services->tagEdit(u"order"_s, u"order-migrate"_s)->text(), migrateTag);
        // The order image is recorded, not copied.
        services->distributeCheck(u"order"_s, u"order"_s)->click();
        QVERIFY(services->reason().isEmpty());
        Harness::shoot(wizard, u"k8s-3-services"_s);
        Harness::clickNext(wizard, RegistryPageId);

        // cart is distributed: no registry, no Next.
        ui::RegistryPage *registry = wizard->registryPage();
        auto *registryCombo = wizard->findChild<QComboBox *>(u"registryCombo"_s);
        QTRY_VERIFY(registryCombo->count() > 1);
        QCOMPARE(registry->reason(), u"Choose a registry: images are distributed."_s);
        QVERIFY(!Harness::forwardButton(wizard)->isEnabled());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(RegistryPageId));
        Harness::chooseRegistry(wizard, ReleaseRegistry);
        QVERIFY(registry->reason().isEmpty());
        const QStringList preview = registry->previewLines();
        QCOMPARE(preview.size(), 2);
        QCOMPARE(preview.at(0), u"cart/cart ccr.ccs.tencentyun.com/release/cart:20241201-1"_s);
        QVERIFY2(preview.at(1).startsWith(u"order/order registry.example.com/mall/order:"_s),
                 qPrintable(preview.at(1)));
        QVERIFY(preview.at(1).contains(u"not copied"_s));
        Harness::shoot(wizard, u"k8s-4-registry"_s);
        Harness::clickNext(wizard, ReviewPageId);

        const QJsonObject shown = Harness::shownBody(wizard);
        const QJsonObject expected{
            {u"project_key"_s, u"mall"_s},
            {u"version_name"_s, u"v3.0.0"_s},
            {u"retry"_s, false},
            {u"env_name"_s, u"qa"_s},
            {u"production"_s, false},
            {u"desc"_s, u"Spring release"_s},
            {u"labels"_s, QJsonArray{u"release"_s, u"春季"_s}},
            {u"image_registry_id"_s, ReleaseRegistry},
            {u"yaml_datas"_s,
             QJsonArray{QJsonObject{{u"service_name"_s, u"cart"_s},
                                    {u"image_datas"_s,
                                     QJsonArray{image(u"cart"_s, u"20241201-1"_s, false)}}},
                        QJsonObject{{u"service_name"_s, u"order"_s},
                                    {u"image_datas"_s,
                                     QJsonArray{image(u"order"_s, u"20241201-1"_s, true)}}}}},
        };
        QCOMPARE(shown, expected);
        QVERIFY(wizard->reviewPage()->summaryText().contains(
            u"ccr.ccs.tencentyun.com/release/cart:20241201-1"_s));
        Harness::shoot(wizard, u"k8s-5-review"_s);
        QCOMPARE(h.sim->requestCount(K8sPath, "POST"), 0);

        Harness::clickNext(wizard, ProgressPageId);
        // Exactly what the review page showed went over the wire, once.
        QCOMPARE(h.sim->requestCount(K8sPath, "POST"), 1);
        QCOMPARE(h.lastBody("POST", K8sPath), shown);

        // Found on page 1 by name, selected in the table, watched to success in both places.
        QTRY_VERIFY_WITH_TIMEOUT(h.version(u"v3.0.0"_s), 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(h.window->selectedVersionId(), h.idOf(u"v3.0.0"_s), 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(h.statusOf(u"v3.0.0"_s), VersionStatus::Success, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->progressPage()->status(),
                                  std::optional(VersionStatus::Success), 20'000);
        QCOMPARE(wizard->progressPage()->versionId(), h.idOf(u"v3.0.0"_s));
        QVERIFY(wizard->progressPage()->statusText().startsWith(u"Done"_s));
        Harness::shoot(wizard, u"k8s-6-progress"_s);

        // Finish closes it; the version stays in the table.
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(!h.window->findChild<CreateVersionWizard *>());
        QVERIFY(h.version(u"v3.0.0"_s));
    }

    void emptyNameIsCaught_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("nothing") << QString();
        QTest::newRow("blanks") << u"   "_s;
    }

    void emptyNameIsCaught()
    {
        QFETCH(QString, typed);
        h.start(u"mall"_s, 60);
        CreateVersionWizard *wizard = h.openWizard();
        QVERIFY(wizard);
        QTest::keyClicks(wizard->findChild<QLineEdit *>(u"versionNameEdit"_s), typed);
        QCOMPARE(wizard->basicsPage()->reason(), u"Enter a version name."_s);
        QVERIFY(!Harness::forwardButton(wizard)->isEnabled());
        wizard->next();
        // A check would have left at once: once nothing is in flight, none was asked for.
        QTRY_COMPARE_WITH_TIMEOUT(h.client->pendingCount(), 0, 30'000);
        QCOMPARE(wizard->currentId(), int(BasicsPageId));
        QCOMPARE(h.sim->requestCount(u"/api/aslan/delivery/releases/check"_s), 0);
    }

    // A label typed but not added with Enter is kept when the user goes on, not dropped.
    void labelTypedWithoutEnterIsKept()
    {
        h.start(u"mall"_s, 60);
        CreateVersionWizard *wizard = h.openWizard();
        QVERIFY(wizard);
        Harness::fillBasics(wizard, u"v9.2.1"_s, QString(), {u"a"_s});
        Harness::type(wizard->findChild<QLineEdit *>(u"labelInput"_s), u"hotfix"_s);
        QTest::mouseClick(Harness::forwardButton(wizard), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(EnvironmentPageId), 30'000);
        QCOMPARE(wizard->basicsPage()->labels(), QStringList({u"a"_s, u"hotfix"_s}));
    }

    void nameIsCheckedBeforeLeavingBasics_data()
    {
        QTest::addColumn<bool>("helper");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("taken");
        QTest::newRow("helper, taken") << true << u"v2.5.0"_s << true;
        QTest::newRow("helper, taken, Chinese") << true << u"双十一大促版本"_s << true;
        QTest::newRow("helper, free") << true << u"v9.0.0"_s << false;
        QTest::newRow("list, taken") << false << u"v1.7.0"_s << true;
        QTest::newRow("list, free") << false << u"v9.0.0"_s << false;
    }

    void nameIsCheckedBeforeLeavingBasics()
    {
        QFETCH(bool, helper);
        QFETCH(QString, name);
        QFETCH(bool, taken);
        h.start(u"mall"_s, 60);
        h.sim->setWebHelpersAvailable(helper);
        CreateVersionWizard *wizard = h.openWizard();
        QVERIFY(wizard);
        Harness::type(wizard->findChild<QLineEdit *>(u"versionNameEdit"_s), name);
        const int listsBefore = h.sim->requestCount(u"/openapi/delivery/releases"_s, "GET");
        QTest::mouseClick(Harness::forwardButton(wizard), Qt::LeftButton);
        if (taken) {
            QTRY_COMPARE_WITH_TIMEOUT(
                wizard->basicsPage()->reason(),
                u"A version named “%1” already exists in this project: choose another name."_s.arg(
                    name),
                30'000);
            QCOMPARE(wizard->currentId(), int(BasicsPageId));
            QVERIFY(!Harness::forwardButton(wizard)->isEnabled());
            // Another name is free to go.
            auto *edit = wizard->basicsPage()->nameEdit();
            QTest::keyClicks(edit, u"-2"_s);
            QVERIFY(wizard->basicsPage()->reason().isEmpty());
            QTest::mouseClick(Harness::forwardButton(wizard), Qt::LeftButton);
        }
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(EnvironmentPageId), 30'000);
        if (!helper) // the helper is missing: the list was read instead
            QVERIFY(h.sim->requestCount(u"/openapi/delivery/releases"_s, "GET") > listsBefore);
        QCOMPARE(h.sim->requestCount(K8sPath, "POST"), 0);
    }

    void failedNameCheckLetsTheUserGoOn()
    {
        h.start(u"mall"_s, 60);
        h.sim->setWebHelpersAvailable(false);
        sim::Fault fault;
        fault.kind = sim::Fault::Kind::ServerError;
        fault.pathContains = u"/openapi/delivery/releases"_s;
        fault.method = "GET";
        fault.times = -1;
        h.sim->addFault(fault);
        CreateVersionWizard *wizard = h.openWizard();
        QVERIFY(wizard);
        QTest::keyClicks(wizard->basicsPage()->nameEdit(), u"v9.1.0"_s);
        QTest::mouseClick(Harness::forwardButton(wizard), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            wizard->basicsPage()->checkNote().startsWith(u"Could not check whether “v9.1.0”"_s),
            30'000);
        QVERIFY(!wizard->basicsPage()->isChecking());
        QCOMPARE(wizard->currentId(), int(BasicsPageId));
        // Said so; the next click goes on.
        QTest::mouseClick(Harness::forwardButton(wizard), Qt::LeftButton);
        QTRY_COMPARE(wizard->currentId(), int(EnvironmentPageId));
    }

    void labelsAreTokens()
    {
        h.start(u"mall"_s, 60);
        CreateVersionWizard *wizard = h.openWizard();
        QVERIFY(wizard);
        Harness::fillBasics(wizard, u"v9.2.0"_s, QString(), {u"a"_s, u"b"_s, u"c"_s});
        auto *input = wizard->findChild<QLineEdit *>(u"labelInput"_s);
        // A duplicate and a blank are refused.
        QTest::keyClicks(input, u"b"_s);
        QTest::keyClick(input, Qt::Key_Return);
        QTest::keyClicks(input, u"  "_s);
        QTest::keyClick(input, Qt::Key_Return);
        QCOMPARE(wizard->basicsPage()->labels(), QStringList({u"a"_s, u"b"_s, u"c"_s}));
        // Enter in the label field adds a label; it does not leave the page.
        QCOMPARE(wizard->currentId(), int(BasicsPageId));
        QList<QWidget *> chips;
        for (QWidget *chip : wizard->findChildren<QWidget *>(u"labelChip"_s)) {
            if (chip->property("label").toString() == u"b"_s)
                chips << chip;
        }
        QCOMPARE(chips.size(), 1);
        QTest::mouseClick(chips.first()->findChild<QToolButton *>(u"removeLabelButton"_s),
                          Qt::LeftButton);
        QCOMPARE(wizard->basicsPage()->labels(), QStringList({u"a"_s, u"c"_s}));
        QTRY_COMPARE(wizard->findChildren<QWidget *>(u"labelChip"_s).size(), 2);
        // Backspace in the empty field removes the last one.
        QTest::keyClick(input, Qt::Key_Backspace);
        QCOMPARE(wizard->basicsPage()->labels(), QStringList({u"a"_s}));
    }

    void badTagsAreCaught_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QString() << u"Enter a new tag for cart/cart."_s;
        QTest::newRow("space") << u"a b"_s
                               << u"“a b” is not a valid image tag for cart/cart: use letters, "
                                  "digits, _ . and - (at most 128 characters)."_s;
        QTest::newRow("leading dot")
            << u".1"_s
            << u"“.1” is not a valid image tag for cart/cart: use letters, digits, _ . and - (at "
               "most 128 characters)."_s;
        QTest::newRow("fine") << u"v1.2.3_rc-1"_s << QString();
    }

    void badTagsAreCaught()
    {
        QFETCH(QString, tag);
        QFETCH(QString, reason);
        h.start(u"mall"_s, 60);
        CreateVersionWizard *wizard = h.openWizard();
        QVERIFY(wizard);
        Harness::fillBasics(wizard, u"v9.3.0"_s, QString(), {});
        Harness::clickNext(wizard, EnvironmentPageId);
        Harness::chooseEnvironment(wizard, false, u"dev"_s);
        Harness::clickNext(wizard, ServicesPageId);
        Harness::waitForServices(wizard);
        QVERIFY(wizard->servicesPage()->setChosen(u"cart"_s, u"cart"_s));
        QLineEdit *edit = wizard->servicesPage()->tagEdit(u"cart"_s, u"cart"_s);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, tag);
        QCOMPARE(wizard->servicesPage()->reason(), reason);
        QCOMPARE(Harness::forwardButton(wizard)->isEnabled(), reason.isEmpty());
    }

    void registryIsRequiredWhenImagesAreDistributed_data()
    {
        QTest::addColumn<bool>("distribute");
        QTest::newRow("distributed") << true;
        QTest::newRow("recorded only") << false;
    }

    void registryIsRequiredWhenImagesAreDistributed()
    {
        QFETCH(bool, distribute);
        h.start(u"mall"_s, 60);
        CreateVersionWizard *wizard = h.openWizard();
        QVERIFY(wizard);
        Harness::fillBasics(wizard, u"v9.4.0"_s, QString(), {});
        Harness::clickNext(wizard, EnvironmentPageId);
        Harness::chooseEnvironment(wizard, false, u"dev"_s);
        Harness::clickNext(wizard, ServicesPageId);
        Harness::waitForServices(wizard);
        QVERIFY(wizard->servicesPage()->setChosen(u"user"_s, u"user"_s));
        if (!distribute)
            wizard->servicesPage()->distributeCheck(u"user"_s, u"user"_s)->click();
        Harness::clickNext(wizard, RegistryPageId);
        auto *combo = wizard->findChild<QComboBox *>(u"registryCombo"_s);
        QTRY_VERIFY(combo->count() > 1);
        // "No target registry" is a choice of its own: allowed only when nothing is copied.
        QVERIFY(wizard->registryPage()->choose(QString()));
        if (distribute) {
            QCOMPARE(wizard->registryPage()->reason(),
                     u"Choose a registry: images are distributed."_s);
            QVERIFY(!Harness::forwardButton(wizard)->isEnabled());
            wizard->next();
            QCOMPARE(wizard->currentId(), int(RegistryPageId));
            // Back to the services, the image is kept but not copied: now it may go on.
            wizard->back();
            QCOMPARE(wizard->currentId(), int(ServicesPageId));
            wizard->servicesPage()->distributeCheck(u"user"_s, u"user"_s)->click();
            Harness::clickNext(wizard, RegistryPageId);
        }
        QVERIFY(wizard->registryPage()->reason().isEmpty());
        Harness::clickNext(wizard, ReviewPageId);
        const QJsonObject body = Harness::shownBody(wizard);
        QCOMPARE(body.value(u"image_registry_id"_s).toString(), QString());
        QCOMPARE(body.value(u"yaml_datas"_s)[0][u"image_datas"_s][0][u"disable_image_dist"_s],
                 QJsonValue(true));
        QCOMPARE(h.sim->requestCount(K8sPath, "POST"), 0);
    }

    void backAndNextKeepEveryValue()
    {
        h.start(u"mall"_s, 60);
        CreateVersionWizard *wizard = toReview(u"v9.5.0"_s);
        QVERIFY(wizard);
        const QJsonObject first = Harness::shownBody(wizard);
        const int checks = h.sim->requestCount(u"/api/aslan/delivery/releases/check"_s);
        const int envDetails = h.sim->requestCount(u"/openapi/environments/qa"_s);
        while (wizard->currentId() != BasicsPageId)
            wizard->back();
        QCOMPARE(wizard->basicsPage()->versionName(), u"v9.5.0"_s);
        QCOMPARE(wizard->basicsPage()->description(), u"Spring release"_s);
        QCOMPARE(wizard->basicsPage()->labels(), QStringList({u"release"_s, u"春季"_s}));
        Harness::clickNext(wizard, EnvironmentPageId);
        QCOMPARE(wizard->environmentPage()->environment()->key, u"qa"_s);
        Harness::clickNext(wizard, ServicesPageId);
        QCOMPARE(wizard->servicesPage()->chosen().size(), 2);
        QCOMPARE(wizard->servicesPage()->tagEdit(u"order"_s, u"order"_s)->text(), u"20241201-1"_s);
        QVERIFY(!wizard->servicesPage()->distributeCheck(u"order"_s, u"order"_s)->isChecked());
        Harness::clickNext(wizard, RegistryPageId);
        QCOMPARE(wizard->registryPage()->registry()->id, ReleaseRegistry);
        Harness::clickNext(wizard, ReviewPageId);
        QCOMPARE(Harness::shownBody(wizard), first);
        // Nothing was asked again: an unchanged name and environment are not re-read.
        QCOMPARE(h.sim->requestCount(u"/api/aslan/delivery/releases/check"_s), checks);
        QCOMPARE(h.sim->requestCount(u"/openapi/environments/qa"_s), envDetails);
    }

    void serverErrorAfterSendingKeepsEveryField_data()
    {
        QTest::addColumn<QByteArray>("description");
        QTest::addColumn<int>("page");
        QTest::newRow("registry") << "推送镜像失败: image registry unreachable"_ba
                                  << int(RegistryPageId);
        QTest::newRow("environment")
            << "failed to query product info, procutName: mall envName qa"_ba
            << int(EnvironmentPageId);
        QTest::newRow("container")
            << "container order not found in service order"_ba << int(ServicesPageId);
        QTest::newRow("other") << "数据库连接失败"_ba << int(ReviewPageId);
    }

    void serverErrorAfterSendingKeepsEveryField()
    {
        QFETCH(QByteArray, description);
        QFETCH(int, page);
        h.start(u"mall"_s, 60);
        CreateVersionWizard *wizard = toReview(u"v9.6.0"_s);
        QVERIFY(wizard);
        const QJsonObject shown = Harness::shownBody(wizard);
        sim::Fault fault;
        fault.kind = sim::Fault::Kind::ServerError;
        fault.pathContains = K8sPath;
        fault.method = "POST";
        fault.body = description;
        h.sim->addFault(fault);

        QTest::mouseClick(Harness::forwardButton(wizard), Qt::LeftButton);
        QVERIFY(wizard->isSubmitting());
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->isSubmitting(), 30'000);
        QCOMPARE(wizard->currentId(), page);
        QVERIFY(wizard->isVisible());
        auto *p = qobject_cast<ui::WizardPageBase *>(wizard->currentPage());
        QVERIFY(p);
        // The server's words, as it sent them.
        QVERIFY2(p->serverErrorText().contains(QString::fromUtf8(description)),
                 qPrintable(p->serverErrorText()));
        QCOMPARE(h.sim->state().versionIdByName(u"mall"_s, u"v9.6.0"_s), QString());
        Harness::shoot(wizard, u"k8s-error-"_s + QString::fromLatin1(QTest::currentDataTag()));

        // Every value is still there: the same request goes out on the second try.
        Harness::advanceTo(wizard, ReviewPageId);
        QCOMPARE(Harness::shownBody(wizard), shown);
        Harness::clickNext(wizard, ProgressPageId);
        QCOMPARE(h.lastBody("POST", K8sPath), shown);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->progressPage()->status(),
                                  std::optional(VersionStatus::Success), 20'000);
    }

    void duplicateNameFromServerReturnsToNameField()
    {
        h.start(u"mall"_s, 60);
        CreateVersionWizard *wizard = toReview(u"v9.7.0"_s);
        QVERIFY(wizard);
        // Someone else takes the name after it was checked.
        sim::SimVersion other;
        other.projectKey = u"mall"_s;
        other.name = u"v9.7.0"_s;
        other.type = u"K8SYaml"_s;
        other.status = u"success"_s;
        other.createTime = 1732068000;
        h.sim->state().insertVersion(other);

        QTest::mouseClick(Harness::forwardButton(wizard), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(BasicsPageId), 30'000);
        ui::BasicsPage *basics = wizard->basicsPage();
        QCOMPARE(basics->reason(),
                 u"A version named “v9.7.0” already exists in this project: choose another "
                 "name."_s);
        QVERIFY(basics->serverErrorText().contains(u"version already exist"_s));
        QCOMPARE(wizard->focusWidget(), basics->nameEdit());
        Harness::shoot(wizard, u"k8s-error-duplicate"_s);
        QCOMPARE(basics->description(), u"Spring release"_s);

        // The name is selected for retyping; add to it instead.
        QCOMPARE(basics->nameEdit()->selectedText(), u"v9.7.0"_s);
        QTest::keyClick(basics->nameEdit(), Qt::Key_End);
        QTest::keyClicks(basics->nameEdit(), u"b"_s);
        Harness::advanceTo(wizard, ReviewPageId);
        QCOMPARE(Harness::shownBody(wizard).value(u"version_name"_s).toString(), u"v9.7.0b"_s);
        Harness::clickNext(wizard, ProgressPageId);
        QTRY_VERIFY_WITH_TIMEOUT(h.version(u"v9.7.0b"_s), 30'000);
    }
};

QTEST_MAIN(TestK8sWizard)
#include "tst_k8swizard.moc"
