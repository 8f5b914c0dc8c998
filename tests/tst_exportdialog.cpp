// ExportDialog against the demo simulator over real HTTP: each format's preview and Save are
// exactly the manifest writer's output, Copy fills the clipboard, the format and folder are
// remembered, and a failed read ends in an error state whose Retry loads the manifest.
#include "exportdialog.h"
#include "exportfiles.h"
#include "exportharness.h"
#include "manifest.h"
#include "statepane.h"
#include "testsettings.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zadig;
using ui::ExportDialog;

class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    test::ExportHarness m_h;
    QPointer<ExportDialog> m_dialog;
    const QString m_project = u"mall"_s;
    const QString m_projectName = u"商城"_s;

    ExportDialog *open(const QString &name)
    {
        const VersionInfo info = m_h.version(m_project, name);
        if (info.id.isEmpty())
            return nullptr;
        m_dialog = new ExportDialog(m_h.repositoryOf(m_project), m_projectName, info, std::nullopt);
        m_dialog->open();
        return m_dialog;
    }

    // The writer's own output for the version, read independently of the dialog.
    QByteArray expected(const QString &name, ExportDialog::Format format)
    {
        const VersionInfo info = m_h.version(m_project, name);
        const std::optional<VersionDetail> detail = m_h.detail(m_project, info);
        if (!detail)
            return QByteArray();
        const Manifest m = makeManifest(m_project, m_projectName, info, *detail);
        switch (format) {
        case ExportDialog::Format::Markdown:
            return toMarkdown(m);
        case ExportDialog::Format::Csv:
            return toCsv(m);
        case ExportDialog::Format::Json:
            return toJson(m);
        }
        return QByteArray();
    }

    static void choose(ExportDialog *dialog, ExportDialog::Format format)
    {
        auto *combo = dialog->findChild<QComboBox *>(u"exportFormatCombo"_s);
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(int(format)));
    }

    static QPlainTextEdit *preview(ExportDialog *dialog)
    {
        return dialog->findChild<QPlainTextEdit *>(u"exportPreview"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::useTemporarySettings(m_settingsDir, u"tst_exportdialog"_s);
    }

    void init() { QVERIFY(m_h.serve()); }

    void cleanup()
    {
        delete m_dialog;
        m_h.reset();
        QSettings().clear();
    }

    void previewIsTheWritersOutput_data()
    {
        QTest::addColumn<ExportDialog::Format>("format");
        QTest::addColumn<QString>("version");
        QTest::newRow("markdown") << ExportDialog::Format::Markdown << u"双十一大促版本"_s;
        QTest::newRow("csv") << ExportDialog::Format::Csv << u"双十一大促版本"_s;
        QTest::newRow("json") << ExportDialog::Format::Json << u"v2.5.0"_s;
    }

    void previewIsTheWritersOutput()
    {
        QFETCH(ExportDialog::Format, format);
        QFETCH(QString, version);
        const QByteArray bytes = expected(version, format);
        QVERIFY(!bytes.isEmpty());
        ExportDialog *dialog = open(version);
        QVERIFY(dialog);
        choose(dialog, format);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10'000);
        QCOMPARE(dialog->format(), format);
        QCOMPARE(dialog->bytes(), bytes);
        // The preview shows the same text, lines for CRLF and without the CSV's BOM.
        QString shown = QString::fromUtf8(bytes);
        if (shown.startsWith(QChar::ByteOrderMark))
            shown.remove(0, 1);
        shown.replace(u"\r\n"_s, u"\n"_s);
        QCOMPARE(preview(dialog)->toPlainText(), shown);
        QVERIFY(preview(dialog)->isVisible());
        QVERIFY(preview(dialog)->isReadOnly());
        QVERIFY(shown.contains(version));
    }

    void copyPutsTheTextOnTheClipboard()
    {
        ExportDialog *dialog = open(u"双十一大促版本"_s);
        QVERIFY(dialog);
        choose(dialog, ExportDialog::Format::Csv);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10'000);
        QGuiApplication::clipboard()->setText(u"something else"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportCopyButton"_s), Qt::LeftButton);
        const QByteArray bytes = expected(u"双十一大促版本"_s, ExportDialog::Format::Csv);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        // The text without the BOM: pasted, it would be a stray character in the first cell.
        const QString csv = QString::fromUtf8(bytes.mid(3));
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), csv);
        QVERIFY(!csv.startsWith(QChar::ByteOrderMark));
        QVERIFY(csv.contains(u"大促"_s));
    }

    void saveWritesTheFileAndRemembersTheFolder()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        ui::exportfiles::setLastFolder(folder.path());
        ExportDialog *dialog = open(u"v2.5.0"_s);
        QVERIFY(dialog);
        choose(dialog, ExportDialog::Format::Json);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10'000);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportSaveButton"_s), Qt::LeftButton);
        // The version's name, in the last folder.
        test::ExportHarness::expectSave(u"exportSaveDialog"_s, folder.filePath(u"v2.5.0.json"_s),
                                        expected(u"v2.5.0"_s, ExportDialog::Format::Json));
        if (QTest::currentTestFailed())
            return;

        // The next save starts in another folder once the user picked one there.
        QTemporaryDir other;
        QVERIFY(other.isValid());
        choose(dialog, ExportDialog::Format::Markdown);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportSaveButton"_s), Qt::LeftButton);
        QFileDialog *files = nullptr;
        QTRY_VERIFY((files = test::ExportHarness::fileDialog(u"exportSaveDialog"_s)));
        QCOMPARE(files->selectedFiles(), QStringList{folder.filePath(u"v2.5.0.md"_s)});
        files->selectFile(other.filePath(u"ticket.md"_s));
        QCOMPARE(files->selectedFiles(), QStringList{other.filePath(u"ticket.md"_s)});
        static_cast<QDialog *>(files)->accept();
        QTRY_VERIFY(QFile::exists(other.filePath(u"ticket.md"_s)));
        QCOMPARE(ui::exportfiles::lastFolder(), other.path());
    }

    void theFormatIsRemembered()
    {
        ExportDialog *dialog = open(u"v2.5.0"_s);
        QVERIFY(dialog);
        QCOMPARE(dialog->format(), ExportDialog::Format::Markdown); // the first time
        choose(dialog, ExportDialog::Format::Csv);
        dialog->close();
        QTRY_VERIFY(!m_dialog);

        dialog = open(u"v2.4.0"_s);
        QVERIFY(dialog);
        QCOMPARE(dialog->format(), ExportDialog::Format::Csv);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10'000);
        QCOMPARE(dialog->bytes(), expected(u"v2.4.0"_s, ExportDialog::Format::Csv));
    }

    void aFailedReadOffersRetry()
    {
        const VersionInfo info = m_h.version(m_project, u"v2.5.0"_s);
        QVERIFY(!info.id.isEmpty());
        m_h.client->setGeneration(ServerGeneration::Zadig3); // the detail is the only request
        sim::Fault fault;
        fault.kind = sim::Fault::Kind::ServerError;
        fault.pathContains = u"/openapi/delivery/releases/"_s;
        fault.times = -1;
        m_h.sim->addFault(fault);
        m_dialog = new ExportDialog(m_h.repositoryOf(m_project), m_projectName, info, std::nullopt);
        m_dialog->open();
        auto *state = m_dialog->findChild<ui::StatePane *>(u"exportStatePane"_s);
        auto *retry = state->findChild<QPushButton *>(u"stateRetryButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 10'000);
        QCOMPARE(state->title(), u"Could not read “v2.5.0”"_s);
        QVERIFY2(state->message().contains(u"injected fault"_s), qPrintable(state->message()));
        QVERIFY(!m_dialog->isLoaded());
        QVERIFY(!m_dialog->findChild<QPushButton *>(u"exportCopyButton"_s)->isEnabled());
        QVERIFY(!m_dialog->findChild<QPushButton *>(u"exportSaveButton"_s)->isEnabled());

        m_h.sim->clearFaults();
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_dialog->isLoaded(), 10'000);
        QVERIFY(preview(m_dialog)->isVisible());
        QVERIFY(m_dialog->findChild<QPushButton *>(u"exportSaveButton"_s)->isEnabled());
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
