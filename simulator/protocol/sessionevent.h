#pragma once

#include <charconv>

#include <QByteArray>
#include <QByteArrayList>

namespace kurir::smtp {

/// What a session reports as it goes: each line it reads or writes and each decision it
/// takes. Events carry a narration key and its arguments, not translated text: the engine's
/// narration turns (key, args) into a sentence in the learner's language.
struct SessionEvent
{
    enum class Kind {
        CommandReceived, ///< server: one command line read (`wire` = the line, no CRLF)
        CommandSent,     ///< client: one command line written
        ReplySent,       ///< server: one reply written (`wire` = all its lines, LF-joined, no CRLF)
        ReplyReceived,   ///< client: one complete reply read
        DataReceived,    ///< server: the message body after the end of data (`wire` = content)
        DataSent,        ///< client: the dot-stuffed body and terminator written
        TlsStart,        ///< either side: STARTTLS agreed, the driver must now do the handshake
        Authenticated,   ///< server: AUTH succeeded (`args[0]` = user)
        MessageReady,    ///< server: a complete message waits for the policy's decision
        StateChange,     ///< either side: `args` = {old state, new state}
        Note,            ///< a decision worth narrating (key says which)
        Closed,          ///< the session is over; the driver closes the connection
    };

    Kind kind;
    QByteArray key;       ///< narration key, e.g. "reply.NeedMail" or "client.pipelining"
    QByteArrayList args;  ///< arguments of the narration
    QByteArray wire;      ///< the exact protocol text, where there is one

    bool operator==(const SessionEvent &) const = default;
};

/// A number as an event argument: the text of QByteArray::number(n), which costs several
/// times as much and runs for several events of every transaction.
inline QByteArray eventNumber(qint64 n)
{
    char digits[24];
    const char *end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    return QByteArray(digits, end - digits);
}

} // namespace kurir::smtp
