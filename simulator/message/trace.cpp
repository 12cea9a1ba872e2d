#include "trace.h"

#include "inspect.h"
#include "messagedate.h"

namespace kurir::mail {
namespace {

constexpr qsizetype kFoldColumn = 78; // RFC 5322 §2.1.1: lines SHOULD stay within 78 characters
constexpr qsizetype kMaxToken = 255;  // a domain's limit (RFC 5321 §4.5.3.1.2); keeps lines < 998

// Keeps the visible ASCII of a value that came from the network (an EHLO argument, a
// reverse-DNS name); anything else could end the field or fold it in a misleading place.
QByteArray sanitizeToken(QByteArrayView text)
{
    QByteArray out;
    for (char c : text) {
        const auto octet = static_cast<unsigned char>(c);
        if (octet > 0x20 && octet < 0x7f) out += c;
    }
    return out.left(kMaxToken);
}

QByteArray withoutAngles(QByteArrayView path)
{
    if (path.startsWith('<') && path.endsWith('>') && path.size() >= 2)
        path = path.sliced(1, path.size() - 2);
    return path.toByteArray();
}

// RFC 5321 §4.1.3: `[192.0.2.1]`, `[IPv6:2001:db8::1]`.
QByteArray addressLiteral(QByteArrayView ip)
{
    QByteArray address = sanitizeToken(ip);
    if (address.startsWith('[') && address.endsWith(']')) return address;
    if (address.contains(':') && !address.startsWith("IPv6:")) address.prepend("IPv6:");
    return '[' + address + ']';
}

// `Kurir` and `(Kurir)` both give `(Kurir)`; parentheses and backslashes inside are dropped
// so that the comment always closes where it should (RFC 5322 §3.2.2).
QByteArray softwareComment(QByteArrayView software)
{
    if (software.startsWith('(') && software.endsWith(')') && software.size() >= 2)
        software = software.sliced(1, software.size() - 2);
    QByteArray text;
    for (char c : software) {
        const auto octet = static_cast<unsigned char>(c);
        if (octet >= 0x20 && octet < 0x7f && c != '(' && c != ')' && c != '\\') text += c;
    }
    text = text.simplified().left(kMaxToken);
    return text.isEmpty() ? QByteArray() : '(' + text + ')';
}

/// Writes tokens separated by spaces and folds (CRLF + TAB, RFC 5322 §2.2.3) before a token
/// that would pass the fold column, or where a clause is meant to start a line.
class FieldFolder
{
public:
    explicit FieldFolder(QByteArrayView fieldName)
        : m_out(fieldName.toByteArray() + ':'), m_column(m_out.size())
    {
    }

    void add(QByteArrayView token)
    {
        if (token.isEmpty()) return;
        // Fold only after a token on this line: the first token after the field name or
        // after a fold stays put however long it is.
        if (!m_atLineStart && m_lineHasToken && m_column + 1 + token.size() > kFoldColumn)
            breakLine();
        if (!m_atLineStart) {
            m_out += ' ';
            ++m_column;
        }
        m_out += token;
        m_column += token.size();
        m_atLineStart = false;
        m_lineHasToken = true;
    }

    void breakLine()
    {
        m_out += "\r\n\t";
        m_column = 1;
        m_atLineStart = true;
        m_lineHasToken = false;
    }

    void appendToLastToken(char c)
    {
        m_out += c;
        ++m_column;
    }

    QByteArray finish() { return m_out + "\r\n"; }

private:
    QByteArray m_out;
    qsizetype m_column = 0;
    bool m_atLineStart = false;
    bool m_lineHasToken = false; ///< false while a line holds only the field name or the TAB
};

} // namespace

QByteArray receivedHeader(const ReceivedInfo &info)
{
    FieldFolder field("Received");

    // From-domain = "FROM" FWS Extended-Domain, with TCP-info in a comment (RFC 5321 §4.4):
    // the EHLO name as claimed, then the reverse-DNS name and address as seen.
    const QByteArray helo = sanitizeToken(info.heloName);
    const QByteArray rdns = sanitizeToken(info.peerHostName);
    const bool hasPeer = !info.peerAddress.isEmpty();
    const bool hasFrom = !helo.isEmpty() || hasPeer;
    if (hasFrom) {
        if (!helo.isEmpty()) {
            field.add("from " + helo);
            if (hasPeer && !rdns.isEmpty()) {
                field.add('(' + rdns);
                field.add(addressLiteral(info.peerAddress) + ')');
            } else if (hasPeer) {
                field.add('(' + addressLiteral(info.peerAddress) + ')');
            }
        } else {
            field.add("from " + addressLiteral(info.peerAddress));
            if (!rdns.isEmpty()) {
                field.add('(' + rdns);
                field.add(addressLiteral(info.peerAddress) + ')');
            }
        }
        field.breakLine();
    }

    // A clause's keyword stays on the line of its value.
    field.add("by " + sanitizeToken(info.byHost));
    field.add(softwareComment(info.software));
    if (const QByteArray protocol = sanitizeToken(info.protocol); !protocol.isEmpty()) {
        field.add("with " + protocol);
    }
    if (const QByteArray id = sanitizeToken(info.id); !id.isEmpty()) {
        field.add("id " + id);
    }

    // The date follows the FOR clause on its line, or gets its own line, as Postfix does.
    const QByteArray date = formatMessageDate(info.time);
    if (const QByteArray recipient = sanitizeToken(withoutAngles(info.forRecipient));
        !recipient.isEmpty()) {
        field.breakLine();
        field.add("for <" + recipient + ">;");
        field.add(date);
    } else {
        field.appendToLastToken(';');
        if (!date.isEmpty()) // never leave a continuation line of whitespace only
            field.breakLine();
        field.add(date);
    }
    return field.finish();
}

QByteArray returnPathHeader(QByteArrayView reversePath)
{
    return "Return-Path: <" + sanitizeToken(withoutAngles(reversePath)) + ">\r\n";
}

QByteArray prependHeader(const QByteArray &message, const QByteArray &headerLine)
{
    QByteArray line = headerLine;
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty()) return message;
    return line + "\r\n" + message;
}

int countReceived(const QByteArray &message)
{
    int count = 0;
    const QList<QByteArray> lines = headerSection(message).split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty() || line.front() == ' ' || line.front() == '\t')
            continue; // a continuation line of a folded field
        const qsizetype colon = line.indexOf(':');
        if (colon < 0) continue;
        // RFC 5322 §4.5 obs-optional allows whitespace before the colon.
        if (line.first(colon).trimmed().compare("Received", Qt::CaseInsensitive) == 0) ++count;
    }
    return count;
}

} // namespace kurir::mail
