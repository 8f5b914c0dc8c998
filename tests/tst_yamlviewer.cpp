// YamlViewer: a service's YAML or values, read-only in a fixed font, copied whole on request.
#include "yamlviewer.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTextCursor>

using namespace Qt::StringLiterals;
using zadig::ui::YamlViewer;

class TestYamlViewer : public QObject
{
    Q_OBJECT

private:
    static QString yaml()
    {
        return u"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: svc-a\nspec:\n"
               u"  template:\n    spec:\n      containers:\n        - name: svc-a\n"
               u"          image: harbor.example.com/prod/svc-a:v1.2.0 # a long line that "
               u"must not wrap\n"_s;
    }

private Q_SLOTS:
    void showsTheYamlReadOnlyInAFixedFont()
    {
        auto *viewer =
            new YamlViewer(u"svc-a"_s, u"v1.2.0"_s, yaml(), YamlViewer::Content::K8sYaml);
        QPointer<YamlViewer> guard(viewer);
        viewer->show();
        QVERIFY(QTest::qWaitForWindowExposed(viewer));
        QCOMPARE(viewer->objectName(), u"yamlViewer"_s);
        QCOMPARE(viewer->windowTitle(), u"svc-a — v1.2.0"_s);
        auto *editor = viewer->findChild<QPlainTextEdit *>(u"yamlViewerText"_s);
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->toPlainText(), yaml());
        QVERIFY(editor->isReadOnly());
        QCOMPARE(editor->lineWrapMode(), QPlainTextEdit::NoWrap);
        QCOMPARE(editor->font().family(),
                 QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
        QVERIFY(!viewer->findChild<QLabel *>(u"yamlViewerEmpty"_s));
        // Typing does not change what is shown.
        editor->setFocus();
        QTest::keyClicks(editor, u"x"_s);
        QCOMPARE(editor->toPlainText(), yaml());
        viewer->close();
        QTRY_VERIFY(guard.isNull()); // it keeps nothing once closed
    }

    void copyPutsAllOfItOnTheClipboard()
    {
        YamlViewer viewer(u"svc-a"_s, u"v1.2.0"_s, yaml(), YamlViewer::Content::HelmValues);
        viewer.setAttribute(Qt::WA_DeleteOnClose, false); // on the stack here
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QGuiApplication::clipboard()->setText(u"something else"_s);
        auto *copy = viewer.findChild<QPushButton *>(u"yamlViewerCopy"_s);
        QVERIFY(copy);
        QVERIFY(copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), yaml());
    }

    void withoutYamlItSaysSo_data()
    {
        QTest::addColumn<YamlViewer::Content>("content");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("k8s, empty") << YamlViewer::Content::K8sYaml << QString() << u"K8s YAML"_s;
        QTest::newRow("helm, blank")
            << YamlViewer::Content::HelmValues << u"  \n"_s << u"Helm values"_s;
    }

    void withoutYamlItSaysSo()
    {
        QFETCH(YamlViewer::Content, content);
        QFETCH(QString, text);
        QFETCH(QString, says);
        YamlViewer viewer(u"svc-a"_s, u"v1.2.0"_s, text, content);
        viewer.setAttribute(Qt::WA_DeleteOnClose, false);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QVERIFY(!viewer.findChild<QPlainTextEdit *>(u"yamlViewerText"_s));
        auto *note = viewer.findChild<QLabel *>(u"yamlViewerEmpty"_s);
        QVERIFY(note);
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(says), qPrintable(note->text()));
        QVERIFY(!viewer.findChild<QPushButton *>(u"yamlViewerCopy"_s)->isEnabled());
    }

    // A distribution log: read-only and fixed, found with Ctrl+F and F3 / Shift+F3 (wrapping
    // round), copied whole.
    void aLogIsFoundInAndCopied()
    {
        const QString log = u"pulling a\npushing b\nunauthorized: authentication required\n"
                            u"ERROR push b: unauthorized\n"_s;
        YamlViewer viewer(u"cart/cart"_s, u"v3.1.0"_s, QString(),
                          YamlViewer::Content::DistributionLog);
        viewer.setAttribute(Qt::WA_DeleteOnClose, false);
        viewer.setLoading();
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QCOMPARE(viewer.objectName(), u"logViewer"_s);
        QVERIFY(viewer.windowTitle().contains(u"cart/cart"_s));
        QVERIFY(viewer.findChild<QLabel *>(u"yamlViewerLoading"_s));
        QVERIFY(!viewer.findChild<QPushButton *>(u"yamlViewerCopy"_s)->isEnabled());

        viewer.setText(log);
        QVERIFY(!viewer.findChild<QLabel *>(u"yamlViewerLoading"_s));
        auto *editor = viewer.findChild<QPlainTextEdit *>(u"yamlViewerText"_s);
        QVERIFY(editor);
        QCOMPARE(editor->toPlainText(), log);
        QVERIFY(editor->isReadOnly());
        QCOMPARE(editor->font().family(),
                 QFontDatabase::systemFont(QFontDatabase::FixedFont).family());

        // Ctrl+F goes to the find bar; typing finds the first match from the top.
        editor->setFocus();
        editor->moveCursor(QTextCursor::Start);
        QTest::keyClick(&viewer, Qt::Key_F, Qt::ControlModifier);
        auto *find = viewer.findChild<QLineEdit *>(u"yamlViewerFind"_s);
        QVERIFY(find);
        QTRY_VERIFY(find->hasFocus());
        QTest::keyClicks(find, u"unauthorized"_s);
        const int first = int(log.indexOf(u"unauthorized"_s));
        const int second = int(log.indexOf(u"unauthorized"_s, first + 1));
        QCOMPARE(editor->textCursor().selectedText(), u"unauthorized"_s);
        QCOMPARE(editor->textCursor().selectionStart(), first);
        // F3 goes on to the next, and round to the first again.
        QTest::keyClick(&viewer, Qt::Key_F3);
        QCOMPARE(editor->textCursor().selectionStart(), second);
        QTest::keyClick(&viewer, Qt::Key_F3);
        QCOMPARE(editor->textCursor().selectionStart(), first);
        // Shift+F3 goes back, round the start to the last.
        QTest::keyClick(&viewer, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(editor->textCursor().selectionStart(), second);
        // The buttons do the same.
        QTest::mouseClick(viewer.findChild<QPushButton *>(u"yamlViewerFindNext"_s), Qt::LeftButton);
        QCOMPARE(editor->textCursor().selectionStart(), first);
        QTest::mouseClick(viewer.findChild<QPushButton *>(u"yamlViewerFindPrevious"_s),
                          Qt::LeftButton);
        QCOMPARE(editor->textCursor().selectionStart(), second);
        // What is not there is said, and nothing is selected.
        find->clear();
        QTest::keyClicks(find, u"no such words"_s);
        QVERIFY(!viewer.find());
        QVERIFY(!viewer.findChild<QLabel *>(u"yamlViewerFindStatus"_s)->text().isEmpty());

        QGuiApplication::clipboard()->setText(u"something else"_s);
        QTest::mouseClick(viewer.findChild<QPushButton *>(u"yamlViewerCopy"_s), Qt::LeftButton);
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), log);
    }

    void aLogThatCouldNotBeReadSaysWhy()
    {
        YamlViewer viewer(u"cart/cart"_s, u"v3.1.0"_s, QString(),
                          YamlViewer::Content::DistributionLog);
        viewer.setAttribute(Qt::WA_DeleteOnClose, false);
        viewer.setLoading();
        viewer.setError(u"the server answered 500"_s);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        auto *note = viewer.findChild<QLabel *>(u"yamlViewerError"_s);
        QVERIFY(note);
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(u"the server answered 500"_s));
        QVERIFY(!viewer.findChild<QPlainTextEdit *>(u"yamlViewerText"_s));
        QVERIFY(!viewer.findChild<QPushButton *>(u"yamlViewerCopy"_s)->isEnabled());
        QVERIFY(!viewer.findChild<QLineEdit *>(u"yamlViewerFind"_s)->isEnabled());
    }
};

QTEST_MAIN(TestYamlViewer)
#include "tst_yamlviewer.moc"
