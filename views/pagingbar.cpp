#include "pagingbar.h"

#include "icons.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace zadig::ui {

static QToolButton *makeButton(QWidget *parent, const QString &themeName, Glyph glyph,
                               const QString &objectName, const QString &toolTip,
                               const QKeySequence &shortcut)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setIcon(themedIcon(themeName, glyph));
    button->setAutoRaise(true);
    button->setShortcut(shortcut);
    button->setToolTip(
        shortcut.isEmpty()
            ? toolTip
            : u"%1 (%2)"_s.arg(toolTip, shortcut.toString(QKeySequence::NativeText)));
    return button;
}

PagingBar::PagingBar(QWidget *parent) : QWidget(parent)
{
    m_first = makeButton(this, u"go-first"_s, Glyph::First, u"firstPageButton"_s, tr("First page"),
                         QKeySequence(Qt::CTRL | Qt::Key_Home));
    m_previous = makeButton(this, u"go-previous"_s, Glyph::Previous, u"previousPageButton"_s,
                            tr("Previous page"), QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_next = makeButton(this, u"go-next"_s, Glyph::Next, u"nextPageButton"_s, tr("Next page"),
                        QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_last = makeButton(this, u"go-last"_s, Glyph::Last, u"lastPageButton"_s, tr("Last page"),
                        QKeySequence(Qt::CTRL | Qt::Key_End));

    m_page = new QSpinBox(this);
    m_page->setObjectName(u"pageSpinBox"_s);
    m_page->setRange(1, 1);
    m_page->setKeyboardTracking(false);
    m_page->setAccessibleName(tr("Page number"));
    m_pageCount = new QLabel(this);
    m_range = new QLabel(this);
    m_range->setObjectName(u"pageRangeLabel"_s);
    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(u"pageSizeCombo"_s);
    m_pageSize->setAccessibleName(tr("Versions per page"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_range);
    layout->addStretch();
    layout->addWidget(m_first);
    layout->addWidget(m_previous);
    auto *pageLabel = new QLabel(tr("Page"), this);
    pageLabel->setBuddy(m_page);
    layout->addWidget(pageLabel);
    layout->addWidget(m_page);
    layout->addWidget(m_pageCount);
    layout->addWidget(m_next);
    layout->addWidget(m_last);
    layout->addSpacing(12);
    auto *sizeLabel = new QLabel(tr("Per page"), this);
    sizeLabel->setBuddy(m_pageSize);
    layout->addWidget(sizeLabel);
    layout->addWidget(m_pageSize);

    connect(m_first, &QToolButton::clicked, this, &PagingBar::firstRequested);
    connect(m_previous, &QToolButton::clicked, this, &PagingBar::previousRequested);
    connect(m_next, &QToolButton::clicked, this, &PagingBar::nextRequested);
    connect(m_last, &QToolButton::clicked, this, &PagingBar::lastRequested);
    connect(m_page, &QSpinBox::valueChanged, this, &PagingBar::pageRequested);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT pageSizeRequested(pageSize()); });
}

void PagingBar::setPageSizes(const QList<int> &sizes, int current)
{
    const QSignalBlocker blocker(m_pageSize);
    m_pageSize->clear();
    for (int size : sizes)
        m_pageSize->addItem(QString::number(size), size);
    m_pageSize->setCurrentIndex(qMax(0, m_pageSize->findData(current)));
}

int PagingBar::pageSize() const
{
    return m_pageSize->currentData().toInt();
}

void PagingBar::setPosition(int page, int pageCount, int total, int pageSize)
{
    {
        const QSignalBlocker blocker(m_page);
        m_page->setRange(1, qMax(1, pageCount));
        m_page->setValue(page);
    }
    m_pageCount->setText(tr("of %1").arg(pageCount));
    if (total <= 0) {
        m_range->setText(tr("No versions"));
    } else {
        const int first = (page - 1) * pageSize + 1;
        const int last = qMin(total, page * pageSize);
        m_range->setText(tr("%1–%2 of %3").arg(first).arg(last).arg(total));
    }
    m_first->setEnabled(page > 1);
    m_previous->setEnabled(page > 1);
    m_next->setEnabled(page < pageCount);
    m_last->setEnabled(page < pageCount);
}

} // namespace zadig::ui
