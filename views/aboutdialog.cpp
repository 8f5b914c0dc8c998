#include "aboutdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

#ifndef ZADIG_HOMEPAGE_URL
#define ZADIG_HOMEPAGE_URL "https://github.com/zadig-desk/zadig-desk"
#endif

namespace zadig::ui {

QString AboutDialog::zadigDocsUrl()
{
    return u"https://docs.koderover.com"_s;
}

QString AboutDialog::projectUrl()
{
    return QStringLiteral(ZADIG_HOMEPAGE_URL);
}

QString AboutDialog::details()
{
    return u"Zadig Desk %1\nQt %2 (built with %3)\n%4 (%5)"_s.arg(
        QStringLiteral(ZADIG_VERSION_STRING), QString::fromLatin1(qVersion()),
        QStringLiteral(QT_VERSION_STR), QSysInfo::prettyProductName(),
        QSysInfo::currentCpuArchitecture());
}

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Zadig Desk"));

    auto *icon = new QLabel(this);
    QIcon appIcon = QApplication::windowIcon();
    if (appIcon.isNull())
        appIcon = QIcon::fromTheme(u"io.github.zadigdesk.ZadigDesk"_s);
    if (!appIcon.isNull())
        icon->setPixmap(appIcon.pixmap(64));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    icon->setVisible(!appIcon.isNull());

    QStringList paragraphs;
    paragraphs << u"<h2>%1</h2>"_s.arg(tr("Zadig Desk"));
    paragraphs << u"<p>%1</p>"_s.arg(
        tr("Version %1").arg(QStringLiteral(ZADIG_VERSION_STRING)).toHtmlEscaped());
    paragraphs << u"<p>%1</p>"_s.arg(
        tr("A desktop client for the delivery versions (版本管理) of Zadig, the CI/CD "
           "platform: browse, create, retry, compare, export and delete versions.")
            .toHtmlEscaped());
    paragraphs << u"<p>%1<br>%2</p>"_s.arg(
        tr("Qt %1 (built with Qt %2)")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))
            .toHtmlEscaped(),
        QSysInfo::prettyProductName().toHtmlEscaped());
#ifdef ZADIG_HAS_LICENSE_FILE
    paragraphs << u"<p>%1</p>"_s.arg(
        tr("Licence: Apache License, version 2.0 (see the LICENSE file).").toHtmlEscaped());
#endif
    paragraphs << u"<p><a href=\"%1\">%2</a><br><a href=\"%3\">%4</a></p>"_s.arg(
        zadigDocsUrl(), tr("Zadig documentation").toHtmlEscaped(), projectUrl(),
        tr("Zadig Desk project page").toHtmlEscaped());

    auto *text = new QLabel(paragraphs.join(QString()), this);
    text->setObjectName(u"aboutText"_s);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyDetailsButton"_s);
    connect(copy, &QPushButton::clicked, this,
            [] { QApplication::clipboard()->setText(details()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addSpacing(12);
    top->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace zadig::ui
