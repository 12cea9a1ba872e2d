#pragma once

#include <functional>
#include <memory>
#include <random>
#include <vector>

#include <QByteArray>
#include <QByteArrayList>

#include "protocol/clientsession.h"
#include "protocol/serversession.h"
#include "protocol/sessionevent.h"

namespace kurir::test {

/// An in-memory connection between a ClientSession and a ServerSession, standing in for TCP
/// and TLS: it moves bytes both ways until neither side has anything more to say, and plays
/// the TLS handshake once both sides have asked for it (SessionEvent::Kind::TlsStart).
///
/// Every byte and event is kept, in order, so tests can compare whole transcripts. Chunkers
/// split each write into pieces to show that the sessions do not depend on how TCP happens
/// to cut the stream.
class Pipe
{
public:
    /// Size of the next piece of a write that still has `remaining` octets (clamped to 1..).
    using Chunker = std::function<qsizetype(qsizetype remaining)>;

    Pipe(smtp::ClientSession &client, smtp::ServerSession &server)
        : m_client(client), m_server(server)
    {
    }

    void setClientChunker(Chunker chunker) { m_toServerChunker = std::move(chunker); }
    void setServerChunker(Chunker chunker) { m_toClientChunker = std::move(chunker); }

    /// Pieces of 1..maxChunk octets from a fixed seed: reproducible random splits.
    static Chunker randomChunks(unsigned seed, qsizetype maxChunk)
    {
        auto engine = std::make_shared<std::mt19937>(seed);
        return [engine, maxChunk](qsizetype) {
            return std::uniform_int_distribution<qsizetype>(1, maxChunk)(*engine);
        };
    }

    /// Starts both sessions if needed and runs the conversation until it is quiet. When the
    /// server has closed and the client still waits, the client learns that the connection
    /// is gone, as a socket would tell it.
    void run()
    {
        m_server.start();
        m_client.start();
        for (;;) {
            bool progress = false;
            const QByteArray toServer = m_client.takeOutput();
            collect(m_client.takeEvents(), m_clientEvents, m_clientWantsTls);
            const QByteArray toClient = m_server.takeOutput();
            collect(m_server.takeEvents(), m_serverEvents, m_serverWantsTls);
            if (!toServer.isEmpty()) {
                m_clientToServer += toServer;
                m_clientWrites.append(toServer);
                deliver(toServer, m_toServerChunker,
                        [this](QByteArrayView piece) { m_server.receive(piece); });
                progress = true;
            }
            if (!toClient.isEmpty()) {
                m_serverToClient += toClient;
                deliver(toClient, m_toClientChunker,
                        [this](QByteArrayView piece) { m_client.receive(piece); });
                progress = true;
            }
            if (m_clientWantsTls && m_serverWantsTls) {
                m_clientWantsTls = m_serverWantsTls = false;
                ++m_handshakes;
                m_server.tlsEstablished();
                m_client.tlsEstablished();
                progress = true;
            }
            if (!progress)
                break;
        }
        if (m_server.isClosed() && !m_client.isDone()) {
            m_client.connectionLost();
            collect(m_client.takeEvents(), m_clientEvents, m_clientWantsTls);
        }
    }

    /// Everything each side wrote, concatenated.
    const QByteArray &clientToServer() const { return m_clientToServer; }
    const QByteArray &serverToClient() const { return m_serverToClient; }
    /// The client's output, one entry per takeOutput() (what one TCP write would carry).
    const QByteArrayList &clientWrites() const { return m_clientWrites; }
    const std::vector<smtp::SessionEvent> &clientEvents() const { return m_clientEvents; }
    const std::vector<smtp::SessionEvent> &serverEvents() const { return m_serverEvents; }
    int tlsHandshakes() const { return m_handshakes; }

    /// The events of one kind a side emitted, in order.
    static std::vector<smtp::SessionEvent> ofKind(const std::vector<smtp::SessionEvent> &events,
                                                  smtp::SessionEvent::Kind kind)
    {
        std::vector<smtp::SessionEvent> out;
        for (const smtp::SessionEvent &e : events)
            if (e.kind == kind)
                out.push_back(e);
        return out;
    }

private:
    static void collect(std::vector<smtp::SessionEvent> events,
                        std::vector<smtp::SessionEvent> &into, bool &wantsTls)
    {
        for (smtp::SessionEvent &e : events) {
            if (e.kind == smtp::SessionEvent::Kind::TlsStart)
                wantsTls = true;
            into.push_back(std::move(e));
        }
    }

    template<typename Receive>
    static void deliver(const QByteArray &bytes, const Chunker &chunker, Receive receive)
    {
        if (!chunker) {
            receive(QByteArrayView(bytes));
            return;
        }
        qsizetype pos = 0;
        while (pos < bytes.size()) {
            const qsizetype remaining = bytes.size() - pos;
            const qsizetype n = qBound<qsizetype>(1, chunker(remaining), remaining);
            receive(QByteArrayView(bytes).sliced(pos, n));
            pos += n;
        }
    }

    smtp::ClientSession &m_client;
    smtp::ServerSession &m_server;
    Chunker m_toServerChunker;
    Chunker m_toClientChunker;
    QByteArray m_clientToServer;
    QByteArray m_serverToClient;
    QByteArrayList m_clientWrites;
    std::vector<smtp::SessionEvent> m_clientEvents;
    std::vector<smtp::SessionEvent> m_serverEvents;
    bool m_clientWantsTls = false;
    bool m_serverWantsTls = false;
    int m_handshakes = 0;
};

} // namespace kurir::test
