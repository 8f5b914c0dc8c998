// AboutDialog: what this program is, its version, the Qt it was built with and runs on, and
// links to Zadig's documentation and the project page. A licence line appears only once the
// project has a LICENSE file.
#pragma once

#include <QDialog>

namespace zadig::ui {

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The facts a bug report needs, as plain text (Copy Details).
    static QString details();
    static QString zadigDocsUrl();
    static QString projectUrl();
};

} // namespace zadig::ui
