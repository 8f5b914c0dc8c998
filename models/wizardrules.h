// Pure rules the create wizards apply before anything is sent: what a valid chart version and
// image tag look like, how an image reference splits into repository name and tag, what the
// target image of a distributed container will be, and which wizard page a server error
// belongs to. They hold no widget, so they live with the models and are tested without a GUI.
#pragma once

#include "api/apierror.h"
#include "api/types.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace zadig {

// SemVer 2.0 (MAJOR.MINOR.PATCH[-pre][+build]), with the optional leading "v" Helm accepts.
// Stricter than the simulator's server rule on purpose; tests/semvercases.h records where.
bool isSemVer(const QString &text);
// A Docker image tag: [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}.
bool isValidImageTag(const QString &text);

// "registry.example.com/mall/cart:1.2" -> "cart" (digests "@sha256:..." are dropped too).
// Both are ImageRef::parse, so the app has one parser of image references.
QString repositoryName(const QString &image);
// "registry.example.com:5000/mall/cart:1.2" -> "1.2"; "" when the reference has no tag.
QString imageTag(const QString &image);
// A registry as the wizard names it: "<address>/<namespace>", or the address alone.
QString registryLocation(const Registry &registry);
// <registry address>/<namespace>/<image_name>:<tag>, as the server builds it.
QString targetImage(const Registry &registry, const QString &imageName, const QString &tag);

// A 4.x/5.x version's services and images as the environment-shaped tree the Services page
// shows: each image becomes a container whose current image is the version's *source* image
// (the server distributes that one again for a version made from it).
EnvironmentDetail imagesOfVersion(const VersionDetail &detail);

// What a version started from another one takes over (Create from This Version…), in one shape
// for both generations: its labels, which containers it delivered with which tags, its target
// registry and, for Helm, its chart repository and chart versions.
struct WizardPrefill
{
    QString versionName; // the original's
    QStringList labels;
    QStringList containers;       // "service/container", in the original's order
    QHash<QString, QString> tags; // "service/container" -> the tag it delivered
    QString registryId;
    QString chartRepo;
    QHash<QString, QString> chartVersions; // service -> chart version
};
WizardPrefill prefillFrom(const VersionDetail &detail);

// The wizard pages, in order. The ids are the QWizard page ids; the enum lives here because
// pageForCreateError answers with one.
enum WizardPageId {
    BasicsPageId,
    EnvironmentPageId,
    ServicesPageId,
    RegistryPageId,
    ChartsPageId, // Helm only
    ReviewPageId,
    ProgressPageId,
};

// The page whose values most likely caused a create call to fail, judged from the error kind
// and the server's words (the server validates nothing up front and answers 500 with a
// description). ReviewPageId when nothing points elsewhere.
WizardPageId pageForCreateError(const ApiError &error, DeployType flavour);

// A failed K8s version that the server saved before its distribution job existed (no registry
// while images were to be distributed) can never be retried: only deleting it helps.
bool isRetryable(const VersionDetail &detail);

} // namespace zadig
