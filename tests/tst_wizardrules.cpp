// The rules the create wizards apply before sending: SemVer chart versions, image tags, image
// references split into repository name and tag, target images, which page a server error
// belongs to, and which failed versions the server can retry.
#include "semvercases.h"
#include "wizardrules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace zadig;

class TestWizardRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void semVer_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        // The table tst_simulator runs through the simulator's rule too.
        for (const test::SemVerCase &c : test::semVerCases)
            QTest::newRow(test::semVerRowName(c).constData()) << QString::fromUtf8(c.text) << c.app;
    }
    void semVer()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(isSemVer(text), valid);
    }

    void imageTags_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("date tag") << u"20241101-3-main"_s << true;
        QTest::newRow("semver") << u"v1.2.3"_s << true;
        QTest::newRow("underscore first") << u"_x"_s << true;
        QTest::newRow("128 chars") << QString(128, u'a') << true;
        QTest::newRow("129 chars") << QString(129, u'a') << false;
        QTest::newRow("dot first") << u".x"_s << false;
        QTest::newRow("dash first") << u"-x"_s << false;
        QTest::newRow("space") << u"a b"_s << false;
        QTest::newRow("colon") << u"a:b"_s << false;
        QTest::newRow("slash") << u"a/b"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void imageTags()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(isValidImageTag(text), valid);
    }

    void imageReferences_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("tag");
        QTest::newRow("registry/ns/repo:tag") << u"registry.example.com/mall/cart:20241101-3-main"_s
                                              << u"cart"_s << u"20241101-3-main"_s;
        QTest::newRow("port") << u"registry.example.com:5000/mall/cart:1.0"_s << u"cart"_s
                              << u"1.0"_s;
        QTest::newRow("port, no tag")
            << u"registry.example.com:5000/mall/cart"_s << u"cart"_s << QString();
        QTest::newRow("digest") << u"harbor.example.com/p/pay-api@sha256:abcdef"_s << u"pay-api"_s
                                << QString();
        QTest::newRow("tag and digest")
            << u"harbor.example.com/p/pay-api:1.2@sha256:abcdef"_s << u"pay-api"_s << u"1.2"_s;
        QTest::newRow("bare") << u"nginx:1.25"_s << u"nginx"_s << u"1.25"_s;
        QTest::newRow("deep path")
            << u"ccr.ccs.tencentyun.com/a/b/c/risk-model:x"_s << u"risk-model"_s << u"x"_s;
        QTest::newRow("localhost port") << u"localhost:5000/cart"_s << u"cart"_s << QString();
        QTest::newRow("spaces") << u" nginx:1.25 "_s << u"nginx"_s << u"1.25"_s;
    }
    void imageReferences()
    {
        QFETCH(QString, image);
        QFETCH(QString, repository);
        QFETCH(QString, tag);
        QCOMPARE(repositoryName(image), repository);
        QCOMPARE(imageTag(image), tag);
    }

    void targetImages_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"ccr.ccs.tencentyun.com"_s << u"release"_s
                               << u"ccr.ccs.tencentyun.com/release/cart:1.0"_s;
        QTest::newRow("scheme and slash") << u"https://harbor.example.com/"_s << u"payments"_s
                                          << u"harbor.example.com/payments/cart:1.0"_s;
        QTest::newRow("no namespace")
            << u"registry.local:5000"_s << QString() << u"registry.local:5000/cart:1.0"_s;
    }
    void targetImages()
    {
        QFETCH(QString, address);
        QFETCH(QString, ns);
        QFETCH(QString, expected);
        Registry registry;
        registry.address = address;
        registry.imageNamespace = ns;
        QCOMPARE(targetImage(registry, u"cart"_s, u"1.0"_s), expected);
    }

    void pageForCreateError_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("description");
        QTest::addColumn<bool>("helm");
        QTest::addColumn<int>("page");
        using Kind = ApiError::Kind;
        QTest::newRow("conflict")
            << int(Kind::Conflict) << 500
            << u"failed to insert delivery version v1, version already exist"_s << false
            << int(BasicsPageId);
        QTest::newRow("environment")
            << int(Kind::Server) << 500
            << u"failed to query product info, procutName: mall envName x"_s << false
            << int(EnvironmentPageId);
        QTest::newRow("service not in environment")
            << int(Kind::NotFound) << 500 << u"service cart not found in environment"_s << false
            << int(ServicesPageId);
        QTest::newRow("image name") << int(Kind::Server) << 500
                                    << u"image name x does not match the image y of container c"_s
                                    << false << int(ServicesPageId);
        QTest::newRow("helm image not found")
            << int(Kind::Server) << 500
            << u"failed to handle image registry for service: a: container not found, imageName: x"_s
            << true << int(ServicesPageId);
        QTest::newRow("registry") << int(Kind::Server) << 500 << u"image registry not appointed"_s
                                  << true << int(RegistryPageId);
        QTest::newRow("crash") << int(Kind::Server) << 500 << QString() << false
                               << int(RegistryPageId);
        QTest::newRow("chart repo")
            << int(Kind::Server) << 500 << u"failed to query chart-repo info, repoName: x"_s << true
            << int(ChartsPageId);
        QTest::newRow("semver") << int(Kind::Server) << 500
                                << u"failed to handle chart a: invalid chart version 1.2: Invalid "
                                   "Semantic Version"_s
                                << true << int(ChartsPageId);
        QTest::newRow("chinese, no marker")
            << int(Kind::Server) << 500 << u"内部错误"_s << false << int(ReviewPageId);
        QTest::newRow("timeout") << int(Kind::Timeout) << 0 << QString() << true
                                 << int(ReviewPageId);
        QTest::newRow("network says registry")
            << int(Kind::Network) << 0 << u"registry"_s << false << int(ReviewPageId);
    }
    void pageForCreateError()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, description);
        QFETCH(bool, helm);
        QFETCH(int, page);
        ApiError error;
        error.kind = ApiError::Kind(kind);
        error.httpStatus = status;
        error.serverDescription = description;
        QCOMPARE(int(zadig::pageForCreateError(error, helm ? DeployType::Helm : DeployType::K8s)),
                 page);
    }

    void retryable_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("retryable");
        const QString noRegistry =
            u"failed to create delivery workflow: image registry is required to distribute images"_s;
        QTest::newRow("k8s failed in the job")
            << u"K8SYaml"_s << u"failed"_s << 3 << u"timeout"_s << true;
        QTest::newRow("k8s saved failed without registry")
            << u"K8SYaml"_s << u"failed"_s << 0 << noRegistry << false;
        QTest::newRow("k8s failed, 0/0, other error")
            << u"K8SYaml"_s << u"failed"_s << 0 << u"timeout"_s << true;
        QTest::newRow("helm failed") << u"HelmChart"_s << u"failed"_s << 0 << noRegistry << true;
        QTest::newRow("success") << u"K8SYaml"_s << u"success"_s << 2 << QString() << false;
        QTest::newRow("creating") << u"K8SYaml"_s << u"creating"_s << 2 << QString() << false;
    }
    void retryable()
    {
        QFETCH(QString, type);
        QFETCH(QString, status);
        QFETCH(int, total);
        QFETCH(QString, error);
        QFETCH(bool, retryable);
        VersionDetail detail;
        detail.info.type = versionTypeFromString(type);
        detail.info.status = versionStatusFromString(status);
        Progress progress;
        progress.totalCount = total;
        progress.error = error;
        detail.info.progress = progress;
        QCOMPARE(isRetryable(detail), retryable);
    }
};

QTEST_GUILESS_MAIN(TestWizardRules)
#include "tst_wizardrules.moc"
