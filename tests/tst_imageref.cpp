// ImageRef: registry hosts with ports, namespaces, tags and digests, and the normal form that
// tells "nginx" and "docker.io/library/nginx:latest" are the same image.
#include "imageref.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace zadig;

class TestImageRef : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("location");

        QTest::newRow("host, namespace, tag")
            << u"koderover.tencentcloudcr.com/test/service1:20240419-5-main"_s
            << u"koderover.tencentcloudcr.com"_s << u"test/service1"_s << u"20240419-5-main"_s
            << QString() << u"service1"_s << u"koderover.tencentcloudcr.com/test"_s;
        QTest::newRow("host with port, no tag")
            << u"registry.example.com:5000/mall/cart"_s << u"registry.example.com:5000"_s
            << u"mall/cart"_s << QString() << QString() << u"cart"_s
            << u"registry.example.com:5000/mall"_s;
        QTest::newRow("host with port, deep namespace, tag")
            << u"10.0.0.1:5000/a/b/cart:1.2"_s << u"10.0.0.1:5000"_s << u"a/b/cart"_s << u"1.2"_s
            << QString() << u"cart"_s << u"10.0.0.1:5000/a/b"_s;
        QTest::newRow("tag and digest")
            << u"harbor.dev/team/svc-a:v1@sha256:abc123"_s << u"harbor.dev"_s << u"team/svc-a"_s
            << u"v1"_s << u"sha256:abc123"_s << u"svc-a"_s << u"harbor.dev/team"_s;
        QTest::newRow("digest only, port")
            << u"localhost:5000/svc@sha256:ff"_s << u"localhost:5000"_s << u"svc"_s << QString()
            << u"sha256:ff"_s << u"svc"_s << u"localhost:5000"_s;
        QTest::newRow("localhost") << u"localhost/svc:1"_s << u"localhost"_s << u"svc"_s << u"1"_s
                                   << QString() << u"svc"_s << u"localhost"_s;
        QTest::newRow("Docker Hub user") << u"bitnami/redis:7"_s << QString() << u"bitnami/redis"_s
                                         << u"7"_s << QString() << u"redis"_s << u"bitnami"_s;
        QTest::newRow("bare name") << u"nginx"_s << QString() << u"nginx"_s << QString()
                                   << QString() << u"nginx"_s << QString();
        QTest::newRow("surrounding spaces") << u"  harbor.dev/x:1 \n"_s << u"harbor.dev"_s << u"x"_s
                                            << u"1"_s << QString() << u"x"_s << u"harbor.dev"_s;
        QTest::newRow("empty") << QString() << QString() << QString() << QString() << QString()
                               << QString() << QString();
    }

    void parse()
    {
        QFETCH(QString, reference);
        const ImageRef ref = ImageRef::parse(reference);
        QTEST(ref.registry, "registry");
        QTEST(ref.path, "path");
        QTEST(ref.tag, "tag");
        QTEST(ref.digest, "digest");
        QTEST(ref.name(), "name");
        QTEST(ref.location(), "location");
        QCOMPARE(ref.toString(), reference.trimmed());
    }

    void normalized_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("Docker Hub official")
            << u"nginx"_s << u"docker.io/library/nginx:latest"_s << true;
        QTest::newRow("index.docker.io")
            << u"index.docker.io/bitnami/redis:7"_s << u"bitnami/redis:7"_s << true;
        QTest::newRow("other tag") << u"nginx:1"_s << u"nginx:2"_s << false;
        QTest::newRow("digest is no latest") << u"nginx@sha256:aa"_s << u"nginx"_s << false;
        QTest::newRow("private registry keeps its path")
            << u"harbor.dev/nginx:1"_s << u"harbor.dev/library/nginx:1"_s << false;
    }

    void normalized()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(ImageRef::parse(a).normalized() == ImageRef::parse(b).normalized(), same);
    }
};

QTEST_GUILESS_MAIN(TestImageRef)
#include "tst_imageref.moc"
