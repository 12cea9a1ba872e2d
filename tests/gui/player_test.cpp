#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTest>

#include "fixtures.h"
#include "player.h"
#include "support/printers.h"

using kurir::gui::Player;
using kurir::gui::test::gmailToYahoo;

namespace {

class PlayerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        player.setTrace(gmailToYahoo());
        ASSERT_GT(player.count(), 40);
    }
    Player player;
};

} // namespace

TEST_F(PlayerTest, OpensAtTheFirstStepArrived)
{
    EXPECT_EQ(player.index(), 0);
    EXPECT_EQ(player.progress(), 1.0);
    EXPECT_FALSE(player.isMoving());
}

TEST_F(PlayerTest, SetTraceOpensAtTheAskedStepClamped)
{
    player.setTrace(gmailToYahoo(), 19);
    EXPECT_EQ(player.index(), 19);
    player.setTrace(gmailToYahoo(), 100000);
    EXPECT_EQ(player.index(), player.count() - 1);
    player.setTrace(std::make_shared<kurir::engine::Trace>());
    EXPECT_EQ(player.index(), -1);
    player.stepForward(); // nothing to do, nothing breaks
    EXPECT_EQ(player.index(), -1);
}

TEST_F(PlayerTest, StepForwardTravelsThenRests)
{
    player.setStepAnimation(true);
    player.setSpeed(4.0);
    player.stepForward();
    EXPECT_EQ(player.index(), 1);
    EXPECT_LT(player.progress(), 1.0);
    EXPECT_TRUE(player.isMoving());
    EXPECT_FALSE(player.isPlaying());
    EXPECT_TRUE(QTest::qWaitFor([&] { return !player.isMoving(); }, 3000));
    EXPECT_EQ(player.index(), 1);
    EXPECT_EQ(player.progress(), 1.0);
}

TEST_F(PlayerTest, ArrivesEvenFromARoundingStepShortOfTheEnd)
{
    // Ten frames of a tenth each sum to 0.9999999999999999, not 1.0.
    qreal summed = 0.0;
    for (int i = 0; i < 10; ++i)
        summed += 0.1;
    ASSERT_LT(summed, 1.0);
    player.seek(1, 0.5);
    player.seek(1, summed);
    ASSERT_EQ(player.progress(), summed);
    QSignalSpy moved(&player, &kurir::gui::Player::positionChanged);
    player.seek(1, 1.0);
    EXPECT_EQ(player.progress(), 1.0); // arrived: a step ends and Play rests only here
    EXPECT_EQ(moved.count(), 1);
    player.seek(1, 1.0 - 1e-15); // a move too small to see is still dropped
    EXPECT_EQ(player.progress(), 1.0);
    EXPECT_EQ(moved.count(), 1);
}

TEST_F(PlayerTest, QuickPressesNeverLoseAStep)
{
    player.setStepAnimation(true);
    player.stepForward();
    player.stepForward();
    player.stepForward();
    EXPECT_EQ(player.index(), 3);
}

TEST_F(PlayerTest, BackFromATravellingStepGoesToThePreviousArrivedStep)
{
    player.seek(10);
    player.setStepAnimation(true);
    player.stepForward();
    ASSERT_EQ(player.index(), 11);
    ASSERT_LT(player.progress(), 1.0);
    player.stepBack();
    EXPECT_EQ(player.index(), 10);
    EXPECT_EQ(player.progress(), 1.0);
    EXPECT_FALSE(player.isMoving());
}

TEST_F(PlayerTest, StartEndAndBoundaries)
{
    player.toEnd();
    EXPECT_EQ(player.index(), player.count() - 1);
    player.stepForward();
    EXPECT_EQ(player.index(), player.count() - 1);
    player.toStart();
    EXPECT_EQ(player.index(), 0);
    player.stepBack();
    EXPECT_EQ(player.index(), 0);
    player.seek(-5);
    EXPECT_EQ(player.index(), 0);
    player.seek(7, 0.5);
    EXPECT_EQ(player.index(), 7);
    EXPECT_EQ(player.progress(), 0.5);
}

TEST_F(PlayerTest, PlayAdvancesAndPauseFreezesEverything)
{
    player.setSpeed(4.0);
    QSignalSpy playing(&player, &Player::playingChanged);
    player.play();
    EXPECT_TRUE(player.isPlaying());
    EXPECT_TRUE(QTest::qWaitFor([&] { return player.index() >= 2; }, 5000));
    player.pause();
    EXPECT_FALSE(player.isPlaying());
    ASSERT_EQ(playing.count(), 2);
    const int index = player.index();
    const qreal progress = player.progress();
    QSignalSpy moved(&player, &Player::positionChanged);
    QTest::qWait(200); // nothing moves while paused
    EXPECT_EQ(moved.count(), 0);
    EXPECT_EQ(player.index(), index);
    EXPECT_EQ(player.progress(), progress);
}

TEST_F(PlayerTest, PlayAtTheEndStartsTheStoryAgain)
{
    player.toEnd();
    player.play();
    EXPECT_EQ(player.index(), 0);
    EXPECT_TRUE(player.isPlaying());
    player.pause();
}

TEST_F(PlayerTest, IndexChangedOnlyWhenTheStepChanges)
{
    QSignalSpy index(&player, &Player::indexChanged);
    player.seek(5);
    player.seek(5);
    player.seek(5, 0.3);
    EXPECT_EQ(index.count(), 1);
    player.seek(6);
    EXPECT_EQ(index.count(), 2);
}

TEST_F(PlayerTest, SpeedIsOneOfTheTeachersChoices)
{
    QSignalSpy speed(&player, &Player::speedChanged);
    player.setSpeed(2.0);
    EXPECT_EQ(player.speed(), 2.0);
    player.setSpeed(100.0);
    EXPECT_EQ(player.speed(), 4.0);
    player.setSpeed(0.0);
    EXPECT_EQ(player.speed(), 0.25);
    EXPECT_EQ(speed.count(), 3);
}
