// Bounces: multipart/report; report-type=delivery-status (RFC 6522) with the human text,
// message/delivery-status (RFC 3464) and the original; read back by parseBounce().

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "message/composer.h"
#include "message/dsn.h"
#include "message/inspect.h"
#include "message/messagedate.h"
#include "messagecheck.h"
#include "support/printers.h"

namespace kurir::mail {
namespace {

using namespace kurir::mail::test;

QByteArray originalMessage()
{
    Composition c = aliceToBob();
    c.to = {"bob@yahoo.example", "nobody@yahoo.example"};
    return "Received: from [192.0.2.10] by smtp.gmail.example; Fri, 27 Nov 2026 08:00:00 "
           "+0700\r\n" +
           composeMessage(c).message;
}

DsnInfo gmailBounces()
{
    DsnInfo info;
    info.reportingMta = "smtp.gmail.example";
    info.postmasterAddress = "mailer-daemon@gmail.example";
    info.originalSender = "alice@gmail.example";
    info.originalEnvelopeId = "QQ314159";
    info.arrivalDate = classroomTime();
    info.date = classroomTime(5);

    DsnRecipient unknown;
    unknown.finalRecipient = "nobody@yahoo.example";
    unknown.originalRecipient = "nobody@yahoo.example";
    unknown.action = "failed";
    unknown.status = "5.1.1";
    unknown.remoteMta = "mx.yahoo.example";
    unknown.diagnosticCode = "550 5.1.1 <nobody@yahoo.example>: Recipient address rejected: User "
                             "unknown in virtual mailbox table";
    unknown.lastAttemptDate = classroomTime(4);

    DsnRecipient later;
    later.finalRecipient = "bob@yahoo.example";
    later.action = "delayed";
    later.status = "4.2.2";
    later.remoteMta = "mx.yahoo.example";
    later.diagnosticCode = "452-4.2.2 Mailbox full\r\n452 4.2.2 Try again later";
    later.willRetryUntil = classroomTime(5 * 24 * 3600);

    info.recipients = {unknown, later};
    info.originalMessage = originalMessage();
    info.includeFullMessage = true;
    info.humanText = QStringLiteral("Ini adalah sistem surat di smtp.gmail.example.\n\n"
                                    "Maaf, pesan Anda tidak dapat dikirim.\n");
    info.messageId = "bounce.1@gmail.example";
    info.boundarySeed = "gmail-to-yahoo/bounce";
    return info;
}

QByteArray bounce(const DsnInfo &info)
{
    const ComposeResult result = composeBounce(info);
    EXPECT_TRUE(result.ok()) << result.field.toStdString();
    return result.message;
}

TEST(Dsn, IsAMultipartReportWithThreePartsInOrder)
{
    const ParsedMessage parsed = parseMessage(bounce(gmailBounces()));
    ASSERT_TRUE(parsed.ok);
    EXPECT_TRUE(parsed.issues.isEmpty());
    EXPECT_EQ(parsed.root.contentType, QByteArray("multipart/report"));
    EXPECT_EQ(parsed.root.parameter("report-type"), QStringLiteral("delivery-status"));
    ASSERT_EQ(parsed.root.children.size(), 3);
    EXPECT_EQ(parsed.root.children[0].contentType, QByteArray("text/plain"));
    EXPECT_EQ(parsed.root.children[1].contentType, QByteArray("message/delivery-status"));
    EXPECT_EQ(parsed.root.children[2].contentType, QByteArray("message/rfc822"));
    EXPECT_EQ(parsed.root.children[2].decodedBody, originalMessage());
    ASSERT_EQ(parsed.root.children[2].children.size(), 1);
    EXPECT_EQ(headerValues(parsed.root.children[2].children[0].headers, "Subject"),
              QList<QByteArray>{"Halo Bob"});
}

TEST(Dsn, HeaderComesFromThePostmasterAndIsMarkedAutomatic)
{
    const QByteArray message = bounce(gmailBounces());
    const ParsedMessage parsed = parseMessage(message);
    EXPECT_EQ(headerValues(parsed, "From"),
              QList<QByteArray>{"Mail Delivery Subsystem <mailer-daemon@gmail.example>"});
    EXPECT_EQ(headerValues(parsed, "To"), QList<QByteArray>{"alice@gmail.example"});
    EXPECT_EQ(headerValues(parsed, "Subject"),
              QList<QByteArray>{"Undelivered Mail Returned to Sender"});
    EXPECT_EQ(headerValues(parsed, "Auto-Submitted"), QList<QByteArray>{"auto-replied"});
    EXPECT_EQ(headerValues(parsed, "Date"), QList<QByteArray>{"Fri, 27 Nov 2026 08:00:05 +0700"});
    EXPECT_EQ(headerValues(parsed, "Message-ID"), QList<QByteArray>{"<bounce.1@gmail.example>"});
    EXPECT_EQ(headerValues(parsed, "MIME-Version"), QList<QByteArray>{"1.0"});
    EXPECT_TRUE(onlyCrlfLineEnds(message));
    EXPECT_LE(longestLine(message), 998);
}

TEST(Dsn, DeliveryStatusFieldsAreWrittenAsRfc3464Shows)
{
    const ParsedMessage parsed = parseMessage(bounce(gmailBounces()));
    ASSERT_EQ(parsed.root.children.size(), 3);
    const QByteArray status = parsed.root.children[1].decodedBody;
    EXPECT_TRUE(status.startsWith(
        "Original-Envelope-Id: QQ314159\r\n"
        "Reporting-MTA: dns; smtp.gmail.example\r\n"
        "Arrival-Date: Fri, 27 Nov 2026 08:00:00 +0700\r\n"
        "\r\n"
        "Original-Recipient: rfc822; nobody@yahoo.example\r\n"
        "Final-Recipient: rfc822; nobody@yahoo.example\r\n"
        "Action: failed\r\n"
        "Status: 5.1.1\r\n"
        "Remote-MTA: dns; mx.yahoo.example\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <nobody@yahoo.example>: Recipient address\r\n"
        " rejected: User unknown in virtual mailbox table\r\n"
        "Last-Attempt-Date: Fri, 27 Nov 2026 08:00:04 +0700\r\n"
        "\r\n"
        "Final-Recipient: rfc822; bob@yahoo.example\r\n"))
        << status.toStdString();
    EXPECT_LE(longestLine(status), 78);
}

TEST(Dsn, ParseBounceGivesBackTheRecipients)
{
    const DsnInfo info = gmailBounces();
    const std::optional<ParsedDsn> dsn = parseBounce(bounce(info));
    ASSERT_TRUE(dsn.has_value());
    EXPECT_EQ(dsn->reportingMta, QByteArray("smtp.gmail.example"));
    EXPECT_EQ(dsn->originalEnvelopeId, QByteArray("QQ314159"));
    EXPECT_EQ(dsn->arrivalDate, QByteArray("Fri, 27 Nov 2026 08:00:00 +0700"));
    EXPECT_EQ(dsn->humanText,
              QStringLiteral("Ini adalah sistem surat di smtp.gmail.example.\r\n\r\n"
                             "Maaf, pesan Anda tidak dapat dikirim.\r\n"));
    EXPECT_TRUE(dsn->returnedFullMessage);
    EXPECT_EQ(dsn->returnedContent, originalMessage());

    ASSERT_EQ(dsn->recipients.size(), 2);
    const DsnRecipient &unknown = dsn->recipients[0];
    EXPECT_EQ(unknown.finalRecipient, info.recipients[0].finalRecipient);
    EXPECT_EQ(unknown.originalRecipient, info.recipients[0].originalRecipient);
    EXPECT_EQ(unknown.action, QByteArray("failed"));
    EXPECT_EQ(unknown.status, QByteArray("5.1.1"));
    EXPECT_EQ(unknown.remoteMta, QByteArray("mx.yahoo.example"));
    EXPECT_EQ(unknown.diagnosticCode, info.recipients[0].diagnosticCode); // folding undone exactly
    EXPECT_EQ(unknown.lastAttemptDate, info.recipients[0].lastAttemptDate);
    EXPECT_FALSE(unknown.willRetryUntil.isValid());

    const DsnRecipient &later = dsn->recipients[1];
    EXPECT_EQ(later.finalRecipient, QByteArray("bob@yahoo.example"));
    EXPECT_EQ(later.action, QByteArray("delayed"));
    EXPECT_EQ(later.status, QByteArray("4.2.2"));
    // A multi-line reply is one line in the report.
    EXPECT_EQ(later.diagnosticCode, QByteArray("452-4.2.2 Mailbox full 452 4.2.2 Try again later"));
    EXPECT_EQ(later.willRetryUntil, info.recipients[1].willRetryUntil);
    EXPECT_TRUE(later.originalRecipient.isEmpty());
}

TEST(Dsn, HeadersOnlyReturnsTextRfc822Headers)
{
    DsnInfo info = gmailBounces();
    info.includeFullMessage = false;
    const QByteArray message = bounce(info);
    const ParsedMessage parsed = parseMessage(message);
    ASSERT_EQ(parsed.root.children.size(), 3);
    EXPECT_EQ(parsed.root.children[2].contentType, QByteArray("text/rfc822-headers"));
    EXPECT_EQ(parsed.root.children[2].decodedBody, headerSection(originalMessage()));
    EXPECT_FALSE(message.contains("Apa kabar?")) << "the original body was returned";

    const std::optional<ParsedDsn> dsn = parseBounce(message);
    ASSERT_TRUE(dsn.has_value());
    EXPECT_FALSE(dsn->returnedFullMessage);
    EXPECT_EQ(dsn->returnedContent, headerSection(originalMessage()));
}

TEST(Dsn, IsDeterministic)
{
    const DsnInfo info = gmailBounces();
    const QByteArray first = bounce(info);
    EXPECT_EQ(bounce(info), first);
    EXPECT_TRUE(
        parseMessage(first).root.parameter("boundary").startsWith(QStringLiteral("=_kurir_")));
}

TEST(Dsn, BoundaryAvoidsAnOriginalThatIsItselfABounce)
{
    // The original is a bounce made with the same seed: its delimiter lines must not end the
    // new report early.
    DsnInfo info = gmailBounces();
    info.originalMessage = bounce(info);
    info.originalSender = "postmaster@yahoo.example";
    const ParsedMessage parsed = parseMessage(bounce(info));
    ASSERT_EQ(parsed.root.children.size(), 3);
    EXPECT_EQ(parsed.root.children[2].decodedBody, info.originalMessage);
}

TEST(Dsn, OriginalWithNulIsReturnedAsBinaryUnchanged)
{
    DsnInfo info = gmailBounces();
    info.originalMessage = QByteArray("Subject: nul\r\n\r\nab\0c\r\nd\xff\r\n", 22);
    const ParsedMessage parsed = parseMessage(bounce(info));
    ASSERT_EQ(parsed.root.children.size(), 3);
    EXPECT_EQ(parsed.root.children[2].transferEncoding, QByteArray("binary"));
    EXPECT_EQ(parsed.root.children[2].decodedBody, info.originalMessage);
}

TEST(Dsn, WithoutHumanTextAnEnglishExplanationIsWritten)
{
    DsnInfo info = gmailBounces();
    info.humanText.clear();
    info.originalMessage.clear();
    const std::optional<ParsedDsn> dsn = parseBounce(bounce(info));
    ASSERT_TRUE(dsn.has_value());
    EXPECT_TRUE(dsn->humanText.contains(QStringLiteral("smtp.gmail.example")));
    EXPECT_TRUE(dsn->humanText.contains(QStringLiteral("<nobody@yahoo.example>: 550 5.1.1")));
    EXPECT_TRUE(dsn->returnedContent.isEmpty());
    EXPECT_EQ(parseMessage(bounce(info)).root.children.size(), 2);
}

TEST(Dsn, OnlyDelaysGiveADelayedSubject)
{
    DsnInfo info = gmailBounces();
    info.recipients.removeFirst();
    EXPECT_EQ(headerValues(parseMessage(bounce(info)), "Subject"),
              QList<QByteArray>{"Delayed Mail (still being retried)"});
}

TEST(Dsn, NeverBouncesABounce)
{
    DsnInfo info = gmailBounces();
    info.originalSender.clear();
    ComposeResult result = composeBounce(info);
    EXPECT_EQ(result.error, ComposeError::NullReversePath);
    EXPECT_TRUE(result.message.isEmpty());
    info.originalSender = "<>";
    EXPECT_EQ(composeBounce(info).error, ComposeError::NullReversePath);
}

TEST(Dsn, RefusesBadInput)
{
    DsnInfo info = gmailBounces();
    info.recipients.clear();
    EXPECT_EQ(composeBounce(info).error, ComposeError::NoRecipients);
    info = gmailBounces();
    info.subject = QStringLiteral("Bounce\r\nBcc: x@y.example");
    EXPECT_EQ(composeBounce(info).error, ComposeError::LineBreakInHeader);
    info = gmailBounces();
    info.postmasterAddress = "mailer-daemon";
    EXPECT_EQ(composeBounce(info).error, ComposeError::InvalidAddress);
    info = gmailBounces();
    info.date = QDateTime();
    EXPECT_EQ(composeBounce(info).error, ComposeError::MissingDate);
}

TEST(Dsn, ParseBounceRejectsOrdinaryMessages)
{
    EXPECT_FALSE(parseBounce(originalMessage()).has_value());
    EXPECT_FALSE(parseBounce(QByteArray()).has_value());
    EXPECT_FALSE(
        parseBounce(
            "Content-Type: multipart/report; report-type=disposition-notification; "
            "boundary=x\r\n\r\n--x\r\nContent-Type: message/disposition-notification\r\n\r\n"
            "Final-Recipient: rfc822; a@b.example\r\n--x--\r\n")
            .has_value());
}

TEST(Dsn, ParseBounceReadsAPostfixBounce)
{
    // The shape Postfix 3.7 produces (SMTP-NOTES §1.11), with LF line ends as stored on disk.
    const QByteArray postfix =
        "From: Mail Delivery System <MAILER-DAEMON@test.example>\n"
        "Subject: Undelivered Mail Returned to Sender\n"
        "To: alice@sink.example\n"
        "Auto-Submitted: auto-replied\n"
        "MIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status;\n"
        "\tboundary=\"BE27711209B.1795740004/mx.test.example\"\n"
        "\n"
        "--BE27711209B.1795740004/mx.test.example\n"
        "Content-Description: Notification\n"
        "Content-Type: text/plain; charset=us-ascii\n"
        "\n"
        "This is the mail system at host mx.test.example.\n"
        "\n"
        "--BE27711209B.1795740004/mx.test.example\n"
        "Content-Description: Delivery report\n"
        "Content-Type: message/delivery-status\n"
        "\n"
        "Reporting-MTA: dns; mx.test.example\n"
        "X-Postfix-Queue-ID: BE27711209B\n"
        "Arrival-Date: Fri, 27 Nov 2026 00:40:04 +0000 (UTC)\n"
        "\n"
        "Final-Recipient: rfc822; nobody@reject.example\n"
        "Original-Recipient: rfc822;nobody@reject.example\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Remote-MTA: dns; 127.0.0.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <nobody@reject.example>: Recipient address\n"
        "    rejected: User unknown\n"
        "\n"
        "--BE27711209B.1795740004/mx.test.example--\n";
    const std::optional<ParsedDsn> dsn = parseBounce(postfix);
    ASSERT_TRUE(dsn.has_value());
    EXPECT_EQ(dsn->reportingMta, QByteArray("mx.test.example"));
    ASSERT_EQ(dsn->recipients.size(), 1);
    EXPECT_EQ(dsn->recipients[0].finalRecipient, QByteArray("nobody@reject.example"));
    EXPECT_EQ(dsn->recipients[0].originalRecipient, QByteArray("nobody@reject.example"));
    EXPECT_EQ(dsn->recipients[0].status, QByteArray("5.1.1"));
    EXPECT_EQ(dsn->recipients[0].remoteMta, QByteArray("127.0.0.1"));
    EXPECT_EQ(
        dsn->recipients[0].diagnosticCode,
        QByteArray(
            "550 5.1.1 <nobody@reject.example>: Recipient address    rejected: User unknown"));
    EXPECT_TRUE(dsn->returnedContent.isEmpty());
}

} // namespace
} // namespace kurir::mail
