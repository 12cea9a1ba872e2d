// The MUA's message (RFC 5322, MIME RFC 2045-2047): fields present and absent, envelope
// versus headers (no Bcc), CRLF and line lengths, encoded words, base64 attachments, header
// injection refused (SMTP-NOTES §2.5), and byte-for-byte determinism.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "message/composer.h"
#include "message/inspect.h"
#include "messagecheck.h"
#include "support/printers.h"

namespace kurir::mail {

static void PrintTo(ComposeError e, std::ostream *os)
{
    static const char *const names[] = {"None",
                                        "MissingDate",
                                        "InvalidAddress",
                                        "LineBreakInHeader",
                                        "ControlCharacter",
                                        "InvalidMessageId",
                                        "InvalidMimeType",
                                        "NullReversePath",
                                        "NoRecipients"};
    *os << names[static_cast<int>(e)];
}

namespace {

using namespace kurir::mail::test;

QByteArray composed(const Composition &c)
{
    const ComposeResult result = composeMessage(c);
    EXPECT_TRUE(result.ok()) << "refused field " << result.field.toStdString();
    return result.message;
}

Composition withAttachments()
{
    Composition c = aliceToBob();
    c.attachments = {
        Attachment{QStringLiteral("nilai.bin"), "application/octet-stream", binaryContent()},
        Attachment{QStringLiteral("laporan \u00fcjian.pdf"), "application/pdf",
                   QByteArray("%PDF-1.4\n%\xe2\xe3\n")}};
    return c;
}

TEST(Composer, SimpleMessageIsExactlyWhatAClientSends)
{
    EXPECT_EQ(composed(aliceToBob()), QByteArray("Date: Fri, 27 Nov 2026 08:00:00 +0700\r\n"
                                                 "From: Alice <alice@gmail.example>\r\n"
                                                 "To: bob@yahoo.example\r\n"
                                                 "Subject: Halo Bob\r\n"
                                                 "Message-ID: <20261127080000.1@gmail.example>\r\n"
                                                 "MIME-Version: 1.0\r\n"
                                                 "Content-Type: text/plain; charset=utf-8\r\n"
                                                 "Content-Transfer-Encoding: 7bit\r\n"
                                                 "\r\n"
                                                 "Apa kabar?\r\n"));
}

TEST(Composer, BccIsInTheEnvelopeOnlyNeverInTheMessage)
{
    Composition c = aliceToBob();
    c.cc = {"carol@yahoo.example"};
    c.bcc = {"dave@hidden.example"};
    const QByteArray message = composed(c);

    const ParsedMessage parsed = parseMessage(message);
    ASSERT_TRUE(parsed.ok);
    for (const char *name : {"Date", "From", "To", "Cc", "Subject", "Message-ID", "MIME-Version"})
        EXPECT_EQ(headerValues(parsed, name).size(), 1) << name;
    EXPECT_TRUE(headerValues(parsed, "Bcc").isEmpty());
    EXPECT_FALSE(message.contains("dave")) << "the Bcc address leaked into the message";
    EXPECT_FALSE(message.contains("hidden.example"));
    EXPECT_EQ(headerValues(parsed, "Cc").value(0), QByteArray("carol@yahoo.example"));

    EXPECT_EQ(envelopeRecipients(c), (QList<QByteArray>{"bob@yahoo.example", "carol@yahoo.example",
                                                        "dave@hidden.example"}));
}

TEST(Composer, OnlyBlindCopiesGiveAnUndisclosedRecipientsGroup)
{
    Composition c = aliceToBob();
    c.to.clear();
    c.bcc = {"bob@yahoo.example", "carol@yahoo.example", "bob@yahoo.example"};
    const QByteArray message = composed(c);
    EXPECT_TRUE(message.contains("\r\nTo: undisclosed-recipients: ;\r\n")) << message.toStdString();
    EXPECT_FALSE(message.contains("bob@"));
    EXPECT_EQ(envelopeRecipients(c),
              (QList<QByteArray>{"bob@yahoo.example", "carol@yahoo.example"}));
}

TEST(Composer, NoCcFieldWithoutCopies)
{
    EXPECT_FALSE(composed(aliceToBob()).contains("\r\nCc:"));
}

TEST(Composer, EveryLineEndsInCrlfEvenAroundBinaryAttachments)
{
    Composition c = withAttachments();
    c.body = QStringLiteral("Unix\nline ends\rand old Mac\r\nand Windows\n");
    const QByteArray message = composed(c);
    EXPECT_TRUE(onlyCrlfLineEnds(message));
    EXPECT_TRUE(message.endsWith("\r\n"));
    EXPECT_TRUE(onlyCrlfLineEnds(composed(aliceToBob())));
}

TEST(Composer, IsDeterministic)
{
    const Composition c = withAttachments();
    const QByteArray first = composed(c);
    EXPECT_EQ(composed(c), first);

    const ParsedMessage parsed = parseMessage(first);
    const QString boundary = parsed.root.parameter("boundary");
    EXPECT_TRUE(boundary.startsWith(QStringLiteral("=_kurir_"))) << boundary.toStdString();

    Composition other = c;
    other.boundarySeed = "another seed";
    EXPECT_NE(parseMessage(composed(other)).root.parameter("boundary"), boundary);
}

TEST(Composer, NonAsciiSubjectAndNameBecomeEncodedWordsAndDecodeBack)
{
    Composition c = aliceToBob();
    c.fromName = QStringLiteral("Al\u00edce Pr\u00e1tama"); // Alíce Prátama
    c.subject = QStringLiteral("Undangan rapat \u2014 Kaf\u00e9 \u00d1usantara, pukul 08.00");
    const QByteArray message = composed(c);

    const QByteArray header = headerOf(message);
    for (char octet : header)
        ASSERT_LT(static_cast<unsigned char>(octet), 0x80) << "raw 8-bit octet in the header";
    EXPECT_TRUE(header.contains("=?UTF-8?")) << header.toStdString();
    EXPECT_FALSE(header.contains("iso-8859-1")) << "one charset for every encoded word";

    const ParsedMessage parsed = parseMessage(message);
    EXPECT_EQ(decodeHeaderValue(headerValues(parsed, "Subject").value(0)), c.subject);
    EXPECT_EQ(decodeHeaderValue(headerValues(parsed, "From").value(0)),
              QStringLiteral("Al\u00edce Pr\u00e1tama <alice@gmail.example>"));
}

TEST(Composer, AsciiBodyIs7bitAndNonAsciiBodyQuotedPrintable)
{
    const ParsedMessage ascii = parseMessage(composed(aliceToBob()));
    EXPECT_EQ(ascii.root.transferEncoding, QByteArray("7bit"));

    Composition c = aliceToBob();
    c.body = QStringLiteral("Sampai jumpa di kaf\u00e9!\nSalam,\nAlice\n");
    const QByteArray message = composed(c);
    const ParsedMessage parsed = parseMessage(message);
    EXPECT_EQ(parsed.root.transferEncoding, QByteArray("quoted-printable"));
    EXPECT_TRUE(parsed.root.encodedBody.contains("kaf=C3=A9!"))
        << parsed.root.encodedBody.toStdString();
    EXPECT_EQ(parsed.root.decodedBody,
              QByteArray("Sampai jumpa di kaf\xc3\xa9!\r\nSalam,\r\nAlice\r\n"));
    EXPECT_EQ(parsed.root.text,
              QStringLiteral("Sampai jumpa di kaf\u00e9!\r\nSalam,\r\nAlice\r\n"));
}

TEST(Composer, OverlongBodyLineIsQuotedPrintableSoNoLinePasses998)
{
    Composition c = aliceToBob();
    c.body = QString(5000, u'x') + u'\n';
    const QByteArray message = composed(c);
    EXPECT_LE(longestLine(message), 998);
    const ParsedMessage parsed = parseMessage(message);
    EXPECT_EQ(parsed.root.transferEncoding, QByteArray("quoted-printable"));
    EXPECT_EQ(parsed.root.decodedBody, QByteArray(5000, 'x') + "\r\n");
}

TEST(Composer, AttachmentIsBase64In76CharacterLinesAndDecodesToTheExactBytes)
{
    const Composition c = withAttachments();
    const ParsedMessage parsed = parseMessage(composed(c));
    ASSERT_TRUE(parsed.ok);
    ASSERT_EQ(parsed.root.children.size(), 3);
    const MimePart &attachment = parsed.root.children[1];

    EXPECT_EQ(attachment.transferEncoding, QByteArray("base64"));
    EXPECT_EQ(attachment.disposition, QByteArray("attachment"));
    EXPECT_EQ(attachment.decodedBody, binaryContent());
    const QList<QByteArray> lines = crlfLines(attachment.encodedBody);
    ASSERT_GT(lines.size(), 1);
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        EXPECT_EQ(lines[i].size(), 76) << "line " << i;
    EXPECT_LE(lines.last().size(), 76);
    EXPECT_EQ(QByteArray::fromBase64(attachment.encodedBody), binaryContent());
}

TEST(Composer, ParsingTheComposedMessageGivesBackTheMimeTree)
{
    const Composition c = withAttachments();
    const ParsedMessage parsed = parseMessage(composed(c));
    ASSERT_TRUE(parsed.ok);
    EXPECT_TRUE(parsed.issues.isEmpty());
    const MimePart &root = parsed.root;
    EXPECT_EQ(root.contentType, QByteArray("multipart/mixed"));
    ASSERT_EQ(root.children.size(), 3);

    EXPECT_EQ(root.children[0].contentType, QByteArray("text/plain"));
    EXPECT_EQ(root.children[0].parameter("charset"), QStringLiteral("utf-8"));
    EXPECT_EQ(root.children[0].decodedBody, QByteArray("Apa kabar?\r\n"));
    EXPECT_TRUE(root.children[0].fileName.isEmpty());

    for (int i = 0; i < 2; ++i) {
        const MimePart &part = root.children[i + 1];
        SCOPED_TRACE(i);
        EXPECT_EQ(part.contentType, c.attachments[i].mimeType);
        EXPECT_EQ(part.fileName, c.attachments[i].fileName);
        EXPECT_EQ(part.decodedSize, c.attachments[i].content.size());
        EXPECT_EQ(part.decodedBody, c.attachments[i].content);
        EXPECT_TRUE(part.children.isEmpty());
    }
}

TEST(Composer, NonAsciiFileNameIsAnRfc2231ParameterInUtf8)
{
    const QByteArray message = composed(withAttachments());
    EXPECT_TRUE(message.contains("filename*=UTF-8''laporan%20%C3%BCjian.pdf"))
        << message.toStdString();
}

TEST(Composer, LongSubjectIsFoldedAndUnfoldsToTheSameText)
{
    Composition c = aliceToBob();
    QString subject;
    for (int i = 0; subject.size() < 400; ++i)
        subject += QStringLiteral("kata%1 ").arg(i);
    c.subject = subject.trimmed();
    const QByteArray message = composed(c);
    EXPECT_LE(longestLine(headerOf(message)), 78);
    EXPECT_GT(crlfLines(headerOf(message)).size(), 12) << "the subject was not folded";
    const ParsedMessage parsed = parseMessage(message);
    EXPECT_EQ(decodeHeaderValue(headerValues(parsed, "Subject").value(0)), c.subject);
}

TEST(Composer, LongNonAsciiSubjectIsSplitIntoShortEncodedWords)
{
    Composition c = aliceToBob();
    c.subject = QStringLiteral(
        "Kaf\u00e9 \u00d1usantara: rapat guru \u2014 caf\u00e9 d\u00e9j\u00e0 vu, "
        "se\u00f1or cr\u00e8me br\u00fbl\u00e9e, p\u00e2t\u00e9 \u00e0 la fran\u00e7aise, "
        "na\u00efve r\u00e9sum\u00e9 \u00fcber \u00e4rger");
    const QByteArray message = composed(c);
    EXPECT_LE(longestLine(headerOf(message)), 78);
    EXPECT_EQ(decodeHeaderValue(headerValues(parseMessage(message), "Subject").value(0)),
              c.subject);
}

TEST(Composer, SubjectWithoutSpacesStaysUnder998)
{
    // Nothing to fold at: GMime 3.2 cuts the word into encoded words of up to 77 (us-ascii,
    // Q) or 116 (UTF-8, B) characters, so a line reaches 125. Longer than RFC 2047's 75 and
    // RFC 5322's 78 (SHOULD), but within the 998 that is a MUST.
    for (const QString &subject : {QString(1500, u'a'), QString(700, QChar(0x00e9))}) {
        Composition c = aliceToBob();
        c.subject = subject;
        const QByteArray message = composed(c);
        EXPECT_LE(longestLine(message), 998);
        EXPECT_GT(crlfLines(headerOf(message)).size(), 15);
        EXPECT_EQ(decodeHeaderValue(headerValues(parseMessage(message), "Subject").value(0)),
                  c.subject);
    }
}

TEST(Composer, BoundaryNeverOccursInsideAnUnencodedPart)
{
    Composition c = withAttachments();
    const QByteArray first = parseMessage(composed(c)).root.parameter("boundary").toLatin1();
    c.body = QStringLiteral("A student pastes the delimiter:\n--%1\nand goes on.\n")
                 .arg(QString::fromLatin1(first));
    const ParsedMessage parsed = parseMessage(composed(c));
    EXPECT_EQ(parsed.root.children[0].transferEncoding, QByteArray("7bit"));
    EXPECT_NE(parsed.root.parameter("boundary").toLatin1(), first);
    ASSERT_EQ(parsed.root.children.size(), 3);
    EXPECT_TRUE(parsed.root.children[0].decodedBody.contains("--" + first));
}

struct Refusal
{
    const char *name;
    void (*spoil)(Composition &);
    ComposeError error;
    const char *field;
};

class ComposerRefuses : public ::testing::TestWithParam<Refusal>
{
};

TEST_P(ComposerRefuses, WithAnErrorAndNoMessage)
{
    Composition c = withAttachments();
    GetParam().spoil(c);
    const ComposeResult result = composeMessage(c);
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(result.error, GetParam().error);
    EXPECT_EQ(result.field, QByteArray(GetParam().field));
    EXPECT_TRUE(result.message.isEmpty());
}

const Refusal kRefusals[] = {
    {"SubjectWithCrlfBcc",
     [](Composition &c) { c.subject = QStringLiteral("Hello\r\nBcc: evil@x"); },
     ComposeError::LineBreakInHeader, "Subject"},
    {"SubjectWithBareLf", [](Composition &c) { c.subject = QStringLiteral("Hello\nBcc: evil@x"); },
     ComposeError::LineBreakInHeader, "Subject"},
    {"SubjectWithBareCr", [](Composition &c) { c.subject = QStringLiteral("Hello\rX: y"); },
     ComposeError::LineBreakInHeader, "Subject"},
    {"SubjectWithNul",
     [](Composition &c) { c.subject = QStringLiteral("Hello") + QChar(0) + u'x'; },
     ComposeError::ControlCharacter, "Subject"},
    {"DisplayNameWithLf",
     [](Composition &c) { c.fromName = QStringLiteral("Alice\n\nbody starts early"); },
     ComposeError::LineBreakInHeader, "From"},
    {"FromWithCrlf", [](Composition &c) { c.from = "alice@gmail.example\r\nBcc: evil@x"; },
     ComposeError::LineBreakInHeader, "From"},
    {"ToWithCrlf", [](Composition &c) { c.to.append("bob@yahoo.example\r\nX-Evil: 1"); },
     ComposeError::LineBreakInHeader, "To"},
    {"CcNotAnAddress", [](Composition &c) { c.cc = {"Carol <carol@yahoo.example>"}; },
     ComposeError::InvalidAddress, "Cc"},
    {"BccWithLf", [](Composition &c) { c.bcc = {"dave@x.example\n"}; },
     ComposeError::LineBreakInHeader, "Bcc"},
    {"EmptyFrom", [](Composition &c) { c.from.clear(); }, ComposeError::InvalidAddress, "From"},
    {"InvalidDate", [](Composition &c) { c.date = QDateTime(); }, ComposeError::MissingDate,
     "Date"},
    {"MessageIdWithCrlf", [](Composition &c) { c.messageId = "a@b\r\nBcc: evil@x"; },
     ComposeError::LineBreakInHeader, "Message-ID"},
    {"MessageIdWithoutAt", [](Composition &c) { c.messageId = "no-at-sign"; },
     ComposeError::InvalidMessageId, "Message-ID"},
    {"FileNameWithCrlf",
     [](Composition &c) { c.attachments[0].fileName = QStringLiteral("a.txt\r\nX: y"); },
     ComposeError::LineBreakInHeader, "filename"},
    {"MimeTypeWithoutSubtype", [](Composition &c) { c.attachments[0].mimeType = "application"; },
     ComposeError::InvalidMimeType, "Content-Type"},
    {"MimeTypeWithParameterInjection",
     [](Composition &c) { c.attachments[0].mimeType = "text/plain; x=\"y\""; },
     ComposeError::InvalidMimeType, "Content-Type"},
    {"MessageAsBase64Attachment",
     [](Composition &c) { c.attachments[0].mimeType = "message/rfc822"; },
     ComposeError::InvalidMimeType, "Content-Type"},
};

INSTANTIATE_TEST_SUITE_P(Message, ComposerRefuses, ::testing::ValuesIn(kRefusals),
                         [](const auto &info) { return std::string(info.param.name); });

TEST(Composer, MessageIdMayBeGivenWithAngleBrackets)
{
    Composition c = aliceToBob();
    c.messageId = "<x.1@gmail.example>";
    EXPECT_TRUE(composed(c).contains("\r\nMessage-ID: <x.1@gmail.example>\r\n"));
    c.messageId.clear();
    EXPECT_FALSE(composed(c).contains("Message-ID"));
}

TEST(Composer, EmptySubjectAndBodyStillMakeACompleteMessage)
{
    Composition c = aliceToBob();
    c.subject.clear();
    c.body.clear();
    const QByteArray message = composed(c);
    EXPECT_FALSE(message.contains("Subject:"));
    EXPECT_TRUE(message.endsWith("\r\n"));
    EXPECT_TRUE(onlyCrlfLineEnds(message));
    const ParsedMessage parsed = parseMessage(message);
    EXPECT_TRUE(parsed.ok);
    EXPECT_TRUE(parsed.root.decodedBody.trimmed().isEmpty());
}

TEST(Composer, DisplayNameWithSpecialsIsQuoted)
{
    Composition c = aliceToBob();
    c.fromName = QStringLiteral("Alice, Guru (Kelas 7)");
    EXPECT_TRUE(
        composed(c).contains("\r\nFrom: \"Alice, Guru (Kelas 7)\" <alice@gmail.example>\r\n"));
}

TEST(Composer, EmptyMimeTypeMeansOctetStream)
{
    Composition c = aliceToBob();
    c.attachments = {Attachment{QStringLiteral("data"), QByteArray(), QByteArray("\x01\x02", 2)}};
    const ParsedMessage parsed = parseMessage(composed(c));
    ASSERT_EQ(parsed.root.children.size(), 2);
    EXPECT_EQ(parsed.root.children[1].contentType, QByteArray("application/octet-stream"));
}

TEST(Composer, DateKeepsTheZoneOfTheSimulatedClock)
{
    Composition c = aliceToBob();
    c.date = QDateTime(QDate(2026, 1, 5), QTime(23, 59, 7), Qt::OffsetFromUTC, -(3 * 3600 + 1800));
    EXPECT_TRUE(composed(c).startsWith("Date: Mon, 5 Jan 2026 23:59:07 -0330\r\n"));
}

} // namespace
} // namespace kurir::mail
