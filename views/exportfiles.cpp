#include "exportfiles.h"

#include "messageboxes.h"
#include "versionrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace zadig::ui::exportfiles {

namespace {
// Views-owned keys: the typed Settings class holds what the models share; these are only the
// export dialogs' own memory.
const QString FolderKey = u"views/export/lastFolder"_s;
QString formatKey(const QString &dialogKey)
{
    return u"views/export/"_s + dialogKey + u"Format"_s;
}
} // namespace

QString lastFolder()
{
    const QString folder = QSettings().value(FolderKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void setLastFolder(const QString &folder)
{
    QSettings().setValue(FolderKey, folder);
}

QString lastFormat(const QString &dialogKey)
{
    return QSettings().value(formatKey(dialogKey)).toString();
}

void setLastFormat(const QString &dialogKey, const QString &format)
{
    QSettings().setValue(formatKey(dialogKey), format);
}

QString fileNameFor(const QString &versionName)
{
    QString name = versionName.trimmed();
    for (QChar &c : name) {
        if (c.unicode() < 0x20 || u"/\\:*?\"<>|"_s.contains(c))
            c = u'-';
    }
    // Windows drops trailing dots and spaces, and a name of dots means a folder.
    while (name.endsWith(u'.') || name.endsWith(u' '))
        name.chop(1);
    return name.isEmpty() ? u"version"_s : name;
}

QFileDialog *save(QWidget *parent, const QString &objectName, const QString &title,
                  const QString &fileName, const QString &nameFilter, const QByteArray &bytes,
                  std::function<void(const QString &path)> saved)
{
    auto *dialog = new QFileDialog(parent, title, lastFolder(), nameFilter);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QFileInfo(fileName).suffix());
    dialog->selectFile(QDir(lastFolder()).filePath(fileName));
    QPointer<QWidget> owner(parent);
    QObject::connect(
        dialog, &QFileDialog::fileSelected, dialog,
        [owner, bytes, saved = std::move(saved)](const QString &path) {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
                !file.commit()) {
                MessageBoxes::warning(
                    owner, QCoreApplication::translate("ExportFiles", "Could Not Save"),
                    QCoreApplication::translate("ExportFiles", "“%1” could not be written.")
                        .arg(QDir::toNativeSeparators(path)),
                    file.errorString());
                return;
            }
            setLastFolder(QFileInfo(path).absolutePath());
            if (saved)
                saved(path);
        });
    dialog->open();
    return dialog;
}

void readDetail(VersionRepository *repository, const VersionInfo &info,
                const std::optional<VersionDetail> &known, QObject *context,
                std::function<void(const Result<VersionDetail> &)> callback)
{
    if (known) {
        // Answered from the event loop like a request, so a caller sets up one way for both.
        QTimer::singleShot(0, context, [detail = *known, callback = std::move(callback)] {
            callback(Result<VersionDetail>(detail));
        });
        return;
    }
    repository->read(info.id, info.name, context, std::move(callback));
}

} // namespace zadig::ui::exportfiles
