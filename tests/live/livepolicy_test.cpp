// Live mode's rules, through the very ServerSession the server drives: staged fixtures that
// write raw lines and read the replies, as a real client would see them.
#include <gtest/gtest.h>

#include <cerrno>
#include <memory>

#include "livepolicy.h"
#include "protocol/serversession.h"

using kurir::live::LiveConfig;
using kurir::live::LivePolicy;
using kurir::smtp::ServerSession;

namespace {

class LivePolicyTest : public ::testing::Test
{
protected:
    LivePolicyTest()
    {
        m_config.hostname = "mx.test.example";
        m_config.domains = {"test.example", "other.example"};
    }

    /// Starts the session and says EHLO (after TLS, when `tls`). The session reads its
    /// limits when made, so it is made here, after the test has set the configuration.
    void greet(bool tls = false)
    {
        m_session = std::make_unique<ServerSession>(m_policy, "127.0.0.1");
        m_session->start();
        if (tls) {
            send("EHLO client.example");
            ASSERT_TRUE(send("STARTTLS").startsWith("220 "));
            m_session->tlsEstablished();
        }
        m_ehlo = send("EHLO client.example");
    }

    QByteArray send(const QByteArray &line)
    {
        m_session->takeOutput();
        m_session->receive(line + "\r\n");
        return m_session->takeOutput();
    }

    LiveConfig m_config;
    LivePolicy m_policy{m_config};
    std::unique_ptr<ServerSession> m_session;
    QByteArray m_ehlo;
};

} // namespace

TEST_F(LivePolicyTest, MailboxesOfItsDomainsAreMadeOnFirstDelivery)
{
    greet();
    send("MAIL FROM:<alice@elsewhere.example>");
    EXPECT_TRUE(send("RCPT TO:<anyone@test.example>").startsWith("250 2.1.5"));
    EXPECT_TRUE(send("RCPT TO:<Someone@OTHER.example>").startsWith("250 2.1.5"));
}

TEST_F(LivePolicyTest, RelayingIsRefusedWith550_5_7_1)
{
    greet();
    send("MAIL FROM:<alice@test.example>");
    EXPECT_TRUE(send("RCPT TO:<bob@elsewhere.example>").startsWith("550 5.7.1"));
}

TEST_F(LivePolicyTest, RelayingIsRefusedEvenAfterLogin)
{
    m_config.users.insert("bob@test.example", "secret");
    greet(true);
    ASSERT_TRUE(send("AUTH PLAIN " + QByteArray("\0bob@test.example\0secret", 24).toBase64()).startsWith("235"));
    send("MAIL FROM:<bob@test.example>");
    EXPECT_TRUE(send("RCPT TO:<carol@elsewhere.example>").startsWith("550 5.7.1"));
}

TEST_F(LivePolicyTest, ListedUsersAreTheOnlyMailboxesButPostmasterAlwaysExists)
{
    m_config.users.insert("bob@test.example", "secret");
    greet();
    send("MAIL FROM:<alice@elsewhere.example>");
    EXPECT_TRUE(send("RCPT TO:<Bob@Test.Example>").startsWith("250 2.1.5"));
    EXPECT_TRUE(send("RCPT TO:<carol@test.example>").startsWith("550 5.1.1"));
    EXPECT_TRUE(send("RCPT TO:<postmaster@other.example>").startsWith("250 2.1.5"));
    EXPECT_TRUE(send("RCPT TO:<postmaster>").startsWith("250 2.1.5"));
}

TEST_F(LivePolicyTest, AddressesThatCannotNameAFolderAreUnknown)
{
    greet();
    send("MAIL FROM:<alice@elsewhere.example>");
    EXPECT_TRUE(send("RCPT TO:<a/b@test.example>").startsWith("550 5.1.1"));
    EXPECT_TRUE(send("RCPT TO:<.hidden@test.example>").startsWith("5"));
}

TEST_F(LivePolicyTest, AuthIsOfferedOnlyInsideTls)
{
    m_config.users.insert("bob@test.example", "secret");
    greet();
    EXPECT_TRUE(m_ehlo.contains("STARTTLS"));
    EXPECT_FALSE(m_ehlo.contains("AUTH"));
    EXPECT_TRUE(send("AUTH PLAIN " + QByteArray("\0bob@test.example\0secret", 24).toBase64()).startsWith("5"));
}

TEST_F(LivePolicyTest, LoginWithTheAddressInsideTls)
{
    m_config.users.insert("bob@test.example", "secret");
    greet(true);
    EXPECT_TRUE(m_ehlo.contains("AUTH PLAIN LOGIN"));
    EXPECT_FALSE(m_ehlo.contains("STARTTLS"));
    EXPECT_TRUE(send("AUTH PLAIN " + QByteArray("\0bob@test.example\0wrong", 23).toBase64()).startsWith("535 5.7.8"));
    EXPECT_TRUE(send("AUTH PLAIN " + QByteArray("\0BOB@test.example\0secret", 24).toBase64()).startsWith("235 2.7.0"));
}

TEST_F(LivePolicyTest, SizeIsAdvertisedAndEnforced)
{
    m_config.maxMessageSize = 1000;
    greet();
    EXPECT_TRUE(m_ehlo.contains("SIZE 1000"));
    EXPECT_TRUE(send("MAIL FROM:<a@elsewhere.example> SIZE=1001").startsWith("552 5.3.4"));
}

TEST_F(LivePolicyTest, TheEndOfDataWaitsForTheStoreAndPipelinedCommandsWaitBehindIt)
{
    greet();
    send("MAIL FROM:<alice@elsewhere.example>");
    send("RCPT TO:<bob@test.example>");
    send("DATA");
    // The message, its end and the next command in one packet (PIPELINING, RFC 2920).
    m_session->receive("Subject: x\r\n\r\n..dot\r\n.\r\nNOOP\r\n");
    EXPECT_EQ(m_session->takeOutput(), QByteArray()) << "no reply before the message is stored";
    const auto pending = m_policy.takePending();
    ASSERT_TRUE(pending.has_value());
    EXPECT_EQ(pending->content, "Subject: x\r\n\r\n.dot\r\n");
    ASSERT_EQ(pending->envelope.recipients.size(), 1);
    EXPECT_EQ(pending->envelope.recipients.front().toString(), "bob@test.example");

    m_session->completeMessage(kurir::live::storeReply(0, "00000000A1"));
    EXPECT_EQ(m_session->takeOutput(), "250 2.0.0 OK: queued as 00000000A1\r\n250 2.0.0 OK\r\n");
}

TEST(StoreReply, NeverAcknowledgesAFailure)
{
    EXPECT_EQ(kurir::live::storeReply(0, "1").code, 250);
    EXPECT_EQ(kurir::live::storeReply(ENOSPC, "1").code, 452);
    EXPECT_EQ(kurir::live::storeReply(ENOSPC, "1").enhanced, "4.3.1");
    EXPECT_EQ(kurir::live::storeReply(EDQUOT, "1").code, 452);
    EXPECT_EQ(kurir::live::storeReply(EFBIG, "1").code, 452); // ulimit -f
    EXPECT_EQ(kurir::live::storeReply(EIO, "1").code, 451);
    EXPECT_EQ(kurir::live::storeReply(ENOTDIR, "1").code, 451);
}
