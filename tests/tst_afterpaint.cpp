// afterNextPaint: what "shown" reports (--check, the start-up benchmark) wait for.
#include "afterpaint.h"
#include "nextturn.h"

#include <QTest>
#include <QWidget>

#include <memory>

using namespace zadig;

namespace {

// Counts its paints, and what a callback saw of them.
class Canvas : public QWidget
{
public:
    int paints = 0;

protected:
    void paintEvent(QPaintEvent *) override { ++paints; }
};

} // namespace

class TestAfterPaint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOnceAfterTheNextPaint()
    {
        Canvas canvas;
        canvas.resize(200, 100);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        QTRY_VERIFY(canvas.paints > 0);
        const int before = canvas.paints;

        int calls = 0;
        int paintsSeen = -1;
        ui::afterNextPaint(&canvas, [&] {
            ++calls;
            paintsSeen = canvas.paints;
        });
        QVERIFY(test::nextTurn());
        QCOMPARE(calls, 0); // nothing was painted: nothing is reported
        canvas.update();
        QTRY_COMPARE(calls, 1);
        QVERIFY(paintsSeen > before);
        canvas.update();
        QTRY_VERIFY(canvas.paints > paintsSeen);
        QVERIFY(test::nextTurn()); // what a paint reports comes on the next turn
        QCOMPARE(calls, 1);        // once, not on every paint
    }

    void hiddenWidgetRunsOnTheNextTurn()
    {
        Canvas canvas;
        bool called = false;
        ui::afterNextPaint(&canvas, [&called] { called = true; });
        QVERIFY(!called); // not synchronously
        QTRY_VERIFY(called);
        QCOMPARE(canvas.paints, 0);
    }

    void destroyedWidgetRunsNothing()
    {
        auto canvas = std::make_unique<Canvas>();
        canvas->resize(200, 100);
        canvas->show();
        QVERIFY(QTest::qWaitForWindowExposed(canvas.get()));
        bool called = false;
        ui::afterNextPaint(canvas.get(), [&called] { called = true; });
        canvas.reset();
        QVERIFY(test::nextTurn());
        QVERIFY(!called);
    }
};

QTEST_MAIN(TestAfterPaint)
#include "tst_afterpaint.moc"
