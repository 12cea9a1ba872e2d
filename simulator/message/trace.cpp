#include "trace.h"

#include <QVarLengthArray>

#include <algorithm>

#include "inspect.h"
#include "messagedate.h"

namespace kurir::mail {
namespace {

constexpr qsizetype kFoldColumn = 78; // RFC 5322 §2.1.1: lines SHOULD stay within 78 characters
constexpr qsizetype kMaxToken = 255;  // a domain's limit (RFC 5321 §4.5.3.1.2); keeps lines < 998

bool isVisible(char c)
{
    const auto octet = static_cast<unsigned char>(c);
    return octet > 0x20 && octet < 0x7f;
}

// Keeps the visible ASCII of a value that came from the network (an EHLO argument, a
// reverse-DNS name); anything else could end the field or fold it in a misleading place.
QByteArray sanitizeToken(QByteArrayView text)
{
    QByteArray out;
    for (char c : text) {
        if (isVisible(c)) out += c;
    }
    return out.left(kMaxToken);
}

/// sanitizeToken() without a copy when the value is already clean, as it nearly always is:
/// a server stamps every message, so this runs once per hop of every message.
class Token
{
public:
    explicit Token(QByteArrayView text)
    {
        if (std::all_of(text.begin(), text.end(), isVisible)) {
            m_view = text.first(std::min(text.size(), kMaxToken));
        } else {
            m_owned = sanitizeToken(text);
            m_view = m_owned;
        }
    }
    Token(const Token &) = delete; // m_view may point into m_owned
    Token &operator=(const Token &) = delete;

    QByteArrayView view() const { return m_view; }
    bool isEmpty() const { return m_view.isEmpty(); }

private:
    QByteArray m_owned;
    QByteArrayView m_view;
};

QByteArrayView withoutAngles(QByteArrayView path)
{
    if (path.startsWith('<') && path.endsWith('>') && path.size() >= 2)
        path = path.sliced(1, path.size() - 2);
    return path;
}

// RFC 5321 §4.1.3: `[192.0.2.1]`, `[IPv6:2001:db8::1]`; as pieces, for FieldFolder::add().
struct AddressLiteral
{
    explicit AddressLiteral(QByteArrayView ip) : address(ip)
    {
        const QByteArrayView a = address.view();
        if (a.startsWith('[') && a.endsWith(']')) {
            open = close = {};
        } else if (a.contains(':') && !a.startsWith("IPv6:")) {
            open = "[IPv6:";
        }
    }

    Token address;
    QByteArrayView open = "[";
    QByteArrayView close = "]";
};

// `Kurir` and `(Kurir)` both give `Kurir`, to be written as `(Kurir)`; parentheses and
// backslashes inside are dropped so that the comment always closes where it should
// (RFC 5322 §3.2.2). `storage` holds the text when it had to be cleaned.
QByteArrayView softwareText(QByteArrayView software, QByteArray &storage)
{
    if (software.startsWith('(') && software.endsWith(')') && software.size() >= 2)
        software = software.sliced(1, software.size() - 2);
    const auto plain = [](char c) { return isVisible(c) && c != '(' && c != ')' && c != '\\'; };
    if (std::all_of(software.begin(), software.end(), plain))
        return software.first(std::min(software.size(), kMaxToken));
    for (char c : software) {
        const auto octet = static_cast<unsigned char>(c);
        if (octet >= 0x20 && octet < 0x7f && c != '(' && c != ')' && c != '\\') storage += c;
    }
    storage = storage.simplified().left(kMaxToken);
    return storage;
}

/// Writes tokens separated by spaces and folds (CRLF + TAB, RFC 5322 §2.2.3) before a token
/// that would pass the fold column, or where a clause is meant to start a line. A token is
/// given as pieces, so that "by " + host needs no string of its own.
class FieldFolder
{
public:
    explicit FieldFolder(QByteArrayView fieldName)
    {
        put(fieldName);
        put(":");
        m_column = m_out.size();
    }

    void add(std::initializer_list<QByteArrayView> pieces)
    {
        qsizetype size = 0;
        for (QByteArrayView piece : pieces)
            size += piece.size();
        if (size == 0) return;
        // Fold only after a token on this line: the first token after the field name or
        // after a fold stays put however long it is.
        if (!m_atLineStart && m_lineHasToken && m_column + 1 + size > kFoldColumn)
            breakLine();
        if (!m_atLineStart) {
            put(" ");
            ++m_column;
        }
        for (QByteArrayView piece : pieces)
            put(piece);
        m_column += size;
        m_atLineStart = false;
        m_lineHasToken = true;
    }

    void breakLine()
    {
        put("\r\n\t");
        m_column = 1;
        m_atLineStart = true;
        m_lineHasToken = false;
    }

    void appendToLastToken(char c)
    {
        m_out.append(c);
        ++m_column;
    }

    QByteArray finish()
    {
        put("\r\n");
        // One allocation of the exact size: a message keeps its Received fields as long as
        // the trace lives, and every relay of a bulk run stamps one.
        return QByteArray(m_out.constData(), m_out.size());
    }

private:
    void put(QByteArrayView piece) { m_out.append(piece.data(), piece.size()); }

    QVarLengthArray<char, 512> m_out;
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
    const Token helo(info.heloName);
    const Token rdns(info.peerHostName);
    const bool hasPeer = !info.peerAddress.isEmpty();
    const bool hasFrom = !helo.isEmpty() || hasPeer;
    if (hasFrom) {
        const AddressLiteral literal(info.peerAddress);
        const QByteArrayView address = literal.address.view();
        if (!helo.isEmpty()) {
            field.add({"from ", helo.view()});
            if (hasPeer && !rdns.isEmpty()) {
                field.add({"(", rdns.view()});
                field.add({literal.open, address, literal.close, ")"});
            } else if (hasPeer) {
                field.add({"(", literal.open, address, literal.close, ")"});
            }
        } else {
            field.add({"from ", literal.open, address, literal.close});
            if (!rdns.isEmpty()) {
                field.add({"(", rdns.view()});
                field.add({literal.open, address, literal.close, ")"});
            }
        }
        field.breakLine();
    }

    // A clause's keyword stays on the line of its value.
    field.add({"by ", Token(info.byHost).view()});
    QByteArray softwareStorage;
    if (const QByteArrayView software = softwareText(info.software, softwareStorage); !software.isEmpty())
        field.add({"(", software, ")"});
    if (const Token protocol(info.protocol); !protocol.isEmpty()) {
        field.add({"with ", protocol.view()});
    }
    if (const Token id(info.id); !id.isEmpty()) {
        field.add({"id ", id.view()});
    }

    // The date follows the FOR clause on its line, or gets its own line, as Postfix does.
    const QByteArray date = info.clock ? formatMessageDate(info.clock->msecsSinceEpoch, info.clock->offsetSeconds)
                                       : formatMessageDate(info.time);
    if (const Token recipient(withoutAngles(info.forRecipient)); !recipient.isEmpty()) {
        field.breakLine();
        field.add({"for <", recipient.view(), ">;"});
        field.add({date});
    } else {
        field.appendToLastToken(';');
        if (!date.isEmpty()) // never leave a continuation line of whitespace only
            field.breakLine();
        field.add({date});
    }
    return field.finish();
}

QByteArray returnPathHeader(QByteArrayView reversePath)
{
    const Token path(withoutAngles(reversePath));
    QByteArray out;
    out.reserve(path.view().size() + 17);
    out += "Return-Path: <";
    out += path.view();
    out += ">\r\n";
    return out;
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
