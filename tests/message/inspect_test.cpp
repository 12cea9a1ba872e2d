// Reading messages back: header order and duplicates, encoded words, the MIME tree, and
// robustness — garbage, truncation, deep nesting and large inputs must never crash.

#include <random>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "message/composer.h"
#include "message/inspect.h"
#include "messagecheck.h"
#include "support/printers.h"

namespace kurir::mail {
namespace {

using namespace kurir::mail::test;

QByteArray nestedMultiparts(int depth)
{
    QByteArray message = "Subject: nest\r\n";
    for (int i = 0; i < depth; ++i) {
        const QByteArray b = "b" + QByteArray::number(i);
        message += "Content-Type: multipart/mixed; boundary=" + b + "\r\n\r\n--" + b + "\r\n";
    }
    message += "Content-Type: text/plain\r\n\r\nleaf\r\n";
    for (int i = depth - 1; i >= 0; --i)
        message += "--b" + QByteArray::number(i) + "--\r\n";
    return message;
}

TEST(Inspect, HeaderFieldsKeepTheirOrderDuplicatesAndSpelling)
{
    const ParsedMessage parsed = parseMessage(
        "Received: from a.example\r\n\tby b.example; Fri, 27 Nov 2026 08:00:01 +0700\r\n"
        "Received: from c.example by d.example; Fri, 27 Nov 2026 08:00:00 +0700\r\n"
        "Subject: x\r\n"
        "Content-Type: text/plain; charset=us-ascii\r\n"
        "X-After:   y  \r\n"
        "MIME-Version: 1.0\r\n"
        "\r\n"
        "body\r\n");
    ASSERT_TRUE(parsed.ok);
    QList<QByteArray> names;
    for (const HeaderField &field : parsed.headers())
        names.append(field.name);
    EXPECT_EQ(names, (QList<QByteArray>{"Received", "Received", "Subject", "Content-Type",
                                        "X-After", "MIME-Version"}));
    EXPECT_EQ(headerValues(parsed, "received"),
              (QList<QByteArray>{"from a.example\tby b.example; Fri, 27 Nov 2026 08:00:01 +0700",
                                 "from c.example by d.example; Fri, 27 Nov 2026 08:00:00 +0700"}));
    EXPECT_EQ(headerValues(parsed, "x-after"), QList<QByteArray>{"y"});
    EXPECT_TRUE(headerValues(parsed, "Bcc").isEmpty());
    EXPECT_EQ(parsed.root.contentType, QByteArray("text/plain"));
    EXPECT_EQ(parsed.root.decodedBody, QByteArray("body\r\n"));
}

TEST(Inspect, MessageWithoutContentTypeIsPlainText)
{
    const ParsedMessage parsed = parseMessage("Subject: old style\r\n\r\nHello\r\n");
    ASSERT_TRUE(parsed.ok);
    EXPECT_EQ(parsed.root.contentType, QByteArray("text/plain")); // RFC 2045 §5.2
    EXPECT_TRUE(parsed.root.transferEncoding.isEmpty());
    EXPECT_EQ(parsed.root.text, QStringLiteral("Hello\r\n"));
}

TEST(Inspect, DecodesEncodedWords)
{
    EXPECT_EQ(decodeHeaderValue("=?UTF-8?B?S2Fmw6kgTnVzYW50YXJh?="),
              QStringLiteral("Kaf\u00e9 Nusantara"));
    EXPECT_EQ(decodeHeaderValue("=?iso-8859-1?q?caf=E9?= au lait"),
              QStringLiteral("caf\u00e9 au lait"));
    // RFC 2047 §6.2: whitespace between adjacent encoded words is not displayed.
    EXPECT_EQ(decodeHeaderValue("=?UTF-8?Q?a?= =?UTF-8?Q?b?="), QStringLiteral("ab"));
    EXPECT_EQ(decodeHeaderValue("Plain\r\n folded"), QStringLiteral("Plain folded"));
    EXPECT_EQ(decodeHeaderValue(QByteArray()), QString());
}

TEST(Inspect, TextIsConvertedFromItsCharset)
{
    const ParsedMessage parsed =
        parseMessage("Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: "
                     "8bit\r\n\r\ncaf\xe9\r\n");
    EXPECT_EQ(parsed.root.decodedBody, QByteArray("caf\xe9\r\n"));
    EXPECT_EQ(parsed.root.text, QStringLiteral("caf\u00e9\r\n"));
    EXPECT_EQ(parsed.root.parameter("CHARSET"), QStringLiteral("iso-8859-1"));
}

TEST(Inspect, EnclosedMessageIsAChildWithItsOwnHeader)
{
    const ParsedMessage parsed =
        parseMessage("Subject: outer\r\nContent-Type: multipart/mixed; boundary=zz\r\n\r\n"
                     "--zz\r\nContent-Type: message/rfc822\r\n\r\n"
                     "Subject: inner\r\nContent-Type: text/plain\r\n\r\ninner body\r\n"
                     "--zz--\r\n");
    ASSERT_TRUE(parsed.ok);
    ASSERT_EQ(parsed.root.children.size(), 1);
    const MimePart &enclosed = parsed.root.children[0];
    EXPECT_EQ(enclosed.contentType, QByteArray("message/rfc822"));
    EXPECT_TRUE(enclosed.decodedBody.contains("Subject: inner\r\n"));
    ASSERT_EQ(enclosed.children.size(), 1);
    EXPECT_EQ(headerValues(enclosed.children[0].headers, "Subject"), QList<QByteArray>{"inner"});
    EXPECT_EQ(enclosed.children[0].decodedBody, QByteArray("inner body"));
}

TEST(Inspect, HeaderSectionStopsAtTheFirstEmptyLine)
{
    EXPECT_EQ(headerSection("A: 1\r\nB: 2\r\n\r\nbody\r\n\r\nC: 3\r\n"),
              QByteArray("A: 1\r\nB: 2\r\n"));
    EXPECT_EQ(headerSection("A: 1\nB: 2\n\nbody\n"), QByteArray("A: 1\nB: 2\n"));
    EXPECT_EQ(headerSection("A: 1\r\nB: 2"), QByteArray("A: 1\r\nB: 2"));
    EXPECT_EQ(headerSection("\r\nbody"), QByteArray());
    EXPECT_EQ(headerSection(QByteArray()), QByteArray());
}

// ---- garbage in, no crash out -------------------------------------------------------------

TEST(InspectRobustness, EmptyInputIsNotAMessage)
{
    const ParsedMessage parsed = parseMessage(QByteArray());
    EXPECT_FALSE(parsed.ok);
    EXPECT_TRUE(parsed.headers().isEmpty());
}

TEST(InspectRobustness, NulBytesAreNotAMessage)
{
    const ParsedMessage parsed = parseMessage(QByteArray("\0\0\0", 3));
    EXPECT_FALSE(parsed.ok);
    EXPECT_TRUE(parsed.issues.contains(ParseIssue::InvalidHeaderName));
}

TEST(InspectRobustness, RandomBytesNeverCrash)
{
    std::mt19937 random(20261127);
    for (int round = 0; round < 50; ++round) {
        QByteArray bytes(1 + int(random() % 20000), Qt::Uninitialized);
        for (char &octet : bytes)
            octet = char(random());
        const ParsedMessage parsed = parseMessage(bytes);
        EXPECT_TRUE(!parsed.ok || !parsed.headers().isEmpty());
    }
}

TEST(InspectRobustness, ShuffledMimeFragmentsNeverCrash)
{
    // Closer to real damage than random bytes: valid pieces in the wrong places.
    const QByteArray fragments[] = {
        "Content-Type: multipart/mixed; boundary=a\r\n",
        "Content-Type: message/rfc822\r\n",
        "Content-Type: multipart/alternative; boundary=\"b\"\r\n",
        "--a\r\n",
        "--b\r\n",
        "--a--\r\n",
        "\r\n",
        "Content-Transfer-Encoding: base64\r\n",
        "Content-Transfer-Encoding: quoted-printable\r\n",
        "AAEC=\r\n",
        "=?UTF-8?B?w6k?=\r\n",
        "Subject: =?x?q?=ZZ?=\r\n",
        "Received: x\r\n",
        "Content-Disposition: attachment; filename*0*=utf-8''%FF; filename*1=x\r\n",
        "text =\r\n",
        " folded continuation\r\n",
        "Content-Type: text/plain; charset=\"no-such-charset\"\r\n"};
    std::mt19937 random(42);
    for (int round = 0; round < 300; ++round) {
        QByteArray message = "Subject: fragments\r\n";
        const int count = 1 + int(random() % 60);
        for (int i = 0; i < count; ++i)
            message += fragments[random() % std::size(fragments)];
        const ParsedMessage parsed = parseMessage(message);
        EXPECT_TRUE(parsed.ok) << message.toStdString();
    }
}

TEST(InspectRobustness, TruncatedMultipartKeepsWhatArrived)
{
    Composition c = aliceToBob();
    c.attachments = {
        Attachment{QStringLiteral("a.bin"), "application/octet-stream", binaryContent()}};
    const QByteArray message = composeMessage(c).message;
    const QByteArray truncated = message.left(message.size() - 200);

    const ParsedMessage parsed = parseMessage(truncated);
    EXPECT_TRUE(parsed.ok);
    EXPECT_TRUE(parsed.issues.contains(ParseIssue::Truncated));
    EXPECT_EQ(parsed.root.contentType, QByteArray("multipart/mixed"));
    ASSERT_EQ(parsed.root.children.size(), 2);
    EXPECT_EQ(parsed.root.children[0].decodedBody, QByteArray("Apa kabar?\r\n"));
    EXPECT_LT(parsed.root.children[1].decodedSize, binaryContent().size());
    EXPECT_TRUE(binaryContent().startsWith(parsed.root.children[1].decodedBody.left(600)));
}

TEST(InspectRobustness, TwoHundredNestedMultipartsAreParsedWhole)
{
    const ParsedMessage parsed = parseMessage(nestedMultiparts(200));
    ASSERT_TRUE(parsed.ok);
    EXPECT_TRUE(parsed.issues.isEmpty());
    const MimePart *part = &parsed.root;
    int depth = 0;
    while (part->isMultipart() && part->children.size() == 1) {
        part = &part->children[0];
        ++depth;
    }
    EXPECT_EQ(depth, 200);
    EXPECT_EQ(part->contentType, QByteArray("text/plain"));
    EXPECT_EQ(part->decodedBody, QByteArray("leaf"));
}

TEST(InspectRobustness, ThousandsOfNestedMultipartsAreCutNotACrash)
{
    const ParsedMessage parsed = parseMessage(nestedMultiparts(5000));
    EXPECT_TRUE(parsed.ok);
    EXPECT_TRUE(parsed.issues.contains(ParseIssue::NestingTooDeep));
    int depth = 0;
    for (const MimePart *part = &parsed.root; !part->children.isEmpty(); part = &part->children[0])
        ++depth;
    EXPECT_LE(depth, 257); // the tree stops at 256 levels, well inside any thread stack
}

TEST(InspectRobustness, TenMegabyteMessageIsReadWhole)
{
    QByteArray line(70, 'x');
    line += "\r\n";
    QByteArray body;
    body.reserve(10 * 1024 * 1024 + 100);
    while (body.size() < 10 * 1024 * 1024)
        body += line;
    const ParsedMessage parsed = parseMessage("Subject: big\r\n\r\n" + body);
    ASSERT_TRUE(parsed.ok);
    EXPECT_EQ(parsed.root.decodedSize, body.size());
}

TEST(InspectRobustness, TenMegabytesOfRandomBytesNeverCrash)
{
    std::mt19937 random(7);
    QByteArray bytes(10 * 1024 * 1024, Qt::Uninitialized);
    for (char &octet : bytes)
        octet = char(random());
    const ParsedMessage parsed = parseMessage("Subject: noise\r\n\r\n" + bytes);
    EXPECT_TRUE(parsed.ok);
    EXPECT_EQ(parsed.root.decodedSize, bytes.size());
    EXPECT_FALSE(parseMessage(bytes).ok);
}

} // namespace
} // namespace kurir::mail
