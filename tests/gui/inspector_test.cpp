// The message inspector: the envelope beside the headers with the difference explained, the
// Received: chain growing hop by hop, the MIME tree with a base64 part shown both ways, the
// dot-stuffed source, and an AUTH PLAIN line decoded.

#include <gtest/gtest.h>

#include <QTreeWidget>

#include "fixtures.h"
#include "messageinspector.h"

namespace kurir::gui {
namespace {

using engine::EventKind;

TEST(MessageInspection, AddressesOfAHeader)
{
    EXPECT_EQ(addressesIn(QStringLiteral("Bob <Bob@Yahoo.example>, carol@outlook.example")),
              (QByteArrayList{"bob@yahoo.example", "carol@outlook.example"}));
    EXPECT_TRUE(addressesIn(QStringLiteral("undisclosed-recipients:;")).isEmpty());
}

TEST(MessageInspector, AuthPlainIsDecodedToShowItIsNoEncryption)
{
    const auto trace = test::gmailToYahoo();
    MessageInspector inspector;
    inspector.setTrace(trace);
    const int auth = test::findEvent(*trace, EventKind::SmtpCommand, "AUTH PLAIN");
    ASSERT_GE(auth, 0);
    inspector.setCurrent(auth);
    EXPECT_TRUE(inspector.authText().contains(QStringLiteral("[NUL]alice@gmail.example[NUL]kucing123")))
        << inspector.authText().toStdString();
    inspector.setCurrent(auth + 1);
    EXPECT_TRUE(inspector.authText().isEmpty());
}

TEST(MessageInspector, ReceivedChainGrowsHopByHopAndShrinksWhenSteppingBack)
{
    const auto trace = test::gmailToYahoo();
    MessageInspector inspector;
    inspector.setTrace(trace);
    const int compose = test::findEvent(*trace, EventKind::Compose);
    inspector.setCurrent(compose);
    EXPECT_EQ(inspector.inspection().receivedChain.size(), 0);
    EXPECT_TRUE(inspector.headersText().contains(QStringLiteral("Subject: Halo, Bob!")));

    const int last = int(trace->events.size()) - 1;
    inspector.setCurrent(last);
    const qsizetype atBob = inspector.inspection().receivedChain.size();
    EXPECT_GE(atBob, 2) << "one line from Gmail, one from Yahoo";
    EXPECT_EQ(inspector.receivedLines().size(), atBob);
    EXPECT_TRUE(inspector.receivedLines().front().contains(QStringLiteral("mx.yahoo.example")))
        << "the newest line is on top";

    inspector.setCurrent(compose);
    EXPECT_EQ(inspector.inspection().receivedChain.size(), 0);
}

TEST(MessageInspector, BccRecipientIsInTheEnvelopeOnly)
{
    const auto trace = test::lesson(QStringLiteral("cc-bcc"));
    ASSERT_TRUE(trace);
    MessageInspector inspector;
    inspector.setTrace(trace);
    int found = -1;
    for (int i = 0; i < int(trace->events.size()) && found < 0; ++i) {
        inspector.setCurrent(i);
        if (inspector.inspection().envelopeOnly.contains("dewi@yahoo.example"))
            found = i;
    }
    ASSERT_GE(found, 0) << "no step shows Dewi in the envelope only";
    EXPECT_TRUE(inspector.envelopeText().contains(QStringLiteral("RCPT TO:<dewi@yahoo.example>")));
    EXPECT_FALSE(inspector.headersText().contains(QStringLiteral("dewi")));
    EXPECT_TRUE(inspector.notesText().contains(QStringLiteral("dewi@yahoo.example is in the envelope but in no To or Cc header")))
        << inspector.notesText().toStdString();
    EXPECT_FALSE(inspector.inspection().envelopeOnly.contains("bob@yahoo.example"));
}

TEST(MessageInspector, BounceHasTheNullSenderAndAMimeReport)
{
    const auto trace = test::lesson(QStringLiteral("unknown-recipient"));
    ASSERT_TRUE(trace);
    MessageInspector inspector;
    inspector.setTrace(trace);
    inspector.setCurrent(int(trace->events.size()) - 1);
    const MessageInspection &in = inspector.inspection();
    ASSERT_GE(in.snapshot, 0);
    EXPECT_TRUE(in.envelopeFrom.isEmpty());
    EXPECT_TRUE(in.fromDiffers);
    EXPECT_TRUE(inspector.notesText().contains(QStringLiteral("bounce")));
    // The MIME tree: multipart/report with the human text, the status and the original.
    QTreeWidget *tree = inspector.mimeTree();
    ASSERT_EQ(tree->topLevelItemCount(), 1);
    EXPECT_EQ(tree->topLevelItem(0)->text(0), QStringLiteral("multipart/report"));
    EXPECT_GE(tree->topLevelItem(0)->childCount(), 2);
}

TEST(MessageInspector, Base64AttachmentShownEncodedAndDecoded)
{
    // Alice's video in the too-large lesson travels in base64.
    const auto trace = test::lesson(QStringLiteral("too-large"));
    ASSERT_TRUE(trace);
    MessageInspector inspector;
    inspector.setTrace(trace);
    inspector.setCurrent(test::findEvent(*trace, EventKind::Compose));
    ASSERT_TRUE(inspector.mimeTree()->currentItem());
    EXPECT_EQ(inspector.mimeTree()->currentItem()->text(2), QStringLiteral("base64"));
    EXPECT_FALSE(inspector.partEncoded().isEmpty());
    EXPECT_FALSE(inspector.partDecoded().isEmpty());
    EXPECT_NE(inspector.partEncoded(), inspector.partDecoded());
}

TEST(MessageInspector, RawSourceIsTheDataAsSent)
{
    const auto trace = test::gmailToYahoo();
    MessageInspector inspector;
    inspector.setTrace(trace);
    const int data = test::findEvent(*trace, EventKind::SmtpData);
    ASSERT_GE(data, 0);
    inspector.setCurrent(data);
    EXPECT_TRUE(inspector.rawSource().contains(QStringLiteral("Subject: Halo, Bob!")));
    EXPECT_FALSE(inspector.rawSource().contains(u'\r'));
}

} // namespace
} // namespace kurir::gui
