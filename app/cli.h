// Cli: zadig-cli, the client of the desktop app for scripts and release pipelines. The same
// models/api layer, token sources and server rules as zadig-desk, with no GUI library.
//
//   zadig-cli [--server URL | --demo] --project KEY list [--all] [--format text|json]
//   zadig-cli ... show NAME [--format text|json]
//   zadig-cli ... export NAME --format markdown|csv|json [--output FILE]
//   zadig-cli ... compare OLD NEW [--format text|markdown|json]
//   zadig-cli ... wait NAME [--timeout S] [--interval S]
//
// Versions are named, not numbered: a name is unique among a project's versions. Output goes to
// stdout; a failure prints "ERROR <kind>: <message>" on stderr (the kinds of --check:
// not-found, unauthorised, network, timeout, ...) and exits 1; a bad command line exits 2.
#pragma once

#include "api/types.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace zadig {

class ZadigClient;
class TokenStore;
struct ApiError;

namespace sim {
class Simulator;
}

class Cli : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl server;
        bool demo = false;
        QString apiGeneration = QStringLiteral("3");
        QString project;
        QString command;
        QStringList arguments;
        QString format;
        QString output;
        bool all = false;
        int timeoutSeconds = 3600;
        double intervalSeconds = 3;
    };

    // Parses QCoreApplication::arguments(). --help and --version print and exit; nullopt with
    // `error` set on a bad command line.
    static std::optional<Options> parse(const QStringList &arguments, QString *error);

    explicit Cli(Options options, QObject *parent = nullptr);
    ~Cli() override;

    // Runs the command; the application exits with its code when it ends.
    void start();

private:
    void connectThenRun();
    void run();
    void list();
    void show();
    void exportVersion();
    void compare();
    void wait();
    void poll();

    // Finds the version called `name` (by paging through the list) and reads its detail.
    void readVersion(const QString &name,
                     std::function<void(const VersionInfo &, const VersionDetail &)> then);
    void findVersion(const QString &name, int page, std::function<void(const VersionInfo &)> then);
    void listAll(int page, QList<VersionInfo> soFar);
    void printList(const QList<VersionInfo> &versions, int total);

    bool writeOut(const QByteArray &bytes);
    void fail(const ApiError &error);
    void fail(const QString &kind, const QString &message);
    void finish(int code);

    Options m_options;
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ZadigClient> m_client;
    std::unique_ptr<TokenStore> m_tokens;
    QString m_projectName;
    bool m_finished = false;

    // wait
    QString m_waitName;
    QString m_lastProgress;
    qint64 m_deadlineMs = 0;
};

} // namespace zadig
