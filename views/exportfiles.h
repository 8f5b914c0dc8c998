// ExportFiles: what the export and compare dialogs share: reading a version's detail (or taking
// one already known), saving bytes through an asynchronous file dialog, and the export
// preferences (last folder, last formats) under keys the views own.
#pragma once

#include "api/result.h"
#include "api/types.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

class QFileDialog;
class QObject;
class QWidget;

namespace zadig {
class VersionRepository;
}

namespace zadig::ui {

namespace exportfiles {

// The folder the last export was saved in (the user's documents folder before the first).
QString lastFolder();
void setLastFolder(const QString &folder);
// A remembered choice of the dialog `dialogKey` ("manifest", "compare"), empty when none.
QString lastFormat(const QString &dialogKey);
void setLastFormat(const QString &dialogKey, const QString &format);

// A version name made safe as a file name on every desktop (no path separators, no characters
// Windows refuses).
QString fileNameFor(const QString &versionName);

// Asks where to save `bytes` with a window-modal QFileDialog (objectName `objectName`) opened
// with open(), starting at lastFolder()/`fileName`, and writes them there atomically. A failed
// write is reported in a warning box; `saved` gets the path once written.
QFileDialog *save(QWidget *parent, const QString &objectName, const QString &title,
                  const QString &fileName, const QString &nameFilter, const QByteArray &bytes,
                  std::function<void(const QString &path)> saved = {});

// The detail of `info`: `known` at once (still from the event loop, as an answer would come),
// else read through the repository. `callback` is called once, unless `context` is destroyed.
void readDetail(VersionRepository *repository, const VersionInfo &info,
                const std::optional<VersionDetail> &known, QObject *context,
                std::function<void(const Result<VersionDetail> &)> callback);

} // namespace exportfiles

} // namespace zadig::ui
