// RetryFlow: re-drives one failed version, from the table or from the wizard's last page.
//
// It reads the version's detail first (only the detail reconciles the status, and it says
// whether a retry can work), then sends the create call of the version's type with
// retry: true, its name and a valid environment with the matching production flag (a K8s
// retry needs one; the caller may say which, else the project's first test environment, else
// its first production one, is used). A version the server cannot retry (a K8s version saved
// as failed before its job existed), or a retry the server refuses, is explained and deleting
// it is offered instead, through MessageBoxes. One flow object per attempt; it deletes itself
// after finished().
#pragma once

#include "api/apierror.h"
#include "api/result.h"
#include "api/types.h"

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <optional>

namespace zadig {
class VersionRepository;
class ZadigClient;
} // namespace zadig

namespace zadig::ui {

class RetryFlow : public QObject
{
    Q_OBJECT

public:
    // The detail is read through `repository` (which then holds it for everyone); the retry
    // itself goes through `client`.
    RetryFlow(ZadigClient *client, VersionRepository *repository, const QString &projectKey,
              QWidget *dialogParent);

    // The environment to send; without it one of the project's environments is used.
    void setEnvironment(const QString &envKey, bool production);
    // `versionName` lets a 4.x/5.x server, which reads details by name, find it.
    void start(const QString &versionId, const QString &versionName = QString());

Q_SIGNALS:
    // The server accepted the retry: the version is now retrying.
    void retried(const QString &id, const QString &name);
    // It could not be retried and the user had it deleted.
    void deleted(const QString &id, const QString &name);
    // Nothing happened (an error was shown, or the user declined); `message` says why.
    void abandoned(const QString &message);
    // Always last.
    void finished();

private:
    void onDetail(const VersionDetail &detail);
    void chooseEnvironment(bool production);
    void send(const QString &envKey, bool production);
    // The answer to the retry request, whatever its generation.
    void answered(const Result<Done> &result);
    void offerDelete(const QString &explanation);
    void deleteAnswered(bool deleteIt);
    void fail(const QString &title, const QString &text, const ApiError *error = nullptr);
    void done();

    ZadigClient *m_client;
    VersionRepository *m_repository;
    QString m_projectKey;
    QPointer<QWidget> m_parent;
    QString m_id;
    QString m_name;
    VersionType m_type = VersionType::Unknown;
    std::optional<std::pair<QString, bool>> m_environment;
    bool m_done = false;
};

} // namespace zadig::ui
