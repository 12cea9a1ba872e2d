#include "replyparser.h"

#include <array>
#include <cstring>

#include "linehash.h"

namespace kurir::smtp {
namespace {

// A reply line may be 512 octets (RFC 5321 §4.5.3.1.5); real servers stay well below. We
// allow eight times that before calling the peer hostile, so a server that never sends CRLF
// cannot make the client buffer without limit.
constexpr qsizetype kMaxLine = 4096;
// All lines of one multi-line reply together (an EHLO reply is a few hundred octets).
constexpr qsizetype kMaxReply = 64 * 1024;
// Compact the buffer once this much of it has been parsed.
constexpr qsizetype kCompactAfter = 4096;

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// subject / detail = "0" / (%x31-39 0*2DIGIT)  (RFC 3463 §2): one to three digits, no
// leading zero. Returns the number of octets consumed, 0 when there is no such number.
qsizetype statusNumber(QByteArrayView text, qsizetype from)
{
    if (from >= text.size() || !isDigit(text[from]))
        return 0;
    if (text[from] == '0')
        return 1;
    qsizetype n = 1;
    while (n < 3 && from + n < text.size() && isDigit(text[from + n]))
        ++n;
    return n;
}

// Single-line replies a client has read lately, by their raw line. A bulk run reads the
// same few hundred lines ("250 2.1.5 Ok", a server's greeting) hundreds of thousands of
// times; a line found here is taken whole, its parts shared, with nothing allocated.
struct CachedLine
{
    size_t hash = 0;
    QByteArray wire;
    Reply reply;
};

CachedLine &cachedLine(size_t hash)
{
    thread_local std::array<CachedLine, 512> cache;
    return cache[(hash >> 7) % cache.size()];
}

// Multi-line replies likewise (a server's EHLO reply, the same each time), by their raw
// octets, CRLFs and all.
struct CachedReply
{
    size_t hash = 0;
    QByteArray raw;
    QByteArray wire;
    Reply reply;
};

CachedReply &cachedReply(size_t hash)
{
    thread_local std::array<CachedReply, 64> cache;
    return cache[(hash >> 7) % cache.size()];
}

} // namespace

void ReplyParser::feed(QByteArrayView bytes)
{
    if (m_error || bytes.isEmpty())
        return;

    // Drop what next() has consumed before the buffer grows again.
    if (m_pos > 0 && (m_pos == m_buffer.size() || m_pos >= kCompactAfter)) {
        m_buffer.remove(0, m_pos);
        m_scan = qMax<qsizetype>(0, m_scan - m_pos);
        m_tailStart = qMax<qsizetype>(0, m_tailStart - m_pos);
        m_pos = 0;
    }

    const qsizetype oldSize = m_buffer.size();
    m_buffer.append(bytes);

    // Bound the unterminated tail now rather than in next(), so a hostile peer is caught even
    // when the driver feeds several chunks before asking for replies. Scan back from the end
    // (a chunk normally ends with CRLF, so this stops at once); start one octet early, as the
    // CR of a CRLF may have ended the previous chunk.
    const char *data = m_buffer.constData();
    const qsizetype searchFrom = qMax(m_tailStart, qMax<qsizetype>(0, oldSize - 1));
    for (qsizetype i = m_buffer.size() - 1; i > searchFrom; --i) {
        if (data[i] == '\n' && data[i - 1] == '\r') {
            m_tailStart = i + 1;
            break;
        }
    }
    if (m_buffer.size() - qMax(m_tailStart, m_pos) > kMaxLine)
        fail();
}

// A multi-line reply that is whole in the buffer and was read before, taken at once.
std::optional<Reply> ReplyParser::takeKnownMultiLine()
{
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    if (size - m_pos < 4 || data[m_pos + 3] != '-')
        return std::nullopt;
    qsizetype pos = m_pos;
    qsizetype end = -1;
    while (end < 0) {
        const void *lf = std::memchr(data + pos, '\n', size_t(size - pos));
        if (!lf)
            return std::nullopt; // not all there yet
        const qsizetype at = static_cast<const char *>(lf) - data;
        if (at == pos || data[at - 1] != '\r' || at - pos > kMaxLine)
            return std::nullopt; // a bare LF or an odd line: read it line by line
        if (at - 1 - pos < 4 || data[pos + 3] != '-')
            end = at - 1;
        pos = at + 1;
    }
    const QByteArrayView raw(data + m_pos, end - m_pos);
    const size_t hash = lineHash(raw);
    const CachedReply &hit = cachedReply(hash);
    if (hit.hash != hash || hit.raw != raw)
        return std::nullopt;
    m_pos = m_scan = end + 2;
    m_wire = hit.wire;
    return hit.reply;
}

std::optional<Reply> ReplyParser::next()
{
    qsizetype replyStart = -1; // where the reply being read began, when in this call
    while (!m_error) {
        if (!m_inReply) {
            if (std::optional<Reply> known = takeKnownMultiLine())
                return known;
            replyStart = m_pos;
        }
        // Look for LF and check the CR before it: memchr is far cheaper than a two-octet
        // substring search, and a bare LF is simply part of the line (§2.3.8).
        const char *data = m_buffer.constData();
        qsizetype end = -1;
        while (m_scan < m_buffer.size()) {
            const void *lf = std::memchr(data + m_scan, '\n', size_t(m_buffer.size() - m_scan));
            if (!lf) {
                m_scan = m_buffer.size();
                break;
            }
            const qsizetype at = static_cast<const char *>(lf) - data;
            m_scan = at + 1;
            if (at > m_pos && data[at - 1] == '\r') {
                end = at - 1;
                break;
            }
        }
        if (end < 0)
            return std::nullopt;
        const QByteArrayView line(data + m_pos, end - m_pos);
        m_pos = end + 2;
        m_scan = m_pos;
        if (!takeLine(line)) {
            fail();
            return std::nullopt;
        }
        if (!m_inReply) {
            if (replyStart >= 0 && m_partial.lines.size() > 1) {
                const QByteArrayView raw(data + replyStart, end - replyStart);
                const size_t hash = lineHash(raw);
                cachedReply(hash) = {hash, raw.toByteArray(), m_wire, m_partial};
            }
            Reply done = std::move(m_partial);
            m_partial = Reply();
            return done;
        }
    }
    return std::nullopt;
}

// Reply-line = *( Reply-code "-" [ textstring ] CRLF ) Reply-code [ SP textstring ] CRLF
// with Reply-code = %x32-35 %x30-35 %x30-39 (RFC 5321 §4.2). Only CRLF ends a line (§2.3.8):
// a bare LF or CR inside is kept as part of the text.
bool ReplyParser::takeLine(QByteArrayView line)
{
    if (line.size() < 3 || line.size() > kMaxLine)
        return false;
    const bool single = !m_inReply && (line.size() == 3 || line[3] == ' ');
    size_t hash = 0;
    if (single) {
        hash = lineHash(line);
        const CachedLine &hit = cachedLine(hash);
        if (hit.hash == hash && hit.wire == line) {
            m_wire = hit.wire;
            m_partial = hit.reply;
            return true; // a complete reply, as the first time this line was read
        }
    }
    const char c0 = line[0], c1 = line[1], c2 = line[2];
    if (c0 < '2' || c0 > '5' || c1 < '0' || c1 > '5' || !isDigit(c2))
        return false;
    const int code = (c0 - '0') * 100 + (c1 - '0') * 10 + (c2 - '0');

    bool last = true;
    QByteArrayView text;
    if (line.size() > 3) {
        // §4.2: a client must accept the bare code, with or without the trailing space.
        if (line[3] == '-')
            last = false;
        else if (line[3] != ' ')
            return false;
        text = line.sliced(4);
    }

    if (m_inReply) {
        // Every line of one reply carries the same code (§4.2.1 example, and anything else
        // would make the reply ambiguous).
        if (code != m_partial.code)
            return false;
        if (m_wire.size() + line.size() + 1 > kMaxReply)
            return false;
        m_wire += '\n';
        m_wire += line;
    } else {
        m_partial.code = code;
        // Most replies have one line; a multi-line one (EHLO) gets room for its lines at once.
        m_partial.lines.reserve(last ? 1 : 8);
        if (last) {
            m_wire = line.toByteArray();
        } else {
            m_wire = QByteArray();
            m_wire.reserve(256);
            m_wire += line;
        }
        m_inReply = true;
    }

    // A line whose enhanced code differs from the reply's first one keeps it in its text, so
    // nothing the server said is lost.
    if (splitEnhanced(code, text, nullptr, nullptr)) {
        const qsizetype space = text.indexOf(' '); // the code holds none: it ends there
        const QByteArrayView enhanced = space < 0 ? text : text.first(space);
        if (m_partial.enhanced.isEmpty() || m_partial.enhanced == enhanced) {
            if (m_partial.enhanced.isEmpty()) {
                // Successive replies often carry the same code (2.1.5 for every RCPT): share it.
                if (m_lastEnhanced != enhanced)
                    m_lastEnhanced = enhanced.toByteArray();
                m_partial.enhanced = m_lastEnhanced;
            }
            m_partial.lines.append(space < 0 ? QByteArray() : text.sliced(space + 1).toByteArray());
            if (last)
                m_inReply = false;
            if (single)
                cachedLine(hash) = {hash, m_wire, m_partial};
            return true;
        }
    }
    m_partial.lines.append(text.toByteArray());

    if (last)
        m_inReply = false;
    if (single)
        cachedLine(hash) = {hash, m_wire, m_partial};
    return true;
}

void ReplyParser::fail()
{
    m_error = true;
    m_buffer.clear();
    m_pos = m_scan = m_tailStart = 0;
    m_partial = Reply();
    m_inReply = false;
}

void ReplyParser::discardBuffered()
{
    m_buffer.clear();
    m_pos = m_scan = m_tailStart = 0;
    m_partial = Reply();
    m_inReply = false;
}

// status-code = class "." subject "." detail, class = "2" / "4" / "5" (RFC 3463 §2), and
// RFC 2034 §4 puts it first in the text, followed by a space (or nothing).
bool ReplyParser::splitEnhanced(int code, QByteArrayView text, QByteArray *enhanced,
                                QByteArray *rest)
{
    const char cls = char('0' + code / 100);
    if (text.size() < 5 || (cls != '2' && cls != '4' && cls != '5') || text[0] != cls
        || text[1] != '.')
        return false;
    qsizetype pos = 2;
    const qsizetype subject = statusNumber(text, pos);
    if (subject == 0)
        return false;
    pos += subject;
    if (pos >= text.size() || text[pos] != '.')
        return false;
    ++pos;
    const qsizetype detail = statusNumber(text, pos);
    if (detail == 0)
        return false;
    pos += detail;
    if (pos < text.size() && text[pos] != ' ')
        return false;
    if (enhanced)
        *enhanced = text.first(pos).toByteArray();
    if (rest)
        *rest = pos < text.size() ? text.sliced(pos + 1).toByteArray() : QByteArray();
    return true;
}

} // namespace kurir::smtp
