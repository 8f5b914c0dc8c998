#include "notifier.h"

#include "icons.h"

#include <QApplication>
#include <QMainWindow>
#include <QStatusBar>
#if QT_CONFIG(systemtrayicon)
#include <QSystemTrayIcon>
#endif

using namespace Qt::StringLiterals;

namespace zadig::ui {

TrayNotifier::TrayNotifier(QMainWindow *window) : Notifier(window), m_window(window) {}

void TrayNotifier::notify(const Notice &notice)
{
    m_lastKey = notice.key;
#if QT_CONFIG(systemtrayicon)
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            QIcon icon = QApplication::windowIcon();
            if (icon.isNull())
                icon = QIcon::fromTheme(u"io.github.zadigdesk.ZadigDesk"_s);
            if (icon.isNull())
                icon = glyphIcon(Glyph::Information);
            m_tray = new QSystemTrayIcon(icon, this);
            m_tray->setToolTip(QApplication::applicationDisplayName());
            connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                    [this] { Q_EMIT activated(m_lastKey); });
            // Clicking the icon itself brings the window back too.
            connect(m_tray, &QSystemTrayIcon::activated, this,
                    [this](QSystemTrayIcon::ActivationReason reason) {
                        if (reason == QSystemTrayIcon::Trigger)
                            Q_EMIT activated(m_lastKey);
                    });
        }
        m_tray->show();
        m_tray->showMessage(notice.title, notice.text,
                            notice.failed ? QSystemTrayIcon::Warning
                                          : QSystemTrayIcon::Information);
        return;
    }
#endif
    m_window->statusBar()->showMessage(notice.text);
    QApplication::alert(m_window);
}

void TrayNotifier::withdraw()
{
#if QT_CONFIG(systemtrayicon)
    if (m_tray)
        m_tray->hide();
#endif
}

} // namespace zadig::ui
