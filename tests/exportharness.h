// The export and compare dialogs' tests share this: the demo simulator over real HTTP, a client
// for it, the repository the dialogs read through, and the versions and details the client reads
// (the tests' independent expectations).
#pragma once

#include "api/zadigclient.h"
#include "simulator.h"
#include "versionrepository.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QNetworkAccessManager>
#include <QTest>
#include <QWidget>

#include <memory>
#include <optional>

namespace zadig::test {

class ExportHarness
{
public:
    // generation: 3 (2.3-3.4) or 5, set before the seed as the simulator asks.
    bool serve(int generation = 3)
    {
        sim = std::make_unique<sim::Simulator>();
        sim->setApiGeneration(generation);
        if (!sim->loadSeed(QStringLiteral("demo")) || !sim->listen())
            return false;
        nam = std::make_unique<QNetworkAccessManager>();
        client = std::make_unique<ZadigClient>(nam.get());
        client->setBaseUrl(sim->url());
        client->setToken(sim->token());
        repository = std::make_unique<VersionRepository>(client.get());
        return true;
    }

    // The repository, on `project`.
    VersionRepository *repositoryOf(const QString &project)
    {
        repository->setProjectKey(project);
        return repository.get();
    }

    void reset()
    {
        repository.reset();
        client.reset();
        nam.reset();
        sim.reset();
    }

    // The version called `name` on the project's first page (empty id when it is not there).
    VersionInfo version(const QString &project, const QString &name)
    {
        std::optional<Result<VersionPage>> page;
        QObject context;
        client->listVersions(project, 1, 50, &context,
                             [&page](const Result<VersionPage> &r) { page = r; });
        if (!QTest::qWaitFor([&page] { return page.has_value(); }, 10'000) || !*page)
            return VersionInfo();
        for (const VersionInfo &v : page->value().versions) {
            if (v.name == name)
                return v;
        }
        return VersionInfo();
    }

    std::optional<VersionDetail> detail(const QString &project, const VersionInfo &info)
    {
        std::optional<Result<VersionDetail>> answer;
        QObject context;
        client->versionDetail(project, info.id, info.name, &context,
                              [&answer](const Result<VersionDetail> &r) { answer = r; });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10'000) || !*answer)
            return std::nullopt;
        return answer->value();
    }

    // The visible file dialog called `objectName`, wherever it was parented.
    static QFileDialog *fileDialog(const QString &objectName)
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<QFileDialog *>(w);
                d && d->isVisible() && d->objectName() == objectName)
                return d;
        }
        return nullptr;
    }

    // The save dialog `objectName` is open, window-modal, on `path`; accepting it (as its Save
    // button would) writes `bytes` there. A void function for QVERIFY: check
    // QTest::currentTestFailed() after it.
    static void expectSave(const QString &objectName, const QString &path, const QByteArray &bytes)
    {
        QFileDialog *files = nullptr;
        QTRY_VERIFY((files = fileDialog(objectName)));
        QCOMPARE(files->windowModality(), Qt::WindowModal);
        QCOMPARE(files->selectedFiles(), QStringList{path});
        static_cast<QDialog *>(files)->accept(); // QFileDialog's own accept() is protected
        QTRY_VERIFY(QFile::exists(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
    }

    std::unique_ptr<sim::Simulator> sim;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<ZadigClient> client;
    std::unique_ptr<VersionRepository> repository;
};

} // namespace zadig::test
