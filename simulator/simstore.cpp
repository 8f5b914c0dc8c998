// SimState's store: the projects, environments, registries, chart repos and 2.3-3.4 versions,
// and the lookups every handler shares. Nothing here knows about HTTP or the clock.
#include "simstate.h"

#include "simutil.h"
#include "simv2.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace zadig::sim {

const SimService *SimEnvironment::service(const QString &name) const
{
    for (const SimService &svc : services) {
        if (svc.name == name)
            return &svc;
    }
    return nullptr;
}

const SimEnvironment *SimProject::environment(const QString &envKey, bool isProduction) const
{
    for (const SimEnvironment &env : environments) {
        if (env.key == envKey && env.production == isProduction)
            return &env;
    }
    return nullptr;
}

int SimVersion::totalCount() const
{
    int count = 0;
    for (const SimImage &image : images)
        count += image.distribute ? 1 : 0;
    for (const SimChart &chart : charts) {
        for (const SimImage &image : chart.images)
            count += image.distribute ? 1 : 0;
    }
    return count;
}

bool SimVersion::hasKnownType() const
{
    return type == "K8SYaml"_L1 || type == "HelmChart"_L1;
}

void SimState::clear()
{
    m_projects.clear();
    m_registries.clear();
    m_chartRepos.clear();
    m_chartVersions.clear();
    m_versions.clear();
    m_byId.clear();
    m_forbidden.clear();
    m_nextSeq = 1;
    m_v2.reset(); // re-seeded from the new data on first use
}

void SimState::reserveVersions(const QString &projectKey, int count)
{
    m_versions[projectKey].ordered.reserve(size_t(std::max(0, count)));
    m_byId.reserve(m_byId.size() + count);
}

void SimState::addProject(const SimProject &project)
{
    m_projects.append(project);
}

void SimState::addRegistry(const SimRegistry &registry)
{
    m_registries.append(registry);
}

void SimState::addChartRepo(const SimChartRepo &repo)
{
    m_chartRepos.append(repo);
}

const SimProject *SimState::project(const QString &key) const
{
    for (const SimProject &p : m_projects) {
        if (p.key == key)
            return &p;
    }
    return nullptr;
}

const SimRegistry *SimState::registry(const QString &id) const
{
    for (const SimRegistry &r : m_registries) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

const SimChartRepo *SimState::chartRepo(const QString &name) const
{
    for (const SimChartRepo &r : m_chartRepos) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

QString SimState::insertVersion(SimVersion version)
{
    version.seq = m_nextSeq++;
    if (version.id.isEmpty()) {
        // Like a Mongo ObjectId: creation time, a fixed "machine" part, a counter.
        version.id =
            hex(quint64(version.createTime), 8) + "5f3a9c2e"_L1 + hex(version.seq * 256, 8);
    }
    for (const SimChart &chart : std::as_const(version.charts)) {
        auto &latest = m_chartVersions[chart.chartRepoName + u'/' + chart.serviceName];
        if (latest.second.isEmpty() || latest.first <= version.createTime)
            latest = {version.createTime, chart.chartVersion};
    }

    auto &ordered = m_versions[version.projectKey].ordered;
    // Newest first; among equal times the later insertion first. Seeds insert newest first,
    // so this lands at the end and a large seed loads in linear time.
    const auto newer = [](const std::unique_ptr<SimVersion> &a, const SimVersion &b) {
        if (a->createTime != b.createTime)
            return a->createTime > b.createTime;
        return a->seq > b.seq;
    };
    const auto at = std::lower_bound(ordered.begin(), ordered.end(), version, newer);
    auto owned = std::make_unique<SimVersion>(std::move(version));
    SimVersion *raw = owned.get();
    ordered.insert(at, std::move(owned));
    m_byId.insert(raw->id, raw);
    return raw->id;
}

SimVersion *SimState::findVersion(const QString &id) const
{
    return m_byId.value(id, nullptr);
}

SimVersion *SimState::findVersionByName(const QString &projectKey, const QString &name) const
{
    const auto it = m_versions.find(projectKey);
    if (it == m_versions.end())
        return nullptr;
    for (const auto &v : it->second.ordered) {
        if (v->name == name)
            return v.get();
    }
    return nullptr;
}

const SimVersion *SimState::version(const QString &id) const
{
    return findVersion(id);
}

QString SimState::versionIdByName(const QString &projectKey, const QString &name) const
{
    const SimVersion *v = findVersionByName(projectKey, name);
    return v ? v->id : QString();
}

QString SimState::storedStatus(const QString &id) const
{
    const SimVersion *v = findVersion(id);
    return v ? v->status : QString();
}

int SimState::versionCount(const QString &projectKey) const
{
    const auto it = m_versions.find(projectKey);
    return it == m_versions.end() ? 0 : int(it->second.ordered.size());
}

void SimState::removeVersion(const SimVersion &version)
{
    auto &ordered = m_versions[version.projectKey].ordered;
    const auto it = std::find_if(
        ordered.begin(), ordered.end(),
        [&version](const std::unique_ptr<SimVersion> &p) { return p.get() == &version; });
    m_byId.remove(version.id);
    ordered.erase(it);
}

} // namespace zadig::sim
