#pragma once

#include <deque>
#include <vector>

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QString>

namespace kurir::engine {

/// The five stages of the lesson (DESIGN.md, from the seed text).
enum class Stage : quint8 { Compose, Connect, Authenticate, Send, Deliver };

/// What a trace event is about. The JSON names are the contract (DESIGN.md).
enum class EventKind : quint8 {
    TcpConnect,  ///< a TCP connection opened (SYN, SYN-ACK, ACK summarised)
    TcpFail,     ///< a TCP connection could not be opened (host down)
    TcpClose,
    SmtpCommand, ///< a client command line
    SmtpReply,   ///< a server reply (all its lines)
    SmtpData,    ///< the message content after 354
    Tls,         ///< the STARTTLS handshake
    DnsQuery,
    DnsAnswer,
    Queue,       ///< a message enters, waits in or leaves the sending MTA's queue
    Store,       ///< a message is stored into a mailbox
    Bounce,      ///< a delivery status notification is made
    Compose,     ///< the MUA builds the message
    Note,        ///< a decision worth explaining
};

const char *stageName(Stage stage);         ///< "compose", "connect", ...
const char *eventKindName(EventKind kind);  ///< "tcp-connect", "smtp-command", ...

/// A short string from a small vocabulary (narration keys, enhanced status codes), kept as a
/// 16-bit index into one process-wide table: an event holds it in two bytes instead of a
/// 24-byte QByteArray, and assigning one never allocates after the first time.
class Interned
{
public:
    Interned() = default;
    Interned(const char *text) : Interned(QByteArrayView(text)) {}
    Interned(const QByteArray &text) : Interned(QByteArrayView(text)) {}
    Interned(QByteArrayView text);

    /// The text; the empty array for a default-constructed value.
    const QByteArray &bytes() const;
    operator const QByteArray &() const { return bytes(); }
    bool isEmpty() const { return m_index == 0; }

    friend bool operator==(Interned a, Interned b) { return a.m_index == b.m_index; }
    friend bool operator==(Interned a, QByteArrayView b) { return QByteArrayView(a.bytes()) == b; }
    friend bool operator==(Interned a, const char *b) { return a == QByteArrayView(b); }

private:
    quint16 m_index = 0; ///< 0 is the empty string
};

/// One step of the story. Narration is kept as a key and arguments and rendered in the
/// reader's language when the trace is shown (narration.h), so one trace serves both
/// languages and a language switch needs no re-run. A bulk run records hundreds of
/// thousands of these, so the fields are packed (80 bytes).
struct TraceEvent
{
    qint64 timeMs = 0;
    Stage stage = Stage::Compose;
    EventKind kind = EventKind::Note;
    bool encrypted = false;     ///< travelled inside TLS: an eavesdropper sees ciphertext
    qint16 from = -1;           ///< actor index in Trace::actors, -1 for none
    qint16 to = -1;
    qint32 connection = -1;     ///< TCP connection number, -1 when not on one
    qint32 message = -1;        ///< index into Trace::messages for data, store and bounce
    qint16 code = 0;            ///< reply code for smtp-reply
    Interned enhanced;          ///< enhanced status code for smtp-reply, when sent
    Interned key;               ///< narration key
    QByteArray text;            ///< wire text for smtp-*, else a short summary (never translated)
    QByteArrayList args;        ///< narration arguments
};

/// An actor of the scenario as the trace names it.
struct TraceActor
{
    QByteArray id;      ///< scenario id, e.g. "gmail"
    QByteArray host;    ///< host name, e.g. "smtp.gmail.example"
    QByteArray address; ///< IP address
    QByteArray role;    ///< "mua", "submission", "mx", "relay", "dns", "mailbox"
    QString labelId;    ///< label in Bahasa Indonesia, "Laptop Alice"
    QString labelEn;    ///< label in English, "Alice's laptop"

    QString label(const QString &lang) const;
};

/// A snapshot of a message at one point of its journey (as composed, as relayed with a new
/// Received line, as stored, a bounce). Views show the message as it is at the cursor.
/// A snapshot that only adds header lines in front of another is kept as that prefix and a
/// reference, so a message crossing three servers is stored once, not three times.
struct TraceMessage
{
    QByteArray content;      ///< the whole message, when `base` is -1
    qint32 base = -1;        ///< the snapshot this one extends
    QByteArray prefix;       ///< lines in front of `base`'s content
    QByteArray envelopeFrom;
    QByteArrayList envelopeTo;
};

/// The ordered events of one run: the single source of truth of every view.
struct Trace
{
    std::deque<TraceEvent> events; ///< a deque: growing never moves the events already recorded
    std::vector<TraceActor> actors;
    std::deque<TraceMessage> messages;

    qsizetype actorIndex(QByteArrayView id) const;
    QByteArray actorId(int index) const;
    /// The full text of message snapshot `index` (empty for -1 or out of range).
    QByteArray messageContent(qint32 index) const;
    /// True when `content` is exactly snapshot `index`, compared without building it.
    bool messageEquals(qint32 index, QByteArrayView content) const;
    /// The event's text: the wire text as recorded, or for smtp-data (kept as a reference to
    /// the message) the dot-stuffed content as it went on the wire, lines joined by LF.
    QByteArray eventText(const TraceEvent &event) const;
    /// The narration arguments of an event: its own, or for smtp commands and replies the
    /// ones read from the wire text (the address of MAIL/RCPT, the reply text).
    QByteArrayList narrationArgs(const TraceEvent &event) const;
};

/// The one shared copy of a narration key: events hold it without allocating.
inline QByteArray internKey(QByteArrayView key) { return Interned(key).bytes(); }

} // namespace kurir::engine
