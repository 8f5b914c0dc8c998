// CertificateDialog: a server presented a certificate that could not be verified. Shows what is
// wrong (host, subject, issuer, validity, SHA-256 fingerprint, the errors in words) and lets the
// user trust exactly that certificate for the connection, or cancel. Cancel is the default.
#pragma once

#include <QDialog>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

class QPushButton;

namespace zadig::ui {

class CertificateDialog : public QDialog
{
    Q_OBJECT

public:
    // `connectionName` empty: the server is not a saved connection, the trust lasts this run.
    CertificateDialog(const QSslCertificate &certificate, const QList<QSslError> &errors,
                      const QString &host, const QString &connectionName,
                      QWidget *parent = nullptr);

    QSslCertificate certificate() const { return m_certificate; }
    QPushButton *trustButton() const { return m_trust; }

    // "AB:CD:…", in two lines of 16 bytes.
    static QString formatFingerprint(const QString &hex);
    // The errors as sentences, one per problem, without repeats.
    static QStringList describeErrors(const QList<QSslError> &errors, const QString &host);

private:
    QSslCertificate m_certificate;
    QPushButton *m_trust = nullptr;
};

} // namespace zadig::ui
