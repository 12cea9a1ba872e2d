// DATA for ServerSession: reading the message, and answering its end.
#include "serversession.h"

#include "serversessionutil.h"

namespace kurir::smtp {

using detail::key;
using detail::kDataFlushThreshold;

// DATA mode. Lines end only at CRLF (RFC 5321 §2.3.8); the data ends only at a line that is
// exactly "." after a CRLF (§4.1.1.4). A bare CR or LF, or a NUL, is remembered and answered
// once, after the real terminator: never earlier, so bytes after a fake terminator such as
// "\n.\n" are never read as commands (SMTP smuggling, SMTP-NOTES §2.1).
bool ServerSession::processData()
{
    const char *base = m_input.constData();
    const qsizetype size = m_input.size();
    // Runs of ordinary lines are appended to the message in one piece; only lines that need
    // a closer look (a leading dot, headers, a bare CR/LF or NUL, a long line) go one by one.
    qsizetype runStart = -1;
    auto flushRun = [&](qsizetype upTo) {
        if (runStart >= 0 && upTo > runStart)
            m_data.content.append(QByteArrayView(base + runStart, upTo - runStart));
        runStart = -1;
    };
    qsizetype scan = m_pos;
    // The first NUL at or after m_pos, searched once for the whole buffer rather than once per
    // line (there is normally none).
    qsizetype nextNul = -1;
    auto nulBefore = [&](qsizetype end) {
        if (nextNul < m_pos) {
            const void *hit = std::memchr(base + m_pos, '\0', size_t(size - m_pos));
            nextNul = hit ? static_cast<const char *>(hit) - base : size;
        }
        return nextNul < end;
    };
    for (;;) {
        const auto *nl = static_cast<const char *>(std::memchr(base + scan, '\n', size_t(size - scan)));
        if (!nl)
            break;
        const qsizetype lf = nl - base;
        if (lf == m_pos || base[lf - 1] != '\r') {
            scan = lf + 1; // a bare LF is part of the line, never its end (RFC 5321 §2.3.8)
            continue;
        }
        const QByteArrayView line(base + m_pos, lf - 1 - m_pos);
        const bool bareLf = scan != m_pos; // the search above stepped over an LF in this line
        if (!m_data.lineFlushed && line.size() == 1 && line[0] == '.') {
            flushRun(m_pos);
            m_pos = lf + 1;
            endOfData();
            return true;
        }
        const bool ordinary = !m_data.lineFlushed && !m_data.inHeaders &&
                              (line.isEmpty() || line[0] != '.') && line.size() + 2 <= m_limits.textLine &&
                              !bareLf && !nulBefore(lf) &&
                              !std::memchr(line.data(), '\r', size_t(line.size()));
        if (ordinary) {
            m_data.size += line.size() + 2;
            if (m_limits.maxMessageSize > 0 && m_data.size > m_limits.maxMessageSize && !m_data.tooBig) {
                m_data.tooBig = true;
                runStart = -1;
                m_data.content = QByteArray(); // keep reading to the terminator, keep nothing
            } else if (!m_data.tooBig && runStart < 0) {
                runStart = m_pos;
            }
        } else {
            flushRun(m_pos);
            finishDataLine(QByteArrayView(line.data(), line.size() + 2), true); // with its CRLF
        }
        m_pos = lf + 1;
        scan = m_pos;
    }
    flushRun(m_pos);
    // No complete line left: what cannot be part of a terminator moves into the message, so a
    // line of any length is read in bounded memory.
    qsizetype available = size - m_pos;
    if (available > 0 && m_input.endsWith('\r'))
        --available; // may be the CR of a CRLF split across two reads
    if (available > kDataFlushThreshold) {
        finishDataLine(QByteArrayView(m_input).sliced(m_pos, available), false);
        m_pos += available;
    }
    return false;
}

// `part` is a whole line with its CRLF when `complete`, else the start of a long line.
void ServerSession::finishDataLine(QByteArrayView part, bool complete)
{
    const bool lineStart = !m_data.lineFlushed;
    QByteArrayView text = complete ? part.chopped(2) : part;
    if (lineStart && text.startsWith('.'))
        text = text.sliced(1); // transparency: the sender doubled a leading dot (§4.5.2)
    auto holds = [&text](char c) {
        return !text.isEmpty() && std::memchr(text.data(), c, size_t(text.size())) != nullptr;
    };
    if (holds('\0'))
        m_data.nul = true;
    if (holds('\r') || holds('\n'))
        m_data.bareLineEnd = true;
    if (lineStart && m_data.inHeaders) {
        if (text.isEmpty() && complete)
            m_data.inHeaders = false;
        else if (text.size() >= 9 && text.first(9).compare("Received:", Qt::CaseInsensitive) == 0)
            ++m_data.receivedHeaders;
    }
    m_data.lineLength += text.size();
    m_data.size += text.size() + (complete ? 2 : 0);
    if (m_limits.maxMessageSize > 0 && m_data.size > m_limits.maxMessageSize && !m_data.tooBig) {
        m_data.tooBig = true;
        m_data.content = QByteArray(); // keep reading to the terminator, keep nothing
    }
    if (!m_data.tooBig) // the text and, for a whole line, its CRLF in one append
        m_data.content.append(complete ? QByteArrayView(text.data(), text.size() + 2) : text);
    if (complete) {
        // RFC 5321 §4.5.3.1.6 allows refusing longer lines; §4.5.3.1 also says to be liberal,
        // so Kurir keeps them (never replies mid-data) and notes it once for the narration.
        if (m_data.lineLength + 2 > m_limits.textLine && !m_data.longLine) {
            m_data.longLine = true;
            note("server.long-text-line", {QByteArray::number(m_data.lineLength + 2)});
        }
        m_data.lineLength = 0;
        m_data.lineFlushed = false;
    } else {
        m_data.lineFlushed = true;
    }
}

void ServerSession::endOfData()
{
    std::optional<ReplyId> refusal;
    if (m_data.nul)
        refusal = ReplyId::NulInData;
    else if (m_data.bareLineEnd)
        refusal = ReplyId::BareLineEndInData;
    else if (m_data.tooBig)
        refusal = ReplyId::MessageTooBig;
    else if (m_data.receivedHeaders > m_limits.maxReceivedHeaders)
        refusal = ReplyId::MailLoop; // RFC 5321 §6.3
    if (refusal) {
        m_data = DataScan{};
        return finishMessage(reply(*refusal));
    }
    if (auto imposed = m_policy.overrideReply("."); imposed && !imposed->isPositive()) {
        m_data = DataScan{};
        return finishMessage(*imposed);
    }
    pushEvent({SessionEvent::Kind::DataReceived, key("server.data"),
               {eventNumber(m_data.size)}, m_data.content});
    pushEvent({SessionEvent::Kind::MessageReady, key("server.message-ready"), {}, {}});
    setState(State::AwaitingDecision);
    const QByteArray content = std::exchange(m_data.content, {});
    m_data = DataScan{};
    const ServerPolicy::Decision decision = m_policy.acceptMessage(envelope(), content);
    if (!decision.pending)
        finishMessage(decision.reply);
}

void ServerSession::finishMessage(const Reply &r)
{
    // After the reply to the end of data the transaction is over, whatever it said.
    resetTransaction();
    setState(State::Greeted);
    if (r.isPositive())
        send(r);
    else
        refuse(r);
    if (m_shutdownPending && m_state != State::Closed) {
        send(ReplyId::ShuttingDown, {m_policy.hostname()});
        close();
    }
}

void ServerSession::completeMessage(const Reply &r)
{
    if (m_state != State::AwaitingDecision)
        return;
    finishMessage(r);
    process(); // commands pipelined behind the message waited for this reply
}

} // namespace kurir::smtp
