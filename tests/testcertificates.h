// Throwaway TLS material for the HTTPS tests, made by the openssl command line in a temporary
// directory: a self-signed certificate for 127.0.0.1, and a small CA with a leaf it signed.
// Nothing here is ever trusted outside the test that made it.
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>

namespace zadig::test {

struct TestCertificate
{
    QSslCertificate certificate;
    QSslKey key;
    QString certificateFile; // PEM
    bool isNull() const { return certificate.isNull() || key.isNull(); }
};

class TestCertificates
{
public:
    // Empty when the openssl command is missing (tests then skip).
    static QString opensslProgram()
    {
        return QStandardPaths::findExecutable(QStringLiteral("openssl"));
    }

    // Generates everything; false (with error()) when openssl failed.
    bool generate()
    {
        using namespace Qt::StringLiterals;
        if (!m_dir.isValid())
            return fail(u"no temporary directory"_s);
        if (opensslProgram().isEmpty())
            return fail(u"openssl not found"_s);
        const QString days = u"2"_s;
        // Self-signed, for IP 127.0.0.1 only (so https://localhost is a host-name mismatch).
        if (!run({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, days,
                  u"-subj"_s, u"/CN=127.0.0.1/O=Zadig Desk Tests"_s, u"-addext"_s,
                  u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, path(u"self.key"_s), u"-out"_s,
                  path(u"self.pem"_s)}))
            return false;
        // A CA and a leaf it signed, as a company would have.
        if (!run({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, days,
                  u"-subj"_s, u"/CN=Zadig Desk Test CA/O=Zadig Desk Tests"_s, u"-addext"_s,
                  u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                  u"keyUsage=critical,keyCertSign,cRLSign"_s, u"-keyout"_s, path(u"ca.key"_s),
                  u"-out"_s, path(u"ca.pem"_s)}))
            return false;
        if (!run({u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-subj"_s,
                  u"/CN=127.0.0.1/O=Zadig Desk Tests"_s, u"-keyout"_s, path(u"leaf.key"_s),
                  u"-out"_s, path(u"leaf.csr"_s)}))
            return false;
        QFile extensions(path(u"leaf.ext"_s));
        if (!extensions.open(QIODevice::WriteOnly))
            return fail(u"cannot write leaf.ext"_s);
        extensions.write("subjectAltName=IP:127.0.0.1\n"
                         "basicConstraints=CA:FALSE\n"
                         "keyUsage=critical,digitalSignature,keyEncipherment\n"
                         "extendedKeyUsage=serverAuth\n");
        extensions.close();
        if (!run({u"x509"_s, u"-req"_s, u"-in"_s, path(u"leaf.csr"_s), u"-CA"_s, path(u"ca.pem"_s),
                  u"-CAkey"_s, path(u"ca.key"_s), u"-CAcreateserial"_s, u"-days"_s, days,
                  u"-extfile"_s, path(u"leaf.ext"_s), u"-out"_s, path(u"leaf.pem"_s)}))
            return false;
        selfSigned = load(u"self"_s);
        ca = load(u"ca"_s);
        leaf = load(u"leaf"_s);
        if (selfSigned.isNull() || ca.isNull() || leaf.isNull())
            return fail(u"openssl wrote files Qt cannot read"_s);
        return true;
    }

    QString error() const { return m_error; }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    TestCertificate selfSigned;
    TestCertificate ca;
    TestCertificate leaf; // signed by ca

private:
    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }

    bool run(const QStringList &arguments)
    {
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(opensslProgram(), arguments);
        if (!openssl.waitForFinished(60'000) || openssl.exitStatus() != QProcess::NormalExit ||
            openssl.exitCode() != 0) {
            return fail(QStringLiteral("openssl %1 failed: %2")
                            .arg(arguments.value(0), QString::fromLocal8Bit(openssl.readAll())));
        }
        return true;
    }

    TestCertificate load(const QString &name) const
    {
        using namespace Qt::StringLiterals;
        TestCertificate result;
        result.certificateFile = path(name + u".pem"_s);
        QFile certificate(result.certificateFile);
        QFile key(path(name + u".key"_s));
        if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return result;
        result.certificate = QSslCertificate(certificate.readAll(), QSsl::Pem);
        result.key = QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem);
        return result;
    }

    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace zadig::test
