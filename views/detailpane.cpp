#include "detailpane.h"

#include "delegates.h"
#include "deliverablesmodel.h"
#include "deskstyle.h"
#include "versionrepository.h"
#include "versionsmodel.h"
#include "yamlviewer.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zadig::ui {

static QLabel *valueLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

DetailPane::DetailPane(VersionRepository *repository, QWidget *parent)
    : QWidget(parent), m_repository(repository), m_model(new DeliverablesModel(this))
{
    connect(repository, &VersionRepository::detailChanged, this, &DetailPane::updateDetail);
    connect(repository, &VersionRepository::readFailed, this, &DetailPane::showReadFailure);
    setObjectName(u"detailPane"_s);
    m_stack = new QStackedWidget(this);
    // Until a version is selected: one quiet line, in the colour of placeholder text.
    m_hint = new QLabel(tr("Select a version to see its deliverables."), this);
    m_hint->setObjectName(u"detailHint"_s);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_hint);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    clearVersion();
}

// The page showing a version is built when the first version is shown: at start-up the pane
// only says that nothing is selected, and building (and laying out) a form, a tree and a dozen
// labels nobody sees yet would delay the first page of versions.
void DetailPane::ensurePage()
{
    if (m_tree)
        return;
    auto *page = new QWidget(this);
    m_title = valueLabel(page, u"detailTitle"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_type = valueLabel(page, u"detailType"_s);
    m_status = valueLabel(page, u"detailStatus"_s);
    m_labels = valueLabel(page, u"detailLabels"_s);
    m_description = valueLabel(page, u"detailDescription"_s);
    m_createdBy = valueLabel(page, u"detailCreatedBy"_s);
    m_source = valueLabel(page, u"detailSource"_s);
    m_created = valueLabel(page, u"detailCreated"_s);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(u"detailProgressBar"_s);
    m_progress->setTextVisible(true);
    m_progressText = valueLabel(page, u"detailProgress"_s);
    m_error = valueLabel(page, u"detailError"_s);
    applyStatusColors();

    auto *form = m_form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Labels:"), m_labels);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Created by:"), m_createdBy);
    form->addRow(tr("Source:"), m_source);
    form->addRow(tr("Created:"), m_created);
    auto *progressBox = new QVBoxLayout;
    progressBox->setContentsMargins(0, 0, 0, 0);
    progressBox->addWidget(m_progress);
    progressBox->addWidget(m_progressText);
    progressBox->addWidget(m_error);
    form->addRow(tr("Progress:"), progressBox);

    m_deliverablesTitle = new QLabel(tr("Deliverables"), page);
    QFont bold = m_deliverablesTitle->font();
    bold.setBold(true);
    m_deliverablesTitle->setFont(bold);
    m_deliverablesNote = new QLabel(page);
    m_deliverablesNote->setObjectName(u"deliverablesNote"_s);
    m_deliverablesNote->setWordWrap(true);
    m_copyAll = new QToolButton(page);
    m_copyAll->setObjectName(u"copyAllImagesButton"_s);
    m_copyAll->setText(tr("Copy all images"));
    m_copyAll->setToolTip(tr("Copy every image of this version, one per line"));
    m_copyAll->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    m_copyAll->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_copyAll, &QToolButton::clicked, this, &DetailPane::copyAllImages);

    m_tree = new QTreeView(page);
    m_tree->setObjectName(u"deliverablesTree"_s);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->installEventFilter(this);
    m_statusDelegate = new StatusDelegate(m_tree, DeliverablesModel::StatusRole);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &DetailPane::showContextMenu);
    connect(m_tree, &QTreeView::doubleClicked, this, &DetailPane::viewServiceYaml);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DetailPane::applyModelLayout);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_deliverablesTitle);
    titleRow->addStretch();
    titleRow->addWidget(m_copyAll);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addLayout(titleRow);
    layout->addWidget(m_deliverablesNote);
    layout->addWidget(m_tree, 1);

    m_stack->addWidget(page);
}

void DetailPane::applyModelLayout()
{
    const DeliverablesModel::Mode mode = m_model->mode();
    const bool services = mode == DeliverablesModel::Mode::Services;
    m_tree->setRootIsDecorated(mode == DeliverablesModel::Mode::Helm || services);
    // A double-click on a service opens its YAML; folding the row as well would move what the
    // user just pointed at.
    m_tree->setExpandsOnDoubleClick(!services);
    // Column numbers mean different things in each mode, so the delegate follows the mode.
    m_tree->setItemDelegateForColumn(DeliverablesModel::ServiceStatusColumn,
                                     services ? m_statusDelegate : nullptr);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const bool chartColumn = c == DeliverablesModel::ServiceChartColumn ||
                                 c == DeliverablesModel::ServiceChartVersionColumn;
        m_tree->setColumnHidden(c, services && chartColumn && !m_model->hasChartColumns());
    }
    m_tree->expandAll();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_tree->resizeColumnToContents(c);
    // Image references differ at their ends (registry, tag): elided in the middle.
    m_tree->setTextElideMode(services ? Qt::ElideMiddle : Qt::ElideRight);
    if (services) {
        // Job errors run to hundreds of characters; the cell's tooltip has them in full. Image
        // references are capped too, so that status and error stay in reach of a narrow pane.
        const int em = m_tree->fontMetrics().averageCharWidth();
        const std::pair<int, int> caps[] = {{DeliverablesModel::ServiceErrorColumn, 60 * em},
                                            {DeliverablesModel::ServiceSourceImageColumn, 40 * em},
                                            {DeliverablesModel::ServiceTargetImageColumn, 40 * em}};
        for (const auto &[column, cap] : caps) {
            if (m_tree->columnWidth(column) > cap)
                m_tree->setColumnWidth(column, cap);
        }
    }
}

void DetailPane::setProjectKey(const QString &)
{
    clearVersion();
}

void DetailPane::clearVersion()
{
    m_id.clear();
    m_detailShownFor.clear();
    m_model->clear();
    m_stack->setCurrentWidget(m_hint);
}

void DetailPane::showVersion(const VersionInfo &info)
{
    const std::optional<VersionDetail> known = m_repository->detail(info.id);
    const bool sameVersion = info.id == m_id;
    m_id = info.id;
    m_name = info.name; // 4.x/5.x read the detail by name
    ensurePage();
    m_stack->setCurrentIndex(1);
    if (known) {
        updateDetail(*known);
    } else {
        showInfo(info, false);
        if (!sameVersion)
            m_model->clear();
        m_deliverablesNote->setText(tr("Loading deliverables…"));
        m_deliverablesNote->show();
    }
    // Always refresh: a kept detail may be old, and only a detail read reconciles status.
    m_repository->refresh(m_id, m_name);
}

void DetailPane::showReadFailure(const QString &id, const ApiError &error)
{
    if (id.isEmpty() || id != m_id)
        return;
    // Say so either way: with nothing shown yet, or above what an earlier read showed.
    if (m_detailShownFor != id) {
        // No detail ever came for this version: nothing is loading any more.
        m_labels->setText(tr("Unavailable"));
        m_progress->hide();
        m_progressText->setText(tr("Unavailable"));
        m_copyAll->setEnabled(false);
    }
    m_deliverablesNote->setText(
        m_model->rowCount() == 0
            ? tr("Could not load the deliverables: %1").arg(error.message())
            : tr("Could not refresh this version; showing what was read before: %1")
                  .arg(error.message()));
    m_deliverablesNote->show();
}

void DetailPane::updateDetail(const VersionDetail &detail)
{
    if (detail.info.id != m_id)
        return;
    ensurePage();
    m_stack->setCurrentIndex(1);
    m_detailShownFor = detail.info.id;
    showInfo(detail.info, true);
    // A 4.x/5.x detail names the environment (and, where the server keeps it, the version) the
    // version was made from.
    if (detail.v2 && detail.info.source == VersionSource::FromEnv && !detail.envName.isEmpty()) {
        m_source->setText(detail.production
                              ? tr("From production environment “%1”").arg(detail.envName)
                              : tr("From environment “%1”").arg(detail.envName));
    } else if (detail.v2 && detail.info.source == VersionSource::FromVersion &&
               !detail.originalVersionName.isEmpty()) {
        m_source->setText(tr("From version “%1”").arg(detail.originalVersionName));
    }
    m_model->setDetail(detail);
    const bool empty = m_model->rowCount() == 0;
    m_deliverablesNote->setVisible(empty);
    m_deliverablesNote->setText(tr("This version has no deliverables."));
    m_copyAll->setEnabled(!m_model->allImages().isEmpty());
    if (detail.info.type == VersionType::HelmChart)
        m_deliverablesTitle->setText(tr("Helm charts and their images"));
    else if (detail.v2 && detail.info.type == VersionType::K8sYaml)
        m_deliverablesTitle->setText(tr("K8s services and their images"));
    else if (detail.info.type == VersionType::K8sYaml)
        m_deliverablesTitle->setText(tr("K8s deliverables"));
    else
        m_deliverablesTitle->setText(tr("Deliverables"));
    if (detail.v2) {
        // 4.x/5.x keep a version's error after a successful retry (spec 3.4): only a failed
        // version's error is current. With none of its own, the first failed image's says why.
        const QString error =
            detail.info.status == VersionStatus::Failed ? progressOfV2(detail).error : QString();
        m_error->setText(error);
        m_error->setVisible(!error.isEmpty());
    }
}

QString DetailPane::sourceText(const VersionInfo &info)
{
    switch (info.source) {
    case VersionSource::Manual:
        return tr("Entered by hand");
    case VersionSource::FromEnv:
        return tr("From an environment");
    case VersionSource::FromVersion:
        return tr("From another version");
    case VersionSource::Unknown:
        break;
    }
    return info.rawSource;
}

void DetailPane::showInfo(const VersionInfo &info, bool fromDetail)
{
    m_title->setText(info.name);
    m_type->setText(VersionsModel::typeText(info.type, info.rawType));
    m_status->setText(VersionsModel::statusText(info.status, info.rawStatus));
    m_shownStatus = info.status;
    applyStatusColors();
    m_labels->setText(info.labels.isEmpty() ? (fromDetail ? tr("None") : tr("Loading…"))
                                            : info.labels.join(u", "_s));
    m_description->setText(info.description.isEmpty() ? tr("None") : info.description);
    m_createdBy->setText(info.createdBy);
    m_source->setText(sourceText(info));
    // 2.3-3.4 versions have no source: the row is not shown for them.
    m_form->setRowVisible(m_source, !info.rawSource.isEmpty());
    m_created->setText(VersionsModel::timeText(info.createTime, QLocale::LongFormat));
    if (info.progress) {
        const Progress &p = *info.progress;
        m_progress->show();
        m_progress->setRange(0, p.totalCount > 0 ? p.totalCount : (info.isSettled() ? 1 : 0));
        m_progress->setValue(p.totalCount > 0 ? p.successCount : (info.isSettled() ? 1 : 0));
        m_progress->setFormat(VersionsModel::progressText(info.progress));
        QString upload;
        switch (p.uploadStatus) {
        case UploadStatus::Success:
            upload = tr("upload succeeded");
            break;
        case UploadStatus::Failed:
            upload = tr("upload failed");
            break;
        case UploadStatus::Waiting:
            upload = tr("waiting to upload");
            break;
        case UploadStatus::Uploading:
            upload = tr("uploading");
            break;
        case UploadStatus::Unknown:
            break;
        }
        m_progressText->setText(tr("%1 of %2 images distributed%3")
                                    .arg(p.successCount)
                                    .arg(p.totalCount)
                                    .arg(upload.isEmpty() ? QString() : u" · "_s + upload));
        m_error->setText(p.error);
        m_error->setVisible(!p.error.isEmpty());
    } else {
        m_progress->setVisible(!fromDetail);
        m_progress->setRange(0, 0);
        m_progressText->setText(fromDetail ? tr("Not reported") : tr("Loading…"));
        m_error->hide();
    }
}

void DetailPane::copySelection() const
{
    if (!m_tree)
        return;
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    QStringList lines;
    for (const QModelIndex &row : rows) {
        const QString image = row.data(DeliverablesModel::ImageRole).toString();
        lines.append(image.isEmpty() ? row.data(DeliverablesModel::RowTextRole).toString() : image);
    }
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(u'\n'));
}

void DetailPane::copyAllImages() const
{
    const QStringList images = m_model->allImages();
    if (!images.isEmpty())
        QApplication::clipboard()->setText(images.join(u'\n') + u'\n');
}

void DetailPane::changeEvent(QEvent *event)
{
    // The pane's own palette is the application's; the colours set in the labels' palettes
    // would otherwise stay those of the palette they were set on.
    if (event->type() == QEvent::PaletteChange)
        applyStatusColors();
    QWidget::changeEvent(event);
}

void DetailPane::applyStatusColors()
{
    if (!m_status) // the version page is built when a version is first shown
        return;
    setTextColor(m_status, statusColor(m_shownStatus, palette()));
    setTextColor(m_error, statusColor(VersionStatus::Failed, palette()));
}

bool DetailPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        copySelection();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void DetailPane::viewServiceYaml(const QModelIndex &index)
{
    if (m_model->mode() != DeliverablesModel::Mode::Services ||
        index.data(DeliverablesModel::KindRole).toString() != "service"_L1)
        return;
    const QModelIndex service = index.siblingAtColumn(DeliverablesModel::ServiceNameColumn);
    openYamlViewer(service.data().toString(), service.data(DeliverablesModel::YamlRole).toString());
}

void DetailPane::openYamlViewer(const QString &serviceName, const QString &yaml)
{
    const auto content = m_model->versionType() == VersionType::HelmChart
                             ? YamlViewer::Content::HelmValues
                             : YamlViewer::Content::K8sYaml;
    // Not waited for: the pane (and the polling behind it) goes on while the viewer is open, and
    // the viewer holds its own copy of the text, so a refresh of the model does not touch it.
    auto *viewer = new YamlViewer(serviceName, m_name, yaml, content, this);
    viewer->show();
}

void DetailPane::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    // popup(), not exec(): no nested event loop under the pane (a poll may reset the model
    // meanwhile, which is why the actions capture values, not indexes).
    auto *menu = new QMenu(this);
    menu->setObjectName(u"deliverablesMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (index.isValid()) {
        if (m_model->mode() == DeliverablesModel::Mode::Services &&
            index.data(DeliverablesModel::KindRole).toString() == "service"_L1) {
            const bool values = m_model->versionType() == VersionType::HelmChart;
            const QModelIndex service = index.siblingAtColumn(DeliverablesModel::ServiceNameColumn);
            const QString name = service.data().toString();
            const QString yaml = service.data(DeliverablesModel::YamlRole).toString();
            QAction *view = menu->addAction(values ? tr("View Values…") : tr("View YAML…"), this,
                                            [this, name, yaml] { openYamlViewer(name, yaml); });
            view->setObjectName(u"viewYamlAction"_s);
            menu->setDefaultAction(view); // what a double-click on the row does
            menu->addSeparator();
        }
        if (offersLog(index)) {
            const std::pair<QString, QString> image = logSubject(index);
            QAction *log = menu->addAction(tr("Show &Log…"), this,
                                           [this, image] { openLog(image.first, image.second); });
            log->setObjectName(u"showLogAction"_s);
            menu->addSeparator();
        }
        const QString image = index.data(DeliverablesModel::ImageRole).toString();
        if (!image.isEmpty()) {
            menu->addAction(tr("Copy image reference"), this,
                            [image] { QApplication::clipboard()->setText(image); });
            QAction *find = menu->addAction(tr("Find Versions Shipping This Image"), this,
                                            [this, image] { Q_EMIT findVersionsWithImage(image); });
            find->setObjectName(u"findImageAction"_s);
        }
        const QString row = index.data(DeliverablesModel::RowTextRole).toString();
        menu->addAction(tr("Copy row"), this, [row] { QApplication::clipboard()->setText(row); });
    }
    QAction *all = menu->addAction(tr("Copy all images"), this, &DetailPane::copyAllImages);
    all->setEnabled(!m_model->allImages().isEmpty());
    menu->popup(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace zadig::ui
