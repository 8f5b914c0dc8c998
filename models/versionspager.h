// VersionsPager: the paging logic behind the versions table, free of widgets.
//
// It owns which project, page and page size are shown, asks the client for pages (a newer page
// request makes an older one stale, so fast clicking shows the page last asked for), fills the
// VersionsModel, and asks the VersionRepository for the visible rows' details (the repository
// also watches the creating/retrying ones) and merges each detail that arrives into the table.
// Once a page is complete the next one is read ahead; a flip anywhere else takes what is still
// on its way of it, and of the rows left, off the wire.
// Views observe its signals to show loading, empty and error states in place.
#pragma once

#include "api/result.h"
#include "api/types.h"

#include <QHash>
#include <QObject>
#include <optional>

namespace zadig {

class ZadigClient;
class VersionsModel;
class VersionRepository;

class VersionsPager : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Loading, Loaded, Empty, Error };
    Q_ENUM(State)

    VersionsPager(ZadigClient *client, VersionsModel *model, QObject *parent = nullptr);

    VersionsModel *model() const { return m_model; }
    VersionRepository *repository() const { return m_repository; }

    void setProjectKey(const QString &projectKey); // loads page 1
    QString projectKey() const { return m_projectKey; }
    void setPageSize(int pageSize); // keeps the first row in view
    int pageSize() const { return m_pageSize; }
    int page() const { return m_page; } // 1-based: the page shown (or being loaded)
    int pageCount() const;              // at least 1
    int total() const { return m_total; }
    State state() const { return m_state; }
    std::optional<ApiError> lastError() const { return m_error; }

    void goToPage(int page);
    void firstPage() { goToPage(1); }
    void previousPage() { goToPage(m_page - 1); }
    void nextPage() { goToPage(m_page + 1); }
    void lastPage() { goToPage(pageCount()); }
    void refresh();
    // Reloads page 1 and answers with versionFound(id) for the version named `versionName`
    // (which is then polled at once), or versionNotFound().
    void reloadAndFind(const QString &versionName);

    // Shows the versions a whole-project search found instead of a page (paging is off until
    // leaveFound(), or any page, project or size change). Their details are read like a page's.
    void showFound(const QList<VersionInfo> &versions);
    void leaveFound(); // back to the page shown before
    bool isShowingFound() const { return m_showingFound; }

    // The version is gone (deleted here or elsewhere): stop watching it, forget its detail,
    // remove its row and reload the page.
    void forgetVersion(const QString &id);

    // While held, a loaded page's details (labels, progress) are not asked for; releasing asks
    // for those of the page shown, if any. The window holds them until its first page is
    // painted, so that nothing competes with it.
    void holdDetails() { m_detailsHeld = true; }
    void releaseDetails();

Q_SIGNALS:
    void stateChanged(zadig::VersionsPager::State state);
    void pageChanged(int page, int pageCount, int total);
    // Emitted after a page is shown; the view restores its selection from this.
    void pageLoaded();
    void versionSettled(const zadig::VersionInfo &info);
    void versionFound(const QString &id); // answer to reloadAndFind
    void versionNotFound(const QString &versionName);
    void showingFoundChanged(bool showing);

private:
    // Show: the page is loading (said in place). Revalidate: it is shown from memory and read
    // again behind it; only a difference is shown.
    enum class Load { Show, Revalidate };
    void load(Load how = Load::Show);
    void setState(State state);
    void onPage(const Result<VersionPage> &result, int page, Load how);
    void show(const VersionPage &page);
    // The page m_page: from memory when it was read (then revalidated), else loaded.
    void showPage();
    // Once the page shown is complete, the next page's list and details are read, so that
    // flipping to it shows it at once.
    void readAhead();
    // What is read ahead serves only the page after m_readAheadFrom: once another page (or the
    // search's matches) is shown, what is still on its way of it leaves the wire.
    void withdrawReadAhead();
    void forgetPages();

    ZadigClient *m_client;
    VersionsModel *m_model;
    VersionRepository *m_repository;
    QString m_projectKey;
    int m_page = 1;
    int m_pageSize = 20;
    int m_total = 0;
    State m_state = State::Idle;
    std::optional<ApiError> m_error;
    QString m_findName;
    bool m_detailsHeld = false;
    bool m_showingFound = false;
    void stopShowingFound();
    // The pages read (shown, or ahead) for this project and page size; a refresh forgets them.
    QHash<int, VersionPage> m_pages;
    int m_readAheadFrom = 0;    // the page whose successor was read ahead
    int m_readAheadListing = 0; // the page whose list is read ahead now (ReadAheadKey), or 0
    static constexpr auto ReadAheadKey = QLatin1StringView("versions-read-ahead");
};

} // namespace zadig
