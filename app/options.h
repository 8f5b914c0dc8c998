// Options: the command line, parsed once.
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace zadig {

struct Options
{
    bool demo = false;
    bool check = false;
    QUrl server;
    QString project;
    QString seed = QStringLiteral("demo");
    QString apiGeneration = QStringLiteral("3"); // which Zadig the demo server imitates
    int checkTimeoutSeconds = 120;
    int demoLatencyMs = 0; // the demo server answers as if this far away
};

// Parses the arguments of `app` (QCoreApplication::arguments()). Handles --help and --version
// itself (prints and exits); returns nullopt with `error` set on a bad command line.
std::optional<Options> parseOptions(const QStringList &arguments, QString *error);

} // namespace zadig
