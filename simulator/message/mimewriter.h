#pragma once

// Internal to the message module. composer.cpp and dsn.cpp describe the message they want
// with these plain structs; mimewriter.cpp is the only file that turns them into GMime objects,
// so GMime (and GLib, which clashes with Qt's `signals` keyword) stays out of every header.

#include <optional>
#include <utility>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include "composer.h"

namespace kurir::mail::detail {

enum class TransferEncoding
{
    SevenBit,
    EightBit,
    Binary,
    QuotedPrintable,
    Base64
};

/// One MIME entity to write: a leaf with a body, or a multipart container with children.
struct Entity
{
    QByteArray mediaType; ///< `text/plain`, `multipart/mixed`...
    /// Content-Type parameters besides boundary, in order.
    QList<std::pair<QByteArray, QByteArray>> parameters;
    QByteArray description; ///< Content-Description, empty: none
    QByteArray disposition; ///< `attachment`, `inline`, empty: none
    QString fileName;       ///< RFC 2231-encoded when not ASCII
    TransferEncoding encoding = TransferEncoding::SevenBit;
    /// Leaf content before transfer encoding. For 7bit, 8bit and quoted-printable any line end
    /// (CRLF, LF, CR) is written as CRLF; base64 and binary content is taken as it is.
    QByteArray body;
    QByteArray boundary; ///< multipart only, see deriveBoundary()
    QList<Entity> children;

    bool isMultipart() const { return mediaType.startsWith("multipart/"); }
};

/// A mailbox for an address field; the display name is RFC 2047-encoded when not ASCII.
struct MailboxSpec
{
    QString name;
    QByteArray address; ///< addr-spec, already validated by the caller
};

/// One field of the message header, written in the order given.
struct HeaderSpec
{
    enum class Kind
    {
        Text,       ///< unstructured (Subject): encoded words where needed, folded by GMime
        Mailboxes,  ///< From, To, Cc, Reply-To, Sender: a list of MailboxSpec
        EmptyGroup, ///< `To: undisclosed-recipients: ;` (RFC 5322 §3.4 group with no members)
        Verbatim,   ///< already valid ASCII, written as given (Date, Message-ID, Auto-Submitted)
    };
    Kind kind = Kind::Verbatim;
    QByteArray name;
    QString text; ///< Text: the value; EmptyGroup: the group's display name
    QList<MailboxSpec> mailboxes;
    QByteArray verbatim;

    static HeaderSpec makeText(QByteArray name, QString text);
    static HeaderSpec makeMailboxes(QByteArray name, QList<MailboxSpec> mailboxes);
    static HeaderSpec makeEmptyGroup(QByteArray name, QString groupName);
    static HeaderSpec makeVerbatim(QByteArray name, QByteArray value);
};

/// Serialises the header fields, then `MIME-Version: 1.0` and the entity, with CRLF line ends
/// and a final CRLF. Deterministic: boundaries come from the entities, never from GMime.
QByteArray writeMessage(const QList<HeaderSpec> &headers, const Entity &root);

/// A multipart boundary derived from `seed` and the container's `index` (RFC 2046 §5.1.1:
/// at most 70 characters, never inside the encapsulated parts). Base64 and quoted-printable
/// output can never contain `=_`, so only the bodies written unencoded are searched; in the
/// unlikely case of a collision the next candidate is taken, which stays deterministic.
QByteArray deriveBoundary(QByteArrayView seed, int index, const Entity &multipart);

/// 7bit when every line is short ASCII without NUL (RFC 5322 §2.1.1, RFC 2045 §2.7),
/// quoted-printable otherwise. A fixed rule, so a body always gets the same encoding.
TransferEncoding textTransferEncoding(QByteArrayView body);

/// Rewrites CRLF and lone CR as LF; GMime turns every LF into CRLF on output.
QByteArray normalizeLineEnds(QByteArrayView text);

/// True when the text holds CR or LF: in a header value that would start a new field
/// (header injection, SMTP-NOTES §2.5).
bool hasLineBreak(QStringView text);
bool hasLineBreak(QByteArrayView text);
/// True for other C0 controls (NUL, ESC...) or DEL, which have no place in a header; TAB is fine.
bool hasControlCharacter(QStringView text);
bool hasControlCharacter(QByteArrayView text);

/// The checks composeMessage() and composeBounce() share: a header value with CR or LF is
/// refused, not folded or encoded (SMTP-NOTES §2.5), as is one with another control character.
std::optional<ComposeError> checkHeaderText(QStringView text);
/// As checkHeaderText(), then the SMTP Mailbox grammar (RFC 5321 §4.1.2), a subset of
/// RFC 5322's addr-spec: these addresses are also the envelope. ASCII only, since UTF-8 in
/// headers needs SMTPUTF8 end to end (RFC 6532).
std::optional<ComposeError> checkAddress(QByteArrayView address);

/// `<left@right>` from `left@right` or `<left@right>`: RFC 5322 §3.6.4 msg-id, read leniently
/// (printable ASCII without space, quotes or angle brackets, one `@`); nullopt otherwise.
std::optional<QByteArray> normalizeMessageId(QByteArrayView id);

/// Calls g_mime_init() once per process, thread-safely. Every GMime entry point calls it.
void ensureGMime();

} // namespace kurir::mail::detail
