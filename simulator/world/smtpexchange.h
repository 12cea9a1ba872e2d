#pragma once

#include <deque>
#include <functional>
#include <memory>

#include <QByteArray>

#include "engine/trace.h"
#include "protocol/clientsession.h"
#include "protocol/serversession.h"

namespace kurir::world {

class Connection;
class World;

/// Which leg of the journey an SMTP conversation is: it decides the lesson's stage of each
/// line and which narration explains it.
enum class Hop {
    Submission, ///< MUA to its provider's server on 587 (connect, authenticate, send)
    Relay,      ///< MTA to MTA on 25 (all of it is the "send" stage)
};

/// One SMTP conversation over one simulated TCP connection: a ClientSession on one host and
/// a ServerSession on the other, the very classes live mode uses. It moves the bytes, does
/// the (simulated) TLS handshake both asked for, and writes every line into the trace.
class SmtpExchange : public std::enable_shared_from_this<SmtpExchange>
{
public:
    using Done = std::function<void(const smtp::ClientSession &)>;

    SmtpExchange(World &world, std::shared_ptr<Connection> connection, Hop hop,
                 std::unique_ptr<smtp::ServerPolicy> policy, smtp::ClientConfig config,
                 smtp::OutgoingMessage message, Done done);
    ~SmtpExchange();

    /// Records the tcp-connect step and lets the server greet.
    void start();
    /// The message snapshot (World::keepMessage) that this conversation carries.
    void setMessageRef(qint32 ref) { m_messageRef = ref; }

private:
    void fromServer(const QByteArray &bytes);
    void fromClient(const QByteArray &bytes);
    void flushServer();
    void flushClient();
    void startTlsHandshake();
    void finish();
    engine::Stage stageForCommand(const QByteArray &line) const;
    engine::TraceEvent event(engine::EventKind kind, bool fromClient) const;
    engine::Interned key(QByteArrayView suffix, bool upper = false) const;

    World &m_world;
    std::shared_ptr<Connection> m_conn;
    Hop m_hop;
    std::unique_ptr<smtp::ServerPolicy> m_policy;
    QByteArray m_sentContent; ///< the message the client hands over (implicitly shared)
    smtp::ServerSession m_server;
    smtp::ClientSession m_client;
    Done m_done;
    int m_clientActor = -1;
    int m_serverActor = -1;
    std::deque<engine::Stage> m_replyStages; ///< stage of each command still to be answered
    engine::Stage m_lastStage = engine::Stage::Connect;
    bool m_clientWantsTls = false;
    bool m_serverWantsTls = false;
    bool m_finished = false;
    qint32 m_messageRef = -1;
};

} // namespace kurir::world
