// zadig-desk: wiring only. The application, its identity, translations and style; then Desk
// (desk.h) finds a server and a token and opens the main window.

#include "desk.h"
#include "deskstyle.h"
#include "fontwarmup.h"
#include "identity.h"
#include "interfacefont.h"
#include "options.h"
#include "settings.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QScopeGuard>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace zadig;

// The UI follows the Language preference, else the system locale.
static void installTranslations(QCoreApplication &app)
{
    const QString language = Settings().language();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    // "qt", not "qtbase": the distributions' qt_LANG.qm loads qtbase's, and Qt's deploy script
    // merges the catalogs a bundle needs into qt_LANG.qm alone.
    if (qt->load(locale, u"qt"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, u"zadig-desk"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
}

// --help and --version must work without a display (packaging checks, SSH sessions).
static bool wantsInfoOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" ||
            arg == "-v")
            return true;
    }
    return false;
}

int main(int argc, char *argv[])
{
    startupClock().start();
    if (wantsInfoOnly(argc, argv)) {
        QCoreApplication core(argc, argv);
        setApplicationIdentity();
        installTranslations(core);
        QString error;
        parseOptions(QCoreApplication::arguments(), &error); // prints and exits
        return 0;
    }
    FontWarmUp fonts; // before QApplication, to overlap with it
    QApplication app(argc, argv);
    // Joined before `app` goes, whatever the way out: Qt's font database destroys fontconfig's
    // configuration with it, which must not happen while FcInit is still running.
    const auto joinFonts = qScopeGuard([&fonts] { fonts.wait(); });
    setApplicationIdentity();
    installTranslations(app);
    QApplication::setDesktopFileName(u"io.github.zadigdesk.ZadigDesk"_s);
    ui::useUnshapedInterfaceFont();
#ifndef Q_OS_MACOS
    // The platform's style, with the icons widgets ask for but seldom paint resolved late. Not on
    // macOS, where Qt treats its own style specially and the menu bar is the system's.
    QApplication::setStyle(new ui::DeskStyle(QApplication::style()));
#endif

    QString error;
    const auto options = parseOptions(QApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "zadig-desk: %s\n", qPrintable(error));
        return 2;
    }
    Desk desk(*options, [&fonts] { fonts.wait(); });
    QTimer::singleShot(0, &desk, [&desk] { desk.start(); });
    return QApplication::exec();
}
