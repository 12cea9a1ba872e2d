#pragma once

#include <optional>

#include <QByteArray>

#include "limits.h"

namespace kurir::smtp {

/// A mailbox as SMTP carries it: `local-part@domain` (RFC 5321 §4.1.2). The local part is
/// kept as written (it is case-sensitive, §2.4); the domain compares case-insensitively.
struct Mailbox
{
    QByteArray localPart; ///< as on the wire, quotes included when it was a quoted string
    QByteArray domain;    ///< a domain name or an address literal such as `[192.0.2.1]`

    QByteArray toString() const
    {
        QByteArray s;
        s.reserve(localPart.size() + 1 + domain.size());
        return s.append(localPart).append('@').append(domain);
    }
    bool isAddressLiteral() const { return domain.startsWith('['); }
    bool isPostmaster() const; ///< `postmaster@...`, in any case (RFC 5321 §4.5.1)
    bool operator==(const Mailbox &) const = default;
};

/// Why a path did not parse; each maps to a reply in the server session.
enum class AddressError {
    None,
    Syntax,       ///< not a valid Path / Mailbox
    TooLong,      ///< a local part, domain or path over its §4.5.3.1 limit
    NonAscii,     ///< 8-bit octets where SMTPUTF8 was not negotiated
};

/// A reverse-path or forward-path: `<>` (the null sender, only as reverse-path) or
/// `<[@a,@b:]mailbox>`. A source route is accepted and dropped (RFC 5321 §4.1.2, C.).
struct Path
{
    std::optional<Mailbox> mailbox; ///< empty for the null reverse-path `<>`
    bool hadSourceRoute = false;

    bool isNull() const { return !mailbox.has_value(); }
    QByteArray toString() const { return mailbox ? mailbox->toString() : QByteArray(); }
};

struct PathParse
{
    std::optional<Path> path;
    AddressError error = AddressError::None;
};

/// Parses `<...>` strictly by the RFC 5321 §4.1.2 grammar. `allowNull` admits `<>`;
/// `allowUtf8` admits UTF-8 in the local part and domain (RFC 6531 §3.3); `allowBarePostmaster`
/// admits `<postmaster>` without a domain (RCPT only, §4.1.1.3).
PathParse parsePath(QByteArrayView text, const Limits &limits, bool allowNull, bool allowUtf8,
                    bool allowBarePostmaster = false);

/// Parses `local@domain` with no angle brackets (configuration, scenarios, client input).
std::optional<Mailbox> parseMailbox(QByteArrayView text, bool allowUtf8 = true);

/// parseMailbox(text, allowUtf8).has_value() without building the Mailbox.
bool isValidMailbox(QByteArrayView text, bool allowUtf8 = true);

/// RFC 5321 Domain: dot-separated labels of letters, digits and hyphens (no trailing dot).
bool isValidDomain(QByteArrayView domain, bool allowUtf8 = false);
/// A Domain or an address literal (EHLO's argument, §4.1.1.1).
bool isValidDomainOrLiteral(QByteArrayView text);

/// True when `text` holds an octet that may not appear inside a command argument:
/// CR, LF or NUL (injection, STYLE.md "Go's net/smtp").
bool hasLineBreakOrNul(QByteArrayView text);
/// True when any octet is >= 0x80.
bool hasEightBit(QByteArrayView text);

/// True when `text` holds an ASCII capital: the only octets QByteArray::toLower() changes.
bool hasAsciiUpper(QByteArrayView text);
/// `text` with ASCII letters lower-cased, as QByteArray::toLower() gives it (domains and
/// addresses compare without case, RFC 5321 §2.4), but shared rather than copied when there
/// is nothing to change: the world keys its tables by such names on every delivery.
QByteArray asciiLower(const QByteArray &text);

} // namespace kurir::smtp
