// Notifier: how the window tells the desktop that a version it watched has settled while the
// user was elsewhere ("Tell me when it is done", issue 16). An interface, so that the window's
// tests record the notices instead of showing them; TrayNotifier is the real one.
#pragma once

#include <QObject>
#include <QString>

class QMainWindow;
class QSystemTrayIcon;

namespace zadig::ui {

struct Notice
{
    QString key; // handed back by activated() when the user clicks the notice
    QString title;
    QString text;
    bool failed = false;
};

class Notifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void notify(const Notice &notice) = 0;
    // The user is back in the window: what is still shown has served its purpose.
    virtual void withdraw() {}

Q_SIGNALS:
    // The user clicked the notice with this key.
    void activated(const QString &key);
};

// A desktop notification through the system tray (QSystemTrayIcon::showMessage; on Linux the
// freedesktop notification service behind it). Its icon is shown only while a notice is out, so
// the tray does not fill with an icon that has nothing to say. Where there is no tray (a bare
// X server, some Wayland desktops) the notice goes to the window's status bar, and the window
// asks for attention (QApplication::alert: a flashing task-bar entry).
class TrayNotifier : public Notifier
{
    Q_OBJECT

public:
    explicit TrayNotifier(QMainWindow *window);

    void notify(const Notice &notice) override;
    void withdraw() override;

private:
    QMainWindow *m_window;
    QSystemTrayIcon *m_tray = nullptr; // made at the first notice that has a tray to go to
    QString m_lastKey; // a tray tells which message was clicked only by showing one at a time
};

} // namespace zadig::ui
