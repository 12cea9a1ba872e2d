#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace kurir::mail {

/// A file attached to a composed message; it is always sent base64-encoded.
struct Attachment
{
    QString fileName; ///< may be empty (no filename parameter)
    /// `type/subtype`, e.g. `application/pdf`; empty: application/octet-stream.
    QByteArray mimeType;
    QByteArray content; ///< any bytes, NUL included
};

/// What a mail client (MUA) puts into a message: the input of composeMessage().
struct Composition
{
    QString fromName;     ///< display name, may be empty; RFC 2047-encoded when not ASCII
    QByteArray from;      ///< addr-spec, e.g. `alice@gmail.example`
    QList<QByteArray> to; ///< addr-specs
    QList<QByteArray> cc; ///< addr-specs
    /// Blind copies travel in the envelope (RCPT TO) only and never appear in the message:
    /// the lesson "envelope versus headers". See envelopeRecipients().
    QList<QByteArray> bcc;
    QString subject;
    QString body; ///< plain text; any line end is sent as CRLF
    QList<Attachment> attachments;
    QDateTime date;          ///< the simulated clock; its UTC offset becomes the Date zone
    QByteArray messageId;    ///< `id@host`, with or without angle brackets; empty: no Message-ID
    QByteArray boundarySeed; ///< the MIME boundary is derived from it, never random
};

/// Why composeMessage() or composeBounce() refused to build a message.
enum class ComposeError
{
    None,
    MissingDate,       ///< invalid date: Date is a required field (RFC 5322 §3.6)
    InvalidAddress,    ///< an address is not a plain ASCII addr-spec (RFC 5322 §3.4.1)
    LineBreakInHeader, ///< CR or LF in a header value would inject fields (SMTP-NOTES §2.5)
    ControlCharacter,  ///< NUL or another control character in a header value
    InvalidMessageId,  ///< not `id-left@id-right` (RFC 5322 §3.6.4)
    InvalidMimeType,   ///< not `type/subtype`, or a composite type sent as an attachment
    NullReversePath,   ///< a bounce for a null sender: never bounce a bounce (RFC 5321 §6.1)
    NoRecipients,      ///< a bounce that reports on no recipient
};

/// The built message, or why it was refused; `field` names the offending input.
struct ComposeResult
{
    QByteArray message; ///< RFC 5322 text with CRLF line ends; empty on error
    ComposeError error = ComposeError::None;
    QByteArray field; ///< on error: `From`, `To`, `Cc`, `Bcc`, `Subject`, `Date`,
                      ///< `Message-ID`, `Content-Type` or `filename`

    bool ok() const { return error == ComposeError::None; }
};

/// Builds the message a MUA would submit: Date, From, To (or `undisclosed-recipients: ;`
/// when there are only blind copies), Cc, Subject, Message-ID, MIME-Version, then a
/// text/plain; charset=utf-8 body (7bit when it is short-lined ASCII, else quoted-printable),
/// or multipart/mixed with that text and each attachment base64-encoded. Never writes Bcc.
/// Deterministic: the same composition gives the same bytes.
ComposeResult composeMessage(const Composition &composition);

/// The envelope's forward-paths for `composition`: To, Cc and Bcc in that order, each
/// address once.
QList<QByteArray> envelopeRecipients(const Composition &composition);

} // namespace kurir::mail
