// STARTTLS (RFC 3207) and AUTH (RFC 4954, PLAIN RFC 4616, LOGIN) on the server, including the
// plaintext command injection of CVE-2011-0411 (SMTP-NOTES §2.3).

#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "protocol/serversession.h"
#include "serverfixture.h"

namespace kurir::smtp::test {
namespace {

using ::testing::AnyOf;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using State = ServerSession::State;

class ServerStartTlsTest : public ServerTest
{
};

TEST_F(ServerStartTlsTest, StartTlsAsksTheDriverForAHandshake)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::Greeted));
    const Answer a = say("STARTTLS");
    EXPECT_THAT(a.replies, ElementsAre("ReadyToStartTls"));
    EXPECT_EQ(a.wire, QByteArray("220 2.0.0 Ready to start TLS\r\n"));
    EXPECT_EQ(a.count(SessionEvent::Kind::TlsStart), 1);
    EXPECT_EQ(session().state(), State::TlsHandshake);
    EXPECT_FALSE(session().isTls());

    EXPECT_THAT(server().tlsEstablished().replies, IsEmpty()) << "the client speaks first after TLS";
    EXPECT_TRUE(session().isTls());
    EXPECT_EQ(session().state(), State::Connected);
    EXPECT_TRUE(session().heloName().isEmpty()) << "RFC 3207 §4.2: the EHLO argument is forgotten";
}

// CVE-2011-0411: commands pipelined behind STARTTLS arrived in plaintext and must be dropped.
TEST_F(ServerStartTlsTest, PlaintextPipelinedAfterStartTlsIsDiscarded)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::Greeted));
    const Answer a = send("STARTTLS\r\nMAIL FROM:<evil@x>\r\n");
    EXPECT_THAT(a.replies, ElementsAre("ReadyToStartTls")) << "the injected MAIL is never answered";
    EXPECT_THAT(server().tlsEstablished().replies, IsEmpty());
    EXPECT_EQ(session().bufferedBytes(), 0);
    EXPECT_THAT(say("MAIL FROM:<a@b>").replies, ElementsAre("NeedHelo"))
        << "neither the injected MAIL nor the old EHLO may count";
}

TEST_F(ServerStartTlsTest, InjectedEhloAndEnvelopeAreDiscarded)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::Greeted));
    const Answer a = send("STARTTLS\r\nEHLO evil.example\r\nMAIL FROM:<evil@x>\r\nRCPT TO:<bob@yahoo.example>\r\n");
    EXPECT_THAT(a.replies, ElementsAre("ReadyToStartTls"));
    EXPECT_THAT(server().tlsEstablished().replies, IsEmpty());
    EXPECT_TRUE(session().heloName().isEmpty());
    EXPECT_THAT(say("RCPT TO:<bob@yahoo.example>").replies, ElementsAre("NeedHelo"));
    EXPECT_THAT(say("EHLO client.example").replies, ElementsAre("EhloOk"));
    EXPECT_THAT(say("RCPT TO:<bob@yahoo.example>").replies, ElementsAre("NeedMail"));
}

TEST_F(ServerStartTlsTest, PlaintextArrivingBeforeTheHandshakeIsDiscarded)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::Greeted));
    ASSERT_THAT(say("STARTTLS").replies, ElementsAre("ReadyToStartTls"));
    EXPECT_THAT(send("MAIL FROM:<evil@x>\r\n").replies, IsEmpty());
    EXPECT_THAT(server().tlsEstablished().replies, IsEmpty());
    EXPECT_THAT(say("EHLO client.example").replies, ElementsAre("EhloOk"));
    EXPECT_THAT(say("RCPT TO:<bob@yahoo.example>").replies, ElementsAre("NeedMail"));
}

TEST_F(ServerStartTlsTest, StartTlsDropsTheTransaction)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::WithRecipient));
    ASSERT_THAT(say("STARTTLS").replies, ElementsAre("ReadyToStartTls"));
    server().tlsEstablished();
    ASSERT_THAT(say("EHLO client.example").replies, ElementsAre("EhloOk"));
    EXPECT_THAT(say("DATA").replies, ElementsAre("NeedMail"));
}

TEST_F(ServerStartTlsTest, EhloInsideTlsListsAuthButNotStartTls)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::TlsConnected));
    const Answer a = say("EHLO client.example");
    EXPECT_FALSE(a.wire.contains("STARTTLS")) << "RFC 3207 §4.2";
    EXPECT_TRUE(a.wire.contains("250 AUTH PLAIN LOGIN\r\n")) << a.wire.toStdString();
    EXPECT_EQ(session().heloName(), QByteArray("client.example"));
}

TEST_F(ServerStartTlsTest, EhloInPlaintextHidesAuth)
{
    // RFC 4954 §4: no plaintext passwords unless TLS is active (authNeedsTls).
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::Connected));
    const Answer a = say("EHLO client.example");
    EXPECT_FALSE(a.wire.contains("AUTH")) << a.wire.toStdString();
    EXPECT_TRUE(a.wire.contains("250 STARTTLS\r\n"));
}

TEST_F(ServerStartTlsTest, SecondStartTlsIsRefused)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::TlsGreeted));
    const Answer a = say("STARTTLS");
    EXPECT_THAT(a.replies, ElementsAre("TlsAlreadyActive"));
    EXPECT_EQ(a.count(SessionEvent::Kind::TlsStart), 0);
    EXPECT_TRUE(session().isTls());
}

TEST_F(ServerStartTlsTest, StartTlsBeforeEhloIsOutOfSequence)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::Connected));
    const Answer a = say("STARTTLS");
    EXPECT_THAT(a.replies, ElementsAre(AnyOf("NeedEhlo", "NeedHelo")));
    EXPECT_TRUE(a.wire.startsWith("503 5.5.1 ")) << a.wire.toStdString();
    EXPECT_EQ(a.count(SessionEvent::Kind::TlsStart), 0);
    EXPECT_EQ(session().state(), State::Connected);
}

TEST_F(ServerStartTlsTest, StartTlsWithArgumentStartsNothing)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::Greeted));
    const Answer a = say("STARTTLS please");
    EXPECT_THAT(a.replies, ElementsAre("NoParameters"));
    EXPECT_EQ(a.count(SessionEvent::Kind::TlsStart), 0);
    EXPECT_EQ(session().state(), State::Greeted);
}

TEST_F(ServerStartTlsTest, StartTlsNotOffered)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::MxNoStartTls, Stage::Greeted));
    const Answer a = say("STARTTLS");
    EXPECT_THAT(a.replies, ElementsAre("NotImplemented"));
    EXPECT_EQ(a.wire, QByteArray("502 5.5.1 STARTTLS not implemented\r\n"));
    EXPECT_EQ(a.count(SessionEvent::Kind::TlsStart), 0);
}

TEST_F(ServerStartTlsTest, TlsReachesThePolicyEnvelope)
{
    struct Recorder : StaticPolicy
    {
        explicit Recorder(const StaticPolicy &p) : StaticPolicy(p) {}
        Decision acceptMessage(const Envelope &e, const QByteArray &c) override
        {
            tls = e.tls;
            user = e.authenticatedUser;
            return StaticPolicy::acceptMessage(e, c);
        }
        bool tls = false;
        QByteArray user;
    };
    auto policy = std::make_unique<Recorder>(yahooMx());
    Recorder *recorder = policy.get();
    ASSERT_NO_FATAL_FAILURE(begin(std::move(policy), Stage::LoggedInTransaction));
    ASSERT_THAT(say("RCPT TO:<carol@gmail.example>").replies, ElementsAre("RecipientRelayOk"));
    EXPECT_THAT(send("DATA\r\nHi\r\n.\r\n").replies, ElementsAre("StartMailInput", "MessageAccepted"));
    EXPECT_TRUE(recorder->tls);
    EXPECT_EQ(recorder->user, QByteArray("alice"));
}

// RFC 3207 §4.2: "discard any knowledge obtained from the client", which includes a login.
TEST_F(ServerStartTlsTest, StartTlsForgetsAPlaintextLogin)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::MxPlainAuth, Stage::Greeted));
    ASSERT_THAT(say(authPlain(kPlainAliceSecret)).replies, ElementsAre("AuthSucceeded"));
    ASSERT_EQ(session().authenticatedUser(), QByteArray("alice"));
    ASSERT_THAT(say("STARTTLS").replies, ElementsAre("ReadyToStartTls"));
    server().tlsEstablished();
    EXPECT_TRUE(session().authenticatedUser().isEmpty());
    ASSERT_THAT(say("EHLO client.example").replies, ElementsAre("EhloOk"));
    EXPECT_THAT(say(authPlain(kPlainAliceSecret)).replies, ElementsAre("AuthSucceeded"));
}

// ---------------------------------------------------------------------------------------------

class ServerAuthTest : public ServerTest
{
};

TEST_F(ServerAuthTest, PlainWithInitialResponse)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::TlsGreeted));
    const Answer a = say(authPlain(kPlainAliceSecret));
    EXPECT_THAT(a.replies, ElementsAre("AuthSucceeded"));
    EXPECT_EQ(a.wire, QByteArray("235 2.7.0 Authentication successful\r\n"));
    const SessionEvent *e = a.find(SessionEvent::Kind::Authenticated);
    ASSERT_NE(e, nullptr);
    ASSERT_FALSE(e->args.isEmpty());
    EXPECT_EQ(e->args.front(), QByteArray("alice"));
    EXPECT_EQ(session().authenticatedUser(), QByteArray("alice"));
    EXPECT_EQ(session().state(), State::Greeted);
}

TEST_F(ServerAuthTest, PlainWrongPassword)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::TlsGreeted));
    const Answer a = say(authPlain(kPlainAliceWrong));
    EXPECT_THAT(a.replies, ElementsAre("AuthFailed"));
    EXPECT_EQ(a.wire, QByteArray("535 5.7.8 Authentication credentials invalid\r\n"));
    EXPECT_EQ(a.count(SessionEvent::Kind::Authenticated), 0);
    EXPECT_TRUE(session().authenticatedUser().isEmpty());
}

TEST_F(ServerAuthTest, PlainWithoutInitialResponse)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::TlsGreeted));
    const Answer challenge = say("AUTH PLAIN");
    EXPECT_THAT(challenge.replies, ElementsAre("AuthChallenge"));
    EXPECT_EQ(challenge.wire, QByteArray("334 \r\n")) << "RFC 4954 §4: an empty challenge";
    EXPECT_EQ(session().state(), State::AuthExchange);
    EXPECT_THAT(say(kPlainAliceSecret).replies, ElementsAre("AuthSucceeded"));
    EXPECT_EQ(session().authenticatedUser(), QByteArray("alice"));
}

TEST_F(ServerAuthTest, PlainEmptyInitialResponse)
{
    // RFC 4954 §4: "=" is a zero-length initial response; "\0\0" is not there, so it fails.
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::TlsGreeted));
    const Answer a = say("AUTH PLAIN =");
    EXPECT_THAT(a.replies, ElementsAre(AnyOf("AuthFailed", "AuthMalformed")));
    EXPECT_TRUE(session().authenticatedUser().isEmpty());
    EXPECT_EQ(session().state(), State::Greeted);
}

TEST_F(ServerAuthTest, PlainWithoutSeparators)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::TlsGreeted));
    EXPECT_THAT(say("AUTH PLAIN YWxpY2Ugc2VjcmV0").replies, ElementsAre("AuthMalformed")); // "alice secret"
    EXPECT_TRUE(session().authenticatedUser().isEmpty());
}

TEST_F(ServerAuthTest, PlainAuthzidEqualToAuthcid)
{
    // RFC 4616 §2: acting as oneself is always authorized.
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::TlsGreeted));
    EXPECT_THAT(say("AUTH PLAIN YWxpY2UAYWxpY2UAc2VjcmV0").replies, ElementsAre("AuthSucceeded"));
}

TEST_F(ServerAuthTest, CancelWithStar)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::TlsGreeted));
    ASSERT_THAT(say("AUTH PLAIN").replies, ElementsAre("AuthChallenge"));
    const Answer a = say("*");
    EXPECT_THAT(a.replies, ElementsAre("AuthCancelled"));
    EXPECT_EQ(a.wire, QByteArray("501 5.7.0 Authentication cancelled\r\n"));
    EXPECT_EQ(session().state(), State::Greeted);
    EXPECT_THAT(say("NOOP").replies, ElementsAre("NoopOk")) << "back to commands";
}

TEST_F(ServerAuthTest, BadBase64)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::TlsGreeted));
    EXPECT_THAT(say("AUTH PLAIN !!!").replies, ElementsAre("AuthBadBase64"));
    ASSERT_THAT(say("AUTH PLAIN").replies, ElementsAre("AuthChallenge"));
    EXPECT_THAT(say("!!!").replies, ElementsAre("AuthBadBase64"));
    EXPECT_EQ(session().state(), State::Greeted);
}

TEST_F(ServerAuthTest, LoginDialogue)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::TlsGreeted));
    const Answer user = say("AUTH LOGIN");
    EXPECT_EQ(user.wire, QByteArray(kLoginUserPrompt));
    EXPECT_EQ(session().state(), State::AuthExchange);
    const Answer password = say(kB64Alice);
    EXPECT_EQ(password.wire, QByteArray(kLoginPasswordPrompt));
    const Answer done = say(kB64Secret);
    EXPECT_THAT(done.replies, ElementsAre("AuthSucceeded"));
    EXPECT_EQ(done.count(SessionEvent::Kind::Authenticated), 1);
    EXPECT_EQ(session().authenticatedUser(), QByteArray("alice"));
}

TEST_F(ServerAuthTest, LoginWrongPassword)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::TlsGreeted));
    EXPECT_THAT(say("AUTH LOGIN").replies, ElementsAre("AuthChallenge"));
    EXPECT_THAT(say(kB64Alice).replies, ElementsAre("AuthChallenge"));
    EXPECT_THAT(say(kB64Wrong).replies, ElementsAre("AuthFailed"));
    EXPECT_TRUE(session().authenticatedUser().isEmpty());
}

TEST_F(ServerAuthTest, LoginWithInitialResponse)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::TlsGreeted));
    const Answer a = say(std::string("AUTH LOGIN ") + kB64Alice);
    EXPECT_EQ(a.wire, QByteArray(kLoginPasswordPrompt)) << "the username came with the command";
    EXPECT_THAT(say(kB64Secret).replies, ElementsAre("AuthSucceeded"));
}

TEST_F(ServerAuthTest, LoginSplitIntoSingleBytes)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::TlsGreeted));
    const std::string dialogue = std::string("AUTH LOGIN\r\n") + kB64Alice + "\r\n" + kB64Secret + "\r\n";
    Answer all;
    for (char c : dialogue)
        all.append(server().send(std::string_view(&c, 1)));
    EXPECT_THAT(all.replies, ElementsAre("AuthChallenge", "AuthChallenge", "AuthSucceeded"));
}

TEST_F(ServerAuthTest, UnknownMechanism)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::TlsGreeted));
    EXPECT_THAT(say("AUTH CRAM-MD5").replies, ElementsAre("UnknownAuthMechanism"));
    EXPECT_THAT(say("AUTH XOAUTH2 dG9rZW4=").replies, ElementsAre("UnknownAuthMechanism"));
    EXPECT_EQ(session().state(), State::Greeted);
}

TEST_F(ServerAuthTest, OnlyOnceAndNotInATransaction)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::TlsGreeted));
    ASSERT_THAT(say("MAIL FROM:<a@b>").replies, ElementsAre("SenderOk"));
    EXPECT_THAT(say(authPlain(kPlainAliceSecret)).replies, ElementsAre("AuthInTransaction"));
    ASSERT_THAT(say("RSET").replies, ElementsAre("ResetOk"));
    EXPECT_THAT(say(authPlain(kPlainAliceSecret)).replies, ElementsAre("AuthSucceeded"));
    EXPECT_THAT(say(authPlain(kPlainAliceSecret)).replies, ElementsAre("AlreadyAuthenticated"));
    EXPECT_THAT(say("AUTH LOGIN").replies, ElementsAre("AlreadyAuthenticated"));
}

TEST_F(ServerAuthTest, MustStartTlsFirst)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::Greeted));
    EXPECT_THAT(say(authPlain(kPlainAliceSecret)).replies, ElementsAre("MustStartTls"));
    EXPECT_TRUE(session().authenticatedUser().isEmpty());
    EXPECT_EQ(session().state(), State::Greeted) << "no 334 exchange was started";
}

TEST_F(ServerAuthTest, PlaintextAllowedWhenThePolicySaysSo)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::MxPlainAuth, Stage::Greeted));
    EXPECT_THAT(say(authPlain(kPlainAliceSecret)).replies, ElementsAre("AuthSucceeded"));
}

TEST_F(ServerAuthTest, BeforeEhlo)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::MxPlainAuth, Stage::Connected));
    const Answer a = say(authPlain(kPlainAliceSecret));
    EXPECT_THAT(a.replies, ElementsAre("NeedEhlo"));
    EXPECT_TRUE(a.wire.startsWith("503 ")) << a.wire.toStdString();
}

TEST_F(ServerAuthTest, NotEnabledWithoutUsers)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::MxNoUsers, Stage::TlsGreeted));
    EXPECT_THAT(say(authPlain(kPlainAliceSecret)).replies, ElementsAre("AuthNotEnabled"));
    EXPECT_THAT(say("AUTH LOGIN").replies, ElementsAre("AuthNotEnabled"));
}

// RFC 4954 §4: AUTH exchange lines up to 12288 octets; longer → 500 5.5.6.
TEST_F(ServerAuthTest, AuthCommandLineOf12288OctetsIsNotTooLong)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::TlsGreeted));
    const std::string prefix = "AUTH PLAIN ";
    const std::string line = prefix + std::string(12288 - 2 - prefix.size(), 'A');
    const Answer a = say(line);
    ASSERT_EQ(a.replies.size(), 1u);
    EXPECT_NE(a.replies.front(), "AuthLineTooLong");
    EXPECT_NE(a.replies.front(), "LineTooLong");
}

TEST_F(ServerAuthTest, AuthCommandLineOverTheLimit)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::TlsGreeted));
    const Answer a = say("AUTH PLAIN " + std::string(12300, 'A'));
    EXPECT_THAT(a.replies, ElementsAre("AuthLineTooLong"));
    EXPECT_EQ(a.wire, QByteArray("500 5.5.6 Authentication exchange line is too long\r\n"));
    EXPECT_THAT(say("NOOP").replies, ElementsAre("NoopOk"));
}

TEST_F(ServerAuthTest, AuthResponseLongerThanACommandLine)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::TlsGreeted));
    ASSERT_THAT(say("AUTH PLAIN").replies, ElementsAre("AuthChallenge"));
    const Answer a = say(std::string(2000, 'A'));
    ASSERT_EQ(a.replies.size(), 1u);
    EXPECT_THAT(a.replies.front(), AnyOf("AuthFailed", "AuthMalformed")) << "judged, not cut off";
}

TEST_F(ServerAuthTest, AuthResponseOverTheLimit)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::TlsGreeted));
    ASSERT_THAT(say("AUTH PLAIN").replies, ElementsAre("AuthChallenge"));
    const std::string huge(100000, 'A');
    for (size_t i = 0; i < huge.size(); i += 1000) {
        ASSERT_TRUE(send(huge.substr(i, 1000)).wire.isEmpty());
        ASSERT_LT(session().bufferedBytes(), 13000);
    }
    EXPECT_THAT(send("\r\n").replies, ElementsAre("AuthLineTooLong"));
    EXPECT_EQ(session().state(), State::Greeted);
    EXPECT_THAT(say("NOOP").replies, ElementsAre("NoopOk"));
}

// SMTP-NOTES §2.2: a bare LF inside an AUTH response must not smuggle a command behind it.
TEST_F(ServerAuthTest, BareLfInAuthResponseIsNotALineEnd)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::TlsGreeted));
    ASSERT_THAT(say("AUTH PLAIN").replies, ElementsAre("AuthChallenge"));
    const Answer a = say(std::string(kPlainAliceSecret) + "\nMAIL FROM:<evil@x>");
    ASSERT_EQ(a.replies.size(), 1u) << a.wire.toStdString();
    EXPECT_NE(a.replies.front(), "AuthSucceeded");
    EXPECT_NE(a.replies.front(), "SenderOk");
    EXPECT_TRUE(session().authenticatedUser().isEmpty());
    EXPECT_THAT(say("RCPT TO:<bob@yahoo.example>").replies, ElementsAre("NeedMail"));
}

// RFC 5321 §4.1.4: a refused command leaves the session in the state it was in.
TEST_F(ServerAuthTest, OverLongAuthLineInATransactionKeepsTheTransaction)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::TlsGreeted));
    ASSERT_THAT(say("MAIL FROM:<a@b>").replies, ElementsAre("SenderOk"));
    ASSERT_EQ(session().state(), State::MailGiven);
    EXPECT_THAT(say("AUTH PLAIN " + std::string(13000, 'A')).replies, ElementsAre("AuthLineTooLong"));
    EXPECT_EQ(session().state(), State::MailGiven);
    EXPECT_THAT(say("RCPT TO:<bob@yahoo.example>").replies, ElementsAre("RecipientOk"));
    EXPECT_EQ(session().state(), State::RcptGiven);
}

TEST_F(ServerAuthTest, OverLongAuthLineBeforeEhloKeepsConnected)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::Connected));
    const Answer a = say("AUTH PLAIN " + std::string(13000, 'A'));
    ASSERT_EQ(a.replies.size(), 1u);
    EXPECT_EQ(session().state(), State::Connected);
    EXPECT_THAT(say("MAIL FROM:<a@b>").replies, ElementsAre("NeedHelo"));
}

// ---------------------------------------------------------------------------------------------
// Submission (RFC 6409 §4.3, §6.1).

TEST_F(ServerAuthTest, SubmissionNeedsAuthBeforeMail)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Submission, Stage::TlsGreeted));
    const Answer refused = say("MAIL FROM:<alice@yahoo.example>");
    EXPECT_THAT(refused.replies, ElementsAre("AuthRequired"));
    EXPECT_EQ(refused.wire, QByteArray("530 5.7.0 Authentication required\r\n"));
    ASSERT_THAT(say(authPlain(kPlainAliceSecret)).replies, ElementsAre("AuthSucceeded"));
    EXPECT_THAT(say("MAIL FROM:<alice@yahoo.example>").replies, ElementsAre("SenderOk"));
    EXPECT_THAT(say("RCPT TO:<carol@gmail.example>").replies, ElementsAre("RecipientRelayOk"));
    EXPECT_THAT(send("DATA\r\nHi Carol\r\n.\r\n").replies, ElementsAre("StartMailInput", "MessageAccepted"));
}

TEST_F(ServerAuthTest, SubmissionRefusesSomeoneElsesSender)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::SubmissionOwned, Stage::LoggedIn));
    const Answer a = say("MAIL FROM:<mallory@gmail.example>");
    EXPECT_THAT(a.replies, ElementsAre("SenderNotOwned"));
    EXPECT_TRUE(a.wire.startsWith("553 5.7.1 <mallory@gmail.example>")) << a.wire.toStdString();
    EXPECT_EQ(session().state(), State::Greeted);
}

TEST_F(ServerAuthTest, RelayNeedsAuthOnTheMx)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::TlsGreeted));
    ASSERT_THAT(say("MAIL FROM:<alice@yahoo.example>").replies, ElementsAre("SenderOk"));
    EXPECT_THAT(say("RCPT TO:<carol@gmail.example>").replies, ElementsAre("RelayDenied"));
    ASSERT_THAT(say("RSET").replies, ElementsAre("ResetOk"));
    ASSERT_THAT(say(authPlain(kPlainAliceSecret)).replies, ElementsAre("AuthSucceeded"));
    ASSERT_THAT(say("MAIL FROM:<alice@yahoo.example>").replies, ElementsAre("SenderOk"));
    EXPECT_THAT(say("RCPT TO:<carol@gmail.example>").replies, ElementsAre("RecipientRelayOk"));
}

TEST_F(ServerAuthTest, NoRelayForAuthenticatedWhenThePolicyForbidsIt)
{
    StaticPolicy p = yahooMx();
    p.relayAuthenticated = false;
    ASSERT_NO_FATAL_FAILURE(begin(std::make_unique<StaticPolicy>(p), Stage::LoggedInTransaction));
    EXPECT_THAT(say("RCPT TO:<carol@gmail.example>").replies, ElementsAre("RelayDenied"));
}

} // namespace
} // namespace kurir::smtp::test
