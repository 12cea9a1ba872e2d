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

TEST(JourneyLayout, ACrowdedColumnShrinksButStaysOnTheCanvas)
{
    Trace t;
    t.actors.push_back({"mua", "laptop.example", "192.0.2.1", "mua", {}, {}});
    t.actors.push_back({"msa", "smtp.example", "192.0.2.2", "submission", {}, {}});
    for (int i = 0; i < 40; ++i)
        t.actors.push_back({"mx" + QByteArray::number(i), "mx.example", "192.0.2.3", "mx", {}, {}});
    const TraceDigest d(t);
    const QSizeF size(1000, 600);
    const JourneyLayout l(t, d, size, 180);
    for (int a = 0; a < l.actorCount(); ++a) {
        const auto &s = l.slot(a);
        EXPECT_TRUE(QRectF(QPointF(0, 0), size).contains(s.centre)) << a;
        EXPECT_GT(s.size, 0);
    }
    EXPECT_LT(l.slot(5).size, l.slot(0).size);
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
