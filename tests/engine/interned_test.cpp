// Interned strings: what TraceEvent keeps its narration key and enhanced code in.

#include <array>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "engine/trace.h"
#include "support/printers.h"

namespace kurir::engine {
namespace {

TEST(Interned, EqualTextsShareOneEntry)
{
    const Interned a("relay.DATA");
    const Interned b(QByteArray("relay.") + "DATA");
    EXPECT_EQ(a, b);
    EXPECT_EQ(a.bytes(), QByteArray("relay.DATA"));
    // The same storage: copying the text into an event never allocates.
    EXPECT_EQ(a.bytes().constData(), b.bytes().constData());
    EXPECT_FALSE(a == Interned("relay.QUIT"));
}

TEST(Interned, ComparesWithPlainText)
{
    const Interned key("reply.Override");
    EXPECT_TRUE(key == "reply.Override");
    EXPECT_FALSE(key == "reply.Ok");
    EXPECT_TRUE(key == QByteArrayView("reply.Override"));
}

TEST(Interned, EmptyIsTheDefault)
{
    EXPECT_TRUE(Interned().isEmpty());
    EXPECT_TRUE(Interned("").isEmpty());
    EXPECT_EQ(Interned(), Interned(QByteArray()));
    EXPECT_EQ(Interned().bytes(), QByteArray());
    EXPECT_FALSE(Interned("2.1.5").isEmpty());
}

// Interned keeps a small cache per thread in front of the shared table: many texts that
// share cache slots, asked again and again from several threads, must still each come back
// as themselves, with one index per text across all threads.
TEST(Interned, ManyTextsFromManyThreadsStayThemselves)
{
    constexpr int kTexts = 1500;
    auto textOf = [](int i) { return "test.interned." + QByteArray::number(i * 7919); };
    std::vector<std::vector<Interned>> seen(4, std::vector<Interned>(kTexts));
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 3; ++round)
                for (int i = 0; i < kTexts; ++i) {
                    // A different walk over all texts on each thread (strides coprime to kTexts).
                    const int stride = std::array{7, 11, 13, 17}[size_t(t)];
                    const int k = (i * stride + round) % kTexts;
                    seen[size_t(t)][size_t(k)] = Interned(textOf(k));
                }
        });
    }
    for (std::thread &th : threads)
        th.join();
    for (int i = 0; i < kTexts; ++i) {
        const Interned here(textOf(i));
        ASSERT_EQ(here.bytes(), textOf(i));
        for (int t = 0; t < 4; ++t)
            ASSERT_EQ(seen[size_t(t)][size_t(i)], here) << "text " << i << " on thread " << t;
        if (i > 0) {
            ASSERT_FALSE(here == Interned(textOf(i - 1)));
        }
    }
}

TEST(TraceEvent, StaysSmall)
{
    // A bulk run keeps half a million events: the layout is part of the memory budget
    // (under 300 bytes per event for the whole world).
    EXPECT_LE(sizeof(TraceEvent), 80u);
}

} // namespace
} // namespace kurir::engine
