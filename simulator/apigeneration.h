// Which Zadig release line the simulator imitates. The delivery API changed completely at 4.0
// ("delivery version v2", ../shared/spec/zadig-v4-v5-api.md) and its create/retry semantics
// changed again inside 4.x, so each sub-range that a client can tell apart by its answers has
// its own value. Ordered: later releases compare greater.
#pragma once

#include <QString>

#include <optional>

namespace zadig::sim {

enum class ApiGeneration {
    V3,     // v2.3.1 - v3.4.1: the API of zadig-server-behaviour.md (the default)
    V4_0,   // v4.0.x: create is a pure pass-through; unknown registry panics (empty 500)
    V4_1,   // v4.1.x: as 4.0, unknown registry is a clean 500
    V4_2,   // v4.2.0: the server fills image fields for from_env/from_version
    V4_2_1, // v4.2.1: it also renders yaml_content
    V4_3,   // v4.3.x: a retried version is watched again (no longer stuck in "retrying")
    V5,     // v5.0.x: GET /openapi/system/cli/context, K8s from_env checks `production`
};

// "3", "4" (= the newest 4.x, 4.3), "4.0", "4.1", "4.2", "4.2.1", "4.3", "5"; nullopt else.
std::optional<ApiGeneration> parseApiGeneration(const QString &text);
// The canonical name of a generation ("3", "4.0", ..., "5").
QString apiGenerationName(ApiGeneration generation);
// What each generation imitates, one line each, for zadig-sim --help.
QString apiGenerationHelp();

} // namespace zadig::sim
