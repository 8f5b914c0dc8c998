#include "exportdialog.h"

#include "exportfiles.h"
#include "statepane.h"
#include "versionrepository.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zadig::ui {

namespace {
const QString SettingsKey = u"manifest"_s;
// A format's stable word in the settings file (whatever the combo's order or language), and the
// suffix of its files.
struct FormatNames
{
    ExportDialog::Format format;
    QString word;
    QString suffix;
};
const FormatNames Formats[] = {
    {ExportDialog::Format::Markdown, u"markdown"_s, u"md"_s},
    {ExportDialog::Format::Csv, u"csv"_s, u"csv"_s},
    {ExportDialog::Format::Json, u"json"_s, u"json"_s},
};
const FormatNames &namesOf(ExportDialog::Format format)
{
    for (const FormatNames &names : Formats) {
        if (names.format == format)
            return names;
    }
    return Formats[0];
}
} // namespace

ExportDialog::ExportDialog(VersionRepository *repository, const QString &projectName,
                           const VersionInfo &info, const std::optional<VersionDetail> &detail,
                           QWidget *parent)
    : QDialog(parent), m_repository(repository), m_projectKey(repository->projectKey()),
      m_projectName(projectName), m_info(info), m_known(detail)
{
    setObjectName(u"exportDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    setWindowTitle(tr("Export Manifest — %1").arg(info.name));

    m_format = new QComboBox(this);
    m_format->setObjectName(u"exportFormatCombo"_s);
    m_format->addItem(tr("Markdown"), int(Format::Markdown));
    m_format->addItem(tr("CSV"), int(Format::Csv));
    m_format->addItem(tr("JSON"), int(Format::Json));
    const QString remembered = exportfiles::lastFormat(SettingsKey);
    for (const FormatNames &names : Formats) {
        if (remembered == names.word)
            setFormat(names.format);
    }
    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    auto *top = new QHBoxLayout;
    top->addWidget(formatLabel);
    top->addWidget(m_format);
    top->addStretch();

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(u"exportPreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_preview->setFont(fixed);
    m_state = new StatePane(this);
    m_state->setObjectName(u"exportStatePane"_s);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_preview);
    m_stack->addWidget(m_state);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(u"exportCopyButton"_s);
    m_copy->setToolTip(tr("Copy the manifest to the clipboard"));
    m_save = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(u"exportSaveButton"_s);
    m_save->setToolTip(tr("Save the manifest to a file"));
    connect(m_copy, &QPushButton::clicked, this, &ExportDialog::copy);
    connect(m_save, &QPushButton::clicked, this, &ExportDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        exportfiles::setLastFormat(SettingsKey, namesOf(format()).word);
        showPreview();
    });
    connect(m_state, &StatePane::retryRequested, this, &ExportDialog::load);

    // Wide enough for a Markdown table of full image references without wrapping.
    const QFontMetrics metrics(fixed);
    resize(metrics.horizontalAdvance(u'M') * 100, metrics.lineSpacing() * 30);
    load();
}

ExportDialog::Format ExportDialog::format() const
{
    return Format(m_format->currentData().toInt());
}

void ExportDialog::setFormat(Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

bool ExportDialog::isLoaded() const
{
    return m_manifest.has_value();
}

QByteArray ExportDialog::bytes() const
{
    if (!m_manifest)
        return QByteArray();
    switch (format()) {
    case Format::Markdown:
        return toMarkdown(*m_manifest);
    case Format::Csv:
        return toCsv(*m_manifest);
    case Format::Json:
        return toJson(*m_manifest);
    }
    return QByteArray();
}

QString ExportDialog::text() const
{
    QString text = QString::fromUtf8(bytes());
    if (text.startsWith(QChar::ByteOrderMark))
        text.remove(0, 1);
    return text;
}

void ExportDialog::load()
{
    m_manifest.reset();
    m_state->showLoading(tr("Reading “%1”…").arg(m_info.name));
    m_stack->setCurrentWidget(m_state);
    m_copy->setEnabled(false);
    m_save->setEnabled(false);
    exportfiles::readDetail(m_repository, m_info, std::exchange(m_known, std::nullopt), this,
                            [this](const Result<VersionDetail> &r) { onDetail(r); });
}

void ExportDialog::onDetail(const Result<VersionDetail> &result)
{
    if (!result) {
        m_state->showError(tr("Could not read “%1”").arg(m_info.name), result.error().message());
        return;
    }
    m_manifest = makeManifest(m_projectKey, m_projectName, m_info, result.value());
    m_copy->setEnabled(true);
    m_save->setEnabled(true);
    m_stack->setCurrentWidget(m_preview);
    showPreview();
}

void ExportDialog::showPreview()
{
    // The file's CRLF line endings (CSV) would show as stray characters: the preview shows lines.
    QString shown = text();
    shown.replace(u"\r\n"_s, u"\n"_s);
    m_preview->setPlainText(shown);
}

void ExportDialog::copy()
{
    QGuiApplication::clipboard()->setText(text());
}

void ExportDialog::save()
{
    const Format f = format();
    const QString filter = f == Format::Markdown ? tr("Markdown (*.md)")
                           : f == Format::Csv    ? tr("CSV (*.csv)")
                                                 : tr("JSON (*.json)");
    exportfiles::save(this, u"exportSaveDialog"_s, tr("Save Manifest"),
                      exportfiles::fileNameFor(m_info.name) + u'.' + namesOf(f).suffix, filter,
                      bytes());
}

} // namespace zadig::ui
