#include "tlspolicy.h"

#include "apirequest.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace zadig {

void TlsPolicy::setCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_caCertificates = certificates;
#if QT_CONFIG(ssl)
    m_connectionConfiguration.reset();
    forgetSession();
#endif
}

void TlsPolicy::setPinnedCertificates(const QStringList &fingerprints)
{
    m_pinned.clear();
    for (const QString &fingerprint : fingerprints) {
        const QString normalised = normalisedFingerprint(fingerprint);
        if (!normalised.isEmpty() && !m_pinned.contains(normalised))
            m_pinned.append(normalised);
    }
#if QT_CONFIG(ssl)
    // A session resumed under a pin that was taken away would skip the check that now fails.
    forgetSession();
#endif
}

QString TlsPolicy::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return QString();
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

QString TlsPolicy::normalisedFingerprint(const QString &fingerprint)
{
    QString hex;
    hex.reserve(64);
    for (const QChar c : fingerprint) {
        if (c == u':' || c.isSpace())
            continue;
        const QChar lower = c.toLower();
        const bool hexDigit = (lower >= u'0' && lower <= u'9') || (lower >= u'a' && lower <= u'f');
        if (!hexDigit)
            return QString(); // not a fingerprint at all
        hex.append(lower);
    }
    return hex.size() == 64 ? hex : QString();
}

TlsPolicy::Verdict TlsPolicy::judge(const QSslCertificate &connectionPeer,
                                    const QList<QSslError> &errors) const
{
    Verdict verdict;
    verdict.certificate = connectionPeer;
    for (qsizetype i = 0; verdict.certificate.isNull() && i < errors.size(); ++i)
        verdict.certificate = errors.at(i).certificate();
    verdict.fingerprint = fingerprint(verdict.certificate);
    verdict.pinned = !verdict.fingerprint.isEmpty() && m_pinned.contains(verdict.fingerprint);
    return verdict;
}

#if QT_CONFIG(ssl)
QSslConfiguration TlsPolicy::configuration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // Setting or adding CAs turns off Qt's loading of the system roots on demand, and the default
    // list is empty until then: the system's are listed explicitly, so that a company CA is
    // trusted besides them, not instead of them.
    if (!m_caCertificates.isEmpty())
        configuration.setCaCertificates(QSslConfiguration::systemCaCertificates() +
                                        m_caCertificates);
    return configuration;
}

QSslConfiguration TlsPolicy::connectionConfiguration(const QUrl &url) const
{
    if (!m_connectionConfiguration) {
        QSslConfiguration plain = configuration();
        // Off by default: Qt then drops the ticket a TLS 1.3 server sends after the handshake.
        plain.setSslOption(QSsl::SslOptionDisableSessionPersistence, false);
        m_connectionConfiguration = plain;
    }
    if (!hasSession(url))
        return *m_connectionConfiguration;
    if (!m_resumingConfiguration) {
        QSslConfiguration resuming = *m_connectionConfiguration;
        resuming.setSessionTicket(m_sessionTicket);
        m_resumingConfiguration = resuming;
    }
    return *m_resumingConfiguration;
}

void TlsPolicy::rememberSession(const QUrl &url, const QByteArray &ticket)
{
    if (ticket.isEmpty() || url.scheme() != "https"_L1 || url.host().isEmpty() ||
        (ticket == m_sessionTicket && sameOrigin(url, m_sessionServer)))
        return;
    m_sessionServer = url;
    m_sessionTicket = ticket;
    m_resumingConfiguration.reset();
}

void TlsPolicy::forgetSession()
{
    m_sessionServer.clear();
    m_sessionTicket.clear();
    m_resumingConfiguration.reset();
}

bool TlsPolicy::hasSession(const QUrl &url) const
{
    // A ticket is the server's: it never goes to another host or port.
    return !m_sessionTicket.isEmpty() && sameOrigin(url, m_sessionServer);
}
#endif

} // namespace zadig
