// DATA on the server: transparency (RFC 5321 §4.5.2), the end of data only at CRLF.CRLF
// (§4.1.1.4), SMTP smuggling (SMTP-NOTES §2.1), size limits (RFC 1870 §5), long lines
// (§4.5.3.1.6), mail loops (§6.3) and the driver deciding a message asynchronously.

#include <cstring>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "protocol/serversession.h"
#include "serverfixture.h"

namespace kurir::smtp::test {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::StartsWith;
using State = ServerSession::State;

/// A StaticPolicy that remembers what it was asked at the end of DATA, and can leave the
/// decision to the driver (`pending`).
class RecordingPolicy : public StaticPolicy
{
public:
    explicit RecordingPolicy(const StaticPolicy &base) : StaticPolicy(base) {}

    Decision acceptMessage(const Envelope &envelope, const QByteArray &content) override
    {
        envelopes.push_back(envelope);
        contents.push_back(content);
        if (pending)
            return Decision{true, Reply{}};
        return StaticPolicy::acceptMessage(envelope, content);
    }

    bool pending = false;
    std::vector<Envelope> envelopes;
    std::vector<QByteArray> contents;
};

/// The content of every DataReceived event of an answer.
std::vector<QByteArray> delivered(const Answer &a)
{
    std::vector<QByteArray> out;
    for (const SessionEvent &e : a.events)
        if (e.kind == SessionEvent::Kind::DataReceived)
            out.push_back(e.wire);
    return out;
}

/// Starts every test with RCPT TO:<bob@yahoo.example> accepted; `data()` sends DATA.
class ServerDataTest : public ServerTest
{
protected:
    void SetUp() override { ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::WithRecipient)); }

    void beginRecording(Variant variant = Variant::Mx, Stage stage = Stage::WithRecipient)
    {
        auto policy = std::make_unique<RecordingPolicy>(policyFor(variant));
        m_recorder = policy.get();
        ASSERT_NO_FATAL_FAILURE(begin(std::move(policy), stage));
    }

    void data() { ASSERT_THAT(say("DATA").replies, ElementsAre("StartMailInput")); }

    RecordingPolicy *m_recorder = nullptr;
};

// ---- The ordinary message -------------------------------------------------------------------

TEST_F(ServerDataTest, MessageIsAcceptedWithAQueueId)
{
    const Answer start = say("DATA");
    EXPECT_EQ(start.wire, QByteArray("354 End data with <CR><LF>.<CR><LF>\r\n"));
    EXPECT_EQ(session().state(), State::Data);

    EXPECT_TRUE(send("Subject: hi\r\n\r\nHello Bob\r\n").replies.empty()) << "no reply before the end";
    const Answer end = send(".\r\n");
    EXPECT_THAT(end.replies, ElementsAre("MessageAccepted"));
    EXPECT_THAT(end.wire.toStdString(), StartsWith("250 2.0.0 OK: queued as "));
    EXPECT_GT(end.wire.size(), qsizetype(strlen("250 2.0.0 OK: queued as \r\n"))) << "the id is not empty";
    EXPECT_THAT(delivered(end), ElementsAre(QByteArray("Subject: hi\r\n\r\nHello Bob\r\n")));
    EXPECT_EQ(session().state(), State::Greeted);
}

TEST_F(ServerDataTest, EachMessageGetsItsOwnQueueId)
{
    ASSERT_NO_FATAL_FAILURE(data());
    const QByteArray first = send("one\r\n.\r\n").wire;
    ASSERT_THAT(say("MAIL FROM:<a@b>").replies, ElementsAre("SenderOk"));
    ASSERT_THAT(say("RCPT TO:<bob@yahoo.example>").replies, ElementsAre("RecipientOk"));
    ASSERT_NO_FATAL_FAILURE(data());
    const QByteArray second = send("two\r\n.\r\n").wire;
    EXPECT_THAT(first.toStdString(), StartsWith("250 2.0.0 OK: queued as "));
    EXPECT_THAT(second.toStdString(), StartsWith("250 2.0.0 OK: queued as "));
    EXPECT_NE(first, second);
}

TEST_F(ServerDataTest, TransactionIsResetAfterTheMessage)
{
    ASSERT_NO_FATAL_FAILURE(data());
    EXPECT_THAT(send("Hi\r\n.\r\n").replies, ElementsAre("MessageAccepted"));
    EXPECT_THAT(say("RCPT TO:<bob@yahoo.example>").replies, ElementsAre("NeedMail"));
    EXPECT_THAT(say("DATA").replies, ElementsAre("NeedMail"));
    EXPECT_THAT(say("MAIL FROM:<a@b>").replies, ElementsAre("SenderOk"));
}

TEST_F(ServerDataTest, EnvelopeAndContentReachThePolicy)
{
    ASSERT_NO_FATAL_FAILURE(beginRecording(Variant::Mx, Stage::Greeted));
    ASSERT_THAT(say("MAIL FROM:<carol@gmail.example> BODY=8BITMIME").replies, ElementsAre("SenderOk"));
    ASSERT_THAT(say("RCPT TO:<bob@yahoo.example>").replies, ElementsAre("RecipientOk"));
    ASSERT_THAT(say("RCPT TO:<x@gmail.example>").replies, ElementsAre("RelayDenied"));
    ASSERT_THAT(say("RCPT TO:<postmaster@yahoo.example>").replies, ElementsAre("RecipientOk"));
    ASSERT_NO_FATAL_FAILURE(data());
    const Answer end = send("Subject: hi\r\n\r\nHello\r\n.\r\n");
    EXPECT_THAT(end.replies, ElementsAre("MessageAccepted"));

    ASSERT_EQ(m_recorder->envelopes.size(), 1u);
    const Envelope &e = m_recorder->envelopes.front();
    EXPECT_EQ(e.reversePath.toString(), QByteArray("carol@gmail.example"));
    ASSERT_EQ(e.recipients.size(), 2) << "the refused recipient is not in the envelope";
    EXPECT_EQ(e.recipients[0].toString(), QByteArray("bob@yahoo.example"));
    EXPECT_EQ(e.recipients[1].toString(), QByteArray("postmaster@yahoo.example"));
    EXPECT_EQ(e.heloName, QByteArray("client.example"));
    EXPECT_TRUE(e.authenticatedUser.isEmpty());
    EXPECT_FALSE(e.tls);
    EXPECT_TRUE(e.eightBit);
    EXPECT_EQ(m_recorder->contents.front(), QByteArray("Subject: hi\r\n\r\nHello\r\n"));
    EXPECT_THAT(delivered(end), ElementsAre(m_recorder->contents.front()));
}

TEST_F(ServerDataTest, NullSenderReachesThePolicyAsNull)
{
    ASSERT_NO_FATAL_FAILURE(beginRecording(Variant::Mx, Stage::Greeted));
    ASSERT_THAT(say("MAIL FROM:<>").replies, ElementsAre("SenderOk"));
    ASSERT_THAT(say("RCPT TO:<bob@yahoo.example>").replies, ElementsAre("RecipientOk"));
    ASSERT_NO_FATAL_FAILURE(data());
    EXPECT_THAT(send("bounce\r\n.\r\n").replies, ElementsAre("MessageAccepted"));
    ASSERT_EQ(m_recorder->envelopes.size(), 1u);
    EXPECT_TRUE(m_recorder->envelopes.front().reversePath.isNull());
}

TEST_F(ServerDataTest, RecipientsOverTheLimitAreNotDelivered)
{
    ASSERT_NO_FATAL_FAILURE(beginRecording(Variant::MxStrict, Stage::InTransaction));
    for (const char *r : {"a", "b", "c"})
        ASSERT_THAT(say(std::string("RCPT TO:<") + r + "@yahoo.example>").replies, ElementsAre("RecipientOk"));
    EXPECT_THAT(say("RCPT TO:<d@yahoo.example>").replies, ElementsAre("TooManyRecipients"));
    ASSERT_NO_FATAL_FAILURE(data());
    EXPECT_THAT(send("Hi\r\n.\r\n").replies, ElementsAre("MessageAccepted"));
    ASSERT_EQ(m_recorder->envelopes.size(), 1u);
    const QList<Mailbox> &rcpts = m_recorder->envelopes.front().recipients;
    ASSERT_EQ(rcpts.size(), 3);
    EXPECT_EQ(rcpts[0].toString(), QByteArray("a@yahoo.example"));
    EXPECT_EQ(rcpts[2].toString(), QByteArray("c@yahoo.example"));
}

// ---- Transparency and the end of data (RFC 5321 §4.5.2, §4.1.1.4) --------------------------

TEST_F(ServerDataTest, DotStuffedLinesAreUnstuffed)
{
    ASSERT_NO_FATAL_FAILURE(data());
    const Answer end = send("..x\r\n...\r\n..\r\n.a.b\r\n. \r\nnot.a.dot\r\n.\r\n");
    EXPECT_THAT(end.replies, ElementsAre("MessageAccepted"));
    EXPECT_THAT(delivered(end), ElementsAre(QByteArray(".x\r\n..\r\n.\r\na.b\r\n \r\nnot.a.dot\r\n")));
}

TEST_F(ServerDataTest, EmptyMessage)
{
    ASSERT_NO_FATAL_FAILURE(data());
    const Answer end = send(".\r\n");
    EXPECT_THAT(end.replies, ElementsAre("MessageAccepted"));
    EXPECT_THAT(delivered(end), ElementsAre(QByteArray()));
}

// The CRLF ending the DATA command is the one in front of the terminating dot.
TEST_F(ServerDataTest, DataAndTerminatorInOneChunk)
{
    const Answer a = send("DATA\r\n.\r\n");
    EXPECT_THAT(a.replies, ElementsAre("StartMailInput", "MessageAccepted"));
    EXPECT_THAT(delivered(a), ElementsAre(QByteArray()));
}

TEST_F(ServerDataTest, EmptyLineThenTerminator)
{
    const Answer a = send("DATA\r\n\r\n.\r\n");
    EXPECT_THAT(a.replies, ElementsAre("StartMailInput", "MessageAccepted"));
    EXPECT_THAT(delivered(a), ElementsAre(QByteArray("\r\n")));
}

TEST_F(ServerDataTest, FirstLineStartingWithADot)
{
    const Answer a = send("DATA\r\n..leading\r\n.\r\n");
    EXPECT_THAT(a.replies, ElementsAre("StartMailInput", "MessageAccepted"));
    EXPECT_THAT(delivered(a), ElementsAre(QByteArray(".leading\r\n")));
}

TEST_F(ServerDataTest, TerminatorOneByteAtATime)
{
    ASSERT_NO_FATAL_FAILURE(data());
    const std::string body = "Subject: slow\r\n\r\nline\r\n.\r\n";
    Answer all;
    for (size_t i = 0; i < body.size(); ++i) {
        Answer a = send(body.substr(i, 1));
        if (i + 1 < body.size()) {
            EXPECT_TRUE(a.replies.empty()) << "reply after byte " << i;
        }
        all.append(std::move(a));
    }
    EXPECT_THAT(all.replies, ElementsAre("MessageAccepted"));
    EXPECT_THAT(delivered(all), ElementsAre(QByteArray("Subject: slow\r\n\r\nline\r\n")));
}

TEST_F(ServerDataTest, DotLinesThatAreNotTheTerminator)
{
    ASSERT_NO_FATAL_FAILURE(data());
    // ".." alone, a dot followed by a space, a dot in mid-line: none ends the data.
    EXPECT_TRUE(send("a\r\n..\r\n. \r\nx.\r\n").replies.empty());
    EXPECT_THAT(send(".\r\n").replies, ElementsAre("MessageAccepted"));
}

TEST_F(ServerDataTest, PipelinedSecondTransactionAfterTheRealTerminator)
{
    ASSERT_NO_FATAL_FAILURE(data());
    const Answer a = send("first\r\n.\r\nMAIL FROM:<a@b>\r\nRCPT TO:<bob@yahoo.example>\r\nDATA\r\n"
                          "second\r\n.\r\n");
    EXPECT_THAT(a.replies, ElementsAre("MessageAccepted", "SenderOk", "RecipientOk", "StartMailInput",
                                       "MessageAccepted"));
    EXPECT_THAT(delivered(a), ElementsAre(QByteArray("first\r\n"), QByteArray("second\r\n")));
}

TEST_F(ServerDataTest, QuitPipelinedAfterTheMessage)
{
    const Answer a = send("DATA\r\nHi\r\n.\r\nQUIT\r\n");
    EXPECT_THAT(a.replies, ElementsAre("StartMailInput", "MessageAccepted", "Bye"));
    EXPECT_TRUE(session().isClosed());
}

// ---- Bare CR / LF and NUL in the message (SMTP-NOTES §2.1, §2.7) ----------------------------

TEST_F(ServerDataTest, BareLfIsRefusedAfterTheRealEnd)
{
    ASSERT_NO_FATAL_FAILURE(data());
    EXPECT_TRUE(send("line1\nline2\r\n").replies.empty());
    const Answer end = send(".\r\n");
    EXPECT_THAT(end.replies, ElementsAre("BareLineEndInData"));
    EXPECT_EQ(end.wire, QByteArray("550 5.5.2 Message contains bare CR or LF\r\n"));
    EXPECT_EQ(session().state(), State::Greeted);
    EXPECT_THAT(say("MAIL FROM:<a@b>").replies, ElementsAre("SenderOk"));
}

TEST_F(ServerDataTest, BareCrIsRefusedAfterTheRealEnd)
{
    ASSERT_NO_FATAL_FAILURE(data());
    EXPECT_TRUE(send("line1\rline2\r\n").replies.empty());
    EXPECT_THAT(send(".\r\n").replies, ElementsAre("BareLineEndInData"));
}

TEST_F(ServerDataTest, NulIsRefusedAfterTheRealEnd)
{
    ASSERT_NO_FATAL_FAILURE(data());
    EXPECT_TRUE(send(std::string_view("a\0b\r\n", 5)).replies.empty());
    const Answer end = send(".\r\n");
    EXPECT_THAT(end.replies, ElementsAre("NulInData"));
    EXPECT_EQ(end.wire, QByteArray("554 5.6.0 Message contains NUL characters\r\n"));
    EXPECT_THAT(say("MAIL FROM:<a@b>").replies, ElementsAre("SenderOk"));
}

struct Smuggle
{
    const char *name;
    std::string terminator; ///< what the attacker hopes ends the data
    const char *reply;      ///< the one reply after the real CRLF.CRLF
};

void PrintTo(const Smuggle &s, std::ostream *os) { *os << s.name; }

class ServerSmugglingTest : public ::testing::TestWithParam<Smuggle>
{
};

/// The message with a fake end of data and a smuggled second transaction; only the final
/// "\r\n.\r\n" is real.
std::string smuggledMessage(const std::string &fakeEnd)
{
    return "Subject: invoice\r\n\r\nHello" + fakeEnd
        + "MAIL FROM:<evil@x>\r\nRCPT TO:<bob@yahoo.example>\r\nDATA\r\nSubject: spoofed\r\n\r\nevil"
          "\r\n.\r\n";
}

// Each variant must not end the data: no reply until the real terminator, then exactly one
// refusal, the smuggled MAIL never answered, and the session usable afterwards.
TEST_P(ServerSmugglingTest, FakeTerminatorDoesNotEndData)
{
    const Smuggle &s = GetParam();
    const std::string message = smuggledMessage(s.terminator);
    const std::string beforeLast = message.substr(0, message.size() - 3); // up to "\r\n" of "\r\n.\r\n"

    for (const bool byteByByte : {false, true}) {
        SCOPED_TRACE(byteByByte ? "one byte at a time" : "in one chunk");
        ServerHarness server(Variant::Mx);
        ASSERT_NO_FATAL_FAILURE(advance(server, Stage::WithRecipient));
        ASSERT_THAT(server.say("DATA").replies, ElementsAre("StartMailInput"));

        Answer before;
        if (byteByByte) {
            for (char c : beforeLast)
                before.append(server.send(std::string_view(&c, 1)));
        } else {
            before = server.send(beforeLast);
        }
        EXPECT_THAT(before.replies, IsEmpty()) << "replied before the real end: " << before.wire.toStdString();
        EXPECT_EQ(server.session().state(), State::Data);

        const Answer end = server.send(".\r\n");
        EXPECT_THAT(end.replies, ElementsAre(s.reply)) << end.wire.toStdString();
        EXPECT_EQ(server.session().state(), State::Greeted);
        EXPECT_THAT(server.say("MAIL FROM:<a@b>").replies, ElementsAre("SenderOk"));
    }
}

INSTANTIATE_TEST_SUITE_P(
    Variants, ServerSmugglingTest,
    ::testing::Values(Smuggle{"LfDotLf", "\n.\n", "BareLineEndInData"},
                      Smuggle{"CrDotCr", "\r.\r", "BareLineEndInData"},
                      Smuggle{"CrDotLf", "\r.\n", "BareLineEndInData"},
                      Smuggle{"LfDotCr", "\n.\r", "BareLineEndInData"},
                      Smuggle{"LfDotCrLf", "\n.\r\n", "BareLineEndInData"},
                      Smuggle{"CrLfDotLf", "\r\n.\n", "BareLineEndInData"},
                      Smuggle{"CrDotCrLf", "\r.\r\n", "BareLineEndInData"},
                      Smuggle{"CrLfDotCr", "\r\n.\r", "BareLineEndInData"},
                      Smuggle{"CrLfNulDotCrLf", std::string("\r\n\0.\r\n", 6), "NulInData"},
                      Smuggle{"CrLfDotDotCrLf", "\r\n..\r\n", "MessageAccepted"}),
    [](const ::testing::TestParamInfo<Smuggle> &info) { return std::string(info.param.name); });

// "\r\r\n.\r\n" *contains* "\r\n.\r\n": by RFC 5321 §2.3.8 lines end at CRLF only, so the
// line "Hello\r" (bare CR) is followed by a line that is exactly "." — a real end of data,
// on which sender and receiver agree; nothing is smuggled. The message is refused for its bare
// CR, and what follows is an ordinary pipelined transaction (Postfix's "false smuggling
// claims" note makes the same point).
TEST_F(ServerDataTest, CrCrLfDotCrLfIsARealEndOfData)
{
    ASSERT_NO_FATAL_FAILURE(data());
    const Answer a = send(smuggledMessage("\r\r\n.\r\n"));
    EXPECT_THAT(a.replies, ElementsAre("BareLineEndInData", "SenderOk", "RecipientOk", "StartMailInput",
                                       "MessageAccepted"));
    EXPECT_EQ(session().state(), State::Greeted);
}

// ---- Size (RFC 1870 §5: CRLFs count, the terminating dot and stuffed dots do not) -----------

std::string linesOf(int count, const std::string &line) // each line + CRLF
{
    std::string out;
    for (int i = 0; i < count; ++i)
        out += line + "\r\n";
    return out;
}

TEST_F(ServerDataTest, MessageOfExactlyTheLimitIsAccepted)
{
    ASSERT_NO_FATAL_FAILURE(data());
    const std::string body = linesOf(100, std::string(98, 'x')); // 100 × 100 = 10000 octets
    ASSERT_EQ(body.size(), 10000u);
    EXPECT_THAT(send(body + ".\r\n").replies, ElementsAre("MessageAccepted"));
}

TEST_F(ServerDataTest, OneOctetOverTheLimitIsRefused)
{
    ASSERT_NO_FATAL_FAILURE(data());
    const std::string exact = linesOf(99, std::string(98, 'x')) + std::string(99, 'x') + "\r\n";
    ASSERT_EQ(exact.size(), 10001u);
    const Answer a = send(exact + ".\r\n");
    EXPECT_THAT(a.replies, ElementsAre("MessageTooBig"));
    EXPECT_EQ(a.wire, QByteArray("552 5.3.4 Message too big\r\n"));
}

TEST_F(ServerDataTest, StuffedDotsDoNotCountTowardsTheSize)
{
    ASSERT_NO_FATAL_FAILURE(data());
    // On the wire each line is 101 octets ("..", 97 x, CRLF); the message is 100 × 100 = 10000.
    const std::string wire = linesOf(100, ".." + std::string(97, 'x'));
    ASSERT_EQ(wire.size(), 10100u);
    EXPECT_THAT(send(wire + ".\r\n").replies, ElementsAre("MessageAccepted"));
}

TEST_F(ServerDataTest, TooBigIsAnsweredOnlyAfterTheEndAndTheSessionGoesOn)
{
    ASSERT_NO_FATAL_FAILURE(data());
    const std::string chunk = linesOf(100, std::string(98, 'x'));
    for (int i = 0; i < 3; ++i)
        EXPECT_TRUE(send(chunk).replies.empty()) << "replied in the middle of the data, chunk " << i;
    EXPECT_THAT(send(".\r\n").replies, ElementsAre("MessageTooBig"));
    EXPECT_EQ(session().state(), State::Greeted);
    EXPECT_THAT(say("MAIL FROM:<a@b>").replies, ElementsAre("SenderOk"));
    EXPECT_THAT(say("RCPT TO:<bob@yahoo.example>").replies, ElementsAre("RecipientOk"));
    ASSERT_NO_FATAL_FAILURE(data());
    EXPECT_THAT(send("small\r\n.\r\n").replies, ElementsAre("MessageAccepted"));
}

// SMTP-NOTES §2.6: enforce the limit while reading, without buffering the excess.
TEST_F(ServerDataTest, FiveMegabytesStayBounded)
{
    ASSERT_NO_FATAL_FAILURE(data());
    const std::string chunk = linesOf(655, std::string(98, 'x')); // 65,500 octets
    for (int i = 0; i < 80; ++i) {                                 // 5.24 MB
        const Answer a = send(chunk);
        ASSERT_TRUE(a.wire.isEmpty()) << "chunk " << i;
        ASSERT_LT(session().bufferedBytes(), 13000) << "chunk " << i;
    }
    EXPECT_THAT(send(".\r\n").replies, ElementsAre("MessageTooBig"));
    EXPECT_THAT(say("MAIL FROM:<a@b>").replies, ElementsAre("SenderOk"));
}

TEST_F(ServerDataTest, FiveMegabytesOnOneLineStayBounded)
{
    ASSERT_NO_FATAL_FAILURE(data());
    const std::string chunk(65536, 'x');
    for (int i = 0; i < 80; ++i) {
        const Answer a = send(chunk);
        ASSERT_TRUE(a.wire.isEmpty()) << "chunk " << i;
        ASSERT_LT(session().bufferedBytes(), 13000) << "chunk " << i;
    }
    EXPECT_THAT(send("\r\n.\r\n").replies, ElementsAre("MessageTooBig"));
    EXPECT_THAT(say("NOOP").replies, ElementsAre("NoopOk"));
}

TEST_F(ServerDataTest, DeclaredSizeDoesNotEndTheData)
{
    // RFC 1870 §6: SIZE is never used to find the end of the content.
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::Greeted));
    ASSERT_THAT(say("MAIL FROM:<a@b> SIZE=5").replies, ElementsAre("SenderOk"));
    ASSERT_THAT(say("RCPT TO:<bob@yahoo.example>").replies, ElementsAre("RecipientOk"));
    ASSERT_NO_FATAL_FAILURE(data());
    EXPECT_TRUE(send("more than five octets\r\n").replies.empty());
    const Answer end = send(".\r\n");
    EXPECT_THAT(end.replies, ElementsAre("MessageAccepted"));
    EXPECT_THAT(delivered(end), ElementsAre(QByteArray("more than five octets\r\n")));
}

// ---- Long text lines (RFC 5321 §4.5.3.1.6: SHOULD accept; SMTP-NOTES §2.6) -----------------

TEST_F(ServerDataTest, LongTextLineIsKeptIntact)
{
    ASSERT_NO_FATAL_FAILURE(data());
    const std::string longLine(5000, 'x');
    EXPECT_TRUE(send("Subject: long\r\n\r\n" + longLine + "\r\n").replies.empty());
    EXPECT_TRUE(send("end\r\n").replies.empty());
    const Answer end = send(".\r\n");
    EXPECT_THAT(end.replies, ElementsAre("MessageAccepted"));
    EXPECT_THAT(delivered(end), ElementsAre(bytes("Subject: long\r\n\r\n" + longLine + "\r\nend\r\n")));
}

TEST_F(ServerDataTest, LongLineStartingWithADotIsUnstuffed)
{
    ASSERT_NO_FATAL_FAILURE(data());
    const std::string longLine(3000, 'y');
    const Answer end = send(".." + longLine + "\r\n.\r\n");
    EXPECT_THAT(end.replies, ElementsAre("MessageAccepted"));
    EXPECT_THAT(delivered(end), ElementsAre(bytes("." + longLine + "\r\n")));
}

// ---- Mail loops (RFC 5321 §6.3: more than 100 Received: fields) ---------------------------

std::string receivedHeaders(int count)
{
    return linesOf(count, "Received: from a by b");
}

TEST_F(ServerDataTest, HundredReceivedHeadersAreAccepted)
{
    ASSERT_NO_FATAL_FAILURE(data());
    EXPECT_THAT(send(receivedHeaders(100) + "Subject: x\r\n\r\nbody\r\n.\r\n").replies,
                ElementsAre("MessageAccepted"));
}

TEST_F(ServerDataTest, HundredAndOneReceivedHeadersAreALoop)
{
    ASSERT_NO_FATAL_FAILURE(data());
    EXPECT_TRUE(send(receivedHeaders(101)).replies.empty());
    const Answer end = send("Subject: x\r\n\r\nbody\r\n.\r\n");
    EXPECT_THAT(end.replies, ElementsAre("MailLoop"));
    EXPECT_EQ(end.wire, QByteArray("554 5.4.6 Too many hops: mail loop detected\r\n"));
    EXPECT_THAT(say("MAIL FROM:<a@b>").replies, ElementsAre("SenderOk"));
}

TEST_F(ServerDataTest, ReceivedLinesInTheBodyAreNotCounted)
{
    ASSERT_NO_FATAL_FAILURE(data());
    EXPECT_THAT(send("Subject: x\r\n\r\n" + receivedHeaders(150) + ".\r\n").replies, ElementsAre("MessageAccepted"));
}

TEST_F(ServerDataTest, FoldedReceivedHeadersCountOnce)
{
    ASSERT_NO_FATAL_FAILURE(data());
    const std::string folded = linesOf(100, "Received: from a\r\n\tby b");
    EXPECT_THAT(send(folded + "Subject: x\r\n\r\nbody\r\n.\r\n").replies, ElementsAre("MessageAccepted"));
}

TEST_F(ServerDataTest, ReceivedFieldNameIsCaseInsensitive)
{
    // RFC 5322 §1.2.2: header field names are case-insensitive.
    ASSERT_NO_FATAL_FAILURE(data());
    EXPECT_THAT(send(linesOf(101, "received: from a by b") + "\r\nbody\r\n.\r\n").replies,
                ElementsAre("MailLoop"));
}

// ---- The driver decides (ServerPolicy::Decision::pending) ---------------------------------

TEST_F(ServerDataTest, PendingDecisionHoldsRepliesAndBuffersInput)
{
    ASSERT_NO_FATAL_FAILURE(beginRecording());
    m_recorder->pending = true;
    ASSERT_NO_FATAL_FAILURE(data());

    const Answer end = send("Subject: wait\r\n\r\nbody\r\n.\r\n");
    EXPECT_THAT(end.replies, IsEmpty()) << "the driver has not decided yet";
    EXPECT_EQ(session().state(), State::AwaitingDecision);
    EXPECT_EQ(end.count(SessionEvent::Kind::MessageReady), 1);
    ASSERT_EQ(m_recorder->contents.size(), 1u);
    EXPECT_EQ(m_recorder->contents.front(), QByteArray("Subject: wait\r\n\r\nbody\r\n"));

    const Answer meanwhile = send("NOOP\r\nQUIT\r\n");
    EXPECT_THAT(meanwhile.replies, IsEmpty()) << "commands wait for the decision";
    EXPECT_FALSE(session().isClosed());

    session().completeMessage(reply(ReplyId::InsufficientStorage));
    const Answer after = server().collect();
    EXPECT_THAT(after.replies, ElementsAre("InsufficientStorage", "NoopOk", "Bye"));
    EXPECT_EQ(after.wire, QByteArray("452 4.3.1 Insufficient system storage\r\n"
                                     "250 2.0.0 OK\r\n"
                                     "221 2.0.0 mx.yahoo.example closing connection\r\n"));
    EXPECT_TRUE(session().isClosed());
}

TEST_F(ServerDataTest, PendingDecisionAccepted)
{
    ASSERT_NO_FATAL_FAILURE(beginRecording());
    m_recorder->pending = true;
    ASSERT_NO_FATAL_FAILURE(data());
    EXPECT_THAT(send("Hi\r\n.\r\n").replies, IsEmpty());
    session().completeMessage(reply(ReplyId::MessageAccepted, {"Q42"}));
    const Answer after = server().collect();
    EXPECT_THAT(after.replies, ElementsAre("MessageAccepted"));
    EXPECT_EQ(after.wire, QByteArray("250 2.0.0 OK: queued as Q42\r\n"));
    EXPECT_EQ(session().state(), State::Greeted);
    EXPECT_THAT(say("RCPT TO:<bob@yahoo.example>").replies, ElementsAre("NeedMail"));
}

TEST_F(ServerDataTest, PendingDecisionWithBufferedTransaction)
{
    ASSERT_NO_FATAL_FAILURE(beginRecording());
    m_recorder->pending = true;
    ASSERT_NO_FATAL_FAILURE(data());
    EXPECT_THAT(send("one\r\n.\r\nMAIL FROM:<a@b>\r\nRCPT TO:<bob@yahoo.example>\r\n").replies, IsEmpty());
    m_recorder->pending = false;
    session().completeMessage(reply(ReplyId::LocalError));
    EXPECT_THAT(server().collect().replies, ElementsAre("LocalError", "SenderOk", "RecipientOk"));
    EXPECT_EQ(session().state(), State::RcptGiven);
}

TEST_F(ServerDataTest, ShutdownWaitsForThePendingDecision)
{
    // ServerSession::shutdown(): "421 4.3.2 and close, unless a message is being decided" —
    // the message is answered first (stored or not, never both), then the 421.
    ASSERT_NO_FATAL_FAILURE(beginRecording());
    m_recorder->pending = true;
    ASSERT_NO_FATAL_FAILURE(data());
    EXPECT_THAT(send("Hi\r\n.\r\n").replies, IsEmpty());
    session().shutdown();
    EXPECT_THAT(server().collect().replies, IsEmpty());
    EXPECT_FALSE(session().isClosed());
    session().completeMessage(reply(ReplyId::MessageAccepted, {"Q7"}));
    const Answer after = server().collect();
    EXPECT_THAT(after.replies, ElementsAre("MessageAccepted", "ShuttingDown"));
    EXPECT_TRUE(session().isClosed());
}

} // namespace
} // namespace kurir::smtp::test
