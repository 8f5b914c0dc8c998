// SimState's facade: the logging category, the switches and the choices of our own. The work is
// done in the files listed in simstate.h, one job each.
#include "simstate.h"

#include "simutil.h"
#include "simv2.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSimState, "zadig.sim")

using namespace Qt::StringLiterals;

namespace zadig::sim {

// Our own choices where zadig-server-behaviour.md leaves room (others rely on them):
//  - Auth comes first (401), then the per-project forbidden switch (403), then the licence
//    (400/7050, only under /openapi/delivery/), then routing; unknown paths and wrong methods
//    are gin's 404 "404 page not found".
//  - The list of an unknown project is a 500 ("failed to find project <key>: mongo: no
//    documents in result"), like every other not-found of this API.
//  - Retry checks the STORED status: a version whose job has ended but whose detail was never
//    read is still "creating" and cannot be retried yet (the real server behaves the same).
//  - The projects picker treats a missing, zero or negative pageNum/pageSize as 1 and 20.
//  - A body that is not a JSON object is a 400 "参数错误" (gin's binding error); field types are
//    read leniently, as nothing else is validated by the parser.

SimResponse internalError(const QString &description)
{
    return jsonResponse(500, QJsonObject{{u"message"_s, u"Internal Error: "_s},
                                         {u"code"_s, 500},
                                         {u"description"_s, description}});
}

SimState::SimState()
{
    m_baseMs = QDateTime::currentMSecsSinceEpoch();
    m_sinceBase.start();
}

SimState::~SimState() = default;

SimV2 &SimState::v2()
{
    if (!m_v2) {
        m_v2 = std::make_unique<SimV2>(*this);
        m_v2->loadSeed(m_seed);
    }
    return *m_v2;
}

void SimState::setApiGeneration(int generation)
{
    setApiGeneration(generation >= 5   ? ApiGeneration::V5
                     : generation == 4 ? ApiGeneration::V4_3
                                       : ApiGeneration::V3);
}

void SimState::setProjectForbidden(const QString &projectKey, bool forbidden)
{
    if (forbidden)
        m_forbidden.insert(projectKey);
    else
        m_forbidden.remove(projectKey);
}

} // namespace zadig::sim
