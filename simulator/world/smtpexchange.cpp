#include "smtpexchange.h"

#include <array>

#include "engine/concat.h"
#include "engine/narration.h"
#include "protocol/linehash.h"
#include "network.h"
#include "world.h"

namespace kurir::world {

namespace {

QByteArrayView verbView(QByteArrayView line)
{
    const qsizetype space = line.indexOf(' ');
    return space < 0 ? line : line.first(space);
}

QByteArray verbOf(const QByteArray &line)
{
    const qsizetype space = line.indexOf(' ');
    return (space < 0 ? line : line.first(space)).toUpper();
}

// The narration key `prefix` + `suffix` (upper-cased when `upper`), through a small cache
// per thread: every line of every conversation asks for one, from a few dozen texts, and
// building the key and interning it cost more than the rest of recording the line. The
// prefixes are this file's literals, so a cache entry knows its prefix by address.
engine::Interned joinedKey(const char *prefix, QByteArrayView suffix, bool upper)
{
    struct Entry
    {
        const char *prefix = nullptr;
        bool upper = false;
        QByteArray suffix;
        engine::Interned key;
    };
    thread_local std::array<Entry, 256> cache;
    const size_t h = smtp::lineHash(suffix) ^ (quintptr(prefix) * 0x9E3779B97F4A7C15ull) ^ (upper ? 1u : 0u);
    // Two ways per set, so that two keys a conversation uses in turn never evict each other.
    const size_t set = (h >> 24) % cache.size() & ~size_t(1);
    for (size_t way = set; way < set + 2; ++way) {
        const Entry &e = cache[way];
        if (e.prefix == prefix && e.upper == upper && QByteArrayView(e.suffix) == suffix)
            return e.key;
    }
    const QByteArray text = QByteArray(prefix) + (upper ? suffix.toByteArray().toUpper() : suffix.toByteArray());
    cache[set + 1] = std::move(cache[set]);
    cache[set] = {prefix, upper, suffix.toByteArray(), engine::Interned(text)};
    return cache[set].key;
}

// The client as this driver runs it: replies are recorded from the server's side, and
// neither they nor the client's changes of state are steps of the lesson.
smtp::ClientConfig quietClient(smtp::ClientConfig config)
{
    config.reportProgress = false;
    return config;
}

// "reply." + the catalog name (every reply of every conversation). The name comes from the
// catalog's static table (smtp::replyKey()), one array per reply, so its address alone
// finds the key the next time, without hashing or comparing its text.
engine::Interned replyKey(QByteArrayView name)
{
    struct Entry
    {
        const char *data = nullptr;
        qsizetype size = 0;
        engine::Interned key;
    };
    thread_local std::array<Entry, 128> cache;
    Entry &e = cache[(quintptr(name.data()) >> 3) % cache.size()];
    if (e.data != name.data() || e.size != name.size())
        e = {name.data(), name.size(), joinedKey("reply.", name, false)};
    return e.key;
}

} // namespace

using engine::EventKind;
using engine::Stage;
using engine::TraceEvent;
using smtp::SessionEvent;

SmtpExchange::SmtpExchange(World &world, std::shared_ptr<Connection> connection, Hop hop,
                           std::unique_ptr<smtp::ServerPolicy> policy, smtp::ClientConfig config,
                           smtp::OutgoingMessage message, Done done)
    : m_world(world), m_conn(std::move(connection)), m_hop(hop), m_policy(std::move(policy)),
      m_sentContent(message.content), m_server(*m_policy, world.host(m_conn->clientHost)->address),
      m_client(quietClient(std::move(config)), std::move(message)), m_done(std::move(done))
{
    m_clientActor = world.actorIndex(m_conn->clientHost);
    m_serverActor = world.actorIndex(m_conn->serverHost);
    m_lastStage = hop == Hop::Submission ? Stage::Connect : Stage::Send;
}

SmtpExchange::~SmtpExchange() = default;

// The narration key "submit.<suffix>" or "relay.<suffix>", with the suffix upper-cased when
// it is a verb. Built on the stack: every line of every conversation asks for one.
engine::Interned SmtpExchange::key(QByteArrayView suffix, bool upper) const
{
    return joinedKey(m_hop == Hop::Submission ? "submit." : "relay.", suffix, upper);
}

TraceEvent SmtpExchange::event(EventKind kind, bool fromClient) const
{
    TraceEvent e;
    e.kind = kind;
    e.from = qint16(fromClient ? m_clientActor : m_serverActor);
    e.to = qint16(fromClient ? m_serverActor : m_clientActor);
    e.connection = m_conn->id;
    e.encrypted = m_conn->encrypted;
    e.stage = m_lastStage;
    return e;
}

void SmtpExchange::start()
{
    auto self = shared_from_this();
    m_conn->onServerReceive = [self](const QByteArray &b) { self->fromClient(b); };
    m_conn->onClientReceive = [self](const QByteArray &b) { self->fromServer(b); };

    TraceEvent e = event(EventKind::TcpConnect, true);
    const scenario::Host *client = m_world.host(m_conn->clientHost);
    const scenario::Host *server = m_world.host(m_conn->serverHost);
    const QByteArray serverPort = smtp::eventNumber(m_conn->serverPort);
    e.text = engine::concat({client->address, ":", smtp::eventNumber(m_conn->clientPort), " -> ", server->address, ":",
                             serverPort});
    // A mail client on port 25 (an old setup, or a forger) is narrated as what it is.
    e.key = key(m_hop == Hop::Submission && m_conn->serverPort == 25 ? "tcp-connect-25" : "tcp-connect");
    e.args = {serverPort, client->address, server->address};
    m_world.record(std::move(e));

    m_client.start();
    m_replyStages.push_back(m_lastStage); // the greeting answers the connection itself
    m_server.start();
    flushServer();
    flushClient();
}

// The stage a command belongs to on the submission leg; a relay leg is all "send".
Stage SmtpExchange::stageForCommand(const QByteArray &line) const
{
    if (m_hop == Hop::Relay)
        return Stage::Send;
    if (m_client.state() == smtp::ClientSession::State::Auth)
        return Stage::Authenticate;
    const QByteArray verb = verbOf(line);
    if (verb == "EHLO" || verb == "HELO" || verb == "STARTTLS")
        return Stage::Connect;
    if (verb == "AUTH")
        return Stage::Authenticate;
    return Stage::Send;
}

void SmtpExchange::fromClient(const QByteArray &bytes)
{
    m_server.receive(bytes);
    flushServer();
}

void SmtpExchange::fromServer(const QByteArray &bytes)
{
    m_client.receive(bytes);
    flushClient();
}

void SmtpExchange::flushServer()
{
    for (const SessionEvent &se : m_server.takeEvents()) {
        switch (se.kind) {
        case SessionEvent::Kind::ReplySent: {
            if (!m_replyStages.empty()) {
                m_lastStage = m_replyStages.front();
                m_replyStages.pop_front();
            }
            TraceEvent e = event(EventKind::SmtpReply, false);
            e.text = m_world.shareText(se.wire);
            e.code = qint16(se.args.value(0).toInt());
            e.enhanced = se.args.value(1);
            e.key = replyKey(se.key); // arguments are read from the text

            m_world.record(std::move(e));
            break;
        }
        case SessionEvent::Kind::TlsStart:
            m_serverWantsTls = true;
            break;
        case SessionEvent::Kind::Note: {
            if (!engine::Narration::has(se.key))
                break; // bookkeeping of the session, not a step of the lesson
            TraceEvent e = event(EventKind::Note, false);
            e.key = se.key;
            e.args = se.args;
            e.text = se.key;
            m_world.record(std::move(e));
            break;
        }
        default:
            break; // commands are recorded from the client's side, where they are written
        }
    }
    const QByteArray out = m_server.takeOutput();
    if (!out.isEmpty())
        m_conn->sendToClient(out);
    if (m_serverWantsTls && m_clientWantsTls)
        startTlsHandshake();
    if (m_server.isClosed() && !m_client.isDone()) {
        // The server hung up (421): what reached the client still arrives, then the line dies.
        auto self = shared_from_this();
        m_world.scheduler().after(m_conn->latencyMs, [self] {
            self->m_client.connectionLost();
            self->flushClient();
        }, 1);
    }
}

void SmtpExchange::flushClient()
{
    for (const SessionEvent &se : m_client.takeEvents()) {
        switch (se.kind) {
        case SessionEvent::Kind::CommandSent: {
            const Stage stage = stageForCommand(se.wire);
            m_lastStage = stage;
            m_replyStages.push_back(stage);
            TraceEvent e = event(EventKind::SmtpCommand, true);
            e.text = m_world.shareText(se.wire);
            const bool authResponse = m_client.state() == smtp::ClientSession::State::Auth &&
                                      !se.wire.startsWith("AUTH");
            e.key = authResponse ? key("auth-response") : key(verbView(se.wire), true);
            m_world.record(std::move(e));
            break;
        }
        case SessionEvent::Kind::DataSent: {
            m_replyStages.push_back(m_lastStage);
            TraceEvent e = event(EventKind::SmtpData, true);
            e.key = key("data");
            e.message = m_messageRef;
            if (m_messageRef < 0 || !m_world.trace().messageEquals(m_messageRef, m_sentContent)) {
                // Not the snapshot it claims to carry: keep the wire text itself.
                QByteArray text = se.wire;
                text.chop(2);
                e.text = text.replace("\r\n", "\n");
            }
            m_world.record(std::move(e));
            break;
        }
        case SessionEvent::Kind::TlsStart:
            m_clientWantsTls = true;
            break;
        case SessionEvent::Kind::Note: {
            if (!engine::Narration::has(se.key))
                break;
            TraceEvent e = event(EventKind::Note, true);
            e.key = se.key;
            e.args = se.args;
            e.text = se.key;
            m_world.record(std::move(e));
            break;
        }
        default:
            break;
        }
    }
    const QByteArray out = m_client.takeOutput();
    if (!out.isEmpty())
        m_conn->sendToServer(out);
    if (m_serverWantsTls && m_clientWantsTls)
        startTlsHandshake();
    if (m_client.isDone())
        finish();
}

void SmtpExchange::startTlsHandshake()
{
    m_serverWantsTls = m_clientWantsTls = false;
    const scenario::Host *server = m_world.host(m_conn->serverHost);
    TraceEvent e = event(EventKind::Tls, true);
    e.text = "TLSv1.3 TLS_AES_256_GCM_SHA384, certificate CN=" + server->name;
    e.key = key("tls");
    e.args = {server->name};
    m_world.record(std::move(e));
    // TLS 1.3 takes one round trip (ClientHello; ServerHello..Finished; client Finished
    // travels with the first encrypted command).
    auto self = shared_from_this();
    m_world.scheduler().after(2 * m_conn->latencyMs, [self] {
        if (!self->m_conn->open)
            return;
        self->m_conn->encrypted = true;
        self->m_server.tlsEstablished();
        self->m_client.tlsEstablished();
        self->flushServer();
        self->flushClient();
    });
}

void SmtpExchange::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    // Let the last bytes (QUIT's 221) arrive before the connection is torn down.
    auto self = shared_from_this();
    m_world.scheduler().after(m_conn->latencyMs, [self] {
        self->flushServer();
        TraceEvent e = self->event(EventKind::TcpClose, true);
        e.text = QByteArrayLiteral("FIN"); // static data: no allocation per connection
        e.key = self->key("tcp-close");
        self->m_world.record(std::move(e));
        self->m_conn->close();
        if (self->m_done)
            self->m_done(self->m_client);
    }, 2);
}

} // namespace kurir::world
