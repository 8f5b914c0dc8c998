// zadig-cli run as a real process, as a pipeline runs it, against the simulator of 2.3-3.4 and
// 5.x over real HTTP with the token in ZADIG_TOKEN: every subcommand, its formats, and every
// way it can fail (exit 1 with "ERROR <kind>: ..." on stderr; a bad command line exits 2).
#include "simulator.h"
#include "simv2.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zadig;

class TestZadigCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<sim::Simulator> m_sim;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    void startSim(int generation, double speed = 60)
    {
        m_sim = std::make_unique<sim::Simulator>();
        m_sim->setApiGeneration(generation);
        QVERIFY(m_sim->loadSeed(u"demo"_s));
        QVERIFY(m_sim->listen());
        m_sim->setSpeed(speed);
    }

    QProcessEnvironment environment(const QString &token) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // A scratch home: no saved connection, no keychain entry of the user's.
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.path() + u"/config"_s);
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.remove(u"QT_LOGGING_RULES"_s); // the CLI's own quiet default must hold
        env.remove(u"ZADIG_TOKEN"_s);
        if (!token.isEmpty())
            env.insert(u"ZADIG_TOKEN"_s, token);
        return env;
    }

    // Runs zadig-cli against the simulator (or with `arguments` as they are when `server` is
    // false). The simulator lives in this process: the wait runs our event loop.
    Run run(const QStringList &arguments, bool server = true, const QString &token = u"*"_s)
    {
        QStringList args = arguments;
        if (server)
            args.prepend(m_sim->url().toString()), args.prepend(u"--server"_s);
        QProcess process;
        process.setProcessEnvironment(
            environment(token == u"*"_s && m_sim ? m_sim->token() : token));
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(ZADIG_CLI_BINARY), args);
        Run result;
        if (!process.waitForStarted(10'000))
            return result;
        if (finished.isEmpty())
            finished.wait(120'000); // the bound only catches a hang
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = process.readAllStandardOutput();
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    static QJsonObject json(const Run &r)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }
    void cleanup() { m_sim.reset(); }

    void listsTheNewestPageAndEveryVersion_data()
    {
        QTest::addColumn<int>("generation");
        QTest::newRow("2.3-3.4") << 3;
        QTest::newRow("4.x") << 4;
        QTest::newRow("5.x") << 5;
    }
    void listsTheNewestPageAndEveryVersion()
    {
        QFETCH(int, generation);
        startSim(generation);
        const Run text = run({u"--project"_s, u"mall"_s, u"list"_s});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY(text.err.isEmpty()); // no traces on stderr for a script to trip over
        const QString out = QString::fromUtf8(text.out);
        QVERIFY(out.startsWith(u"NAME"_s));
        QVERIFY(out.contains(u"双十一大促版本"_s));
        // Columns line up whatever the script: the status column starts at the same display
        // column on a Chinese row as on a Latin one.
        const QStringList lines = out.split(u'\n');
        auto statusColumn = [&lines](const QString &name) {
            for (const QString &line : lines) {
                if (line.startsWith(name + u' ')) {
                    const qsizetype at = line.indexOf(u"success"_s);
                    int wide = 0;
                    for (qsizetype i = 0; i < at; ++i)
                        wide += line.at(i).unicode() >= 0x3000 ? 1 : 0;
                    return int(at) + wide;
                }
            }
            return -1;
        };
        QVERIFY(statusColumn(u"v2.5.0"_s) > 0);
        QCOMPARE(statusColumn(u"双十一大促版本"_s), statusColumn(u"v2.5.0"_s));

        const Run all =
            run({u"--project"_s, u"mall"_s, u"list"_s, u"--all"_s, u"--format"_s, u"json"_s});
        QVERIFY2(all.exitCode == 0, qPrintable(all.err));
        const QJsonObject o = json(all);
        const QJsonArray versions = o.value(u"versions"_s).toArray();
        QCOMPARE(versions.size(), o.value(u"total"_s).toInt());
        QVERIFY(versions.size() >= 18);
        QCOMPARE(o.value(u"project"_s).toString(), u"mall"_s);
        const QJsonObject first = versions.first().toObject();
        for (const QString &key :
             {u"id"_s, u"name"_s, u"type"_s, u"status"_s, u"labels"_s, u"creator"_s, u"created"_s})
            QVERIFY2(first.contains(key), qPrintable(key));
    }

    void showAndExportAVersion()
    {
        startSim(3);
        const Run show = run({u"--project"_s, u"mall"_s, u"show"_s, u"双十一大促版本"_s});
        QVERIFY2(show.exitCode == 0, qPrintable(show.err));
        const QString text = QString::fromUtf8(show.out);
        QVERIFY(text.contains(u"大促, production"_s));
        QVERIFY(text.contains(u"gateway/gateway"_s));

        // JSON: what a pipeline reads.
        const Run exported =
            run({u"--project"_s, u"mall"_s, u"export"_s, u"v2.5.0"_s, u"--format"_s, u"json"_s});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QJsonObject o = json(exported);
        QCOMPARE(o.value(u"project"_s).toString(), u"mall"_s);
        QCOMPARE(o.value(u"version"_s).toString(), u"v2.5.0"_s);
        QCOMPARE(o.value(u"status"_s).toString(), u"success"_s);
        const QJsonArray images = o.value(u"images"_s).toArray();
        QCOMPARE(images.size(), 4);
        QCOMPARE(images.first().toObject().value(u"image"_s).toString(),
                 u"ccr.ccs.tencentyun.com/release/cart:20241108-5-main"_s);

        // CSV to a file: a spreadsheet opens it as UTF-8 (BOM), Chinese intact.
        const QString file = QDir(m_home.path()).filePath(u"v2.5.0.csv"_s);
        const Run csv = run({u"--project"_s, u"mall"_s, u"export"_s, u"v2.5.0"_s, u"--format"_s,
                             u"csv"_s, u"--output"_s, file});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        QVERIFY(csv.out.isEmpty());
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray bytes = saved.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(QString::fromUtf8(bytes).contains(u"优惠券叠加规则"_s));

        const Run markdown = run(
            {u"--project"_s, u"mall"_s, u"export"_s, u"v2.5.0"_s, u"--format"_s, u"markdown"_s});
        QVERIFY2(markdown.exitCode == 0, qPrintable(markdown.err));
        QVERIFY(markdown.out.startsWith("# "));
        QVERIFY(markdown.out.contains("| cart |"));
    }

    void comparesTwoVersions_data()
    {
        QTest::addColumn<int>("generation");
        QTest::addColumn<QString>("oldName");
        QTest::addColumn<QString>("newName");
        QTest::newRow("2.3-3.4") << 3 << u"v2.4.0"_s << u"v2.5.0"_s;
        QTest::newRow("4.x") << 4 << u"v3.0.0"_s << u"v3.0.1"_s;
        QTest::newRow("5.x") << 5 << u"v3.0.0"_s << u"v3.0.1"_s;
    }
    void comparesTwoVersions()
    {
        QFETCH(int, generation);
        QFETCH(QString, oldName);
        QFETCH(QString, newName);
        startSim(generation);
        const Run r = run(
            {u"--project"_s, u"mall"_s, u"compare"_s, oldName, newName, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = json(r);
        for (const QString &key : {u"added"_s, u"removed"_s, u"changed"_s})
            QVERIFY2(o.value(key).isArray(), qPrintable(key));
        QVERIFY(o.value(u"unchanged"_s).isDouble());
        const int rows =
            int(o.value(u"added"_s).toArray().size() + o.value(u"removed"_s).toArray().size() +
                o.value(u"changed"_s).toArray().size()) +
            o.value(u"unchanged"_s).toInt();
        QVERIFY(rows > 0);
        if (generation == 3) {
            // v2.4.0 → v2.5.0: web rebuilt, user gone, cart and order added.
            const QJsonArray changed = o.value(u"changed"_s).toArray();
            QCOMPARE(changed.size(), 1);
            QCOMPARE(changed.first().toObject().value(u"service"_s).toString(), u"web"_s);
            QVERIFY(changed.first().toObject().value(u"to"_s).toString().endsWith(
                u"web:20241108-5-main"_s));
            QCOMPARE(o.value(u"removed"_s).toArray().size(), 1);
            QCOMPARE(o.value(u"added"_s).toArray().size(), 3);
        }
        const Run text = run({u"--project"_s, u"mall"_s, u"compare"_s, oldName, newName});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY(QString::fromUtf8(text.out).startsWith(oldName + u" → "_s + newName));
    }

    void waitEndsWithTheVersion()
    {
        // 5.x: the server's own clock moves the versions (60 simulated seconds a second).
        startSim(5);
        const Run success =
            run({u"--project"_s, u"mall"_s, u"wait"_s, u"v3.2.0-rc1"_s, u"--interval"_s, u"0.2"_s});
        QVERIFY2(success.exitCode == 0, qPrintable(success.err));
        QVERIFY(success.out.contains("v3.2.0-rc1: success 3/3"));

        const Run failed = run({u"--project"_s, u"payments"_s, u"wait"_s, u"pay-3.2.0-rc1"_s,
                                u"--interval"_s, u"0.2"_s});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.startsWith(u"ERROR failed: version “pay-3.2.0-rc1” failed"_s),
                 qPrintable(failed.err));
    }

    void waitGivesUpOnAVersionThatNeverSettles()
    {
        // A frozen clock: the version stays "creating" whatever the machine's speed.
        startSim(5, 0);
        const Run r = run({u"--project"_s, u"mall"_s, u"wait"_s, u"v3.2.0-rc1"_s, u"--timeout"_s,
                           u"1"_s, u"--interval"_s, u"0.2"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(u"ERROR timeout: "_s), qPrintable(r.err));
        QVERIFY(r.out.contains("v3.2.0-rc1: creating"));
    }

    void errorsAreSaidAndExitOne()
    {
        startSim(3);
        const Run missing = run({u"--project"_s, u"mall"_s, u"show"_s, u"v9.9.9"_s});
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(missing.err.trimmed(), u"ERROR not-found: no version “v9.9.9” in project mall"_s);

        const Run wrongToken = run({u"--project"_s, u"mall"_s, u"list"_s}, true, u"wrong"_s);
        QCOMPARE(wrongToken.exitCode, 1);
        QVERIFY2(wrongToken.err.startsWith(u"ERROR unauthorised: "_s), qPrintable(wrongToken.err));

        // No ZADIG_TOKEN and no keychain to ask (no session bus): said, not hung.
        const Run noToken = run({u"--project"_s, u"mall"_s, u"list"_s}, true, QString());
        QCOMPARE(noToken.exitCode, 1);
        QVERIFY2(noToken.err.startsWith(u"ERROR unauthorised: no API token"_s),
                 qPrintable(noToken.err));

        m_sim->setProjectForbidden(u"mall"_s, true);
        const Run forbidden = run({u"--project"_s, u"mall"_s, u"list"_s});
        QCOMPARE(forbidden.exitCode, 1);
        QVERIFY2(forbidden.err.startsWith(u"ERROR forbidden: "_s), qPrintable(forbidden.err));
        m_sim->setProjectForbidden(u"mall"_s, false);

        m_sim->setLicenceValid(false);
        const Run licence = run({u"--project"_s, u"mall"_s, u"list"_s});
        QCOMPARE(licence.exitCode, 1);
        QVERIFY2(licence.err.startsWith(u"ERROR licence: "_s), qPrintable(licence.err));

        m_sim->close();
        const Run down = run({u"--project"_s, u"mall"_s, u"list"_s});
        QCOMPARE(down.exitCode, 1);
        QVERIFY2(down.err.startsWith(u"ERROR network: "_s), qPrintable(down.err));
    }

    void badCommandLinesExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("no project") << QStringList{u"--demo"_s, u"list"_s} << u"--project"_s;
        QTest::newRow("no command")
            << QStringList{u"--demo"_s, u"--project"_s, u"mall"_s} << u"no command"_s;
        QTest::newRow("unknown command")
            << QStringList{u"--demo"_s, u"--project"_s, u"mall"_s, u"deploy"_s} << u"deploy"_s;
        QTest::newRow("export without format")
            << QStringList{u"--demo"_s, u"--project"_s, u"mall"_s, u"export"_s, u"v2.5.0"_s}
            << u"--format"_s;
        QTest::newRow("compare one name")
            << QStringList{u"--demo"_s, u"--project"_s, u"mall"_s, u"compare"_s, u"v2.5.0"_s}
            << u"2 version name"_s;
        QTest::newRow("bad format") << QStringList{u"--demo"_s, u"--project"_s, u"mall"_s,
                                                   u"list"_s,   u"--format"_s,  u"xml"_s}
                                    << u"text, json"_s;
        QTest::newRow("bad server")
            << QStringList{u"--server"_s, u"ftp://x"_s, u"--project"_s, u"mall"_s, u"list"_s}
            << u"--server"_s;
    }
    void badCommandLinesExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const Run r = run(arguments, false, QString());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
    }

    void demoNeedsNoServer()
    {
        const Run r = run({u"--demo"_s, u"--api-generation"_s, u"5"_s, u"--project"_s,
                           u"payments"_s, u"show"_s, u"pay-3.0.0"_s, u"--format"_s, u"json"_s},
                          false, QString());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = json(r);
        QCOMPARE(o.value(u"type"_s).toString(), u"HelmChart"_s);
        QVERIFY(!o.value(u"charts"_s).toArray().isEmpty());
        QCOMPARE(o.value(u"charts"_s).toArray().first().toObject().value(u"repo"_s).toString(),
                 u"payments-charts"_s);
    }
};

QTEST_GUILESS_MAIN(TestZadigCli)
#include "tst_zadigcli.moc"
