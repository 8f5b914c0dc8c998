#include "environmentpage.h"

#include "versionsmodel.h"

#include "api/zadigclient.h"
#include "createversionwizard.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>

using namespace Qt::StringLiterals;

namespace zadig::ui {

EnvironmentPage::EnvironmentPage(CreateVersionWizard *wizard)
    : WizardPageBase(wizard), m_test(new QRadioButton(tr("&Test environment"), this)),
      m_production(new QRadioButton(tr("&Production environment"), this)),
      m_combo(new QComboBox(this)), m_info(new QLabel(this)),
      m_reload(new QPushButton(tr("&Reload"), this))
{
    setObjectName(u"environmentPage"_s);
    setTitle(tr("Environment"));
    setSubTitle(tr("The version records the services and images running in this environment."));

    m_test->setObjectName(u"testEnvRadio"_s);
    m_production->setObjectName(u"productionEnvRadio"_s);
    m_test->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_test);
    group->addButton(m_production);

    m_combo->setObjectName(u"environmentCombo"_s);
    m_combo->setPlaceholderText(tr("Choose an environment…"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(24);
    m_info->setObjectName(u"environmentInfo"_s);
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::PlainText);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reload->setObjectName(u"reloadEnvironmentsButton"_s);
    m_reload->setAutoDefault(false);
    m_reload->hide();

    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_test);
    kindRow->addWidget(m_production);
    kindRow->addStretch(1);
    auto *comboRow = new QHBoxLayout;
    comboRow->addWidget(m_combo, 1);
    comboRow->addWidget(m_reload);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Kind:"), kindRow);
    auto *envLabel = new QLabel(tr("&Environment:"), this);
    envLabel->setBuddy(m_combo);
    form->addRow(envLabel, comboRow);
    form->addRow(QString(), m_info);
    body()->addLayout(form);
    body()->addStretch(1);

    connect(m_production, &QRadioButton::toggled, this, [this] {
        fill();
        if (!kind().loaded && !kind().loading)
            load();
    });
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_filling)
            return;
        kind().chosenKey = index >= 0 ? m_combo->itemData(index).toString() : QString();
        updateInfo();
        refresh();
    });
    connect(m_reload, &QPushButton::clicked, this, [this] { load(); });
}

bool EnvironmentPage::production() const
{
    return m_production->isChecked();
}

std::optional<Environment> EnvironmentPage::environment() const
{
    const Kind &k = kind();
    for (const Environment &env : k.list) {
        if (env.key == k.chosenKey)
            return env;
    }
    return std::nullopt;
}

bool EnvironmentPage::choose(const QString &envKey)
{
    const int index = m_combo->findData(envKey);
    if (index < 0)
        return false;
    m_combo->setCurrentIndex(index);
    return true;
}

void EnvironmentPage::initializePage()
{
    if (!kind().loaded && !kind().loading)
        load();
}

void EnvironmentPage::load()
{
    const bool prod = production();
    Kind &k = m_kinds[prod ? 1 : 0];
    k.loading = true;
    k.error.reset();
    m_reload->hide();
    fill();
    owner()->client()->listEnvironments(
        owner()->project().key, prod, this, [this, prod](const Result<QList<Environment>> &result) {
            Kind &kk = m_kinds[prod ? 1 : 0];
            kk.loading = false;
            if (result) {
                kk.loaded = true;
                kk.list = result.value();
                bool stillThere = false;
                for (const Environment &env : std::as_const(kk.list))
                    stillThere = stillThere || env.key == kk.chosenKey;
                if (!stillThere)
                    kk.chosenKey.clear();
            } else {
                kk.error = result.error();
            }
            if (production() == prod)
                fill();
        });
}

void EnvironmentPage::fill()
{
    const Kind &k = kind();
    m_filling = true;
    m_combo->clear();
    for (const Environment &env : k.list) {
        const QString name = env.displayName();
        const QString text = env.kubeNamespace.isEmpty()
                                 ? name
                                 : tr("%1 (namespace %2)").arg(name, env.kubeNamespace);
        m_combo->addItem(text, env.key);
    }
    m_combo->setCurrentIndex(k.chosenKey.isEmpty() ? -1 : m_combo->findData(k.chosenKey));
    m_combo->setEnabled(!k.loading && !k.list.isEmpty());
    m_filling = false;
    m_reload->setVisible(k.error.has_value());
    updateInfo();
    refresh();
}

void EnvironmentPage::updateInfo()
{
    const Kind &k = kind();
    if (k.error) {
        m_info->setText(k.error->message());
        return;
    }
    const std::optional<Environment> env = environment();
    if (!env) {
        m_info->clear();
        return;
    }
    QStringList parts;
    if (!env->clusterId.isEmpty())
        parts << tr("Cluster %1").arg(env->clusterId);
    if (!env->status.isEmpty())
        parts << tr("status %1").arg(env->status);
    if (env->updateTime > 0) {
        const QString when = VersionsModel::timeText(env->updateTime, QLocale::ShortFormat);
        parts << (env->updateBy.isEmpty() ? tr("updated %1").arg(when)
                                          : tr("updated %1 by %2").arg(when, env->updateBy));
    }
    if (env->production)
        parts << tr("production");
    m_info->setText(parts.join(u", "_s));
}

QString EnvironmentPage::problem() const
{
    const Kind &k = kind();
    if (k.loading)
        return tr("Loading the environments…");
    if (k.error)
        return tr("The environments could not be loaded: try Reload.");
    if (k.loaded && k.list.isEmpty())
        return production() ? tr("This project has no production environment.")
                            : tr("This project has no test environment.");
    if (!environment())
        return tr("Choose an environment.");
    return QString();
}

} // namespace zadig::ui
