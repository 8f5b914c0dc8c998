#include "comparedialog.h"

#include "comparemodel.h"
#include "exportfiles.h"
#include "icons.h"
#include "manifest.h"
#include "statepane.h"
#include "versionrepository.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zadig::ui {

namespace {

// The change kind told by an icon in the change column, and unchanged rows dimmed, in the
// palette's own colours so a dark desktop reads as well as a light one.
class ChangeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto kind = ChangeKind(index.data(CompareModel::ChangeRole).toInt());
        if (kind == ChangeKind::Unchanged) {
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::PlaceholderText));
            return;
        }
        if (index.column() != CompareModel::ChangeColumn)
            return;
        option->font.setBold(true);
        option->icon = iconFor(kind);
        option->features |= QStyleOptionViewItem::HasDecoration;
        const QStyle *style = option->widget ? option->widget->style() : nullptr;
        const int size =
            style ? style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, option->widget) : 16;
        option->decorationSize = QSize(size, size);
    }

private:
    static QIcon iconFor(ChangeKind kind)
    {
        switch (kind) {
        case ChangeKind::Added:
            return glyphIcon(Glyph::NewVersion);
        case ChangeKind::Removed:
            return glyphIcon(Glyph::Delete);
        case ChangeKind::TagChanged:
        case ChangeKind::ChartVersionChanged:
            return glyphIcon(Glyph::Refresh);
        case ChangeKind::RegistryChanged:
            return glyphIcon(Glyph::Next);
        case ChangeKind::Unavailable:
            return glyphIcon(Glyph::Warning);
        case ChangeKind::Unchanged:
            break;
        }
        return QIcon();
    }
};

} // namespace

CompareDialog::CompareDialog(VersionRepository *repository, const QString &projectName,
                             const VersionInfo &oldInfo, const VersionInfo &newInfo,
                             const std::optional<VersionDetail> &oldDetail,
                             const std::optional<VersionDetail> &newDetail, QWidget *parent)
    : QDialog(parent), m_repository(repository), m_projectKey(repository->projectKey()),
      m_projectName(projectName), m_model(new CompareModel(this))
{
    setObjectName(u"compareDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    setWindowTitle(tr("Compare %1 → %2").arg(oldInfo.name, newInfo.name));
    m_sides[0].info = oldInfo;
    m_sides[0].known = oldDetail;
    m_sides[1].info = newInfo;
    m_sides[1].known = newDetail;

    auto *title = new QLabel(tr("%1 → %2").arg(oldInfo.name, newInfo.name), this);
    title->setObjectName(u"compareTitle"_s);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    title->setFont(big);
    m_counts = new QLabel(this);
    m_counts->setObjectName(u"compareCounts"_s);

    // Why a side has no rows of its own: said above the table, not only in its cells.
    m_noteBox = new QWidget(this);
    auto *noteIcon = new QLabel(m_noteBox);
    noteIcon->setPixmap(
        glyphPixmap(Glyph::Warning, style()->pixelMetric(QStyle::PM_SmallIconSize), this));
    m_note = new QLabel(m_noteBox);
    m_note->setObjectName(u"compareUnavailableNote"_s);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *noteLayout = new QHBoxLayout(m_noteBox);
    noteLayout->setContentsMargins(0, 0, 0, 0);
    noteLayout->addWidget(noteIcon, 0, Qt::AlignTop);
    noteLayout->addWidget(m_note, 1);
    m_noteBox->hide();

    m_onlyChanges = new QCheckBox(tr("&Only changes"), this);
    m_onlyChanges->setObjectName(u"compareOnlyChanges"_s);
    m_onlyChanges->setChecked(m_model->onlyChanges());
    connect(m_onlyChanges, &QCheckBox::toggled, m_model, &CompareModel::setOnlyChanges);
    auto *countsRow = new QHBoxLayout;
    countsRow->addWidget(m_counts, 1);
    countsRow->addWidget(m_onlyChanges);

    m_table = new QTableView(this);
    m_table->setObjectName(u"compareTable"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ChangeDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // References are cut in the middle: the registry's start and the tag both stay in view.
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(CompareModel::OldImageColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CompareModel::NewImageColumn,
                                                      QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(u'M');
    m_table->setColumnWidth(CompareModel::ServiceColumn, 9 * em);
    m_table->setColumnWidth(CompareModel::ModuleColumn, 9 * em);
    m_table->setColumnWidth(CompareModel::ChangeColumn, 12 * em);

    m_state = new StatePane(this);
    m_state->setObjectName(u"compareStatePane"_s);
    connect(m_state, &StatePane::retryRequested, this, &CompareDialog::load);
    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addLayout(countsRow);
    pageLayout->addWidget(m_noteBox);
    pageLayout->addWidget(m_table, 1);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(page);
    m_stack->addWidget(m_state);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy as Markdown"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(u"compareCopyButton"_s);
    m_copy->setToolTip(tr("Copy the changes as a Markdown table, for a change ticket"));
    connect(m_copy, &QPushButton::clicked, this, &CompareDialog::copyMarkdown);
    m_save = buttons->addButton(tr("&Save As"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(u"compareSaveButton"_s);
    auto *saveMenu = new QMenu(m_save);
    saveMenu->setObjectName(u"compareSaveMenu"_s);
    const auto addSave = [this, saveMenu](const QString &text, const QString &name,
                                          SaveFormat format) {
        QAction *action = saveMenu->addAction(text);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, [this, format] { saveAs(format); });
    };
    addSave(tr("&Markdown…"), u"compareSaveMarkdownAction"_s, SaveFormat::Markdown);
    addSave(tr("&CSV…"), u"compareSaveCsvAction"_s, SaveFormat::Csv);
    addSave(tr("&JSON…"), u"compareSaveJsonAction"_s, SaveFormat::Json);
    m_save->setMenu(saveMenu);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_stack, 1);
    layout->addWidget(buttons);

    resize(95 * em, 36 * fontMetrics().lineSpacing());
    load();
}

CompareModel *CompareDialog::model() const
{
    return m_model;
}

bool CompareDialog::isLoaded() const
{
    return m_loaded;
}

QString CompareDialog::countsText(const CompareCounts &counts)
{
    // The order of the models' English countsText, so the header and an export agree.
    QStringList parts;
    if (counts.changed)
        parts << tr("%n changed", nullptr, counts.changed);
    if (counts.added)
        parts << tr("%n added", nullptr, counts.added);
    if (counts.unchanged)
        parts << tr("%n unchanged", nullptr, counts.unchanged);
    if (counts.removed)
        parts << tr("%n removed", nullptr, counts.removed);
    if (counts.unavailable)
        parts << tr("%n unavailable", nullptr, counts.unavailable);
    return parts.isEmpty() ? tr("Nothing to compare")
                           : parts.join(tr(", ", "between the counts of a comparison"));
}

void CompareDialog::load()
{
    const quint64 round = ++m_round;
    m_loaded = false;
    m_state->showLoading(tr("Reading %1 and %2…").arg(m_sides[0].info.name, m_sides[1].info.name));
    m_stack->setCurrentWidget(m_state);
    m_copy->setEnabled(false);
    m_save->setEnabled(false);
    // Both at once; a side already read (or known unavailable) is not asked for again.
    for (int which = 0; which < 2; ++which) {
        Side &side = m_sides[which];
        if (side.side)
            continue;
        side.error.reset();
        side.pending = true;
        exportfiles::readDetail(m_repository, side.info, std::exchange(side.known, std::nullopt),
                                this, [this, which, round](const Result<VersionDetail> &result) {
                                    if (round == m_round)
                                        onDetail(which, result);
                                });
    }
}

void CompareDialog::onDetail(int which, const Result<VersionDetail> &result)
{
    Side &side = m_sides[which];
    side.pending = false;
    if (result) {
        side.side =
            CompareSide::of(makeManifest(m_projectKey, m_projectName, side.info, result.value()));
    } else if (result.error().kind == ApiError::Kind::NotFound) {
        side.side = CompareSide::unavailable(side.info.name, result.error().message());
    } else if (side.info.type == VersionType::Unknown) {
        // A legacy version with no type: the server fails on its detail however often it is
        // asked, so a Retry would not help; the comparison goes on without it.
        side.side = CompareSide::unavailable(
            side.info.name,
            tr("a legacy version without a type; the server cannot give its deliverables"));
    } else {
        side.error = result.error();
    }
    settle();
}

void CompareDialog::settle()
{
    if (m_sides[0].pending || m_sides[1].pending)
        return;
    for (const Side &side : m_sides) {
        if (side.error) {
            m_state->showError(tr("Could not read “%1”").arg(side.info.name),
                               side.error->message());
            return;
        }
    }
    showComparison(compareVersions(*m_sides[0].side, *m_sides[1].side));
}

void CompareDialog::showComparison(const Comparison &comparison)
{
    m_model->setComparison(comparison);
    m_counts->setText(countsText(comparison.counts()));
    QStringList notes;
    for (const CompareSide *side : {&comparison.oldSide, &comparison.newSide}) {
        if (!side->isAvailable()) {
            notes << tr("“%1” cannot be compared: %2").arg(side->version, side->unavailableReason);
        }
    }
    m_note->setText(notes.join(u'\n'));
    m_noteBox->setVisible(!notes.isEmpty());
    m_loaded = true;
    m_copy->setEnabled(true);
    m_save->setEnabled(true);
    m_stack->setCurrentIndex(0);
}

void CompareDialog::copyMarkdown()
{
    QGuiApplication::clipboard()->setText(QString::fromUtf8(toMarkdown(m_model->comparison())));
}

void CompareDialog::saveAs(SaveFormat format)
{
    const Comparison &comparison = m_model->comparison();
    const QString base = exportfiles::fileNameFor(comparison.oldSide.version) + u"-vs-"_s +
                         exportfiles::fileNameFor(comparison.newSide.version);
    switch (format) {
    case SaveFormat::Markdown:
        exportfiles::save(this, u"compareSaveDialog"_s, tr("Save Comparison"), base + u".md"_s,
                          tr("Markdown (*.md)"), toMarkdown(comparison));
        break;
    case SaveFormat::Csv:
        exportfiles::save(this, u"compareSaveDialog"_s, tr("Save Comparison"), base + u".csv"_s,
                          tr("CSV (*.csv)"), toCsv(comparison));
        break;
    case SaveFormat::Json:
        exportfiles::save(this, u"compareSaveDialog"_s, tr("Save Comparison"), base + u".json"_s,
                          tr("JSON (*.json)"), toJson(comparison));
        break;
    }
}

} // namespace zadig::ui
