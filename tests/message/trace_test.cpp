// Trace fields (RFC 5321 §4.4): the exact Received text a server prepends, Return-Path at
// final delivery, prepending, and the hop count used for loop detection (§6.3).

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <QLocale>

#include "message/inspect.h"
#include "message/messagedate.h"
#include "message/trace.h"
#include "messagecheck.h"
#include "support/printers.h"

namespace kurir::mail {
namespace {

using namespace kurir::mail::test;

ReceivedInfo yahooStampsGmail()
{
    ReceivedInfo info;
    info.heloName = "smtp.gmail.example";
    info.peerAddress = "203.0.113.5";
    info.peerHostName = "smtp.gmail.example";
    info.byHost = "mx.yahoo.example";
    info.protocol = "ESMTPS";
    info.id = "0000000A";
    info.forRecipient = "bob@yahoo.example";
    info.time = classroomTime(1);
    info.software = "Kurir";
    return info;
}

TEST(Trace, ReceivedLooksLikePostfixs)
{
    EXPECT_EQ(receivedHeader(yahooStampsGmail()),
              QByteArray("Received: from smtp.gmail.example (smtp.gmail.example [203.0.113.5])\r\n"
                         "\tby mx.yahoo.example (Kurir) with ESMTPS id 0000000A\r\n"
                         "\tfor <bob@yahoo.example>; Fri, 27 Nov 2026 08:00:01 +0700\r\n"));
}

TEST(Trace, ClockTimeStampsTheSameAsQDateTime)
{
    ReceivedInfo info = yahooStampsGmail();
    const QByteArray expected = receivedHeader(info);
    info.clock = ClockTime{info.time.toMSecsSinceEpoch(), info.time.offsetFromUtc()};
    info.time = QDateTime();
    EXPECT_EQ(receivedHeader(info), expected);
}

TEST(Trace, WithoutForClauseTheDateHasItsOwnLine)
{
    ReceivedInfo info = yahooStampsGmail();
    info.forRecipient.clear();
    info.software = "(Kurir)";
    EXPECT_EQ(receivedHeader(info),
              QByteArray("Received: from smtp.gmail.example (smtp.gmail.example [203.0.113.5])\r\n"
                         "\tby mx.yahoo.example (Kurir) with ESMTPS id 0000000A;\r\n"
                         "\tFri, 27 Nov 2026 08:00:01 +0700\r\n"));
}

TEST(Trace, UnknownReverseDnsAndIpv6Literal)
{
    ReceivedInfo info = yahooStampsGmail();
    info.peerHostName.clear();
    info.heloName = "laptop";
    info.peerAddress = "2001:db8::5";
    info.forRecipient = "<bob@yahoo.example>";
    EXPECT_EQ(receivedHeader(info),
              QByteArray("Received: from laptop ([IPv6:2001:db8::5])\r\n"
                         "\tby mx.yahoo.example (Kurir) with ESMTPS id 0000000A\r\n"
                         "\tfor <bob@yahoo.example>; Fri, 27 Nov 2026 08:00:01 +0700\r\n"));
}

TEST(Trace, LocallyMadeMessageHasNoFromClause)
{
    ReceivedInfo info;
    info.byHost = "smtp.gmail.example";
    info.software = "Kurir";
    info.id = "0000000B";
    info.time = classroomTime(3600);
    EXPECT_EQ(receivedHeader(info),
              QByteArray("Received: by smtp.gmail.example (Kurir) id 0000000B;\r\n"
                         "\tFri, 27 Nov 2026 09:00:00 +0700\r\n"));
}

TEST(Trace, InvalidTimeLeavesNoBlankContinuationLine)
{
    ReceivedInfo info = yahooStampsGmail();
    info.forRecipient.clear();
    info.time = QDateTime();
    for (const QByteArray &line : crlfLines(receivedHeader(info)))
        EXPECT_FALSE(line.trimmed().isEmpty());
}

TEST(Trace, HostileEhloNameCannotBreakTheField)
{
    ReceivedInfo info = yahooStampsGmail();
    info.heloName = "evil.example\r\nBcc: victim@example.net\r\n\r\nbody";
    info.peerHostName = "a b\tc";
    info.software = "Kurir) (injected\r\n";
    const QByteArray field = receivedHeader(info);
    EXPECT_TRUE(onlyCrlfLineEnds(field));
    const QList<QByteArray> lines = crlfLines(field);
    EXPECT_TRUE(lines[0].startsWith("Received: from evil.exampleBcc:victim@example.netbody"));
    for (qsizetype i = 1; i < lines.size(); ++i)
        EXPECT_TRUE(lines[i].startsWith('\t')) << "line " << i << " is not a continuation";
    EXPECT_TRUE(field.contains("(Kurir injected)"));
    const ParsedMessage parsed = parseMessage(field + "Subject: x\r\n\r\n");
    EXPECT_EQ(headerValues(parsed, "Received").size(), 1);
    EXPECT_TRUE(headerValues(parsed, "Bcc").isEmpty());
}

TEST(Trace, LongNamesAreFoldedWithin78Columns)
{
    ReceivedInfo info = yahooStampsGmail();
    info.heloName = QByteArray(40, 'h') + ".example";
    info.peerHostName = QByteArray(40, 'r') + ".example";
    info.byHost = QByteArray(50, 'b') + ".example";
    const QByteArray field = receivedHeader(info);
    EXPECT_LE(longestLine(field), 78) << field.toStdString();
    // Folds fall between clauses, never between a keyword and its value.
    EXPECT_TRUE(field.contains("\r\n\twith ESMTPS id 0000000A\r\n")) << field.toStdString();
    const QByteArray unfolded = headerValues(parseMessage(field + "\r\n"), "Received").value(0);
    EXPECT_TRUE(unfolded.simplified().contains("by " + info.byHost + " (Kurir) with ESMTPS"));
}

TEST(Trace, ReturnPath)
{
    EXPECT_EQ(returnPathHeader("alice@gmail.example"),
              QByteArray("Return-Path: <alice@gmail.example>\r\n"));
    EXPECT_EQ(returnPathHeader("<alice@gmail.example>"),
              QByteArray("Return-Path: <alice@gmail.example>\r\n"));
    EXPECT_EQ(returnPathHeader(""), QByteArray("Return-Path: <>\r\n"));
    EXPECT_EQ(returnPathHeader("<>"), QByteArray("Return-Path: <>\r\n"));
    EXPECT_EQ(returnPathHeader("a@b.example\r\nX: y"),
              QByteArray("Return-Path: <a@b.exampleX:y>\r\n"));
}

TEST(Trace, PrependPutsTheFieldOnTopAndCompletesItsLine)
{
    const QByteArray message = "Subject: x\r\n\r\nbody\r\n";
    EXPECT_EQ(prependHeader(message, "Return-Path: <a@b.example>\r\n"),
              QByteArray("Return-Path: <a@b.example>\r\nSubject: x\r\n\r\nbody\r\n"));
    EXPECT_EQ(prependHeader(message, "X-Test: 1"),
              QByteArray("X-Test: 1\r\nSubject: x\r\n\r\nbody\r\n"));
    EXPECT_EQ(prependHeader(message, QByteArray()), message);

    const QByteArray stamped = prependHeader(message, receivedHeader(yahooStampsGmail()));
    EXPECT_TRUE(stamped.startsWith("Received: from smtp.gmail.example"));
    EXPECT_TRUE(stamped.endsWith(message));
    EXPECT_EQ(countReceived(stamped), 1);
}

TEST(Trace, CountReceivedLooksAtTheHeaderOnly)
{
    const QByteArray message = "Received: from a by b; Fri, 27 Nov 2026 08:00:00 +0700\r\n"
                               "received: from c\r\n\tby d; Fri, 27 Nov 2026 08:00:00 +0700\r\n"
                               "Received : obsolete spacing before the colon\r\n"
                               "X-Received: not a trace field\r\n"
                               "Subject: Received: in a subject\r\n"
                               "\r\n"
                               "Received: from a line in the body\r\n";
    EXPECT_EQ(countReceived(message), 3);
    EXPECT_EQ(countReceived("Received: x\nReceived: y\n\nReceived: z\n"), 2);
    EXPECT_EQ(countReceived(QByteArray()), 0);
    EXPECT_EQ(countReceived("\r\nReceived: only in the body\r\n"), 0);
}

TEST(Trace, HopCountGrowsWithEachStamp)
{
    QByteArray message = "Subject: loop\r\n\r\nReceived: fake\r\n";
    for (int hop = 1; hop <= 101; ++hop) {
        ReceivedInfo info = yahooStampsGmail();
        info.id = QByteArray::number(hop);
        message = prependHeader(message, receivedHeader(info));
        ASSERT_EQ(countReceived(message), hop);
    }
    EXPECT_GT(countReceived(message), 100); // RFC 5321 §6.3: a loop by then
}

// ---- dates ----------------------------------------------------------------------------------

TEST(MessageDate, FormatsWithTheNumericZoneOfTheClock)
{
    EXPECT_EQ(formatMessageDate(classroomTime()), QByteArray("Fri, 27 Nov 2026 08:00:00 +0700"));
    EXPECT_EQ(formatMessageDate(QDateTime(QDate(2026, 11, 27), QTime(1, 0), Qt::UTC)),
              QByteArray("Fri, 27 Nov 2026 01:00:00 +0000"));
    EXPECT_EQ(
        formatMessageDate(QDateTime(QDate(2027, 2, 1), QTime(0, 0, 59), Qt::OffsetFromUTC, -9000)),
        QByteArray("Mon, 1 Feb 2027 00:00:59 -0230"));
    EXPECT_EQ(formatMessageDate(QDateTime()), QByteArray());
}

// The arithmetic formatter (no QDateTime) must give the very bytes Qt's calendar gives:
// leap days, century years, before 1970, and zones on either side of UTC.
TEST(MessageDate, ArithmeticMatchesQtsCalendar)
{
    const QLocale c = QLocale::c();
    const qint64 day = 86400000;
    std::vector<qint64> instants = {0, -1, -day, 951782400000 /* 2000-02-29 */, 4107542399999,
                                    -2208988800000 /* 1900-01-01 */, 253402300799000 /* 9999 */};
    for (qint64 t = -40LL * 365 * day; t < 120LL * 365 * day; t += 7 * day + 3723001)
        instants.push_back(t);
    for (const int offset : {0, 7 * 3600, -9000, 14 * 3600, -12 * 3600, 5 * 3600 + 45 * 60}) {
        for (const qint64 t : instants) {
            const QDateTime qt = QDateTime::fromMSecsSinceEpoch(t, Qt::OffsetFromUTC, offset);
            const int minutes = std::abs(offset) / 60;
            const QString expected = c.toString(qt, QStringLiteral("ddd, d MMM yyyy hh:mm:ss ")) +
                                     (offset < 0 ? u'-' : u'+') +
                                     QStringLiteral("%1%2").arg(minutes / 60, 2, 10, QLatin1Char('0'))
                                         .arg(minutes % 60, 2, 10, QLatin1Char('0'));
            ASSERT_EQ(formatMessageDate(t, offset), expected.toLatin1()) << t << ' ' << offset;
            ASSERT_EQ(formatMessageDate(qt), expected.toLatin1());
        }
    }
}

TEST(MessageDate, ParsesWhatItFormatsAndTheObsoleteForms)
{
    const QDateTime time = classroomTime(61);
    const QDateTime parsed = parseMessageDate(formatMessageDate(time));
    EXPECT_EQ(parsed, time);
    EXPECT_EQ(parsed.offsetFromUtc(), 7 * 3600);

    EXPECT_EQ(parseMessageDate("27 Nov 26 01:00 GMT"),
              QDateTime(QDate(2026, 11, 27), QTime(1, 0), Qt::UTC));
    EXPECT_EQ(parseMessageDate("Fri, 27 Nov 2026 00:40:04 +0000 (UTC)"),
              QDateTime(QDate(2026, 11, 27), QTime(0, 40, 4), Qt::UTC));
    EXPECT_EQ(parseMessageDate("Thu,\r\n 26 Nov 2026 20:00:00 EST").toUTC(),
              QDateTime(QDate(2026, 11, 27), QTime(1, 0), Qt::UTC));
    for (const char *bad :
         {"", "yesterday", "32 Nov 2026 00:00:00 +0000", "27 Nov 2026 25:00 +0000",
          "27 Nov 2026 08:00:00 +07", "27 Foo 2026 08:00:00 +0700"})
        EXPECT_FALSE(parseMessageDate(bad).isValid()) << bad;
}

} // namespace
} // namespace kurir::mail
