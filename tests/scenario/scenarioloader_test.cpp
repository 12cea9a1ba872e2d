// The scenario loader as a teacher meets it: every malformed file is refused with
// FILE:LINE:COL: message (JSON path), every problem of a file is reported, hostile files are
// refused quickly, and a short file means the default world plus what it names.

#include "loaderfixture.h"

// ---------------------------------------------------------------------------------------
// A valid minimal file: a sender, a recipient and one fault; the rest is the default world.

TEST(ScenarioLoader, MinimalFileGetsTheDefaultWorld)
{
    const LoadResult r = load(R"({
  "kurir-scenario": 1,
  "messages": [{"from": "alice@gmail.example", "to": "bob@yahoo.example"}],
  "faults": [{"type": "greylist", "host": "yahoo"}]
})");
    ASSERT_TRUE(r.scenario.has_value()) << str(problems(r).join(u'\n'));
    EXPECT_THAT(r.errors, IsEmpty());
    const Scenario &s = *r.scenario;

    QByteArrayList hostIds;
    for (const Host &h : s.hosts)
        hostIds << h.id;
    EXPECT_EQ(hostIds, (QByteArrayList{"alice", "gmail", "dns", "yahoo", "bob-mailbox"}));
    ASSERT_NE(s.domain("gmail.example"), nullptr);
    ASSERT_NE(s.domain("yahoo.example"), nullptr);
    EXPECT_EQ(s.domain("yahoo.example")->mx.value(0).host, QByteArray("mx.yahoo.example"));
    ASSERT_NE(s.host("alice"), nullptr);
    EXPECT_EQ(s.host("alice")->password, QByteArray("kucing123"));

    ASSERT_EQ(s.messages.size(), 1);
    EXPECT_EQ(s.messages[0].from, QByteArray("alice@gmail.example"));
    EXPECT_EQ(s.messages[0].to, QByteArrayList{"bob@yahoo.example"});
    // What the file does not say comes from the default message.
    EXPECT_EQ(s.messages[0].subject, QStringLiteral("Halo, Bob!"));
    EXPECT_FALSE(s.messages[0].body.isEmpty());

    ASSERT_EQ(s.faults.size(), 1);
    EXPECT_EQ(s.faults[0].type, Fault::Type::Greylist);
    EXPECT_EQ(s.faults[0].host, QByteArray("yahoo"));
    EXPECT_EQ(s.faults[0].greylistMs, 300000);

    // The file's own scenario is checked only as it says: the default world's expectation
    // (Bob gets the message) is not carried over.
    EXPECT_FALSE(s.expect.checked);

    kurir::world::World w(s);
    w.run();
    EXPECT_EQ(w.outcome().delivered, QByteArrayList{"bob@yahoo.example"});
    EXPECT_THAT(w.outcome().bounced, IsEmpty());
}

TEST(ScenarioLoader, MessageStartsFromTheDefaultMessage)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "messages": [{"to": "bobby@yahoo.example"}, {"subject": "Kedua"}]})");
    ASSERT_TRUE(r.scenario.has_value()) << str(problems(r).join(u'\n'));
    ASSERT_EQ(r.scenario->messages.size(), 2);
    EXPECT_EQ(r.scenario->messages[0].from, QByteArray("alice@gmail.example"));
    EXPECT_EQ(r.scenario->messages[0].to, QByteArrayList{"bobby@yahoo.example"});
    EXPECT_EQ(r.scenario->messages[1].to, QByteArrayList{"bob@yahoo.example"});
    EXPECT_EQ(r.scenario->messages[1].subject, QStringLiteral("Kedua"));
}

TEST(ScenarioLoader, HostsMergeFieldByField)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "hosts": [{"id": "yahoo", "extensions": {"starttls": false}}]})");
    ASSERT_TRUE(r.scenario.has_value()) << str(problems(r).join(u'\n'));
    const Host *yahoo = r.scenario->host("yahoo");
    ASSERT_NE(yahoo, nullptr);
    EXPECT_FALSE(yahoo->extensions.startTls);
    EXPECT_TRUE(yahoo->extensions.pipelining);
    EXPECT_EQ(yahoo->name, QByteArray("mx.yahoo.example"));
    EXPECT_EQ(yahoo->mailbox, QByteArray("bob-mailbox"));
}

TEST(ScenarioLoader, ExpectIsCheckedByRunning)
{
    const LoadResult r = load(R"({
  "kurir-scenario": 1,
  "messages": [{"to": "bob@yahooo.example"}],
  "expect": {"delivered": ["bob@yahooo.example"], "bounced": []}
})");
    ASSERT_TRUE(r.scenario.has_value()) << str(problems(r).join(u'\n'));
    EXPECT_TRUE(r.scenario->expect.checked);
    kurir::world::World w(*r.scenario);
    w.run();
    EXPECT_THAT(kurir::world::Expectations::check(*r.scenario, w.outcome()),
                ElementsAre(QStringLiteral("expected the message to reach bob@yahooo.example, but it reached -"),
                            QStringLiteral("expected bounces for -, but there were bounces for bob@yahooo.example")));
}

// ---------------------------------------------------------------------------------------
// Syntax: the parser stops at the first error and says where it is.

TEST(ScenarioLoaderSyntax, TrailingComma)
{
    const LoadResult r = load(R"({
  "kurir-scenario": 1,
  "messages": [{"to": "bob@yahoo.example"},]
})");
    expectRefused(r);
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:3:43: comma before a closing bracket: remove it"));
}

TEST(ScenarioLoaderSyntax, TrailingCommaInObject)
{
    const LoadResult r = load("{\n  \"kurir-scenario\": 1,\n}\n");
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:2:22: comma before a closing bracket: remove it"));
}

TEST(ScenarioLoaderSyntax, MissingComma)
{
    const LoadResult r = load(R"({
  "kurir-scenario": 1
  "messages": []
})");
    expectRefused(r);
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:3:3: a comma is missing between two values"));
}

TEST(ScenarioLoaderSyntax, MissingColon)
{
    const LoadResult r = load("{\n  \"kurir-scenario\" 1\n}\n");
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:2:20: a colon is missing after the field name"));
}

TEST(ScenarioLoaderSyntax, KeyWithoutQuotes)
{
    const LoadResult r = load("{\n  kurir-scenario: 1\n}\n");
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:2:3: field names must be in double quotes"));
}

TEST(ScenarioLoaderSyntax, UnclosedStringAtEndOfLine)
{
    // The closing quote of "Halo is missing: the string runs into the line break.
    const LoadResult r = load("{\n  \"kurir-scenario\": 1,\n  \"title\": \"Halo\n}\n");
    expectRefused(r);
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:3:17: a string may not contain a line break or tab: write \\n or \\t"));
}

TEST(ScenarioLoaderSyntax, UnclosedStringAtEndOfFile)
{
    const LoadResult r = load("{\n  \"kurir-scenario\": 1,\n  \"title\": \"Halo");
    expectRefused(r);
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:3:17: the file ends too early: a closing bracket or quote is missing"));
}

TEST(ScenarioLoaderSyntax, BadEscape)
{
    // A Windows path pasted into a string: \U is not a JSON escape.
    const LoadResult r = load(R"({
  "kurir-scenario": 1,
  "title": "C:\Users\guru"
})");
    expectRefused(r);
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:3:15: invalid escape \\U in a string; a backslash itself is written \\\\"));
}

TEST(ScenarioLoaderSyntax, BadUnicodeEscape)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "title": "caf\u00G9"})");
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:1:36: invalid \\u escape in a string"));
}

TEST(ScenarioLoaderSyntax, CommentsAreNotJson)
{
    const LoadResult r = load("{\n  // Pelajaran 3\n  \"kurir-scenario\": 1\n}\n");
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:2:3: unexpected character /"));
}

TEST(ScenarioLoaderSyntax, PythonStyleTrue)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "hosts": [{"id": "yahoo", "spf-check": True}]})");
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:1:62: unexpected character True"));
}

TEST(ScenarioLoaderSyntax, BadNumber)
{
    // Reported at the character that makes it invalid: the 1 after a leading zero.
    const LoadResult r = load(R"({"kurir-scenario": 1, "seed": 01})");
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:1:32: invalid number"));
}

TEST(ScenarioLoaderSyntax, NumberOutOfRange)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "seed": 1e400})");
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:1:31: number out of range"));
}

TEST(ScenarioLoaderSyntax, TextAfterTheDocument)
{
    const LoadResult r = load("{\"kurir-scenario\": 1}\n{\"kurir-scenario\": 1}\n");
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:2:1: more text after the end of the JSON document"));
}

TEST(ScenarioLoaderSyntax, ColumnsCountCharactersNotBytes)
{
    // "é" is two bytes in UTF-8 but one column in every editor.
    const LoadResult r = load("{\"kurir-scenario\": 1, \"title\": \"Café\",}");
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:1:38: comma before a closing bracket: remove it"));
}

TEST(ScenarioLoaderSyntax, TopLevelMustBeAnObject)
{
    const LoadResult r = load("[1, 2, 3]");
    expectRefused(r);
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:1:1: expected an object { ... }, found a list [ ... ]"));
}

// ---------------------------------------------------------------------------------------
// Types

TEST(ScenarioLoaderTypes, WrongTypesAreLocated)
{
    const LoadResult r = load(R"({
  "kurir-scenario": 1,
  "seed": "satu",
  "messages": [{"to": 42}],
  "hosts": {}
})");
    expectRefused(r);
    EXPECT_THAT(lines(r), UnorderedElementsAre(
        "lesson.json:3:11: expected a number, found text in quotes (seed)",
        "lesson.json:4:23: expected an e-mail address in quotes or a list of addresses, found a number (messages[0].to)",
        "lesson.json:5:12: expected a list [ ... ], found an object { ... } (hosts)"));
}

TEST(ScenarioLoaderTypes, BooleanWrittenAsText)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "hosts": [{"id": "yahoo", "spf-check": "yes"}]})");
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:1:62: expected true or false, found text in quotes (hosts[0].spf-check)"));
}

TEST(ScenarioLoaderTypes, ListItemOfWrongType)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "messages": [{"to": ["bob@yahoo.example", 7]}]})");
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:1:65: expected text in quotes, found a number (messages[0].to[1])"));
}

TEST(ScenarioLoaderTypes, FractionWhereAWholeNumberIsNeeded)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "hosts": [{"id": "gmail", "port": 587.5}]})");
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:1:57: expected a whole number from 0 to 65535 (hosts[0].port)"));
}

TEST(ScenarioLoaderTypes, UnknownRoleAndRecord)
{
    const LoadResult r = load(R"({
  "kurir-scenario": 1,
  "hosts": [{"id": "yahoo", "role": "server"}],
  "faults": [{"type": "dns-missing", "domain": "yahoo.example", "record": "TXT"}]
})");
    expectRefused(r);
    EXPECT_THAT(lines(r), UnorderedElementsAre(
        "lesson.json:3:37: unknown role \"server\"; use mua, submission, relay, mx, dns or mailbox (hosts[0].role)",
        "lesson.json:4:75: record must be MX, A or ALL (faults[0].record)"));
}

TEST(ScenarioLoaderTypes, UnknownFaultType)
{
    const LoadResult r = load(R"({
  "kurir-scenario": 1,
  "faults": [{"type": "host-crash", "host": "yahoo"}]
})");
    expectRefused(r);
    EXPECT_THAT(lines(r), ::testing::Contains(
        "lesson.json:3:23: unknown fault \"host-crash\"; use host-down, reply-override, greylist, mailbox-full, "
        "wrong-password or dns-missing (faults[0].type)"));
}

TEST(ScenarioLoaderTypes, ReplyOverrideMustBeARefusal)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "faults": [{"type": "reply-override", "host": "yahoo", "command": "RCPT", "reply": "250 OK"}]})");
    EXPECT_THAT(lines(r), ElementsAre(
        "lesson.json:1:106: \"250 OK\" is not a refusal: write a 4xx or 5xx reply such as \"451 4.7.1 Try again later\" "
        "(faults[0].reply)"));
}

TEST(ScenarioLoaderTypes, StartMustBeADate)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "start": "besok pagi"})");
    EXPECT_THAT(lines(r), ElementsAre(
        "lesson.json:1:32: \"besok pagi\" is not a date and time like 2026-11-27T08:00:00+07:00 (start)"));
}

// ---------------------------------------------------------------------------------------
// Unknown fields, with "did you mean"

TEST(ScenarioLoaderFields, UnknownFieldsSuggestTheNearestName)
{
    const LoadResult r = load(R"({
  "kurir-scenario": 1,
  "titel": "x",
  "hosts": [{"id": "yahoo", "bannner": "x", "extensions": {"start-tls": false}}],
  "faults": [{"type": "greylist", "host": "yahoo", "duraton-ms": 60000}],
  "colour": "blue"
})");
    expectRefused(r);
    EXPECT_THAT(lines(r), UnorderedElementsAre(
        "lesson.json:3:3: unknown field \"titel\"; did you mean \"title\"? (titel)",
        "lesson.json:4:29: unknown field \"bannner\"; did you mean \"banner\"? (hosts[0].bannner)",
        "lesson.json:4:60: unknown field \"start-tls\"; did you mean \"starttls\"? (hosts[0].extensions.start-tls)",
        "lesson.json:5:52: unknown field \"duraton-ms\"; did you mean \"duration-ms\"? (faults[0].duraton-ms)",
        "lesson.json:6:3: unknown field \"colour\" (colour)"));
}

TEST(ScenarioLoaderFields, FieldOfAnotherFaultType)
{
    // "address" belongs to mailbox-full, not to host-down.
    const LoadResult r = load(R"({"kurir-scenario": 1, "faults": [{"type": "host-down", "host": "yahoo", "address": "bob@yahoo.example"}]})");
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:1:73: unknown field \"address\" (faults[0].address)"));
}

TEST(ScenarioLoaderFields, SchemaFieldIsAllowed)
{
    const LoadResult r = load(R"({"$schema": "scenario.schema.json", "kurir-scenario": 1})");
    EXPECT_TRUE(r.scenario.has_value()) << str(problems(r).join(u'\n'));
}

// ---------------------------------------------------------------------------------------
// Addresses that are not addresses

TEST(ScenarioLoaderAddresses, EveryBadAddressIsLocated)
{
    const LoadResult r = load(R"({
  "kurir-scenario": 1,
  "messages": [{"from": "alice", "to": ["bob@yahoo.example", "bob at yahoo"], "cc": "carol@"}],
  "domains": [{"name": "yahoo.example", "users": [{"address": "<bob@yahoo.example>"}]}],
  "expect": {"delivered": ["bob@@yahoo.example"]}
})");
    expectRefused(r);
    EXPECT_THAT(lines(r), UnorderedElementsAre(
        "lesson.json:3:25: \"alice\" is not an e-mail address (name@domain) (messages[0].from)",
        "lesson.json:3:62: \"bob at yahoo\" is not an e-mail address (name@domain) (messages[0].to[1])",
        "lesson.json:3:85: \"carol@\" is not an e-mail address (name@domain) (messages[0].cc[0])",
        "lesson.json:4:63: \"<bob@yahoo.example>\" is not an e-mail address (name@domain) (domains[0].users[0].address)",
        "lesson.json:5:28: \"bob@@yahoo.example\" is not an e-mail address (name@domain) (expect.delivered[0])"));
}

TEST(ScenarioLoaderAddresses, DomainAndHostNames)
{
    const LoadResult r = load(R"({
  "kurir-scenario": 1,
  "domains": [{"name": "yahoo example"}],
  "hosts": [{"id": "yahoo", "name": "mx_yahoo.example"}]
})");
    expectRefused(r);
    EXPECT_THAT(lines(r), UnorderedElementsAre(
        "lesson.json:3:24: \"yahoo example\" is not a domain name (domains[0].name)",
        "lesson.json:4:37: \"mx_yahoo.example\" is not a host name (hosts[0].name)",
        // The renamed host leaves Yahoo's MX record pointing nowhere.
        "lesson.json:4:37: the MX record of yahoo.example points to mx.yahoo.example, but no host has that name (hosts[0].name)"));
}

// ---------------------------------------------------------------------------------------
// References to hosts and domains that do not exist, MX records pointing nowhere

TEST(ScenarioLoaderReferences, HostsAndDomainsThatDoNotExist)
{
    const LoadResult r = load(R"({
  "kurir-scenario": 1,
  "hosts": [{"id": "gmail", "smarthost": "relay"}, {"id": "pc", "role": "mua", "name": "pc.example", "address": "192.0.2.9", "submit-to": "smtp"}],
  "faults": [{"type": "host-down", "host": "yahooo"}, {"type": "dns-missing", "domain": "yahooo.example"}],
  "messages": [{"mua": "gmail"}],
  "links": [{"from": "gmail", "to": "nowhere"}]
})");
    expectRefused(r);
    EXPECT_THAT(lines(r), UnorderedElementsAre(
        "lesson.json:3:42: host \"gmail\" refers to \"relay\", which is not a host of this scenario (hosts[0].smarthost)",
        "lesson.json:3:139: host \"pc\" refers to \"smtp\", which is not a host of this scenario (hosts[1].submit-to)",
        "lesson.json:4:44: \"yahooo\" is not a host of this scenario (faults[0].host)",
        "lesson.json:4:89: \"yahooo.example\" is not a domain of this scenario (faults[1].domain)",
        "lesson.json:5:16: \"gmail\" is not a mail client (role mua) of this scenario (messages[0].mua)",
        "lesson.json:6:37: \"nowhere\" is not a host of this scenario (links[0].to)"));
}

TEST(ScenarioLoaderReferences, MxPointingNowhere)
{
    const LoadResult r = load(R"({
  "kurir-scenario": 1,
  "domains": [{"name": "yahoo.example", "mx": [{"preference": 10, "host": "mx9.yahoo.example"}]}]
})");
    expectRefused(r);
    EXPECT_THAT(lines(r), ElementsAre(
        "lesson.json:3:75: the MX record of yahoo.example points to mx9.yahoo.example, but no host has that name (domains[0].mx[0].host)"));
}

TEST(ScenarioLoaderReferences, MxRecordNeedsAHost)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "domains": [{"name": "yahoo.example", "mx": [{"preference": 10}]}]})");
    expectRefused(r);
    EXPECT_THAT(lines(r), ::testing::Contains("lesson.json:1:68: an MX record needs a \"host\" (domains[0].mx[0])"));
}

TEST(ScenarioLoaderReferences, NullMxIsAllowed)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "domains": [{"name": "yahoo.example", "mx": [{"preference": 0, "host": "."}]}]})");
    EXPECT_TRUE(r.scenario.has_value()) << str(problems(r).join(u'\n'));
}

TEST(ScenarioLoaderReferences, NewHostNeedsNameAndAddress)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "hosts": [{"id": "relay2", "role": "relay"}]})");
    EXPECT_THAT(lines(r), ElementsAre(
        "lesson.json:1:33: host \"relay2\" needs a \"name\" (hosts[0])",
        "lesson.json:1:33: host \"relay2\" needs an \"address\" (hosts[0])"));
}

TEST(ScenarioLoaderReferences, NewMailClientNeedsASubmissionServer)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "hosts": [{"id": "hp", "role": "mua", "name": "hp.example", "address": "192.0.2.7"}]})");
    EXPECT_THAT(lines(r), ElementsAre(
        "lesson.json:1:33: mail client \"hp\" needs \"submit-to\": the server it sends through (hosts[0])"));
}

TEST(ScenarioLoaderReferences, HostWithoutId)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "hosts": [{"role": "mx"}]})");
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:1:33: a host needs an \"id\" (hosts[0])"));
}

TEST(ScenarioLoaderReferences, FaultWithoutType)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "faults": [{"host": "yahoo"}]})");
    expectRefused(r);
    EXPECT_THAT(lines(r), ::testing::Contains("lesson.json:1:34: a fault needs a \"type\" (faults[0])"));
}

// ---------------------------------------------------------------------------------------
// Messages

TEST(ScenarioLoaderMessages, NoMessage)
{
    const LoadResult r = load(R"({
  "kurir-scenario": 1,
  "messages": []
})");
    expectRefused(r);
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:1:1: the scenario sends no message (messages)"));
}

TEST(ScenarioLoaderMessages, MessageWithoutRecipient)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "messages": [{"to": []}]})");
    EXPECT_THAT(lines(r), ElementsAre(
        "lesson.json:1:36: a message needs at least one recipient in \"to\", \"cc\" or \"bcc\" (messages[0])"));
}

TEST(ScenarioLoaderMessages, EmptyWorldHasNoMailClient)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "world": "empty", "messages": [{"from": "a@b.example", "to": "c@d.example"}]})");
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:1:1: no mail client (role mua) can send the messages (hosts)"));
}

TEST(ScenarioLoaderMessages, AttachmentTooLarge)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "messages": [{"attachments": [{"name": "film.mp4", "size": 104857600}]}]})");
    EXPECT_THAT(lines(r), ElementsAre(
        "lesson.json:1:82: expected a whole number from 0 to 52428800 (messages[0].attachments[0].size)"));
}

// ---------------------------------------------------------------------------------------
// Impossible latencies and times

TEST(ScenarioLoaderNumbers, ImpossibleLatencies)
{
    const LoadResult r = load(R"({
  "kurir-scenario": 1,
  "links": [
    {"from": "gmail", "to": "yahoo", "latency-ms": -5},
    {"from": "alice", "to": "gmail", "latency-ms": 86400000},
    {"from": "gmail", "to": "dns", "latency-ms": 2.5}
  ]
})");
    expectRefused(r);
    EXPECT_THAT(lines(r), ElementsAre(
        "lesson.json:4:52: expected a whole number from 0 to 60000 (links[0].latency-ms)",
        "lesson.json:5:52: expected a whole number from 0 to 60000 (links[1].latency-ms)",
        "lesson.json:6:50: expected a whole number from 0 to 60000 (links[2].latency-ms)"));
}

TEST(ScenarioLoaderNumbers, ImpossibleTimesAndLimits)
{
    const LoadResult r = load(R"({
  "kurir-scenario": 1,
  "hop-limit": 0,
  "hosts": [{"id": "gmail", "port": 70000, "retry-ms": [60000, -1], "processing-ms": 3600000}],
  "messages": [{"at-ms": -1}],
  "faults": [{"type": "host-down", "host": "yahoo", "until-ms": 999999999999}]
})");
    expectRefused(r);
    EXPECT_THAT(lines(r), UnorderedElementsAre(
        "lesson.json:3:16: expected a whole number from 1 to 1000 (hop-limit)",
        "lesson.json:4:37: expected a whole number from 0 to 65535 (hosts[0].port)",
        "lesson.json:4:64: expected a whole number from 1 to 604800000 (hosts[0].retry-ms[1])",
        "lesson.json:4:86: expected a whole number from 0 to 60000 (hosts[0].processing-ms)",
        "lesson.json:5:26: expected a whole number from 0 to 604800000 (messages[0].at-ms)",
        "lesson.json:6:65: expected a whole number from 0 to 604800000 (faults[0].until-ms)"));
}

// ---------------------------------------------------------------------------------------
// Duplicates

TEST(ScenarioLoaderDuplicates, FieldGivenTwice)
{
    const LoadResult r = load(R"({
  "kurir-scenario": 1,
  "seed": 1,
  "seed": 2
})");
    expectRefused(r);
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:4:3: field \"seed\" is given twice (seed)"));
}

TEST(ScenarioLoaderDuplicates, FieldGivenTwiceInsideAHost)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "hosts": [{"id": "yahoo", "banner": "a", "banner": "b"}]})");
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:1:64: field \"banner\" is given twice (hosts[0].banner)"));
}

TEST(ScenarioLoaderDuplicates, TwoHostsWithOneAddress)
{
    // 203.0.113.25 is Yahoo's address in the default world.
    const LoadResult r = load(R"({"kurir-scenario": 1, "hosts": [{"id": "mx2", "role": "mx", "name": "mx2.yahoo.example", "address": "203.0.113.25"}]})");
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:1:33: two hosts have the address 203.0.113.25 (hosts[0])"));
}

// Missing check: the second "x1" silently merges into the first, so the teacher's first host
// is changed behind their back. Within one file, an id should appear once.
TEST(ScenarioLoaderDuplicates, DuplicateHostIdInOneFile)
{
    const LoadResult r = load(R"({
  "kurir-scenario": 1,
  "hosts": [
    {"id": "x1", "role": "mx", "name": "a.example", "address": "192.0.2.1"},
    {"id": "x1", "role": "mx", "name": "b.example", "address": "192.0.2.2"}
  ]
})");
    expectRefused(r);
    const LoadError *e = at(r, QStringLiteral("hosts[1].id"));
    ASSERT_NE(e, nullptr) << str(problems(r).join(u'\n'));
    EXPECT_EQ(e->line, 5);
    EXPECT_EQ(e->column, 12);
    EXPECT_THAT(str(e->message), HasSubstr("x1"));
}

// Missing check: the same for domains; the second entry silently merges into the first.
TEST(ScenarioLoaderDuplicates, DuplicateDomainInOneFile)
{
    const LoadResult r = load(R"({
  "kurir-scenario": 1,
  "domains": [{"name": "sekolah.example"}, {"name": "sekolah.example"}]
})");
    expectRefused(r);
    const LoadError *e = at(r, QStringLiteral("domains[1].name"));
    ASSERT_NE(e, nullptr) << str(problems(r).join(u'\n'));
    EXPECT_EQ(e->line, 3);
    EXPECT_EQ(e->column, 53);
    EXPECT_THAT(str(e->message), HasSubstr("sekolah.example"));
}

// Missing check: two hosts with one DNS name; MX records and A lookups find only the first.
TEST(ScenarioLoaderDuplicates, TwoHostsWithOneName)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "hosts": [{"id": "mx2", "role": "mx", "name": "mx.yahoo.example", "address": "192.0.2.99"}]})");
    expectRefused(r);
    EXPECT_THAT(lines(r), ElementsAre(HasSubstr("mx.yahoo.example")));
}

// ---------------------------------------------------------------------------------------
// Version

TEST(ScenarioLoaderVersion, WrongVersion)
{
    const LoadResult r = load(R"({
  "kurir-scenario": 2
})");
    expectRefused(r);
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:2:21: unsupported scenario version; this Kurir reads version 1 (kurir-scenario)"));
}

TEST(ScenarioLoaderVersion, VersionAsText)
{
    const LoadResult r = load(R"({"kurir-scenario": "1"})");
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:1:20: unsupported scenario version; this Kurir reads version 1 (kurir-scenario)"));
}

TEST(ScenarioLoaderVersion, NoVersion)
{
    // Some other JSON file, opened by mistake.
    const LoadResult r = load(R"({"name": "kurir", "version": "0.1.0"})");
    expectRefused(r);
    EXPECT_THAT(lines(r), UnorderedElementsAre(
        "lesson.json:1:1: this is not a Kurir scenario: \"kurir-scenario\": 1 is missing (kurir-scenario)",
        "lesson.json:1:2: unknown field \"name\" (name)",
        "lesson.json:1:19: unknown field \"version\" (version)"));
}

// ---------------------------------------------------------------------------------------
// All problems of a file are reported, not only the first.

TEST(ScenarioLoader, EveryProblemIsReported)
{
    const LoadResult r = load(R"({
  "kurir-scenario": 1,
  "titel": "Pelajaran 3",
  "messages": [{"to": "bob.yahoo.example"}],
  "links": [{"from": "gmail", "to": "yahoo", "latency-ms": -1}],
  "faults": [{"type": "host-down", "host": "yahooo"}]
})");
    expectRefused(r);
    EXPECT_THAT(lines(r), UnorderedElementsAre(
        "lesson.json:3:3: unknown field \"titel\"; did you mean \"title\"? (titel)",
        "lesson.json:4:23: \"bob.yahoo.example\" is not an e-mail address (name@domain) (messages[0].to[0])",
        "lesson.json:5:60: expected a whole number from 0 to 60000 (links[0].latency-ms)",
        "lesson.json:6:44: \"yahooo\" is not a host of this scenario (faults[0].host)"));
}

// Problems come in the order of the file, though references are checked after reading: a
// teacher reads them top-down beside the file.
TEST(ScenarioLoader, ProblemsComeInFileOrder)
{
    const LoadResult r = load(R"({
  "kurir-scenario": 1,
  "seed": "satu",
  "messages": [{"to": 42}],
  "hosts": {}
})");
    QList<std::pair<int, int>> positions;
    for (const LoadError &e : r.errors)
        positions.append({e.line, e.column});
    QList<std::pair<int, int>> sorted = positions;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(positions, sorted) << str(problems(r).join(u'\n'));
}

// ---------------------------------------------------------------------------------------
// One mistake, one message, at the place to fix; references must name a host that can play
// the part.

// A fault without "host" says that it needs one (not `"" is not a host`, an empty name).
TEST(ScenarioLoaderStrict, FaultWithoutHostSaysSo)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "faults": [{"type": "greylist"}]})");
    expectRefused(r);
    ASSERT_EQ(r.errors.size(), 1) << str(problems(r).join(u'\n'));
    EXPECT_EQ(r.errors[0].path, QStringLiteral("faults[0]"));
    EXPECT_THAT(str(r.errors[0].message), HasSubstr("\"host\""));
    EXPECT_THAT(str(r.errors[0].message), ::testing::Not(HasSubstr("\"\"")));
}

// A link to a misspelt host points at the misspelt id, like every other reference error.
TEST(ScenarioLoaderStrict, LinkErrorPointsAtTheId)
{
    const LoadResult r = load(R"({
  "kurir-scenario": 1,
  "links": [{"from": "gmail", "to": "yahooo", "latency-ms": 40}]
})");
    ASSERT_EQ(r.errors.size(), 1) << str(problems(r).join(u'\n'));
    EXPECT_EQ(r.errors[0].path, QStringLiteral("links[0].to"));
    EXPECT_EQ(r.errors[0].line, 3);
    EXPECT_EQ(r.errors[0].column, 37);
}

// An MX record leading nowhere points at the record's "host" (and, for an MX record of the
// default world, at the host that was renamed: see DomainAndHostNames).
TEST(ScenarioLoaderStrict, MxErrorPointsAtTheRecord)
{
    const LoadResult r = load(R"({
  "kurir-scenario": 1,
  "domains": [{"name": "yahoo.example", "mx": [{"preference": 10, "host": "mx9.yahoo.example"}]}]
})");
    ASSERT_EQ(r.errors.size(), 1) << str(problems(r).join(u'\n'));
    EXPECT_EQ(r.errors[0].path, QStringLiteral("domains[0].mx[0].host"));
    EXPECT_EQ(r.errors[0].line, 3);
    EXPECT_EQ(r.errors[0].column, 75);
}

// "to": 42 names what "to" takes: one address in quotes, or a list of them.
TEST(ScenarioLoaderStrict, ToAsNumberNamesAddresses)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "messages": [{"to": 42}]})");
    ASSERT_EQ(r.errors.size(), 1);
    EXPECT_EQ(r.errors[0].path, QStringLiteral("messages[0].to"));
    EXPECT_THAT(str(r.errors[0].message), HasSubstr("address"));
}

// For a Windows path "C:\Users" the teacher reads that \U is the problem and that a
// backslash is written \\.
TEST(ScenarioLoaderStrict, BadEscapeNamesTheEscape)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "title": "C:\Users\guru"})");
    ASSERT_EQ(r.errors.size(), 1);
    EXPECT_THAT(str(r.errors[0].message), HasSubstr("\\U"));
    EXPECT_THAT(str(r.errors[0].message), HasSubstr("\\\\"));
}

// An unknown fault type is one problem: the unread fault gives no follow-on message.
TEST(ScenarioLoaderStrict, UnknownFaultTypeGivesOneProblem)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "faults": [{"type": "host-crash", "host": "yahoo"}]})");
    EXPECT_EQ(r.errors.size(), 1) << str(problems(r).join(u'\n'));
}

// So is a fault without "type".
TEST(ScenarioLoaderStrict, FaultWithoutTypeGivesOneProblem)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "faults": [{"host": "yahoo"}]})");
    EXPECT_EQ(r.errors.size(), 1) << str(problems(r).join(u'\n'));
}

// An MX record without "host" is one problem, not also "points to , but no host has that name".
TEST(ScenarioLoaderStrict, MxRecordWithoutHostGivesOneProblem)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "domains": [{"name": "yahoo.example", "mx": [{"preference": 10}]}]})");
    EXPECT_EQ(r.errors.size(), 1) << str(problems(r).join(u'\n'));
}

// A reply-override without "command" or "reply", or with a command no server knows ("RCTP"),
// would silently never happen: it is refused.
TEST(ScenarioLoaderStrict, ReplyOverrideNeedsAKnownCommandAndAReply)
{
    const LoadResult r = load(R"({
  "kurir-scenario": 1,
  "faults": [
    {"type": "reply-override", "host": "yahoo"},
    {"type": "reply-override", "host": "yahoo", "command": "RCTP", "reply": "550 5.1.1 No"}
  ]
})");
    expectRefused(r);
    EXPECT_NE(at(r, QStringLiteral("faults[0]")), nullptr) << str(problems(r).join(u'\n'));
    EXPECT_NE(at(r, QStringLiteral("faults[1].command")), nullptr) << str(problems(r).join(u'\n'));
}

// A wrong-password fault needs a mail client that logs in.
TEST(ScenarioLoaderStrict, WrongPasswordHostMustBeAMailClient)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "faults": [{"type": "wrong-password", "host": "alicee"}]})");
    expectRefused(r);
    EXPECT_NE(at(r, QStringLiteral("faults[0].host")), nullptr) << str(problems(r).join(u'\n'));
}

// A host-down window that ends before it starts would never take the host down.
TEST(ScenarioLoaderStrict, HostDownWindowEndsAfterItStarts)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "faults": [{"type": "host-down", "host": "yahoo", "from-ms": 5000, "until-ms": 1000}]})");
    expectRefused(r);
    EXPECT_NE(at(r, QStringLiteral("faults[0].until-ms")), nullptr) << str(problems(r).join(u'\n'));
}

// "submit-to" or "smarthost" must name a mail server, not the DNS server, a mailbox or a
// mail client (the run would stop without a word, or the message stay queued for ever).
TEST(ScenarioLoaderStrict, SubmitToAndSmarthostMustBeMailServers)
{
    const LoadResult r = load(R"({
  "kurir-scenario": 1,
  "hosts": [{"id": "alice", "submit-to": "dns"}, {"id": "gmail", "smarthost": "bob-mailbox"}]
})");
    expectRefused(r);
    EXPECT_NE(at(r, QStringLiteral("hosts[0].submit-to")), nullptr) << str(problems(r).join(u'\n'));
    EXPECT_NE(at(r, QStringLiteral("hosts[1].smarthost")), nullptr) << str(problems(r).join(u'\n'));
}

// Host addresses and A records are IPv4 addresses in dotted decimal.
TEST(ScenarioLoaderStrict, AddressesMustBeIpv4)
{
    const LoadResult r = load(R"({
  "kurir-scenario": 1,
  "hosts": [{"id": "yahoo", "address": "mx.yahoo"}],
  "domains": [{"name": "yahoo.example", "a": ["203.0.113.300"]}]
})");
    expectRefused(r);
    EXPECT_NE(at(r, QStringLiteral("hosts[0].address")), nullptr) << str(problems(r).join(u'\n'));
    EXPECT_NE(at(r, QStringLiteral("domains[0].a[0]")), nullptr) << str(problems(r).join(u'\n'));
}

// dns-missing with record "A" may name a host name (the A record of mx.yahoo.example).
TEST(ScenarioLoaderStrict, DnsMissingARecordOfAHostName)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "faults": [{"type": "dns-missing", "domain": "mx.yahoo.example", "record": "A"}]})");
    EXPECT_TRUE(r.scenario.has_value()) << str(problems(r).join(u'\n'));
}

// A mailbox-full fault for an address no domain has as a user would never apply (the server
// answers 550 5.1.1 first).
TEST(ScenarioLoaderStrict, MailboxFullAddressMustBeAUser)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "faults": [{"type": "mailbox-full", "address": "bobby@yahoo.example"}]})");
    expectRefused(r);
    EXPECT_NE(at(r, QStringLiteral("faults[0].address")), nullptr) << str(problems(r).join(u'\n'));
}

// Port 0 means "listens on no port", as the default world has it for mailboxes and clients;
// a mail server needs a real port.
TEST(ScenarioLoaderStrict, PortZeroForHostsThatDoNotListen)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "hosts": [{"id": "bob-mailbox", "port": 0}]})");
    EXPECT_TRUE(r.scenario.has_value()) << str(problems(r).join(u'\n'));
}

TEST(ScenarioLoaderStrict, MailServerNeedsAPort)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "hosts": [{"id": "yahoo", "port": 0}]})");
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:1:57: mail server \"yahoo\" needs a port from 1 to 65535 (hosts[0].port)"));
}

TEST(ScenarioLoaderStrict, MailboxMustBeAMailboxHost)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "hosts": [{"id": "yahoo", "mailbox": "dns"}]})");
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:1:60: \"dns\" is not a mailbox (role mailbox) of this scenario (hosts[0].mailbox)"));
}

TEST(ScenarioLoaderStrict, MisspeltOverrideCommandSuggestsTheRealOne)
{
    const LoadResult r = load(R"({"kurir-scenario": 1, "faults": [{"type": "reply-override", "host": "yahoo", "command": "RCTP", "reply": "550 5.1.1 No"}]})");
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:1:89: unknown command \"RCTP\"; did you mean \"RCPT\"? (faults[0].command)"));
}

