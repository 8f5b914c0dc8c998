#include "preferencesdialog.h"

#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zadig::ui {

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    const Settings settings;
    m_initialLanguage = settings.language();

    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageCombo"_s);
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    m_language->addItem(
        systemLanguage.isEmpty() ? tr("System") : tr("System (%1)").arg(systemLanguage), QString());
    // Each language in its own words, so that it can be found whatever the current one is.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    const int current = m_language->findData(m_initialLanguage);
    m_language->setCurrentIndex(current < 0 ? 0 : current);

    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(u"defaultTimeoutSpin"_s);
    m_timeout->setRange(Settings::MinTimeoutSeconds, Settings::MaxTimeoutSeconds);
    m_timeout->setSingleStep(5);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(settings.requestTimeoutSeconds());
    m_timeout->setToolTip(tr("How long to wait for an answer that has stopped moving. A "
                             "connection can have its own timeout (Manage Connections)."));

    m_notify = new QCheckBox(tr("&Notify me when a version I watch succeeds or fails"), this);
    m_notify->setObjectName(u"notifyWhenDoneCheck"_s);
    m_notify->setToolTip(tr("Versions created or retried here, and those marked “Notify Me "
                            "When Done”, show a desktop notification when they settle while "
                            "Zadig Desk is in the background."));
    m_notify->setChecked(settings.notifyWhenDone());

    m_note = new QLabel(this);
    m_note->setObjectName(u"restartNote"_s);
    m_note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_note);
    form->addRow(tr("Default request &timeout:"), m_timeout);
    form->addRow(QString(), m_notify);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateNote);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    updateNote();
    resize(qMax(440, sizeHint().width()), sizeHint().height());
}

void PreferencesDialog::updateNote()
{
    const bool changed = m_language->currentData().toString() != m_initialLanguage;
    m_note->setText(changed ? tr("The new language is used the next time Zadig Desk starts.")
                            : tr("A change of language takes effect when Zadig Desk restarts."));
    QFont font = m_note->font();
    font.setBold(changed);
    m_note->setFont(font);
}

void PreferencesDialog::accept()
{
    Settings settings;
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != m_initialLanguage;
    settings.setLanguage(language);
    settings.setRequestTimeoutSeconds(m_timeout->value());
    settings.setNotifyWhenDone(m_notify->isChecked());
    QDialog::accept();
}

} // namespace zadig::ui
