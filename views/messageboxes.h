// MessageBoxes: the one place the views ask the user a yes/no question or report a failure in a
// modal box. Tests pre-answer the next question through setNextAnswer() instead of clicking a
// real modal dialog, and can read what was asked.
#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>
#include <optional>

namespace zadig::ui {

class MessageBoxes
{
public:
    // Asks window-modally over `parent` (application-modal without one) and returns at once: no
    // nested event loop. `answered` gets the button from the event loop once the box closes
    // (Escape or closing it gives the Cancel/No/default escape button), never if `parent` is
    // destroyed first.
    static void question(QWidget *parent, const QString &title, const QString &text,
                         QMessageBox::StandardButtons buttons,
                         QMessageBox::StandardButton defaultButton,
                         std::function<void(QMessageBox::StandardButton)> answered);
    // Shows the warning window-modal over `parent` (application-modal without one) and returns
    // at once: no nested event loop. `then`, when given, runs once the box is closed.
    static void warning(QWidget *parent, const QString &title, const QString &text,
                        const QString &details = QString(), std::function<void()> then = {});

    // Test seam: the next question() is answered `answer` without showing a dialog (still from
    // the event loop, as a real box answers); warnings are recorded instead of shown while a
    // recording is set.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setRecordOnly(bool recordOnly);
    static QString lastText();
    static void clear();

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static bool s_recordOnly;
    static QString s_lastText;
};

} // namespace zadig::ui
