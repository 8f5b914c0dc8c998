// SimState's router: the checks every request meets in the real server's order (auth,
// permission, licence; see the choices in simstate.cpp), then dispatch to the handler of its
// resource. On 4.x/5.x SimV2 sees a request first and answers the routes that changed.
#include "simstate.h"

#include "simutil.h"
#include "simv2.h"

#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;

namespace zadig::sim {

namespace {

// gin's answer for a route it does not know.
SimResponse ginNotFound()
{
    return {404, "text/plain"_ba, "404 page not found"_ba, 0};
}

// The project a request is about, for the forbidden switch.
QString projectKeyOf(const SimRequest &request, const std::optional<QJsonObject> &body)
{
    for (const QString &key : {u"projectKey"_s, u"projectName"_s}) {
        const QString value = param(request.query, key);
        if (!value.isEmpty())
            return value;
    }
    return body ? body->value("project_key"_L1).toString() : QString();
}

} // namespace

SimResponse SimState::notFound(const SimRequest &request) const
{
    // 4.x/5.x: aslan's own NoRoute handler (rest/server.go); 3.x kept gin's default here.
    if (m_generation != ApiGeneration::V3)
        return textResponse(404, u"Invalid path: "_s + request.path);
    return ginNotFound();
}

SimResponse SimState::handle(const SimRequest &request)
{
    const QByteArray scheme = request.authorization.left(7);
    if (m_token.isEmpty() || scheme.compare("Bearer ", Qt::CaseInsensitive) != 0 ||
        request.authorization.mid(7) != m_token.toUtf8()) {
        return empty(401); // the gateway's answer: no body at all
    }
    const auto body = request.method == "POST" ? jsonBody(request.body) : std::nullopt;
    // 4.x/5.x delivery handlers check permission and licence after the parameters (SimV2).
    if (m_generation != ApiGeneration::V3 && request.path.startsWith("/openapi/delivery/"_L1))
        return route(request, body);
    const QString key = projectKeyOf(request, body);
    if (!key.isEmpty() && m_forbidden.contains(key))
        return empty(403);
    if (!m_licenceValid && request.path.startsWith("/openapi/delivery/"_L1)) {
        return zadigError(7050, u"用户许可证不可用，请检查许可证后重试"_s, QString());
    }
    return route(request, body);
}

SimResponse SimState::route(const SimRequest &request, const std::optional<QJsonObject> &body)
{
    const QStringList seg = request.path.split(u'/', Qt::SkipEmptyParts);
    const qsizetype n = seg.size();
    const QByteArray &method = request.method;
    const bool get = method == "GET";
    if (m_generation != ApiGeneration::V3) {
        if (auto answer = v2().route(request, body))
            return *answer;
    }

    if (n >= 3 && seg[0] == "openapi"_L1 && seg[1] == "delivery"_L1 && seg[2] == "releases"_L1) {
        if (n == 3 && get)
            return listVersions(request);
        if (n == 4) {
            const QString &last = seg[3];
            if (method == "POST" && (last == "k8s"_L1 || last == "helm"_L1)) {
                if (!body)
                    return invalidParam(u"invalid request body"_s);
                return last == "k8s"_L1 ? createK8s(*body) : createHelm(*body);
            }
            if (get)
                return versionDetail(request, last);
            if (method == "DELETE")
                return deleteVersion(request, last);
        }
        return ginNotFound();
    }
    if (n >= 2 && seg[0] == "openapi"_L1 && get) {
        if (n == 3 && seg[1] == "projects"_L1 && seg[2] == "project"_L1)
            return listProjects(request);
        if (seg[1] == "environments"_L1) {
            if (n == 2)
                return listEnvironments(request, false);
            if (n == 3 && seg[2] == "production"_L1)
                return listEnvironments(request, true);
            if (n == 3)
                return environmentDetail(request, seg[2], false);
            if (n == 4 && seg[2] == "production"_L1)
                return environmentDetail(request, seg[3], true);
        }
        if (n == 3 && seg[1] == "system"_L1 && seg[2] == "registry"_L1)
            return listRegistries();
        return notFound(request);
    }
    if (m_webHelpers && get && n >= 2 && seg[0] == "api"_L1 && seg[1] == "aslan"_L1) {
        const QString rest = seg.mid(2).join(u'/');
        if (rest == "system/helm/project"_L1)
            return chartReposHelper(request);
        if (rest == "delivery/releases/helm/charts/version"_L1)
            return chartVersionsHelper(request);
        if (rest == "delivery/releases/check"_L1)
            return checkVersionHelper(request);
    }
    return notFound(request);
}

} // namespace zadig::sim
