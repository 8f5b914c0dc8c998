// LabelsEditor: the version's labels as removable tokens. Type a label and press Enter (or
// Add); each label becomes a chip with a remove button. Duplicates and blanks are refused.
#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace zadig::ui {

class FlowLayout;

class LabelsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit LabelsEditor(QWidget *parent = nullptr);

    QStringList labels() const { return m_labels; }
    // Adds the text of the input as a label; false if it was blank or already there.
    bool addPending();
    void removeLabel(const QString &label);
    // Adds these labels (blanks and duplicates skipped), e.g. those of a version started from.
    void addLabels(const QStringList &labels);
    QLineEdit *input() const { return m_input; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildChips();

    QStringList m_labels;
    QLineEdit *m_input;
    QPushButton *m_add;
    QWidget *m_chips;
    FlowLayout *m_flow;
};

} // namespace zadig::ui
