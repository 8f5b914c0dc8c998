// ZadigClient's calls whose answer is plain text rather than JSON: a distribution log, and
// (through getText) a service's rendered YAML or values.
#include "zadigclient.h"

#include "clientsupport.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace zadig {

void ZadigClient::getText(const QUrl &url, QObject *context, Callback<QString> callback)
{
    send(Verb::Get, url, QByteArray(), m_timeoutMs, context, QString(),
         [callback = std::move(callback)](const Result<QByteArray> &raw, int) {
             if (!callback)
                 return;
             // Read leniently: a job log with one stray byte is still worth reading, so bytes
             // that are not UTF-8 become replacement characters rather than an error.
             if (raw)
                 callback(QString::fromUtf8(raw.value()));
             else
                 callback(raw.error());
         });
}

void ZadigClient::deliveryLog(const QString &projectKey, const QString &versionName,
                              const QString &serviceName, const QString &serviceModule,
                              QObject *context, Callback<QString> callback)
{
    withGeneration(context, [=, this, callback = std::move(callback)](
                                const Result<ServerGeneration> &generation) mutable {
        if (!generation || !isV2Api(generation.value())) {
            clientsupport::answerLater(
                context, this, std::move(callback),
                generation ? clientsupport::wrongGeneration(u"A distribution log request"_s,
                                                            generation.value())
                           : generation.error());
            return;
        }
        const QUrl url =
            makeUrl(u"/api/aslan/logs/log/delivery"_s, {{u"projectName"_s, projectKey},
                                                        {u"version"_s, versionName},
                                                        {u"serviceName"_s, serviceName},
                                                        {u"serviceModule"_s, serviceModule}});
        getText(url, context, std::move(callback));
    });
}

} // namespace zadig
