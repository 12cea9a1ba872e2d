// Property: the server's answers do not depend on how TCP split the client's bytes
// (ServerSession::receive, "in any split"). Each dialogue is fed in one chunk, one byte at a
// time, and in 200 random splits with fixed seeds; the wire output, the ReplySent keys and the
// delivered contents must be identical every time, and equal to the expected replies.
//
// STARTTLS is the one legitimate exception (plaintext after it is discarded by design,
// RFC 3207 §4.2): that dialogue is fed up to STARTTLS, then tlsEstablished(), then the rest.

#include <algorithm>
#include <array>
#include <random>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "protocol/serversession.h"
#include "serverfixture.h"

namespace kurir::smtp::test {
namespace {

using ::testing::ElementsAreArray;

struct Dialogue
{
    const char *name;
    unsigned seed; ///< base of the fixed seeds of the random splits
    Variant variant;
    std::string beforeTls; ///< fed first; when not empty it must end with "STARTTLS\r\n"
    std::string bytes;     ///< the client's bytes (after the handshake, if any)
    std::vector<std::string> replies; ///< expected, after the greeting
};

std::string lines(std::initializer_list<std::string> ls)
{
    std::string out;
    for (const std::string &l : ls)
        out += l + "\r\n";
    return out;
}

std::vector<Dialogue> dialogues()
{
    std::vector<Dialogue> d;

    d.push_back({"PipelinedTransactionsWithDotStuffing", 1, Variant::Mx, "",
                 lines({"EHLO client.example", "MAIL FROM:<carol@gmail.example> SIZE=300 BODY=8BITMIME",
                        "RCPT TO:<bob@yahoo.example>", "RCPT TO:<x@gmail.example>", "RCPT TO:<postmaster>", "DATA",
                        "Subject: dots", "", "..leading dot", "..", "...", "middle . dot", ".", "MAIL FROM:<>",
                        "RCPT TO:<BOB@YAHOO.EXAMPLE>", "DATA", ".", "NOOP", "RSET", "RCPT TO:<bob@yahoo.example>",
                        "QUIT", "NOOP"}),
                 {"EhloOk", "SenderOk", "RecipientOk", "RelayDenied", "RecipientOk", "StartMailInput",
                  "MessageAccepted", "SenderOk", "RecipientOk", "StartMailInput", "MessageAccepted", "NoopOk",
                  "ResetOk", "NeedMail", "Bye"}});

    const std::string envelope = lines({"MAIL FROM:<carol@gmail.example>", "RCPT TO:<bob@yahoo.example>", "DATA"});
    const std::string smuggled = "MAIL FROM:<evil@x>\r\nRCPT TO:<bob@yahoo.example>\r\nDATA\r\nspoofed";
    d.push_back({"SmugglingAttempts", 2, Variant::Mx, "",
                 lines({"EHLO client.example"}) + envelope + "Subject: a\r\n\r\nhello\n.\n" + smuggled + "\r\n.\r\n"
                     + envelope + "hello\r\n.\r" + smuggled + "\r\n.\r\n" + envelope + "hello\r.\r\n" + smuggled
                     + "\r\n.\r\n" + envelope + std::string("hello\r\n\0.\r\n", 12) + smuggled + "\r\n.\r\n"
                     + envelope + "hello\r\n.\n" + smuggled + "\r\n.\r\n" + envelope + "legit\r\n.\r\n"
                     + lines({"QUIT"}),
                 {"EhloOk", "SenderOk", "RecipientOk", "StartMailInput", "BareLineEndInData", "SenderOk",
                  "RecipientOk", "StartMailInput", "BareLineEndInData", "SenderOk", "RecipientOk", "StartMailInput",
                  "BareLineEndInData", "SenderOk", "RecipientOk", "StartMailInput", "NulInData", "SenderOk",
                  "RecipientOk", "StartMailInput", "BareLineEndInData", "SenderOk", "RecipientOk", "StartMailInput",
                  "MessageAccepted", "Bye"}});

    std::string big;
    for (int i = 0; i < 120; ++i)
        big += std::string(98, 'z') + "\r\n"; // 12,000 octets > 10,000
    d.push_back({"OverLongLines", 3, Variant::Mx, "",
                 lines({"EHLO client.example", "NOOP " + std::string(20000, 'x'), noopOfLength(512),
                        noopOfLength(513), "MAIL FROM:<a@b> " + std::string(3000, 'p'), "MAIL FROM:<a@b>",
                        "RCPT TO:<bob@yahoo.example>", "DATA", "Subject: long", "", std::string(5000, 'w'), "."})
                     + envelope + big + ".\r\n" + lines({"MAIL FROM:<a@b>", "QUIT"}),
                 {"EhloOk", "LineTooLong", "NoopOk", "LineTooLong", "LineTooLong", "SenderOk", "RecipientOk",
                  "StartMailInput", "MessageAccepted", "SenderOk", "RecipientOk", "StartMailInput", "MessageTooBig",
                  "SenderOk", "Bye"}});

    d.push_back({"AuthLogin", 4, Variant::MxPlainAuth, "",
                 lines({"EHLO client.example", "AUTH PLAIN", "*", "AUTH PLAIN", std::string(12400, 'A'), "AUTH LOGIN", kB64Alice, kB64Wrong,
                        std::string("AUTH LOGIN ") + kB64Alice, kB64Secret, authPlain(kPlainAliceSecret),
                        "MAIL FROM:<alice@yahoo.example>", "RCPT TO:<carol@gmail.example>", "DATA", "Hi Carol", ".",
                        "QUIT"}),
                 {"EhloOk", "AuthChallenge", "AuthCancelled", "AuthChallenge", "AuthLineTooLong", "AuthChallenge",
                  "AuthChallenge", "AuthFailed",
                  "AuthChallenge", "AuthSucceeded", "AlreadyAuthenticated", "SenderOk", "RecipientRelayOk",
                  "StartMailInput", "MessageAccepted", "Bye"}});

    d.push_back({"ErrorsAndOddLines", 5, Variant::Mx, "",
                 std::string("NOOP\nMAIL FROM:<a@b>\r\n") + std::string("NOOP a\0b\r\n", 10)
                     + lines({"", "NOOP \xff", "HELP", "VRFY bob", "FOO", "MAIL FROM:<a@b>",
                              "EHLO client.example", "MAIL FROM:<a@b>",
                              "RCPT TO:<@yahoo.example:bob@gmail.example>", "RCPT TO:<bob%gmail.example@yahoo.example>",
                              "DATA", "QUIT"}),
                 {"InvalidCharacter", "NulInCommand", "EmptyCommand", "InvalidCharacter", "HelpText", "CannotVrfy",
                  "CommandNotRecognized", "NeedHelo", "EhloOk", "SenderOk",
                  "RelayDenied", "RelayDenied", "NoValidRecipients", "Bye"}});

    d.push_back({"AfterStartTls", 6, Variant::Mx, lines({"EHLO client.example", "STARTTLS"}),
                 lines({"EHLO client.example", authPlain(kPlainAliceSecret), "MAIL FROM:<alice@yahoo.example>",
                        "RCPT TO:<carol@gmail.example>", "DATA", "..stuffed", "Hi", ".", "QUIT"}),
                 {"EhloOk", "ReadyToStartTls", "EhloOk", "AuthSucceeded", "SenderOk", "RecipientRelayOk",
                  "StartMailInput", "MessageAccepted", "Bye"}});
    return d;
}

/// Everything observable about one run.
struct Outcome
{
    QByteArray wire;
    std::vector<std::string> replies;
    std::vector<QByteArray> contents;
    std::string finalState;
};

/// Feeds `bytes` in pieces of the sizes `nextSize()` picks.
template<typename NextSize>
void feed(ServerHarness &server, const std::string &bytes, Outcome &run, NextSize nextSize)
{
    size_t at = 0;
    while (at < bytes.size()) {
        const size_t n = std::min(bytes.size() - at, size_t(nextSize()));
        const Answer a = server.send(std::string_view(bytes).substr(at, n));
        run.wire += a.wire;
        run.replies.insert(run.replies.end(), a.replies.begin(), a.replies.end());
        for (const SessionEvent &e : a.events)
            if (e.kind == SessionEvent::Kind::DataReceived)
                run.contents.push_back(e.wire);
        at += n;
    }
}

template<typename NextSize>
Outcome play(const Dialogue &d, NextSize nextSize)
{
    ServerHarness server(d.variant);
    Outcome run;
    server.start(); // the greeting is the same in every run
    if (!d.beforeTls.empty()) {
        feed(server, d.beforeTls, run, nextSize);
        const Answer a = server.tlsEstablished();
        run.wire += a.wire;
    }
    feed(server, d.bytes, run, nextSize);
    run.finalState = ServerSession::stateName(server.session().state());
    return run;
}

void PrintTo(const Dialogue &d, std::ostream *os) { *os << d.name; }

class ServerChunking : public ::testing::TestWithParam<Dialogue>
{
};

TEST_P(ServerChunking, AnySplitGivesTheSameAnswers)
{
    const Dialogue &d = GetParam();
    const Outcome whole = play(d, [] { return 1 << 30; });
    EXPECT_THAT(whole.replies, ElementsAreArray(d.replies)) << "in one chunk";

    const Outcome bytewise = play(d, [] { return 1; });
    EXPECT_EQ(bytewise.wire, whole.wire) << "one byte at a time";
    EXPECT_EQ(bytewise.replies, whole.replies) << "one byte at a time";
    EXPECT_EQ(bytewise.contents, whole.contents) << "one byte at a time";
    EXPECT_EQ(bytewise.finalState, whole.finalState) << "one byte at a time";

    for (unsigned trial = 0; trial < 200; ++trial) {
        const unsigned seed = d.seed * 1000u + trial;
        std::mt19937 rng(seed);
        // Mix of tiny, medium and large pieces, so that CRLF, ".\r\n" and long lines all get cut.
        const int maxPiece = std::array<int, 4>{3, 17, 300, 5000}[trial % 4];
        std::uniform_int_distribution<int> piece(1, maxPiece);
        const Outcome split = play(d, [&] { return piece(rng); });
        ASSERT_EQ(split.wire, whole.wire) << "seed " << seed;
        ASSERT_EQ(split.replies, whole.replies) << "seed " << seed;
        ASSERT_EQ(split.contents, whole.contents) << "seed " << seed;
        ASSERT_EQ(split.finalState, whole.finalState) << "seed " << seed;
    }
}

INSTANTIATE_TEST_SUITE_P(Dialogues, ServerChunking, ::testing::ValuesIn(dialogues()),
                         [](const ::testing::TestParamInfo<Dialogue> &info) { return std::string(info.param.name); });

} // namespace
} // namespace kurir::smtp::test
