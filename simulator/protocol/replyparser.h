#pragma once

#include <optional>

#include <QByteArray>

#include "replies.h"

namespace kurir::smtp {

/// Reads server replies from a byte stream for the client side: collects `250-...` lines
/// until the `250 ...` (or bare `250`) that ends a reply (RFC 5321 §4.2). Multi-line replies
/// are accepted for any command (Gmail answers 550 in several lines).
class ReplyParser
{
public:
    /// Appends bytes; complete replies are then available from next().
    void feed(QByteArrayView bytes);
    /// The next complete reply, if any. Sets hasError() on a line that is not a reply.
    std::optional<Reply> next();
    bool hasError() const { return m_error; }
    /// Drops everything buffered (after a 220 to STARTTLS, RFC 3207 §4.2 and CVE-2011-0411's
    /// mirror image: response injection).
    void discardBuffered();
    qsizetype bufferedBytes() const { return m_buffer.size() - m_pos; }
    /// The raw lines of the reply next() returned last, joined by '\n', without CRLF: what
    /// the transcript shows (SessionEvent::wire), since Reply itself drops codes and separators.
    const QByteArray &lastWire() const { return m_wire; }

    /// Splits "5.1.1 User unknown" into its enhanced code and text (RFC 3463 §2 syntax);
    /// returns false when the text does not start with one whose class matches `code`.
    static bool splitEnhanced(int code, QByteArrayView text, QByteArray *enhanced, QByteArray *rest);

private:
    bool takeLine(QByteArrayView line);
    std::optional<Reply> takeKnownMultiLine();
    void fail();

    QByteArray m_buffer;
    qsizetype m_pos = 0;       ///< start of the first unparsed line in m_buffer
    qsizetype m_scan = 0;      ///< where the search for the next CRLF resumes
    qsizetype m_tailStart = 0; ///< just after the last CRLF seen by feed() (for the line bound)
    Reply m_partial;
    QByteArray m_wire;         ///< raw lines of the reply being read, or of the last one
    QByteArray m_lastEnhanced; ///< the last enhanced code read, shared by replies repeating it
    bool m_inReply = false;
    bool m_error = false;
};

} // namespace kurir::smtp
