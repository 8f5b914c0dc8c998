// zadig-cli: see cli.h. A QCoreApplication: no GUI library is loaded.
#include "cli.h"
#include "identity.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    zadig::setApplicationIdentity();

    QString error;
    const auto options = zadig::Cli::parse(QCoreApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "zadig-cli: %s\nTry zadig-cli --help.\n", qPrintable(error));
        return 2;
    }
    zadig::Cli cli(*options);
    QTimer::singleShot(0, &cli, [&cli] { cli.start(); });
    return QCoreApplication::exec();
}
