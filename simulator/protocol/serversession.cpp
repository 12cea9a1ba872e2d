#include "serversession.h"

#include "serversessionutil.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace kurir::smtp {

using detail::findCrlf;
using detail::key;

// Narration keys of Note events (the trace explains each; see engine narration):
//   server.line-too-long        a command line over its limit was skipped to its CRLF
//   server.starttls-discarded   plaintext bytes after STARTTLS were thrown away (CVE-2011-0411)
//   server.plaintext-during-tls bytes arrived before the TLS handshake finished: ignored
//   server.long-text-line       a text line over 1000 octets was kept (RFC 5321 §4.5.3.1.6)
//   server.relay-trick          a local address hiding a route (%, !, quoted @) was refused
// ReplySent events use the catalog name (replyName) as key; CommandReceived the verb.

namespace {

bool startsWithVerb(QByteArrayView line, const char *verb)
{
    const qsizetype n = qsizetype(qstrlen(verb));
    return line.size() > n && line[n] == ' ' && line.first(n).compare(verb, Qt::CaseInsensitive) == 0;
}

// Errors that are the client's fault (syntax, unknown commands, failed login) count towards
// the per-session limit. A refused recipient does not (a real sender may have many), nor does
// 503: a pipelining client whose MAIL was refused still sends its RCPTs and DATA, and RFC 2920
// requires it to, so each of them draws a 503 without the client being at fault.
bool countsAsError(const Reply &r)
{
    return (r.code >= 500 && r.code <= 504 && r.code != 503) || r.code == 530 || r.code == 535 ||
           r.code == 555;
}

// The reply as the trace shows it: the wire bytes without CRLFs, lines joined by LF.
QByteArray wireText(const QByteArray &formatted)
{
    QByteArray text(formatted.size() - 2, Qt::Uninitialized);
    char *out = text.data();
    const char *in = formatted.constData();
    const qsizetype end = formatted.size() - 2;
    qsizetype n = 0;
    for (qsizetype i = 0; i < end; ++i) {
        if (in[i] == '\r' && i + 1 < end && in[i + 1] == '\n')
            continue; // a reply line never holds a CR of its own
        out[n++] = in[i];
    }
    text.truncate(n);
    return text;
}

} // namespace

ServerSession::ServerSession(ServerPolicy &policy, QByteArray peerAddress)
    : m_policy(policy), m_ext(policy.extensions()), m_limits(policy.limits()),
      m_peer(std::move(peerAddress))
{
}

const char *ServerSession::stateName(State state)
{
    switch (state) {
    case State::New: return "New";
    case State::Connected: return "Connected";
    case State::Greeted: return "Greeted";
    case State::MailGiven: return "MailGiven";
    case State::RcptGiven: return "RcptGiven";
    case State::Data: return "Data";
    case State::AwaitingDecision: return "AwaitingDecision";
    case State::AuthExchange: return "AuthExchange";
    case State::TlsHandshake: return "TlsHandshake";
    case State::Closed: return "Closed";
    }
    return "?";
}

void ServerSession::start()
{
    if (m_state != State::New)
        return;
    m_state = State::Connected;
    send(reply(ReplyId::Greeting, {m_policy.hostname(), m_policy.banner()}));
    process();
}

void ServerSession::receive(QByteArrayView bytes)
{
    if (m_state == State::Closed || bytes.isEmpty())
        return;
    if (m_state == State::TlsHandshake) {
        // Whatever arrives before the handshake is done is plaintext that must never be
        // executed as if it had come through TLS (RFC 3207 §4.2, CVE-2011-0411).
        note("server.plaintext-during-tls", {QByteArray::number(bytes.size())});
        return;
    }
    m_input.append(bytes);
    process();
}

QByteArray ServerSession::takeOutput()
{
    return std::exchange(m_output, {});
}

std::vector<SessionEvent> ServerSession::takeEvents()
{
    return std::exchange(m_events, {});
}

void ServerSession::process()
{
    for (;;) {
        bool progressed = false;
        switch (m_state) {
        case State::Connected:
        case State::Greeted:
        case State::MailGiven:
        case State::RcptGiven:
            progressed = processCommandLine();
            break;
        case State::AuthExchange:
            progressed = processAuthLine();
            break;
        case State::Data:
            progressed = processData();
            break;
        case State::New:
        case State::AwaitingDecision:
        case State::TlsHandshake:
        case State::Closed:
            break;
        }
        if (!progressed)
            break;
    }
    if (m_state == State::Closed) {
        m_input.clear();
        m_pos = 0;
    } else if (m_pos > 0) {
        m_input.remove(0, m_pos);
        m_pos = 0;
    }
}

qsizetype ServerSession::commandLimitFor(QByteArrayView lineStart) const
{
    if (m_state == State::AuthExchange || startsWithVerb(lineStart, "AUTH"))
        return m_limits.authLine;
    if (startsWithVerb(lineStart, "MAIL")) {
        // Extensions lengthen the MAIL line by what their parameters need.
        qsizetype limit = m_limits.commandLine;
        if (m_ext.size)
            limit += m_limits.sizeParamAllowance;
        if (m_ext.smtpUtf8)
            limit += m_limits.utf8ParamAllowance;
        if (offersAuth())
            limit += m_limits.authParamAllowance;
        return limit;
    }
    return m_limits.commandLine;
}

// Takes the next CRLF-terminated line. A line over its limit is read to its CRLF without
// being kept (RFC 5321 §4.5.3.1.4: reply 500, then carry on in step), so memory stays bounded
// however long the line is, and the result does not depend on how the bytes were split.
ServerSession::LineResult ServerSession::takeLine(QByteArray *line)
{
    const qsizetype crlf = findCrlf(m_input, m_pos);
    if (m_draining) {
        if (crlf < 0) {
            const bool keepCr = m_input.endsWith('\r');
            m_input = keepCr ? QByteArray("\r") : QByteArray();
            m_pos = 0;
            return LineResult::NeedMore;
        }
        m_pos = crlf + 2;
        m_draining = false;
        note("server.line-too-long");
        if (m_drainingAuth) {
            // Only a line inside a 334 exchange ends that exchange; a refused AUTH command
            // leaves the state as it was (RFC 5321 §4.1.4).
            if (m_state == State::AuthExchange) {
                m_authMech = AuthMech::None;
                setState(State::Greeted);
            }
            refuse(ReplyId::AuthLineTooLong);
        } else {
            refuse(ReplyId::LineTooLong);
        }
        return LineResult::Skipped;
    }
    const QByteArrayView unread = QByteArrayView(m_input).sliced(m_pos);
    if (crlf < 0) {
        if (unread.size() > commandLimitFor(unread)) {
            m_drainingAuth = commandLimitFor(unread) == m_limits.authLine;
            m_draining = true;
            return takeLine(line);
        }
        return LineResult::NeedMore;
    }
    const QByteArrayView text = unread.first(crlf - m_pos);
    if (text.size() + 2 > commandLimitFor(text)) {
        m_drainingAuth = commandLimitFor(text) == m_limits.authLine;
        m_draining = true;
        return takeLine(line);
    }
    *line = text.toByteArray();
    m_pos = crlf + 2;
    return LineResult::Line;
}

bool ServerSession::processCommandLine()
{
    QByteArray line;
    switch (takeLine(&line)) {
    case LineResult::NeedMore: return false;
    case LineResult::Skipped: return true;
    case LineResult::Line: break;
    }
    dispatch(line);
    return true;
}

void ServerSession::dispatch(const QByteArray &line)
{
    const Command cmd = parseCommand(line);
    m_events.push_back({SessionEvent::Kind::CommandReceived, key(verbName(cmd.verb)), {}, line});

    // Gates in a fixed order before the verb is looked at (STYLE.md, aiosmtpd): characters
    // that may never appear in a command, then the verb, then the state.
    if (line.contains('\0'))
        return refuse(ReplyId::NulInCommand);
    if (line.contains('\r') || line.contains('\n'))
        return refuse(ReplyId::InvalidCharacter); // a bare CR or LF never splits a command
    if (hasEightBit(line)) {
        // RFC 5321 §2.4: 7-bit commands unless SMTPUTF8 was offered, and then only in the
        // addresses of MAIL and RCPT (RFC 6531 §3.3), which their handlers check further.
        const bool addressVerb = cmd.verb == Verb::Mail || cmd.verb == Verb::Rcpt;
        if (!m_ext.smtpUtf8 || !m_ext.eightBitMime || !addressVerb || !QByteArrayView(line).isValidUtf8())
            return refuse(ReplyId::InvalidCharacter);
    }
    if (line.isEmpty())
        return refuse(ReplyId::EmptyCommand);
    if (cmd.verb != Verb::Quit) {
        if (auto imposed = m_policy.overrideReply(verbName(cmd.verb)); imposed && !imposed->isPositive())
            return send(*imposed);
    }

    switch (cmd.verb) {
    case Verb::Helo: return onHelo(cmd, false);
    case Verb::Ehlo: return onHelo(cmd, true);
    case Verb::Mail: return onMail(cmd);
    case Verb::Rcpt: return onRcpt(cmd);
    case Verb::Data: return onData(cmd);
    case Verb::Rset: return onRset(cmd);
    case Verb::Noop: return onNoop(cmd);
    case Verb::Quit: return onQuit(cmd);
    case Verb::Vrfy: return onVrfy(cmd);
    case Verb::Help: return onHelp(cmd);
    case Verb::StartTls: return onStartTls(cmd);
    case Verb::Auth: return onAuth(cmd);
    case Verb::Expn: return refuse(ReplyId::NotImplemented, {"EXPN"});
    case Verb::Unknown: return refuse(ReplyId::CommandNotRecognized);
    }
}

bool ServerSession::offersAuth() const
{
    return m_ext.auth && m_policy.hasUsers() && (m_tls || !m_policy.authRequiresTls());
}

QByteArrayList ServerSession::ehloKeywords() const
{
    QByteArrayList keywords;
    if (m_ext.pipelining)
        keywords << "PIPELINING";
    if (m_ext.size) {
        keywords << (m_limits.maxMessageSize > 0
                         ? "SIZE " + QByteArray::number(m_limits.maxMessageSize)
                         : QByteArray("SIZE"));
    }
    if (m_ext.eightBitMime)
        keywords << "8BITMIME";
    if (m_ext.enhancedStatusCodes)
        keywords << "ENHANCEDSTATUSCODES";
    if (m_ext.startTls && !m_tls)
        keywords << "STARTTLS"; // never again inside TLS (RFC 3207 §4.2)
    if (offersAuth())
        keywords << "AUTH PLAIN LOGIN"; // only where a password may travel (RFC 4954 §4)
    if (m_ext.smtpUtf8 && m_ext.eightBitMime)
        keywords << "SMTPUTF8"; // RFC 6531 §3.1: requires 8BITMIME
    return keywords;
}

void ServerSession::onHelo(const Command &cmd, bool extended)
{
    const QByteArray name = cmd.argument;
    if (name.isEmpty() || !isValidDomainOrLiteral(name))
        return refuse(extended ? ReplyId::EhloSyntax : ReplyId::HeloSyntax); // state unchanged, §4.1.4
    // A new EHLO/HELO clears all transaction state as RSET would (RFC 5321 §4.1.4).
    resetTransaction();
    m_heloName = name;
    m_extended = extended;
    setState(State::Greeted);
    const QByteArrayList args{m_policy.hostname(), name};
    // Servers MUST NOT answer HELO with the EHLO-style list (RFC 5321 §3.2).
    send(extended ? multilineReply(ReplyId::EhloOk, args, ehloKeywords())
                  : reply(ReplyId::HeloOk, args));
}

void ServerSession::onMail(const Command &cmd)
{
    if (m_heloName.isEmpty())
        return refuse(ReplyId::NeedHelo);
    if (m_txn.reversePath)
        return refuse(ReplyId::NestedMail);
    if (m_policy.requireAuthForMail() && m_authUser.isEmpty())
        return refuse(ReplyId::AuthRequired); // RFC 6409 §4.3
    const auto arg = splitPathArgument(cmd.argument, "FROM:");
    if (!arg)
        return refuse(ReplyId::MailSyntax);

    Transaction txn;
    QSet<QByteArray> seen;
    for (const EsmtpParam &p : arg->params) {
        if (seen.contains(p.keyword))
            return refuse(ReplyId::DuplicateParameter, {p.keyword});
        seen.insert(p.keyword);
        // A parameter of an extension that was not offered is unknown here (§4.1.1.11: 555).
        if (!m_extended) {
            // After HELO no extension was offered, so no parameter is known (RFC 5321 §4.1.1.11).
            return refuse(ReplyId::ParameterNotRecognized, {p.keyword});
        }
        if (p.keyword == "SIZE" && m_ext.size) {
            // size-value = 1*20DIGIT (RFC 1870 §3); a value past qint64 is simply "too big".
            const QByteArray digits = p.value.value_or(QByteArray());
            if (digits.isEmpty() || digits.size() > 20 ||
                !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
                return refuse(ReplyId::BadParameter, {p.keyword});
            bool ok = false;
            qint64 size = digits.toLongLong(&ok);
            if (!ok)
                size = std::numeric_limits<qint64>::max();
            // RFC 1870 §6.1: refuse at once what will not fit, rather than after the data.
            if (m_limits.maxMessageSize > 0 && size > m_limits.maxMessageSize)
                return refuse(ReplyId::MessageTooBigDeclared);
            txn.declaredSize = size;
        } else if (p.keyword == "BODY" && m_ext.eightBitMime) {
            const QByteArray body = p.value.value_or(QByteArray()).toUpper();
            if (body != "7BIT" && body != "8BITMIME")
                return refuse(ReplyId::BadParameter, {p.keyword});
            txn.eightBit = body == "8BITMIME";
        } else if (p.keyword == "SMTPUTF8" && m_ext.smtpUtf8 && m_ext.eightBitMime) {
            if (p.value)
                return refuse(ReplyId::BadParameter, {p.keyword});
            txn.smtpUtf8 = true;
        } else if (p.keyword == "AUTH" && offersAuth()) {
            if (!p.value)
                return refuse(ReplyId::BadParameter, {p.keyword}); // RFC 4954 §5: AUTH=<> or xtext
        } else {
            return refuse(ReplyId::ParameterNotRecognized, {p.keyword});
        }
    }

    const PathParse parsed = parsePath(arg->path, m_limits, true, txn.smtpUtf8);
    if (!parsed.path) {
        if (parsed.error == AddressError::NonAscii)
            return refuse(ReplyId::Utf8SenderNeedsSmtputf8); // RFC 6531 §3.5: 550 5.6.7
        return refuse(ReplyId::BadSenderAddress);
    }
    const Path &path = *parsed.path;
    txn.reversePath = path;
    std::swap(m_txn, txn);
    const ReplyId verdict = m_policy.checkSender(path, envelope());
    if (verdict != ReplyId::SenderOk) {
        m_txn = {};
        return refuse(verdict, {path.toString(), m_authUser});
    }
    setState(State::MailGiven);
    send(reply(ReplyId::SenderOk, {path.toString()}));
}

void ServerSession::onRcpt(const Command &cmd)
{
    if (m_heloName.isEmpty())
        return refuse(ReplyId::NeedHelo);
    if (!m_txn.reversePath)
        return refuse(ReplyId::NeedMail);
    const auto arg = splitPathArgument(cmd.argument, "TO:");
    if (!arg)
        return refuse(ReplyId::RcptSyntax);
    if (!arg->params.isEmpty())
        return refuse(ReplyId::ParameterNotRecognized, {arg->params.front().keyword});
    const PathParse parsed = parsePath(arg->path, m_limits, false, m_txn.smtpUtf8, true);
    if (!parsed.path) {
        if (parsed.error == AddressError::NonAscii)
            return refuse(ReplyId::Utf8RecipientNeedsSmtputf8); // RFC 6531 §3.5: 553 5.6.7
        return refuse(ReplyId::BadRecipientAddress);
    }
    const Mailbox rcpt = *parsed.path->mailbox;
    const QByteArray address = rcpt.domain.isEmpty() ? rcpt.localPart : rcpt.toString();
    if (m_txn.recipients.size() >= m_limits.maxRecipients)
        return send(reply(ReplyId::TooManyRecipients)); // 452, not 552 (§4.5.3.1.10)

    auto accept = [&](ReplyId id) {
        m_txn.recipients.append(rcpt);
        setState(State::RcptGiven);
        send(reply(id, {address}));
    };
    auto reject = [&](ReplyId id) {
        ++m_txn.rejectedRecipients;
        refuse(id, {address});
    };

    // `<postmaster>` with no domain names this server's postmaster (RFC 5321 §4.1.1.3).
    if (rcpt.domain.isEmpty())
        return accept(ReplyId::RecipientOk);
    const bool local = !rcpt.isAddressLiteral() && m_policy.isLocalDomain(rcpt.domain);
    if (local) {
        // A local address that carries a route of its own ("bob%elsewhere@here",
        // "elsewhere!bob@here", "\"bob@elsewhere\"@here") would be relayed onward by a
        // naive server: an open relay (SMTP-NOTES §2.4).
        if (rcpt.localPart.contains('%') || rcpt.localPart.contains('!') ||
            rcpt.localPart.contains('@')) {
            note("server.relay-trick", {address});
            return reject(ReplyId::RelayDenied);
        }
        if (rcpt.isPostmaster())
            return accept(ReplyId::RecipientOk); // always accepted, RFC 5321 §4.5.1
        const ReplyId verdict = m_policy.checkRecipient(rcpt, envelope());
        if (verdict == ReplyId::RecipientOk || verdict == ReplyId::WillForward)
            return accept(verdict);
        return reject(verdict);
    }
    // A foreign domain: relaying, allowed only for authenticated clients (RFC 5321 §7.9).
    if ((!m_authUser.isEmpty() && m_policy.relayForAuthenticated()) || m_policy.trustedClient())
        return accept(ReplyId::RecipientRelayOk);
    reject(ReplyId::RelayDenied);
}

void ServerSession::onData(const Command &cmd)
{
    if (!cmd.argument.isEmpty())
        return refuse(ReplyId::NoParameters, {"DATA"});
    if (m_heloName.isEmpty())
        return refuse(ReplyId::NeedHelo);
    if (!m_txn.reversePath)
        return refuse(ReplyId::NeedMail);
    if (m_txn.recipients.isEmpty()) {
        // RFC 5321 §3.3: 503 when no RCPT was given, 554 when all of them were refused.
        return refuse(m_txn.rejectedRecipients > 0 ? ReplyId::NoValidRecipients
                                                   : ReplyId::NeedRcpt);
    }
    m_data = DataScan{};
    if (m_txn.declaredSize > 0)
        m_data.content.reserve(qMin<qint64>(m_txn.declaredSize + 512, 64 * 1024 * 1024));
    setState(State::Data);
    send(reply(ReplyId::StartMailInput));
}

void ServerSession::onRset(const Command &cmd)
{
    if (!cmd.argument.isEmpty())
        return refuse(ReplyId::NoParameters, {"RSET"});
    resetTransaction();
    setState(m_heloName.isEmpty() ? State::Connected : State::Greeted);
    send(reply(ReplyId::ResetOk));
}

void ServerSession::onNoop(const Command &)
{
    send(reply(ReplyId::NoopOk)); // "servers SHOULD ignore" the argument (§4.1.1.9)
}

void ServerSession::onQuit(const Command &cmd)
{
    if (!cmd.argument.isEmpty())
        return refuse(ReplyId::NoParameters, {"QUIT"});
    send(reply(ReplyId::Bye, {m_policy.hostname()}));
    close();
}

void ServerSession::onVrfy(const Command &cmd)
{
    if (cmd.argument.isEmpty())
        return refuse(ReplyId::VrfySyntax);
    // 252: neither confirm nor deny, so VRFY cannot harvest addresses (RFC 5321 §7.3).
    send(reply(ReplyId::CannotVrfy));
}

void ServerSession::onHelp(const Command &)
{
    send(reply(ReplyId::HelpText));
}

void ServerSession::onStartTls(const Command &cmd)
{
    if (!cmd.argument.isEmpty())
        return refuse(ReplyId::NoParameters, {"STARTTLS"});
    if (m_tls)
        return refuse(ReplyId::TlsAlreadyActive);
    if (!m_ext.startTls)
        return refuse(ReplyId::NotImplemented, {"STARTTLS"});
    if (!m_extended)
        return refuse(ReplyId::NeedEhlo);
    send(reply(ReplyId::ReadyToStartTls));
    // Anything the client sent after STARTTLS in the same packet was sent in plaintext and
    // must not be executed once TLS is up (CVE-2011-0411, RFC 3207 §4.2).
    const qsizetype leftover = m_input.size() - m_pos;
    if (leftover > 0)
        note("server.starttls-discarded", {QByteArray::number(leftover)});
    m_input.clear();
    m_pos = 0;
    setState(State::TlsHandshake);
    m_events.push_back({SessionEvent::Kind::TlsStart, key("server.starttls"), {}, {}});
}

void ServerSession::tlsEstablished()
{
    if (m_state != State::TlsHandshake)
        return;
    // RFC 3207 §4.2: the server MUST discard any knowledge obtained from the client (the
    // EHLO argument, a login, a transaction) and wait for a new EHLO.
    m_tls = true;
    m_heloName.clear();
    m_extended = false;
    m_authUser.clear();
    resetTransaction();
    setState(State::Connected);
    process();
}

void ServerSession::timeout()
{
    if (m_state == State::Closed || m_state == State::New)
        return;
    send(reply(ReplyId::IdleTimeout, {m_policy.hostname()}));
    close();
}

void ServerSession::shutdown()
{
    if (m_state == State::Closed)
        return;
    if (m_state == State::AwaitingDecision) {
        m_shutdownPending = true; // answer the message first: stored or not, never both
        return;
    }
    send(reply(ReplyId::ShuttingDown, {m_policy.hostname()}));
    close();
}

Envelope ServerSession::envelope() const
{
    Envelope e;
    if (m_txn.reversePath)
        e.reversePath = *m_txn.reversePath;
    e.recipients = m_txn.recipients;
    e.authenticatedUser = m_authUser;
    e.tls = m_tls;
    e.smtpUtf8 = m_txn.smtpUtf8;
    e.eightBit = m_txn.eightBit;
    e.heloName = m_heloName;
    return e;
}

void ServerSession::send(const Reply &r)
{
    const QByteArray formatted = formatReply(r, m_ext.enhancedStatusCodes);
    m_output += formatted;
    m_events.push_back({SessionEvent::Kind::ReplySent, key(replyName(r.id)),
                        {QByteArray::number(r.code), r.enhanced}, wireText(formatted)});
}

void ServerSession::refuse(ReplyId id, const QByteArrayList &args)
{
    refuse(reply(id, args));
}

void ServerSession::refuse(const Reply &r)
{
    if (countsAsError(r) && ++m_errors > m_limits.maxErrors) {
        // Too many errors: a confused or hostile client is cut off (Postfix's hard error limit).
        send(reply(ReplyId::TooManyErrors, {m_policy.hostname()}));
        return close();
    }
    send(r);
}

void ServerSession::note(const char *noteKey, QByteArrayList args)
{
    m_events.push_back({SessionEvent::Kind::Note, key(noteKey), std::move(args), {}});
}

void ServerSession::setState(State next)
{
    m_state = next;
}

void ServerSession::resetTransaction()
{
    m_txn = Transaction{};
}

void ServerSession::close()
{
    m_state = State::Closed;
    m_events.push_back({SessionEvent::Kind::Closed, key("server.closed"), {}, {}});
}

} // namespace kurir::smtp
