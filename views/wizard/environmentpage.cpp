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
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (wizard->isV2()) {
        // 4.x/5.x: a version from an environment, or from an existing version.
        setTitle(tr("Source"));
        m_fromEnv = new QRadioButton(tr("An environ&ment"), this);
        m_fromEnv->setObjectName(u"fromEnvironmentRadio"_s);
        m_fromEnv->setChecked(true);
        m_fromVersion = new QRadioButton(tr("An existing &version"), this);
        m_fromVersion->setObjectName(u"fromVersionRadio"_s);
        auto *sourceGroup = new QButtonGroup(this);
        sourceGroup->addButton(m_fromEnv);
        sourceGroup->addButton(m_fromVersion);
        auto *sourceRow = new QHBoxLayout;
        sourceRow->addWidget(m_fromEnv);
        sourceRow->addWidget(m_fromVersion);
        sourceRow->addStretch(1);
        form->addRow(tr("Create from:"), sourceRow);

        m_versions = new QComboBox(this);
        m_versions->setObjectName(u"originalVersionCombo"_s);
        m_versions->setPlaceholderText(tr("Choose a version…"));
        m_versions->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_versions->setMinimumContentsLength(24);
        m_reloadVersions = new QPushButton(tr("&Reload"), this);
        m_reloadVersions->setObjectName(u"reloadVersionsButton"_s);
        m_reloadVersions->setAutoDefault(false);
        m_reloadVersions->hide();
        m_versionsInfo = new QLabel(this);
        m_versionsInfo->setObjectName(u"originalVersionInfo"_s);
        m_versionsInfo->setWordWrap(true);
        m_versionsInfo->setTextFormat(Qt::PlainText);
        m_versionsInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
        connect(m_fromVersion, &QRadioButton::toggled, this, [this] { showSource(); });
        connect(m_versions, &QComboBox::currentIndexChanged, this, [this](int index) {
            if (m_filling)
                return;
            m_chosenVersion = index >= 0 ? m_versions->itemData(index).toString() : QString();
            fillVersions();
        });
        connect(m_reloadVersions, &QPushButton::clicked, this, [this] { loadVersions(); });
    }
    form->addRow(tr("Kind:"), kindRow);
    auto *envLabel = new QLabel(tr("&Environment:"), this);
    envLabel->setBuddy(m_combo);
    form->addRow(envLabel, comboRow);
    form->addRow(QString(), m_info);
    if (m_versions) {
        auto *versionRow = new QHBoxLayout;
        versionRow->addWidget(m_versions, 1);
        versionRow->addWidget(m_reloadVersions);
        auto *versionLabel = new QLabel(tr("&Original version:"), this);
        versionLabel->setBuddy(m_versions);
        form->addRow(versionLabel, versionRow);
        form->addRow(QString(), m_versionsInfo);
        showSource();
    }
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

VersionSource EnvironmentPage::source() const
{
    return m_fromVersion && m_fromVersion->isChecked() ? VersionSource::FromVersion
                                                       : VersionSource::FromEnv;
}

QString EnvironmentPage::originalVersion() const
{
    return source() == VersionSource::FromVersion ? m_chosenVersion : QString();
}

void EnvironmentPage::setOriginalVersion(const QString &name)
{
    if (!m_fromVersion)
        return;
    m_chosenVersion = name;
    m_fromVersion->setChecked(true);
    fillVersions();
}

void EnvironmentPage::showSource()
{
    const bool fromVersion = source() == VersionSource::FromVersion;
    // Rows: 0 source, 1 kind, 2 environment, 3 its info, 4 version, 5 its info.
    for (const int row : {1, 2, 3})
        m_form->setRowVisible(row, !fromVersion);
    for (const int row : {4, 5})
        m_form->setRowVisible(row, fromVersion);
    setSubTitle(fromVersion ? tr("The new version records the services and images of an earlier "
                                 "version, distributed again with new tags.")
                            : tr("The version records the services and images running in this "
                                 "environment."));
    if (fromVersion && !m_versionsLoaded && !m_versionsLoading && wizard())
        loadVersions();
    else if (!fromVersion && wizard() && !kind().loaded && !kind().loading)
        load();
    refresh();
}

void EnvironmentPage::loadVersions()
{
    m_versionsLoading = true;
    m_versionsError.reset();
    fillVersions();
    // The newest versions: the list is sorted by creation time, newest first.
    constexpr int PageSize = 100;
    owner()->client()->listVersions(owner()->project().key, 1, PageSize, this,
                                    [this](const Result<VersionPage> &result) {
                                        m_versionsLoading = false;
                                        if (result) {
                                            m_versionsLoaded = true;
                                            m_versionList = result->versions;
                                            m_versionsTotal = result->total;
                                        } else {
                                            m_versionsError = result.error();
                                        }
                                        fillVersions();
                                    });
}

void EnvironmentPage::fillVersions()
{
    m_filling = true;
    m_versions->clear();
    bool chosenListed = false;
    for (const VersionInfo &v : std::as_const(m_versionList)) {
        m_versions->addItem(
            tr("%1 (%2)").arg(v.name, VersionsModel::statusText(v.status, v.rawStatus)), v.name);
        chosenListed = chosenListed || v.name == m_chosenVersion;
    }
    // A version asked for by name stays choosable even beyond the newest page.
    if (!m_chosenVersion.isEmpty() && !chosenListed)
        m_versions->addItem(m_chosenVersion, m_chosenVersion);
    m_versions->setCurrentIndex(m_chosenVersion.isEmpty() ? -1
                                                          : m_versions->findData(m_chosenVersion));
    m_versions->setEnabled(!m_versionsLoading && m_versions->count() > 0);
    m_filling = false;
    m_reloadVersions->setVisible(m_versionsError.has_value());
    if (m_versionsError)
        m_versionsInfo->setText(m_versionsError->message());
    else if (m_versionsTotal > m_versionList.size())
        m_versionsInfo->setText(tr("The newest %1 of %2 versions are listed.")
                                    .arg(m_versionList.size())
                                    .arg(m_versionsTotal));
    else
        m_versionsInfo->clear();
    refresh();
}

void EnvironmentPage::initializePage()
{
    if (source() == VersionSource::FromVersion) {
        if (!m_versionsLoaded && !m_versionsLoading)
            loadVersions();
        return;
    }
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
    if (source() == VersionSource::FromVersion) {
        if (m_versionsLoading)
            return tr("Loading the versions…");
        if (m_versionsError)
            return tr("The versions could not be loaded: try Reload.");
        if (m_chosenVersion.isEmpty())
            return m_versionsLoaded && m_versionList.isEmpty()
                       ? tr("This project has no version to start from.")
                       : tr("Choose the version to start from.");
        return QString();
    }
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
