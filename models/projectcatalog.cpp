#include "projectcatalog.h"

#include "api/zadigclient.h"
#include "settings.h"

#include <QCoreApplication>

#include <utility>

using namespace Qt::StringLiterals;

namespace zadig {

ProjectCatalog::ProjectCatalog(ZadigClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{}

void ProjectCatalog::load(const QString &projectKey)
{
    m_wantedExplicitly = !projectKey.isEmpty();
    m_wanted = m_wantedExplicitly ? projectKey : Settings().lastProject();
    reload();
}

void ProjectCatalog::reload()
{
    m_state = State::Loading;
    m_error.reset();
    m_soFar.clear();
    fetch(1, ++m_generation);
}

void ProjectCatalog::clear()
{
    ++m_generation;
    m_state = State::Idle;
    m_projects.clear();
    m_soFar.clear();
    m_error.reset();
}

void ProjectCatalog::fetch(int page, quint64 generation)
{
    m_client->listProjects(page, m_pageSize, this,
                           [this, page, generation](const Result<ProjectPage> &result) {
                               if (generation != m_generation)
                                   return;
                               if (!result) {
                                   m_soFar.clear();
                                   m_error = result.error();
                                   m_state = State::Failed;
                                   Q_EMIT failed(result.error());
                                   return;
                               }
                               m_soFar += result->projects;
                               // Servers with more projects than one page holds: every project is
                               // listed.
                               if (!result->projects.isEmpty() && m_soFar.size() < result->total) {
                                   fetch(page + 1, generation);
                                   return;
                               }
                               m_projects = std::exchange(m_soFar, {});
                               m_state = State::Loaded;
                               Q_EMIT loaded();
                           });
}

ProjectCatalog::Choice ProjectCatalog::choice() const
{
    Choice choice;
    if (m_projects.isEmpty())
        return choice;
    for (int i = 0; i < m_projects.size(); ++i) {
        if (m_projects.at(i).key == m_wanted) {
            choice.kind = Choice::Kind::Wanted;
            choice.index = i;
            return choice;
        }
    }
    // Asked for by name, it must not be replaced by another project without a word.
    if (m_wantedExplicitly) {
        choice.kind = Choice::Kind::NotFound;
        return choice;
    }
    choice.kind = Choice::Kind::Fallback;
    choice.index = 0;
    return choice;
}

ApiError ProjectCatalog::choiceError() const
{
    ApiError error;
    error.kind = ApiError::Kind::NotFound;
    // These sentences were first the window's, and are translated in its context.
    error.detail = choice().kind == Choice::Kind::NotFound
                       ? QCoreApplication::translate(
                             "zadig::ui::MainWindow",
                             "project “%1” does not exist or is not visible with this token")
                             .arg(m_wanted)
                       : QCoreApplication::translate("zadig::ui::MainWindow",
                                                     "no project is visible with this token");
    return error;
}

} // namespace zadig
