#include "retryflow.h"

#include "api/zadigclient.h"
#include "messageboxes.h"
#include "versionrepository.h"
#include "versionsmodel.h"
#include "wizardrules.h"

#include <QLoggingCategory>
#include <QPointer>

// Defined in mainwindow.cpp: one "zadig.ui" category for every view.
Q_DECLARE_LOGGING_CATEGORY(lcUi)

using namespace Qt::StringLiterals;

namespace zadig::ui {
namespace {

// An answer of the server itself (not a network failure, a timeout or a token problem) to a
// retry means it will not retry this version.
bool isRefusal(const ApiError &error)
{
    using Kind = ApiError::Kind;
    return error.httpStatus > 0 && (error.kind == Kind::Server || error.kind == Kind::NotFound ||
                                    error.kind == Kind::Conflict);
}

} // namespace

RetryFlow::RetryFlow(ZadigClient *client, VersionRepository *repository, const QString &projectKey,
                     QWidget *dialogParent)
    : QObject(dialogParent), m_client(client), m_repository(repository), m_projectKey(projectKey),
      m_parent(dialogParent)
{}

void RetryFlow::setEnvironment(const QString &envKey, bool production)
{
    m_environment = std::make_pair(envKey, production);
}

void RetryFlow::start(const QString &versionId, const QString &versionName)
{
    m_id = versionId;
    qCInfo(lcUi) << "retry of" << versionId << "requested";
    m_repository->read(versionId, versionName, this, [this](const Result<VersionDetail> &result) {
        if (!result) {
            fail(tr("Could Not Retry"), tr("The version could not be read before retrying it."),
                 &result.error());
            return;
        }
        onDetail(result.value());
    });
}

void RetryFlow::onDetail(const VersionDetail &detail)
{
    m_name = detail.info.name;
    m_type = detail.info.type;
    if (detail.info.status != VersionStatus::Failed) {
        fail(
            tr("Nothing to Retry"),
            tr("Only a failed version can be retried; “%1” is %2 now.")
                .arg(m_name, VersionsModel::statusText(detail.info.status, detail.info.rawStatus)));
        return;
    }
    if (m_type == VersionType::Unknown) {
        fail(tr("Cannot Retry"), tr("“%1” is of type “%2”, which the delivery API cannot retry.")
                                     .arg(m_name, detail.info.rawType));
        return;
    }
    if (!isRetryable(detail)) {
        const QString words = detail.info.progress ? detail.info.progress->error : QString();
        offerDelete(tr("The server saved it as failed before its distribution job existed (its "
                       "images were to be distributed, but no target registry was given), so "
                       "there is nothing it can run again.\n\nThe server said: %1")
                        .arg(words));
        return;
    }
    if (isV2Api(m_client->generation())) {
        // 4.x/5.x retry the version's own distribution task: no environment, no body.
        RetryVersionRequest request;
        request.projectKey = m_projectKey;
        request.id = m_id;
        request.versionName = m_name;
        request.type = m_type;
        m_client->retryVersion(request, this,
                               [this](const Result<Done> &result) { answered(result); });
        return;
    }
    if (m_environment)
        send(m_environment->first, m_environment->second);
    else
        chooseEnvironment(false);
}

void RetryFlow::chooseEnvironment(bool production)
{
    // The server only needs an existing environment of the right kind to accept the retry; the
    // images it distributes again are the version's own.
    m_client->listEnvironments(
        m_projectKey, production, this,
        [this, production](const Result<QList<Environment>> &result) {
            if (!result) {
                fail(tr("Could Not Retry"),
                     tr("The project's environments could not be read for the retry of “%1”.")
                         .arg(m_name),
                     &result.error());
                return;
            }
            if (!result->isEmpty()) {
                send(result->constFirst().key, production);
                return;
            }
            if (!production) {
                chooseEnvironment(true);
                return;
            }
            fail(tr("Could Not Retry"),
                 tr("Project “%1” has no environment, and the server needs one to retry “%2”.")
                     .arg(m_projectKey, m_name));
        });
}

void RetryFlow::send(const QString &envKey, bool production)
{
    CreateVersionCommon common;
    common.projectKey = m_projectKey;
    common.versionName = m_name;
    common.retry = true;
    common.envName = envKey;
    common.production = production;
    const auto answer = [this](const Result<Done> &result) {
        answered(result);
    };
    if (m_type == VersionType::HelmChart) {
        CreateHelmVersionRequest request;
        request.common = common;
        m_client->createHelmVersion(request, this, answer);
    } else {
        CreateK8sVersionRequest request;
        request.common = common;
        m_client->createK8sVersion(request, this, answer);
    }
}

void RetryFlow::answered(const Result<Done> &result)
{
    if (result) {
        qCInfo(lcUi) << "retry of" << m_id << "accepted";
        Q_EMIT retried(m_id, m_name);
        done();
        return;
    }
    const ApiError &error = result.error();
    if (isRefusal(error)) {
        offerDelete(
            tr("The server refused to retry it.\n\nThe server said: %1").arg(error.serverText()));
        return;
    }
    fail(tr("Could Not Retry"), tr("The retry of “%1” was not sent through.").arg(m_name), &error);
}

void RetryFlow::offerDelete(const QString &explanation)
{
    const QPointer<RetryFlow> self(this);
    MessageBoxes::question(
        m_parent, tr("Version Cannot Be Retried"),
        tr("“%1” cannot be retried.\n\n%2\n\nDelete it instead? Its name can then be used for a "
           "new version. This cannot be undone.")
            .arg(m_name, explanation),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
        [self](QMessageBox::StandardButton answer) {
            if (RetryFlow *flow = self.data())
                flow->deleteAnswered(answer == QMessageBox::Yes);
        });
}

void RetryFlow::deleteAnswered(bool deleteIt)
{
    if (!deleteIt) {
        Q_EMIT abandoned(tr("“%1” was not retried.").arg(m_name));
        done();
        return;
    }
    m_client->deleteVersion(m_projectKey, m_id, this, [this](const Result<Done> &result) {
        if (!result) {
            fail(tr("Could Not Delete Version"), tr("Version “%1” was not deleted.").arg(m_name),
                 &result.error());
            return;
        }
        Q_EMIT deleted(m_id, m_name);
        done();
    });
}

void RetryFlow::fail(const QString &title, const QString &text, const ApiError *error)
{
    MessageBoxes::warning(m_parent, title, text, error ? error->message() : QString());
    Q_EMIT abandoned(error ? text + u' ' + error->message() : text);
    done();
}

void RetryFlow::done()
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished();
    deleteLater();
}

} // namespace zadig::ui
