// Behaviour of the simulated world: routing by MX, retries, bounces, relaying, loops.
#include "worldfixture.h"

#include <optional>

#include "message/dsn.h"
#include "message/trace.h"

using namespace kurir;
using engine::EventKind;
using test::repliesFrom;
using test::runScenario;
using test::texts;

namespace {

// A Yahoo with two MX hosts: mx1 (preference 10) and mx2 (preference 20).
const QByteArray kTwoMx = R"({
  "kurir-scenario": 1,
  "domains": [{"name": "yahoo.example", "mx": [{"preference": 20, "host": "mx2.yahoo.example"},
                                               {"preference": 10, "host": "mx.yahoo.example"}]}],
  "hosts": [{"id": "yahoo2", "role": "mx", "name": "mx2.yahoo.example", "address": "203.0.113.27",
             "domains": ["yahoo.example"], "mailbox": "bob-mailbox"}],
  %FAULTS%
  "expect": {"delivered": ["bob@yahoo.example"]}
})";

QByteArray twoMx(const QByteArray &faults)
{
    QByteArray json = kTwoMx;
    return json.replace("%FAULTS%", faults.isEmpty() ? QByteArray() : faults + ',');
}

// The bounce Alice got: her inbox holds one message, a delivery status notification, read
// back. Nothing when it holds another number of messages or the one is not a bounce.
std::optional<mail::ParsedDsn> aliceOnlyBounce(world::World &w)
{
    const auto inbox = w.mailStore().mailbox("alice@gmail.example");
    if (inbox.size() != 1)
        return std::nullopt;
    return mail::parseBounce(w.trace().messageContent(inbox[0].messageRef));
}

qsizetype firstIndex(const engine::Trace &t, EventKind kind, QByteArrayView textPart)
{
    for (size_t i = 0; i < t.events.size(); ++i)
        if (t.events[i].kind == kind && t.events[i].text.contains(textPart.toByteArray()))
            return qsizetype(i);
    return -1;
}

} // namespace

TEST(World, GmailToYahooDeliversToBob)
{
    auto w = runScenario(R"({"kurir-scenario": 1})");
    ASSERT_TRUE(w);
    EXPECT_EQ(w->outcome().delivered, QByteArrayList{"bob@yahoo.example"});
    EXPECT_TRUE(w->outcome().bounced.isEmpty());
    const auto stored = w->mailStore().mailbox("bob@yahoo.example");
    ASSERT_EQ(stored.size(), 1);
    const QByteArray content = w->trace().messageContent(stored[0].messageRef);
    // Final delivery adds Return-Path; each server that accepted it added a Received line.
    EXPECT_TRUE(content.startsWith("Return-Path: <alice@gmail.example>\r\n"));
    EXPECT_EQ(mail::countReceived(content), 2);
    EXPECT_TRUE(content.contains("Subject: Halo, Bob!\r\n"));
}

TEST(World, PrefersTheLowestMxPreference)
{
    auto w = runScenario(twoMx({}));
    ASSERT_TRUE(w);
    const auto &t = w->trace();
    EXPECT_GE(firstIndex(t, EventKind::DnsAnswer, "MX 10 mx.yahoo.example"), 0);
    // Sorted by preference in the answer, and only the best one is contacted.
    const QByteArray answer = t.events[size_t(firstIndex(t, EventKind::DnsAnswer, "MX 10"))].text;
    EXPECT_LT(answer.indexOf("MX 10"), answer.indexOf("MX 20"));
    EXPECT_FALSE(repliesFrom(t, "yahoo").isEmpty());
    EXPECT_TRUE(repliesFrom(t, "yahoo2").isEmpty());
    EXPECT_EQ(w->outcome().delivered, QByteArrayList{"bob@yahoo.example"});
}

TEST(World, FallsBackToTheNextMxWhenTheFirstIsDown)
{
    auto w = runScenario(twoMx(R"("faults": [{"type": "host-down", "host": "yahoo"}])"));
    ASSERT_TRUE(w);
    const auto &t = w->trace();
    const qsizetype fail = firstIndex(t, EventKind::TcpFail, "mx.yahoo.example");
    const qsizetype second = firstIndex(t, EventKind::TcpConnect, "203.0.113.27:25");
    ASSERT_GE(fail, 0);
    ASSERT_GE(second, 0);
    EXPECT_LT(fail, second);
    // The failed attempt costs the connect timeout on the simulated clock.
    EXPECT_GE(t.events[size_t(second)].timeMs - t.events[size_t(fail)].timeMs, 0);
    EXPECT_GE(t.events[size_t(fail)].timeMs, 30000);
    EXPECT_TRUE(repliesFrom(t, "yahoo").isEmpty());
    EXPECT_FALSE(repliesFrom(t, "yahoo2").isEmpty());
    EXPECT_EQ(w->outcome().delivered, QByteArrayList{"bob@yahoo.example"});
}

TEST(World, AllMxDownMeansRetryThenBounce)
{
    auto w = runScenario(twoMx(R"("faults": [{"type": "host-down", "host": "yahoo"}, {"type": "host-down", "host": "yahoo2"}])"));
    ASSERT_TRUE(w);
    const QByteArrayList queue = texts(w->trace(), EventKind::Queue);
    EXPECT_EQ(std::count_if(queue.begin(), queue.end(), [](const QByteArray &q) { return q.startsWith("deferred"); }), 3);
    EXPECT_EQ(std::count_if(queue.begin(), queue.end(), [](const QByteArray &q) { return q.startsWith("retry"); }), 3);
    EXPECT_TRUE(w->outcome().delivered.isEmpty());
    EXPECT_EQ(w->outcome().bounced, QByteArrayList{"bob@yahoo.example"});
    const auto dsn = aliceOnlyBounce(*w);
    ASSERT_TRUE(dsn);
    ASSERT_EQ(dsn->recipients.size(), 1);
    EXPECT_EQ(dsn->recipients[0].status, "4.4.7");
}

TEST(World, ImplicitMxUsesTheDomainAddress)
{
    auto w = runScenario(R"({
      "kurir-scenario": 1,
      "domains": [{"name": "yahoo.example", "mx": [], "a": ["203.0.113.25"]}],
      "hosts": [{"id": "yahoo", "name": "yahoo.example"}]
    })");
    ASSERT_TRUE(w);
    const auto &t = w->trace();
    EXPECT_GE(firstIndex(t, EventKind::DnsAnswer, "implicit MX yahoo.example"), 0);
    EXPECT_EQ(w->outcome().delivered, QByteArrayList{"bob@yahoo.example"});
}

TEST(World, NullMxBouncesWithoutConnecting)
{
    auto w = runScenario(R"({
      "kurir-scenario": 1,
      "domains": [{"name": "yahoo.example", "mx": [{"preference": 0, "host": "."}]}]
    })");
    ASSERT_TRUE(w);
    const auto &t = w->trace();
    EXPECT_GE(firstIndex(t, EventKind::DnsAnswer, "MX 0 ."), 0);
    EXPECT_TRUE(repliesFrom(t, "yahoo").isEmpty());
    EXPECT_EQ(w->outcome().bounced, QByteArrayList{"bob@yahoo.example"});
    const auto dsn = aliceOnlyBounce(*w);
    ASSERT_TRUE(dsn);
    ASSERT_EQ(dsn->recipients.size(), 1);
    EXPECT_EQ(dsn->recipients[0].status, "5.1.10");
}

TEST(World, NxDomainBouncesATypo)
{
    auto w = runScenario(R"({"kurir-scenario": 1, "messages": [{"to": ["bob@yaho.example"]}]})");
    ASSERT_TRUE(w);
    EXPECT_GE(firstIndex(w->trace(), EventKind::DnsAnswer, "yaho.example. NXDOMAIN"), 0);
    EXPECT_EQ(w->outcome().bounced, QByteArrayList{"bob@yaho.example"});
    const auto dsn = aliceOnlyBounce(*w);
    ASSERT_TRUE(dsn);
    ASSERT_EQ(dsn->recipients.size(), 1);
    EXPECT_EQ(dsn->recipients[0].status, "5.1.2");
}

TEST(World, GreylistingIsPassedOnRetry)
{
    auto w = runScenario(R"({
      "kurir-scenario": 1,
      "faults": [{"type": "greylist", "host": "yahoo", "duration-ms": 120000}]
    })");
    ASSERT_TRUE(w);
    const QByteArrayList replies = repliesFrom(w->trace(), "yahoo");
    const auto greylisted = std::count_if(replies.begin(), replies.end(), [](const QByteArray &r) { return r.startsWith("451 4.7.1"); });
    // First attempt and the retry after 60 s are inside the 120 s window; the one after 5 min passes.
    EXPECT_EQ(greylisted, 2);
    EXPECT_EQ(w->outcome().delivered, QByteArrayList{"bob@yahoo.example"});
    EXPECT_TRUE(w->outcome().bounced.isEmpty());
    const QByteArrayList queue = texts(w->trace(), EventKind::Queue);
    EXPECT_EQ(std::count_if(queue.begin(), queue.end(), [](const QByteArray &q) { return q.startsWith("deferred"); }), 2);
}

TEST(World, UnknownUserBouncesToAliceWithTheOriginalHeaders)
{
    auto w = runScenario(R"({"kurir-scenario": 1, "messages": [{"to": ["bobby@yahoo.example"]}]})");
    ASSERT_TRUE(w);
    EXPECT_TRUE(repliesFrom(w->trace(), "yahoo").contains(
        "550 5.1.1 <bobby@yahoo.example>: Recipient address rejected: User unknown"));
    EXPECT_EQ(w->outcome().bounced, QByteArrayList{"bobby@yahoo.example"});
    EXPECT_TRUE(w->outcome().delivered.isEmpty());
    const auto inbox = w->mailStore().mailbox("alice@gmail.example");
    ASSERT_EQ(inbox.size(), 1);
    EXPECT_TRUE(inbox[0].isBounce);
    const QByteArray bounce = w->trace().messageContent(inbox[0].messageRef);
    EXPECT_TRUE(bounce.startsWith("Return-Path: <>\r\n"));
    const auto dsn = mail::parseBounce(bounce);
    ASSERT_TRUE(dsn);
    ASSERT_EQ(dsn->recipients.size(), 1);
    EXPECT_EQ(dsn->recipients[0].finalRecipient, "bobby@yahoo.example");
    EXPECT_EQ(dsn->recipients[0].status, "5.1.1");
    EXPECT_EQ(dsn->recipients[0].remoteMta, "mx.yahoo.example");
    EXPECT_TRUE(dsn->returnedContent.contains("Subject: Halo, Bob!"));
    EXPECT_GE(firstIndex(w->trace(), EventKind::Bounce, "bobby@yahoo.example"), 0);
}

TEST(World, TooLargeMessageIsRefusedBySize)
{
    auto w = runScenario(R"({
      "kurir-scenario": 1,
      "hosts": [{"id": "yahoo", "limits": {"max-message-size": 2000}}],
      "messages": [{"attachments": [{"name": "foto.jpg", "type": "image/jpeg", "size": 5000}]}]
    })");
    ASSERT_TRUE(w);
    const QByteArrayList replies = repliesFrom(w->trace(), "yahoo");
    EXPECT_TRUE(replies.contains("552 5.3.4 Message size exceeds fixed maximum message size"));
    EXPECT_EQ(w->outcome().bounced, QByteArrayList{"bob@yahoo.example"});
    // SIZE let Yahoo refuse at MAIL: the message itself never crossed to Yahoo.
    const auto yahoo = w->trace().actorIndex("yahoo");
    for (const auto &e : w->trace().events)
        EXPECT_FALSE(e.kind == EventKind::SmtpData && e.to == yahoo);
}

// A mailbox quota (users[].quota, in bytes). With SIZE, Yahoo knows at RCPT that the message
// will not fit: 452 4.2.2, a temporary failure, for Bob may make room; Gmail keeps trying,
// then gives up and tells Alice.
TEST(World, QuotaRefusesAtRcptWhenTheDeclaredSizeDoesNotFit)
{
    auto w = runScenario(R"({
      "kurir-scenario": 1,
      "domains": [{"name": "yahoo.example", "users": [{"address": "bob@yahoo.example", "quota": 500}]}]
    })");
    ASSERT_TRUE(w);
    const QByteArrayList replies = repliesFrom(w->trace(), "yahoo");
    EXPECT_TRUE(replies.contains("452 4.2.2 <bob@yahoo.example>: Mailbox full, try again later")) << replies.join('\n').constData();
    EXPECT_FALSE(replies.contains("250 2.0.0 Ok: queued"));
    EXPECT_TRUE(w->outcome().delivered.isEmpty());
    EXPECT_EQ(w->outcome().bounced, QByteArrayList{"bob@yahoo.example"});
    EXPECT_TRUE(w->mailStore().mailbox("bob@yahoo.example").isEmpty());
}

// Without SIZE the message is accepted with one 250 for all its recipients; at delivery it
// does not fit in Bob's quota, so Bob fails with 5.2.2 and Alice gets a bounce saying so.
TEST(World, QuotaOverflowFoundAtDeliveryBouncesWith522)
{
    auto w = runScenario(R"({
      "kurir-scenario": 1,
      "hosts": [{"id": "yahoo", "extensions": {"size": false}}],
      "domains": [{"name": "yahoo.example", "users": [{"address": "bob@yahoo.example", "quota": 2000}]}],
      "messages": [{"attachments": [{"name": "foto.jpg", "type": "image/jpeg", "size": 5000}]}]
    })");
    ASSERT_TRUE(w);
    EXPECT_TRUE(w->mailStore().mailbox("bob@yahoo.example").isEmpty());
    EXPECT_EQ(w->outcome().bounced, QByteArrayList{"bob@yahoo.example"});
    const qsizetype over = kurir::test::keys(w->trace()).indexOf("store.over-quota");
    ASSERT_GE(over, 0);
    const engine::TraceEvent &e = w->trace().events[size_t(over)];
    EXPECT_EQ(e.args.value(0), "bob@yahoo.example");
    EXPECT_EQ(e.args.value(2), "2000");
    EXPECT_EQ(e.args.value(3), "2000"); // all of it free: the message alone is too big
    EXPECT_GT(e.args.value(1).toLongLong(), 2000);
    const auto dsn = aliceOnlyBounce(*w);
    ASSERT_TRUE(dsn);
    ASSERT_EQ(dsn->recipients.size(), 1);
    EXPECT_EQ(dsn->recipients[0].finalRecipient, "bob@yahoo.example");
    EXPECT_EQ(dsn->recipients[0].status, "5.2.2");
}

// Room for the first message, not for the second: the quota counts what is stored.
TEST(World, QuotaCountsWhatIsAlreadyStored)
{
    auto w = runScenario(R"({
      "kurir-scenario": 1,
      "hosts": [{"id": "yahoo", "extensions": {"size": false}}],
      "domains": [{"name": "yahoo.example", "users": [{"address": "bob@yahoo.example", "quota": 1200}]}],
      "messages": [{"subject": "satu"}, {"subject": "dua"}]
    })");
    ASSERT_TRUE(w);
    EXPECT_EQ(w->mailStore().mailbox("bob@yahoo.example").size(), 1);
    EXPECT_EQ(kurir::test::keys(w->trace()).count("store.over-quota"), 1);
    EXPECT_EQ(w->outcome().bounced, QByteArrayList{"bob@yahoo.example"});
}

// SPF (RFC 7208): the MX asks DNS for the TXT record of the sender's domain, and the query
// and its answer are steps of the trace, before the verdict.
TEST(World, SpfCheckShowsTheTxtLookupBeforeTheVerdict)
{
    auto w = runScenario(R"({
      "kurir-scenario": 1,
      "hosts": [{"id": "yahoo", "spf-check": true},
                {"id": "mallory", "role": "mua", "name": "pc.mallory.example", "address": "192.0.2.66",
                 "submit-to": "yahoo"}],
      "links": [{"from": "mallory", "to": "yahoo", "latency-ms": 80}],
      "messages": [{"mua": "mallory", "from": "alice@gmail.example", "to": ["bob@yahoo.example"]}]
    })");
    ASSERT_TRUE(w);
    const QByteArrayList k = kurir::test::keys(w->trace());
    const qsizetype query = k.indexOf("dns.query.spf");
    ASSERT_GE(query, 0);
    EXPECT_EQ(k.value(query + 1), "dns.answer.spf");
    const auto &answer = w->trace().events[size_t(query + 1)];
    EXPECT_EQ(answer.text, "gmail.example. TXT \"v=spf1 ip4:203.0.113.5 -all\"");
    EXPECT_EQ(answer.args.value(1), "v=spf1 ip4:203.0.113.5 -all");
    const auto &verdict = w->trace().events[size_t(query + 2)];
    EXPECT_EQ(verdict.kind, EventKind::SmtpReply);
    EXPECT_TRUE(verdict.text.startsWith("550 5.7.23")) << verdict.text.constData();
    EXPECT_EQ(k.count("dns.query.spf"), 1);
}

// A sender domain with no SPF record: the lookup says so, the result is "none", and the mail
// goes through; a second message soon after asks no more (the answer is cached).
TEST(World, SpfWithoutARecordIsNoneAndTheAnswerIsCached)
{
    auto w = runScenario(R"({
      "kurir-scenario": 1,
      "hosts": [{"id": "yahoo", "spf-check": true}],
      "domains": [{"name": "gmail.example", "spf": []}],
      "messages": [{"subject": "satu"}, {"subject": "dua"}]
    })");
    ASSERT_TRUE(w);
    const QByteArrayList k = kurir::test::keys(w->trace());
    EXPECT_EQ(k.count("dns.query.spf"), 1);
    EXPECT_EQ(k.count("dns.answer.no-spf"), 1);
    EXPECT_EQ(k.count("dns.answer.spf"), 0);
    EXPECT_EQ(w->mailStore().mailbox("bob@yahoo.example").size(), 2);
}

TEST(World, RelayIsRefusedWithoutLogin)
{
    // A mail client that sends through Yahoo's MX without logging in: an open-relay attempt.
    auto w = runScenario(R"({
      "kurir-scenario": 1,
      "hosts": [{"id": "alice", "submit-to": "yahoo", "login": "", "password": "", "require-tls": false}],
      "messages": [{"to": ["carol@gmail.example"]}],
      "domains": [{"name": "gmail.example", "users": [{"address": "alice@gmail.example", "password": "kucing123"},
                                                       {"address": "carol@gmail.example"}]}]
    })");
    ASSERT_TRUE(w);
    EXPECT_TRUE(repliesFrom(w->trace(), "yahoo").contains("550 5.7.1 <carol@gmail.example>: Relay access denied"));
    EXPECT_EQ(w->outcome().failedSubmissions, QByteArrayList{"carol@gmail.example"});
    EXPECT_TRUE(w->outcome().delivered.isEmpty());
}

TEST(World, OneMessageTwoDomainsTwoHops)
{
    auto w = runScenario(R"({
      "kurir-scenario": 1,
      "domains": [{"name": "kampus.example", "mx": [{"preference": 10, "host": "mx.kampus.example"}],
                   "users": [{"address": "dina@kampus.example", "name": "Dina"}]}],
      "hosts": [{"id": "kampus", "role": "mx", "name": "mx.kampus.example", "address": "203.0.113.40",
                 "domains": ["kampus.example"]}],
      "messages": [{"to": ["bob@yahoo.example"], "cc": ["dina@kampus.example"]}]
    })");
    ASSERT_TRUE(w);
    EXPECT_EQ(w->outcome().delivered, (QByteArrayList{"bob@yahoo.example", "dina@kampus.example"}));
    const auto &t = w->trace();
    // One submission carrying both recipients, then one relay connection per domain.
    EXPECT_EQ(texts(t, EventKind::SmtpData).size(), 3);
    EXPECT_GE(firstIndex(t, EventKind::TcpConnect, "203.0.113.25:25"), 0);
    EXPECT_GE(firstIndex(t, EventKind::TcpConnect, "203.0.113.40:25"), 0);
    // Each hop is told only its own recipient.
    const QByteArrayList commands = texts(t, EventKind::SmtpCommand);
    EXPECT_EQ(commands.count("RCPT TO:<dina@kampus.example>"), 2);
    EXPECT_EQ(commands.count("RCPT TO:<bob@yahoo.example>"), 2);
}

TEST(World, RelayLoopIsStoppedByTheHopLimit)
{
    auto w = runScenario(R"({
      "kurir-scenario": 1,
      "hop-limit": 20,
      "hosts": [
        {"id": "gmail", "smarthost": "r1"},
        {"id": "r1", "role": "relay", "name": "r1.isp.example", "address": "198.51.100.1", "smarthost": "r2", "relay-from": ["gmail", "r2"]},
        {"id": "r2", "role": "relay", "name": "r2.isp.example", "address": "198.51.100.2", "smarthost": "r1", "relay-from": ["r1"]}
      ]
    })");
    ASSERT_TRUE(w);
    const auto &t = w->trace();
    qsizetype loops = 0;
    for (const auto &e : t.events)
        if (e.kind == EventKind::SmtpReply && e.text.startsWith("554 5.4.6"))
            ++loops;
    EXPECT_GE(loops, 1);
    EXPECT_TRUE(w->outcome().delivered.isEmpty());
    EXPECT_EQ(w->outcome().bounced, QByteArrayList{"bob@yahoo.example"});
    // The bounce to Alice goes round the same loop; a bounce of a bounce is never sent.
    EXPECT_GE(firstIndex(t, EventKind::Note, "dropped: null sender"), 0);
}

TEST(World, SameSeedSameTraceDifferentSeedOnlyTiming)
{
    auto a = runScenario(R"({"kurir-scenario": 1, "seed": 7})");
    auto b = runScenario(R"({"kurir-scenario": 1, "seed": 7})");
    auto c = runScenario(R"({"kurir-scenario": 1, "seed": 8})");
    ASSERT_TRUE(a && b && c);
    ASSERT_EQ(a->trace().events.size(), b->trace().events.size());
    for (size_t i = 0; i < a->trace().events.size(); ++i) {
        EXPECT_EQ(a->trace().events[i].text, b->trace().events[i].text);
        EXPECT_EQ(a->trace().events[i].timeMs, b->trace().events[i].timeMs);
    }
    // Another seed may change timing and queue ids, never the story.
    ASSERT_EQ(a->trace().events.size(), c->trace().events.size());
    for (size_t i = 0; i < a->trace().events.size(); ++i) {
        EXPECT_EQ(a->trace().events[i].kind, c->trace().events[i].kind);
        EXPECT_EQ(a->trace().events[i].key, c->trace().events[i].key);
    }
}
