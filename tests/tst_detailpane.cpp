// DetailPane with a 4.x/5.x detail: services with their images, the version error only when the
// version failed, and each service's YAML or values a context menu or a double-click away.
// Offscreen; the client has no server, so the pane's own refresh fails locally and quietly.
#include "api/decode.h"
#include "api/zadigclient.h"
#include "delegates.h"
#include "deliverablesmodel.h"
#include "detailpane.h"
#include "nextturn.h"
#include "testdata.h"
#include "testpalettes.h"
#include "versionrepository.h"
#include "yamlviewer.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QScopeGuard>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace zadig;
using zadig::ui::DetailPane;
using zadig::ui::YamlViewer;

class TestDetailPane : public QObject
{
    Q_OBJECT

private:
    static VersionDetail fixture(const QString &name, bool v2)
    {
        const QByteArray data = test::testData(name);
        if (data.isEmpty())
            qFatal("missing fixture");
        auto detail = decode::fromBytes(data, v2 ? decode::versionDetailV2 : decode::versionDetail);
        if (!detail)
            qFatal("fixture does not decode");
        VersionDetail d = detail.value();
        d.info.id = u"id-"_s + name; // a v2 detail has no id: the client gives it the list's
        return d;
    }

    // Puts the pane on the detail's version, then hands it the detail the way the poller does.
    void show(DetailPane &pane, const VersionDetail &detail)
    {
        pane.showVersion(detail.info);
        pane.updateDetail(detail);
    }

    static YamlViewer *viewer(const DetailPane &pane)
    {
        const QList<YamlViewer *> viewers = pane.findChildren<YamlViewer *>(u"yamlViewer"_s);
        for (YamlViewer *v : viewers) {
            if (v->isVisible())
                return v;
        }
        return nullptr;
    }

    static QMenu *openMenu(const DetailPane &pane)
    {
        const QList<QMenu *> menus = pane.findChildren<QMenu *>(u"deliverablesMenu"_s);
        for (QMenu *m : menus) {
            if (m->isVisible())
                return m;
        }
        return nullptr;
    }

    std::unique_ptr<ZadigClient> m_client;
    std::unique_ptr<VersionRepository> m_repository;

private Q_SLOTS:
    void init()
    {
        m_client = std::make_unique<ZadigClient>(nullptr);
        m_client->setGeneration(ServerGeneration::Zadig5);
        m_repository = std::make_unique<VersionRepository>(m_client.get());
    }

    void cleanup()
    {
        m_repository.reset();
        m_client.reset();
    }

    void v2DetailShowsServices_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<bool>("charts");
        QTest::newRow("k8s") << u"v2_detail_k8s.json"_s << false;
        QTest::newRow("helm") << u"v2_detail_helm.json"_s << true;
    }

    void v2DetailShowsServices()
    {
        QFETCH(QString, fixture);
        QFETCH(bool, charts);
        DetailPane pane(m_repository.get());
        show(pane, TestDetailPane::fixture(fixture, true));
        DeliverablesModel *model = pane.deliverables();
        QTreeView *tree = pane.tree();
        QVERIFY(tree);
        QCOMPARE(model->mode(), DeliverablesModel::Mode::Services);
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(tree->isExpanded(model->index(0, 0)));
        QVERIFY(tree->rootIsDecorated());
        QCOMPARE(tree->isColumnHidden(DeliverablesModel::ServiceChartColumn), !charts);
        QCOMPARE(tree->isColumnHidden(DeliverablesModel::ServiceChartVersionColumn), !charts);
        QVERIFY(!tree->isColumnHidden(DeliverablesModel::ServiceSourceImageColumn));
        QVERIFY(tree->itemDelegateForColumn(DeliverablesModel::ServiceStatusColumn));
        // Where it came from, with the environment's name.
        QCOMPARE(pane.findChild<QLabel *>(u"detailSource"_s)->text(),
                 u"From production environment “prod”"_s);

        // A 2.3-3.4 detail afterwards gets its own layout back: nothing hidden, no badge
        // delegate on what is now its time column.
        show(pane, TestDetailPane::fixture(u"seed_detail_helm.json"_s, false));
        QCOMPARE(model->mode(), DeliverablesModel::Mode::Helm);
        QVERIFY(!tree->isColumnHidden(DeliverablesModel::ServiceChartColumn));
        QVERIFY(!tree->itemDelegateForColumn(DeliverablesModel::ServiceStatusColumn));
    }

    // A light/dark switch recolours the status and the error shown, in the new palette's status
    // colour, not the one they were first given.
    void statusColourFollowsThePalette()
    {
        const QPalette saved = QApplication::palette();
        const auto restore = qScopeGuard([&saved] { QApplication::setPalette(saved); });
        QApplication::setPalette(test::lightPalette());
        DetailPane pane(m_repository.get());
        pane.show();
        VersionDetail detail = fixture(u"v2_detail_k8s.json"_s, true);
        detail.info.status = VersionStatus::Failed;
        show(pane, detail);
        auto *status = pane.findChild<QLabel *>(u"detailStatus"_s);
        auto *error = pane.findChild<QLabel *>(u"detailError"_s);
        QVERIFY(status && error);
        const auto shown = [](const QLabel *label) {
            return label->palette().color(label->foregroundRole());
        };
        const QColor onLight = ui::statusColor(VersionStatus::Failed, test::lightPalette());
        const QColor onDark = ui::statusColor(VersionStatus::Failed, test::darkPalette());
        QVERIFY(onLight != onDark);
        QCOMPARE(shown(status), onLight);
        for (const bool dark : {true, false, true}) {
            QApplication::setPalette(dark ? test::darkPalette() : test::lightPalette());
            QTRY_COMPARE(shown(status), dark ? onDark : onLight);
            QTRY_COMPARE(shown(error), dark ? onDark : onLight);
            const QColor behind = pane.palette().color(QPalette::Window);
            QVERIFY2(test::contrastRatio(shown(status), behind) >= 4.5,
                     qPrintable(u"%1 on %2"_s.arg(shown(status).name(), behind.name())));
        }
    }

    // The button's name is its promise: the clipboard holds every image, one per line.
    void copyAllImagesFillsTheClipboard()
    {
        DetailPane pane(m_repository.get());
        pane.show();
        show(pane, TestDetailPane::fixture(u"v2_detail_k8s.json"_s, true));
        const QStringList images = pane.deliverables()->allImages();
        QVERIFY(!images.isEmpty());
        QGuiApplication::clipboard()->setText(u"something else"_s);
        auto *copy = pane.findChild<QToolButton *>(u"copyAllImagesButton"_s);
        QVERIFY(copy);
        QTRY_VERIFY(copy->isVisible() && copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), images.join(u'\n') + u'\n');
    }

    void versionErrorOnlyWhenFailed_data()
    {
        QTest::addColumn<VersionStatus>("status");
        QTest::addColumn<QString>("versionError");
        QTest::addColumn<QString>("imageError");
        QTest::addColumn<QString>("shown");
        QTest::newRow("succeeded, stale error")
            << VersionStatus::Success << u"push failed"_s << QString() << QString();
        QTest::newRow("retrying, stale error")
            << VersionStatus::Retrying << u"push failed"_s << QString() << QString();
        QTest::newRow("failed") << VersionStatus::Failed << u"push failed"_s << QString()
                                << u"push failed"_s;
        QTest::newRow("failed, only the image says why")
            << VersionStatus::Failed << QString() << u"denied"_s << u"denied"_s;
    }

    void versionErrorOnlyWhenFailed()
    {
        QFETCH(VersionStatus, status);
        QFETCH(QString, versionError);
        QFETCH(QString, imageError);
        QFETCH(QString, shown);
        VersionDetail detail = fixture(u"v2_detail_k8s.json"_s, true);
        detail.info.status = status;
        detail.error = versionError;
        if (!imageError.isEmpty()) {
            detail.services[0].images[0].status = u"failed"_s;
            detail.services[0].images[0].error = imageError;
        }
        DetailPane pane(m_repository.get());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        show(pane, detail);
        auto *error = pane.findChild<QLabel *>(u"detailError"_s);
        QVERIFY(error);
        QCOMPARE(error->isVisible(), !shown.isEmpty());
        if (!shown.isEmpty())
            QCOMPARE(error->text(), shown);
    }

    void serviceContextMenuOpensViewer_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("action");
        QTest::newRow("k8s") << u"v2_detail_k8s.json"_s << u"View YAML…"_s;
        QTest::newRow("helm") << u"v2_detail_helm.json"_s << u"View Values…"_s;
    }

    void serviceContextMenuOpensViewer()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, action);
        const VersionDetail detail = TestDetailPane::fixture(fixture, true);
        DetailPane pane(m_repository.get());
        pane.resize(900, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        show(pane, detail);
        QTreeView *tree = pane.tree();
        const QModelIndex service = pane.deliverables()->index(0, 0);

        // An image row offers no viewer.
        const QModelIndex image = pane.deliverables()->index(0, 0, service);
        Q_EMIT tree->customContextMenuRequested(tree->visualRect(image).center());
        QTRY_VERIFY(openMenu(pane));
        QVERIFY(!openMenu(pane)->findChild<QAction *>(u"viewYamlAction"_s));
        openMenu(pane)->close();
        QTRY_VERIFY(!openMenu(pane));

        Q_EMIT tree->customContextMenuRequested(tree->visualRect(service).center());
        QTRY_VERIFY(openMenu(pane));
        QMenu *menu = openMenu(pane);
        auto *view = menu->findChild<QAction *>(u"viewYamlAction"_s);
        QVERIFY(view);
        QCOMPARE(view->text(), action);
        // By keyboard: Qt 6.8 drops a mouse click on a popup that is not exposed yet.
        menu->setActiveAction(view);
        QTest::keyClick(menu, Qt::Key_Return);
        QTRY_VERIFY(viewer(pane));
        YamlViewer *shown = viewer(pane);
        QCOMPARE(shown->text(), detail.services[0].yamlContent);
        QCOMPARE(shown->windowTitle(), u"svc-a — v1.2.0"_s);
        QVERIFY(!shown->isModal()); // the pane stays usable beside it
        QTRY_VERIFY(!openMenu(pane));
    }

    void doubleClickOnServiceOpensViewer()
    {
        const VersionDetail detail = fixture(u"v2_detail_k8s.json"_s, true);
        DetailPane pane(m_repository.get());
        pane.resize(900, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        show(pane, detail);
        QTreeView *tree = pane.tree();
        const QModelIndex service = pane.deliverables()->index(0, 0);
        const QModelIndex image = pane.deliverables()->index(0, 0, service);

        // A widget-level mouseDClick sends only the double-click event; an item view needs the
        // press before it, on the same row, as a real double-click has.
        const QPoint onService = tree->visualRect(service).center();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, onService);
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, onService);
        QTRY_VERIFY(viewer(pane));
        QCOMPARE(viewer(pane)->text(), detail.services[0].yamlContent);
        QVERIFY(tree->isExpanded(service)); // the double-click opened, and did not fold
        const QPoint onImage = tree->visualRect(image).center();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, onImage);
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, onImage);
        QVERIFY(test::nextTurn());
        QCOMPARE(pane.findChildren<YamlViewer *>().size(), 1); // images have no YAML of their own
    }
};

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
