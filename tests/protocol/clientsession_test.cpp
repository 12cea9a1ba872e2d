#include <gtest/gtest.h>

#include <memory>

#include <QByteArray>

#include "protocol/clientsession.h"
#include "support/printers.h"

using namespace kurir::smtp;
using Status = RecipientResult::Status;
using Kind = SessionEvent::Kind;

namespace {

const QByteArray kGreeting = "220 mx.example ESMTP Kurir\r\n";
const QByteArray kContent = "Subject: hi\n\nHello\n.dot line\n";

/// An EHLO reply listing `keywords` (RFC 5321 §4.1.1.1 layout).
QByteArray ehloReply(const QByteArrayList &keywords)
{
    QByteArray out = "250";
    out += keywords.isEmpty() ? " " : "-";
    out += "mx.example Hello client.example\r\n";
    for (qsizetype i = 0; i < keywords.size(); ++i)
        out += "250" + QByteArray(i + 1 < keywords.size() ? "-" : " ") + keywords[i] + "\r\n";
    return out;
}

QByteArrayList splitLines(const QByteArray &wire)
{
    QByteArrayList lines = wire.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines)
        line.chop(line.endsWith('\r') ? 1 : 0);
    return lines;
}

OutgoingMessage message(QByteArrayList recipients = {"bob@yahoo.example", "carol@yahoo.example"},
                        QByteArray content = kContent)
{
    return {"alice@gmail.example", std::move(recipients), std::move(content)};
}

ClientConfig plainConfig()
{
    ClientConfig c;
    c.startTls = false;
    return c;
}

/// Drives a ClientSession with scripted server bytes and records what it says back.
class ClientSessionTest : public ::testing::Test
{
protected:
    void begin(ClientConfig config, OutgoingMessage msg)
    {
        m_client = std::make_unique<ClientSession>(std::move(config), std::move(msg));
        m_client->start();
        collect();
    }

    /// Feeds what the server says; returns what the client writes in answer.
    QByteArray server(QByteArrayView bytes)
    {
        m_client->receive(bytes);
        collect();
        return m_client->takeOutput();
    }

    /// Stage "greeted, EHLO answered": the client's next output is returned.
    QByteArray afterEhlo(const QByteArrayList &keywords)
    {
        EXPECT_EQ(server(kGreeting), "EHLO client.example\r\n");
        return server(ehloReply(keywords));
    }

    void collect()
    {
        for (SessionEvent &e : m_client->takeEvents())
            m_events.push_back(std::move(e));
    }

    bool hasNote(const char *key) const
    {
        for (const SessionEvent &e : m_events)
            if (e.kind == Kind::Note && e.key == key)
                return true;
        return false;
    }

    std::vector<SessionEvent> ofKind(Kind kind) const
    {
        std::vector<SessionEvent> out;
        for (const SessionEvent &e : m_events)
            if (e.kind == kind)
                out.push_back(e);
        return out;
    }

    const RecipientResult &result(int i) const { return m_client->results().at(size_t(i)); }

    std::unique_ptr<ClientSession> m_client;
    std::vector<SessionEvent> m_events;
};

TEST_F(ClientSessionTest, SubmissionWithStartTlsAuthPlainAndPipelining)
{
    ClientConfig config;
    config.requireTls = true;
    config.user = "alice";
    config.password = "s3cret";
    begin(config, message());

    EXPECT_EQ(afterEhlo({"PIPELINING", "SIZE 35882577", "8BITMIME", "STARTTLS",
                         "ENHANCEDSTATUSCODES"}),
              "STARTTLS\r\n");
    EXPECT_EQ(server("220 2.0.0 Ready to start TLS\r\n"), "");
    EXPECT_EQ(m_client->state(), ClientSession::State::TlsHandshake);
    EXPECT_EQ(ofKind(Kind::TlsStart).size(), 1u);

    m_client->tlsEstablished();
    EXPECT_TRUE(m_client->isTls());
    EXPECT_TRUE(m_client->serverExtensions().isEmpty()); // the plaintext list is forgotten
    EXPECT_EQ(m_client->takeOutput(), "EHLO client.example\r\n");

    EXPECT_EQ(server(ehloReply({"PIPELINING", "SIZE 35882577", "8BITMIME", "AUTH LOGIN PLAIN",
                                "ENHANCEDSTATUSCODES"})),
              "AUTH PLAIN AGFsaWNlAHMzY3JldA==\r\n");
    EXPECT_FALSE(hasNote("client.auth-in-plaintext"));

    // "Subject: hi\r\n\r\nHello\r\n.dot line\r\n" = 13 + 2 + 7 + 11 octets (RFC 1870 §5).
    const QByteArray group = server("235 2.7.0 Authentication successful\r\n");
    EXPECT_EQ(group, "MAIL FROM:<alice@gmail.example> SIZE=33\r\n"
                     "RCPT TO:<bob@yahoo.example>\r\n"
                     "RCPT TO:<carol@yahoo.example>\r\n"
                     "DATA\r\n");
    EXPECT_TRUE(hasNote("client.pipelining"));

    EXPECT_EQ(server("250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n"), "");
    EXPECT_EQ(server("250 2.1.5 Ok\r\n354 End data with <CR><LF>.<CR><LF>\r\n"),
              "Subject: hi\r\n\r\nHello\r\n..dot line\r\n.\r\n");
    EXPECT_EQ(server("250 2.0.0 OK: queued as 0000002A\r\n"), "QUIT\r\n");
    EXPECT_TRUE(m_client->messageAccepted());
    for (int i = 0; i < 2; ++i) {
        EXPECT_EQ(result(i).status, Status::Accepted);
        ASSERT_TRUE(result(i).reply.has_value());
        EXPECT_EQ(result(i).reply->code, 250);
        EXPECT_EQ(result(i).reply->enhanced, "2.0.0");
    }
    EXPECT_EQ(server("221 2.0.0 Bye\r\n"), "");
    EXPECT_TRUE(m_client->isDone());
    EXPECT_EQ(ofKind(Kind::Closed).size(), 1u);
}

TEST_F(ClientSessionTest, LoginWhenOnlyLoginIsOffered)
{
    ClientConfig config = plainConfig();
    config.user = "alice";
    config.password = "s3cret";
    begin(config, message({"bob@yahoo.example"}));
    EXPECT_EQ(afterEhlo({"AUTH LOGIN"}), "AUTH LOGIN\r\n");
    EXPECT_TRUE(hasNote("client.auth-in-plaintext"));
    // aiosmtpd's prompts differ from the usual "Username:"; only the order counts.
    EXPECT_EQ(server("334 VXNlciBOYW1lAA==\r\n"), "YWxpY2U=\r\n");
    EXPECT_EQ(server("334 UGFzc3dvcmQA\r\n"), "czNjcmV0\r\n");
    EXPECT_EQ(server("235 2.7.0 ok\r\n"), "MAIL FROM:<alice@gmail.example>\r\n");
}

TEST_F(ClientSessionTest, PlainIsPreferredWhateverTheOrder)
{
    ClientConfig config = plainConfig();
    config.user = "alice";
    config.password = "s3cret";
    begin(config, message());
    EXPECT_EQ(afterEhlo({"auth login plain"}), "AUTH PLAIN AGFsaWNlAHMzY3JldA==\r\n");
}

TEST_F(ClientSessionTest, Ehlo502FallsBackToHeloWithoutExtensions)
{
    begin(plainConfig(), message({"bob@yahoo.example"}));
    EXPECT_EQ(server(kGreeting), "EHLO client.example\r\n");
    EXPECT_EQ(server("502 5.5.1 Command not implemented\r\n"), "HELO client.example\r\n");
    EXPECT_TRUE(hasNote("client.helo-fallback"));
    // No SIZE, no pipelining after HELO: MAIL alone, without parameters.
    EXPECT_EQ(server("250 mx.example\r\n"), "MAIL FROM:<alice@gmail.example>\r\n");
    EXPECT_TRUE(m_client->serverExtensions().isEmpty());
    EXPECT_EQ(server("250 ok\r\n"), "RCPT TO:<bob@yahoo.example>\r\n");
}

TEST_F(ClientSessionTest, HeloRefusedToo)
{
    begin(plainConfig(), message());
    server(kGreeting);
    server("500 what\r\n");
    EXPECT_EQ(server("550 go away\r\n"), "QUIT\r\n");
    EXPECT_EQ(result(0).status, Status::PermanentFailure);
    EXPECT_EQ(result(0).reply->code, 550);
}

TEST_F(ClientSessionTest, WithoutPipeliningOneCommandPerReply)
{
    begin(plainConfig(), message());
    EXPECT_EQ(afterEhlo({"SIZE", "8BITMIME"}), "MAIL FROM:<alice@gmail.example> SIZE=33\r\n");
    EXPECT_EQ(server("250 ok\r\n"), "RCPT TO:<bob@yahoo.example>\r\n");
    EXPECT_EQ(server("250 ok\r\n"), "RCPT TO:<carol@yahoo.example>\r\n");
    EXPECT_EQ(server("250 ok\r\n"), "DATA\r\n");
    EXPECT_EQ(server("354 go\r\n"), ClientSession::encodeData(kContent));
    EXPECT_EQ(server("250 queued\r\n"), "QUIT\r\n");
    EXPECT_TRUE(m_client->messageAccepted());
}

TEST_F(ClientSessionTest, PipeliningOfferedButDisabledByConfig)
{
    ClientConfig config = plainConfig();
    config.usePipelining = false;
    begin(config, message());
    EXPECT_EQ(afterEhlo({"PIPELINING"}), "MAIL FROM:<alice@gmail.example>\r\n");
    EXPECT_EQ(server("250 ok\r\n"), "RCPT TO:<bob@yahoo.example>\r\n");
}

TEST_F(ClientSessionTest, RcptResultsFollowEachReplyClass)
{
    begin(plainConfig(), message({"a@y.example", "b@y.example", "c@y.example", "d@y.example"}));
    EXPECT_EQ(splitLines(afterEhlo({"PIPELINING"})).size(), 6); // MAIL, 4 RCPT, DATA
    EXPECT_EQ(server("250 2.1.0 ok\r\n250 2.1.5 ok\r\n550 5.1.1 unknown\r\n"
                     "451 4.7.1 greylisted\r\n552 5.3.4 too many\r\n354 go\r\n"),
              ClientSession::encodeData(kContent));
    EXPECT_EQ(server("250 2.0.0 queued\r\n"), "QUIT\r\n");
    EXPECT_EQ(result(0).status, Status::Accepted);
    EXPECT_EQ(result(1).status, Status::PermanentFailure);
    EXPECT_EQ(result(1).reply->enhanced, "5.1.1");
    EXPECT_EQ(result(2).status, Status::TemporaryFailure);
    EXPECT_EQ(result(2).reply->code, 451);
    // RFC 5321 §4.5.3.1.10: 552 to RCPT is read as "too many recipients", try later.
    EXPECT_EQ(result(3).status, Status::TemporaryFailure);
    EXPECT_EQ(result(3).reply->code, 552);
    EXPECT_EQ(result(3).reasonKey, "client.rcpt-552-temporary");
    EXPECT_TRUE(hasNote("client.rcpt-rejected"));
}

TEST_F(ClientSessionTest, AllRcptRefusedButPipelinedDataGot354SendsLoneDot)
{
    begin(plainConfig(), message());
    afterEhlo({"PIPELINING"});
    EXPECT_EQ(server("250 ok\r\n550 5.7.1 relay\r\n550 5.7.1 relay\r\n354 go\r\n"), ".\r\n");
    EXPECT_TRUE(hasNote("client.data-dot-only"));
    EXPECT_EQ(server("250 2.0.0 ok, empty\r\n"), "QUIT\r\n");
    EXPECT_FALSE(m_client->messageAccepted());
    EXPECT_EQ(result(0).status, Status::PermanentFailure);
    EXPECT_EQ(result(1).status, Status::PermanentFailure);
}

TEST_F(ClientSessionTest, AllRcptRefusedAndDataRefusedQuits)
{
    begin(plainConfig(), message());
    afterEhlo({"PIPELINING"});
    EXPECT_EQ(server("250 ok\r\n550 no\r\n450 later\r\n554 5.5.1 No valid recipients\r\n"),
              "QUIT\r\n");
    EXPECT_EQ(result(0).status, Status::PermanentFailure);
    EXPECT_EQ(result(1).status, Status::TemporaryFailure);
    EXPECT_EQ(result(1).reply->code, 450); // the DATA refusal does not overwrite it
}

TEST_F(ClientSessionTest, NonPipelinedAllRcptRefusedNeverSendsData)
{
    begin(plainConfig(), message({"bob@yahoo.example"}));
    afterEhlo({});
    EXPECT_EQ(server("250 ok\r\n"), "RCPT TO:<bob@yahoo.example>\r\n");
    EXPECT_EQ(server("550 5.1.1 unknown\r\n"), "QUIT\r\n");
}

TEST_F(ClientSessionTest, PipelinedMailRefusedReadsTheRestBeforeQuit)
{
    begin(plainConfig(), message());
    afterEhlo({"PIPELINING"});
    EXPECT_EQ(server("553 5.7.1 not yours\r\n"), "");
    EXPECT_EQ(server("503 5.5.1 need MAIL\r\n503 5.5.1 need MAIL\r\n"), "");
    EXPECT_EQ(server("503 5.5.1 need MAIL\r\n"), "QUIT\r\n");
    EXPECT_EQ(result(0).status, Status::PermanentFailure);
    EXPECT_EQ(result(0).reply->code, 553); // decided by MAIL, not by the 503s
    EXPECT_EQ(result(1).reply->code, 553);
}

TEST_F(ClientSessionTest, MailTemporaryFailureNonPipelined)
{
    begin(plainConfig(), message());
    afterEhlo({});
    EXPECT_EQ(server("451 4.3.0 try later\r\n"), "QUIT\r\n");
    EXPECT_EQ(result(0).status, Status::TemporaryFailure);
    EXPECT_EQ(result(1).status, Status::TemporaryFailure);
}

TEST_F(ClientSessionTest, EndOfDataRefusalKeepsTheReply)
{
    begin(plainConfig(), message());
    afterEhlo({"PIPELINING"});
    server("250 ok\r\n250 ok\r\n250 ok\r\n354 go\r\n");
    EXPECT_EQ(server("552 5.3.4 Message too big\r\n"), "QUIT\r\n");
    EXPECT_FALSE(m_client->messageAccepted());
    EXPECT_EQ(result(0).status, Status::PermanentFailure);
    EXPECT_EQ(result(0).reply->enhanced, "5.3.4");
}

TEST_F(ClientSessionTest, AuthRefusedFailsEveryoneAndQuits)
{
    ClientConfig config = plainConfig();
    config.user = "alice";
    config.password = "wrong";
    begin(config, message());
    afterEhlo({"PIPELINING", "AUTH PLAIN LOGIN"});
    EXPECT_EQ(server("535 5.7.8 Authentication credentials invalid\r\n"), "QUIT\r\n");
    for (int i = 0; i < 2; ++i) {
        EXPECT_EQ(result(i).status, Status::PermanentFailure);
        EXPECT_EQ(result(i).reply->code, 535);
    }
}

TEST_F(ClientSessionTest, AuthTemporaryFailure)
{
    ClientConfig config = plainConfig();
    config.user = "alice";
    begin(config, message());
    afterEhlo({"AUTH PLAIN"});
    EXPECT_EQ(server("454 4.7.0 Temporary authentication failure\r\n"), "QUIT\r\n");
    EXPECT_EQ(result(0).status, Status::TemporaryFailure);
}

TEST_F(ClientSessionTest, AuthNotOfferedNoMailSent)
{
    ClientConfig config = plainConfig();
    config.user = "alice";
    begin(config, message());
    EXPECT_EQ(afterEhlo({"PIPELINING"}), "QUIT\r\n");
    EXPECT_EQ(result(0).status, Status::TemporaryFailure);
    EXPECT_EQ(result(0).reasonKey, "client.auth-not-offered");
}

TEST_F(ClientSessionTest, UnexpectedChallengeIsCancelled)
{
    ClientConfig config = plainConfig();
    config.user = "alice";
    begin(config, message());
    afterEhlo({"AUTH PLAIN"});
    EXPECT_EQ(server("334 \r\n"), "*\r\n");
    EXPECT_EQ(server("501 5.7.0 cancelled\r\n"), "QUIT\r\n");
    EXPECT_EQ(result(0).status, Status::PermanentFailure);
}

TEST_F(ClientSessionTest, RequireTlsWithoutStartTlsSendsNoMail)
{
    ClientConfig config;
    config.requireTls = true;
    config.user = "alice";
    begin(config, message());
    // Stripped "250-STARTTLS" (SMTP-NOTES §2.3): neither AUTH nor MAIL may follow.
    EXPECT_EQ(afterEhlo({"PIPELINING", "AUTH PLAIN LOGIN"}), "QUIT\r\n");
    EXPECT_EQ(result(0).status, Status::TemporaryFailure);
    EXPECT_EQ(result(0).reasonKey, "client.no-tls-offered");
    EXPECT_EQ(result(1).reasonKey, "client.no-tls-offered");
}

TEST_F(ClientSessionTest, RequireTlsAndStartTlsRefused)
{
    ClientConfig config;
    config.requireTls = true;
    begin(config, message());
    EXPECT_EQ(afterEhlo({"STARTTLS"}), "STARTTLS\r\n");
    EXPECT_EQ(server("454 4.7.0 TLS not available\r\n"), "QUIT\r\n");
    EXPECT_EQ(result(0).status, Status::TemporaryFailure);
    EXPECT_EQ(result(0).reasonKey, "client.no-tls-offered");
}

TEST_F(ClientSessionTest, OpportunisticTlsRefusedGoesOnInPlaintext)
{
    begin(ClientConfig{}, message());
    EXPECT_EQ(afterEhlo({"STARTTLS"}), "STARTTLS\r\n");
    EXPECT_EQ(server("454 4.7.0 TLS not available\r\n"), "MAIL FROM:<alice@gmail.example>\r\n");
    EXPECT_TRUE(hasNote("client.starttls-refused"));
}

TEST_F(ClientSessionTest, ResponseInjectionAfterStartTlsIsDiscarded)
{
    ClientConfig config;
    config.user = "alice";
    config.password = "s3cret";
    begin(config, message());
    EXPECT_EQ(afterEhlo({"STARTTLS"}), "STARTTLS\r\n");
    // A man in the middle appends a fake EHLO reply to the plaintext 220 (SMTP-NOTES §2.3).
    EXPECT_EQ(server("220 2.0.0 Ready\r\n250-mx.example\r\n250 PIPELINING\r\n"), "");
    EXPECT_TRUE(hasNote("client.tls-discard"));
    EXPECT_EQ(server("250 more plaintext\r\n"), ""); // during the handshake: dropped as well
    m_client->tlsEstablished();
    EXPECT_EQ(m_client->takeOutput(), "EHLO client.example\r\n");
    // Had the injected lines survived, they would now answer our EHLO (no AUTH: QUIT).
    EXPECT_EQ(server(ehloReply({"AUTH PLAIN"})), "AUTH PLAIN AGFsaWNlAHMzY3JldA==\r\n");
    EXPECT_EQ(m_client->serverExtensions(), QByteArrayList{"AUTH PLAIN"});
}

TEST_F(ClientSessionTest, InjectionThroughAddressesNeverReachesTheWire)
{
    QByteArray nul("nul\0x@yahoo.example", 19);
    begin(plainConfig(), message({"bob@x.example\r\nRCPT TO:<evil@y.example>", nul,
                                  "eve@y.example>\r\nDATA", "ok@yahoo.example",
                                  "bare\nlf@yahoo.example", "bad\xff\xfeutf8@yahoo.example"}));
    QByteArray wire = afterEhlo({"PIPELINING"});
    EXPECT_EQ(wire, "MAIL FROM:<alice@gmail.example>\r\nRCPT TO:<ok@yahoo.example>\r\nDATA\r\n");
    wire += server("250 ok\r\n250 ok\r\n354 go\r\n");
    wire += server("250 ok\r\n221 bye\r\n");
    EXPECT_FALSE(wire.contains("evil"));
    EXPECT_FALSE(wire.contains('\0'));
    EXPECT_FALSE(wire.contains("bare"));
    EXPECT_FALSE(wire.contains("utf8"));
    for (int i : {0, 1, 2, 4, 5}) {
        EXPECT_EQ(result(i).status, Status::PermanentFailure);
        EXPECT_EQ(result(i).reasonKey, "client.invalid-address");
        EXPECT_FALSE(result(i).reply.has_value());
    }
    EXPECT_EQ(result(3).status, Status::Accepted);
}

TEST_F(ClientSessionTest, InvalidSenderStillGreetsAndQuits)
{
    OutgoingMessage msg = message();
    msg.reversePath = "alice@gmail.example>\r\nRCPT TO:<evil@y.example";
    begin(plainConfig(), msg);
    EXPECT_EQ(server(kGreeting), "QUIT\r\n");
    EXPECT_EQ(result(0).status, Status::PermanentFailure);
    EXPECT_EQ(result(0).reasonKey, "client.invalid-sender");
    EXPECT_EQ(server("221 bye\r\n"), "");
    EXPECT_TRUE(m_client->isDone());
}

TEST_F(ClientSessionTest, InjectionThroughHeloNameIsRefused)
{
    ClientConfig config = plainConfig();
    config.heloName = "client.example\r\nMAIL FROM:<x@y.example>";
    begin(config, message());
    EXPECT_EQ(server(kGreeting), "QUIT\r\n");
    EXPECT_EQ(result(0).reasonKey, "client.invalid-helo-name");
}

TEST_F(ClientSessionTest, NullSenderIsSentAsEmptyPath)
{
    OutgoingMessage msg = message({"bob@yahoo.example"});
    msg.reversePath.clear();
    begin(plainConfig(), msg);
    EXPECT_EQ(afterEhlo({}), "MAIL FROM:<>\r\n");
}

TEST_F(ClientSessionTest, NonAsciiAddressNeedsSmtpUtf8)
{
    begin(plainConfig(), message({"jörg@example.org", "bob@yahoo.example"}));
    EXPECT_EQ(afterEhlo({"8BITMIME"}), "QUIT\r\n");
    EXPECT_EQ(result(0).reasonKey, "client.needs-smtputf8");
    EXPECT_EQ(result(1).reasonKey, "client.needs-smtputf8");
    EXPECT_EQ(result(1).status, Status::PermanentFailure);
}

TEST_F(ClientSessionTest, NonAsciiAddressWithSmtpUtf8)
{
    begin(plainConfig(), message({"jörg@example.org"}, "Subject: Grüße\n\nhi\n"));
    EXPECT_EQ(afterEhlo({"8BITMIME", "SMTPUTF8", "SIZE"}),
              "MAIL FROM:<alice@gmail.example> SIZE=24 BODY=8BITMIME SMTPUTF8\r\n");
    EXPECT_EQ(server("250 ok\r\n"), "RCPT TO:<jörg@example.org>\r\n");
}

TEST_F(ClientSessionTest, EightBitContentWithout8BitMimeIsNotSent)
{
    begin(plainConfig(), message({"bob@yahoo.example"}, "Subject: caf\xc3\xa9\n\nx\n"));
    EXPECT_EQ(afterEhlo({"PIPELINING"}), "QUIT\r\n");
    EXPECT_EQ(result(0).status, Status::PermanentFailure);
    EXPECT_EQ(result(0).reasonKey, "client.needs-8bitmime");
}

TEST_F(ClientSessionTest, GreetingRefused)
{
    begin(plainConfig(), message());
    EXPECT_EQ(server("554 5.3.2 No SMTP service here\r\n"), "QUIT\r\n");
    EXPECT_EQ(result(0).status, Status::PermanentFailure);
    EXPECT_EQ(result(0).reply->code, 554);
}

TEST_F(ClientSessionTest, EhloTemporaryFailure)
{
    begin(plainConfig(), message());
    server(kGreeting);
    EXPECT_EQ(server("450 4.3.2 busy\r\n"), "QUIT\r\n");
    EXPECT_EQ(result(0).status, Status::TemporaryFailure);
}

TEST_F(ClientSessionTest, ServiceClosing421InTheMiddle)
{
    begin(plainConfig(), message());
    afterEhlo({});
    EXPECT_EQ(server("250 ok\r\n"), "RCPT TO:<bob@yahoo.example>\r\n");
    EXPECT_EQ(server("421 4.4.2 mx.example Error: timeout exceeded\r\n"), "");
    EXPECT_TRUE(m_client->isDone());
    EXPECT_TRUE(hasNote("client.server-closing"));
    for (int i = 0; i < 2; ++i) {
        EXPECT_EQ(result(i).status, Status::TemporaryFailure);
        EXPECT_EQ(result(i).reply->code, 421);
    }
    EXPECT_EQ(server("250 late\r\n"), ""); // ignored once done
}

TEST_F(ClientSessionTest, ConnectionLostMidTransaction)
{
    begin(plainConfig(), message());
    afterEhlo({"PIPELINING"});
    server("250 ok\r\n250 ok\r\n550 no\r\n");
    m_client->connectionLost();
    collect();
    EXPECT_TRUE(m_client->isDone());
    EXPECT_EQ(result(0).status, Status::TemporaryFailure);
    EXPECT_EQ(result(0).reasonKey, "client.connection-lost");
    EXPECT_EQ(result(1).status, Status::PermanentFailure); // already decided: kept
    EXPECT_EQ(ofKind(Kind::Closed).size(), 1u);
    m_client->connectionLost(); // idempotent
    collect();
    EXPECT_EQ(ofKind(Kind::Closed).size(), 1u);
}

TEST_F(ClientSessionTest, ConnectionLostAfterAcceptanceKeepsAccepted)
{
    begin(plainConfig(), message({"bob@yahoo.example"}));
    afterEhlo({"PIPELINING"});
    server("250 ok\r\n250 ok\r\n354 go\r\n");
    EXPECT_EQ(server("250 queued\r\n"), "QUIT\r\n");
    m_client->connectionLost();
    EXPECT_EQ(result(0).status, Status::Accepted);
    EXPECT_TRUE(m_client->messageAccepted());
}

TEST_F(ClientSessionTest, MalformedReplyEndsTheSession)
{
    begin(plainConfig(), message());
    server(kGreeting);
    EXPECT_EQ(server("HTTP/1.1 400 Bad Request\r\n"), "QUIT\r\n");
    EXPECT_TRUE(m_client->isDone());
    EXPECT_EQ(result(0).status, Status::TemporaryFailure);
    EXPECT_EQ(result(0).reasonKey, "client.malformed-reply");
}

TEST_F(ClientSessionTest, MultiLineRcptRefusal)
{
    begin(plainConfig(), message({"nobody@gmail.example"}));
    afterEhlo({});
    server("250 ok\r\n");
    EXPECT_EQ(server("550-5.1.1 The email account that you tried to reach does not exist.\r\n"
                     "550 5.1.1 Please try double-checking.\r\n"),
              "QUIT\r\n");
    ASSERT_TRUE(result(0).reply.has_value());
    EXPECT_EQ(result(0).reply->lines.size(), 2);
    EXPECT_EQ(result(0).reply->enhanced, "5.1.1");
}

TEST_F(ClientSessionTest, EventsTraceCommandsRepliesAndStates)
{
    begin(plainConfig(), message({"bob@yahoo.example"}));
    server(kGreeting);
    server("250-mx.example Hi\r\n250 SIZE\r\n");

    const auto sent = ofKind(Kind::CommandSent);
    ASSERT_EQ(sent.size(), 2u);
    EXPECT_EQ(sent[0].key, "client.ehlo");
    EXPECT_EQ(sent[0].wire, "EHLO client.example");
    EXPECT_EQ(sent[1].key, "client.mail");
    EXPECT_EQ(sent[1].wire, "MAIL FROM:<alice@gmail.example> SIZE=33");
    EXPECT_EQ(sent[1].args, (QByteArrayList{"alice@gmail.example", "SIZE=33"}));

    const auto replies = ofKind(Kind::ReplyReceived);
    ASSERT_EQ(replies.size(), 2u);
    EXPECT_EQ(replies[1].key, "client.reply.2xx");
    EXPECT_EQ(replies[1].wire, "250-mx.example Hi\n250 SIZE");
    EXPECT_EQ(replies[1].args, (QByteArrayList{"250", ""}));

    const auto states = ofKind(Kind::StateChange);
    ASSERT_EQ(states.size(), 2u);
    EXPECT_EQ(states[0].wire, "Greeting -> Ehlo");
    EXPECT_EQ(states[0].args, (QByteArrayList{"Greeting", "Ehlo"}));
    EXPECT_EQ(states[1].wire, "Ehlo -> Mail");

    server("250 ok\r\n250 ok\r\n354 go\r\n");
    const auto data = ofKind(Kind::DataSent);
    ASSERT_EQ(data.size(), 1u);
    EXPECT_EQ(data[0].wire, ClientSession::encodeData(kContent));
}

TEST_F(ClientSessionTest, WithoutProgressReportsTheSameDialogueWithoutRepliesAndStates)
{
    ClientConfig quiet = plainConfig();
    quiet.reportProgress = false;
    begin(quiet, message({"bob@yahoo.example"}));
    EXPECT_EQ(server(kGreeting), "EHLO client.example\r\n");
    EXPECT_EQ(server("250-mx.example Hi\r\n250 SIZE\r\n"), "MAIL FROM:<alice@gmail.example> SIZE=33\r\n");
    server("250 ok\r\n");
    server("250 ok\r\n");
    server("354 go\r\n");
    EXPECT_EQ(server("250 2.0.0 queued\r\n"), "QUIT\r\n");

    EXPECT_TRUE(ofKind(Kind::ReplyReceived).empty());
    EXPECT_TRUE(ofKind(Kind::StateChange).empty());
    EXPECT_EQ(ofKind(Kind::CommandSent).size(), 5u); // EHLO MAIL RCPT DATA QUIT
    EXPECT_EQ(ofKind(Kind::DataSent).size(), 1u);
    EXPECT_EQ(result(0).status, Status::Accepted);
    EXPECT_EQ(m_client->state(), ClientSession::State::Quit);
}

// --- encodeData -------------------------------------------------------------------------

struct EncodeCase
{
    const char *name;
    QByteArray content;
    QByteArray wire;
};

void PrintTo(const EncodeCase &c, std::ostream *os) { *os << c.name; }

class ClientSessionEncode : public ::testing::TestWithParam<EncodeCase>
{
};

TEST_P(ClientSessionEncode, CanonicalisesAndDotStuffs)
{
    EXPECT_EQ(ClientSession::encodeData(GetParam().content), GetParam().wire);
}

const EncodeCase kEncodeCases[] = {
    {"Empty", "", ".\r\n"},
    {"Crlf", "a\r\nb\r\n", "a\r\nb\r\n.\r\n"},
    {"BareLf", "a\nb\n", "a\r\nb\r\n.\r\n"},
    {"BareCr", "a\rb\r", "a\r\nb\r\n.\r\n"},
    {"CrCrLf", "a\r\r\nb", "a\r\n\r\nb\r\n.\r\n"},
    {"LfCr", "a\n\rb", "a\r\n\r\nb\r\n.\r\n"},
    {"MissingFinalCrlf", "a\r\nb", "a\r\nb\r\n.\r\n"},
    {"NoExtraCrlf", "a\r\n", "a\r\n.\r\n"},
    {"OnlyCrlf", "\r\n", "\r\n.\r\n"},
    {"LeadingDots", ".a\n..b\nc.d\n.", "..a\r\n...b\r\nc.d\r\n..\r\n.\r\n"},
    {"FirstLineDot", ".\r\n", "..\r\n.\r\n"},
    {"TerminatorInside", "a\r\n.\r\nMAIL FROM:<x@y>\r\n", "a\r\n..\r\nMAIL FROM:<x@y>\r\n.\r\n"},
    {"SmugglingBareLfDot", "a\n.\nMAIL FROM:<x@y>\n", "a\r\n..\r\nMAIL FROM:<x@y>\r\n.\r\n"},
    {"SmugglingCrDotCr", "a\r.\rb", "a\r\n..\r\nb\r\n.\r\n"},
    {"EmptyLines", "\n\n", "\r\n\r\n.\r\n"},
    {"EightBitKept", "caf\xc3\xa9\n", "caf\xc3\xa9\r\n.\r\n"},
};

INSTANTIATE_TEST_SUITE_P(ClientSession, ClientSessionEncode, ::testing::ValuesIn(kEncodeCases),
                         [](const auto &info) { return std::string(info.param.name); });

TEST(ClientSessionEncodeData, NulIsKeptByteForByte)
{
    const QByteArray content("a\0b\n", 4);
    EXPECT_EQ(ClientSession::encodeData(content), QByteArray("a\0b\r\n.\r\n", 8));
}

TEST(ClientSessionEncodeData, LongBodyHasOnlyCrlfLineEnds)
{
    QByteArray content;
    for (int i = 0; i < 500; ++i)
        content += (i % 3 == 0 ? ".line\n" : i % 3 == 1 ? "text\r" : "more\r\n");
    const QByteArray wire = ClientSession::encodeData(content);
    EXPECT_TRUE(wire.endsWith("\r\n.\r\n"));
    for (qsizetype i = 0; i < wire.size(); ++i) {
        if (wire[i] == '\n') {
            ASSERT_TRUE(i > 0 && wire[i - 1] == '\r') << i;
        }
        if (wire[i] == '\r') {
            ASSERT_TRUE(i + 1 < wire.size() && wire[i + 1] == '\n') << i;
        }
    }
    EXPECT_TRUE(wire.startsWith("..line\r\n"));
    EXPECT_EQ(wire.count("\r\n..line\r\n"), 166);
}

} // namespace

// A message relayed to several domains is encoded once and the encoding kept (a cache by the
// content's address): the same content gives the same bytes, and bytes that changed under
// the same address (content Kurir does not own) are encoded anew.
TEST_F(ClientSessionTest, EncodingIsKeptForTheSameContentButNotForBytesThatChanged)
{
    auto sent = [this](QByteArray content) {
        begin(plainConfig(), message({"bob@yahoo.example"}, std::move(content)));
        EXPECT_EQ(server(kGreeting), "EHLO client.example\r\n");
        const QByteArray group = server(ehloReply({"PIPELINING", "SIZE 1000000"}));
        EXPECT_TRUE(group.endsWith("DATA\r\n")) << group.constData();
        const QByteArray body = server("250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n354 Go ahead\r\n");
        return group.left(group.indexOf("\r\n")) + " | " + body;
    };
    const QByteArray shared("Subject: a\n\n.x\n");
    const QByteArray first = sent(shared);
    EXPECT_EQ(first, "MAIL FROM:<alice@gmail.example> SIZE=18 | Subject: a\r\n\r\n..x\r\n.\r\n");
    EXPECT_EQ(sent(shared), first) << "the same content, the same bytes";

    char buffer[] = "Subject: b\n\nhi\n";
    const QByteArray borrowed = QByteArray::fromRawData(buffer, qsizetype(sizeof buffer - 1));
    EXPECT_EQ(sent(borrowed), "MAIL FROM:<alice@gmail.example> SIZE=18 | Subject: b\r\n\r\nhi\r\n.\r\n");
    buffer[12] = '.'; // the same address, other bytes
    EXPECT_EQ(sent(borrowed), "MAIL FROM:<alice@gmail.example> SIZE=18 | Subject: b\r\n\r\n..i\r\n.\r\n");
}
