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
    void showEmpty(const QString &title, const QString &hint);
    void showError(const QString &title, const QString &message);

    QString title() const;
    QString message() const;

    // It fills the view it stands in for, so its parents need not ask how tall its wrapped text
    // would be at each width they try (a text layout per label per question, each time the
    // window is laid out). Its own layout still wraps the text to the width it gets.
    bool hasHeightForWidth() const override { return false; }

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_message;
    QProgressBar *m_busy;
    QPushButton *m_retry;
};

} // namespace zadig::ui
