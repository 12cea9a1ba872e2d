#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QString>

#include "engine/trace.h"
#include "message/inspect.h"

namespace kurir::gui {

/// What the message inspector shows for one step: the message as it is at that moment of its
/// journey, its envelope beside its headers, and what a student should notice about them.
/// Computed from the trace alone (principle 3 of DESIGN.md), so stepping back recomputes it.
struct MessageInspection
{
    int snapshot = -1;          ///< Trace::messages index in view; -1: no message yet
    int step = -1;              ///< the step that last touched it (composed, sent, stored...)
    QByteArray raw;             ///< the message as stored at that moment (CRLF lines)
    QByteArray wire;            ///< the same as it crossed the wire after DATA: dot-stuffed
    QByteArray envelopeFrom;    ///< MAIL FROM (empty for the null sender of a bounce)
    QByteArrayList envelopeTo;  ///< RCPT TO of this hop
    QString headerFrom, headerTo, headerCc, subject; ///< decoded header fields
    QByteArrayList receivedChain; ///< Received: fields, newest (top) first, unfolded
    mail::ParsedMessage parsed;

    /// Envelope recipients that no To or Cc header names: Bcc recipients (or a forwarder).
    QByteArrayList envelopeOnly;
    /// The From header names another address than MAIL FROM (a spoofed sender, a mailing
    /// list, or a bounce's null sender).
    bool fromDiffers = false;
    /// Lines of the body that start with "." and were doubled on the wire (RFC 5321 §4.5.2).
    int stuffedLines = 0;

    /// For an AUTH PLAIN or AUTH LOGIN line at this step: what its base64 says, with NUL
    /// shown as [NUL] (base64 is an encoding, not encryption).
    std::optional<QString> authDecoded;
    QByteArray authEncoded;
};

/// The inspection of `trace` at step `index` (0-based). When `previous` shows the same
/// message snapshot, its parsed message is reused: stepping through a 27 MB message parses
/// it once, not at every step.
MessageInspection inspectAt(const engine::Trace &trace, int index, const MessageInspection *previous = nullptr);

/// The addresses of an address-list header value, in lower case ("Bob <bob@x>, c@y" ->
/// bob@x, c@y).
QByteArrayList addressesIn(const QString &headerValue);

} // namespace kurir::gui
