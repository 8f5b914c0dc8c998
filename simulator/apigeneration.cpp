#include "apigeneration.h"

using namespace Qt::StringLiterals;

namespace zadig::sim {

namespace {

struct Entry
{
    ApiGeneration generation;
    const char *name;
    const char *help;
};

constexpr Entry Entries[] = {
    {ApiGeneration::V3, "3", "Zadig 2.3.1-3.4.1 (default): the delivery API of the seed page"},
    {ApiGeneration::V4_0, "4.0",
     "Zadig 4.0: delivery v2; create stores the body as sent, an unknown registry is an empty "
     "500, a retried version stays \"retrying\""},
    {ApiGeneration::V4_1, "4.1", "Zadig 4.1: as 4.0, an unknown registry is a clean 500"},
    {ApiGeneration::V4_2, "4.2",
     "Zadig 4.2.0: the server fills image fields from the environment or the original version"},
    {ApiGeneration::V4_2_1, "4.2.1", "Zadig 4.2.1: it also renders yaml_content"},
    {ApiGeneration::V4_3, "4.3",
     "Zadig 4.3 (also \"4\"): a retried version is watched and settles; env pods route"},
    {ApiGeneration::V5, "5",
     "Zadig 5.0: GET /openapi/system/cli/context; K8s from_env checks production"},
};

} // namespace

std::optional<ApiGeneration> parseApiGeneration(const QString &text)
{
    if (text == "4"_L1)
        return ApiGeneration::V4_3;
    if (text == "5.0"_L1)
        return ApiGeneration::V5;
    for (const Entry &entry : Entries) {
        if (text == QLatin1StringView(entry.name))
            return entry.generation;
    }
    return std::nullopt;
}

QString apiGenerationName(ApiGeneration generation)
{
    for (const Entry &entry : Entries) {
        if (entry.generation == generation)
            return QString::fromLatin1(entry.name);
    }
    return QString();
}

QString apiGenerationHelp()
{
    QString text;
    for (const Entry &entry : Entries) {
        text += u"  "_s + QString::fromLatin1(entry.name).leftJustified(6) +
                QString::fromLatin1(entry.help) + u'\n';
    }
    return text;
}

} // namespace zadig::sim
