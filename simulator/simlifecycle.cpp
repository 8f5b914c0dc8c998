// SimState's lifecycle: the simulated clock and how a 2.3-3.4 version advances through an
// attempt. Progress is a pure function of the version and the time, so a detail read can
// reconcile the stored status exactly as the real server does, and liveProgress() can peek.
#include "simstate.h"

#include <QLoggingCategory>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcSimState)

using namespace Qt::StringLiterals;

namespace zadig::sim {

namespace {

bool isInFlight(const QString &status)
{
    return status == "creating"_L1 || status == "retrying"_L1;
}

} // namespace

qint64 SimState::nowMs() const
{
    return m_baseMs + qint64(double(m_sinceBase.elapsed()) * m_speed);
}

void SimState::setSpeed(double factor)
{
    m_baseMs = nowMs();
    m_sinceBase.restart();
    m_speed = std::max(0.0, factor);
}

void SimState::advance(qint64 simulatedMs)
{
    m_baseMs += std::max<qint64>(0, simulatedMs);
}

void SimState::setNowMs(qint64 unixMs)
{
    m_baseMs = unixMs;
    m_sinceBase.restart();
}

bool SimState::setVersionFails(const QString &id, bool fails)
{
    SimVersion *v = findVersion(id);
    if (!v)
        return false;
    v->alwaysFail = fails;
    if (fails && isInFlight(v->status) && v->failAfter < 0) {
        const SimProgress now = progressAt(*v, nowMs());
        // A job that has already finished keeps its outcome; one still running fails next.
        if (now.status != "success"_L1)
            v->failAfter = std::min(now.successCount, std::max(0, v->totalCount() - 1));
    }
    return true;
}

SimProgress SimState::liveProgress(const QString &id) const
{
    const SimVersion *v = findVersion(id);
    return v ? progressAt(*v, nowMs()) : SimProgress();
}

SimProgress SimState::progressAt(const SimVersion &version, qint64 now) const
{
    SimProgress p;
    p.status = version.status;
    const int total = version.totalCount();
    if (version.status == "success"_L1) {
        p.successCount = total;
        p.totalCount = total;
        p.uploadStatus = u"success"_s;
        return p;
    }
    if (version.status == "failed"_L1) {
        p.successCount = version.hasJob ? version.storedSuccessCount : 0;
        p.totalCount = version.hasJob ? total : 0;
        p.uploadStatus = u"failed"_s;
        p.error = version.error;
        return p;
    }
    // Still in flight (or a legacy status nobody drives): nothing moves before the job starts.
    if (now < version.jobStartMs || !isInFlight(version.status) || !version.hasKnownType()) {
        p.uploadStatus = u"waiting"_s;
        return p;
    }
    p.totalCount = total;
    int done = int(std::min<qint64>(total, (now - version.jobStartMs) / ImageCopyMs));
    if (version.failAfter >= 0) {
        const int failAfter = std::min(version.failAfter, std::max(0, total - 1));
        const qint64 failAt =
            version.jobStartMs + (total == 0 ? 0 : qint64(failAfter + 1) * ImageCopyMs);
        if (now >= failAt) {
            p.status = u"failed"_s;
            p.successCount = failAfter;
            p.uploadStatus = u"failed"_s;
            // The image the job failed on, in copy order.
            QList<SimImage> copied;
            for (const SimImage &image : version.images) {
                if (image.distribute)
                    copied.append(image);
            }
            for (const SimChart &chart : version.charts) {
                for (const SimImage &image : chart.images) {
                    if (image.distribute)
                        copied.append(image);
                }
            }
            if (failAfter < copied.size()) {
                const SimImage &bad = copied.at(failAfter);
                p.error = u"failed to build image distribute for service: %1, status: failed, "
                          "err: push %2: unauthorized: authentication required"_s.arg(
                              bad.serviceName, bad.image);
            } else {
                p.error = u"distribute job failed: no image to distribute"_s;
            }
            return p;
        }
        done = std::min(done, failAfter);
    }
    p.successCount = done;
    if (done >= total) {
        p.status = u"success"_s;
        p.uploadStatus = u"success"_s;
    } else {
        p.uploadStatus = u"uploading"_s;
    }
    return p;
}

void SimState::reconcile(SimVersion &version)
{
    if (!isInFlight(version.status) || !version.hasKnownType())
        return;
    const SimProgress p = progressAt(version, nowMs());
    if (p.status == version.status)
        return;
    qCDebug(lcSimState) << "version" << version.id << version.status << "->" << p.status;
    version.status = p.status;
    version.error = p.error;
    version.storedSuccessCount = p.successCount;
}

void SimState::startAttempt(SimVersion &version, int failAfter)
{
    version.jobStartMs = nowMs() + JobStartDelayMs;
    version.failAfter = version.alwaysFail ? 0 : failAfter;
    version.error.clear();
    version.storedSuccessCount = 0;
}

} // namespace zadig::sim
