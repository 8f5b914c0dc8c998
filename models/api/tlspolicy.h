// TlsPolicy: what a connection trusts beyond the system's CAs, kept apart from the transport so
// that it can be tested without a server.
//
// Extra CA certificates (a company CA) are added to the system ones. Pinned certificates are
// SHA-256 fingerprints of certificates the user chose to trust as they are: a connection whose
// server presents one of them has all its certificate errors ignored, for that reply only. A pin
// names one exact certificate, never a host: any other certificate's errors stay errors.
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QStringList>

#include <optional>

namespace zadig {

class TlsPolicy
{
public:
    void setCaCertificates(const QList<QSslCertificate> &certificates);
    QList<QSslCertificate> caCertificates() const { return m_caCertificates; }
    // Any case, colons and spaces allowed; what is not a SHA-256 fingerprint is dropped.
    void setPinnedCertificates(const QStringList &fingerprints);
    QStringList pinnedCertificates() const { return m_pinned; } // normalised, no duplicates
    bool hasPins() const { return !m_pinned.isEmpty(); }

    // Lower-case hex SHA-256 of the DER form; empty for a null certificate.
    static QString fingerprint(const QSslCertificate &certificate);
    // Lower-case hex without separators, or empty when the text is not a SHA-256 fingerprint.
    static QString normalisedFingerprint(const QString &fingerprint);

    // What a pin decides about one set of certificate errors.
    struct Verdict
    {
        QSslCertificate certificate; // the server's own, the one a pin is compared with
        QString fingerprint;
        bool pinned = false; // true: every error is covered and may be ignored
    };
    // `connectionPeer` is the certificate the connection reports; before the handshake ends it
    // may still be null, and then the first certificate the errors name is the server's.
    Verdict judge(const QSslCertificate &connectionPeer, const QList<QSslError> &errors) const;

#if QT_CONFIG(ssl)
    // The system's CAs plus the extra ones.
    QSslConfiguration configuration() const;
    // The configuration a request sets: only when there are extra CAs. Built once when they are
    // set, not per request; without them a request keeps Qt's default, so that plain HTTP never
    // loads the TLS backend.
    const std::optional<QSslConfiguration> &requestConfiguration() const
    {
        return m_requestConfiguration;
    }
#endif

private:
    QList<QSslCertificate> m_caCertificates;
    QStringList m_pinned;
#if QT_CONFIG(ssl)
    std::optional<QSslConfiguration> m_requestConfiguration;
#endif
};

} // namespace zadig
