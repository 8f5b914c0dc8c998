// SimState's handlers of the web UI's own endpoints under /api/aslan/: a project's chart repos,
// the next chart versions and the version-name check. No OpenAPI has these, and the real ones
// promise no compatibility, so setWebHelpersAvailable(false) lets a test take them away.
#include "simstate.h"
#include "simv2.h"

#include "simjson.h"
#include "simutil.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace zadig::sim {

namespace {

// The chart version the web UI proposes next: the patch number plus one.
QString bumpPatch(const QString &version)
{
    static const QRegularExpression re(u"^(v?)(\\d+)\\.(\\d+)\\.(\\d+)"_s);
    const auto match = re.match(version);
    if (!match.hasMatch())
        return u"0.1.0"_s;
    return match.captured(1) + match.captured(2) + u'.' + match.captured(3) + u'.' +
           QString::number(match.captured(4).toLongLong() + 1);
}

} // namespace

SimResponse SimState::chartReposHelper(const SimRequest &request)
{
    const SimProject *proj = project(param(request.query, u"projectName"_s));
    QJsonArray list;
    if (proj) {
        for (const QString &name : proj->chartRepos) {
            if (const SimChartRepo *repo = chartRepo(name))
                list.append(chartRepoJson(*repo, proj->key));
        }
    }
    return jsonResponse(200, list);
}

SimResponse SimState::chartVersionsHelper(const SimRequest &request)
{
    const QString repoName = param(request.query, u"chartRepoName"_s);
    if (repoName.isEmpty())
        return invalidParam(u"chartRepoName can not be empty"_s);
    const SimChartRepo *repo = chartRepo(repoName);
    if (!repo)
        return internalError(u"failed to query chart-repo info, repoName: %1"_s.arg(repoName));
    QJsonArray list;
    const QStringList names = param(request.query, u"chartName"_s).split(u',', Qt::SkipEmptyParts);
    for (const QString &chart : names) {
        const QString current = m_chartVersions.value(repoName + u'/' + chart).second;
        list.append(chartVersionJson(chart, current, bumpPatch(current), repo->url));
    }
    return jsonResponse(200, list);
}

SimResponse SimState::checkVersionHelper(const SimRequest &request)
{
    const QString key = param(request.query, u"projectName"_s);
    const QString name = param(request.query, u"version"_s);
    const QString message = u"检查版本失败"_s;
    if (name.isEmpty())
        return zadigError(6566, message, u"版本不能为空"_s);
    if (key.isEmpty())
        return zadigError(6566, message, u"项目名称不能为空"_s);
    // 4.x/5.x keep their versions in the v2 collection, which is what the web UI checks there.
    const bool taken = m_generation == ApiGeneration::V3 ? findVersionByName(key, name) != nullptr
                                                         : m_v2->version(key, name) != nullptr;
    if (taken)
        return zadigError(6566, message, u"版本 %1 已存在"_s.arg(name));
    return success();
}

} // namespace zadig::sim
