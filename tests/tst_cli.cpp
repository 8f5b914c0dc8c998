// zadig-desk's command line, run as a real process: the connectivity check users run
// (--check) against the embedded demo server and against a simulator refusing the token.
#include "simulator.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QProcessEnvironment environment(const QString &token = QString()) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        // A scratch home: no saved settings, connection or layout leak into the check.
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.path() + u"/config"_s);
        env.remove(u"ZADIG_TOKEN"_s);
        if (!token.isEmpty())
            env.insert(u"ZADIG_TOKEN"_s, token);
        return env;
    }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &arguments, const QProcessEnvironment &env)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(ZADIG_DESK_BINARY), arguments);
        Run result;
        if (!process.waitForStarted(10'000))
            return result;
        // The check runs its own event loop; the simulator in this process needs ours. The
        // bound only catches a hang.
        if (finished.isEmpty())
            finished.wait(120'000);
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
        result.err = QString::fromLocal8Bit(process.readAllStandardError());
        return result;
    }

private Q_SLOTS:
    void checkDemoPrintsOk()
    {
        const Run r = run({u"--check"_s, u"--demo"_s}, environment());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        static const QRegularExpression ok(u"^OK (\\d+) versions in (\\S+) \\(Zadig "
                                           u"2\\.3–3\\.4\\): first page of (\\d+) rows shown "
                                           u"in (\\d+\\.\\d) ms$"_s,
                                           QRegularExpression::MultilineOption);
        const auto match = ok.match(r.out);
        QVERIFY2(match.hasMatch(), qPrintable(r.out));
        QVERIFY(match.captured(1).toInt() > 0);
        QVERIFY(match.captured(3).toInt() > 0);
        QVERIFY(match.captured(3).toInt() <= match.captured(1).toInt());
    }

    void checkUnknownProjectIsAnError()
    {
        // The page of the asked-for project is requested before the projects are known; a
        // project that does not exist is said to be missing, never replaced by another one.
        const Run r =
            run({u"--check"_s, u"--demo"_s, u"--project"_s, u"no-such-project"_s}, environment());
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY2(r.out.startsWith(u"ERROR not-found: "_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"no-such-project"_s), qPrintable(r.out));
    }

    void checkNamesTheGeneration_data()
    {
        QTest::addColumn<QString>("generation");
        QTest::addColumn<QString>("named");
        QTest::newRow("3") << u"3"_s << u"Zadig 2.3–3.4"_s;
        QTest::newRow("4.0") << u"4.0"_s << u"Zadig 4.x"_s;
        QTest::newRow("4") << u"4"_s << u"Zadig 4.x"_s;
        QTest::newRow("5") << u"5"_s << u"Zadig 5.x"_s;
    }

    void checkNamesTheGeneration()
    {
        QFETCH(QString, generation);
        QFETCH(QString, named);
        const Run r =
            run({u"--check"_s, u"--demo"_s, u"--api-generation"_s, generation}, environment());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.startsWith(u"OK 20 versions in mall (%1): "_s.arg(named)) ||
                     (generation == u"3"_s &&
                      r.out.startsWith(u"OK 18 versions in mall (%1): "_s.arg(named))),
                 qPrintable(r.out));
    }

    void unknownGenerationIsRefused()
    {
        const Run r = run({u"--demo"_s, u"--api-generation"_s, u"7"_s}, environment());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"7"_s), qPrintable(r.err));
    }

    void checkNamedProject()
    {
        const Run r =
            run({u"--check"_s, u"--demo"_s, u"--project"_s, u"payments"_s}, environment());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.startsWith(u"OK 12 versions in payments (Zadig 2.3–3.4): "_s),
                 qPrintable(r.out));
    }

    void checkEmptySeedSaysZero()
    {
        const Run r = run({u"--check"_s, u"--demo"_s, u"--seed"_s, u"empty"_s}, environment());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.startsWith(u"OK 0 versions in "_s), qPrintable(r.out));
    }

    void checkWrongTokenIsUnauthorised()
    {
        zadig::sim::Simulator sim;
        QVERIFY(sim.loadSeed(u"demo"_s));
        sim.setToken(u"the-right-token"_s);
        QVERIFY(sim.listen());
        const Run r = run({u"--check"_s, u"--server"_s, sim.url().toString()},
                          environment(u"a-wrong-token"_s));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith(u"ERROR unauthorised: "_s), qPrintable(r.out));
        QVERIFY2(!r.out.contains(u"a-wrong-token"_s), "the token must never be printed");
        QVERIFY(!r.err.contains(u"a-wrong-token"_s));
    }

    void checkLicenceError()
    {
        zadig::sim::Simulator sim;
        QVERIFY(sim.loadSeed(u"demo"_s));
        sim.setToken(u"t0ken"_s);
        sim.setLicenceValid(false);
        QVERIFY(sim.listen());
        const Run r =
            run({u"--check"_s, u"--server"_s, sim.url().toString()}, environment(u"t0ken"_s));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith(u"ERROR licence: "_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"用户许可证不可用"_s), qPrintable(r.out));
    }

    void versionAndHelpNeedNoDisplay()
    {
        QProcessEnvironment env = environment();
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        Run r = run({u"--version"_s}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QString::fromLatin1(ZADIG_VERSION_STRING)), qPrintable(r.out));
        r = run({u"--help"_s}, env);
        QCOMPARE(r.exitCode, 0);
        for (const char *option : {"--demo", "--server", "--project", "--check"})
            QVERIFY2(r.out.contains(QLatin1StringView(option)), option);
    }

    void badServerUrlIsRefused()
    {
        const Run r = run({u"--check"_s, u"--server"_s, u"http://"_s}, environment());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
