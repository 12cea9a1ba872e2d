#pragma once

#include <utility>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace kurir::mail {

/// One header field as written: the name as spelled, the value unfolded (the CRLFs of
/// RFC 5322 §2.2.3 folding removed, outer whitespace trimmed) but not decoded.
struct HeaderField
{
    QByteArray name;
    QByteArray value;
};

/// Something odd the parser met; the message may still be readable. Mirrors GMime's warnings
/// so that an inspector can explain why a message looks broken.
enum class ParseIssue
{
    DuplicatedHeader,         ///< a field that may occur once occurs twice
    Unencoded8BitHeader,      ///< raw 8-bit octets in a header (no RFC 2047 encoding)
    InvalidEncodedWord,       ///< a malformed RFC 2047 encoded word
    InvalidContentType,       ///< unreadable Content-Type, taken as application/octet-stream
    InvalidParameter,         ///< a malformed or duplicated Content-Type/Disposition parameter
    InvalidAddressList,       ///< an address field that does not parse
    InvalidHeaderName,        ///< a line in the header that is not a field; parts may be skipped
    ConflictingHeader,        ///< fields that contradict each other
    MultipartWithoutBoundary, ///< multipart/* with no boundary parameter
    MalformedMultipart,       ///< a multipart with no parts, or a part with no content
    Truncated,                ///< the input ends inside the message (a closing boundary is missing)
    Malformed,                ///< other structural damage
    NestingTooDeep, ///< nesting beyond what is parsed (an attack, usually); the tree is cut
};

/// One node of a message's MIME tree (RFC 2045/2046), as a mail program would show it.
struct MimePart
{
    /// This entity's header fields in order, duplicates kept. For the root of a message (and of
    /// an enclosed message/rfc822) that is the whole message header.
    QList<HeaderField> headers;
    /// `type/subtype` in lower case; `text/plain` when absent (RFC 2045 §5.2).
    QByteArray contentType;
    QList<std::pair<QByteArray, QString>> parameters; ///< Content-Type parameters: names in lower
                                                      ///< case, values decoded (RFC 2231)
    QByteArray transferEncoding; ///< Content-Transfer-Encoding in lower case; empty when absent
    QByteArray disposition;      ///< `attachment` or `inline` in lower case; empty when absent
    QString fileName;            ///< filename (or Content-Type name) parameter, decoded
    qint64 encodedSize = 0;      ///< encodedBody.size()
    qint64 decodedSize = 0;      ///< decodedBody.size()
    /// Leaves: the body as transferred. message/rfc822: the enclosed message. Multiparts: empty.
    QByteArray encodedBody;
    QByteArray decodedBody; ///< the body with the transfer encoding undone
    QString text;           ///< text/* leaves: the decoded body converted from its charset
    /// multipart/*: its parts, in order. message/rfc822: one child, the enclosed message's root.
    QList<MimePart> children;

    bool isMultipart() const { return contentType.startsWith("multipart/"); }
    /// The decoded value of a Content-Type parameter (name compared case-insensitively).
    QString parameter(QByteArrayView name) const;
};

/// A message read back into its header fields and MIME tree.
struct ParsedMessage
{
    /// False when no header section could be read (empty input, binary garbage); the tree is
    /// then empty. True does not mean well-formed: see `issues`.
    bool ok = false;
    MimePart root;
    QList<ParseIssue> issues; ///< each issue once, in the order first met

    /// The message header: names as written, values unfolded and raw, in order.
    const QList<HeaderField> &headers() const { return root.headers; }
};

/// Parses an RFC 5322 message with GMime. Never fails on any input (binary, truncated, empty,
/// tens of megabytes, thousands of nested multiparts): damage shows in `ok` and `issues`.
ParsedMessage parseMessage(const QByteArray &raw);

/// Decodes the RFC 2047 encoded words in a raw (possibly folded) header value into text;
/// raw 8-bit text is read as UTF-8, or Latin-1 when it is not valid UTF-8.
QString decodeHeaderValue(const QByteArray &raw);

/// The raw values of every field called `name` (case-insensitive), in order.
QList<QByteArray> headerValues(const QList<HeaderField> &headers, QByteArrayView name);
QList<QByteArray> headerValues(const ParsedMessage &message, QByteArrayView name);

/// The header section of `message`: every line up to, not including, the first empty line.
/// Works on any bytes without parsing MIME; accepts LF as well as CRLF line ends.
QByteArray headerSection(const QByteArray &message);

} // namespace kurir::mail
