#include "simulator.h"

#include "httpfront.h"

#include <QLoggingCategory>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#endif

Q_DECLARE_LOGGING_CATEGORY(lcSimState)

using namespace Qt::StringLiterals;

namespace zadig::sim {

namespace {

// Enough for any test; bounds memory when the demo runs for days with a poller.
constexpr qsizetype MaxRecordedRequests = 20000;

QByteArray guessContentType(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('['))
        return JsonContentType;
    if (trimmed.startsWith('<'))
        return "text/html; charset=utf-8"_ba;
    return trimmed.isEmpty() ? QByteArray() : "text/plain; charset=utf-8"_ba;
}

} // namespace

Simulator::Simulator(QObject *parent)
    : QObject(parent), m_state(std::make_unique<SimState>()),
      m_front(std::make_unique<HttpFront>(
          [this](const SimRequest &request, std::shared_ptr<PendingAnswer> answer) {
              dispatch(request, std::move(answer));
          }))
{}

Simulator::~Simulator() = default;

bool Simulator::loadSeed(const QString &seed)
{
    return m_state->loadSeed(seed);
}

bool Simulator::listen(const QHostAddress &address, quint16 port)
{
    return m_front->listenOn(address, port);
}

bool Simulator::listenTls(const QSslCertificate &certificate, const QSslKey &privateKey,
                          const QHostAddress &address, quint16 port,
                          const QList<QSslCertificate> &chain)
{
#if QT_CONFIG(ssl)
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(QList<QSslCertificate>{certificate} + chain);
    configuration.setPrivateKey(privateKey);
    // A server does not ask for a client certificate.
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    // QAbstractHttpServer hands a connection that agreed on h2 to its HTTP/2 handler.
    if (m_offerHttp2 && canServeHttp2())
        configuration.setAllowedNextProtocols(
            {QSslConfiguration::ALPNProtocolHTTP2, QSslConfiguration::NextProtocolHttp1_1});
    m_front->setTlsConfiguration(configuration);
    return m_front->listenOn(address, port);
#else
    Q_UNUSED(certificate)
    Q_UNUSED(privateKey)
    Q_UNUSED(address)
    Q_UNUSED(port)
    Q_UNUSED(chain)
    qCWarning(lcSimState) << "this build of Qt has no TLS support";
    return false;
#endif
}

bool Simulator::canServeHttp2()
{
#if QT_CONFIG(ssl) && QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return true;
#else
    return false;
#endif
}

void Simulator::close()
{
    m_front->close();
}

quint16 Simulator::port() const
{
    return m_front->port();
}

QUrl Simulator::url() const
{
    QHostAddress address = m_front->address();
    if (address.isNull() || address == QHostAddress::Any || address == QHostAddress::AnyIPv4 ||
        address == QHostAddress::AnyIPv6 || address == QHostAddress::LocalHost) {
        address = QHostAddress::LocalHost;
    }
    QUrl url;
    url.setScheme(m_front->isTls() ? u"https"_s : u"http"_s);
    url.setHost(address.toString());
    url.setPort(port());
    return url;
}

void Simulator::setToken(const QString &token)
{
    m_state->setToken(token);
}

QString Simulator::token() const
{
    return m_state->token();
}

void Simulator::setSpeed(double factor)
{
    m_state->setSpeed(factor);
}

double Simulator::speed() const
{
    return m_state->speed();
}

void Simulator::setHelmCreateDelayMs(int ms)
{
    m_state->setHelmCreateDelayMs(ms);
}

void Simulator::setLicenceValid(bool valid)
{
    m_state->setLicenceValid(valid);
}

void Simulator::setProjectForbidden(const QString &projectKey, bool forbidden)
{
    m_state->setProjectForbidden(projectKey, forbidden);
}

void Simulator::setWebHelpersAvailable(bool available)
{
    m_state->setWebHelpersAvailable(available);
}

void Simulator::setApiGeneration(ApiGeneration generation)
{
    m_state->setApiGeneration(generation);
}

bool Simulator::setApiGeneration(const QString &generation)
{
    const auto parsed = parseApiGeneration(generation);
    if (parsed)
        m_state->setApiGeneration(*parsed);
    return parsed.has_value();
}

void Simulator::setApiGeneration(int generation)
{
    m_state->setApiGeneration(generation);
}

ApiGeneration Simulator::apiGeneration() const
{
    return m_state->apiGeneration();
}

void Simulator::addFault(const Fault &fault)
{
    if (fault.times != 0)
        m_faults.append(fault);
}

void Simulator::clearFaults()
{
    m_faults.clear();
}

QList<RecordedRequest> Simulator::requests() const
{
    return m_requests;
}

void Simulator::clearRequests()
{
    m_requests.clear();
}

int Simulator::requestCount(const QString &pathPart, const QByteArray &method) const
{
    int count = 0;
    for (const RecordedRequest &r : m_requests) {
        if (r.path.contains(pathPart) &&
            (method.isEmpty() || r.method.compare(method, Qt::CaseInsensitive) == 0)) {
            ++count;
        }
    }
    return count;
}

SimState &Simulator::state()
{
    return *m_state;
}

SimV2 &Simulator::v2()
{
    return m_state->v2();
}

bool Simulator::takeFault(const SimRequest &request, Fault *fault)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (!f.pathContains.isEmpty() && !request.path.contains(f.pathContains))
            continue;
        if (!f.queryContains.isEmpty() && !request.query.toString().contains(f.queryContains))
            continue;
        if (!f.method.isEmpty() && f.method.compare(request.method, Qt::CaseInsensitive) != 0)
            continue;
        *fault = f;
        if (f.times > 0 && --f.times == 0)
            m_faults.removeAt(i);
        return true;
    }
    return false;
}

void Simulator::dispatch(const SimRequest &request, std::shared_ptr<PendingAnswer> answer)
{
    qCDebug(lcSimState).noquote() << request.method << request.path; // never the token
    if (m_requests.size() >= MaxRecordedRequests)
        m_requests.removeFirst();
    m_requests.append(request);

    Fault fault;
    if (!takeFault(request, &fault)) {
        const SimResponse response = m_state->handle(request);
        m_front->answer(answer, response, response.delayMs + wireDelayMs(response));
        return;
    }

    qCInfo(lcSimState).noquote() << "fault" << int(fault.kind) << "for" << request.method
                                 << request.path;
    SimResponse response;
    switch (fault.kind) {
    case Fault::Kind::Delay:
        response = m_state->handle(request);
        m_front->answer(answer, response, fault.delayMs + response.delayMs + wireDelayMs(response));
        return;
    case Fault::Kind::NeverAnswer:
        m_front->hold(answer);
        return;
    case Fault::Kind::DropConnection:
        answer->drop();
        return;
    case Fault::Kind::ServerError: {
        response = internalError(fault.body.isEmpty() ? u"injected fault"_s
                                                      : QString::fromUtf8(fault.body));
        break;
    }
    case Fault::Kind::EmptyServerError:
        response = {500, QByteArray(), QByteArray(), 0};
        break;
    case Fault::Kind::MalformedJson:
        response = {200, JsonContentType, "{\"list\": [{\"id\": 'not json', }"_ba, 0};
        break;
    case Fault::Kind::TruncatedJson:
        response = m_state->handle(request);
        response.body.truncate(response.body.size() / 2);
        response.delayMs = 0;
        break;
    case Fault::Kind::HtmlPage:
        response = {200, "text/html"_ba,
                    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
                    "</body>\r\n</html>\r\n"_ba,
                    0};
        break;
    case Fault::Kind::Status:
        response = {fault.status, guessContentType(fault.body), fault.body, 0};
        break;
    }
    m_front->answer(answer, response, fault.delayMs + wireDelayMs(response));
}

int Simulator::wireDelayMs(const SimResponse &response) const
{
    const qint64 transfer =
        m_bandwidthKBps > 0 ? qint64(response.body.size()) * 1000 / (qint64(m_bandwidthKBps) * 1024)
                            : 0;
    return int(qMin<qint64>(m_latencyMs + transfer, 10 * 60'000));
}

} // namespace zadig::sim
