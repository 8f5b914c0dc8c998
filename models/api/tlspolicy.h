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
#include <QUrl>

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
    // What a connection to `url` (https) is opened with: configuration(), with Qt keeping the
    // session ticket the server sends, and the newest ticket that url's origin gave, so that a new
    // connection resumes the TLS session (one round trip and the certificate chain saved over
    // TLS 1.2, the chain and its checks over TLS 1.3). Built once, not per request.
    QSslConfiguration connectionConfiguration(const QUrl &url) const;
    // Keeps a ticket read off an answer from `url`; an empty one keeps the one before. In memory
    // only: a ticket resumes a session without any certificate check.
    void rememberSession(const QUrl &url, const QByteArray &ticket);
    // Another server, another trust: a session made under the old one must not be resumed.
    void forgetSession();
    bool hasSession(const QUrl &url) const;
#endif

private:
    QList<QSslCertificate> m_caCertificates;
    QStringList m_pinned;
#if QT_CONFIG(ssl)
    QUrl m_sessionServer; // where m_sessionTicket came from; only its origin counts
    QByteArray m_sessionTicket;
    mutable std::optional<QSslConfiguration> m_connectionConfiguration; // without a ticket
    mutable std::optional<QSslConfiguration> m_resumingConfiguration;   // with m_sessionTicket
#endif
};

} // namespace zadig
