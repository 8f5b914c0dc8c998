#include "servicespage.h"

#include "api/zadigclient.h"
#include "createversionwizard.h"
#include "environmentpage.h"
#include "wizardrules.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace zadig::ui {
namespace {

// Keeps Enter in a helper field from also pressing the wizard's Next button.
class EnterFilter : public QObject
{
public:
    EnterFilter(QLineEdit *edit, std::function<void()> action)
        : QObject(edit), m_edit(edit), m_action(std::move(action))
    {
        edit->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_edit && event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                m_action();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QLineEdit *m_edit;
    std::function<void()> m_action;
};

constexpr int RowIndexRole = Qt::UserRole + 1;

} // namespace

ServicesPage::ServicesPage(CreateVersionWizard *wizard)
    : WizardPageBase(wizard), m_tree(new QTreeWidget(this)), m_allTags(new QLineEdit(this)),
      m_setAll(new QPushButton(tr("Set &All Tags"), this)),
      m_reload(new QPushButton(tr("&Reload"), this))
{
    setObjectName(u"servicesPage"_s);
    setTitle(tr("Services and Images"));
    setSubTitle(tr("Choose the containers whose images go into the version, and the tag each "
                   "new image gets."));

    m_tree->setObjectName(u"servicesTree"_s);
    m_tree->setColumnCount(5);
    m_tree->setHeaderLabels({tr("Service / container"), tr("Current image"), tr("Image name"),
                             tr("New tag"), tr("Distribute")});
    m_tree->headerItem()->setToolTip(
        ImageNameColumn, tr("The repository name of the current image; the server requires it."));
    m_tree->headerItem()->setToolTip(
        DistributeColumn,
        tr("Copy the image to the target registry. Off: the image is recorded, not copied."));
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    // A visible current row, so Space can tick containers from the keyboard.
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setFocusPolicy(Qt::StrongFocus);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ImageColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ImageNameColumn, QHeaderView::ResizeToContents);
    const int em = m_tree->fontMetrics().horizontalAdvance(u'M');
    m_tree->setColumnWidth(TagColumn, 16 * em);
    m_tree->setColumnWidth(DistributeColumn,
                           header->fontMetrics().horizontalAdvance(tr("Distribute")) + 2 * em);
    // Rows as tall as the tag editors in them, so nothing is clipped.
    m_rowHeight = QLineEdit().sizeHint().height() + 2;

    m_allTags->setObjectName(u"allTagsEdit"_s);
    m_allTags->setPlaceholderText(tr("e.g. 20241201-1"));
    m_allTags->setToolTip(tr("A new tag for every chosen container"));
    m_allTags->setMinimumWidth(14 * m_allTags->fontMetrics().horizontalAdvance(u'M'));
    m_setAll->setObjectName(u"setAllTagsButton"_s);
    m_setAll->setAutoDefault(false);
    m_setAll->setEnabled(false);
    m_reload->setObjectName(u"reloadServicesButton"_s);
    m_reload->setAutoDefault(false);
    m_reload->hide();
    auto *chooseAll = new QPushButton(tr("Choose A&ll"), this);
    chooseAll->setObjectName(u"chooseAllButton"_s);
    chooseAll->setAutoDefault(false);
    auto *chooseNone = new QPushButton(tr("Choose N&one"), this);
    chooseNone->setObjectName(u"chooseNoneButton"_s);
    chooseNone->setAutoDefault(false);

    auto *tools = new QHBoxLayout;
    tools->addWidget(chooseAll);
    tools->addWidget(chooseNone);
    tools->addStretch(1);
    auto *allLabel = new QLabel(tr("Set all tags &to:"), this);
    allLabel->setBuddy(m_allTags);
    tools->addWidget(allLabel);
    tools->addWidget(m_allTags);
    tools->addWidget(m_setAll);
    tools->addWidget(m_reload);
    body()->addLayout(tools);
    body()->addWidget(m_tree, 1);
    m_prefillNote = new QLabel(this);
    m_prefillNote->setObjectName(u"prefillNote"_s);
    m_prefillNote->setWordWrap(true);
    m_prefillNote->setTextFormat(Qt::PlainText);
    m_prefillNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_prefillNote->hide();
    body()->addWidget(m_prefillNote);

    auto applyAll = [this] {
        if (!m_allTags->text().trimmed().isEmpty())
            setAllTags(m_allTags->text().trimmed());
    };
    new EnterFilter(m_allTags, applyAll);
    connect(m_setAll, &QPushButton::clicked, this, applyAll);
    connect(m_allTags, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_setAll->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_reload, &QPushButton::clicked, this, [this] { load(); });
    auto chooseEverything = [this](bool on) {
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *service = m_tree->topLevelItem(i);
            if (service->flags().testFlag(Qt::ItemIsUserCheckable))
                service->setCheckState(NameColumn, on ? Qt::Checked : Qt::Unchecked);
        }
    };
    connect(chooseAll, &QPushButton::clicked, this, [chooseEverything] { chooseEverything(true); });
    connect(chooseNone, &QPushButton::clicked, this,
            [chooseEverything] { chooseEverything(false); });
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_building || column != NameColumn)
            return;
        const QVariant index = item->data(NameColumn, RowIndexRole);
        if (index.isValid() && index.toInt() < m_rows.size())
            syncRow(m_rows.at(index.toInt()));
        refresh();
    });
}

QString ServicesPage::prefillNote() const
{
    return m_prefillNote->isHidden() ? QString() : m_prefillNote->text();
}

void ServicesPage::initializePage()
{
    if (owner()->source() == VersionSource::FromVersion) {
        const QString name = owner()->environmentPage()->originalVersion();
        setSubTitle(tr("Choose the images of “%1” that go into the new version, and the tag each "
                       "new image gets.")
                        .arg(name));
        if (!name.isEmpty() && (!m_fromVersion || name != m_envKey || (!m_loaded && !m_loading)))
            load();
        return;
    }
    setSubTitle(tr("Choose the containers whose images go into the version, and the tag each "
                   "new image gets."));
    const std::optional<Environment> env = owner()->environmentPage()->environment();
    if (!env)
        return;
    const bool production = owner()->environmentPage()->production();
    if (m_fromVersion || env->key != m_envKey || production != m_envProduction ||
        (!m_loaded && !m_loading))
        load();
}

void ServicesPage::load()
{
    const bool fromVersion = owner()->source() == VersionSource::FromVersion;
    const QString original = owner()->environmentPage()->originalVersion();
    const std::optional<Environment> env = owner()->environmentPage()->environment();
    if (fromVersion ? original.isEmpty() : !env)
        return;
    remember();
    m_fromVersion = fromVersion;
    m_envKey = fromVersion ? original : env->key;
    m_envProduction = !fromVersion && owner()->environmentPage()->production();
    m_loading = true;
    m_loaded = false;
    m_error.reset();
    m_reload->hide();
    m_tree->setEnabled(false);
    refresh();
    const quint64 generation = ++m_generation;
    auto loaded = [this, generation](const std::optional<ApiError> &error) {
        if (generation != m_generation)
            return false;
        m_loading = false;
        m_tree->setEnabled(true);
        if (error) {
            m_error = error;
            m_reload->show();
            m_tree->clear();
            m_rows.clear();
            refresh();
            return false;
        }
        m_loaded = true;
        return true;
    };
    if (fromVersion) {
        owner()->setOriginalDetail(std::nullopt);
        owner()->client()->versionDetail(
            owner()->project().key, QString(), original, this,
            [this, loaded](const Result<VersionDetail> &result) {
                if (!loaded(result ? std::nullopt : std::optional(result.error())))
                    return;
                owner()->setOriginalDetail(result.value());
                rebuild(imagesOfVersion(result.value()));
                refresh();
            });
        return;
    }
    owner()->client()->environmentDetail(
        owner()->project().key, m_envKey, m_envProduction, this,
        [this, loaded](const Result<EnvironmentDetail> &result) {
            if (!loaded(result ? std::nullopt : std::optional(result.error())))
                return;
            rebuild(result.value());
            refresh();
        });
}

void ServicesPage::remember()
{
    for (const Row &row : std::as_const(m_rows)) {
        Saved saved;
        saved.chosen = row.item->checkState(NameColumn) == Qt::Checked;
        saved.distribute = row.distribute->isChecked();
        saved.tag = row.tagEdit->text().trimmed();
        saved.tagEdited = row.tagEdited;
        m_saved.insert(keyOf(row.base.service, row.base.container), saved);
    }
}

void ServicesPage::rebuild(const EnvironmentDetail &detail)
{
    const std::optional<WizardPrefill> &prefill = owner()->prefill();
    m_building = true;
    m_tree->clear();
    m_rows.clear();
    for (const EnvironmentService &service : detail.services) {
        auto *serviceItem = new QTreeWidgetItem(m_tree);
        serviceItem->setSizeHint(DistributeColumn, QSize(0, m_rowHeight));
        serviceItem->setText(NameColumn, service.serviceName);
        serviceItem->setToolTip(NameColumn, service.serviceName);
        if (service.containers.isEmpty()) {
            serviceItem->setText(ImageColumn, tr("(no containers)"));
            serviceItem->setFlags(Qt::ItemIsEnabled);
            continue;
        }
        serviceItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                              Qt::ItemIsAutoTristate);
        serviceItem->setCheckState(NameColumn, Qt::Unchecked);
        for (const Container &container : service.containers) {
            Row row;
            row.base.service = service.serviceName;
            row.base.container = container.name;
            row.base.image = container.image;
            row.base.imageName = !container.imageName.isEmpty() ? container.imageName
                                 : !container.imagePath.image.isEmpty()
                                     ? container.imagePath.image
                                     : repositoryName(container.image);
            row.base.currentTag = !container.imagePath.tag.isEmpty() ? container.imagePath.tag
                                                                     : imageTag(container.image);
            // From a version, its images are what the user came for: all chosen at first (on
            // 2.3-3.4 those the original delivered, with its tags).
            const QString savedKey = keyOf(row.base.service, row.base.container);
            Saved saved = m_saved.value(savedKey);
            if (!m_saved.contains(savedKey)) {
                saved.chosen = m_fromVersion;
                if (prefill && prefill->tags.contains(savedKey)) {
                    saved.chosen = true;
                    saved.tag = prefill->tags.value(savedKey);
                    saved.tagEdited = !saved.tag.isEmpty();
                }
            }

            row.item = new QTreeWidgetItem(serviceItem);
            row.item->setSizeHint(DistributeColumn, QSize(0, m_rowHeight));
            row.item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            row.item->setText(NameColumn, container.name);
            row.item->setText(ImageColumn, container.image);
            row.item->setToolTip(ImageColumn, container.image);
            row.item->setText(ImageNameColumn, row.base.imageName);
            row.item->setData(NameColumn, RowIndexRole, int(m_rows.size()));
            row.item->setCheckState(NameColumn, saved.chosen ? Qt::Checked : Qt::Unchecked);

            const QString key = keyOf(row.base.service, row.base.container);
            row.tagEdit = new QLineEdit(m_tree);
            row.tagEdit->setObjectName(u"tagEdit:"_s + key);
            row.tagEdit->setText(saved.tagEdited ? saved.tag : row.base.currentTag);
            row.tagEdit->setPlaceholderText(tr("new tag"));
            row.tagEdit->setAccessibleName(tr("New tag for %1").arg(key));
            row.tagEdited = saved.tagEdited;
            // Centred in its cell: a wrapper, since a cell widget fills the cell.
            auto *distributeCell = new QWidget(m_tree);
            row.distribute = new QCheckBox(distributeCell);
            auto *cellLayout = new QHBoxLayout(distributeCell);
            cellLayout->setContentsMargins(0, 0, 0, 0);
            cellLayout->addWidget(row.distribute, 0, Qt::AlignCenter);
            row.distribute->setObjectName(u"distributeCheck:"_s + key);
            row.distribute->setChecked(saved.distribute);
            row.distribute->setAccessibleName(tr("Distribute the image of %1").arg(key));
            row.distribute->setToolTip(tr("Copy this image to the target registry"));
            m_tree->setItemWidget(row.item, TagColumn, row.tagEdit);
            m_tree->setItemWidget(row.item, DistributeColumn, distributeCell);

            const int index = int(m_rows.size());
            connect(row.tagEdit, &QLineEdit::textEdited, this, [this, index] {
                if (index < m_rows.size())
                    m_rows[index].tagEdited = true;
            });
            connect(row.tagEdit, &QLineEdit::textChanged, this, [this] {
                if (!m_building)
                    refresh();
            });
            connect(row.distribute, &QCheckBox::toggled, this, [this] {
                if (!m_building)
                    refresh();
            });
            m_rows.append(row);
        }
    }
    m_tree->expandAll();
    for (const Row &row : std::as_const(m_rows))
        syncRow(row);
    m_building = false;
    // What the original delivered but this environment no longer has is said, not dropped.
    QStringList missing;
    if (prefill && !m_fromVersion) {
        for (const QString &key : prefill->containers) {
            const qsizetype slash = key.indexOf(u'/');
            if (!rowOf(key.left(slash), key.mid(slash + 1)))
                missing << key;
        }
    }
    m_prefillNote->setText(
        missing.isEmpty()
            ? QString()
            : tr("“%1” also delivered %2, which environment “%3” does not have: left out.")
                  .arg(prefill->versionName, missing.join(u", "_s), m_envKey));
    m_prefillNote->setVisible(!missing.isEmpty());
}

void ServicesPage::syncRow(const Row &row)
{
    const bool chosen = row.item->checkState(NameColumn) == Qt::Checked;
    row.tagEdit->setEnabled(chosen);
    row.distribute->setEnabled(chosen);
}

const ServicesPage::Row *ServicesPage::rowOf(const QString &service, const QString &container) const
{
    for (const Row &row : m_rows) {
        if (row.base.service == service && row.base.container == container)
            return &row;
    }
    return nullptr;
}

bool ServicesPage::setChosen(const QString &service, const QString &container, bool chosen)
{
    const Qt::CheckState state = chosen ? Qt::Checked : Qt::Unchecked;
    if (container.isEmpty()) {
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_tree->topLevelItem(i);
            if (item->text(NameColumn) == service &&
                item->flags().testFlag(Qt::ItemIsUserCheckable)) {
                item->setCheckState(NameColumn, state);
                return true;
            }
        }
        return false;
    }
    const Row *row = rowOf(service, container);
    if (!row)
        return false;
    row->item->setCheckState(NameColumn, state);
    return true;
}

QLineEdit *ServicesPage::tagEdit(const QString &service, const QString &container) const
{
    const Row *row = rowOf(service, container);
    return row ? row->tagEdit : nullptr;
}

QCheckBox *ServicesPage::distributeCheck(const QString &service, const QString &container) const
{
    const Row *row = rowOf(service, container);
    return row ? row->distribute : nullptr;
}

void ServicesPage::setAllTags(const QString &tag)
{
    for (Row &row : m_rows) {
        if (row.item->checkState(NameColumn) != Qt::Checked)
            continue;
        row.tagEdit->setText(tag);
        row.tagEdited = true;
    }
    refresh();
}

QList<ContainerChoice> ServicesPage::chosen() const
{
    QList<ContainerChoice> result;
    for (const Row &row : m_rows) {
        if (row.item->checkState(NameColumn) != Qt::Checked)
            continue;
        ContainerChoice choice = row.base;
        choice.tag = row.tagEdit->text().trimmed();
        choice.distribute = row.distribute->isChecked();
        result.append(choice);
    }
    return result;
}

QStringList ServicesPage::chosenServices() const
{
    QStringList services;
    for (const ContainerChoice &choice : chosen()) {
        if (!services.contains(choice.service))
            services.append(choice.service);
    }
    return services;
}

bool ServicesPage::anyDistributed() const
{
    const QList<ContainerChoice> choices = chosen();
    return std::any_of(choices.cbegin(), choices.cend(),
                       [](const ContainerChoice &c) { return c.distribute; });
}

QString ServicesPage::problem() const
{
    if (m_loading)
        return tr("Loading the services of “%1”…").arg(m_envKey);
    if (m_error)
        return tr("The services of “%1” could not be loaded: %2").arg(m_envKey, m_error->message());
    if (!m_loaded)
        return owner()->source() == VersionSource::FromVersion
                   ? tr("Choose the original version first.")
                   : tr("Choose an environment first.");
    if (m_rows.isEmpty())
        return m_fromVersion
                   ? tr("Version “%1” has no images.").arg(m_envKey)
                   : tr("Environment “%1” has no services with containers.").arg(m_envKey);
    const QList<ContainerChoice> choices = chosen();
    if (choices.isEmpty())
        return tr("Choose at least one container.");
    for (const ContainerChoice &c : choices) {
        const QString where = keyOf(c.service, c.container);
        if (c.imageName.isEmpty())
            return tr("The image name of %1 cannot be read from its image “%2”.")
                .arg(where, c.image);
        if (c.tag.isEmpty())
            return tr("Enter a new tag for %1.").arg(where);
        if (!isValidImageTag(c.tag))
            return tr("“%1” is not a valid image tag for %2: use letters, digits, _ . and - "
                      "(at most 128 characters).")
                .arg(c.tag, where);
    }
    return QString();
}

} // namespace zadig::ui
