// The create and retry entry points of MainWindow (issue: create versions wizards).
#include "mainwindow.h"

namespace zadig::ui {

void MainWindow::newVersion()
{
    // Replaced by the create wizard.
}

void MainWindow::retrySelected()
{
    // Replaced by the retry flow.
}

} // namespace zadig::ui
