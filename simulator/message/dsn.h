#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include "composer.h"

namespace kurir::mail {

/// One recipient's fields in a delivery status notification (RFC 3464 §2.3). Typed values are
/// given without their type: composeBounce() writes `rfc822; `, `dns; ` and `smtp; ` in front
/// unless the value already starts with a type such as `x-local;`, and parseBounce() strips
/// those default types again.
struct DsnRecipient
{
    /// `bob@yahoo.example`, written `Final-Recipient: rfc822; bob@yahoo.example`.
    QByteArray finalRecipient;
    QByteArray originalRecipient; ///< the ORCPT address (RFC 3461 §4.2); empty: none
    QByteArray action;            ///< `failed`, `delayed`, `delivered`, `relayed` or `expanded`
    QByteArray status;            ///< enhanced status code (RFC 3463), e.g. `5.1.1`
    QByteArray remoteMta;         ///< `mx.yahoo.example` → `Remote-MTA: dns; mx.yahoo.example`
    /// The remote server's reply, e.g. `550 5.1.1 <bob@yahoo.example>: Recipient address
    /// rejected: User unknown`. Line breaks of a multi-line reply are written as spaces.
    QByteArray diagnosticCode;
    QDateTime lastAttemptDate; ///< invalid: no Last-Attempt-Date
    QDateTime willRetryUntil;  ///< for `delayed`; invalid: no Will-Retry-Until
};

/// Everything a reporting MTA puts into a bounce; the input of composeBounce().
struct DsnInfo
{
    QByteArray reportingMta; ///< this server's name: `Reporting-MTA: dns; mx.gmail.example`
    QString postmasterName = QStringLiteral("Mail Delivery Subsystem"); ///< From display name
    QByteArray postmasterAddress;  ///< From address, e.g. `mailer-daemon@gmail.example`
    QByteArray originalSender;     ///< the bounced message's reverse-path: To of the bounce
    QByteArray originalEnvelopeId; ///< the ENVID parameter (RFC 3461 §4.4); empty: none
    QDateTime arrivalDate;         ///< when the original arrived; invalid: no Arrival-Date
    QDateTime date;                ///< the bounce's Date (the simulated clock)
    QList<DsnRecipient> recipients;
    QByteArray originalMessage; ///< the bounced message as received; empty: no third part
    /// RET=FULL: the whole original as message/rfc822; otherwise only its header section as
    /// text/rfc822-headers (RET=HDRS, RFC 3461 §4.3).
    bool includeFullMessage = false;
    /// The first, human-readable part. The caller supplies it, already translated; an empty
    /// text gets a short English explanation.
    QString humanText;
    QString subject;         ///< empty: `Undelivered Mail Returned to Sender`, or
                             ///< `Delayed Mail (still being retried)` if nothing failed
    QByteArray messageId;    ///< `id@host`; empty: no Message-ID
    QByteArray boundarySeed; ///< the MIME boundary is derived from it, never random
};

/// A bounce read back: what Kurir's views and the tests need.
struct ParsedDsn
{
    QByteArray reportingMta; ///< without its `dns;` type
    QByteArray originalEnvelopeId;
    QByteArray arrivalDate;           ///< as written
    QList<DsnRecipient> recipients;   ///< dates are filled when they parse
    QString humanText;                ///< the first part, decoded
    QByteArray returnedContent;       ///< the third part: the original message or its header
    bool returnedFullMessage = false; ///< true for message/rfc822, false for text/rfc822-headers
};

/// Builds a bounce (non-delivery report): multipart/report; report-type=delivery-status
/// (RFC 6522) holding (1) the human text, (2) message/delivery-status (RFC 3464) and (3) the
/// original message or its header. From the postmaster to the original sender, with
/// `Auto-Submitted: auto-replied` (RFC 3834 §5). The caller sends it with `MAIL FROM:<>`
/// (RFC 5321 §4.5.5). Refuses to bounce a message whose sender was null (never bounce a
/// bounce, §6.1), and values with line breaks in header fields. Deterministic.
ComposeResult composeBounce(const DsnInfo &info);

/// Reads a delivery status notification; nullopt when `raw` is not a multipart/report of
/// report-type delivery-status with a message/delivery-status part.
std::optional<ParsedDsn> parseBounce(const QByteArray &raw);

} // namespace kurir::mail
