#include "labelseditor.h"

#include "flowlayout.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zadig::ui {

LabelsEditor::LabelsEditor(QWidget *parent)
    : QWidget(parent), m_input(new QLineEdit(this)), m_add(new QPushButton(tr("&Add"), this)),
      m_chips(new QWidget(this)), m_flow(new FlowLayout(m_chips, 4))
{
    setObjectName(u"labelsEditor"_s);
    m_input->setObjectName(u"labelInput"_s);
    m_input->setPlaceholderText(tr("Type a label and press Enter"));
    m_input->setClearButtonEnabled(true);
    m_input->installEventFilter(this);
    m_add->setObjectName(u"addLabelButton"_s);
    m_add->setAutoDefault(false);
    m_add->setEnabled(false);
    m_chips->setObjectName(u"labelChips"_s);

    connect(m_input, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_add->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        addPending();
        m_input->setFocus();
    });

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_input, 1);
    row->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_chips);
    setFocusProxy(m_input);
    rebuildChips();
}

bool LabelsEditor::addPending()
{
    const QString text = m_input->text().trimmed();
    m_input->clear();
    if (text.isEmpty())
        return false;
    if (m_labels.contains(text))
        return false;
    m_labels.append(text);
    rebuildChips();
    return true;
}

void LabelsEditor::addLabels(const QStringList &labels)
{
    for (const QString &label : labels) {
        const QString text = label.trimmed();
        if (!text.isEmpty() && !m_labels.contains(text))
            m_labels.append(text);
    }
    rebuildChips();
}

void LabelsEditor::removeLabel(const QString &label)
{
    if (!m_labels.removeOne(label))
        return;
    rebuildChips();
}

bool LabelsEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in a label field with text adds the label (blanks are dropped); in an empty one it
    // goes on to the wizard's default button (Next), as everywhere else.
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !m_input->text().isEmpty()) {
            addPending();
            return true;
        }
        if (key->key() == Qt::Key_Backspace && m_input->text().isEmpty() && !m_labels.isEmpty()) {
            removeLabel(m_labels.constLast());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LabelsEditor::rebuildChips()
{
    while (QLayoutItem *item = m_flow->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            // Later: the chip's own remove button may be the one emitting right now.
            w->hide();
            w->setObjectName(QString());
            w->deleteLater();
        }
        delete item;
    }
    for (const QString &label : std::as_const(m_labels)) {
        auto *chip = new QFrame(m_chips);
        chip->setObjectName(u"labelChip"_s);
        chip->setProperty("label", label);
        chip->setFrameShape(QFrame::StyledPanel);
        chip->setAutoFillBackground(true);
        chip->setBackgroundRole(QPalette::AlternateBase);
        auto *layout = new QHBoxLayout(chip);
        layout->setContentsMargins(6, 1, 1, 1);
        layout->setSpacing(2);
        auto *text = new QLabel(label, chip);
        text->setTextFormat(Qt::PlainText);
        auto *remove = new QToolButton(chip);
        remove->setObjectName(u"removeLabelButton"_s);
        remove->setText(u"×"_s);
        remove->setAutoRaise(true);
        remove->setToolTip(tr("Remove label “%1”").arg(label));
        remove->setAccessibleName(tr("Remove label %1").arg(label));
        connect(remove, &QToolButton::clicked, this, [this, label] { removeLabel(label); });
        layout->addWidget(text);
        layout->addWidget(remove);
        m_flow->addWidget(chip);
    }
    m_chips->setVisible(!m_labels.isEmpty());
    m_chips->updateGeometry();
}

} // namespace zadig::ui
