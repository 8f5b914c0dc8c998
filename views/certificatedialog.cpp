#include "certificatedialog.h"

#include "api/zadigclient.h"
#include "icons.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zadig::ui {

namespace {

// "Common name (organisation)" of a subject or issuer.
QString describeName(const QStringList &commonName, const QStringList &organisation)
{
    const QString cn = commonName.join(u", "_s);
    const QString o = organisation.join(u", "_s);
    if (cn.isEmpty())
        return o;
    return o.isEmpty() ? cn : u"%1 (%2)"_s.arg(cn, o);
}

QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

CertificateDialog::CertificateDialog(const QSslCertificate &certificate,
                                     const QList<QSslError> &errors, const QString &host,
                                     const QString &connectionName, QWidget *parent)
    : QDialog(parent), m_certificate(certificate)
{
    setObjectName(u"certificateDialog"_s);
    setWindowTitle(tr("Untrusted Certificate"));

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(glyphPixmap(Glyph::Warning, iconSize, this));
    icon->setAlignment(Qt::AlignTop);

    auto *heading = new QLabel(
        u"<b>%1</b>"_s.arg(
            tr("The certificate of %1 could not be verified.").arg(host.toHtmlEscaped())),
        this);
    heading->setObjectName(u"certificateHeading"_s);
    heading->setWordWrap(true);
    auto *explanation = new QLabel(
        tr("Someone may be intercepting the connection, or the server uses a certificate your "
           "system does not know (for example one issued by your company's own certificate "
           "authority). Nothing, not even the API token, has been sent to the server."),
        this);
    explanation->setWordWrap(true);

    QStringList items;
    const QStringList problems = describeErrors(errors, host);
    for (const QString &problem : problems)
        items << u"<li>%1</li>"_s.arg(problem.toHtmlEscaped());
    auto *problemList =
        new QLabel(u"<ul style=\"margin-left:-20px\">%1</ul>"_s.arg(items.join(QString())), this);
    problemList->setObjectName(u"certificateErrors"_s);
    problemList->setWordWrap(true);
    problemList->setTextFormat(Qt::RichText);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale locale;
    QString validFrom =
        locale.toString(certificate.effectiveDate().toLocalTime(), QLocale::LongFormat);
    if (certificate.effectiveDate() > now)
        validFrom = tr("%1 (not valid yet)").arg(validFrom);
    QString validUntil =
        locale.toString(certificate.expiryDate().toLocalTime(), QLocale::LongFormat);
    if (certificate.expiryDate() < now)
        validUntil = tr("%1 (expired)").arg(validUntil);

    auto *fingerprint =
        selectableLabel(formatFingerprint(ZadigClient::fingerprint(certificate)), this);
    fingerprint->setObjectName(u"certificateFingerprint"_s);
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fingerprint->setWordWrap(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [&](const QString &label, QLabel *value, const QString &name) {
        value->setObjectName(name);
        form->addRow(label, value);
    };
    addRow(tr("Server:"), selectableLabel(host, this), u"certificateHost"_s);
    addRow(tr("Issued to:"),
           selectableLabel(describeName(certificate.subjectInfo(QSslCertificate::CommonName),
                                        certificate.subjectInfo(QSslCertificate::Organization)),
                           this),
           u"certificateSubject"_s);
    addRow(tr("Issued by:"),
           selectableLabel(describeName(certificate.issuerInfo(QSslCertificate::CommonName),
                                        certificate.issuerInfo(QSslCertificate::Organization)),
                           this),
           u"certificateIssuer"_s);
    addRow(tr("Valid from:"), selectableLabel(validFrom, this), u"certificateValidFrom"_s);
    addRow(tr("Valid until:"), selectableLabel(validUntil, this), u"certificateValidUntil"_s);
    form->addRow(tr("SHA-256 fingerprint:"), fingerprint);

    auto *advice = new QLabel(
        tr("Compare the fingerprint with the one your administrator gives you before you trust "
           "the certificate. For a company certificate authority, add its CA file to the "
           "connection instead (Connection ▸ Manage Connections…)."),
        this);
    advice->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_trust = buttons->addButton(connectionName.isEmpty()
                                     ? tr("&Trust This Certificate for This Session")
                                     : tr("&Trust This Certificate for “%1”").arg(connectionName),
                                 QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(u"trustButton"_s);
    m_trust->setAutoDefault(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    cancel->setDefault(true);
    cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(heading);
    text->addWidget(explanation);
    text->addWidget(problemList);
    text->addLayout(form);
    text->addWidget(advice);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addSpacing(8);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);

    const int width = qMax(560, fingerprint->sizeHint().width() + 220);
    resize(width, heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height());
}

QString CertificateDialog::formatFingerprint(const QString &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs << hex.mid(i, 2).toUpper();
    QStringList lines;
    for (qsizetype i = 0; i < pairs.size(); i += 16)
        lines << pairs.mid(i, 16).join(u':');
    return lines.join(u":\n"_s);
}

QStringList CertificateDialog::describeErrors(const QList<QSslError> &errors, const QString &host)
{
    QStringList texts;
    const QLocale locale;
    for (const QSslError &error : errors) {
        QString text;
        switch (error.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
            text = tr("The certificate is self-signed: no authority your system trusts vouches "
                      "for it.");
            break;
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            text = tr("The certificate was issued by an authority your system does not trust.");
            break;
        case QSslError::HostNameMismatch:
            text = tr("The certificate is for another server: it does not name “%1”.").arg(host);
            break;
        case QSslError::CertificateExpired:
            text = tr("The certificate expired on %1.")
                       .arg(locale.toString(error.certificate().expiryDate().toLocalTime(),
                                            QLocale::ShortFormat));
            break;
        case QSslError::CertificateNotYetValid:
            text = tr("The certificate is not valid before %1.")
                       .arg(locale.toString(error.certificate().effectiveDate().toLocalTime(),
                                            QLocale::ShortFormat));
            break;
        case QSslError::CertificateRevoked:
            text = tr("The certificate has been revoked by its issuer.");
            break;
        default:
            text = error.errorString(); // Qt's own words (translated by qtbase)
            break;
        }
        if (!texts.contains(text))
            texts << text;
    }
    if (texts.isEmpty())
        texts << tr("The certificate could not be verified.");
    return texts;
}

} // namespace zadig::ui
