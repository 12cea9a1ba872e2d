#include <gtest/gtest.h>

#include <QByteArray>

#include "protocol/clientsession.h"
#include "protocol/pipe.h"
#include "protocol/serverpolicy.h"
#include "protocol/serversession.h"
#include "support/printers.h"

using namespace kurir::smtp;
using kurir::test::Pipe;
using Status = RecipientResult::Status;
using Kind = SessionEvent::Kind;

namespace {

/// A submission server on 587 in the style of Gmail: STARTTLS first, then AUTH, and MAIL only
/// for a logged-in user sending as herself (RFC 6409).
StaticPolicy gmailSubmission()
{
    StaticPolicy p;
    p.host = "smtp.gmail.example";
    p.localDomains = {"gmail.example"};
    p.passwords = {{"alice", "s3cret"}};
    p.authForMail = true;
    p.authNeedsTls = true;
    p.sendersMustMatchLogin = true;
    return p;
}

/// An MX on 25 in the style of Yahoo: mail for its own domain and known mailboxes only.
StaticPolicy yahooMx()
{
    StaticPolicy p;
    p.host = "mx.yahoo.example";
    p.localDomains = {"yahoo.example"};
    p.mailboxes = {"bob@yahoo.example", "carol@yahoo.example"};
    return p;
}

ClientConfig submissionClient()
{
    ClientConfig c;
    c.heloName = "laptop.gmail.example";
    c.requireTls = true;
    c.user = "alice";
    c.password = "s3cret";
    return c;
}

ClientConfig relayClient()
{
    ClientConfig c;
    c.heloName = "out.gmail.example";
    return c;
}

// Lines starting with dots, an empty line, a lone dot, a terminator look-alike in CRLF and in
// bare LF (SMTP smuggling, SMTP-NOTES §2.1), a bare CR, and no final line end.
const QByteArray kContent = "From: Alice <alice@gmail.example>\n"
                            "To: Bob <bob@yahoo.example>\n"
                            "Subject: Dots\n"
                            "\n"
                            ".leading dot\n"
                            "..two dots\n"
                            ".\n"
                            "text\r\n.\r\nMAIL FROM:<ceo@bank.example>\r\n"
                            "smuggled?\n.\nRCPT TO:<x@yahoo.example>\n"
                            "bare\rcarriage return\n"
                            "last line without end";

/// The content as the receiver must store it: every line end CRLF, one at the end
/// (RFC 5321 §2.3.8, §4.1.1.4). Written independently of ClientSession::encodeData.
QByteArray canonical(QByteArray text)
{
    text.replace("\r\n", "\n");
    text.replace('\r', '\n');
    text.replace("\n", "\r\n");
    if (!text.isEmpty() && !text.endsWith("\r\n"))
        text += "\r\n";
    return text;
}

struct Outcome
{
    std::vector<RecipientResult> results;
    bool accepted = false;
    QByteArrayList stored; ///< DataReceived content, one per message the server read
    QByteArray clientToServer;
    QByteArray serverToClient;
    QByteArrayList clientWrites;
    int handshakes = 0;
    QByteArray authUser;
    bool serverTls = false;
    bool clientDone = false;
    bool serverClosed = false;
};

/// One connection from `config` to a fresh server of `prototype` (a copy, so queue ids and
/// other policy state start afresh and runs can be compared byte for byte).
Outcome converse(const StaticPolicy &prototype, const ClientConfig &config,
                 const OutgoingMessage &msg, Pipe::Chunker toServer = {},
                 Pipe::Chunker toClient = {})
{
    StaticPolicy policy = prototype;
    ServerSession server(policy, "198.51.100.7");
    ClientSession client(config, msg);
    Pipe pipe(client, server);
    pipe.setClientChunker(std::move(toServer));
    pipe.setServerChunker(std::move(toClient));
    pipe.run();

    Outcome o;
    o.results = client.results();
    o.accepted = client.messageAccepted();
    for (const SessionEvent &e : Pipe::ofKind(pipe.serverEvents(), Kind::DataReceived))
        o.stored.append(e.wire);
    o.clientToServer = pipe.clientToServer();
    o.serverToClient = pipe.serverToClient();
    o.clientWrites = pipe.clientWrites();
    o.handshakes = pipe.tlsHandshakes();
    o.authUser = server.authenticatedUser();
    o.serverTls = server.isTls();
    o.clientDone = client.isDone();
    o.serverClosed = server.isClosed();
    return o;
}

void expectSameResults(const Outcome &a, const Outcome &b)
{
    ASSERT_EQ(a.results.size(), b.results.size());
    for (size_t i = 0; i < a.results.size(); ++i) {
        SCOPED_TRACE(a.results[i].address.toStdString());
        EXPECT_EQ(a.results[i].status, b.results[i].status);
        EXPECT_EQ(a.results[i].reply.has_value(), b.results[i].reply.has_value());
        if (a.results[i].reply && b.results[i].reply) {
            EXPECT_EQ(a.results[i].reply->code, b.results[i].reply->code);
            EXPECT_EQ(a.results[i].reply->enhanced, b.results[i].reply->enhanced);
        }
    }
    EXPECT_EQ(a.accepted, b.accepted);
    EXPECT_EQ(a.stored, b.stored);
}

TEST(RoundTrip, SubmissionToGmailLikeServer)
{
    const StaticPolicy gmail = gmailSubmission();
    const OutgoingMessage msg{"alice@gmail.example", {"bob@yahoo.example", "dave@outlook.example"},
                              kContent};
    const Outcome o = converse(gmail, submissionClient(), msg);

    EXPECT_EQ(o.handshakes, 1);
    EXPECT_TRUE(o.serverTls);
    EXPECT_EQ(o.authUser, "alice");
    EXPECT_TRUE(o.accepted);
    ASSERT_EQ(o.results.size(), 2u);
    for (const RecipientResult &r : o.results) {
        EXPECT_EQ(r.status, Status::Accepted);
        ASSERT_TRUE(r.reply.has_value());
        EXPECT_EQ(r.reply->code, 250);
        EXPECT_EQ(r.reply->enhanced, "2.0.0");
    }
    ASSERT_EQ(o.stored.size(), 1);
    EXPECT_EQ(o.stored[0], canonical(kContent)); // dot-unstuffed, byte for byte
    EXPECT_TRUE(o.stored[0].contains("\r\n.leading dot\r\n..two dots\r\n.\r\n"));
    // The password went out only after the handshake: the first write after STARTTLS's 220
    // is the new EHLO, and AUTH follows it.
    const qsizetype tls = o.clientToServer.indexOf("STARTTLS\r\n");
    const qsizetype auth = o.clientToServer.indexOf("AUTH PLAIN ");
    ASSERT_GE(tls, 0);
    EXPECT_GT(auth, tls);
    EXPECT_TRUE(o.clientDone);
    EXPECT_TRUE(o.serverClosed);
}

TEST(RoundTrip, SubmissionWithWrongPasswordIsPermanent)
{
    const StaticPolicy gmail = gmailSubmission();
    ClientConfig config = submissionClient();
    config.password = "guess";
    const Outcome o =
        converse(gmail, config, {"alice@gmail.example", {"bob@yahoo.example"}, kContent});
    ASSERT_EQ(o.results.size(), 1u);
    EXPECT_EQ(o.results[0].status, Status::PermanentFailure);
    EXPECT_EQ(o.results[0].reply->code, 535);
    EXPECT_EQ(o.results[0].reply->enhanced, "5.7.8");
    EXPECT_FALSE(o.clientToServer.contains("MAIL FROM"));
    EXPECT_TRUE(o.stored.isEmpty());
}

TEST(RoundTrip, SubmissionWithoutLoginIsRefusedAtMail)
{
    const StaticPolicy gmail = gmailSubmission();
    const Outcome o =
        converse(gmail, relayClient(), {"alice@gmail.example", {"bob@yahoo.example"}, kContent});
    ASSERT_EQ(o.results.size(), 1u);
    EXPECT_EQ(o.results[0].status, Status::PermanentFailure);
    EXPECT_EQ(o.results[0].reply->code, 530); // RFC 6409 §4.3 / RFC 4954 §6
    EXPECT_TRUE(o.stored.isEmpty());
}

TEST(RoundTrip, SenderNotOwnedByLogin)
{
    const StaticPolicy gmail = gmailSubmission();
    const Outcome o = converse(gmail, submissionClient(),
                               {"boss@gmail.example", {"bob@yahoo.example"}, kContent});
    EXPECT_EQ(o.results[0].status, Status::PermanentFailure);
    EXPECT_EQ(o.results[0].reply->code, 553);
}

TEST(RoundTrip, MxAcceptsKnownUsersAndRefusesUnknownAndRelay)
{
    StaticPolicy yahoo = yahooMx();
    const OutgoingMessage msg{"alice@gmail.example",
                              {"bob@yahoo.example", "nobody@yahoo.example",
                               "eve@elsewhere.example", "Carol@Yahoo.Example"},
                              kContent};
    const Outcome o = converse(yahoo, relayClient(), msg);

    EXPECT_EQ(o.handshakes, 1); // opportunistic STARTTLS on 25
    ASSERT_EQ(o.results.size(), 4u);
    EXPECT_EQ(o.results[0].status, Status::Accepted);
    EXPECT_EQ(o.results[1].status, Status::PermanentFailure);
    EXPECT_EQ(o.results[1].reply->code, 550);
    EXPECT_EQ(o.results[1].reply->enhanced, "5.1.1");
    EXPECT_EQ(o.results[2].status, Status::PermanentFailure);
    EXPECT_EQ(o.results[2].reply->code, 550);
    EXPECT_EQ(o.results[2].reply->enhanced, "5.7.1"); // no open relay (SMTP-NOTES §2.4)
    EXPECT_EQ(o.results[3].status, Status::Accepted); // the domain is case-insensitive
    EXPECT_TRUE(o.accepted);
    ASSERT_EQ(o.stored.size(), 1);
    EXPECT_EQ(o.stored[0], canonical(kContent));
}

TEST(RoundTrip, MxWithAllRecipientsRefusedStoresNothing)
{
    StaticPolicy yahoo = yahooMx();
    const Outcome o = converse(yahoo, relayClient(),
                               {"alice@gmail.example", {"x@elsewhere.example"}, kContent});
    EXPECT_EQ(o.results[0].status, Status::PermanentFailure);
    EXPECT_FALSE(o.accepted);
    EXPECT_TRUE(o.stored.isEmpty());
    EXPECT_TRUE(o.clientDone);
}

TEST(RoundTrip, PipelinedAndNotPipelinedGiveTheSameOutcome)
{
    const QList<OutgoingMessage> messages = {
        {"alice@gmail.example", {"bob@yahoo.example", "nobody@yahoo.example"}, kContent},
        {"alice@gmail.example", {"eve@elsewhere.example", "bob@yahoo.example"}, "hi"},
        {"", {"carol@yahoo.example"}, ""},
        {"alice@gmail.example", {"nobody@yahoo.example", "eve@elsewhere.example"}, kContent},
    };
    for (const OutgoingMessage &msg : messages) {
        SCOPED_TRACE(msg.recipients.join(',').toStdString());
        StaticPolicy yahoo = yahooMx();
        ClientConfig config = relayClient();
        const Outcome piped = converse(yahoo, config, msg);
        config.usePipelining = false;
        const Outcome stepped = converse(yahoo, config, msg);
        expectSameResults(piped, stepped);
        // Pipelined: MAIL, every RCPT and DATA in one write (RFC 2920). Stepped: never two
        // commands in one write.
        bool grouped = false;
        for (const QByteArray &write : piped.clientWrites)
            grouped = grouped || (write.startsWith("MAIL FROM:") && write.endsWith("DATA\r\n")
                                  && write.count("RCPT TO:") == msg.recipients.size());
        EXPECT_TRUE(grouped);
        for (const QByteArray &write : stepped.clientWrites) {
            if (!write.endsWith(".\r\n")) {
                EXPECT_EQ(write.count("\r\n"), 1) << write.toStdString();
            }
        }
    }
}

TEST(RoundTrip, SubmissionPipelinedAndNotPipelinedGiveTheSameOutcome)
{
    const StaticPolicy gmail = gmailSubmission();
    ClientConfig config = submissionClient();
    const OutgoingMessage msg{"alice@gmail.example", {"bob@yahoo.example", "x@outlook.example"},
                              kContent};
    const Outcome piped = converse(gmail, config, msg);
    config.usePipelining = false;
    const Outcome stepped = converse(gmail, config, msg);
    expectSameResults(piped, stepped);
    EXPECT_EQ(piped.clientToServer, stepped.clientToServer); // same bytes, different batching
    EXPECT_LT(piped.clientWrites.size(), stepped.clientWrites.size());
}

TEST(RoundTrip, RandomChunksGiveTheSameReplies)
{
    const StaticPolicy gmail = gmailSubmission();
    StaticPolicy yahoo = yahooMx();
    const OutgoingMessage toGmail{"alice@gmail.example", {"bob@yahoo.example"}, kContent};
    const OutgoingMessage toYahoo{"alice@gmail.example",
                                  {"bob@yahoo.example", "nobody@yahoo.example",
                                   "eve@elsewhere.example"},
                                  kContent};
    struct Case
    {
        const StaticPolicy *policy;
        ClientConfig config;
        OutgoingMessage msg;
    };
    const Case cases[] = {{&gmail, submissionClient(), toGmail}, {&yahoo, relayClient(), toYahoo}};
    for (const Case &c : cases) {
        const Outcome whole = converse(*c.policy, c.config, c.msg);
        ASSERT_FALSE(whole.serverToClient.isEmpty());
        for (unsigned seed : {1u, 2u, 3u, 42u, 2024u}) {
            for (qsizetype maxChunk : {1, 3, 16, 200}) {
                SCOPED_TRACE(testing::Message() << "seed " << seed << " max " << maxChunk);
                // Client to server in random pieces: the server must answer the same.
                const Outcome split = converse(*c.policy, c.config, c.msg,
                                               Pipe::randomChunks(seed, maxChunk));
                EXPECT_EQ(split.serverToClient, whole.serverToClient);
                EXPECT_EQ(split.clientToServer, whole.clientToServer);
                expectSameResults(split, whole);
                // And the other way: the client's parser must not care either.
                const Outcome back = converse(*c.policy, c.config, c.msg, {},
                                              Pipe::randomChunks(seed + 100, maxChunk));
                EXPECT_EQ(back.clientToServer, whole.clientToServer);
                expectSameResults(back, whole);
            }
        }
    }
}

TEST(RoundTrip, SmugglingLookalikesStayInsideOneMessage)
{
    StaticPolicy yahoo = yahooMx();
    const QByteArray content = "Subject: x\n\nhi\n.\nMAIL FROM:<ceo@bank.example>\n"
                               "RCPT TO:<carol@yahoo.example>\nDATA\nevil\n.\r\n"
                               "\r\n.\r\nQUIT\r\n";
    const Outcome o =
        converse(yahoo, relayClient(), {"alice@gmail.example", {"bob@yahoo.example"}, content});
    ASSERT_EQ(o.stored.size(), 1); // one message, not two
    EXPECT_EQ(o.stored[0], canonical(content));
    EXPECT_EQ(o.serverToClient.count("354 "), 1);
    EXPECT_EQ(o.results[0].status, Status::Accepted);
}

TEST(RoundTrip, EmptyContentIsDelivered)
{
    StaticPolicy yahoo = yahooMx();
    const Outcome o = converse(yahoo, relayClient(), {"", {"bob@yahoo.example"}, ""});
    EXPECT_TRUE(o.accepted);
    ASSERT_EQ(o.stored.size(), 1);
    EXPECT_EQ(o.stored[0], "");
}

TEST(RoundTrip, NonAsciiRecipientWithoutSmtpUtf8NeverReachesTheServer)
{
    StaticPolicy yahoo = yahooMx(); // SMTPUTF8 off by default
    const Outcome o = converse(yahoo, relayClient(),
                               {"alice@gmail.example", {"jörg@yahoo.example"}, "hi\n"});
    EXPECT_EQ(o.results[0].status, Status::PermanentFailure);
    EXPECT_EQ(o.results[0].reasonKey, "client.needs-smtputf8");
    EXPECT_FALSE(o.clientToServer.contains("MAIL"));
}

TEST(RoundTrip, NonAsciiRecipientWithSmtpUtf8)
{
    StaticPolicy yahoo = yahooMx();
    yahoo.ext.smtpUtf8 = true;
    yahoo.mailboxes.insert("jörg@yahoo.example");
    const Outcome o = converse(yahoo, relayClient(),
                               {"alice@gmail.example", {"jörg@yahoo.example"}, "Subject: Grüße\n\nhi\n"});
    EXPECT_EQ(o.results[0].status, Status::Accepted);
    EXPECT_TRUE(o.clientToServer.contains(" BODY=8BITMIME SMTPUTF8\r\n"));
}

TEST(RoundTrip, ServerShutdownMidSessionIsTemporary)
{
    StaticPolicy yahoo = yahooMx();
    ServerSession server(yahoo);
    ClientSession client(relayClient(), {"alice@gmail.example", {"bob@yahoo.example"}, kContent});
    Pipe pipe(client, server);
    server.start();
    client.start();
    client.receive(server.takeOutput()); // greeting
    server.receive(client.takeOutput()); // EHLO
    server.shutdown();                   // 421 4.3.2 queued behind the EHLO reply
    pipe.run();
    EXPECT_TRUE(client.isDone());
    EXPECT_EQ(client.results()[0].status, Status::TemporaryFailure);
}

} // namespace
