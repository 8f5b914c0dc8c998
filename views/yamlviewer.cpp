#include "yamlviewer.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zadig::ui {

YamlViewer::YamlViewer(const QString &serviceName, const QString &versionName, const QString &text,
                       Content content, QWidget *parent)
    : QDialog(parent), m_text(text)
{
    setObjectName(u"yamlViewer"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("%1 — %2").arg(serviceName, versionName));
    const bool values = content == Content::HelmValues;
    const bool empty = text.trimmed().isEmpty();

    auto *layout = new QVBoxLayout(this);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (empty) {
        // A blank editor would look like a failed read; say what is (not) there instead.
        auto *note = new QLabel(values ? tr("This service has no Helm values in this version.")
                                       : tr("This service has no K8s YAML in this version."),
                                this);
        note->setObjectName(u"yamlViewerEmpty"_s);
        note->setAlignment(Qt::AlignCenter);
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(note, 1);
    } else {
        auto *editor = new QPlainTextEdit(this);
        editor->setObjectName(u"yamlViewerText"_s);
        editor->setReadOnly(true);
        editor->setLineWrapMode(QPlainTextEdit::NoWrap);
        editor->setFont(fixed);
        editor->setPlainText(text);
        layout->addWidget(editor, 1);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copyButton = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    copyButton->setObjectName(u"yamlViewerCopy"_s);
    copyButton->setToolTip(values ? tr("Copy all the values") : tr("Copy all the YAML"));
    copyButton->setEnabled(!empty);
    connect(copyButton, &QPushButton::clicked, this, &YamlViewer::copy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Wide enough for typical manifests without wrapping, tall enough to read a Deployment.
    const QFontMetrics metrics(fixed);
    resize(metrics.horizontalAdvance(u'M') * 90, metrics.lineSpacing() * 32);
}

void YamlViewer::copy() const
{
    QGuiApplication::clipboard()->setText(m_text);
}

} // namespace zadig::ui
