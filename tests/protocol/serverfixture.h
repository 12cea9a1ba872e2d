#pragma once

// Staged fixtures for the server session tests (STYLE.md: "tests read like the protocol").
//
//   Connected ──EHLO──► Greeted ──MAIL──► InTransaction ──RCPT──► WithRecipient
//       │                  │
//       │                  └──STARTTLS + handshake──► TlsConnected ──EHLO──► TlsGreeted
//       │                                                                      │ AUTH (TLS when the
//       └───────────────────────────────────────────────────────── LoggedIn ◄──┘ policy needs it)
//                                                                     │ MAIL
//                                                                     ▼
//                                                             LoggedInTransaction
//
// Tests write raw lines and assert *named* replies (the catalog in replies.h). Every answer
// the harness collects is also checked against the catalog: the wire bytes must be exactly
// the ReplySent events, each line must carry the catalog's code, and the enhanced status
// code must be there exactly when the policy enables ENHANCEDSTATUSCODES (RFC 2034 §3).

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <QByteArray>
#include <QByteArrayList>

#include "protocol/replies.h"
#include "protocol/serverpolicy.h"
#include "protocol/serversession.h"
#include "protocol/sessionevent.h"
#include "support/printers.h"

namespace kurir::smtp {

/// Lets GoogleTest print session states by name.
inline void PrintTo(ServerSession::State state, std::ostream *os) { *os << ServerSession::stateName(state); }

} // namespace kurir::smtp

namespace kurir::smtp::test {

// ---------------------------------------------------------------------------------------------
// Credentials on the wire (RFC 4616 PLAIN, draft-murchison-sasl-login LOGIN).

inline constexpr char kPlainAliceSecret[] = "AGFsaWNlAHNlY3JldA=="; ///< "\0alice\0secret"
inline constexpr char kPlainAliceWrong[] = "AGFsaWNlAHdyb25n";     ///< "\0alice\0wrong"
inline constexpr char kPlainMallory[] = "AG1hbGxvcnkAc2VjcmV0";    ///< "\0mallory\0secret"
inline constexpr char kB64Alice[] = "YWxpY2U=";                    ///< "alice"
inline constexpr char kB64Secret[] = "c2VjcmV0";                   ///< "secret"
inline constexpr char kB64Wrong[] = "d3Jvbmc=";                    ///< "wrong"
inline constexpr char kLoginUserPrompt[] = "334 VXNlcm5hbWU6\r\n";  ///< "Username:"
inline constexpr char kLoginPasswordPrompt[] = "334 UGFzc3dvcmQ6\r\n"; ///< "Password:"

inline std::string authPlain(const char *b64) { return std::string("AUTH PLAIN ") + b64; }

// ---------------------------------------------------------------------------------------------
// Policies.

/// A Yahoo-like MX on port 25: one local domain, bob's mailbox, a full mailbox, one login.
inline StaticPolicy yahooMx()
{
    StaticPolicy p;
    p.host = "mx.yahoo.example";
    p.localDomains = {"yahoo.example"};
    // full@ is listed as existing too, so that "full" wins whichever check comes first.
    p.mailboxes = {"bob@yahoo.example", "full@yahoo.example"};
    p.fullMailboxes = {"full@yahoo.example"};
    p.passwords = {{"alice", "secret"}};
    p.lim.maxMessageSize = 10000;
    return p;
}

/// The submission server on port 587 (RFC 6409): AUTH before MAIL, relaying for its users.
inline StaticPolicy yahooSubmission()
{
    StaticPolicy p = yahooMx();
    p.host = "smtp.yahoo.example";
    p.authForMail = true;
    p.relayAuthenticated = true;
    return p;
}

/// The policy configurations the dialogue table and the scenarios pick from.
enum class Variant {
    Mx,              ///< yahooMx(): AUTH only inside TLS
    MxPlainAuth,     ///< AUTH allowed without TLS (authNeedsTls = false)
    MxNoEnhanced,    ///< ENHANCEDSTATUSCODES off: "503 Need MAIL command"
    MxUtf8,          ///< SMTPUTF8 offered; jörg@yahoo.example exists
    MxNoSize,        ///< SIZE not offered
    MxUnlimitedSize, ///< SIZE offered without a fixed limit (maxMessageSize = 0)
    MxNo8BitMime,    ///< neither 8BITMIME nor SMTPUTF8
    MxNoStartTls,    ///< STARTTLS not offered
    MxNoUsers,       ///< nobody logs in: AUTH never offered
    MxStrict,        ///< maxErrors = 3, maxRecipients = 3, every local mailbox exists
    Submission,      ///< yahooSubmission()
    SubmissionOwned, ///< yahooSubmission() with sendersMustMatchLogin
};

inline const char *variantName(Variant v)
{
    switch (v) {
    case Variant::Mx: return "Mx";
    case Variant::MxPlainAuth: return "MxPlainAuth";
    case Variant::MxNoEnhanced: return "MxNoEnhanced";
    case Variant::MxUtf8: return "MxUtf8";
    case Variant::MxNoSize: return "MxNoSize";
    case Variant::MxUnlimitedSize: return "MxUnlimitedSize";
    case Variant::MxNo8BitMime: return "MxNo8BitMime";
    case Variant::MxNoStartTls: return "MxNoStartTls";
    case Variant::MxNoUsers: return "MxNoUsers";
    case Variant::MxStrict: return "MxStrict";
    case Variant::Submission: return "Submission";
    case Variant::SubmissionOwned: return "SubmissionOwned";
    }
    return "?";
}

inline StaticPolicy policyFor(Variant v)
{
    StaticPolicy p = yahooMx();
    switch (v) {
    case Variant::Mx:
        break;
    case Variant::MxPlainAuth:
        p.authNeedsTls = false;
        break;
    case Variant::MxNoEnhanced:
        p.ext.enhancedStatusCodes = false;
        break;
    case Variant::MxUtf8:
        p.ext.smtpUtf8 = true;
        p.mailboxes.insert(QByteArray("j\xc3\xb6rg@yahoo.example"));
        break;
    case Variant::MxNoSize:
        p.ext.size = false;
        break;
    case Variant::MxUnlimitedSize:
        p.lim.maxMessageSize = 0;
        break;
    case Variant::MxNo8BitMime:
        p.ext.eightBitMime = false;
        p.ext.smtpUtf8 = false;
        break;
    case Variant::MxNoStartTls:
        p.ext.startTls = false;
        break;
    case Variant::MxNoUsers:
        p.passwords.clear();
        break;
    case Variant::MxStrict:
        p.lim.maxErrors = 3;
        p.lim.maxRecipients = 3;
        p.mailboxes.clear(); // empty: every local mailbox exists
        p.fullMailboxes.clear();
        break;
    case Variant::Submission:
        p = yahooSubmission();
        break;
    case Variant::SubmissionOwned:
        p = yahooSubmission();
        p.sendersMustMatchLogin = true;
        break;
    }
    return p;
}

// ---------------------------------------------------------------------------------------------
// Wire helpers.

inline QByteArray bytes(std::string_view s) { return QByteArray(s.data(), qsizetype(s.size())); }

/// Lines joined with CRLF, each one terminated.
inline QByteArray crlfLines(std::initializer_list<std::string_view> lines)
{
    QByteArray out;
    for (std::string_view l : lines) {
        out += bytes(l);
        out += "\r\n";
    }
    return out;
}

/// A domain of exactly `length` octets made of 50-letter labels (a label stays under 63).
inline std::string domainOfLength(int length)
{
    std::string d;
    while (length - int(d.size()) > 51)
        d += std::string(50, 'a') + '.';
    d += std::string(length - int(d.size()), 'b');
    return d;
}

/// "NOOP xxx…" of `total` octets including its CRLF; the returned text has no CRLF.
inline std::string noopOfLength(int total) { return "NOOP " + std::string(total - 2 - 5, 'x'); }

/// A MAIL line of `total` octets including CRLF, padded with an unknown parameter so that,
/// once it passes the length gate, it is refused with 555 ParameterNotRecognized.
inline std::string mailOfLength(int total, std::string_view params = "SIZE=100")
{
    std::string line = "MAIL FROM:<a@b> " + std::string(params) + " XPAD=";
    line += std::string(total - 2 - int(line.size()), 'y');
    return line;
}

// ---------------------------------------------------------------------------------------------
// The harness.

/// What the server answered to one step.
struct Answer
{
    std::vector<std::string> replies; ///< keys of the ReplySent events, in order
    QByteArray wire;                  ///< the bytes written to the client
    std::vector<SessionEvent> events; ///< every event, in order

    const SessionEvent *find(SessionEvent::Kind kind) const
    {
        for (const SessionEvent &e : events)
            if (e.kind == kind)
                return &e;
        return nullptr;
    }
    int count(SessionEvent::Kind kind) const
    {
        int n = 0;
        for (const SessionEvent &e : events)
            n += e.kind == kind;
        return n;
    }
    void append(Answer &&other)
    {
        replies.insert(replies.end(), other.replies.begin(), other.replies.end());
        wire += other.wire;
        events.insert(events.end(), other.events.begin(), other.events.end());
    }
};

/// The catalog entry named `name`, or nothing.
inline std::optional<Reply> catalogEntry(const std::string &name)
{
    static const std::map<std::string, ReplyId> byName = [] {
        std::map<std::string, ReplyId> m;
        for (ReplyId id : allReplies())
            m.emplace(replyName(id), id);
        return m;
    }();
    const auto it = byName.find(name);
    if (it == byName.end())
        return std::nullopt;
    return reply(it->second);
}

/// Owns a policy and a ServerSession over it; every step returns what the server answered
/// and checks it against the reply catalog.
class ServerHarness
{
public:
    explicit ServerHarness(std::unique_ptr<ServerPolicy> policy)
        : m_policy(std::move(policy)), m_session(*m_policy)
    {
    }
    explicit ServerHarness(const StaticPolicy &policy)
        : ServerHarness(std::make_unique<StaticPolicy>(policy))
    {
    }
    explicit ServerHarness(Variant v) : ServerHarness(policyFor(v)) {}

    ServerHarness(const ServerHarness &) = delete;
    ServerHarness &operator=(const ServerHarness &) = delete;

    ServerSession &session() { return m_session; }
    ServerPolicy &policy() { return *m_policy; }

    Answer start()
    {
        m_session.start();
        return collect();
    }
    /// One receive() call with exactly these bytes.
    Answer send(std::string_view raw)
    {
        m_session.receive(QByteArrayView(raw.data(), qsizetype(raw.size())));
        return collect();
    }
    Answer send(const QByteArray &raw)
    {
        m_session.receive(raw);
        return collect();
    }
    Answer send(const char *raw) { return send(std::string_view(raw)); }
    /// One command (or data) line: the text plus CRLF, in one receive() call.
    Answer say(std::string_view line)
    {
        QByteArray raw = bytes(line);
        raw += "\r\n";
        m_session.receive(raw);
        return collect();
    }
    Answer tlsEstablished()
    {
        m_session.tlsEstablished();
        return collect();
    }
    /// Whatever the session produced since the last step (after completeMessage(), timeout()…).
    Answer collect()
    {
        Answer a;
        a.wire = m_session.takeOutput();
        a.events = m_session.takeEvents();
        for (const SessionEvent &e : a.events)
            if (e.kind == SessionEvent::Kind::ReplySent)
                a.replies.push_back(e.key.toStdString());
        checkAgainstCatalog(a);
        return a;
    }

private:
    /// The wire must be exactly the ReplySent events' lines, each with its catalog code and,
    /// when the policy enables them, its enhanced status code.
    void checkAgainstCatalog(const Answer &a) const
    {
        const bool enhancedOn = m_policy->extensions().enhancedStatusCodes;
        QByteArrayList wireLines = a.wire.split('\n');
        if (!wireLines.isEmpty() && wireLines.last().isEmpty())
            wireLines.removeLast();
        for (QByteArray &l : wireLines) {
            if (!l.endsWith('\r')) {
                ADD_FAILURE() << "reply line not ended by CRLF: " << l.toStdString();
                return;
            }
            l.chop(1);
        }
        qsizetype next = 0;
        for (const SessionEvent &e : a.events) {
            if (e.kind != SessionEvent::Kind::ReplySent)
                continue;
            const std::string name = e.key.toStdString();
            const std::optional<Reply> entry = catalogEntry(name);
            if (!entry) {
                ADD_FAILURE() << "ReplySent key is not a catalog name: " << name;
                continue;
            }
            const QByteArrayList lines = e.wire.split('\n');
            const QByteArray code = QByteArray::number(entry->code);
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const QByteArray &line = lines[i];
                const bool last = i + 1 == lines.size();
                if (next >= wireLines.size()) {
                    ADD_FAILURE() << name << ": event line missing from the wire: " << line.toStdString();
                    return;
                }
                EXPECT_EQ(wireLines[next], line) << name << ": the event and the wire differ";
                ++next;
                EXPECT_TRUE(line.startsWith(code + (last ? ' ' : '-')) || (last && line == code))
                    << name << " must be sent with code " << entry->code << ": " << line.toStdString();
                if (!entry->enhanced.isEmpty()) {
                    const bool hasEnhanced = line.mid(4).startsWith(entry->enhanced)
                        && (line.size() == 4 + entry->enhanced.size() || line.at(4 + entry->enhanced.size()) == ' ');
                    EXPECT_EQ(hasEnhanced, enhancedOn)
                        << name << (enhancedOn ? " lacks" : " must not carry") << " enhanced code "
                        << entry->enhanced.toStdString() << ": " << line.toStdString();
                }
            }
        }
        EXPECT_EQ(next, wireLines.size()) << "the wire holds bytes no ReplySent event accounts for: "
                                          << a.wire.toStdString();
    }

    std::unique_ptr<ServerPolicy> m_policy;
    ServerSession m_session;
};

// ---------------------------------------------------------------------------------------------
// Stages.

enum class Stage {
    Connected,           ///< greeting read, no EHLO yet
    Greeted,             ///< EHLO client.example
    InTransaction,       ///< + MAIL FROM:<carol@gmail.example>
    WithRecipient,       ///< + RCPT TO:<bob@yahoo.example>
    TlsConnected,        ///< EHLO, STARTTLS, handshake done; EHLO needed again
    TlsGreeted,          ///< + EHLO client.example inside TLS
    LoggedIn,            ///< AUTH PLAIN alice/secret (after TLS when the policy requires it)
    LoggedInTransaction, ///< + MAIL FROM:<alice@yahoo.example>
};

inline const char *stageName(Stage s)
{
    switch (s) {
    case Stage::Connected: return "Connected";
    case Stage::Greeted: return "Greeted";
    case Stage::InTransaction: return "InTransaction";
    case Stage::WithRecipient: return "WithRecipient";
    case Stage::TlsConnected: return "TlsConnected";
    case Stage::TlsGreeted: return "TlsGreeted";
    case Stage::LoggedIn: return "LoggedIn";
    case Stage::LoggedInTransaction: return "LoggedInTransaction";
    }
    return "?";
}

/// Drives a fresh session to `stage`, asserting each step's reply. Call through
/// ASSERT_NO_FATAL_FAILURE.
inline void advance(ServerHarness &server, Stage stage)
{
    using ::testing::ElementsAre;
    ASSERT_THAT(server.start().replies, ElementsAre("Greeting")) << "start()";
    if (stage == Stage::Connected)
        return;

    const bool tlsFirst = stage == Stage::TlsConnected || stage == Stage::TlsGreeted
        || ((stage == Stage::LoggedIn || stage == Stage::LoggedInTransaction)
            && server.policy().authRequiresTls());
    ASSERT_THAT(server.say("EHLO client.example").replies, ElementsAre("EhloOk"));
    if (tlsFirst) {
        ASSERT_THAT(server.say("STARTTLS").replies, ElementsAre("ReadyToStartTls"));
        ASSERT_THAT(server.tlsEstablished().replies, ElementsAre());
        if (stage == Stage::TlsConnected)
            return;
        ASSERT_THAT(server.say("EHLO client.example").replies, ElementsAre("EhloOk"));
    }

    switch (stage) {
    case Stage::Greeted:
    case Stage::TlsGreeted:
        return;
    case Stage::InTransaction:
    case Stage::WithRecipient:
        ASSERT_THAT(server.say("MAIL FROM:<carol@gmail.example>").replies, ElementsAre("SenderOk"));
        if (stage == Stage::WithRecipient) {
            ASSERT_THAT(server.say("RCPT TO:<bob@yahoo.example>").replies, ElementsAre("RecipientOk"));
        }
        return;
    case Stage::LoggedIn:
    case Stage::LoggedInTransaction:
        ASSERT_THAT(server.say(authPlain(kPlainAliceSecret)).replies, ElementsAre("AuthSucceeded"));
        if (stage == Stage::LoggedInTransaction) {
            ASSERT_THAT(server.say("MAIL FROM:<alice@yahoo.example>").replies, ElementsAre("SenderOk"));
        }
        return;
    default:
        return;
    }
}

/// A server for `variant`, already at `stage`.
inline std::unique_ptr<ServerHarness> staged(Variant variant, Stage stage)
{
    auto server = std::make_unique<ServerHarness>(variant);
    advance(*server, stage);
    return server;
}

/// A fixture for scenario tests: `begin(variant, stage)` then `say(...)`.
class ServerTest : public ::testing::Test
{
protected:
    void begin(Variant variant, Stage stage)
    {
        m_server = std::make_unique<ServerHarness>(variant);
        ASSERT_NO_FATAL_FAILURE(advance(*m_server, stage));
    }
    void begin(std::unique_ptr<ServerPolicy> policy, Stage stage)
    {
        m_server = std::make_unique<ServerHarness>(std::move(policy));
        ASSERT_NO_FATAL_FAILURE(advance(*m_server, stage));
    }

    ServerHarness &server() { return *m_server; }
    ServerSession &session() { return m_server->session(); }
    Answer say(std::string_view line) { return m_server->say(line); }
    Answer send(std::string_view raw) { return m_server->send(raw); }
    Answer send(const QByteArray &raw) { return m_server->send(raw); }
    Answer send(const char *raw) { return m_server->send(raw); }

    std::unique_ptr<ServerHarness> m_server;
};

} // namespace kurir::smtp::test
