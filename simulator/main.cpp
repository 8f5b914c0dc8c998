// zadig-sim: the simulator as a standalone server, for manual testing and for tests that start
// it as a process. The first line on stdout is its URL (flushed); then it serves until killed.
#include "simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// The translation context of zadig-sim's own messages.
class SimCli
{
    Q_DECLARE_TR_FUNCTIONS(SimCli)
};

int fail(const QString &message)
{
    std::fputs(qPrintable(message + u'\n'), stderr);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"zadig-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ZADIG_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        SimCli::tr("A local server that behaves like the delivery-version OpenAPI of Zadig."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(
        u"port"_s, SimCli::tr("Port to listen on (0: any free port)."), SimCli::tr("port"), u"0"_s);
    const QCommandLineOption hostOption(u"host"_s, SimCli::tr("Address to listen on."),
                                        SimCli::tr("address"), u"127.0.0.1"_s);
    const QCommandLineOption tokenOption(u"token"_s, SimCli::tr("The API token clients must send."),
                                         SimCli::tr("token"), u"zadig-demo-token"_s);
    const QCommandLineOption seedOption(u"seed"_s,
                                        SimCli::tr("Data to start with: demo, empty or large:N."),
                                        SimCli::tr("name"), u"demo"_s);
    const QCommandLineOption speedOption(
        u"speed"_s, SimCli::tr("Simulated seconds per real second (default 1)."),
        SimCli::tr("factor"), u"1"_s);
    const QCommandLineOption helmDelayOption(
        u"helm-delay-ms"_s,
        SimCli::tr("Milliseconds a Helm create takes before it answers (default 3000)."),
        SimCli::tr("ms"), u"3000"_s);
    const QCommandLineOption noLicenceOption(
        u"no-licence"_s, SimCli::tr("Answer every delivery call with error 7050."));
    const QCommandLineOption noHelpersOption(
        u"no-web-helpers"_s, SimCli::tr("Do not serve the web UI's helper endpoints."));
    const QCommandLineOption generationOption(
        u"api-generation"_s,
        SimCli::tr("The Zadig release to imitate: 3 (default), 4 (= 4.3), 4.0, 4.1, 4.2, 4.2.1, "
                   "4.3 or 5 (see below)."),
        SimCli::tr("release"), u"3"_s);
    const QCommandLineOption latencyOption(
        u"latency"_s,
        SimCli::tr("Milliseconds every answer waits, as from a far-away server (default 0)."),
        SimCli::tr("ms"), u"0"_s);
    const QCommandLineOption bandwidthOption(
        u"bandwidth"_s,
        SimCli::tr("Kilobytes per second an answer's body travels at (default: no limit)."),
        SimCli::tr("kbps"), u"0"_s);
    parser.addOptions({portOption, hostOption, tokenOption, seedOption, speedOption,
                       helmDelayOption, noLicenceOption, noHelpersOption, generationOption,
                       latencyOption, bandwidthOption});
    parser.setApplicationDescription(parser.applicationDescription() + u"\n\n"_s +
                                     SimCli::tr("API generations (--api-generation):") + u'\n' +
                                     zadig::sim::apiGenerationHelp());
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(SimCli::tr("Invalid port: %1").arg(parser.value(portOption)));
    const QHostAddress host(parser.value(hostOption));
    if (host.isNull())
        return fail(SimCli::tr("Invalid address: %1").arg(parser.value(hostOption)));
    const double speed = parser.value(speedOption).toDouble(&ok);
    if (!ok || speed < 0)
        return fail(SimCli::tr("Invalid speed: %1").arg(parser.value(speedOption)));
    const int helmDelay = parser.value(helmDelayOption).toInt(&ok);
    if (!ok || helmDelay < 0)
        return fail(SimCli::tr("Invalid delay: %1").arg(parser.value(helmDelayOption)));
    const int latency = parser.value(latencyOption).toInt(&ok);
    if (!ok || latency < 0)
        return fail(SimCli::tr("Invalid latency: %1").arg(parser.value(latencyOption)));
    const int bandwidth = parser.value(bandwidthOption).toInt(&ok);
    if (!ok || bandwidth < 0)
        return fail(SimCli::tr("Invalid bandwidth: %1").arg(parser.value(bandwidthOption)));
    const auto generation = zadig::sim::parseApiGeneration(parser.value(generationOption));
    if (!generation)
        return fail(SimCli::tr("Invalid API generation: %1").arg(parser.value(generationOption)));
    const QString token = parser.value(tokenOption);
    if (token.isEmpty())
        return fail(SimCli::tr("The token must not be empty."));

    zadig::sim::Simulator simulator;
    if (!simulator.loadSeed(parser.value(seedOption)))
        return fail(SimCli::tr("Unknown seed: %1").arg(parser.value(seedOption)));
    simulator.setToken(token);
    simulator.setSpeed(speed);
    simulator.setHelmCreateDelayMs(helmDelay);
    simulator.setLatencyMs(latency);
    simulator.setBandwidthKBps(bandwidth);
    simulator.setLicenceValid(!parser.isSet(noLicenceOption));
    simulator.setWebHelpersAvailable(!parser.isSet(noHelpersOption));
    simulator.setApiGeneration(*generation);
    if (!simulator.listen(host, quint16(port)))
        return fail(SimCli::tr("Cannot listen on %1:%2").arg(host.toString()).arg(port));

    std::fputs(qPrintable(simulator.url().toString() + u'\n'), stdout);
    std::fflush(stdout);
    return app.exec();
}
