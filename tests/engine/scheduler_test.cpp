// The discrete-event scheduler: the order every run of every scenario depends on, and the
// Task that holds each scheduled action.

#include <algorithm>
#include <functional>
#include <memory>
#include <random>
#include <tuple>
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

// Events scheduled in their own order wait in a sorted lane, the others in the heap. Whatever
// the mix, the events must run in the one total order (time, priority, insertion): checked
// against a sort of everything scheduled, over enough events that the lane is compacted.
TEST(Scheduler, LaneAndHeapTogetherKeepTheOneTotalOrder)
{
    struct Planned
    {
        qint64 time;
        int priority;
        int id;
    };
    Scheduler s;
    std::mt19937 random(7);
    std::vector<Planned> planned;
    std::vector<int> ran;
    std::vector<qint64> ranAt;
    int nextId = 0;
    std::function<void(qint64, int)> plan = [&](qint64 time, int priority) {
        const int id = nextId++;
        planned.push_back({qMax(time, s.now()), priority, id});
        s.at(time, [&, id] {
            ran.push_back(id);
            ranAt.push_back(s.now());
            // Some events schedule more: mostly later than everything (the lane), some soon.
            if (nextId < 30000 && random() % 3 != 0) {
                plan(s.now() + 1 + qint64(random() % 50), int(random() % 3)); // never at now: a
                // lower priority at the current time would rightly run after what ran before it
                if (random() % 4 == 0)
                    plan(s.now() + 100000 + nextId, 0);
            }
        }, priority);
    };
    for (int i = 0; i < 10000; ++i) // up front and in order, as the bulk scenario does
        plan(qint64(i) * 10, 0);
    for (int i = 0; i < 200; ++i) // and out of order
        plan(qint64(random() % 100000), int(random() % 3));
    s.run();

    // The reference order: a stable sort by (time, priority) of the events in the order
    // they were scheduled (`id` is that order).
    std::vector<Planned> expected = planned;
    std::stable_sort(expected.begin(), expected.end(), [](const Planned &a, const Planned &b) {
        return std::tie(a.time, a.priority) < std::tie(b.time, b.priority);
    });
    ASSERT_EQ(ran.size(), expected.size());
    ASSERT_GT(ran.size(), 20000u);
    for (size_t i = 0; i < ran.size(); ++i) {
        ASSERT_EQ(ran[i], expected[i].id) << "at position " << i;
        ASSERT_EQ(ranAt[i], expected[i].time);
    }
    EXPECT_TRUE(s.isEmpty());
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
