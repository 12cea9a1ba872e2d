#include "trace.h"

#include <array>
#include <atomic>
#include <string_view>
#include <unordered_map>

#include <QMutex>

#include "protocol/clientsession.h"

namespace kurir::engine {

const char *stageName(Stage stage)
{
    switch (stage) {
    case Stage::Compose: return "compose";
    case Stage::Connect: return "connect";
    case Stage::Authenticate: return "authenticate";
    case Stage::Send: return "send";
    case Stage::Deliver: return "deliver";
    }
    return "?";
}

const char *eventKindName(EventKind kind)
{
    switch (kind) {
    case EventKind::TcpConnect: return "tcp-connect";
    case EventKind::TcpFail: return "tcp-fail";
    case EventKind::TcpClose: return "tcp-close";
    case EventKind::SmtpCommand: return "smtp-command";
    case EventKind::SmtpReply: return "smtp-reply";
    case EventKind::SmtpData: return "smtp-data";
    case EventKind::Tls: return "tls";
    case EventKind::DnsQuery: return "dns-query";
    case EventKind::DnsAnswer: return "dns-answer";
    case EventKind::Queue: return "queue";
    case EventKind::Store: return "store";
    case EventKind::Bounce: return "bounce";
    case EventKind::Compose: return "compose";
    case EventKind::Note: return "note";
    }
    return "?";
}

QString TraceActor::label(const QString &lang) const
{
    const QString &text = lang == QLatin1String("id") ? labelId : labelEn;
    return text.isEmpty() ? QString::fromUtf8(host) : text;
}

qsizetype Trace::actorIndex(QByteArrayView id) const
{
    for (size_t i = 0; i < actors.size(); ++i)
        if (actors[i].id == id)
            return qsizetype(i);
    return -1;
}

QByteArray Trace::actorId(int index) const
{
    return index >= 0 && size_t(index) < actors.size() ? actors[size_t(index)].id : QByteArray();
}

QByteArray Trace::messageContent(qint32 index) const
{
    if (index < 0 || size_t(index) >= messages.size())
        return {};
    const TraceMessage &m = messages[size_t(index)];
    if (m.base < 0)
        return m.content;
    return m.prefix + messageContent(m.base);
}

bool Trace::messageEquals(qint32 index, QByteArrayView content) const
{
    while (index >= 0 && size_t(index) < messages.size()) {
        const TraceMessage &m = messages[size_t(index)];
        if (m.base < 0)
            return content == QByteArrayView(m.content);
        if (!content.startsWith(m.prefix))
            return false;
        content = content.sliced(m.prefix.size());
        index = m.base;
    }
    return false;
}

QByteArray Trace::eventText(const TraceEvent &event) const
{
    if (event.kind != EventKind::SmtpData || !event.text.isEmpty())
        return event.text;
    QByteArray wire = smtp::ClientSession::encodeData(messageContent(event.message));
    wire.chop(2); // the CRLF after the final dot
    wire.replace("\r\n", "\n");
    return wire;
}

namespace {

// The argument worth naming in a command's narration: the address of MAIL/RCPT, else the rest.
QByteArray commandArgument(const QByteArray &line)
{
    const qsizetype space = line.indexOf(' ');
    if (space < 0)
        return {};
    const QByteArray rest = line.mid(space + 1);
    const qsizetype colon = rest.indexOf(':');
    const qsizetype open = rest.indexOf('<');
    const qsizetype close = rest.indexOf('>', open);
    const QByteArray keyword = rest.left(colon).toUpper();
    if ((keyword == "FROM" || keyword == "TO") && open > colon && close > open)
        return rest.mid(open + 1, close - open - 1);
    return rest;
}

} // namespace

QByteArrayList Trace::narrationArgs(const TraceEvent &event) const
{
    if (!event.args.isEmpty())
        return event.args;
    switch (event.kind) {
    case EventKind::SmtpCommand:
        return {commandArgument(event.text)};
    case EventKind::SmtpReply: {
        // A scenario's own reply is narrated whole, code included; catalog replies by text.
        const QByteArray first = event.text.left(event.text.indexOf('\n') < 0 ? event.text.size() : event.text.indexOf('\n'));
        return {event.key == "reply.Override" ? first : first.mid(4)};
    }
    case EventKind::SmtpData: {
        const QByteArray content = messageContent(event.message);
        return {QByteArray::number(content.size()), QByteArray::number(content.count('\n'))};
    }
    default:
        return {};
    }
}

namespace {

// The table behind Interned. Entries are never removed, so references stay valid; a mutex
// for adding, because a GUI may simulate in a worker thread while it shows another trace.
// Reading needs no lock: each entry's address is published once, atomically.
struct InternTable
{
    QMutex mutex;
    std::deque<QByteArray> texts{QByteArray()};
    std::unordered_map<std::string_view, quint16> index;
    std::array<std::atomic<const QByteArray *>, 0x10000> byIndex{};
};

InternTable &internTable()
{
    static InternTable table;
    return table;
}

// In front of the table, a small cache per thread: a run interns the same few dozen keys
// hundreds of thousands of times, and the table's lock and string hash cost more than the
// rest of recording an event.
struct InternCache
{
    struct Slot
    {
        QByteArray text; ///< shares the table's copy
        quint16 index = 0;
    };
    std::array<Slot, 256> entries;
};

thread_local InternCache t_internCache;

quint8 cacheSlot(QByteArrayView text)
{
    quint32 h = 2166136261u; // FNV-1a
    for (const char c : text)
        h = (h ^ quint8(c)) * 16777619u;
    return quint8(h ^ (h >> 8) ^ (h >> 16) ^ (h >> 24));
}

} // namespace

Interned::Interned(QByteArrayView text)
{
    if (text.isEmpty())
        return;
    InternCache::Slot &slot = t_internCache.entries[cacheSlot(text)];
    if (slot.index != 0 && QByteArrayView(slot.text) == text) {
        m_index = slot.index;
        return;
    }
    InternTable &t = internTable();
    const QMutexLocker lock(&t.mutex);
    const auto it = t.index.find(std::string_view(text.data(), size_t(text.size())));
    if (it != t.index.end()) {
        m_index = it->second;
    } else {
        if (t.texts.size() > 0xffff)
            qFatal("kurir: more than 65535 distinct interned strings");
        const QByteArray &stored = t.texts.emplace_back(text.toByteArray());
        m_index = quint16(t.texts.size() - 1);
        t.index.emplace(std::string_view(stored.constData(), size_t(stored.size())), m_index);
        t.byIndex[m_index].store(&stored, std::memory_order_release);
    }
    slot.text = *t.byIndex[m_index].load(std::memory_order_relaxed);
    slot.index = m_index;
}

const QByteArray &Interned::bytes() const
{
    static const QByteArray empty;
    if (m_index == 0)
        return empty;
    // An index exists only once its entry is published (the constructor above).
    return *internTable().byIndex[m_index].load(std::memory_order_acquire);
}

} // namespace kurir::engine
