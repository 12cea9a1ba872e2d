#include "livetrace.h"

#include <algorithm>

#include "engine/narration.h"
#include "message/trace.h"
#include "protocol/commandline.h"

namespace kurir::gui {

using engine::EventKind;
using engine::Stage;
using engine::TraceEvent;
using smtp::SessionEvent;

namespace {

// A wire line longer than this is shown cut: a hostile client cannot fill the window.
constexpr qsizetype kMaxLine = 1000;
// Commands waiting for their replies that are remembered (RFC 2920 lets a client send a
// whole transaction before reading a reply).
constexpr size_t kMaxPending = 256;

QByteArray shortened(const QByteArray &line)
{
    return line.size() <= kMaxLine ? line : line.left(kMaxLine) + "…";
}

// The stage of a command, as the simulation's submission leg has it (smtpexchange.cpp).
Stage stageOf(smtp::Verb verb)
{
    switch (verb) {
    case smtp::Verb::Ehlo:
    case smtp::Verb::Helo:
    case smtp::Verb::StartTls:
        return Stage::Connect;
    case smtp::Verb::Auth:
        return Stage::Authenticate;
    default:
        return Stage::Send;
    }
}

// The address inside a MAIL or RCPT argument, without its angle brackets.
QByteArray pathOf(QByteArrayView argument, QByteArrayView prefix)
{
    const auto split = smtp::splitPathArgumentView(argument, prefix);
    if (!split)
        return {};
    QByteArrayView path = split->path;
    if (path.startsWith('<') && path.endsWith('>'))
        path = path.sliced(1, path.size() - 2);
    return path.toByteArray();
}

} // namespace

LiveTrace::LiveTrace(Server server, int sessionsKept, int eventsPerSession)
    : m_server(std::move(server)), m_sessionsKept(std::max(1, sessionsKept)),
      m_eventsPerSession(std::max(8, eventsPerSession))
{
    m_clock.start();
}

LiveTrace::Session *LiveTrace::find(quint64 session)
{
    const auto it = m_sessions.find(session);
    return it == m_sessions.end() ? nullptr : &it->second;
}

TraceEvent LiveTrace::make(const Session &s, EventKind kind, bool fromClient) const
{
    TraceEvent e;
    e.timeMs = m_clock.elapsed();
    e.kind = kind;
    e.stage = s.stage;
    e.from = fromClient ? Client : Kurir;
    e.to = fromClient ? Kurir : Client;
    e.connection = qint32(s.id);
    e.encrypted = s.encrypted;
    return e;
}

void LiveTrace::record(Session &s, TraceEvent e)
{
    ++m_generation;
    if (!s.shown || s.events >= m_eventsPerSession)
        return; // counted, not shown
    ++s.events;
    m_entries.push_back({m_nextSequence++, s.id, std::move(e)});
}

void LiveTrace::sessionStarted(quint64 session, const QString &peer)
{
    QMutexLocker lock(&m_mutex);
    Session &s = m_sessions[session];
    s.id = session;
    s.peer = peer.toUtf8();
    ++m_counts.sessions;
    ++m_counts.active;

    TraceEvent e = make(s, EventKind::TcpConnect, true);
    const QByteArray port = QByteArray::number(m_server.port);
    e.text = s.peer + " -> " + m_server.address + ':' + port;
    // Port 587 and 25 have their own story in the lesson; any other port is live mode's own.
    e.key = m_server.port == 587 ? "submit.tcp-connect"
            : m_server.port == 25 ? "submit.tcp-connect-25"
                                  : "live.tcp-connect";
    e.args = {port, s.peer, m_server.address};
    s.replyStages.push_back(Stage::Connect); // the greeting answers the connection
    record(s, std::move(e));
    evictIfNeeded();
}

void LiveTrace::sessionEvent(quint64 session, const SessionEvent &event)
{
    QMutexLocker lock(&m_mutex);
    Session *found = find(session);
    if (!found)
        return;
    Session &s = *found;
    switch (event.kind) {
    case SessionEvent::Kind::CommandReceived: {
        const bool authResponse = event.key == "auth-response";
        const smtp::CommandView cmd = smtp::parseCommandView(event.wire);
        s.stage = authResponse ? Stage::Authenticate : stageOf(cmd.verb);
        if (s.pendingVerbs.size() >= kMaxPending) {
            // A client that pipelines far ahead: the oldest guesses go (the server answers in
            // order, so only the narration's stage of a reply could be off).
            s.pendingVerbs.pop_front();
            s.pendingArgs.pop_front();
            if (!s.replyStages.empty())
                s.replyStages.pop_front();
        }
        s.replyStages.push_back(s.stage);
        s.pendingVerbs.push_back(authResponse ? QByteArray("AUTH-RESPONSE") : QByteArray(smtp::verbName(cmd.verb)));
        QByteArray argument;
        if (cmd.verb == smtp::Verb::Mail)
            argument = pathOf(cmd.argument, "FROM:");
        else if (cmd.verb == smtp::Verb::Rcpt)
            argument = pathOf(cmd.argument, "TO:");
        else if (cmd.verb == smtp::Verb::Ehlo || cmd.verb == smtp::Verb::Helo)
            s.helo = shortened(cmd.argument.trimmed().toByteArray()).left(255);
        s.pendingArgs.push_back(argument);

        TraceEvent e = make(s, EventKind::SmtpCommand, true);
        // A student's password on the projector is one too many: the base64 is hidden, as
        // in `kurir-cli serve`'s log; the narration still says what it would have shown.
        if (authResponse) {
            e.text = "****";
        } else if (cmd.verb == smtp::Verb::Auth) {
            const qsizetype space = event.wire.indexOf(' ', 5);
            e.text = space < 0 ? event.wire : event.wire.left(space) + " ****";
        } else {
            e.text = shortened(event.wire);
        }
        if (authResponse)
            e.key = "submit.auth-response";
        else if (cmd.verb == smtp::Verb::Unknown)
            e.key = "live.unknown-command"; // no sentence of its own: "%1 sends a command to %2."
        else
            e.key = engine::Interned(QByteArray("submit.") + smtp::verbName(cmd.verb));
        record(s, std::move(e));
        break;
    }
    case SessionEvent::Kind::ReplySent:
        onReply(s, event);
        break;
    case SessionEvent::Kind::DataReceived: {
        s.afterData = true;
        s.lastDataSize = event.wire.size();
        s.lastData = -1;
        if (!s.shown || s.events >= m_eventsPerSession)
            break; // counted only: the content is not kept
        engine::TraceMessage m;
        m.content = event.wire;
        m.envelopeFrom = s.reversePath;
        m.envelopeTo = s.recipients;
        s.messages.push_back(std::move(m));
        s.lastData = qint32(s.messages.size() - 1);
        s.replyStages.push_back(Stage::Send);
        TraceEvent e = make(s, EventKind::SmtpData, true);
        e.key = "submit.data";
        e.message = s.lastData;
        record(s, std::move(e));
        break;
    }
    case SessionEvent::Kind::TlsStart: {
        TraceEvent e = make(s, EventKind::Tls, true);
        e.stage = Stage::Connect;
        e.text = "STARTTLS handshake, certificate CN=" + m_server.hostname;
        e.key = "submit.tls";
        e.args = {m_server.hostname};
        record(s, std::move(e));
        s.encrypted = true; // what follows travels inside TLS (or the session ends)
        break;
    }
    case SessionEvent::Kind::Note:
        if (engine::Narration::has(event.key)) {
            TraceEvent e = make(s, EventKind::Note, false);
            e.key = event.key;
            e.args = event.args;
            e.text = event.key;
            record(s, std::move(e));
        }
        break;
    default:
        break; // states, readiness, the server's own bookkeeping
    }
}

void LiveTrace::onReply(Session &s, const SessionEvent &event)
{
    if (!s.replyStages.empty()) {
        s.stage = s.replyStages.front();
        s.replyStages.pop_front();
    }
    TraceEvent e = make(s, EventKind::SmtpReply, false);
    e.text = shortened(event.wire);
    e.code = qint16(event.args.value(0).toInt());
    if (!event.args.value(1).isEmpty())
        e.enhanced = event.args.value(1);
    e.key = engine::Interned(QByteArray("reply.") + event.key); // the reply catalog's names
    const bool ok = e.code >= 200 && e.code < 300;
    const int code = e.code;
    record(s, std::move(e));

    if (s.afterData) {
        // The answer to the end of the message: 250 means it is in the Maildir, on disk.
        s.afterData = false;
        if (ok && s.shown && s.lastData >= 0 && size_t(s.lastData) < s.messages.size()) {
            const QByteArray returnPath = mail::returnPathHeader(s.reversePath);
            const qint64 size = returnPath.size() + s.lastDataSize;
            for (const QByteArray &rcpt : std::as_const(s.recipients)) {
                engine::TraceMessage stored;
                stored.base = s.lastData;
                stored.prefix = returnPath;
                stored.envelopeFrom = s.reversePath;
                stored.envelopeTo = {rcpt};
                s.messages.push_back(std::move(stored));
                TraceEvent store = make(s, EventKind::Store, false);
                store.stage = Stage::Deliver;
                store.from = Kurir;
                store.to = Mailboxes;
                store.message = qint32(s.messages.size() - 1);
                store.key = "store.mailbox";
                store.args = {rcpt, QByteArray::number(size)};
                store.text = "stored for <" + rcpt + "> (" + QByteArray::number(size) + " bytes)";
                record(s, std::move(store));
            }
        }
        if (ok) {
            ++s.stored;
            s.bytes += s.lastDataSize;
            ++m_counts.messages;
            if (!s.shown) {
                ++m_counts.earlierMessages;
                m_counts.earlierBytes += s.lastDataSize;
            }
        }
        s.lastData = -1;
        // A new transaction starts from nothing, whatever the answer.
        s.reversePath.clear();
        s.recipients.clear();
        return;
    }
    if (s.pendingVerbs.empty() || code < 200 || (code >= 300 && code < 400 && s.pendingVerbs.front() != "DATA")) {
        // The greeting, a 421 out of turn, or AUTH's 334 question (the answer comes as a
        // line of its own, with a reply of its own).
        if (!s.pendingVerbs.empty() && code >= 300 && code < 400) {
            s.pendingVerbs.pop_front();
            s.pendingArgs.pop_front();
        }
        return;
    }
    const QByteArray verb = s.pendingVerbs.front();
    const QByteArray argument = s.pendingArgs.front();
    s.pendingVerbs.pop_front();
    s.pendingArgs.pop_front();
    if (!ok)
        return;
    if (verb == "MAIL") {
        s.reversePath = argument;
        s.recipients.clear();
    } else if (verb == "RCPT") {
        s.recipients << argument;
    } else if (verb == "RSET" || verb == "EHLO" || verb == "HELO") {
        s.reversePath.clear();
        s.recipients.clear();
    }
}

void LiveTrace::sessionFinished(quint64 session, int messagesStored)
{
    Q_UNUSED(messagesStored) // counted as each 250 went out
    QMutexLocker lock(&m_mutex);
    Session *found = find(session);
    if (!found)
        return;
    Session &s = *found;
    --m_counts.active;
    s.finished = true;
    TraceEvent e = make(s, EventKind::TcpClose, true);
    e.text = QByteArrayLiteral("FIN");
    e.key = "submit.tcp-close";
    s.events = std::min(s.events, m_eventsPerSession - 1); // the end is always shown
    record(s, std::move(e));
    if (!s.shown)
        m_sessions.erase(session);
}

void LiveTrace::evictIfNeeded()
{
    int shown = 0;
    for (const auto &[id, s] : m_sessions)
        shown += s.shown ? 1 : 0;
    while (shown > m_sessionsKept) {
        // The oldest finished session goes first; if every one is still talking, the oldest.
        Session *victim = nullptr;
        for (auto &[id, s] : m_sessions) {
            if (s.shown && s.finished) {
                victim = &s;
                break;
            }
        }
        if (!victim) {
            for (auto &[id, s] : m_sessions) {
                if (s.shown) {
                    victim = &s;
                    break;
                }
            }
        }
        if (!victim)
            return;
        victim->shown = false;
        ++m_counts.earlierSessions;
        m_counts.earlierMessages += victim->stored;
        m_counts.earlierBytes += victim->bytes;
        const quint64 id = victim->id;
        std::erase_if(m_entries, [id](const Entry &entry) { return entry.session == id; });
        victim->messages.clear(); // its later messages are counted only
        victim->lastData = -1;
        if (victim->finished)
            m_sessions.erase(id);
        --shown;
    }
}

quint64 LiveTrace::generation() const
{
    QMutexLocker lock(&m_mutex);
    return m_generation;
}

LiveTrace::Counts LiveTrace::counts() const
{
    QMutexLocker lock(&m_mutex);
    return m_counts;
}

LiveTrace::Snapshot LiveTrace::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    auto trace = std::make_shared<engine::Trace>();
    engine::TraceActor server;
    server.id = "kurir";
    server.host = m_server.hostname;
    server.address = m_server.address + ':' + QByteArray::number(m_server.port);
    server.role = "mx";
    server.labelEn = QStringLiteral("Kurir (live)");
    server.labelId = QStringLiteral("Kurir (langsung)");
    trace->actors.push_back(server);
    engine::TraceActor boxes;
    boxes.id = "mailboxes";
    boxes.host = m_server.hostname;
    boxes.address = "Maildir";
    boxes.role = "mailbox";
    boxes.labelEn = QStringLiteral("Mailboxes");
    boxes.labelId = QStringLiteral("Kotak surat");
    trace->actors.push_back(boxes);

    // A client per session shown, the newest first: beside the server in the sequence diagram
    // and on top of the journey's column of clients. Their messages one after another.
    std::map<quint64, std::pair<qint16, qint32>> place; // session -> (actor, first message)
    for (auto it = m_sessions.rbegin(); it != m_sessions.rend(); ++it) {
        const auto &[id, s] = *it;
        if (!s.shown)
            continue;
        engine::TraceActor client;
        client.id = "client-" + QByteArray::number(id);
        client.host = s.helo;
        client.address = s.peer;
        client.role = "mua";
        client.labelEn = QStringLiteral("Client %1").arg(id);
        client.labelId = QStringLiteral("Klien %1").arg(id);
        place[id] = {qint16(trace->actors.size()), qint32(trace->messages.size())};
        trace->actors.push_back(std::move(client));
        for (engine::TraceMessage m : s.messages) {
            if (m.base >= 0)
                m.base += place[id].second;
            trace->messages.push_back(std::move(m));
        }
    }

    Snapshot snap;
    snap.sequence.reserve(m_entries.size());
    for (const Entry &entry : m_entries) {
        const auto it = place.find(entry.session);
        if (it == place.end())
            continue;
        TraceEvent e = entry.event;
        auto actor = [&](qint16 side) -> qint16 {
            switch (side) {
            case Client: return it->second.first;
            case Kurir: return 0;
            case Mailboxes: return 1;
            default: return -1;
            }
        };
        e.from = actor(e.from);
        e.to = actor(e.to);
        if (e.message >= 0)
            e.message += it->second.second;
        trace->events.push_back(std::move(e));
        snap.sequence.push_back(entry.sequence);
    }
    snap.trace = std::move(trace);
    snap.counts = m_counts;
    snap.generation = m_generation;
    return snap;
}

} // namespace kurir::gui
