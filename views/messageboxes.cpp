#include "messageboxes.h"

namespace zadig::ui {

std::optional<QMessageBox::StandardButton> MessageBoxes::s_nextAnswer;
bool MessageBoxes::s_recordOnly = false;
QString MessageBoxes::s_lastText;

QMessageBox::StandardButton MessageBoxes::question(QWidget *parent, const QString &title,
                                                   const QString &text,
                                                   QMessageBox::StandardButtons buttons,
                                                   QMessageBox::StandardButton defaultButton)
{
    s_lastText = text;
    if (s_nextAnswer)
        return *std::exchange(s_nextAnswer, std::nullopt);
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    return QMessageBox::StandardButton(box.exec());
}

void MessageBoxes::warning(QWidget *parent, const QString &title, const QString &text,
                           const QString &details, std::function<void()> then)
{
    s_lastText = details.isEmpty() ? text : text + u'\n' + details;
    if (s_recordOnly) {
        if (then)
            then();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("warningBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(details);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (then)
        QObject::connect(box, &QDialog::finished, box, [then = std::move(then)] { then(); });
    box->open();
}

void MessageBoxes::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

void MessageBoxes::setRecordOnly(bool recordOnly)
{
    s_recordOnly = recordOnly;
}

QString MessageBoxes::lastText()
{
    return s_lastText;
}

void MessageBoxes::clear()
{
    s_nextAnswer.reset();
    s_lastText.clear();
}

} // namespace zadig::ui
