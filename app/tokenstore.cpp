#include "tokenstore.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace zadig {

static const auto kService = "ZadigDesk"_L1;

TokenStore::TokenStore(QObject *parent) : QObject(parent) {}

QString TokenStore::keyFor(const QUrl &server)
{
    return server.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo).toString();
}

void TokenStore::read(const QUrl &server, ReadCallback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(keyFor(server));
    connect(job, &QKeychain::Job::finished, this, [callback](QKeychain::Job *j) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (readJob->error() == QKeychain::NoError)
            callback(true, readJob->textData(), QString());
        else
            callback(false, QString(), readJob->errorString());
    });
    job->start();
}

void TokenStore::write(const QUrl &server, const QString &token, WriteCallback callback)
{
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(keyFor(server));
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [callback](QKeychain::Job *j) {
        callback(j->error() == QKeychain::NoError, j->errorString());
    });
    job->start();
}

void TokenStore::remove(const QUrl &server)
{
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(keyFor(server));
    job->start();
}

} // namespace zadig
