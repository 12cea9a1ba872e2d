#include "serversession.h"

#include "serversessionutil.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <limits>

#include <QVarLengthArray>

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

// Is `line` "<verb> ..." for a four-letter upper-case `verb`, in any case? Asked of every
// command line before it is read, so without a call into Qt.
bool startsWithVerb(QByteArrayView line, const char (&verb)[5])
{
    if (line.size() <= 4 || line[4] != ' ')
        return false;
    for (int i = 0; i < 4; ++i) {
        const char c = line[i];
        if ((c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c) != verb[i])
            return false;
    }
    return true;
}

// Errors that are the client's fault (syntax, unknown commands, failed login) count towards
// the per-session limit. A refused recipient does not (a real sender may have many), nor does
// 503: a pipelining client whose MAIL was refused still sends its RCPTs and DATA, and RFC 2920
// requires it to, so each of them draws a 503 without the client being at fault.
bool countsAsError(int code)
{
    return (code >= 500 && code <= 504 && code != 503) || code == 530 || code == 535 || code == 555;
}

/// `local@domain` (or a bare `postmaster`) as reply and note arguments show it, built on the
/// stack: a path is at most 256 octets.
class MailboxText
{
public:
    explicit MailboxText(const Mailbox &m)
    {
        m_text.append(m.localPart.constData(), m.localPart.size());
        if (!m.domain.isEmpty()) {
            m_text.append('@');
            m_text.append(m.domain.constData(), m.domain.size());
        }
    }
    QByteArrayView view() const { return {m_text.constData(), m_text.size()}; }

private:
    QVarLengthArray<char, 320> m_text;
};

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
    send(ReplyId::Greeting, {m_policy.hostname(), m_policy.banner()});
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

void ServerSession::receive(const QByteArray &bytes)
{
    if (!m_input.isEmpty() || m_state == State::Closed || m_state == State::TlsHandshake) {
        receive(QByteArrayView(bytes));
        return;
    }
    if (bytes.isEmpty())
        return;
    m_input = bytes; // a whole message of a bulk run arrives in one piece: no copy of it
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
    } else if (m_pos > 0 && m_pos == m_input.size()) {
        m_input.clear(); // all read: let go of the bytes (perhaps shared with the sender)
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
    const CommandView cmd = parseCommandView(line);
    pushEvent({SessionEvent::Kind::CommandReceived, key(verbName(cmd.verb)), {}, line});

    // Gates in a fixed order before the verb is looked at (STYLE.md, aiosmtpd): characters
    // that may never appear in a command, then the verb, then the state. One look at each
    // octet finds all the characters in question.
    bool nul = false, lineBreak = false, eightBit = false;
    for (const char c : line) {
        nul = nul || c == '\0';
        lineBreak = lineBreak || c == '\r' || c == '\n';
        eightBit = eightBit || (c & 0x80);
    }
    if (nul)
        return refuse(ReplyId::NulInCommand);
    if (lineBreak)
        return refuse(ReplyId::InvalidCharacter); // a bare CR or LF never splits a command
    if (eightBit) {
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

void ServerSession::onHelo(const CommandView &cmd, bool extended)
{
    const QByteArrayView name = cmd.argument;
    if (name.isEmpty() || !isValidDomainOrLiteral(name))
        return refuse(extended ? ReplyId::EhloSyntax : ReplyId::HeloSyntax); // state unchanged, §4.1.4
    // A new EHLO/HELO clears all transaction state as RSET would (RFC 5321 §4.1.4).
    resetTransaction();
    m_heloName = name.toByteArray();
    m_extended = extended;
    setState(State::Greeted);
    const QByteArray host = m_policy.hostname();
    // Servers MUST NOT answer HELO with the EHLO-style list (RFC 5321 §3.2).
    if (!extended)
        return send(ReplyId::HeloOk, {host, m_heloName});

    QVarLengthArray<QByteArrayView, 8> keywords;
    char sizeKeyword[32] = "SIZE ";
    if (m_ext.pipelining)
        keywords.append("PIPELINING");
    if (m_ext.size) {
        if (m_limits.maxMessageSize > 0) {
            const auto end = std::to_chars(sizeKeyword + 5, sizeKeyword + sizeof sizeKeyword,
                                           m_limits.maxMessageSize).ptr;
            keywords.append(QByteArrayView(sizeKeyword, end - sizeKeyword));
        } else {
            keywords.append("SIZE");
        }
    }
    if (m_ext.eightBitMime)
        keywords.append("8BITMIME");
    if (m_ext.enhancedStatusCodes)
        keywords.append("ENHANCEDSTATUSCODES");
    if (m_ext.startTls && !m_tls)
        keywords.append("STARTTLS"); // never again inside TLS (RFC 3207 §4.2)
    if (offersAuth())
        keywords.append("AUTH PLAIN LOGIN"); // only where a password may travel (RFC 4954 §4)
    if (m_ext.smtpUtf8 && m_ext.eightBitMime)
        keywords.append("SMTPUTF8"); // RFC 6531 §3.1: requires 8BITMIME
    send(ReplyId::EhloOk, {host, m_heloName}, std::span(keywords.constData(), size_t(keywords.size())));
}

void ServerSession::onMail(const CommandView &cmd)
{
    if (m_heloName.isEmpty())
        return refuse(ReplyId::NeedHelo);
    if (m_txn.reversePath)
        return refuse(ReplyId::NestedMail);
    if (m_policy.requireAuthForMail() && m_authUser.isEmpty())
        return refuse(ReplyId::AuthRequired); // RFC 6409 §4.3
    const auto arg = splitPathArgumentView(cmd.argument, "FROM:");
    if (!arg)
        return refuse(ReplyId::MailSyntax);

    Transaction txn;
    for (qsizetype i = 0; i < arg->params.size(); ++i) {
        const EsmtpParamView &p = arg->params[i];
        auto is = [&p](const char *keyword) { return p.keyword.compare(keyword, Qt::CaseInsensitive) == 0; };
        // Replies name the keyword upper-cased; built only when refusing.
        auto refuseParam = [&](ReplyId id) { refuse(id, {p.keyword.toByteArray().toUpper()}); };
        for (qsizetype j = 0; j < i; ++j)
            if (arg->params[j].keyword.compare(p.keyword, Qt::CaseInsensitive) == 0)
                return refuseParam(ReplyId::DuplicateParameter);
        // A parameter of an extension that was not offered is unknown here (§4.1.1.11: 555).
        if (!m_extended) {
            // After HELO no extension was offered, so no parameter is known (RFC 5321 §4.1.1.11).
            return refuseParam(ReplyId::ParameterNotRecognized);
        }
        if (is("SIZE") && m_ext.size) {
            // size-value = 1*20DIGIT (RFC 1870 §3); a value past qint64 is simply "too big".
            const QByteArrayView digits = p.value.value_or(QByteArrayView());
            if (digits.isEmpty() || digits.size() > 20 ||
                !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
                return refuseParam(ReplyId::BadParameter);
            bool ok = false;
            qint64 size = digits.toLongLong(&ok);
            if (!ok)
                size = std::numeric_limits<qint64>::max();
            // RFC 1870 §6.1: refuse at once what will not fit, rather than after the data.
            if (m_limits.maxMessageSize > 0 && size > m_limits.maxMessageSize)
                return refuse(ReplyId::MessageTooBigDeclared);
            txn.declaredSize = size;
        } else if (is("BODY") && m_ext.eightBitMime) {
            const QByteArrayView body = p.value.value_or(QByteArrayView());
            const bool eightBit = body.compare("8BITMIME", Qt::CaseInsensitive) == 0;
            if (!eightBit && body.compare("7BIT", Qt::CaseInsensitive) != 0)
                return refuseParam(ReplyId::BadParameter);
            txn.eightBit = eightBit;
        } else if (is("SMTPUTF8") && m_ext.smtpUtf8 && m_ext.eightBitMime) {
            if (p.value)
                return refuseParam(ReplyId::BadParameter);
            txn.smtpUtf8 = true;
        } else if (is("AUTH") && offersAuth()) {
            if (!p.value)
                return refuseParam(ReplyId::BadParameter); // RFC 4954 §5: AUTH=<> or xtext
        } else {
            return refuseParam(ReplyId::ParameterNotRecognized);
        }
    }

    PathParse parsed = parsePath(arg->path, m_limits, true, txn.smtpUtf8);
    if (!parsed.path) {
        if (parsed.error == AddressError::NonAscii)
            return refuse(ReplyId::Utf8SenderNeedsSmtputf8); // RFC 6531 §3.5: 550 5.6.7
        return refuse(ReplyId::BadSenderAddress);
    }
    txn.reversePath = std::move(parsed.path);
    std::swap(m_txn, txn);
    const Path &path = *m_txn.reversePath;
    const ReplyId verdict = m_policy.checkSender(path, envelope());
    if (verdict != ReplyId::SenderOk) {
        const QByteArray sender = path.toString();
        m_txn = {};
        return refuse(verdict, {sender, m_authUser});
    }
    setState(State::MailGiven);
    if (path.isNull())
        return send(ReplyId::SenderOk, {QByteArrayView()});
    send(ReplyId::SenderOk, {MailboxText(*path.mailbox).view()});
}

void ServerSession::onRcpt(const CommandView &cmd)
{
    if (m_heloName.isEmpty())
        return refuse(ReplyId::NeedHelo);
    if (!m_txn.reversePath)
        return refuse(ReplyId::NeedMail);
    const auto arg = splitPathArgumentView(cmd.argument, "TO:");
    if (!arg)
        return refuse(ReplyId::RcptSyntax);
    if (!arg->params.isEmpty())
        return refuse(ReplyId::ParameterNotRecognized, {arg->params.front().keyword.toByteArray().toUpper()});
    PathParse parsed = parsePath(arg->path, m_limits, false, m_txn.smtpUtf8, true);
    if (!parsed.path) {
        if (parsed.error == AddressError::NonAscii)
            return refuse(ReplyId::Utf8RecipientNeedsSmtputf8); // RFC 6531 §3.5: 553 5.6.7
        return refuse(ReplyId::BadRecipientAddress);
    }
    Mailbox rcpt = std::move(*parsed.path->mailbox);
    const MailboxText address(rcpt);
    if (m_txn.recipients.size() >= m_limits.maxRecipients)
        return send(ReplyId::TooManyRecipients); // 452, not 552 (§4.5.3.1.10)

    auto accept = [&](ReplyId id) {
        m_txn.recipients.append(std::move(rcpt));
        setState(State::RcptGiven);
        send(id, {address.view()});
    };
    auto reject = [&](ReplyId id) {
        ++m_txn.rejectedRecipients;
        refuse(id, {address.view()});
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
            note("server.relay-trick", {address.view().toByteArray()});
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

void ServerSession::onData(const CommandView &cmd)
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
    send(ReplyId::StartMailInput);
}

void ServerSession::onRset(const CommandView &cmd)
{
    if (!cmd.argument.isEmpty())
        return refuse(ReplyId::NoParameters, {"RSET"});
    resetTransaction();
    setState(m_heloName.isEmpty() ? State::Connected : State::Greeted);
    send(ReplyId::ResetOk);
}

void ServerSession::onNoop(const CommandView &)
{
    send(ReplyId::NoopOk); // "servers SHOULD ignore" the argument (§4.1.1.9)
}

void ServerSession::onQuit(const CommandView &cmd)
{
    if (!cmd.argument.isEmpty())
        return refuse(ReplyId::NoParameters, {"QUIT"});
    send(ReplyId::Bye, {m_policy.hostname()});
    close();
}

void ServerSession::onVrfy(const CommandView &cmd)
{
    if (cmd.argument.isEmpty())
        return refuse(ReplyId::VrfySyntax);
    // 252: neither confirm nor deny, so VRFY cannot harvest addresses (RFC 5321 §7.3).
    send(ReplyId::CannotVrfy);
}

void ServerSession::onHelp(const CommandView &)
{
    send(ReplyId::HelpText);
}

void ServerSession::onStartTls(const CommandView &cmd)
{
    if (!cmd.argument.isEmpty())
        return refuse(ReplyId::NoParameters, {"STARTTLS"});
    if (m_tls)
        return refuse(ReplyId::TlsAlreadyActive);
    if (!m_ext.startTls)
        return refuse(ReplyId::NotImplemented, {"STARTTLS"});
    if (!m_extended)
        return refuse(ReplyId::NeedEhlo);
    send(ReplyId::ReadyToStartTls);
    // Anything the client sent after STARTTLS in the same packet was sent in plaintext and
    // must not be executed once TLS is up (CVE-2011-0411, RFC 3207 §4.2).
    const qsizetype leftover = m_input.size() - m_pos;
    if (leftover > 0)
        note("server.starttls-discarded", {QByteArray::number(leftover)});
    m_input.clear();
    m_pos = 0;
    setState(State::TlsHandshake);
    pushEvent({SessionEvent::Kind::TlsStart, key("server.starttls"), {}, {}});
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
    send(ReplyId::IdleTimeout, {m_policy.hostname()});
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
    send(ReplyId::ShuttingDown, {m_policy.hostname()});
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
    e.extended = m_extended;
    e.declaredSize = m_txn.declaredSize;
    return e;
}

void ServerSession::send(ReplyId id, std::initializer_list<QByteArrayView> args,
                         std::span<const QByteArrayView> moreLines)
{
    QByteArray wire = writeReply(m_output, id, args, m_ext.enhancedStatusCodes, moreLines);
    pushEvent({SessionEvent::Kind::ReplySent, replyKey(id), replyEventArgs(id), std::move(wire)});
}

void ServerSession::send(const Reply &r)
{
    QByteArray wire = writeReply(m_output, r, m_ext.enhancedStatusCodes);
    pushEvent({SessionEvent::Kind::ReplySent, replyKey(r.id), {codeText(r.code), r.enhanced},
               std::move(wire)});
}

// Errors that are the client's fault count towards the per-session limit (see countsAsError).
bool ServerSession::countError(int code)
{
    if (!countsAsError(code) || ++m_errors <= m_limits.maxErrors)
        return false;
    // Too many errors: a confused or hostile client is cut off (Postfix's hard error limit).
    send(ReplyId::TooManyErrors, {m_policy.hostname()});
    close();
    return true;
}

void ServerSession::refuse(ReplyId id, std::initializer_list<QByteArrayView> args)
{
    if (!countError(replyCode(id)))
        send(id, args);
}

void ServerSession::refuse(const Reply &r)
{
    if (!countError(r.code))
        send(r);
}

void ServerSession::pushEvent(SessionEvent event)
{
    if (m_events.capacity() == 0)
        m_events.reserve(12); // one allocation per batch; 12 events (960 octets) stay within malloc's fast per-thread cache
    m_events.push_back(std::move(event));
}

void ServerSession::note(const char *noteKey, QByteArrayList args)
{
    pushEvent({SessionEvent::Kind::Note, key(noteKey), std::move(args), {}});
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
    pushEvent({SessionEvent::Kind::Closed, key("server.closed"), {}, {}});
}

} // namespace kurir::smtp
