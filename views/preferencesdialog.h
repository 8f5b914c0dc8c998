// PreferencesDialog: the language of the interface (System / English / 简体中文, applied the next
// time the app starts, as the dialog says), the default request timeout, and whether a watched
// version that settles in the background gets a desktop notice.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace zadig::ui {

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // Whether accept() changed the language (it takes effect after a restart).
    bool languageChanged() const { return m_languageChanged; }

    void accept() override;

private:
    void updateNote();

    QComboBox *m_language = nullptr;
    QSpinBox *m_timeout = nullptr;
    QCheckBox *m_notify = nullptr;
    QLabel *m_note = nullptr;
    QString m_initialLanguage;
    bool m_languageChanged = false;
};

} // namespace zadig::ui
