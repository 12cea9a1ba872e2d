#include <gtest/gtest.h>

#include "fixtures.h"
#include "support/printers.h"
#include "tracedigest.h"

using kurir::engine::EventKind;
using kurir::engine::Stage;
using kurir::engine::Trace;
using kurir::engine::TraceEvent;
using kurir::gui::TraceDigest;
using namespace kurir::gui::test;

TEST(TraceDigest, FindsTheFirstStepOfEachStage)
{
    const Trace &t = *gmailToYahoo();
    const TraceDigest d(t);
    EXPECT_EQ(d.stageStart(Stage::Compose), 0);
    EXPECT_EQ(d.stageStart(Stage::Connect), findEvent(t, EventKind::TcpConnect));
    EXPECT_EQ(d.stageStart(Stage::Authenticate), findEvent(t, EventKind::SmtpCommand, "AUTH"));
    EXPECT_EQ(d.stageStart(Stage::Send), findEvent(t, EventKind::SmtpCommand, "MAIL FROM"));
    EXPECT_EQ(d.stageStart(Stage::Deliver), findEvent(t, EventKind::Store));
}

TEST(TraceDigest, LinksOpenTurnToTlsAndClose)
{
    const Trace &t = *gmailToYahoo();
    const TraceDigest d(t);
    const int alice = int(t.actorIndex("alice")), gmail = int(t.actorIndex("gmail")), dns = int(t.actorIndex("dns"));
    const int link = d.linkBetween(alice, gmail);
    ASSERT_GE(link, 0);
    EXPECT_EQ(d.linkBetween(gmail, alice), link);
    const int connect = findEvent(t, EventKind::TcpConnect);
    const int tls = findEvent(t, EventKind::Tls);
    const int close = findEvent(t, EventKind::TcpClose);
    EXPECT_EQ(d.linkState(link, connect - 1), TraceDigest::LinkState::Closed);
    EXPECT_EQ(d.linkState(link, connect), TraceDigest::LinkState::Open);
    EXPECT_EQ(d.linkState(link, tls - 1), TraceDigest::LinkState::Open);
    EXPECT_EQ(d.linkState(link, tls), TraceDigest::LinkState::Tls);
    EXPECT_EQ(d.linkState(link, close), TraceDigest::LinkState::Closed);
    const int dnsLink = d.linkBetween(gmail, dns);
    ASSERT_GE(dnsLink, 0);
    EXPECT_TRUE(d.links()[size_t(dnsLink)].dns);
    EXPECT_FALSE(d.links()[size_t(link)].dns);
}

TEST(TraceDigest, FollowsTheMessageFromLaptopToMailbox)
{
    const Trace &t = *gmailToYahoo();
    const TraceDigest d(t);
    EXPECT_EQ(d.holderAfter(-1).actor, -1);
    EXPECT_EQ(d.holderAfter(0).actor, t.actorIndex("alice"));
    const int firstData = findEvent(t, EventKind::SmtpData);
    EXPECT_TRUE(d.carriesMessage(firstData));
    EXPECT_EQ(d.holderAfter(firstData - 1).actor, t.actorIndex("alice"));
    EXPECT_EQ(d.holderAfter(firstData).actor, t.actorIndex("gmail"));
    const int store = findEvent(t, EventKind::Store);
    EXPECT_TRUE(d.carriesMessage(store));
    EXPECT_EQ(d.holderAfter(store).actor, t.actorIndex("bob-mailbox"));
    EXPECT_FALSE(d.holderAfter(store).returned);
    EXPECT_FALSE(d.carriesMessage(findEvent(t, EventKind::SmtpCommand, "EHLO")));
}

TEST(TraceDigest, ARefusedMessageTurnsBackToTheSender)
{
    Trace t;
    t.actors = {{"a", "a.example", "192.0.2.1", "mua", {}, {}}, {"b", "b.example", "192.0.2.2", "submission", {}, {}}};
    kurir::engine::TraceMessage m;
    m.content = "body";
    m.envelopeFrom = "alice@a.example";
    m.envelopeTo = {"bob@b.example"};
    t.messages.push_back(m);
    auto ev = [](EventKind kind, int from, int to, int code = 0) {
        TraceEvent e;
        e.kind = kind;
        e.from = qint16(from);
        e.to = qint16(to);
        e.connection = 1;
        e.code = code;
        e.message = kind == EventKind::SmtpData || kind == EventKind::Compose ? 0 : -1;
        return e;
    };
    t.events = {ev(EventKind::Compose, 0, 0), ev(EventKind::TcpConnect, 0, 1), ev(EventKind::SmtpData, 0, 1),
                ev(EventKind::SmtpReply, 1, 0, 552)};
    t.events[0].connection = -1;
    const TraceDigest d(t);
    EXPECT_EQ(d.holderAfter(2).actor, 1);
    EXPECT_TRUE(d.carriesMessage(3));
    EXPECT_EQ(d.holderAfter(3).actor, 0);
    EXPECT_TRUE(d.holderAfter(3).returned);
}
