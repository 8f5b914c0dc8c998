#include "messageboxes.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QTimer>

namespace zadig::ui {

std::optional<QMessageBox::StandardButton> MessageBoxes::s_nextAnswer;
bool MessageBoxes::s_recordOnly = false;
QString MessageBoxes::s_lastText;

void MessageBoxes::question(QWidget *parent, const QString &title, const QString &text,
                            QMessageBox::StandardButtons buttons,
                            QMessageBox::StandardButton defaultButton,
                            std::function<void(QMessageBox::StandardButton)> answered)
{
    s_lastText = text;
    if (s_nextAnswer) {
        const QMessageBox::StandardButton answer = *std::exchange(s_nextAnswer, std::nullopt);
        QObject *context = parent ? static_cast<QObject *>(parent) : QCoreApplication::instance();
        QTimer::singleShot(0, context, [answer, answered = std::move(answered)] {
            if (answered)
                answered(answer);
        });
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, title, text, buttons, parent);
    box->setObjectName(QStringLiteral("questionBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(defaultButton);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QObject::connect(box, &QDialog::finished, box,
                     [box, answered = std::move(answered)](int result) {
                         // finished() gives the button for standard buttons; a closed box gives
                         // its escape button, or none.
                         QMessageBox::StandardButton answer = QMessageBox::StandardButton(result);
                         if (QAbstractButton *clicked = box->clickedButton())
                             answer = box->standardButton(clicked);
                         if (answered)
                             answered(answer);
                     });
    box->open();
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
