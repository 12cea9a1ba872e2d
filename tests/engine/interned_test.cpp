// Interned strings: what TraceEvent keeps its narration key and enhanced code in.

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

TEST(TraceEvent, StaysSmall)
{
    // A bulk run keeps half a million events: the layout is part of the memory budget
    // (under 300 bytes per event for the whole world).
    EXPECT_LE(sizeof(TraceEvent), 80u);
}

} // namespace
} // namespace kurir::engine
