// SimState's handlers of the pickers the wizards fill from: projects, environments (testing and
// production, list and detail) and the system's image registries.
#include "simstate.h"

#include "simjson.h"
#include "simutil.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace zadig::sim {

SimResponse SimState::listProjects(const SimRequest &request)
{
    qint64 pageNum = intParam(request.query, u"pageNum"_s).value_or(1);
    qint64 pageSize = intParam(request.query, u"pageSize"_s).value_or(20);
    if (pageNum <= 0)
        pageNum = 1;
    if (pageSize <= 0)
        pageSize = 20;
    const qint64 total = m_projects.size();
    QJsonArray projects;
    const auto [begin, end] = pageSlice(pageNum, pageSize, total);
    for (qint64 i = begin; i < end; ++i)
        projects.append(projectJson(m_projects.at(i)));
    return jsonResponse(200, QJsonObject{{u"total"_s, total}, {u"projects"_s, projects}});
}

SimResponse SimState::listEnvironments(const SimRequest &request, bool production)
{
    const QString key = param(request.query, u"projectKey"_s);
    if (key.isEmpty())
        return invalidParam(u"projectKey can not be empty"_s);
    const SimProject *proj = project(key);
    if (!proj)
        return internalError(u"failed to find project %1: %2"_s.arg(key, noDocuments()));
    QJsonArray list;
    for (const SimEnvironment &env : proj->environments) {
        if (env.production == production)
            list.append(environmentJson(env));
    }
    return jsonResponse(200, list);
}

SimResponse SimState::environmentDetail(const SimRequest &request, const QString &envKey,
                                        bool production)
{
    const QString key = param(request.query, u"projectKey"_s);
    if (key.isEmpty())
        return invalidParam(u"projectKey can not be empty"_s);
    const SimProject *proj = project(key);
    const SimEnvironment *env = proj ? proj->environment(envKey, production) : nullptr;
    if (!env) {
        return internalError(
            u"failed to find environment %1 of project %2: %3"_s.arg(envKey, key, noDocuments()));
    }
    const QString serviceType = proj->deployType == "helm"_L1 ? u"helm"_s : u"k8s"_s;
    return jsonResponse(200, environmentDetailJson(*env, serviceType, m_generation));
}

SimResponse SimState::listRegistries()
{
    QJsonArray list;
    for (const SimRegistry &r : std::as_const(m_registries))
        list.append(registryJson(r));
    return jsonResponse(200, list);
}

} // namespace zadig::sim
