#include "tokenstore.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace zadig {

static const auto kService = "ZadigDesk"_L1;

TokenStore::TokenStore(QObject *parent) : QObject(parent) {}

// Never QtKeychain's plaintext fallback: without a keychain the token stays in memory only.
static void prepare(QKeychain::Job *job, const QUrl &server)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(tokenKeyFor(server));
}

// When no secret service answers at all (no D-Bus session), QtKeychain 0.13 says "Unknown
// error" and 0.15 passes on D-Bus's own complaint, which never names the keychain: say what is
// missing, with D-Bus's words after it when there are any.
static QString describe(const QKeychain::Job *job)
{
    const QString text = job->errorString();
    const QString missing =
        QCoreApplication::translate("zadig::TokenStore", "no keychain service answered");
    if (text.isEmpty() || text == "Unknown error"_L1)
        return missing;
    if (job->error() == QKeychain::NoBackendAvailable || job->error() == QKeychain::OtherError)
        return u"%1 (%2)"_s.arg(missing, text);
    return text;
}

void TokenStore::readToken(const QUrl &server, ReadCallback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    prepare(job, server);
    connect(job, &QKeychain::Job::finished, this, [callback](QKeychain::Job *j) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
        switch (readJob->error()) {
        case QKeychain::NoError:
            callback(Status::Ok, readJob->textData(), QString());
            break;
        case QKeychain::EntryNotFound:
            callback(Status::NotFound, QString(), QString());
            break;
        default:
            callback(Status::Unavailable, QString(), describe(readJob));
            break;
        }
    });
    job->start();
}

void TokenStore::writeToken(const QUrl &server, const QString &token, WriteCallback callback)
{
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    prepare(job, server);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [callback](QKeychain::Job *j) {
        const bool ok = j->error() == QKeychain::NoError;
        callback(ok, ok ? QString() : describe(j));
    });
    job->start();
}

void TokenStore::removeToken(const QUrl &server)
{
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    prepare(job, server);
    job->start();
}

} // namespace zadig
