// The drawn icons that stand in for the style's PNG icons: every glyph draws something at every
// size and pixel ratio, follows the palette, and the desktop's icon theme wins where it has one.
#include "icons.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
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

const QList<Glyph> allGlyphs = {Glyph::NewVersion, Glyph::Refresh,  Glyph::Delete,
                                Glyph::First,      Glyph::Previous, Glyph::Next,
                                Glyph::Last,       Glyph::Warning,  Glyph::Information};

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
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
