// The WITH of the Received: field (RFC 3848, RFC 6531 §3.7.3) follows the session: how the
// client greeted (HELO or EHLO), whether TLS was up and whether it logged in. First the rule
// as a table, then the same through real sessions, from the greeting to the end of DATA.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "protocol/serverpolicy.h"
#include "protocol/serversession.h"
#include "support/printers.h"

namespace kurir::smtp {
namespace {

struct ProtocolCase
{
    bool extended;
    bool tls;
    bool authenticated;
    bool smtpUtf8;
    const char *expected;
};

TEST(ReceivedProtocol, FollowsTheRegistry)
{
    const std::vector<ProtocolCase> cases = {
        // ext    tls    auth   utf8
        {false, false, false, false, "SMTP"},       // HELO
        {true,  false, false, false, "ESMTP"},      // EHLO
        {true,  true,  false, false, "ESMTPS"},     // EHLO, STARTTLS, EHLO
        {true,  false, true,  false, "ESMTPA"},     // AUTH without TLS (a policy that allows it)
        {true,  true,  true,  false, "ESMTPSA"},    // STARTTLS, then AUTH
        {false, true,  false, false, "ESMTPS"},     // HELO after STARTTLS: TLS was an extension
        {false, true,  true,  false, "ESMTPSA"},    // HELO after STARTTLS and AUTH
        {true,  false, false, true,  "UTF8SMTP"},   // MAIL ... SMTPUTF8 (RFC 6531)
        {true,  true,  false, true,  "UTF8SMTPS"},
        {true,  false, true,  true,  "UTF8SMTPA"},
        {true,  true,  true,  true,  "UTF8SMTPSA"},
    };
    for (const ProtocolCase &c : cases) {
        Envelope e;
        e.heloName = "client.example";
        e.extended = c.extended;
        e.tls = c.tls;
        e.smtpUtf8 = c.smtpUtf8;
        if (c.authenticated)
            e.authenticatedUser = "alice";
        EXPECT_EQ(receivedProtocol(e), QByteArray(c.expected))
            << "extended=" << c.extended << " tls=" << c.tls << " auth=" << c.authenticated
            << " utf8=" << c.smtpUtf8;
    }
}

/// Remembers the WITH of each message it accepts.
class RecordingPolicy : public StaticPolicy
{
public:
    Decision acceptMessage(const Envelope &envelope, const QByteArray &content) override
    {
        protocols.push_back(receivedProtocol(envelope));
        return StaticPolicy::acceptMessage(envelope, content);
    }
    std::vector<QByteArray> protocols;
};

struct SessionCase
{
    const char *name;
    std::vector<std::string> lines; ///< "TLS" stands for the finished handshake after STARTTLS
    const char *expected;
    bool tlsLogin = true;           ///< AUTH needs TLS (the RFC 4954 default)
};

TEST(ReceivedProtocol, FollowsTheSession)
{
    const std::string mail = "MAIL FROM:<alice@example.org>";
    const std::string utf8Mail = "MAIL FROM:<alice@example.org> SMTPUTF8";
    const std::string login = "AUTH PLAIN AGFsaWNlAHNlY3JldA=="; // \0alice\0secret
    const std::vector<SessionCase> cases = {
        {"helo", {"HELO client.example", mail}, "SMTP"},
        {"ehlo", {"EHLO client.example", mail}, "ESMTP"},
        {"ehlo then helo", {"EHLO client.example", "HELO client.example", mail}, "SMTP"},
        {"helo then ehlo", {"HELO client.example", "EHLO client.example", mail}, "ESMTP"},
        {"starttls", {"EHLO client.example", "STARTTLS", "TLS", "EHLO client.example", mail}, "ESMTPS"},
        {"starttls then helo", {"EHLO client.example", "STARTTLS", "TLS", "HELO client.example", mail}, "ESMTPS"},
        {"starttls and auth",
         {"EHLO client.example", "STARTTLS", "TLS", "EHLO client.example", login, mail}, "ESMTPSA"},
        {"auth in plaintext", {"EHLO client.example", login, mail}, "ESMTPA", false},
        {"smtputf8", {"EHLO client.example", utf8Mail}, "UTF8SMTP"},
        {"smtputf8 in tls", {"EHLO client.example", "STARTTLS", "TLS", "EHLO client.example", utf8Mail},
         "UTF8SMTPS"},
    };
    for (const SessionCase &c : cases) {
        SCOPED_TRACE(c.name);
        RecordingPolicy policy;
        policy.host = "mx.example";
        policy.localDomains = {"example.net"};
        policy.passwords = {{"alice", "secret"}};
        policy.authNeedsTls = c.tlsLogin;
        policy.ext.smtpUtf8 = true;
        ServerSession session(policy, "192.0.2.1");
        session.start();
        QByteArray replies = session.takeOutput();
        for (const std::string &line : c.lines) {
            if (line == "TLS") {
                session.tlsEstablished();
            } else {
                session.receive(QByteArray::fromStdString(line + "\r\n"));
            }
            replies += session.takeOutput();
        }
        session.receive("RCPT TO:<bob@example.net>\r\nDATA\r\n");
        session.receive("Subject: hi\r\n\r\nhello\r\n.\r\n");
        replies += session.takeOutput();
        ASSERT_EQ(policy.protocols.size(), 1u) << replies.toStdString();
        EXPECT_EQ(policy.protocols.front(), QByteArray(c.expected)) << replies.toStdString();
    }
}

} // namespace
} // namespace kurir::smtp
