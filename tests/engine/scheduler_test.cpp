// The discrete-event scheduler: the order every run of every scenario depends on, and the
// Task that holds each scheduled action.

#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <QByteArray>

#include "engine/scheduler.h"

namespace kurir::engine {
namespace {

TEST(Scheduler, RunsByTimeThenPriorityThenInsertion)
{
    Scheduler s;
    std::string order;
    s.at(20, [&] { order += 'd'; });
    s.at(10, [&] { order += 'b'; }, 1);
    s.at(10, [&] { order += 'a'; }, 0);
    s.at(10, [&] { order += 'c'; }, 1); // same time and priority as 'b': after it
    s.at(5, [&] { order += '0'; }, 9);
    s.run();
    EXPECT_EQ(order, "0abcd");
    EXPECT_EQ(s.now(), 20);
    EXPECT_EQ(s.executed(), 5u);
    EXPECT_TRUE(s.isEmpty());
}

TEST(Scheduler, ManyEqualTimesStayFirstInFirstOut)
{
    Scheduler s;
    std::vector<int> order;
    for (int i = 0; i < 1000; ++i)
        s.at(7, [&order, i] { order.push_back(i); });
    s.run();
    ASSERT_EQ(order.size(), 1000u);
    for (int i = 0; i < 1000; ++i)
        ASSERT_EQ(order[size_t(i)], i);
}

TEST(Scheduler, ActionsScheduleMoreAndNeverIntoThePast)
{
    Scheduler s;
    std::vector<std::pair<qint64, char>> seen;
    s.at(100, [&] {
        seen.emplace_back(s.now(), 'a');
        s.after(0, [&] { seen.emplace_back(s.now(), 'c'); });
        s.at(50, [&] { seen.emplace_back(s.now(), 'd'); }); // in the past: runs now, last
        s.after(-5, [&] { seen.emplace_back(s.now(), 'e'); });
    });
    s.at(100, [&] { seen.emplace_back(s.now(), 'b'); });
    s.run();
    const std::vector<std::pair<qint64, char>> expected{{100, 'a'}, {100, 'b'}, {100, 'c'}, {100, 'd'}, {100, 'e'}};
    EXPECT_EQ(seen, expected);
}

TEST(Scheduler, RunStopsBeforeTheGivenTime)
{
    Scheduler s;
    int ran = 0;
    s.at(10, [&] { ++ran; });
    s.at(30, [&] { ++ran; });
    s.run(20);
    EXPECT_EQ(ran, 1);
    EXPECT_EQ(s.now(), 10);
    EXPECT_FALSE(s.isEmpty());
    EXPECT_TRUE(s.step());
    EXPECT_EQ(ran, 2);
    EXPECT_FALSE(s.step());
}

// Slots are reused: an action scheduled into a freed slot must be the one that runs, and
// each captured object must be released exactly once.
TEST(Scheduler, ReusedSlotsRunTheirOwnActionAndReleaseCapturesOnce)
{
    Scheduler s;
    auto token = std::make_shared<int>(0);
    std::string order;
    for (int round = 0; round < 3; ++round) {
        for (char c = 'a'; c < 'd'; ++c)
            s.after(1, [&order, c, token] { order += c; });
        s.run();
    }
    EXPECT_EQ(order, "abcabcabc");
    EXPECT_EQ(token.use_count(), 1) << "every copy held by an action is gone once it ran";
}

TEST(Task, SmallCallablesInsideLargeOnesOnTheHeapBothRunAndDieOnce)
{
    auto token = std::make_shared<int>(0);
    const QByteArray bytes("MAIL FROM:<alice@gmail.example>\r\n");
    int small = 0, large = 0;
    {
        Task a([token, bytes, &small] { small += int(bytes.size()); });
        struct Big { char pad[200]; };
        Task b([token, big = Big{}, &large] { large += int(sizeof big.pad); });
        EXPECT_EQ(token.use_count(), 3);
        Task moved(std::move(a));
        EXPECT_FALSE(a);
        ASSERT_TRUE(moved);
        moved();
        Task other;
        other = std::move(b);
        other();
        EXPECT_EQ(token.use_count(), 3) << "moving a task moves its captures, it copies none";
    }
    EXPECT_EQ(small, int(bytes.size()));
    EXPECT_EQ(large, 200);
    EXPECT_EQ(token.use_count(), 1);
}

} // namespace
} // namespace kurir::engine
