// ProjectCatalog: the projects a token can see, every page of them gathered, and which one to
// open (asked for by name, remembered, or the first). Free of widgets, so that start-up can ask
// for the projects before the window exists; the window's project picker then observes it.
#pragma once

#include "api/apierror.h"
#include "api/result.h"
#include "api/types.h"

#include <QObject>

#include <optional>

namespace zadig {

class ZadigClient;

class ProjectCatalog : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Loading, Loaded, Failed };

    // Which project opens once the list is in.
    struct Choice
    {
        enum class Kind {
            Wanted,     // the one asked for or remembered
            Fallback,   // the remembered one is gone: the first instead
            NotFound,   // the one asked for by name is not listed: nothing opens
            NoProjects, // the token sees none
        };
        Kind kind = Kind::NoProjects;
        int index = -1; // in projects(), for Wanted and Fallback
    };

    explicit ProjectCatalog(ZadigClient *client, QObject *parent = nullptr);

    // How many projects one request asks for (tests use a small page to prove paging).
    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    // Asks for every project again. `projectKey` is the project to open (asked for by name);
    // empty: the one used last, which quietly gives way to the first if it is gone.
    void load(const QString &projectKey);
    // Loads again, wanting the same project.
    void reload();
    // Forgets the list, and drops the answers to a load in flight.
    void clear();

    State state() const { return m_state; }
    QList<Project> projects() const { return m_projects; }
    std::optional<ApiError> error() const { return m_error; }
    QString wanted() const { return m_wanted; }
    // Only meaningful once Loaded.
    Choice choice() const;
    // Why nothing opens, for a NotFound or NoProjects choice.
    ApiError choiceError() const;

Q_SIGNALS:
    // state() changed to Loaded or Failed.
    void loaded();
    void failed(const zadig::ApiError &error);

private:
    void fetch(int page, quint64 generation);

    ZadigClient *m_client;
    int m_pageSize = 500;
    State m_state = State::Idle;
    QList<Project> m_projects;
    QList<Project> m_soFar; // the pages gathered so far
    std::optional<ApiError> m_error;
    QString m_wanted;
    bool m_wantedExplicitly = false;
    quint64 m_generation = 0; // a newer load drops an older one's pages
};

} // namespace zadig
