// DetailPane's distribution logs: the 4.x/5.x web UI keeps the log of each image's distribute
// job, which says why a failed image failed better than the one-line error of the detail.
#include "detailpane.h"

#include "api/zadigclient.h"
#include "deliverablesmodel.h"
#include "versionrepository.h"
#include "yamlviewer.h"

using namespace Qt::StringLiterals;

namespace zadig::ui {

bool DetailPane::offersLog(const QModelIndex &index) const
{
    // Only 4.x/5.x details fill the Services mode, and only they have the log route; an image
    // whose job did not fail has nothing to explain.
    if (!m_client || !isV2Api(m_client->generation()) || !index.isValid() ||
        index.model() != m_model || m_model->mode() != DeliverablesModel::Mode::Services ||
        index.data(DeliverablesModel::KindRole).toString() != "image"_L1)
        return false;
    const QVariant status = index.siblingAtColumn(DeliverablesModel::ServiceStatusColumn)
                                .data(DeliverablesModel::StatusRole);
    return status.isValid() && status.toInt() == int(VersionStatus::Failed);
}

std::pair<QString, QString> DetailPane::logSubject(const QModelIndex &index)
{
    return {index.parent().siblingAtColumn(DeliverablesModel::ServiceNameColumn).data().toString(),
            index.siblingAtColumn(DeliverablesModel::ServiceNameColumn).data().toString()};
}

void DetailPane::showImageLog(const QModelIndex &index)
{
    if (!offersLog(index))
        return;
    const auto [service, module] = logSubject(index);
    openLog(service, module);
}

void DetailPane::openLog(const QString &service, const QString &module)
{
    auto *viewer = new YamlViewer(service + u'/' + module, m_name, QString(),
                                  YamlViewer::Content::DistributionLog, this);
    viewer->setLoading();
    viewer->show();
    // The viewer is the context: closed before the answer, it is simply not told.
    m_client->deliveryLog(m_repository->projectKey(), m_name, service, module, viewer,
                          [viewer](const Result<QString> &log) {
                              if (log)
                                  viewer->setText(log.value());
                              else
                                  viewer->setError(log.error().message());
                          });
}

} // namespace zadig::ui
