#include <gtest/gtest.h>

#include <QByteArray>
#include <QList>
#include <QSet>

#include "protocol/linehash.h"
#include "protocol/replyparser.h"
#include "support/printers.h"

using kurir::smtp::Reply;
using kurir::smtp::ReplyParser;

namespace {

/// What one reply should parse into, field by field.
struct Expected
{
    int code;
    QByteArray enhanced;
    QByteArrayList lines;
    QByteArray wire;
};

QList<Reply> parseAll(ReplyParser &parser)
{
    QList<Reply> out;
    while (auto r = parser.next())
        out.append(*r);
    return out;
}

QList<Reply> parseWhole(const QByteArray &bytes)
{
    ReplyParser parser;
    parser.feed(bytes);
    return parseAll(parser);
}

struct ParseCase
{
    const char *name;
    QByteArray input;
    QList<Expected> replies;
};

void PrintTo(const ParseCase &c, std::ostream *os) { *os << c.name; }

class ReplyParserTable : public ::testing::TestWithParam<ParseCase>
{
};

TEST_P(ReplyParserTable, ParsesIntoCodeEnhancedCodeAndLines)
{
    const ParseCase &c = GetParam();
    ReplyParser parser;
    parser.feed(c.input);
    QList<Reply> got;
    QByteArrayList wires;
    while (auto r = parser.next()) {
        got.append(*r);
        wires.append(parser.lastWire());
    }
    EXPECT_FALSE(parser.hasError());
    EXPECT_EQ(parser.bufferedBytes(), 0);
    ASSERT_EQ(got.size(), c.replies.size());
    for (qsizetype i = 0; i < got.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(got[i].code, c.replies[i].code);
        EXPECT_EQ(got[i].enhanced, c.replies[i].enhanced);
        EXPECT_EQ(got[i].lines, c.replies[i].lines);
        EXPECT_EQ(wires[i], c.replies[i].wire);
        EXPECT_EQ(got[i].id, kurir::smtp::ReplyId::NoopOk); // unknown on the client side
    }
}

const ParseCase kParseCases[] = {
    {"SingleLine", "220 mx.example ESMTP\r\n",
     {{220, "", {"mx.example ESMTP"}, "220 mx.example ESMTP"}}},
    {"BareCode", "250\r\n", {{250, "", {""}, "250"}}},
    {"BareCodeWithSpace", "250 \r\n", {{250, "", {""}, "250 "}}},
    {"MultiLineEhlo", "250-mx.example Hello\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250 8BITMIME\r\n",
     {{250, "", {"mx.example Hello", "PIPELINING", "SIZE 10240000", "8BITMIME"},
       "250-mx.example Hello\n250-PIPELINING\n250-SIZE 10240000\n250 8BITMIME"}}},
    {"EnhancedCode", "250 2.1.5 Ok\r\n", {{250, "2.1.5", {"Ok"}, "250 2.1.5 Ok"}}},
    {"EnhancedCodeAlone", "250 2.0.0\r\n", {{250, "2.0.0", {""}, "250 2.0.0"}}},
    {"EnhancedThreeDigitParts", "550 5.7.26 DMARC\r\n", {{550, "5.7.26", {"DMARC"}, "550 5.7.26 DMARC"}}},
    {"EnhancedClassMismatchKeepsText", "250 5.1.1 x\r\n", {{250, "", {"5.1.1 x"}, "250 5.1.1 x"}}},
    {"EnhancedNeedsSpaceAfter", "250 2.0.0x\r\n", {{250, "", {"2.0.0x"}, "250 2.0.0x"}}},
    {"EnhancedNoLeadingZero", "250 2.01.0 x\r\n", {{250, "", {"2.01.0 x"}, "250 2.01.0 x"}}},
    {"EnhancedNotOn334", "334 VXNlcm5hbWU6\r\n", {{334, "", {"VXNlcm5hbWU6"}, "334 VXNlcm5hbWU6"}}},
    {"GmailMultiLine550",
     "550-5.1.1 The email account that you tried to reach does not exist.\r\n"
     "550 5.1.1 Please try double-checking the recipient's address.\r\n",
     {{550, "5.1.1",
       {"The email account that you tried to reach does not exist.",
        "Please try double-checking the recipient's address."},
       "550-5.1.1 The email account that you tried to reach does not exist.\n"
       "550 5.1.1 Please try double-checking the recipient's address."}}},
    {"DifferentEnhancedOnLaterLineIsKept", "550-5.1.1 a\r\n550 5.7.1 b\r\n",
     {{550, "5.1.1", {"a", "5.7.1 b"}, "550-5.1.1 a\n550 5.7.1 b"}}},
    {"BareLfIsText", "250 a\nb\r\n", {{250, "", {"a\nb"}, "250 a\nb"}}},
    {"BareCrIsText", "250 a\rb\r\n", {{250, "", {"a\rb"}, "250 a\rb"}}},
    {"PipelinedReplies", "250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n554 5.7.1 Relay\r\n354 Go\r\n",
     {{250, "2.1.0", {"Ok"}, "250 2.1.0 Ok"},
      {250, "2.1.5", {"Ok"}, "250 2.1.5 Ok"},
      {554, "5.7.1", {"Relay"}, "554 5.7.1 Relay"},
      {354, "", {"Go"}, "354 Go"}}},
    {"SmtpSinkEmptyLastLine", "250-smtp-sink\r\n250-PIPELINING\r\n250 \r\n",
     {{250, "", {"smtp-sink", "PIPELINING", ""}, "250-smtp-sink\n250-PIPELINING\n250 "}}},
};

INSTANTIATE_TEST_SUITE_P(ReplyParser, ReplyParserTable, ::testing::ValuesIn(kParseCases),
                         [](const auto &info) { return std::string(info.param.name); });

TEST(ReplyParser, SplitAtEveryByteGivesTheSameReplies)
{
    const QByteArray input = "220 mx.example ESMTP\r\n"
                             "250-mx.example Hello\r\n250-PIPELINING\r\n250 AUTH PLAIN LOGIN\r\n"
                             "550-5.1.1 one\r\n550 5.1.1 two\r\n"
                             "250\r\n";
    const QList<Reply> whole = parseWhole(input);
    ASSERT_EQ(whole.size(), 4);
    for (qsizetype cut = 0; cut <= input.size(); ++cut) {
        for (qsizetype cut2 = cut; cut2 <= input.size(); cut2 += 7) {
            SCOPED_TRACE(testing::Message() << "cuts at " << cut << ", " << cut2);
            ReplyParser parser;
            QList<Reply> got;
            parser.feed(QByteArrayView(input).first(cut));
            got += parseAll(parser);
            parser.feed(QByteArrayView(input).sliced(cut, cut2 - cut));
            got += parseAll(parser);
            parser.feed(QByteArrayView(input).sliced(cut2));
            got += parseAll(parser);
            ASSERT_FALSE(parser.hasError());
            ASSERT_EQ(got.size(), whole.size());
            for (qsizetype i = 0; i < got.size(); ++i) {
                EXPECT_EQ(got[i].code, whole[i].code);
                EXPECT_EQ(got[i].enhanced, whole[i].enhanced);
                EXPECT_EQ(got[i].lines, whole[i].lines);
            }
        }
    }
}

// Single-line replies a thread has read are kept, and a line read again is taken from there.
// Read twice, two thousand different lines (more than the cache holds, so entries collide
// and are replaced) must give the same replies; and a kept line that ends a multi-line
// reply is still read as that reply's last line.
TEST(ReplyParser, LinesReadAgainGiveTheSameReplies)
{
    QByteArray input;
    for (int i = 0; i < 2000; ++i) {
        const int code = 200 + (i % 4) * 100 + i % 7;
        if (i % 3 == 0)
            input += QByteArray::number(code) + " " + QByteArray::number(code / 100) + ".1." +
                     QByteArray::number(i % 9) + " Ok " + QByteArray::number(i) + "\r\n";
        else if (i % 3 == 1)
            input += QByteArray::number(code) + " text " + QByteArray::number(i) + "\r\n";
        else
            input += QByteArray::number(code) + "\r\n";
    }
    auto readAll = [&input] {
        ReplyParser parser;
        parser.feed(input);
        QList<std::pair<Reply, QByteArray>> out;
        while (auto r = parser.next())
            out.append({*r, parser.lastWire()});
        EXPECT_FALSE(parser.hasError());
        return out;
    };
    const auto first = readAll();
    const auto second = readAll();
    ASSERT_EQ(first.size(), 2000);
    ASSERT_EQ(second.size(), first.size());
    for (qsizetype i = 0; i < first.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(second[i].first.code, first[i].first.code);
        EXPECT_EQ(second[i].first.enhanced, first[i].first.enhanced);
        EXPECT_EQ(second[i].first.lines, first[i].first.lines);
        EXPECT_EQ(second[i].second, first[i].second);
    }
    EXPECT_EQ(first[0].first.code, 200);
    EXPECT_EQ(first[0].first.enhanced, "2.1.0");
    EXPECT_EQ(first[0].first.lines, QByteArrayList{"Ok 0"});
    EXPECT_EQ(first[0].second, "200 2.1.0 Ok 0");
    EXPECT_EQ(first[2].first.lines, QByteArrayList{QByteArray()});

    ReplyParser parser;
    parser.feed("250 2.1.5 Ok\r\n250-mx.example\r\n250 2.1.5 Ok\r\n250 2.1.5 Ok\r\n");
    const QList<Reply> got = parseAll(parser);
    ASSERT_EQ(got.size(), 3);
    EXPECT_EQ(got[1].lines, (QByteArrayList{"mx.example", "Ok"}));
    EXPECT_EQ(got[1].enhanced, "2.1.5");
    EXPECT_EQ(got[2].lines, QByteArrayList{"Ok"});
    EXPECT_EQ(parser.lastWire(), "250 2.1.5 Ok");
}

// The caches of repeated lines find a line by its hash. Lines of one length that differ in
// a single octet, anywhere, are common (queue ids, numbered users, a hundred servers'
// greetings) and must not share a hash, or the caches thrash; equal lines must share it.
TEST(LineHash, SetsApartLinesThatDifferInOneOctet)
{
    QList<QByteArray> lines{"", "2", "250", "250 OK", "250 Ok", "250 2.1.5 Ok", "250 2.1.0 Ok", "354 Go ahead",
                            "DATA", "QUIT", "RSET", "221 2.0.0 Bye"};
    for (int i = 0; i < 100; ++i) {
        lines << "220 mx.domain" + QByteArray::number(i) + ".example ESMTP Kurir";
        lines << "RCPT TO:<user" + QByteArray::number(i) + "@domain7.example>";
        lines << "250 2.0.0 Ok: queued as 4F2A" + QByteArray::number(1000 + i) + "C9";
    }
    for (int at = 0; at < 40; ++at) { // one octet changed, at every place of a 40-octet line
        QByteArray line(40, 'a');
        line[at] = 'b';
        lines << line;
    }
    QSet<size_t> hashes;
    for (const QByteArray &line : lines)
        hashes.insert(kurir::smtp::lineHash(line));
    EXPECT_EQ(hashes.size(), lines.size());
    const QByteArray copy = QByteArray("xx250 2.1.5 Ok").mid(2);
    EXPECT_EQ(kurir::smtp::lineHash(copy), kurir::smtp::lineHash("250 2.1.5 Ok"));
}

// Multi-line replies a thread has read are kept too, by their raw octets: the same EHLO reply
// read again, whole or in pieces, after others or with a line changed, parses as the first did.
TEST(ReplyParser, MultiLineRepliesReadAgainGiveTheSameReplies)
{
    const QByteArray ehlo = "250-mx.example Hello\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250 8BITMIME\r\n";
    const QByteArray other = "250-mx.example Hello\r\n250-PIPELINING\r\n250-SIZE 20480000\r\n250 8BITMIME\r\n";
    const QByteArray bounce = "550-5.1.1 The account does not exist\r\n550 5.1.1 Try again\r\n";
    const QByteArray all = ehlo + bounce + ehlo + other + bounce + ehlo;
    auto check = [&](const QList<std::pair<Reply, QByteArray>> &got) {
        ASSERT_EQ(got.size(), 6);
        for (int i : {0, 2, 5}) {
            EXPECT_EQ(got[i].first.code, 250);
            EXPECT_EQ(got[i].first.lines, (QByteArrayList{"mx.example Hello", "PIPELINING", "SIZE 10240000", "8BITMIME"}));
            EXPECT_EQ(got[i].second, "250-mx.example Hello\n250-PIPELINING\n250-SIZE 10240000\n250 8BITMIME");
        }
        EXPECT_EQ(got[3].first.lines.value(2), "SIZE 20480000");
        for (int i : {1, 4}) {
            EXPECT_EQ(got[i].first.code, 550);
            EXPECT_EQ(got[i].first.enhanced, "5.1.1");
            EXPECT_EQ(got[i].first.lines, (QByteArrayList{"The account does not exist", "Try again"}));
        }
    };
    for (int round = 0; round < 2; ++round) { // the second round reads every reply from the cache
        SCOPED_TRACE(round);
        ReplyParser parser;
        parser.feed(all);
        QList<std::pair<Reply, QByteArray>> got;
        while (auto r = parser.next())
            got.append({*r, parser.lastWire()});
        check(got);
    }
    // In pieces: a reply not whole in the buffer is read line by line, then found whole.
    ReplyParser parser;
    QList<std::pair<Reply, QByteArray>> got;
    for (qsizetype at = 0; at < all.size(); at += 17) {
        parser.feed(QByteArrayView(all).sliced(at, qMin<qsizetype>(17, all.size() - at)));
        while (auto r = parser.next())
            got.append({*r, parser.lastWire()});
    }
    EXPECT_FALSE(parser.hasError());
    check(got);
}

TEST(ReplyParser, OneByteAtATime)
{
    const QByteArray input = "250-a\r\n250 2.0.0 b\r\n";
    ReplyParser parser;
    QList<Reply> got;
    for (char c : input) {
        parser.feed(QByteArrayView(&c, 1));
        got += parseAll(parser);
    }
    ASSERT_EQ(got.size(), 1);
    EXPECT_EQ(got[0].lines, (QByteArrayList{"a", "b"}));
    EXPECT_EQ(got[0].enhanced, "2.0.0");
}

TEST(ReplyParser, IncompleteReplyWaitsForItsLastLine)
{
    ReplyParser parser;
    parser.feed("250-first\r\n250-second\r\n");
    EXPECT_FALSE(parser.next().has_value());
    parser.feed("250 last");
    EXPECT_FALSE(parser.next().has_value()); // no CRLF yet
    parser.feed("\r\n");
    const auto r = parser.next();
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->lines.size(), 3);
    EXPECT_FALSE(parser.hasError());
}

struct MalformedCase
{
    const char *name;
    QByteArray input;
    int repliesBeforeError;
};

void PrintTo(const MalformedCase &c, std::ostream *os) { *os << c.name; }

class ReplyParserMalformed : public ::testing::TestWithParam<MalformedCase>
{
};

TEST_P(ReplyParserMalformed, SetsErrorAndStops)
{
    const MalformedCase &c = GetParam();
    ReplyParser parser;
    parser.feed(c.input);
    const QList<Reply> got = parseAll(parser);
    EXPECT_TRUE(parser.hasError());
    EXPECT_EQ(got.size(), c.repliesBeforeError);
    // Nothing after the error is ever parsed, even a well-formed reply.
    parser.feed("250 ok\r\n");
    EXPECT_FALSE(parser.next().has_value());
}

const MalformedCase kMalformedCases[] = {
    {"Letters", "abc def\r\n", 0},
    {"Code600", "600 nope\r\n", 0},
    {"Code199", "199 nope\r\n", 0},
    {"SecondDigit6", "260 nope\r\n", 0},
    {"TwoDigits", "25\r\n", 0},
    {"EmptyLine", "\r\n", 0},
    {"NoSeparator", "250ok\r\n", 0},
    {"WrongSeparator", "250_ok\r\n", 0},
    {"MixedCodesInMultiLine", "250-a\r\n251 b\r\n", 0},
    {"GoodThenBad", "250 ok\r\nxyz\r\n", 1},
    {"OverLongLineWithCrlf", "250 " + QByteArray(5000, 'a') + "\r\n", 0},
};

INSTANTIATE_TEST_SUITE_P(ReplyParser, ReplyParserMalformed, ::testing::ValuesIn(kMalformedCases),
                         [](const auto &info) { return std::string(info.param.name); });

TEST(ReplyParser, OverLongLineWithoutCrlfIsAnErrorAndIsNotKept)
{
    ReplyParser parser;
    const QByteArray chunk(1000, 'a');
    parser.feed("250 ");
    for (int i = 0; i < 4; ++i) {
        parser.feed(chunk);
        EXPECT_FALSE(parser.next().has_value());
    }
    EXPECT_FALSE(parser.hasError()); // 4004 octets: still within the bound
    parser.feed(chunk);
    EXPECT_TRUE(parser.hasError());
    EXPECT_EQ(parser.bufferedBytes(), 0); // the hostile bytes were dropped
    parser.feed(chunk);
    EXPECT_EQ(parser.bufferedBytes(), 0);
}

TEST(ReplyParser, BoundHoldsWhenChunksArriveWithoutNext)
{
    // The driver may feed several reads before asking for replies; the bound still holds.
    ReplyParser parser;
    parser.feed("250 ok\r\n");
    for (int i = 0; i < 5; ++i)
        parser.feed(QByteArray(1000, 'x'));
    EXPECT_TRUE(parser.hasError());
    EXPECT_LT(parser.bufferedBytes(), 5000);
}

TEST(ReplyParser, EndlessMultiLineReplyIsBounded)
{
    ReplyParser parser;
    const QByteArray line = "250-" + QByteArray(100, 'x') + "\r\n";
    for (int i = 0; i < 1000 && !parser.hasError(); ++i) {
        parser.feed(line);
        EXPECT_FALSE(parser.next().has_value());
    }
    EXPECT_TRUE(parser.hasError());
}

TEST(ReplyParser, DiscardBufferedDropsEverythingAfterTheCurrentReply)
{
    ReplyParser parser;
    parser.feed("220 2.0.0 Ready to start TLS\r\n250-injected\r\n250 PIPELINING\r\n421 x");
    const auto ready = parser.next();
    ASSERT_TRUE(ready.has_value());
    EXPECT_EQ(ready->code, 220);
    EXPECT_GT(parser.bufferedBytes(), 0);
    parser.discardBuffered();
    EXPECT_EQ(parser.bufferedBytes(), 0);
    EXPECT_FALSE(parser.next().has_value());
    // The parser is usable for what comes through TLS.
    parser.feed("250-mx.example\r\n250 AUTH PLAIN\r\n");
    const auto ehlo = parser.next();
    ASSERT_TRUE(ehlo.has_value());
    EXPECT_EQ(ehlo->lines, (QByteArrayList{"mx.example", "AUTH PLAIN"}));
    EXPECT_FALSE(parser.hasError());
}

TEST(ReplyParser, DiscardBufferedDropsAHalfReadReply)
{
    ReplyParser parser;
    parser.feed("250-half\r\n");
    EXPECT_FALSE(parser.next().has_value());
    parser.discardBuffered();
    parser.feed("354 go\r\n"); // would be a code mismatch if "250-half" were still pending
    const auto r = parser.next();
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->code, 354);
    EXPECT_EQ(r->lines, QByteArrayList{"go"});
}

TEST(ReplyParser, SplitEnhanced)
{
    QByteArray enhanced, rest;
    EXPECT_TRUE(ReplyParser::splitEnhanced(550, "5.1.1 User unknown", &enhanced, &rest));
    EXPECT_EQ(enhanced, "5.1.1");
    EXPECT_EQ(rest, "User unknown");
    EXPECT_TRUE(ReplyParser::splitEnhanced(421, "4.4.2", &enhanced, &rest));
    EXPECT_EQ(enhanced, "4.4.2");
    EXPECT_EQ(rest, "");
    EXPECT_FALSE(ReplyParser::splitEnhanced(550, "4.1.1 x", &enhanced, &rest));
    EXPECT_FALSE(ReplyParser::splitEnhanced(354, "3.0.0 x", &enhanced, &rest)); // no class 3
    EXPECT_FALSE(ReplyParser::splitEnhanced(250, "2.1000.0 x", &enhanced, &rest));
    EXPECT_FALSE(ReplyParser::splitEnhanced(250, "2..0 x", &enhanced, &rest));
    EXPECT_FALSE(ReplyParser::splitEnhanced(250, "2.1.", &enhanced, &rest));
    EXPECT_FALSE(ReplyParser::splitEnhanced(250, "mx.example", &enhanced, &rest));
    EXPECT_TRUE(ReplyParser::splitEnhanced(250, "2.0.0 ", nullptr, nullptr));
}

} // namespace
