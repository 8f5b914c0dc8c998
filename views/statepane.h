// StatePane: loading, empty and error states shown in place of a view, with a Retry button and
// the server's own words (selectable, so they can be copied into a ticket).
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace zadig::ui {

class StatePane : public QWidget
{
    Q_OBJECT

public:
    explicit StatePane(QWidget *parent = nullptr);

    void showLoading(const QString &text);
    // `actionText`, when given, adds a button beside Retry (or alone, for an empty state) that
    // emits actionRequested(): "Enter Token…", "Connect…".
    void showEmpty(const QString &title, const QString &hint, const QString &actionText = {});
    void showError(const QString &title, const QString &message, const QString &actionText = {});

    QString title() const;
    QString message() const;

    // It fills the view it stands in for, so its parents need not ask how tall its wrapped text
    // would be at each width they try (a text layout per label per question, each time the
    // window is laid out). Its own layout still wraps the text to the width it gets.
    bool hasHeightForWidth() const override { return false; }

Q_SIGNALS:
    void retryRequested();
    void actionRequested();

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_message;
    QProgressBar *m_busy;
    QPushButton *m_retry;
    QPushButton *m_action;
};

} // namespace zadig::ui
