// PagingBar: first / previous / next / last, a page number field, the page size and
// "21-40 of 132". It only shows and asks; VersionsPager does the paging.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QToolButton;

namespace zadig::ui {

class PagingBar : public QWidget
{
    Q_OBJECT

public:
    explicit PagingBar(QWidget *parent = nullptr);

    void setPageSizes(const QList<int> &sizes, int current);
    void setPosition(int page, int pageCount, int total, int pageSize);
    int pageSize() const;

Q_SIGNALS:
    void firstRequested();
    void previousRequested();
    void nextRequested();
    void lastRequested();
    void pageRequested(int page);
    void pageSizeRequested(int pageSize);

private:
    QToolButton *m_first;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_last;
    QSpinBox *m_page;
    QLabel *m_pageCount;
    QLabel *m_range;
    QComboBox *m_pageSize;
};

} // namespace zadig::ui
