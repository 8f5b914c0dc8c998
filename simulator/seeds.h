// What the two seed files share (seeds.cpp: projects, environments, registries, chart repos
// and "large:N"; seeds_demo.cpp: the "demo" versions): the moment every seed counts back from,
// the registries' ids, and the deliverables as CI would have made them.
#pragma once

#include "simstate.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace zadig::sim::seeds {

inline constexpr qint64 Anchor = 1732068000; // 2024-11-20 10:00 +08:00
inline constexpr qint64 Hour = 3600;
inline constexpr qint64 Day = 24 * Hour;

inline const QString RegMall = QStringLiteral("66f1a2b3c4d5e6f7a8b9c001");
inline const QString RegPayments = QStringLiteral("66f1a2b3c4d5e6f7a8b9c002");
inline const QString RegRelease = QStringLiteral("66f1a2b3c4d5e6f7a8b9c003");
inline const QString RegAliyun = QStringLiteral("66f1a2b3c4d5e6f7a8b9c004");

// The K8s deliverables of these mall services, copied to the release registry, tagged by CI.
QList<SimImage> mallImages(const QStringList &services, qint64 createTime, int build);
// The charts of these payments services at chartVersion, their images pushed to Aliyun.
QList<SimChart> paymentCharts(const QStringList &services, const QString &chartVersion);

void addDemoVersions(SimState &state); // seeds_demo.cpp

} // namespace zadig::sim::seeds
