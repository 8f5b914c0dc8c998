// The one error type of the Zadig client: a kind the UI can act on, plus whatever the server
// said (often Chinese), kept verbatim.
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace zadig {

struct ApiError
{
    // A gadget only for its Kind: a test (and a log) can walk every kind from the enum itself.
    Q_GADGET
    // The client's own sentences in an error's detail are translated in this context, like the
    // summaries; the server's words and technical paths stay as they are.
    Q_DECLARE_TR_FUNCTIONS(zadig::ApiError)

public:
    enum class Kind {
        Network,           // connection refused, reset, host not found, ...
        Timeout,           // no complete answer within the transfer timeout
        Tls,               // certificate or handshake failure
        Unauthorised,      // 401: missing, malformed or expired token
        Forbidden,         // 403: valid token, no permission
        Licence,           // 400 with code 7050: no Professional/Enterprise licence
        NotFound,          // the 500s that mean "no such version / environment"
        Conflict,          // duplicate version name ("version already exist")
        Server,            // any other 4xx/5xx
        BadResponse,       // not JSON, wrong shape, too large, ...
        UnsupportedServer, // not the v2.3.1 - v3.4.1 delivery API (e.g. Zadig 4.x)
        Cancelled,         // aborted by the caller or by shutdown
    };
    Q_ENUM(Kind)

    Kind kind = Kind::Server;
    int httpStatus = 0;        // 0 when no HTTP answer arrived
    int serverCode = 0;        // Zadig's "code" when the body had one
    QString serverMessage;     // the server's "message", verbatim
    QString serverDescription; // the server's "description", verbatim
    QString detail;            // technical detail of our own (never contains the token)
    // Set by ZadigClient on a 4.x/5.x create that ended with a 5xx or a timeout: the server may
    // have inserted the version (as failed) before it failed. Re-list and look for the name
    // before telling the user nothing was created (zadig-v4-v5-api.md section 8.4).
    bool maybeCreated = false;

    // 4.x/5.x create answered 6560 "version already exist": either the name is taken, or any
    // version on the server was created in the same second (a global unique index on
    // created_at); the text is the same. If the name is free (list/detail by name), send the
    // same create once more after 1 s.
    bool mayBeSameSecondCollision() const
    {
        return kind == Kind::Conflict && httpStatus == 400 && serverCode == 6560;
    }

    // Stable lower-case identifier: "network", "timeout", "tls", "unauthorised", "forbidden",
    // "licence", "not-found", "conflict", "server", "bad-response", "unsupported-server",
    // "cancelled". Used by --check and in logs.
    static QString kindName(Kind kind);
    // A translated one-sentence summary of the kind, for titles and status bars.
    static QString kindSummary(Kind kind);

    // Summary plus the server's own words (or our detail) in one readable text.
    QString message() const;
    // The server's own words alone: description, else message, else detail.
    QString serverText() const;
};

} // namespace zadig

Q_DECLARE_METATYPE(zadig::ApiError)
