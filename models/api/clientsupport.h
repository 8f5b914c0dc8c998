// Helpers the ZadigClient's source files share (internal to the library): how a request of the
// wrong generation is refused, and how a refusal is answered.
#pragma once

#include "apierror.h"
#include "result.h"
#include "types.h"

#include <QMetaObject>
#include <QObject>

#include <functional>

namespace zadig::clientsupport {

// A request of one generation for a server of another: refused before anything is sent.
inline ApiError wrongGeneration(const QString &what, ServerGeneration generation)
{
    ApiError error;
    error.kind = ApiError::Kind::UnsupportedServer;
    error.detail =
        ApiError::tr("%1 is not sent to a %2 server (%3): its API differs; nothing was sent")
            .arg(what, generationDisplayName(generation), generationName(generation));
    return error;
}

// Refusals and detection failures are answered from the event loop, like every other answer,
// never from inside the call that asked.
template<typename T>
void answerLater(QObject *context, QObject *fallback,
                 std::function<void(const Result<T> &)> callback, const ApiError &error)
{
    QMetaObject::invokeMethod(
        context ? context : fallback,
        [callback = std::move(callback), error] {
            if (callback)
                callback(error);
        },
        Qt::QueuedConnection);
}

} // namespace zadig::clientsupport
