#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>

namespace kurir::mail {

/// An instant as milliseconds since 1970 (UTC) and the zone offset it is shown in.
struct ClockTime
{
    qint64 msecsSinceEpoch = 0;
    int offsetSeconds = 0;
};

/// What a receiving SMTP server knows when it stamps a message (RFC 5321 §4.4).
struct ReceivedInfo
{
    QByteArray heloName;    ///< the client's EHLO/HELO argument; empty: FROM shows the address only
    QByteArray peerAddress; ///< the TCP peer's IP, `203.0.113.5` or `2001:db8::5`; empty with
                            ///< an empty heloName: no FROM clause (a locally made message)
    QByteArray peerHostName; ///< reverse DNS of the peer, may be empty
    QByteArray byHost;       ///< the stamping server's own name
    /// WITH: `SMTP`, `ESMTP`, `ESMTPS`, `ESMTPSA`, `UTF8SMTPS`... (RFC 3848, RFC 6531).
    QByteArray protocol;
    QByteArray id;           ///< the server's queue id; empty: no ID clause
    QByteArray forRecipient; ///< FOR: exactly one path (§4.4); empty: no FOR clause
    QDateTime time;          ///< the simulated clock; must be valid (the date is required)
    /// The same instant without a QDateTime, used instead of `time` when set: a simulated
    /// server stamps every message, and QDateTime's zone handling cost more than the rest
    /// of the field.
    std::optional<ClockTime> clock;
    QByteArray software;     ///< a comment after BY, e.g. `Kurir` or `(Kurir)`; empty: none
};

/// The `Received:` field a server prepends, folded like Postfix's (CRLF + TAB before BY and
/// FOR, and wherever a line would pass 78 columns), ending in CRLF:
///
///     Received: from smtp.gmail.example (smtp.gmail.example [203.0.113.5])
///     	by mx.yahoo.example (Kurir) with ESMTPS id 0000000A
///     	for <bob@yahoo.example>; Fri, 27 Nov 2026 08:00:01 +0700
///
/// Fields come from the network and so are sanitised: whitespace and control characters are
/// dropped from names and addresses, so a hostile EHLO argument can never break the field.
QByteArray receivedHeader(const ReceivedInfo &info);

/// `Return-Path: <alice@gmail.example>` + CRLF, added at final delivery (RFC 5321 §4.4);
/// an empty reverse-path (a bounce) gives `Return-Path: <>`. Angle brackets are optional.
QByteArray returnPathHeader(QByteArrayView reversePath);

/// Puts a complete field (one or more lines) at the very top of `message`: trace fields are
/// only ever prepended, never reordered (RFC 5321 §4.4, RFC 5322 §3.6). A missing final CRLF
/// is added to `headerLine`.
QByteArray prependHeader(const QByteArray &message, const QByteArray &headerLine);

/// The number of `Received:` fields in the header section of `message` (the body is not
/// looked at): the hop count behind mail-loop detection (RFC 5321 §6.3).
int countReceived(const QByteArray &message);

} // namespace kurir::mail
