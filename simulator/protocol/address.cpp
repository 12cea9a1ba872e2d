#include "address.h"

#include <cstring>

namespace kurir::smtp {
namespace {

bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isHigh(char c) { return static_cast<unsigned char>(c) >= 0x80; }

// atext, RFC 5322 §3.2.3, as RFC 5321 §4.1.2 uses it for Dot-string.
bool isAtext(char c, bool utf8)
{
    if (isAlpha(c) || isDigit(c))
        return true;
    if (utf8 && isHigh(c))
        return true; // RFC 6531 §3.3: atext =/ UTF8-non-ascii
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+': case '-':
    case '/': case '=': case '?': case '^': case '_': case '`': case '{': case '|': case '}':
    case '~':
        return true;
    default:
        return false;
    }
}

// Dot-string = Atom *("." Atom)
bool isDotString(QByteArrayView s, bool utf8)
{
    if (s.isEmpty() || s.front() == '.' || s.back() == '.')
        return false;
    char prev = 0;
    for (char c : s) {
        if (c == '.') {
            if (prev == '.')
                return false;
        } else if (!isAtext(c, utf8)) {
            return false;
        }
        prev = c;
    }
    return true;
}

// Quoted-string = DQUOTE *QcontentSMTP DQUOTE (RFC 5321 §4.1.2)
bool isQuotedString(QByteArrayView s, bool utf8)
{
    if (s.size() < 2 || s.front() != '"' || s.back() != '"')
        return false;
    for (qsizetype i = 1; i + 1 < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == '\\') {
            if (i + 2 >= s.size())
                return false;
            const auto q = static_cast<unsigned char>(s[++i]);
            if (q < 32 || q > 126)
                return false;
        } else if (c == '"' || c < 32 || c == 127 || (c >= 0x80 && !utf8)) {
            return false;
        }
    }
    return true;
}

bool isLetDig(char c, bool utf8) { return isAlpha(c) || isDigit(c) || (utf8 && isHigh(c)); }

bool isIpv4(QByteArrayView s)
{
    int parts = 0;
    qsizetype i = 0;
    while (i <= s.size()) {
        qsizetype j = i;
        while (j < s.size() && isDigit(s[j]))
            ++j;
        if (j == i || j - i > 3 || s.sliced(i, j - i).toInt() > 255)
            return false;
        ++parts;
        if (j == s.size())
            break;
        if (s[j] != '.')
            return false;
        i = j + 1;
    }
    return parts == 4;
}

// IPv6-addr (RFC 5321 §4.1.3): eight 16-bit hex groups, or fewer with one "::", the last
// two groups optionally written as an IPv4 address.
bool isIpv6(QByteArrayView s)
{
    const qsizetype compressed = s.indexOf("::");
    if (compressed >= 0 && s.indexOf("::", compressed + 1) >= 0)
        return false; // "::" at most once
    int groups = 0;
    qsizetype i = 0;
    if (compressed == 0)
        i = 2;
    while (i < s.size()) {
        qsizetype j = i;
        while (j < s.size() && s[j] != ':')
            ++j;
        const QByteArrayView group = s.sliced(i, j - i);
        if (group.contains('.')) {
            if (j != s.size() || !isIpv4(group))
                return false; // an IPv4 tail must come last
            groups += 2;
        } else {
            if (group.isEmpty() || group.size() > 4)
                return false;
            for (char c : group)
                if (!isDigit(c) && !((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
                    return false;
            ++groups;
        }
        if (j == s.size())
            break;
        // Skip one ':', or the '::' where the zeros were left out.
        i = (j == compressed) ? j + 2 : j + 1;
        if (i == s.size() && j != compressed)
            return false; // a trailing single ':'
    }
    return compressed >= 0 ? groups < 8 : groups == 8;
}

// address-literal = "[" ( IPv4 / IPv6 / General-address-literal ) "]" (RFC 5321 §4.1.3)
bool isAddressLiteral(QByteArrayView s)
{
    if (s.size() < 3 || s.front() != '[' || s.back() != ']')
        return false;
    const QByteArrayView inner = s.sliced(1, s.size() - 2);
    if (isIpv4(inner))
        return true;
    if (inner.size() > 5 && inner.first(5).compare("IPv6:", Qt::CaseInsensitive) == 0)
        return isIpv6(inner.sliced(5));
    const qsizetype colon = inner.indexOf(':');
    if (colon <= 0 || colon + 1 >= inner.size())
        return false;
    for (char c : inner.first(colon))
        if (!isAlpha(c) && !isDigit(c) && c != '-')
            return false;
    for (char c : inner.sliced(colon + 1)) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 33 || u > 126 || c == '[' || c == '\\' || c == ']')
            return false;
    }
    return true;
}

} // namespace

bool Mailbox::isPostmaster() const
{
    return localPart.compare("postmaster", Qt::CaseInsensitive) == 0;
}

bool isValidDomain(QByteArrayView domain, bool allowUtf8)
{
    if (domain.isEmpty() || domain.size() > 255)
        return false;
    if (hasEightBit(domain) && (!allowUtf8 || !domain.isValidUtf8()))
        return false; // U-labels must be well-formed UTF-8 (RFC 6531 §3.3)
    // sub-domain = Let-dig [Ldh-str]: no empty label (so no trailing dot), no hyphen at
    // either end, at most 63 octets (RFC 1035 §2.3.4). One pass: each octet is checked as it
    // comes, each label when its end is reached.
    qsizetype labelStart = 0;
    for (qsizetype i = 0; i <= domain.size(); ++i) {
        if (i < domain.size() && domain[i] != '.') {
            const char c = domain[i];
            if (!isLetDig(c, allowUtf8) && (c != '-' || i == labelStart))
                return false;
            continue;
        }
        const qsizetype length = i - labelStart;
        if (length == 0 || length > 63 || domain[i - 1] == '-')
            return false;
        labelStart = i + 1;
    }
    return true;
}

bool isValidDomainOrLiteral(QByteArrayView text)
{
    return isValidDomain(text) || isAddressLiteral(text);
}

bool hasLineBreakOrNul(QByteArrayView text)
{
    for (char c : text)
        if (c == '\r' || c == '\n' || c == '\0')
            return true;
    return false;
}

bool hasAsciiUpper(QByteArrayView text)
{
    for (const char c : text)
        if (c >= 'A' && c <= 'Z')
            return true;
    return false;
}

QByteArray asciiLower(const QByteArray &text)
{
    return hasAsciiUpper(text) ? text.toLower() : text;
}

bool hasEightBit(QByteArrayView text)
{
    // Eight octets at a time: every command line and address passes through here.
    quint64 acc = 0;
    qsizetype i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        quint64 word;
        std::memcpy(&word, text.data() + i, 8);
        acc |= word;
    }
    for (; i < text.size(); ++i)
        acc |= quint8(text[i]);
    return (acc & 0x8080808080808080ull) != 0;
}

namespace {

struct MailboxParse
{
    std::optional<Mailbox> mailbox;
    AddressError error = AddressError::None;
};

/// Checks `local@domain`; on success `*at` is the position of the '@' that splits it.
AddressError checkMailbox(QByteArrayView text, const Limits &limits, bool allowUtf8, qsizetype *at)
{
    if (hasEightBit(text) && (!allowUtf8 || !text.isValidUtf8()))
        return allowUtf8 ? AddressError::Syntax : AddressError::NonAscii;
    // The local part may be a quoted string holding '@', so the domain starts after the last '@'.
    *at = text.lastIndexOf('@');
    if (*at <= 0 || *at + 1 >= text.size())
        return AddressError::Syntax;
    const QByteArrayView local = text.first(*at);
    const QByteArrayView domain = text.sliced(*at + 1);
    if (!isDotString(local, allowUtf8) && !isQuotedString(local, allowUtf8))
        return AddressError::Syntax;
    if (!isValidDomain(domain, allowUtf8) && !isAddressLiteral(domain))
        return AddressError::Syntax;
    if (local.size() > limits.localPart || domain.size() > limits.domain)
        return AddressError::TooLong;
    return AddressError::None;
}

MailboxParse parseMailboxChecked(QByteArrayView text, const Limits &limits, bool allowUtf8)
{
    qsizetype at = -1;
    const AddressError error = checkMailbox(text, limits, allowUtf8, &at);
    if (error != AddressError::None)
        return {std::nullopt, error};
    return {Mailbox{text.first(at).toByteArray(), text.sliced(at + 1).toByteArray()}, AddressError::None};
}

} // namespace

std::optional<Mailbox> parseMailbox(QByteArrayView text, bool allowUtf8)
{
    return parseMailboxChecked(text, Limits{}, allowUtf8).mailbox;
}

bool isValidMailbox(QByteArrayView text, bool allowUtf8)
{
    qsizetype at = -1;
    return checkMailbox(text, Limits{}, allowUtf8, &at) == AddressError::None;
}

PathParse parsePath(QByteArrayView text, const Limits &limits, bool allowNull, bool allowUtf8,
                    bool allowBarePostmaster)
{
    if (text.size() < 2 || text.front() != '<' || text.back() != '>')
        return {std::nullopt, AddressError::Syntax};
    if (!allowUtf8 && hasEightBit(text))
        return {std::nullopt, AddressError::NonAscii};
    if (text.size() > limits.path)
        return {std::nullopt, AddressError::TooLong};
    QByteArrayView inner = text.sliced(1, text.size() - 2);
    if (inner.isEmpty()) {
        if (allowNull)
            return {Path{}, AddressError::None};
        return {std::nullopt, AddressError::Syntax};
    }
    if (allowBarePostmaster && inner.compare("postmaster", Qt::CaseInsensitive) == 0)
        return {Path{Mailbox{inner.toByteArray(), {}}, false}, AddressError::None};

    // A-d-l ":" — a source route. RFC 5321 §4.1.2 and Appendix C: MUST be accepted, SHOULD
    // be ignored; the mail goes to the mailbox after the colon.
    bool route = false;
    if (inner.front() == '@') {
        const qsizetype colon = inner.indexOf(':');
        if (colon < 0)
            return {std::nullopt, AddressError::Syntax};
        const QByteArrayView adl = inner.first(colon);
        qsizetype start = 0;
        while (start < adl.size()) {
            qsizetype comma = adl.indexOf(',', start);
            if (comma < 0)
                comma = adl.size();
            const QByteArrayView hop = adl.sliced(start, comma - start);
            if (hop.size() < 2 || hop.front() != '@' || !isValidDomain(hop.sliced(1), allowUtf8))
                return {std::nullopt, AddressError::Syntax};
            start = comma + 1;
        }
        inner = inner.sliced(colon + 1);
        route = true;
    }
    MailboxParse parsed = parseMailboxChecked(inner, limits, allowUtf8);
    if (!parsed.mailbox)
        return {std::nullopt, parsed.error};
    return {Path{std::move(parsed.mailbox), route}, AddressError::None};
}

} // namespace kurir::smtp
