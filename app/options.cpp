#include "options.h"

#include "apigeneration.h"
#include "connections.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace zadig {

std::optional<Options> parseOptions(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "zadig::Options", "Browse, create and watch Zadig delivery versions."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        u"demo"_s,
        QCoreApplication::translate("zadig::Options",
                                    "Start the embedded demo server on 127.0.0.1 and use it."));
    const QCommandLineOption seed(
        u"seed"_s,
        QCoreApplication::translate("zadig::Options",
                                    "Data of the demo server: demo, empty or large:N."),
        u"name"_s, u"demo"_s);
    const QCommandLineOption apiGeneration(
        u"api-generation"_s,
        QCoreApplication::translate("zadig::Options",
                                    "Which Zadig the demo server imitates: 3 (2.3 to 3.4), 4 "
                                    "(4.x; also 4.0, 4.1, 4.2, 4.2.1, 4.3) or 5."),
        u"n"_s, u"3"_s);
    const QCommandLineOption server(
        u"server"_s,
        QCoreApplication::translate("zadig::Options",
                                    "Zadig server URL (the token comes from ZADIG_TOKEN or "
                                    "the system keychain)."),
        u"url"_s);
    const QCommandLineOption project(
        u"project"_s, QCoreApplication::translate("zadig::Options", "Project key to open."),
        u"key"_s);
    const QCommandLineOption check(
        u"check"_s,
        QCoreApplication::translate(
            "zadig::Options",
            "Start normally, wait for the first page of versions, print one line (OK or ERROR) "
            "and exit."));
    const QCommandLineOption checkTimeout(
        u"check-timeout"_s,
        QCoreApplication::translate("zadig::Options", "Seconds --check waits (default 120)."),
        u"seconds"_s, u"120"_s);
    const QCommandLineOption latency(
        u"latency"_s,
        QCoreApplication::translate("zadig::Options",
                                    "With --demo: milliseconds every answer of the demo server "
                                    "waits, as from a far-away server."),
        u"ms"_s, u"0"_s);
    parser.addOptions({demo, seed, apiGeneration, server, project, check, checkTimeout, latency});
    parser.process(arguments); // --help, --version and unknown options exit here

    Options options;
    options.demo = parser.isSet(demo);
    options.check = parser.isSet(check);
    options.project = parser.value(project);
    options.seed = parser.value(seed);
    options.apiGeneration = parser.value(apiGeneration);
    if (!sim::parseApiGeneration(options.apiGeneration)) {
        *error = QCoreApplication::translate("zadig::Options", "Unknown API generation: %1")
                     .arg(options.apiGeneration);
        return std::nullopt;
    }
    options.checkTimeoutSeconds = qMax(1, parser.value(checkTimeout).toInt());
    bool latencyOk = false;
    options.demoLatencyMs = parser.value(latency).toInt(&latencyOk);
    if (!latencyOk || options.demoLatencyMs < 0) {
        *error = QCoreApplication::translate("zadig::Options", "Invalid latency: %1")
                     .arg(parser.value(latency));
        return std::nullopt;
    }
    if (parser.isSet(server)) {
        // The same rule as the connection dialog: a bare host means https://.
        options.server = serverUrlFromUserInput(parser.value(server));
        if (!isUsableServerUrl(options.server)) {
            *error = QCoreApplication::translate("zadig::Options", "Invalid server URL: %1")
                         .arg(parser.value(server));
            return std::nullopt;
        }
    }
    if (options.demo && parser.isSet(server)) {
        *error = QCoreApplication::translate("zadig::Options",
                                             "--demo and --server cannot be used together.");
        return std::nullopt;
    }
    return options;
}

} // namespace zadig
