#include "clientsession.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <utility>

#include <QVarLengthArray>

#include "address.h"
#include "limits.h"

// Narration keys of ClientSession; {args} in braces. (R) = also a RecipientResult::reasonKey.
// CommandSent (wire = the line without CRLF):
//   client.ehlo {heloName}            EHLO with our name
//   client.helo {heloName}            HELO, after EHLO was refused
//   client.starttls                   ask to switch to TLS
//   client.auth-plain {user}          AUTH PLAIN with its initial response (RFC 4616)
//   client.auth-login                 AUTH LOGIN, the two-step non-standard mechanism
//   client.auth-login-user {user}     answer to LOGIN's first 334: the user name in base64
//   client.auth-login-password        answer to LOGIN's second 334: the password in base64
//   client.auth-cancel                "*": cancel an AUTH exchange we cannot go on with
//   client.mail {sender, params}      MAIL FROM (sender empty for the null path <>)
//   client.rcpt {recipient}           RCPT TO
//   client.data                       DATA: ask to send the content
//   client.quit                       QUIT: end the session politely
// DataSent:      client.body {octets}       the dot-stuffed content and its terminator
// ReplyReceived {code, enhanced code} (wire = the raw reply lines joined by '\n'):
//   client.reply.2xx / client.reply.3xx   positive completion / positive intermediate
//   client.reply.4xx / client.reply.5xx   transient failure (retry later) / permanent
// TlsStart:      client.tls-start           220 to STARTTLS: the driver does the handshake
// StateChange:   client.state {old, new}    wire = "Old -> New", names from stateName()
// Closed:        client.closed              the session is over; close the connection
// Note:
//   client.invalid-address (R) {address}  not a valid mailbox, or holds CR/LF/NUL: never sent
//   client.invalid-sender (R) {address}   the reverse path is not a valid mailbox
//   client.invalid-helo-name (R) {name}   our EHLO name is no domain or address literal
//   client.nothing-to-send                nothing valid to send: greet, then QUIT at once
//   client.greeting-refused {code}        the greeting was 4xx/5xx
//   client.helo-fallback {code}           EHLO refused with 5xx: try the old HELO
//   client.ehlo-refused {code}            EHLO/HELO refused for good
//   client.no-tls-offered (R)             TLS required, but not offered (or refused)
//   client.starttls-refused {code}        STARTTLS failed: going on without TLS
//   client.tls-discard {octets}           plaintext after the 220 to STARTTLS thrown away
//                                         (response injection, SMTP-NOTES §2.3)
//   client.auth-not-offered (R)           we must log in but the server offers no AUTH
//   client.auth-no-mechanism (R) {mechs}  AUTH offered without PLAIN or LOGIN
//   client.invalid-credentials (R)        user or password holds a NUL, PLAIN cannot carry it
//   client.auth-in-plaintext              the password goes out without TLS
//   client.auth-unexpected-challenge (R)  a 334 we have no answer to: cancelled with "*"
//   client.auth-failed {code}             AUTH refused
//   client.authenticated                  AUTH accepted
//   client.needs-smtputf8 (R)             a non-ASCII address, the server lacks SMTPUTF8
//   client.needs-8bitmime (R)             8-bit content, the server lacks 8BITMIME
//   client.pipelining {commands}          MAIL, RCPTs and DATA sent in one go (RFC 2920)
//   client.mail-rejected {code}           MAIL refused: every recipient fails with it
//   client.rcpt-rejected {address, code}  one recipient refused
//   client.rcpt-552-temporary (R) {address} RCPT 552 taken as 452 (RFC 5321 §4.5.3.1.10)
//   client.no-recipient-accepted          no RCPT got 2xx: no message to send
//   client.data-dot-only                  354 with no recipient accepted: a lone "." ends it
//   client.data-rejected {code}           DATA refused although recipients were accepted
//   client.message-accepted {recipients}  the server took responsibility for the message
//   client.message-rejected {code}        the end of data got 4xx/5xx
//   client.server-closing                 421: the server closes the connection (§3.8)
//   client.unexpected-reply (R)           a reply that makes no sense where it came
//   client.malformed-reply (R)            a line that is not a reply: we stop reading
//   client.connection-lost (R)            the connection broke before the end (as if 4xx)

namespace kurir::smtp {
namespace {

using Status = RecipientResult::Status;
using State = ClientSession::State;

constexpr int kStates = int(State::Done) + 1;
constexpr const char *kStateNames[kStates] = {"Greeting", "Ehlo", "Helo", "StartTls",
                                              "TlsHandshake", "Auth", "Mail", "Rcpt",
                                              "Data", "Body", "Quit", "Done"};

/// Static text as a QByteArray without copying it.
QByteArray raw(const char *text)
{
    return QByteArray::fromRawData(text, qsizetype(std::strlen(text)));
}

/// The arguments {code, enhanced code} of a ReplyReceived event, shared with the last reply
/// that carried the same two: every reply of every session needs a list of them.
QByteArrayList replyArgs(int code, const QByteArray &enhanced)
{
    struct Entry
    {
        int code = 0;
        QByteArray enhanced;
        QByteArrayList args;
    };
    thread_local std::array<Entry, 64> cache;
    const size_t h = size_t(code) * 31 + (enhanced.isEmpty() ? 0 : quint8(enhanced.back()) * 7 + quint8(enhanced.front()));
    Entry &e = cache[h % cache.size()];
    if (e.code != code || e.enhanced != enhanced)
        e = {code, enhanced, {codeText(code), enhanced}};
    return e.args;
}

/// Wire text and arguments of every "Old -> New" trace, built once and then shared.
struct Transition
{
    QByteArray wire;
    QByteArrayList args;
};

const Transition &transition(State from, State to)
{
    static const auto kTable = [] {
        std::array<std::array<Transition, kStates>, kStates> t;
        for (int a = 0; a < kStates; ++a)
            for (int b = 0; b < kStates; ++b)
                t[size_t(a)][size_t(b)] = {raw(kStateNames[a]) + " -> " + raw(kStateNames[b]),
                                           {raw(kStateNames[a]), raw(kStateNames[b])}};
        return t;
    }();
    return kTable[size_t(from)][size_t(to)];
}

const char *replyKey(int code)
{
    switch (code / 100) {
    case 2: return "client.reply.2xx";
    case 3: return "client.reply.3xx";
    case 4: return "client.reply.4xx";
    default: return "client.reply.5xx";
    }
}

/// May `address` go on a command line? No CR, LF or NUL (injection, SMTP-NOTES §2.2), short
/// enough for a Path with its brackets (§4.5.3.1.3), and a Mailbox by the RFC 5321 grammar
/// (valid UTF-8 admitted here; whether SMTPUTF8 allows it is decided at MAIL). parseMailbox
/// keeps the text as written, so the checked input itself is what gets sent.
bool isSendableMailbox(const QByteArray &address)
{
    return !hasLineBreakOrNul(address) && address.size() <= Limits{}.path - 2
           && (!hasEightBit(address) || QByteArrayView(address).isValidUtf8())
           && isValidMailbox(address, true);
}

/// The pieces joined in one allocation: command lines are built from a few parts each, and
/// growing them part by part cost a call and often a copy per part.
QByteArray concat(std::initializer_list<QByteArrayView> parts)
{
    qsizetype size = 0;
    for (const QByteArrayView part : parts)
        size += part.size();
    QByteArray out(size, Qt::Uninitialized);
    char *o = out.data();
    for (const QByteArrayView part : parts) {
        if (!part.isEmpty())
            std::memcpy(o, part.data(), size_t(part.size()));
        o += part.size();
    }
    return out;
}


/// Is `mechanism` one of the space-separated words of `list` (any case)?
bool listsWord(QByteArrayView list, QByteArrayView mechanism)
{
    while (!list.isEmpty()) {
        const qsizetype space = list.indexOf(' ');
        const QByteArrayView word = space < 0 ? list : list.first(space);
        if (word.compare(mechanism, Qt::CaseInsensitive) == 0)
            return true;
        list = space < 0 ? QByteArrayView() : list.sliced(space + 1);
    }
    return false;
}

} // namespace

ClientSession::ClientSession(ClientConfig config, OutgoingMessage message)
    : m_config(std::move(config)), m_message(std::move(message))
{
}

const char *ClientSession::stateName(State state)
{
    return kStateNames[static_cast<int>(state)];
}

namespace {

// A message goes out once per recipient domain, one conversation each (a bulk run relays
// each of its messages about three times), so its encoding is kept for the next time. An
// entry holds a reference to the content it encoded: while it does, no other content can
// have that address, so the same address means the same bytes. Content Kurir does not own
// (QByteArray::fromRawData, capacity 0) could change under it and is not kept.
struct EncodedBody
{
    QByteArray content;
    QByteArray body;
    qint64 size = 0;
    bool eightBit = false;
};
thread_local std::array<EncodedBody, 256> t_encodedBodies; // a bulk run has ~100 messages in flight

} // namespace

void ClientSession::start()
{
    if (m_started)
        return;
    m_started = true;
    const QByteArray &content = m_message.content;
    if (content.capacity() > 0) {
        EncodedBody &kept = t_encodedBodies[(quint64(quintptr(content.constData())) * 0x9E3779B97F4A7C15ull) >> 56];
        if (kept.content.constData() != content.constData() || kept.content.size() != content.size()) {
            EncodedBody fresh;
            fresh.content = content;
            fresh.body = encodeBody(content, &fresh.size, &fresh.eightBit);
            kept = std::move(fresh);
        }
        m_body = kept.body;
        m_contentSize = kept.size;
        m_body8bit = kept.eightBit;
    } else {
        m_body = encodeBody(content, &m_contentSize, &m_body8bit);
    }

    m_results.reserve(size_t(m_message.recipients.size()));
    m_paths.reserve(m_message.recipients.size());
    for (const QByteArray &address : std::as_const(m_message.recipients)) {
        RecipientResult result;
        result.address = address;
        const bool ok = isSendableMailbox(address);
        if (!ok) {
            // Never sent: "bob@x\r\nRCPT TO:<evil@y>" would otherwise be a second command.
            result.status = Status::PermanentFailure;
            result.reasonKey = raw("client.invalid-address");
            note("client.invalid-address", {address});
        }
        m_results.push_back(std::move(result));
        m_paths.append(ok ? address : QByteArray());
    }
    if (!m_message.reversePath.isEmpty()) {
        if (isSendableMailbox(m_message.reversePath)) {
            m_senderPath = m_message.reversePath;
        } else {
            note("client.invalid-sender", {m_message.reversePath});
            failPending(Status::PermanentFailure, std::nullopt, raw("client.invalid-sender"));
        }
    }
    // EHLO's argument is a Domain or an address literal, ASCII even with SMTPUTF8 (RFC 6531
    // §3.2 keeps it an A-label).
    if (hasLineBreakOrNul(m_config.heloName) || !isValidDomainOrLiteral(m_config.heloName)) {
        note("client.invalid-helo-name", {m_config.heloName});
        failPending(Status::PermanentFailure, std::nullopt, raw("client.invalid-helo-name"));
    }
    m_nothingToSend = std::none_of(m_results.begin(), m_results.end(), [](const auto &r) {
        return r.status == Status::Pending;
    });
    if (m_nothingToSend)
        note("client.nothing-to-send");
}

void ClientSession::receive(QByteArrayView bytes)
{
    start();
    if (m_state == State::Done)
        return; // after QUIT's reply, 421 or a lost connection nothing more is read
    if (m_state == State::TlsHandshake) {
        // Plaintext arriving while TLS is being set up cannot come from the TLS peer: it is
        // never read as a reply (SMTP-NOTES §2.3).
        if (!bytes.isEmpty())
            note("client.tls-discard", {QByteArray::number(bytes.size())});
        return;
    }
    m_parser.feed(bytes);
    while (m_state != State::Done && m_state != State::TlsHandshake) {
        const std::optional<Reply> reply = m_parser.next();
        if (!reply)
            break;
        if (m_config.reportProgress)
            emitEvent(SessionEvent::Kind::ReplyReceived, replyKey(reply->code),
                      replyArgs(reply->code, reply->enhanced), m_parser.lastWire());
        onReply(*reply);
    }
    if (m_parser.hasError() && m_state != State::Done) {
        // Replies can no longer be told apart: say goodbye without waiting for an answer.
        note("client.malformed-reply");
        failPending(Status::TemporaryFailure, std::nullopt, raw("client.malformed-reply"));
        if (m_state != State::Quit)
            sendCommand("client.quit", raw("QUIT"));
        finish();
    }
}

QByteArray ClientSession::takeOutput()
{
    return std::exchange(m_output, QByteArray());
}

std::vector<SessionEvent> ClientSession::takeEvents()
{
    return std::exchange(m_events, {});
}

void ClientSession::tlsEstablished()
{
    if (m_state != State::TlsHandshake)
        return;
    m_tls = true;
    // RFC 3207 §4.2: forget the capability list learnt in plaintext (it may have been
    // tampered with) and ask again.
    m_extensions.clear();
    m_extFlags = 0;
    sayEhlo();
}

void ClientSession::connectionLost()
{
    if (m_state == State::Done)
        return;
    note("client.connection-lost");
    failPending(Status::TemporaryFailure, std::nullopt, raw("client.connection-lost"));
    finish();
}

void ClientSession::onReply(const Reply &reply)
{
    // RFC 5321 §3.8: 421 may come at any time, and the server closes right after it.
    if (reply.code == 421 && m_state != State::Quit) {
        note("client.server-closing");
        failPending(Status::TemporaryFailure, reply, {});
        finish();
        return;
    }
    switch (m_state) {
    case State::Greeting: onGreeting(reply); break;
    case State::Ehlo: onEhloReply(reply); break;
    case State::Helo: onHeloReply(reply); break;
    case State::StartTls: onStartTlsReply(reply); break;
    case State::Auth: onAuthReply(reply); break;
    case State::Mail: onMailReply(reply); break;
    case State::Rcpt: onRcptReply(reply); break;
    case State::Data: onDataReply(reply); break;
    case State::Body: onBodyReply(reply); break;
    case State::Quit: finish(); break; // 221, or anything else: we are leaving either way
    case State::TlsHandshake:
    case State::Done: break;
    }
}

void ClientSession::onGreeting(const Reply &reply)
{
    if (reply.replyClass() != 2)
        giveUp(reply, "client.greeting-refused"); // even after 554 the server expects QUIT (§3.1)
    else if (m_nothingToSend)
        quit();
    else
        sayEhlo();
}

void ClientSession::onEhloReply(const Reply &reply)
{
    if (reply.replyClass() == 2) {
        parseExtensions(reply);
        afterEhlo();
    } else if (reply.replyClass() == 5 && !m_heloTried) {
        // A server that does not know EHLO (500/502) may still know HELO (§3.2).
        m_heloTried = true;
        note("client.helo-fallback", {codeText(reply.code)});
        sendCommand("client.helo", concat({"HELO ", m_config.heloName}), {m_config.heloName});
        setState(State::Helo);
    } else {
        giveUp(reply, "client.ehlo-refused");
    }
}

void ClientSession::onHeloReply(const Reply &reply)
{
    if (reply.replyClass() != 2) {
        giveUp(reply, "client.ehlo-refused");
        return;
    }
    // HELO means no extensions at all: no pipelining, no STARTTLS, no AUTH (§3.2).
    m_extensions.clear();
    m_extFlags = 0;
    afterEhlo();
}

void ClientSession::onStartTlsReply(const Reply &reply)
{
    if (reply.replyClass() == 2) {
        // Whatever followed the 220 came in plaintext and would otherwise be read as if it
        // had come through TLS: response injection (SMTP-NOTES §2.3).
        const qsizetype extra = m_parser.bufferedBytes();
        m_parser.discardBuffered();
        if (extra > 0)
            note("client.tls-discard", {QByteArray::number(extra)});
        setState(State::TlsHandshake);
        emitEvent(SessionEvent::Kind::TlsStart, "client.tls-start", {});
    } else if (m_config.requireTls) {
        note("client.no-tls-offered");
        failPending(Status::TemporaryFailure, reply, raw("client.no-tls-offered"));
        quit();
    } else {
        note("client.starttls-refused", {codeText(reply.code)});
        if (!m_config.user.isEmpty())
            startAuth();
        else
            startTransaction();
    }
}

void ClientSession::onAuthReply(const Reply &reply)
{
    if (m_authStep == -1) { // the answer to our "*"
        failPending(Status::PermanentFailure, reply, raw("client.auth-unexpected-challenge"));
        quit();
    } else if (reply.replyClass() == 2) {
        note("client.authenticated");
        startTransaction();
    } else if (reply.code == 334 && m_authMech == "LOGIN" && m_authStep < 3) {
        // LOGIN's prompts ("Username:", "Password:" in base64) are worded differently by
        // different servers (aiosmtpd: "User Name\0"), so only their order counts.
        if (m_authStep++ == 1)
            sendCommand("client.auth-login-user", m_config.user.toBase64(), {m_config.user});
        else
            sendCommand("client.auth-login-password", m_config.password.toBase64());
    } else if (reply.code == 334) {
        // A challenge we have no answer to: cancel (RFC 4954 §4); the server answers 501.
        m_authStep = -1;
        note("client.auth-unexpected-challenge");
        sendCommand("client.auth-cancel", raw("*"));
    } else {
        // 535 (bad credentials) and other 5xx are permanent, 454 is temporary.
        note("client.auth-failed", {codeText(reply.code)});
        giveUp(reply, nullptr);
    }
}

void ClientSession::onMailReply(const Reply &reply)
{
    if (reply.replyClass() == 2) {
        if (m_dataPipelined)
            setState(State::Rcpt); // the RCPT replies follow, in order (RFC 2920 §3.1)
        else
            sendNextRcpt();
        return;
    }
    note("client.mail-rejected", {codeText(reply.code)});
    failByClass(reply);
    if (m_dataPipelined) {
        // RCPT and DATA are on their way and their replies (503s) will come: read them
        // before QUIT, or a surprise 354 would take our QUIT for message text.
        m_mailFailed = true;
        setState(State::Rcpt);
    } else {
        quit();
    }
}

void ClientSession::onRcptReply(const Reply &reply)
{
    if (m_rcptAwaiting.isEmpty()) {
        giveUp(reply, "client.unexpected-reply");
        return;
    }
    const int index = m_rcptAwaiting.takeFirst();
    RecipientResult &result = m_results[size_t(index)];
    if (m_mailFailed) {
        // Decided by the MAIL reply already; this is the expected 503.
    } else if (reply.replyClass() == 2) {
        m_rcptAccepted.append(index); // 250, or 251 "will forward": the end of data decides
        result.reply = reply;
    } else {
        note("client.rcpt-rejected", {result.address, codeText(reply.code)});
        result.reply = reply;
        result.status = reply.replyClass() == 5 ? Status::PermanentFailure
                                                : Status::TemporaryFailure;
        if (reply.code == 552) {
            // Some servers say 552 for "too many recipients"; RFC 5321 §4.5.3.1.10 has
            // clients take it as 452 and try that recipient again later.
            note("client.rcpt-552-temporary", {result.address});
            result.status = Status::TemporaryFailure;
            result.reasonKey = raw("client.rcpt-552-temporary");
        } else if (reply.replyClass() < 4) {
            result.reasonKey = raw("client.unexpected-reply");
        }
    }

    if (m_dataPipelined) {
        if (m_rcptAwaiting.isEmpty())
            setState(State::Data);
    } else if (!m_rcptQueue.isEmpty()) {
        sendNextRcpt();
    } else if (m_rcptAccepted.isEmpty()) {
        note("client.no-recipient-accepted");
        quit();
    } else {
        sendCommand("client.data", raw("DATA"));
        setState(State::Data);
    }
}

void ClientSession::onDataReply(const Reply &reply)
{
    if (reply.code == 354 && !m_rcptAccepted.isEmpty()) {
        sendBody();
        return;
    }
    if (!m_mailFailed && m_rcptAccepted.isEmpty())
        note("client.no-recipient-accepted");
    if (reply.code == 354) {
        // Pipelined DATA met a server that accepted none of our RCPTs yet opened the data
        // phase: end it at once with an empty message (RFC 2920 §3.1).
        note("client.data-dot-only");
        m_dotOnly = true;
        const QByteArray dot = QByteArrayLiteral(".\r\n");
        m_output += dot;
        emitEvent(SessionEvent::Kind::DataSent, "client.body", {QByteArrayLiteral("3")}, dot);
        setState(State::Body);
        return;
    }
    if (!m_rcptAccepted.isEmpty()) {
        note("client.data-rejected", {codeText(reply.code)});
        failByClass(reply);
    } // else expected: DATA after RCPTs that all failed gets 503/554 (§3.3)
    quit();
}

void ClientSession::onBodyReply(const Reply &reply)
{
    if (m_dotOnly) {
        // The reply to an empty message nobody was to receive carries no news.
    } else if (reply.replyClass() == 2) {
        // §4.1.1.4: from here on the server is responsible for the message.
        for (int index : std::as_const(m_rcptAccepted)) {
            RecipientResult &result = m_results[size_t(index)];
            if (result.status == Status::Pending) {
                result.status = Status::Accepted;
                result.reply = reply;
            }
        }
        m_accepted = true;
        note("client.message-accepted", {eventNumber(m_rcptAccepted.size())});
    } else {
        note("client.message-rejected", {codeText(reply.code)});
        failByClass(reply);
    }
    quit();
}

void ClientSession::sendCommand(const char *key, const QByteArray &line, QByteArrayList args)
{
    if (m_output.isEmpty())
        m_output.reserve(qMax<qsizetype>(256, line.size() + 2)); // a pipelined group fits
    // Sized once and copied, rather than two appends through Qt.
    const qsizetype at = m_output.size();
    m_output.resize(at + line.size() + 2);
    char *o = m_output.data() + at;
    std::memcpy(o, line.constData(), size_t(line.size()));
    o[line.size()] = '\r';
    o[line.size() + 1] = '\n';
    emitEvent(SessionEvent::Kind::CommandSent, key, std::move(args), line);
}

void ClientSession::sayEhlo()
{
    sendCommand("client.ehlo", concat({"EHLO ", m_config.heloName}), {m_config.heloName});
    setState(State::Ehlo);
}

void ClientSession::afterEhlo()
{
    const bool wantTls = m_config.startTls || m_config.requireTls;
    if (!m_tls && wantTls && (m_extFlags & ExtStartTls)) {
        sendCommand("client.starttls", raw("STARTTLS"));
        setState(State::StartTls);
    } else if (!m_tls && m_config.requireTls) {
        // No TLS on offer, or someone deleted "250-STARTTLS" on the way (STARTTLS
        // stripping, SMTP-NOTES §2.3): either way no password and no mail in the clear.
        note("client.no-tls-offered");
        failPending(Status::TemporaryFailure, std::nullopt, raw("client.no-tls-offered"));
        quit();
    } else if (!m_config.user.isEmpty()) {
        startAuth();
    } else {
        startTransaction();
    }
}

void ClientSession::startAuth()
{
    const QByteArrayView mechanisms = extensionParam("AUTH");
    const bool plain = listsWord(mechanisms, "PLAIN");
    const bool login = listsWord(mechanisms, "LOGIN");
    const char *refusal = nullptr;
    if (!(m_extFlags & ExtAuth))
        refusal = "client.auth-not-offered";
    else if (!plain && !login)
        refusal = "client.auth-no-mechanism";
    if (refusal) {
        note(refusal, {mechanisms.toByteArray()});
        failPending(Status::TemporaryFailure, std::nullopt, raw(refusal));
        quit();
        return;
    }
    if (plain && (m_config.user.contains('\0') || m_config.password.contains('\0'))) {
        // A NUL inside either would shift PLAIN's fields (RFC 4616 §2).
        note("client.invalid-credentials");
        failPending(Status::PermanentFailure, std::nullopt, raw("client.invalid-credentials"));
        quit();
        return;
    }
    if (!m_tls)
        note("client.auth-in-plaintext");
    setState(State::Auth);
    m_authStep = 1;
    if (plain) {
        QByteArray token; // authzid NUL authcid NUL passwd, with an empty authzid
        token.reserve(m_config.user.size() + m_config.password.size() + 2);
        token += '\0';
        token += m_config.user;
        token += '\0';
        token += m_config.password;
        m_authMech = QByteArrayLiteral("PLAIN");
        // One round trip: the initial response rides on the AUTH line (RFC 4954 §4).
        sendCommand("client.auth-plain", concat({"AUTH PLAIN ", token.toBase64()}), {m_config.user});
    } else {
        m_authMech = QByteArrayLiteral("LOGIN");
        sendCommand("client.auth-login", raw("AUTH LOGIN"));
    }
}

void ClientSession::startTransaction()
{
    // RFC 6531 §3.2: non-ASCII addresses only when the server offers SMTPUTF8.
    bool needsUtf8 = hasEightBit(m_senderPath);
    m_rcptQueue.clear();
    m_rcptQueue.reserve(qsizetype(m_results.size()));
    m_rcptAwaiting.reserve(qsizetype(m_results.size()));
    m_rcptAccepted.reserve(qsizetype(m_results.size()));
    for (int i = 0; i < int(m_results.size()); ++i) {
        if (m_results[size_t(i)].status == Status::Pending) {
            m_rcptQueue.append(i);
            needsUtf8 = needsUtf8 || hasEightBit(m_paths[i]);
        }
    }
    const char *refusal = nullptr;
    if (needsUtf8 && !(m_extFlags & ExtSmtpUtf8))
        refusal = "client.needs-smtputf8";
    else if (m_body8bit && !(m_extFlags & Ext8BitMime))
        refusal = "client.needs-8bitmime"; // RFC 6152 §3: we cannot convert to 7 bit, so bounce
    if (refusal) {
        note(refusal);
        failPending(Status::PermanentFailure, std::nullopt, raw(refusal));
        m_rcptQueue.clear();
        quit();
        return;
    }

    // Parameters only for extensions the server listed (RFC 5321 §4.1.1.3).
    char size[32] = "SIZE=";
    QByteArrayView sizeParam;
    if (m_extFlags & ExtSize) { // RFC 1870 §5: CRLF-canonical octets, no stuffing or terminator
        const char *end = std::to_chars(size + 5, size + sizeof size, m_contentSize).ptr;
        sizeParam = QByteArrayView(size, end - size);
    }
    QVarLengthArray<QByteArrayView, 3> parts;
    if (!sizeParam.isEmpty())
        parts.append(sizeParam);
    if (m_body8bit)
        parts.append("BODY=8BITMIME"); // RFC 6152 §2
    if (needsUtf8)
        parts.append("SMTPUTF8"); // RFC 6531 §3.4
    QByteArray params;
    if (!parts.isEmpty()) {
        params = concat({parts[0], parts.size() > 1 ? " " : "", parts.size() > 1 ? parts[1] : "",
                         parts.size() > 2 ? " " : "", parts.size() > 2 ? parts[2] : ""});
    }
    const QByteArray mail = params.isEmpty()
                                ? concat({"MAIL FROM:<", m_senderPath, ">"})
                                : concat({"MAIL FROM:<", m_senderPath, "> ", params});

    m_pipelining = m_config.usePipelining && (m_extFlags & ExtPipelining);
    if (m_pipelining)
        note("client.pipelining", {eventNumber(m_rcptQueue.size() + 2)});
    sendCommand("client.mail", mail, {m_senderPath, params});
    setState(State::Mail);
    if (!m_pipelining)
        return;
    // RFC 2920 §3.1: MAIL and RCPT may stand anywhere in a group, DATA only last. All of it
    // leaves in one write; the replies are then taken one by one, in order.
    m_dataPipelined = true;
    while (!m_rcptQueue.isEmpty()) {
        const int index = m_rcptQueue.takeFirst();
        m_rcptAwaiting.append(index);
        sendCommand("client.rcpt", concat({"RCPT TO:<", m_paths[index], ">"}), {m_paths[index]});
    }
    sendCommand("client.data", raw("DATA"));
}

void ClientSession::sendNextRcpt()
{
    const int index = m_rcptQueue.takeFirst();
    m_rcptAwaiting.append(index);
    sendCommand("client.rcpt", concat({"RCPT TO:<", m_paths[index], ">"}), {m_paths[index]});
    setState(State::Rcpt);
}

void ClientSession::sendBody()
{
    m_output += m_body;
    emitEvent(SessionEvent::Kind::DataSent, "client.body", {eventNumber(m_body.size())},
              m_body);
    setState(State::Body);
}

void ClientSession::quit()
{
    sendCommand("client.quit", raw("QUIT"));
    setState(State::Quit);
}

void ClientSession::finish()
{
    setState(State::Done);
    emitEvent(SessionEvent::Kind::Closed, "client.closed", {});
}

void ClientSession::giveUp(const Reply &reply, const char *noteKey)
{
    if (noteKey)
        note(noteKey, {codeText(reply.code)});
    failByClass(reply);
    quit();
}

void ClientSession::failByClass(const Reply &reply)
{
    // §4.2.1: 4yz try again later, 5yz do not. A 2yz or 3yz where a refusal was due is
    // nonsense we cannot act on, so keep the message for a later attempt.
    if (reply.replyClass() == 5)
        failPending(Status::PermanentFailure, reply, {});
    else if (reply.replyClass() == 4)
        failPending(Status::TemporaryFailure, reply, {});
    else
        failPending(Status::TemporaryFailure, reply, raw("client.unexpected-reply"));
}

void ClientSession::failPending(RecipientResult::Status status, const std::optional<Reply> &reply,
                                const QByteArray &reasonKey)
{
    for (RecipientResult &result : m_results) {
        if (result.status != Status::Pending)
            continue;
        result.status = status;
        if (reply)
            result.reply = reply;
        result.reasonKey = reasonKey;
    }
}

void ClientSession::parseExtensions(const Reply &reply)
{
    // RFC 5321 §4.1.1.1: the first line is the server's name; each further line is
    // `keyword [params]`, the keyword in any case.
    m_extensions.clear();
    m_extensions.reserve(reply.lines.size());
    m_extFlags = 0;
    static constexpr std::pair<QByteArrayView, unsigned> kKnown[] = {
        {"PIPELINING", ExtPipelining}, {"SIZE", ExtSize},         {"8BITMIME", Ext8BitMime},
        {"SMTPUTF8", ExtSmtpUtf8},     {"STARTTLS", ExtStartTls}, {"AUTH", ExtAuth},
    };
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        const QByteArray &text = reply.lines[i];
        const QByteArrayView line = QByteArrayView(text).trimmed();
        if (line.isEmpty())
            continue; // smtp-sink ends with an empty "250 " (SMTP-NOTES §1.12)
        const qsizetype space = line.indexOf(' ');
        const QByteArrayView keyword = space < 0 ? line : line.first(space);
        const bool upper = std::none_of(keyword.begin(), keyword.end(),
                                        [](char c) { return c >= 'a' && c <= 'z'; });
        if (upper && line.size() == text.size())
            m_extensions.append(text); // the usual case: shared, not copied
        else
            m_extensions.append(keyword.toByteArray().toUpper().append(line.sliced(keyword.size())));
        for (const auto &[name, flag] : kKnown) {
            // The known names are upper-case ASCII: an upper-case keyword compares exactly.
            if (upper ? keyword == name : keyword.compare(name, Qt::CaseInsensitive) == 0)
                m_extFlags |= flag;
        }
    }
}

QByteArrayView ClientSession::extensionParam(QByteArrayView keyword) const
{
    for (const QByteArray &entry : m_extensions) {
        if (entry.size() > keyword.size() && entry[keyword.size()] == ' '
            && entry.startsWith(keyword))
            return QByteArrayView(entry).sliced(keyword.size() + 1).trimmed();
    }
    return {};
}

void ClientSession::setState(State next)
{
    if (next == m_state)
        return;
    // OpenSMTPD traces every transition as "OLD -> NEW" (STYLE.md).
    const Transition &t = transition(m_state, next);
    m_state = next;
    if (m_config.reportProgress)
        emitEvent(SessionEvent::Kind::StateChange, "client.state", t.args, t.wire);
}

void ClientSession::note(const char *key, QByteArrayList args)
{
    emitEvent(SessionEvent::Kind::Note, key, std::move(args));
}

void ClientSession::emitEvent(SessionEvent::Kind kind, const char *key, QByteArrayList args,
                              QByteArray wire)
{
    if (m_events.capacity() == 0)
        m_events.reserve(12); // one allocation per batch; 12 events (960 octets) stay within malloc's fast per-thread cache
    m_events.push_back(SessionEvent{kind, raw(key), std::move(args), std::move(wire)});
}

QByteArray ClientSession::encodeData(QByteArrayView content)
{
    qint64 size = 0;
    bool eightBit = false;
    return encodeBody(content, &size, &eightBit);
}

QByteArray ClientSession::encodeBody(QByteArrayView content, qint64 *canonicalSize,
                                     bool *eightBit)
{
    *eightBit = hasEightBit(content);
    const qsizetype n = content.size();
    // Worst case every octet doubles (".\n" → "..\r\n"), plus a final CRLF and ".\r\n".
    QByteArray out(2 * n + 5, Qt::Uninitialized);
    char *o = out.data();
    const char *p = content.data();
    const char *const end = p + n;
    const char *nextCr = p; // next CR / LF at or after p, found with memchr as p passes them
    const char *nextLf = p;
    qsizetype stuffed = 0;
    bool lineStart = true;
    while (p < end) {
        // §4.5.2: a line that starts with "." gets one more, so that no line of the content
        // can pass for the terminator.
        if (lineStart && *p == '.') {
            *o++ = '.';
            ++stuffed;
        }
        if (nextCr < p || (nextCr < end && *nextCr != '\r')) {
            const void *hit = std::memchr(p, '\r', size_t(end - p));
            nextCr = hit ? static_cast<const char *>(hit) : end;
        }
        if (nextLf < p || (nextLf < end && *nextLf != '\n')) {
            const void *hit = std::memchr(p, '\n', size_t(end - p));
            nextLf = hit ? static_cast<const char *>(hit) : end;
        }
        const char *eol = qMin(nextCr, nextLf);
        std::memcpy(o, p, size_t(eol - p));
        o += eol - p;
        lineStart = eol < end;
        if (eol == end)
            break;
        // CRLF, a bare CR and a bare LF all end a line and all go out as CRLF (§2.3.8): a
        // bare LF passed on is what SMTP smuggling feeds on (SMTP-NOTES §2.1 rule 5).
        *o++ = '\r';
        *o++ = '\n';
        p = (*eol == '\r' && eol + 1 < end && eol[1] == '\n') ? eol + 2 : eol + 1;
    }
    if (n > 0 && !lineStart) { // §4.1.1.4: add a missing final CRLF, never an extra one
        *o++ = '\r';
        *o++ = '\n';
    }
    *canonicalSize = qint64(o - out.constData()) - stuffed;
    std::memcpy(o, ".\r\n", 3);
    out.truncate(o + 3 - out.constData());
    return out;
}

} // namespace kurir::smtp
