#include "yamlviewer.h"

#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zadig::ui {

YamlViewer::YamlViewer(const QString &subject, const QString &versionName, const QString &text,
                       Content content, QWidget *parent)
    : QDialog(parent), m_content(content)
{
    const bool log = content == Content::DistributionLog;
    setObjectName(log ? u"logViewer"_s : u"yamlViewer"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(log ? tr("Distribution log of %1 — %2").arg(subject, versionName)
                       : tr("%1 — %2").arg(subject, versionName));

    m_layout = new QVBoxLayout(this);
    m_findEdit = new QLineEdit(this);
    m_findEdit->setObjectName(u"yamlViewerFind"_s);
    m_findEdit->setPlaceholderText(tr("Find"));
    m_findEdit->setClearButtonEnabled(true);
    m_findPrevious = new QPushButton(tr("&Previous"), this);
    m_findPrevious->setObjectName(u"yamlViewerFindPrevious"_s);
    m_findPrevious->setToolTip(tr("Find the previous match (Shift+F3)"));
    m_findPrevious->setAutoDefault(false);
    m_findNext = new QPushButton(tr("&Next"), this);
    m_findNext->setObjectName(u"yamlViewerFindNext"_s);
    m_findNext->setToolTip(tr("Find the next match (F3)"));
    m_findNext->setAutoDefault(false);
    m_findStatus = new QLabel(this);
    m_findStatus->setObjectName(u"yamlViewerFindStatus"_s);
    m_findStatus->setForegroundRole(QPalette::PlaceholderText);
    auto *findBar = new QHBoxLayout;
    findBar->addWidget(m_findEdit, 1);
    findBar->addWidget(m_findPrevious);
    findBar->addWidget(m_findNext);
    findBar->addWidget(m_findStatus);
    m_layout->addLayout(findBar);
    // Typing searches from where the cursor is; Enter goes on to the next match.
    connect(m_findEdit, &QLineEdit::textEdited, this, [this] {
        if (m_editor) {
            QTextCursor cursor = m_editor->textCursor();
            cursor.setPosition(cursor.selectionStart());
            m_editor->setTextCursor(cursor);
        }
        find();
    });
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] { find(); });
    connect(m_findNext, &QPushButton::clicked, this, [this] { find(); });
    connect(m_findPrevious, &QPushButton::clicked, this, [this] { find(true); });

    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_findEdit->setFocus(Qt::ShortcutFocusReason);
        m_findEdit->selectAll();
    });
    auto *nextAction = new QAction(this);
    nextAction->setShortcut(QKeySequence::FindNext);
    connect(nextAction, &QAction::triggered, this, [this] { find(); });
    auto *previousAction = new QAction(this);
    previousAction->setShortcut(QKeySequence::FindPrevious);
    connect(previousAction, &QAction::triggered, this, [this] { find(true); });
    addActions({findAction, nextAction, previousAction});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(u"yamlViewerCopy"_s);
    m_copy->setToolTip(log                              ? tr("Copy the whole log")
                       : content == Content::HelmValues ? tr("Copy all the values")
                                                        : tr("Copy all the YAML"));
    m_copy->setAutoDefault(false);
    connect(m_copy, &QPushButton::clicked, this, &YamlViewer::copy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_layout->addWidget(buttons);

    setText(text);
    // Wide enough for typical manifests without wrapping, tall enough to read a Deployment.
    const QFontMetrics metrics(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    resize(metrics.horizontalAdvance(u'M') * 90, metrics.lineSpacing() * 32);
}

void YamlViewer::setText(const QString &text)
{
    m_text = text;
    if (text.trimmed().isEmpty()) {
        // A blank editor would look like a failed read; say what is (not) there instead.
        showNote(u"yamlViewerEmpty"_s, m_content == Content::DistributionLog
                                           ? tr("The server has no log lines for this image.")
                                       : m_content == Content::HelmValues
                                           ? tr("This service has no Helm values in this version.")
                                           : tr("This service has no K8s YAML in this version."));
        return;
    }
    delete m_body;
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(u"yamlViewerText"_s);
    m_editor->setReadOnly(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlainText(text);
    // A log is read from its end, where a failure says why.
    if (m_content == Content::DistributionLog)
        m_editor->moveCursor(QTextCursor::End);
    m_body = m_editor;
    m_layout->insertWidget(1, m_body, 1);
    m_findEdit->setEnabled(true);
    m_findPrevious->setEnabled(true);
    m_findNext->setEnabled(true);
    m_copy->setEnabled(true);
}

void YamlViewer::setLoading()
{
    m_text.clear();
    showNote(u"yamlViewerLoading"_s, tr("Reading the log from the server…"));
}

void YamlViewer::setError(const QString &message)
{
    m_text.clear();
    showNote(u"yamlViewerError"_s, tr("The log could not be read: %1").arg(message));
}

void YamlViewer::showNote(const QString &objectName, const QString &text)
{
    delete m_body;
    m_editor = nullptr;
    auto *note = new QLabel(text, this);
    note->setObjectName(objectName);
    note->setAlignment(Qt::AlignCenter);
    note->setWordWrap(true);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    note->setForegroundRole(QPalette::PlaceholderText);
    m_body = note;
    m_layout->insertWidget(1, m_body, 1);
    m_findEdit->setEnabled(false);
    m_findPrevious->setEnabled(false);
    m_findNext->setEnabled(false);
    m_findStatus->clear();
    m_copy->setEnabled(false);
}

bool YamlViewer::find(bool backwards)
{
    const QString needle = m_findEdit->text();
    m_findStatus->clear();
    if (!m_editor || needle.isEmpty())
        return false;
    const QTextDocument::FindFlags flags =
        backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_editor->find(needle, flags))
        return true;
    // Round the end (or the start) once, as editors do.
    QTextCursor cursor = m_editor->textCursor();
    cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    m_editor->setTextCursor(cursor);
    if (m_editor->find(needle, flags))
        return true;
    m_findStatus->setText(tr("Not found"));
    return false;
}

void YamlViewer::copy() const
{
    QGuiApplication::clipboard()->setText(m_text);
}

} // namespace zadig::ui
