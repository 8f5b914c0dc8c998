#include "cli.h"

#include "api/apierror.h"
#include "api/zadigclient.h"
#include "apigeneration.h"
#include "connections.h"
#include "exportformat.h"
#include "manifest.h"
#include "simulator.h"
#include "textwidth.h"
#include "tokenstore.h"
#include "versioncompare.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace zadig {
namespace {

// The list is paged through with this many rows per request.
constexpr int ListPageSize = 100;

void printErr(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stderr);
    std::fflush(stderr);
}

QString timeText(qint64 seconds)
{
    if (seconds <= 0)
        return QString();
    return QDateTime::fromSecsSinceEpoch(seconds).toString(u"yyyy-MM-dd HH:mm"_s);
}

QString progressText(const VersionInfo &info)
{
    QString text = info.rawStatus.isEmpty() ? u"unknown"_s : info.rawStatus;
    if (info.progress && info.progress->totalCount > 0)
        text += u" %1/%2"_s.arg(info.progress->successCount).arg(info.progress->totalCount);
    return text;
}

// Columns padded to their widest cell; the last one is not padded.
QString table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = qMax(widths[i], qsizetype(displayColumns(row.at(i))));
        }
    }
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            line += row.at(i);
            if (i + 1 < row.size())
                line += QString(widths.at(i) + 2 - displayColumns(row.at(i)), u' ');
        }
        while (line.endsWith(u' '))
            line.chop(1);
        out += line + u'\n';
    }
    return out;
}

QByteArray manifestText(const Manifest &m)
{
    QList<QStringList> facts = {
        {u"Version:"_s, m.version},
        {u"Project:"_s, m.projectKey},
        {u"Type:"_s, m.typeText},
        {u"Status:"_s, m.statusText},
        {u"Labels:"_s, m.labels.join(u", "_s)},
        {u"Description:"_s, m.description},
        {u"Created by:"_s, m.creator},
        {u"Created:"_s, timeText(m.createTime)},
    };
    QString out = table(facts);
    if (!m.charts.isEmpty()) {
        QList<QStringList> rows;
        for (const ManifestChart &c : m.charts)
            rows.append({u"  "_s + c.name, c.version, c.repo});
        out += u"Charts:\n"_s + table(rows);
    }
    QList<QStringList> rows;
    for (const ManifestImage &i : m.images)
        rows.append({u"  "_s + i.service + u'/' + i.module, i.image});
    out += u"Images:\n"_s + (rows.isEmpty() ? u"  (none)\n"_s : table(rows));
    return out.toUtf8();
}

QByteArray comparisonText(const Comparison &c)
{
    QString out =
        u"%1 → %2: %3\n"_s.arg(c.oldSide.version, c.newSide.version, countsText(c.counts()));
    for (const CompareSide *side : {&c.oldSide, &c.newSide}) {
        if (!side->isAvailable())
            out += u"%1 is unavailable: %2\n"_s.arg(side->version, side->unavailableReason);
    }
    for (const CompareRow &row : c.rows) {
        const QString where = row.service + u'/' + row.module;
        switch (row.change) {
        case ChangeKind::Unchanged:
            break;
        case ChangeKind::Added:
            out += u"+ %1  %2\n"_s.arg(where, row.newRef);
            break;
        case ChangeKind::Removed:
            out += u"- %1  %2\n"_s.arg(where, row.oldRef);
            break;
        case ChangeKind::Unavailable:
            out += u"? %1  %2\n"_s.arg(where, row.oldRef.isEmpty() ? row.newRef : row.oldRef);
            break;
        case ChangeKind::TagChanged:
        case ChangeKind::RegistryChanged:
        case ChangeKind::ChartVersionChanged:
            out += u"~ %1  %2 → %3 (%4)\n"_s.arg(where, row.oldRef, row.newRef,
                                                 changeKindName(row.change));
            break;
        }
    }
    return out.toUtf8();
}

QJsonObject versionJson(const VersionInfo &v)
{
    return QJsonObject{
        {u"id"_s, v.id},
        {u"name"_s, v.name},
        {u"type"_s, v.rawType},
        {u"status"_s, v.rawStatus},
        {u"labels"_s, QJsonArray::fromStringList(v.labels)},
        {u"description"_s, v.description},
        {u"creator"_s, v.createdBy},
        {u"created"_s, v.createTime > 0 ? QJsonValue(exportformat::isoTime(
                                              v.createTime, QTimeZone::systemTimeZone()))
                                        : QJsonValue()},
    };
}

} // namespace

std::optional<Cli::Options> Cli::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Zadig delivery versions from the command line.\n\n"
        "Commands:\n"
        "  list [--all]                 the project's newest versions (every one with --all)\n"
        "  show NAME                    a version and what it delivers\n"
        "  export NAME --format F       its release manifest: markdown, csv or json\n"
        "  compare OLD NEW              what changed between two versions\n"
        "  wait NAME                    wait until the version succeeds (exit 0) or fails (1)\n\n"
        "The API token comes from ZADIG_TOKEN, else from the system keychain (as zadig-desk "
        "saved it). Without --server the connection zadig-desk uses is taken."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(
        u"server"_s, u"The Zadig server, e.g. https://zadig.example.com."_s, u"url"_s);
    const QCommandLineOption demo(u"demo"_s, u"Use an embedded demo server."_s);
    const QCommandLineOption generation(
        u"api-generation"_s, u"Which Zadig the demo server imitates: 3, 4 or 5."_s, u"n"_s, u"3"_s);
    const QCommandLineOption project(u"project"_s, u"The project's key."_s, u"key"_s);
    const QCommandLineOption format(u"format"_s,
                                    u"Output: text or json (list, show); markdown, csv or json "
                                    "(export); text, markdown or json (compare)."_s,
                                    u"format"_s);
    const QCommandLineOption output(u"output"_s, u"Write the export to this file."_s, u"file"_s);
    const QCommandLineOption all(u"all"_s, u"list: every version, not only the newest page."_s);
    const QCommandLineOption timeout(u"timeout"_s, u"wait: give up after this many seconds."_s,
                                     u"s"_s, u"3600"_s);
    const QCommandLineOption interval(u"interval"_s, u"wait: seconds between two looks."_s, u"s"_s,
                                      u"3"_s);
    parser.addOptions({server, demo, generation, project, format, output, all, timeout, interval});
    parser.addPositionalArgument(u"command"_s, u"list, show, export, compare or wait."_s);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();

    Options o;
    o.demo = parser.isSet(demo);
    o.apiGeneration = parser.value(generation);
    o.project = parser.value(project);
    o.format = parser.value(format).toLower();
    o.output = parser.value(output);
    o.all = parser.isSet(all);
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        *error = u"no command: list, show, export, compare or wait"_s;
        return std::nullopt;
    }
    o.command = positional.first();
    o.arguments = positional.mid(1);
    if (parser.isSet(server)) {
        o.server = QUrl::fromUserInput(parser.value(server));
        if (!isUsableServerUrl(o.server)) {
            *error = u"--server: not an http(s) address: %1"_s.arg(parser.value(server));
            return std::nullopt;
        }
    }
    if (o.demo && !sim::parseApiGeneration(o.apiGeneration)) {
        *error = u"--api-generation: 3, 4 or 5 (or 4.0 … 4.3)"_s;
        return std::nullopt;
    }
    if (o.project.isEmpty()) {
        *error = u"--project KEY is needed"_s;
        return std::nullopt;
    }
    bool ok = false;
    o.timeoutSeconds = parser.value(timeout).toInt(&ok);
    if (!ok || o.timeoutSeconds <= 0) {
        *error = u"--timeout: a number of seconds"_s;
        return std::nullopt;
    }
    o.intervalSeconds = parser.value(interval).toDouble(&ok);
    if (!ok || o.intervalSeconds <= 0) {
        *error = u"--interval: a number of seconds"_s;
        return std::nullopt;
    }

    const QHash<QString, std::pair<int, QStringList>> commands = {
        {u"list"_s, {0, {u"text"_s, u"json"_s}}},
        {u"show"_s, {1, {u"text"_s, u"json"_s}}},
        {u"export"_s, {1, {u"markdown"_s, u"csv"_s, u"json"_s}}},
        {u"compare"_s, {2, {u"text"_s, u"markdown"_s, u"json"_s}}},
        {u"wait"_s, {1, {}}},
    };
    const auto command = commands.constFind(o.command);
    if (command == commands.cend()) {
        *error = u"unknown command: %1 (list, show, export, compare or wait)"_s.arg(o.command);
        return std::nullopt;
    }
    if (o.arguments.size() != command->first) {
        *error = command->first == 0
                     ? u"%1 takes no version name"_s.arg(o.command)
                     : u"%1 needs %2 version name(s)"_s.arg(o.command).arg(command->first);
        return std::nullopt;
    }
    if (o.format.isEmpty() && o.command == u"export"_s) {
        *error = u"export needs --format markdown, csv or json"_s;
        return std::nullopt;
    }
    if (o.format.isEmpty())
        o.format = u"text"_s;
    if (!command->second.isEmpty() && !command->second.contains(o.format)) {
        *error = u"--format for %1: %2"_s.arg(o.command, command->second.join(u", "_s));
        return std::nullopt;
    }
    return o;
}

Cli::Cli(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)),
      m_nam(std::make_unique<QNetworkAccessManager>()),
      m_client(std::make_unique<ZadigClient>(m_nam.get()))
{}

Cli::~Cli() = default;

void Cli::start()
{
    // Scripts read stdout and stderr: the client's and the simulator's traces stay out unless
    // asked for with QT_LOGGING_RULES.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"zadig.*.debug=false\nzadig.*.info=false"_s);
    if (m_options.demo) {
        m_sim = std::make_unique<sim::Simulator>();
        m_sim->setApiGeneration(*sim::parseApiGeneration(m_options.apiGeneration));
        if (!m_sim->loadSeed(u"demo"_s) || !m_sim->listen(QHostAddress::LocalHost, 0)) {
            fail(u"network"_s, u"the demo server could not start"_s);
            return;
        }
        m_client->setBaseUrl(m_sim->url());
        m_client->setToken(m_sim->token());
        run();
        return;
    }
    connectThenRun();
}

void Cli::connectThenRun()
{
    QUrl url = m_options.server;
    const Connections connections;
    const Connection saved = url.isValid() ? connections.findByUrl(url) : connections.active();
    if (!url.isValid())
        url = saved.url;
    if (!url.isValid()) {
        fail(u"usage"_s, u"no server: give --server URL (or connect once with zadig-desk)"_s);
        return;
    }
    // The connection's timeout, CA file and pinned certificates, as zadig-desk uses them.
    Connection connection = saved;
    connection.url = url;
    QString caError;
    if (!applyConnection(connection, m_client.get(), &caError)) {
        fail(u"tls"_s, caError);
        return;
    }

    const QString envToken = qEnvironmentVariable("ZADIG_TOKEN").trimmed();
    if (!envToken.isEmpty()) {
        m_client->setToken(envToken);
        run();
        return;
    }
    m_tokens = std::make_unique<TokenStore>();
    m_tokens->readToken(url, [this](TokenVault::Status status, const QString &token,
                                    const QString &error) {
        if (status != TokenVault::Status::Ok || token.isEmpty()) {
            fail(u"unauthorised"_s,
                 u"no API token: set ZADIG_TOKEN or save one for this server in zadig-desk%1"_s.arg(
                     error.isEmpty() ? QString() : u" (keychain: %1)"_s.arg(error)));
            return;
        }
        m_client->setToken(token);
        run();
    });
}

void Cli::run()
{
    const QString &c = m_options.command;
    if (c == u"list"_s)
        list();
    else if (c == u"show"_s)
        show();
    else if (c == u"export"_s)
        exportVersion();
    else if (c == u"compare"_s)
        compare();
    else
        wait();
}

void Cli::list()
{
    if (m_options.all) {
        listAll(1, {});
        return;
    }
    m_client->listVersions(m_options.project, 1, 20, this, [this](const Result<VersionPage> &r) {
        if (!r) {
            fail(r.error());
            return;
        }
        printList(r->versions, r->total);
    });
}

void Cli::listAll(int page, QList<VersionInfo> soFar)
{
    m_client->listVersions(
        m_options.project, page, ListPageSize, this,
        [this, page, soFar = std::move(soFar)](const Result<VersionPage> &r) mutable {
            if (!r) {
                fail(r.error());
                return;
            }
            soFar += r->versions;
            if (!r->versions.isEmpty() && soFar.size() < r->total) {
                listAll(page + 1, std::move(soFar));
                return;
            }
            printList(soFar, r->total);
        });
}

void Cli::printList(const QList<VersionInfo> &versions, int total)
{
    if (m_options.format == u"json"_s) {
        QJsonArray array;
        for (const VersionInfo &v : versions)
            array.append(versionJson(v));
        const QJsonObject o{
            {u"project"_s, m_options.project}, {u"total"_s, total}, {u"versions"_s, array}};
        finish(writeOut(QJsonDocument(o).toJson(QJsonDocument::Indented)) ? 0 : 1);
        return;
    }
    QList<QStringList> rows = {
        {u"NAME"_s, u"STATUS"_s, u"TYPE"_s, u"CREATED"_s, u"CREATOR"_s, u"LABELS"_s}};
    for (const VersionInfo &v : versions) {
        rows.append({v.name, progressText(v), v.rawType, timeText(v.createTime), v.createdBy,
                     v.labels.join(u',')});
    }
    QString text = table(rows);
    if (versions.size() < total)
        text += u"(%1 of %2 versions; --all lists every one)\n"_s.arg(versions.size()).arg(total);
    finish(writeOut(text.toUtf8()) ? 0 : 1);
}

void Cli::findVersion(const QString &name, int page, std::function<void(const VersionInfo &)> then)
{
    m_client->listVersions(
        m_options.project, page, ListPageSize, this,
        [this, name, page, then = std::move(then)](const Result<VersionPage> &r) mutable {
            if (!r) {
                fail(r.error());
                return;
            }
            for (const VersionInfo &v : r->versions) {
                if (v.name == name) {
                    then(v);
                    return;
                }
            }
            if (!r->versions.isEmpty() && page * ListPageSize < r->total) {
                findVersion(name, page + 1, std::move(then));
                return;
            }
            fail(u"not-found"_s, u"no version “%1” in project %2"_s.arg(name, m_options.project));
        });
}

void Cli::readVersion(const QString &name,
                      std::function<void(const VersionInfo &, const VersionDetail &)> then)
{
    findVersion(name, 1, [this, then = std::move(then)](const VersionInfo &info) {
        m_client->versionDetail(m_options.project, info.id, info.name, this,
                                [this, info, then](const Result<VersionDetail> &r) {
                                    if (!r) {
                                        fail(r.error());
                                        return;
                                    }
                                    then(info, r.value());
                                });
    });
}

void Cli::show()
{
    readVersion(m_options.arguments.first(),
                [this](const VersionInfo &info, const VersionDetail &detail) {
                    const Manifest m = makeManifest(m_options.project, QString(), info, detail);
                    const bool json = m_options.format == u"json"_s;
                    finish(writeOut(json ? toJson(m) : manifestText(m)) ? 0 : 1);
                });
}

void Cli::exportVersion()
{
    readVersion(m_options.arguments.first(),
                [this](const VersionInfo &info, const VersionDetail &detail) {
                    const Manifest m = makeManifest(m_options.project, QString(), info, detail);
                    const QString &f = m_options.format;
                    const QByteArray bytes = f == u"csv"_s    ? toCsv(m)
                                             : f == u"json"_s ? toJson(m)
                                                              : toMarkdown(m);
                    finish(writeOut(bytes) ? 0 : 1);
                });
}

void Cli::compare()
{
    const QString oldName = m_options.arguments.at(0);
    const QString newName = m_options.arguments.at(1);
    // One side whose detail the server cannot give (a legacy version) still compares: that
    // side says why. A name that does not exist is an error.
    auto side = [this](const QString &name, std::function<void(const CompareSide &)> then) {
        findVersion(name, 1, [this, then = std::move(then)](const VersionInfo &info) {
            m_client->versionDetail(
                m_options.project, info.id, info.name, this,
                [this, info, then](const Result<VersionDetail> &r) {
                    if (r) {
                        then(CompareSide::of(
                            makeManifest(m_options.project, QString(), info, r.value())));
                        return;
                    }
                    if (r.error().kind != ApiError::Kind::NotFound) {
                        fail(r.error());
                        return;
                    }
                    then(CompareSide::unavailable(info.name, r.error().message()));
                });
        });
    };
    side(oldName, [this, side, newName](const CompareSide &oldSide) {
        side(newName, [this, oldSide](const CompareSide &newSide) {
            const Comparison c = compareVersions(oldSide, newSide);
            const QString &f = m_options.format;
            const QByteArray bytes = f == u"json"_s       ? zadig::toJson(c)
                                     : f == u"markdown"_s ? zadig::toMarkdown(c)
                                                          : comparisonText(c);
            finish(writeOut(bytes) ? 0 : 1);
        });
    });
}

void Cli::wait()
{
    m_waitName = m_options.arguments.first();
    m_deadlineMs = QDateTime::currentMSecsSinceEpoch() + qint64(m_options.timeoutSeconds) * 1000;
    auto *limit = new QTimer(this);
    limit->setSingleShot(true);
    connect(limit, &QTimer::timeout, this, [this] {
        fail(u"timeout"_s,
             u"version “%1” did not settle within %2 s (last seen: %3)"_s.arg(m_waitName)
                 .arg(m_options.timeoutSeconds)
                 .arg(m_lastProgress.isEmpty() ? u"nothing"_s : m_lastProgress));
    });
    limit->start(m_options.timeoutSeconds * 1000);
    poll();
}

void Cli::poll()
{
    readVersion(m_waitName, [this](const VersionInfo &, const VersionDetail &detail) {
        const VersionInfo &info = detail.info;
        const QString progress = progressText(info);
        if (progress != m_lastProgress) {
            m_lastProgress = progress;
            writeOut((u"%1: %2\n"_s.arg(m_waitName, progress)).toUtf8());
        }
        switch (info.status) {
        case VersionStatus::Success:
            finish(0);
            return;
        case VersionStatus::Failed: {
            const QString why = info.progress && !info.progress->error.isEmpty()
                                    ? info.progress->error
                                    : detail.error;
            fail(u"failed"_s, why.isEmpty() ? u"version “%1” failed"_s.arg(m_waitName)
                                            : u"version “%1” failed: %2"_s.arg(m_waitName, why));
            return;
        }
        case VersionStatus::Creating:
        case VersionStatus::Retrying:
        case VersionStatus::Unknown:
            break;
        }
        QTimer::singleShot(qRound(m_options.intervalSeconds * 1000), this, [this] { poll(); });
    });
}

bool Cli::writeOut(const QByteArray &bytes)
{
    if (m_options.output.isEmpty() || m_options.command != u"export"_s) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    QFile file(m_options.output);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(bytes) != bytes.size()) {
        printErr(u"ERROR io: %1: %2"_s.arg(m_options.output, file.errorString()));
        return false;
    }
    return true;
}

void Cli::fail(const ApiError &error)
{
    fail(ApiError::kindName(error.kind), error.message());
}

void Cli::fail(const QString &kind, const QString &message)
{
    if (m_finished)
        return;
    printErr(u"ERROR %1: %2"_s.arg(kind, message));
    finish(1);
}

void Cli::finish(int code)
{
    if (std::exchange(m_finished, true))
        return;
    m_client->abortAll();
    QCoreApplication::exit(code);
}

} // namespace zadig
