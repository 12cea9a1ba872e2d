#include <gtest/gtest.h>

#include "fixtures.h"
#include "journeylayout.h"
#include "support/printers.h"
#include "tracedigest.h"

using kurir::engine::Trace;
using kurir::gui::JourneyLayout;
using kurir::gui::TraceDigest;
using namespace kurir::gui::test;

TEST(JourneyLayout, ThePathRunsLeftToRightWithDnsBelow)
{
    const Trace &t = *gmailToYahoo();
    const TraceDigest d(t);
    for (const QSizeF size : {QSizeF(900, 520), QSizeF(1600, 700), QSizeF(600, 360)}) {
        const JourneyLayout l(t, d, size, 180);
        auto at = [&](const char *id) { return l.slot(int(t.actorIndex(id))); };
        EXPECT_LT(at("alice").centre.x(), at("gmail").centre.x());
        EXPECT_LT(at("gmail").centre.x(), at("yahoo").centre.x());
        EXPECT_LT(at("yahoo").centre.x(), at("bob-mailbox").centre.x());
        EXPECT_EQ(at("alice").centre.y(), at("bob-mailbox").centre.y());
        EXPECT_GT(at("dns").centre.y(), at("gmail").centre.y() + at("gmail").size);
        EXPECT_GT(at("dns").centre.x(), at("gmail").centre.x());
        EXPECT_LT(at("dns").centre.x(), at("yahoo").centre.x());
        EXPECT_TRUE(at("dns").lowerRow);
        for (int a = 0; a < l.actorCount(); ++a) {
            const auto &s = l.slot(a);
            const QRectF figure(s.centre.x() - s.size / 2, s.centre.y() - s.size / 2, s.size, s.size);
            EXPECT_TRUE(QRectF(QPointF(0, 0), size).contains(figure)) << "actor " << a << " at size " << size.width();
            EXPECT_TRUE(s.labels);
        }
        EXPECT_LT(l.bubbleBand().bottom(), at("alice").centre.y() - at("alice").size / 2 + 1);
    }
}

namespace {

Trace serversInOneColumn(int count)
{
    Trace t;
    t.actors.push_back({"mua", "laptop.example", "192.0.2.1", "mua", {}, {}});
    t.actors.push_back({"msa", "smtp.example", "192.0.2.2", "submission", {}, {}});
    for (int i = 0; i < count; ++i)
        t.actors.push_back({"mx" + QByteArray::number(i), "mx.example", "192.0.2.3", "mx", {}, {}});
    return t;
}

} // namespace

TEST(JourneyLayout, ASharedColumnStacksAndShrinksButStaysOnTheCanvas)
{
    const Trace t = serversInOneColumn(JourneyLayout::kCrowdAbove);
    const TraceDigest d(t);
    const QSizeF size(1000, 600);
    const JourneyLayout l(t, d, size, 180);
    for (int a = 0; a < l.actorCount(); ++a) {
        const auto &s = l.slot(a);
        EXPECT_TRUE(QRectF(QPointF(0, 0), size).contains(s.centre)) << a;
        EXPECT_GT(s.size, 0);
        EXPECT_EQ(s.crowd, 1) << a;
    }
    EXPECT_LT(l.slot(5).size, l.slot(0).size);
    EXPECT_LT(l.slot(2).centre.y(), l.slot(3).centre.y()) << "stacked, one under the other";
}

// The bulk run's hundred MX hosts: one figure for all, where one server would stand, so that
// every link meets at one place instead of fanning out into a hundred slivers.
TEST(JourneyLayout, MoreServersThanAColumnShowsBecomeOneCrowd)
{
    const Trace t = serversInOneColumn(40);
    const JourneyLayout l(t, TraceDigest(t), QSizeF(1000, 600), 180);
    const auto &first = l.slot(2);
    EXPECT_EQ(first.crowd, 40);
    EXPECT_EQ(first.leader, 2);
    EXPECT_EQ(first.size, l.slot(0).size) << "a crowd's figure is full size";
    EXPECT_EQ(first.centre.y(), l.slot(0).centre.y()) << "on the main row";
    for (int a = 3; a < l.actorCount(); ++a) {
        EXPECT_EQ(l.slot(a).centre, first.centre) << a;
        EXPECT_EQ(l.slot(a).leader, 2) << a;
    }
    EXPECT_EQ(l.slot(0).crowd, 1);
    EXPECT_EQ(l.slot(1).crowd, 1);

    // The built-in bulk lesson is such a case; its other actors keep their own figures.
    const auto bulkRun = lesson(QStringLiteral("bulk"));
    const Trace &bulk = *bulkRun;
    const JourneyLayout b(bulk, TraceDigest(bulk), QSizeF(1280, 600), 180);
    const int gmail = int(bulk.actorIndex("gmail"));
    EXPECT_EQ(b.slot(gmail).crowd, 1);
    EXPECT_GT(b.slot(int(bulk.actorIndex("mx-d063"))).crowd, 100 - 1);
}

TEST(JourneyLayout, LinksEndAtTheFiguresEdges)
{
    const Trace &t = *gmailToYahoo();
    const JourneyLayout l(t, TraceDigest(t), QSizeF(1200, 600), 180);
    const int a = int(t.actorIndex("alice")), g = int(t.actorIndex("gmail"));
    const QPointF start = l.linkEnd(a, g), end = l.linkEnd(g, a);
    EXPECT_GT(start.x(), l.slot(a).centre.x() + l.slot(a).size / 2 - 1);
    EXPECT_LT(end.x(), l.slot(g).centre.x() - l.slot(g).size / 2 + 1);
}
