// The drawn icons that stand in for the style's PNG icons: every glyph draws something at every
// size and pixel ratio, follows the palette, and the desktop's icon theme wins where it has one.
// DeskStyle asks its base style for the icons it defers only when they are painted, once, and
// they are then exactly the base style's. The interface font skips text shaping where it can.
// The table's status badges are drawn in the colours of the current palette.
#include "delegates.h"
#include "deskstyle.h"
#include "icons.h"
#include "interfacefont.h"

#include <QApplication>
#include <QCommonStyle>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPainter>
#include <QPalette>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zadig::ui;

namespace {

int paintedPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    return count;
}

// The common style, counting what it is asked for.
class CountingStyle : public QCommonStyle
{
public:
    QIcon standardIcon(StandardPixmap which, const QStyleOption *option,
                       const QWidget *widget) const override
    {
        ++asked[which];
        return QCommonStyle::standardIcon(which, option, widget);
    }
    mutable QHash<StandardPixmap, int> asked;
};

const QList<Glyph> allGlyphs = {Glyph::NewVersion,  Glyph::Refresh, Glyph::Delete,  Glyph::First,
                                Glyph::Previous,    Glyph::Next,    Glyph::Last,    Glyph::Warning,
                                Glyph::Information, Glyph::Export,  Glyph::Compare, Glyph::Search};

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyGlyphDrawsAtEverySize_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<qreal>("ratio");
        QTest::newRow("16") << 16 << 1.0;
        QTest::newRow("24") << 24 << 1.0;
        QTest::newRow("24@2x") << 24 << 2.0;
        QTest::newRow("48") << 48 << 1.0;
    }

    void everyGlyphDrawsAtEverySize()
    {
        QFETCH(int, size);
        QFETCH(qreal, ratio);
        for (Glyph glyph : allGlyphs) {
            const QPixmap pixmap = glyphIcon(glyph).pixmap(QSize(size, size), ratio);
            QCOMPARE(pixmap.size(), QSize(size, size) * ratio);
            const int painted = paintedPixels(pixmap.toImage());
            const int area = pixmap.width() * pixmap.height();
            // Something, and not a filled square.
            QVERIFY2(painted > area / 20, qPrintable(u"glyph %1"_s.arg(int(glyph))));
            QVERIFY2(painted < area * 9 / 10, qPrintable(u"glyph %1"_s.arg(int(glyph))));
        }
    }

    void inkFollowsThePaletteAndMode()
    {
        const QPalette saved = QApplication::palette();
        QPalette red = saved;
        red.setColor(QPalette::Active, QPalette::ButtonText, Qt::red);
        red.setColor(QPalette::Disabled, QPalette::ButtonText, Qt::blue);
        QApplication::setPalette(red);
        const QIcon icon = glyphIcon(Glyph::Next);
        const QImage normal = icon.pixmap(QSize(24, 24), 1.0, QIcon::Normal).toImage();
        const QImage disabled = icon.pixmap(QSize(24, 24), 1.0, QIcon::Disabled).toImage();
        QApplication::setPalette(saved);
        const QColor centre = normal.pixelColor(12, 12);
        QCOMPARE(centre.rgb(), QColor(Qt::red).rgb());
        QCOMPARE(disabled.pixelColor(12, 12).rgb(), QColor(Qt::blue).rgb());
        // A palette change draws anew instead of reusing the red pixmap.
        const QImage again = icon.pixmap(QSize(24, 24), 1.0, QIcon::Normal).toImage();
        QCOMPARE(again.pixelColor(12, 12).rgb(), saved.color(QPalette::ButtonText).rgb());
    }

    void themeIconWinsWhereTheDesktopHasOne()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString theme = dir.filePath(u"zadigtest"_s);
        QVERIFY(QDir().mkpath(theme + u"/16x16/actions"_s));
        QFile index(theme + u"/index.theme"_s);
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("[Icon Theme]\nName=zadigtest\nDirectories=16x16/actions\n\n"
                    "[16x16/actions]\nSize=16\nType=Fixed\n");
        index.close();
        QImage green(16, 16, QImage::Format_ARGB32);
        green.fill(Qt::green);
        QVERIFY(green.save(theme + u"/16x16/actions/go-next.png"_s));

        const QStringList savedPaths = QIcon::themeSearchPaths();
        const QString savedTheme = QIcon::themeName();
        QIcon::setThemeSearchPaths({dir.path()});
        QIcon::setThemeName(u"zadigtest"_s);
        const QImage themed = themedIcon(u"go-next"_s, Glyph::Next).pixmap(16, 16).toImage();
        const QImage fallback =
            themedIcon(u"zadig-no-such-icon"_s, Glyph::Next).pixmap(16, 16).toImage();
        QIcon::setThemeName(savedTheme);
        QIcon::setThemeSearchPaths(savedPaths);

        QCOMPARE(themed.pixelColor(8, 8).rgb(), QColor(Qt::green).rgb());
        QCOMPARE(paintedPixels(themed), 16 * 16);
        // No such icon in the theme: the drawn glyph.
        QCOMPARE(paintedPixels(fallback),
                 paintedPixels(glyphIcon(Glyph::Next).pixmap(16, 16).toImage()));
    }

    void deskStyleAsksForDeferredIconsWhenPainted_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("tool bar extension") << int(QStyle::SP_ToolBarHorizontalExtensionButton);
        QTest::newRow("vertical extension") << int(QStyle::SP_ToolBarVerticalExtensionButton);
        QTest::newRow("line edit clear") << int(QStyle::SP_LineEditClearButton);
    }

    void deskStyleAsksForDeferredIconsWhenPainted()
    {
        QFETCH(int, which);
        const auto standard = QStyle::StandardPixmap(which);
        auto *base = new CountingStyle;
        DeskStyle style(base);
        QVERIFY(DeskStyle::defers(standard));

        const QIcon icon = style.standardIcon(standard);
        QVERIFY(!icon.isNull());
        QCOMPARE(base->asked.value(standard), 0);

        const QImage painted = icon.pixmap(QSize(16, 16)).toImage();
        QCOMPARE(base->asked.value(standard), 1);
        icon.pixmap(QSize(32, 32));
        QCOMPARE(base->asked.value(standard), 1); // asked once
        QVERIFY(paintedPixels(painted) > 0);
        const QImage direct = QCommonStyle().standardIcon(standard).pixmap(QSize(16, 16)).toImage();
        QCOMPARE(painted.convertToFormat(QImage::Format_ARGB32),
                 direct.convertToFormat(QImage::Format_ARGB32));
    }

    void deskStyleForwardsTheOtherIcons()
    {
        auto *base = new CountingStyle;
        DeskStyle style(base);
        QVERIFY(!DeskStyle::defers(QStyle::SP_MessageBoxWarning));
        const QIcon icon = style.standardIcon(QStyle::SP_MessageBoxWarning);
        QCOMPARE(base->asked.value(QStyle::SP_MessageBoxWarning), 1);
        QCOMPARE(icon.pixmap(QSize(32, 32)).toImage(),
                 QCommonStyle()
                     .standardIcon(QStyle::SP_MessageBoxWarning)
                     .pixmap(QSize(32, 32))
                     .toImage());
    }

    // What start-up builds (a menu bar, a line edit with a clear button) asks the style for no
    // icon it does not paint.
    void widgetsBuiltOnDeskStyleDecodeNothingUnpainted()
    {
        auto *base = new CountingStyle;
        auto *style = new DeskStyle(base);
        QApplication::setStyle(style);
        {
            QMenuBar bar;
            bar.addMenu(u"File"_s);
            QLineEdit edit;
            edit.setClearButtonEnabled(true);
            bar.resize(400, 30);
            bar.show();
            edit.show();
            QVERIFY(QTest::qWaitForWindowExposed(&edit));
            QCOMPARE(base->asked.value(QStyle::SP_ToolBarHorizontalExtensionButton), 0);
            QCOMPARE(base->asked.value(QStyle::SP_LineEditClearButton), 0);
            // Typing shows the clear button: now it is asked for.
            QTest::keyClicks(&edit, u"x"_s);
            QTRY_COMPARE(base->asked.value(QStyle::SP_LineEditClearButton), 1);
        }
        QApplication::setStyle(u"Fusion"_s);
    }

    // The platform's interface font, unchanged but for skipping shaping; widgets built after
    // inherit it.
    void interfaceFontSkipsShaping()
    {
        const QFont saved = QApplication::font();
        QVERIFY(!(saved.styleStrategy() & QFont::PreferNoShaping));
        useUnshapedInterfaceFont();
        const QFont font = QApplication::font();
        QApplication::setFont(saved);
        QVERIFY(font.styleStrategy() & QFont::PreferNoShaping);
        QCOMPARE(font.families(), saved.families());
        QCOMPARE(font.pointSizeF(), saved.pointSizeF());
        QCOMPARE(font.weight(), saved.weight());

        useUnshapedInterfaceFont();
        QLabel label(u"release-000042"_s);
        const bool inherited = label.font().styleStrategy() & QFont::PreferNoShaping;
        QApplication::setFont(saved);
        QVERIFY(inherited);
    }

    // A light/dark switch repaints a status badge in the new palette's colours.
    void statusIconFollowsThePalette()
    {
        const QPalette saved = QApplication::palette();
        QPalette light = saved;
        light.setColor(QPalette::Base, Qt::white);
        QPalette dark = saved;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        QVERIFY(statusColor(zadig::VersionStatus::Failed, light) !=
                statusColor(zadig::VersionStatus::Failed, dark));

        const QIcon icon = statusIcon(zadig::VersionStatus::Failed);
        QApplication::setPalette(light);
        // Inside the disc, away from its cross.
        const QColor onLight = icon.pixmap(QSize(32, 32)).toImage().pixelColor(6, 16);
        QApplication::setPalette(dark);
        const QColor onDark = icon.pixmap(QSize(32, 32)).toImage().pixelColor(6, 16);
        QApplication::setPalette(saved);
        QCOMPARE(onLight.rgb(), statusColor(zadig::VersionStatus::Failed, light).rgb());
        QCOMPARE(onDark.rgb(), statusColor(zadig::VersionStatus::Failed, dark).rgb());
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
