// SimV2's distribution logs: GET /api/aslan/logs/log/delivery?projectName=&version=&serviceName=
// &serviceModule= (zadig-v4-v5-api.md section 5, the web UI's own route, text/plain), the log of
// one image's distribute job as far as it has run on the simulated clock.
//
// Our own choices where the spec is silent: a missing parameter is gin's binding error (400); a
// version or image the server does not know, or a job that has not started, is a 500 with the
// reason, as the real handler answers any error it meets on its way to the job's log. The log's
// lines imitate a registry copy (pull, tag, push); a failed job ends with the image's own error.
#include "simv2.h"

#include "simutil.h"

#include <QCryptographicHash>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace zadig::sim {

namespace {

QString stamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

// A layer digest that stays the same for the same image, so a log read twice reads the same.
QString layer(const QString &image, int n)
{
    const QByteArray hash =
        QCryptographicHash::hash((image + QString::number(n)).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(12));
}

QString jobLog(const V2Image &image, const QString &service, qint64 startMs, qint64 endMs,
               bool ended, qint64 nowMs)
{
    QStringList lines;
    const auto at = [&](double share) {
        return stamp(startMs + qint64(double(std::max<qint64>(endMs - startMs, 1000)) * share));
    };
    const QString source = image.sourceImage;
    const QString target = image.targetImage;
    lines << u"%1 distribute job of %2/%3 started"_s.arg(stamp(startMs), service,
                                                         image.containerName);
    lines << u"%1 pulling %2"_s.arg(stamp(startMs), source);
    for (int n = 0; n < 3; ++n)
        lines << u"%1: Pull complete"_s.arg(layer(source, n));
    lines << u"Digest: sha256:%1"_s.arg(layer(source, 9) + layer(source, 8));
    lines << u"%1 tagging %2 as %3"_s.arg(at(0.3), source, target);
    lines << u"%1 pushing %2"_s.arg(at(0.4), target);
    lines << u"The push refers to repository [%1]"_s.arg(target.section(u':', 0, 0));
    const bool running = !ended && (endMs < 0 || nowMs < endMs);
    if (running) {
        for (int n = 0; n < 3; ++n)
            lines << u"%1: Preparing"_s.arg(layer(source, n));
        return lines.join(u'\n') + u'\n';
    }
    if (image.status == "failed"_L1 || image.status == "timeout"_L1) {
        for (int n = 0; n < 3; ++n)
            lines << u"%1: Preparing"_s.arg(layer(source, n));
        lines << u"unauthorized: authentication required"_s;
        const QString error = image.error.trimmed().isEmpty()
                                  ? u"push %1: unauthorized: authentication required"_s.arg(target)
                                  : image.error.trimmed();
        lines << u"%1 ERROR %2"_s.arg(at(1.0), error);
        lines << u"%1 distribute job failed"_s.arg(at(1.0));
    } else {
        for (int n = 0; n < 3; ++n)
            lines << u"%1: Pushed"_s.arg(layer(source, n));
        lines << u"%1: digest: sha256:%2 size: 1573"_s.arg(imageTag(target),
                                                           layer(target, 9) + layer(target, 8));
        lines << u"%1 distribute job passed"_s.arg(at(1.0));
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace

SimResponse SimV2::deliveryLog(const SimRequest &request)
{
    const QString key = param(request.query, u"projectName"_s);
    const QString name = param(request.query, u"version"_s);
    const QString service = param(request.query, u"serviceName"_s);
    const QString module = param(request.query, u"serviceModule"_s);
    for (const auto &[field, value] : {std::pair{u"projectName"_s, key},
                                       {u"version"_s, name},
                                       {u"serviceName"_s, service},
                                       {u"serviceModule"_s, module}}) {
        if (value.isEmpty())
            return invalidParam(u"%1 can not be empty"_s.arg(field));
    }
    const V2Version *v = find(key, name);
    if (!v) {
        return internalError(
            u"failed to get delivery version, projectName: %1, versionName: %2 error: %3"_s.arg(
                key, name, noDocuments()));
    }
    for (const V2Service &s : v->services) {
        if (s.serviceName != service)
            continue;
        for (const V2Image &i : s.images) {
            if (i.containerName != module)
                continue;
            const bool ended =
                i.status == "passed"_L1 || i.status == "failed"_L1 || i.status == "timeout"_L1;
            if (!ended && i.status != "running"_L1) {
                return internalError(
                    u"failed to get delivery job log: the job of %1/%2 has not started"_s.arg(
                        service, module));
            }
            // Seeded images have a status but no job times of this run: their job ran when the
            // version was created.
            const bool timed = i.inTask && i.jobStartMs > 0;
            const qint64 start = timed ? i.jobStartMs : v->createdAt * 1000;
            const qint64 end = timed ? i.jobEndMs : start + SimState::ImageCopyMs;
            return textResponse(200, jobLog(i, service, start, end, ended, m_state.nowMs()));
        }
    }
    return internalError(
        u"failed to get delivery job log: no distribute job for service %1, module %2"_s.arg(
            service, module));
}

} // namespace zadig::sim
