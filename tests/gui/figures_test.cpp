#include <gtest/gtest.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>

#include "journeyview.h"
#include "language.h"
#include "mainwindow.h"
#include "player.h"
#include "support/printers.h"

// The figures, measured on the offscreen platform and printed for the README: a
// step (forward or back) with the window's repaint, an animation frame of the journey, and
// opening a scenario to its first painted frame. The bounds are loose (shared CI machines);
// the printed numbers are the figures.
TEST(Figures, OpeningSteppingAndAnimating)
{
    kurir::gui::installLanguage(QStringLiteral("en"));
    QElapsedTimer t;
    t.start();
    kurir::gui::MainWindow w(false);
    w.resize(1600, 900);
    ASSERT_TRUE(w.openScenario(QStringLiteral("gmail-to-yahoo")));
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    w.repaint();
    const qint64 open = t.elapsed();

    kurir::gui::Player *p = w.player();
    p->setStepAnimation(false);
    const int n = p->count() - 1;
    t.restart();
    for (int i = 0; i < n; ++i) {
        p->stepForward();
        w.repaint();
    }
    for (int i = 0; i < n; ++i) {
        p->stepBack();
        w.repaint();
    }
    const double step = double(t.nsecsElapsed()) / 1e6 / (2 * n);

    t.restart();
    constexpr int frames = 120;
    for (int i = 0; i < frames; ++i) {
        p->seek(20 + i % 20, (i % 10) / 10.0);
        w.journeyView()->repaint();
    }
    const double frame = double(t.nsecsElapsed()) / 1e6 / frames;

    std::printf("[ figures  ] open to first painted frame %lld ms; step with repaint %.2f ms; journey frame %.2f ms\n",
                open, step, frame);
    RecordProperty("open_ms", int(open));
    RecordProperty("step_us", int(step * 1000));
    RecordProperty("frame_us", int(frame * 1000));
    EXPECT_LT(open, 3000);
    EXPECT_LT(step, 100.0);
    EXPECT_LT(frame, 100.0);
}
