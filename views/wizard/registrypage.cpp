#include "registrypage.h"

#include "api/zadigclient.h"
#include "createversionwizard.h"
#include "servicespage.h"
#include "wizardrules.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace zadig::ui {
namespace {

// The combo's data for "no registry" (K8s only, when nothing is distributed).
const QString NoRegistry = u"-"_s;

} // namespace

RegistryPage::RegistryPage(CreateVersionWizard *wizard)
    : WizardPageBase(wizard), m_combo(new QComboBox(this)), m_info(new QLabel(this)),
      m_reload(new QPushButton(tr("&Reload"), this)), m_preview(new QTreeWidget(this))
{
    setObjectName(u"registryPage"_s);
    setTitle(tr("Target Registry"));
    setSubTitle(wizard->flavour() == DeployType::Helm
                    ? tr("The images of the charts are copied to this registry.")
                    : tr("Distributed images are copied to this registry under their new tags."));

    m_combo->setObjectName(u"registryCombo"_s);
    m_combo->setPlaceholderText(tr("Choose a registry…"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(30);
    m_info->setObjectName(u"registryInfo"_s);
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::PlainText);
    m_reload->setObjectName(u"reloadRegistriesButton"_s);
    m_reload->setAutoDefault(false);
    m_reload->hide();

    m_preview->setObjectName(u"targetPreview"_s);
    m_preview->setColumnCount(2);
    m_preview->setHeaderLabels({tr("Container"), tr("Image in the version")});
    m_preview->setRootIsDecorated(false);
    m_preview->setAlternatingRowColors(true);
    m_preview->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_preview->header()->setStretchLastSection(true);
    m_preview->setColumnWidth(0, 16 * m_preview->fontMetrics().horizontalAdvance(u'M'));

    auto *row = new QHBoxLayout;
    row->addWidget(m_combo, 1);
    row->addWidget(m_reload);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *label = new QLabel(tr("&Registry:"), this);
    label->setBuddy(m_combo);
    form->addRow(label, row);
    form->addRow(QString(), m_info);
    body()->addLayout(form);
    auto *previewLabel = new QLabel(tr("Preview:"), this);
    previewLabel->setBuddy(m_preview);
    body()->addWidget(previewLabel);
    body()->addWidget(m_preview, 1);

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_filling)
            return;
        m_chosenId = index >= 0 ? m_combo->itemData(index).toString() : QString();
        updatePreview();
        refresh();
    });
    connect(m_reload, &QPushButton::clicked, this, [this] { load(); });
}

void RegistryPage::initializePage()
{
    // A version made from another one goes, unless told otherwise, where the original went.
    const std::optional<VersionDetail> &original = owner()->originalDetail();
    const std::optional<WizardPrefill> &prefill = owner()->prefill();
    const QString originalRegistry = owner()->source() == VersionSource::FromVersion && original
                                         ? original->imageRegistryId
                                     : prefill ? prefill->registryId
                                               : QString();
    if (m_chosenId.isEmpty() && !originalRegistry.isEmpty()) {
        m_chosenId = originalRegistry;
        if (m_loaded)
            fill();
    }
    if (!m_loaded && !m_loading)
        load();
    updatePreview();
    refresh();
}

void RegistryPage::load()
{
    m_loading = true;
    m_error.reset();
    m_reload->hide();
    fill();
    owner()->client()->listRegistries(this, [this](const Result<QList<Registry>> &result) {
        m_loading = false;
        if (result) {
            m_loaded = true;
            m_registries = result.value();
        } else {
            m_error = result.error();
        }
        fill();
    });
}

void RegistryPage::fill()
{
    m_filling = true;
    m_combo->clear();
    if (owner()->flavour() != DeployType::Helm && m_loaded)
        m_combo->addItem(tr("No target registry (nothing is copied)"), NoRegistry);
    for (const Registry &r : std::as_const(m_registries)) {
        QString text = registryLocation(r);
        QStringList extra;
        if (!r.provider.isEmpty())
            extra << r.provider;
        if (!r.region.isEmpty())
            extra << r.region;
        if (r.isDefault)
            extra << tr("default");
        if (!extra.isEmpty())
            text = tr("%1 (%2)").arg(text, extra.join(u", "_s));
        m_combo->addItem(text, r.id);
    }
    m_combo->setCurrentIndex(m_chosenId.isEmpty() ? -1 : m_combo->findData(m_chosenId));
    // Only a loaded list can say a chosen registry is gone (not the empty one shown meanwhile).
    if (m_combo->currentIndex() < 0 && m_loaded)
        m_chosenId.clear();
    m_combo->setEnabled(m_loaded);
    m_filling = false;
    m_reload->setVisible(m_error.has_value());
    m_info->setText(m_error ? m_error->message() : QString());
    m_info->setVisible(m_error.has_value());
    updatePreview();
    refresh();
}

std::optional<Registry> RegistryPage::registry() const
{
    for (const Registry &r : m_registries) {
        if (r.id == m_chosenId)
            return r;
    }
    return std::nullopt;
}

bool RegistryPage::choose(const QString &registryId)
{
    const int index = m_combo->findData(registryId.isEmpty() ? NoRegistry : registryId);
    if (index < 0)
        return false;
    m_combo->setCurrentIndex(index);
    return true;
}

void RegistryPage::updatePreview()
{
    m_preview->clear();
    const std::optional<Registry> target = registry();
    for (const ContainerChoice &c : owner()->servicesPage()->chosen()) {
        auto *item = new QTreeWidgetItem(m_preview);
        item->setText(0, c.service + u'/' + c.container);
        QString text;
        if (!c.distribute)
            text = tr("%1 (not copied: recorded as it runs now)").arg(c.image);
        else if (target)
            text = targetImage(*target, c.imageName, c.tag);
        else
            text = tr("? (choose a registry) …/%1:%2").arg(c.imageName, c.tag);
        item->setText(1, text);
        item->setToolTip(1, text);
    }
}

QStringList RegistryPage::previewLines() const
{
    QStringList lines;
    for (int i = 0; i < m_preview->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_preview->topLevelItem(i);
        lines << item->text(0) + u' ' + item->text(1);
    }
    return lines;
}

QString RegistryPage::problem() const
{
    if (m_loading)
        return tr("Loading the registries…");
    const bool needed =
        owner()->flavour() == DeployType::Helm || owner()->servicesPage()->anyDistributed();
    if (registry() || !needed)
        return QString();
    if (m_error)
        return tr("The registries could not be loaded: try Reload.");
    if (m_loaded && m_registries.isEmpty())
        return tr("The server has no image registry: a version that distributes images needs "
                  "one.");
    return owner()->flavour() == DeployType::Helm
               ? tr("Choose a registry: a Helm version needs one.")
               : tr("Choose a registry: images are distributed.");
}

} // namespace zadig::ui
