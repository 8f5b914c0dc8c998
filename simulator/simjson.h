// The JSON of the 2.3-3.4 answers (simjson.cpp): pure functions of the store's values, so a
// handler only checks its parameters, looks things up and picks a builder.
#pragma once

#include "apigeneration.h"
#include "simstate.h"

#include <QJsonObject>
#include <QString>

namespace zadig::sim {

// An item of the versions list: labels always [] and progress null, the real list's quirk.
QJsonObject versionListItemJson(const SimVersion &version);
// A version's detail: version_info with labels and progress, then deploy_infos (K8s) or
// distribute_infos (Helm) with ids derived from the version's.
QJsonObject versionDetailJson(const SimVersion &version, const SimProgress &progress);
QJsonObject projectJson(const SimProject &project);
QJsonObject environmentJson(const SimEnvironment &env); // an item of the environments list
// serviceType: "helm" or "k8s"; the generation picks the key of a container's image path.
QJsonObject environmentDetailJson(const SimEnvironment &env, const QString &serviceType,
                                  ApiGeneration generation);
QJsonObject registryJson(const SimRegistry &registry);
QJsonObject chartRepoJson(const SimChartRepo &repo, const QString &projectKey);
QJsonObject chartVersionJson(const QString &chart, const QString &current, const QString &next,
                             const QString &url);

} // namespace zadig::sim
