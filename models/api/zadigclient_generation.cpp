// ZadigClient's server-generation detection (the probes of zadigclient.h, detectGeneration):
// kept apart from the calls because it is a small state machine of its own, with its own
// waiters and epochs, that the calls only wait on.
#include "zadigclient.h"

#include "apirequest.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace zadig {
namespace {

// Errors a generation probe passes on as they are: they say nothing about the generation.
bool isProbeNeutral(ApiError::Kind kind)
{
    using Kind = ApiError::Kind;
    return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::Tls ||
           kind == Kind::Unauthorised || kind == Kind::Forbidden || kind == Kind::Licence ||
           kind == Kind::Cancelled;
}

// "GET <path> answered HTTP 400 (projectKey can't be empty!)", for UnsupportedServer details.
QString seen(const QString &path, const Result<QByteArray> &raw, int status)
{
    QString text = ApiError::tr("GET %1 answered HTTP %2").arg(path).arg(status);
    QString said = raw.ok() ? QString::fromUtf8(raw.value()) : raw.error().serverText();
    said = said.simplified();
    if (said.size() > 200)
        said = said.left(200) + u'…';
    if (!said.isEmpty())
        text += u" ("_s + said + u')';
    return text;
}

ApiError unsupported(const QString &detail, int status = 0)
{
    ApiError error;
    error.kind = ApiError::Kind::UnsupportedServer;
    error.httpStatus = status;
    error.detail = detail;
    return error;
}

const auto ProbeDetail = u"/openapi/delivery/releases/detail"_s;
const auto ProbeCliContext = u"/openapi/system/cli/context"_s;
const auto ProbePods = u"/openapi/environments/x/service/y/pods"_s;

} // namespace

void ZadigClient::changeGeneration(ServerGeneration generation)
{
    ++m_generationEpoch;
    m_detecting = false; // an answer to a probe in flight is no longer wanted
    if (m_generation == generation)
        return;
    m_generation = generation;
    qCInfo(lcApi) << "server generation:" << generationName(generation);
    Q_EMIT generationChanged(generation);
}

void ZadigClient::setGeneration(ServerGeneration generation)
{
    changeGeneration(generation);
    if (generation == ServerGeneration::Unknown) {
        if (!m_generationWaiters.isEmpty())
            startDetection();
        return;
    }
    finishDetection(generation);
}

void ZadigClient::detectGeneration(QObject *context, Callback<ServerGeneration> callback)
{
    if (m_generation != ServerGeneration::Unknown) {
        // Asynchronous like every other answer.
        QMetaObject::invokeMethod(
            context ? context : this,
            [callback = std::move(callback), generation = m_generation] {
                if (callback)
                    callback(generation);
            },
            Qt::QueuedConnection);
        return;
    }
    withGeneration(context, std::move(callback));
}

void ZadigClient::withGeneration(QObject *context, Callback<ServerGeneration> then,
                                 const QString &staleKey)
{
    if (m_generation != ServerGeneration::Unknown) {
        then(m_generation);
        return;
    }
    if (!staleKey.isEmpty()) {
        m_generationWaiters.removeIf(
            [&staleKey](const GenerationWaiter &waiter) { return waiter.staleKey == staleKey; });
        if (ApiRequest *older = m_byStaleKey.value(staleKey))
            discard(older);
    }
    m_generationWaiters.append({context, context != nullptr, std::move(then), staleKey});
    Q_EMIT pendingCountChanged(pendingCount());
    if (!m_detecting)
        startDetection();
}

void ZadigClient::startDetection()
{
    m_detecting = true;
    m_probeAnswers.clear();
    m_probeSteps.clear();
    const quint64 run = ++m_detectionRun;
    // Harmless GETs, so all at once: a step that does not need an answer leaves it unread.
    for (const QString &path : {ProbeDetail, ProbeCliContext, ProbePods}) {
        send(
            Verb::Get, makeUrl(path, {}), QByteArray(), m_timeoutMs, this, QString(),
            [this, epoch = m_generationEpoch, run, path](const Result<QByteArray> &raw,
                                                         int status) {
                if (epoch != m_generationEpoch || run != m_detectionRun || !m_detecting)
                    return; // another server, the generation set, or the detection over
                if (const ProbeStep next = m_probeSteps.take(path))
                    next(raw, status);
                else
                    m_probeAnswers.insert(path, {raw, status});
            },
            true);
    }
    probe(ProbeDetail,
          [this](const Result<QByteArray> &raw, int status) { detectStep1(raw, status); });
}

void ZadigClient::probe(const QString &path, ProbeStep next)
{
    const auto answer = m_probeAnswers.constFind(path);
    if (answer == m_probeAnswers.constEnd()) {
        m_probeSteps.insert(path, std::move(next));
        return;
    }
    const auto [raw, status] = *answer;
    m_probeAnswers.erase(answer);
    next(raw, status);
}

void ZadigClient::detectStep1(const Result<QByteArray> &raw, int status)
{
    if (!raw.ok() && isProbeNeutral(raw.error().kind)) {
        finishDetection(raw.error());
        return;
    }
    if (!raw.ok() && status == 400) {
        // The wording varies ("can't"/"can not"); the parameter named tells the routes apart:
        // 4.x/5.x check versionName first, 2.3-3.4 take "detail" for an id and want projectKey.
        const QString text = raw.error().serverText();
        const bool v4 = text.contains("versionName"_L1, Qt::CaseInsensitive);
        if (v4 || text.contains("projectKey"_L1, Qt::CaseInsensitive)) {
            probe(ProbeCliContext, [this, v3 = !v4](const Result<QByteArray> &next, int code) {
                detectStep2(v3, next, code);
            });
            return;
        }
    }
    if (!raw.ok() && status == 404) {
        finishDetection(
            unsupported(ApiError::tr("%1: no delivery-version OpenAPI (Zadig before 2.3.1?)")
                            .arg(seen(ProbeDetail, raw, status)),
                        status));
        return;
    }
    finishDetection(unsupported(
        ApiError::tr("%1: no Zadig generation answers this (2.3-3.4 and 4.x/5.x answer 400)")
            .arg(seen(ProbeDetail, raw, status)),
        status));
}

void ZadigClient::detectStep2(bool v3, const Result<QByteArray> &raw, int status)
{
    if (!raw.ok() && isProbeNeutral(raw.error().kind)) {
        finishDetection(raw.error());
        return;
    }
    const bool found = raw.ok();
    const bool missing = !raw.ok() && status == 404;
    if (v3 && missing) {
        finishDetection(ServerGeneration::Zadig3);
        return;
    }
    if (v3 && found) {
        finishDetection(unsupported(
            ApiError::tr("contradictory answers: GET %1 answered like Zadig 2.3-3.4, but %2 (only "
                         "5.x has it)")
                .arg(ProbeDetail, seen(ProbeCliContext, raw, status)),
            status));
        return;
    }
    if (found || missing) {
        probe(ProbePods, [this, v5 = found](const Result<QByteArray> &next, int code) {
            detectStep3(v5, next, code);
        });
        return;
    }
    finishDetection(unsupported(ApiError::tr("%1: expected 200 (Zadig 5.x) or 404 (earlier)")
                                    .arg(seen(ProbeCliContext, raw, status)),
                                status));
}

void ZadigClient::detectStep3(bool v5, const Result<QByteArray> &raw, int status)
{
    if (!raw.ok() && isProbeNeutral(raw.error().kind)) {
        finishDetection(raw.error());
        return;
    }
    if (!raw.ok() && status == 400) {
        finishDetection(v5 ? ServerGeneration::Zadig5 : ServerGeneration::Zadig4);
        return;
    }
    if (!raw.ok() && status == 404) {
        if (!v5) {
            finishDetection(ServerGeneration::Zadig4Early);
            return;
        }
        finishDetection(unsupported(
            ApiError::tr("contradictory answers: GET %1 answered 200 like Zadig 5.x, but %2 (5.x "
                         "has that route)")
                .arg(ProbeCliContext, seen(ProbePods, raw, status)),
            status));
        return;
    }
    finishDetection(
        unsupported(ApiError::tr("%1: expected 400 (Zadig 4.3 and later) or 404 (earlier)")
                        .arg(seen(ProbePods, raw, status)),
                    status));
}

void ZadigClient::finishDetection(const Result<ServerGeneration> &result)
{
    if (result.ok())
        changeGeneration(result.value());
    m_detecting = false;
    const QList<GenerationWaiter> waiters = std::exchange(m_generationWaiters, {});
    const QPointer<ZadigClient> self(this);
    if (!waiters.isEmpty())
        Q_EMIT pendingCountChanged(pendingCount());
    for (const GenerationWaiter &waiter : waiters) {
        if (!self)
            return; // a callback destroyed the client
        if (waiter.hasContext && !waiter.context)
            continue;
        if (waiter.callback)
            waiter.callback(result);
    }
}

} // namespace zadig
