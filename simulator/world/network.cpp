#include "network.h"

#include "world.h"

namespace kurir::world {

void Connection::sendToServer(QByteArray bytes)
{
    if (!open || bytes.isEmpty())
        return;
    m_world->scheduler().after(latencyMs, [self = shared_from_this(), bytes = std::move(bytes)] {
        if (self->open && self->onServerReceive)
            self->onServerReceive(bytes);
    });
}

void Connection::sendToClient(QByteArray bytes)
{
    if (!open || bytes.isEmpty())
        return;
    m_world->scheduler().after(latencyMs, [self = shared_from_this(), bytes = std::move(bytes)] {
        if (self->open && self->onClientReceive)
            self->onClientReceive(bytes);
    });
}

void Connection::close()
{
    if (!open)
        return;
    open = false;
    // Break the cycles between the connection and the callbacks that hold it.
    onClientReceive = nullptr;
    onServerReceive = nullptr;
    onServerClosed = nullptr;
}

int Network::latency(const QByteArray &a, const QByteArray &b)
{
    const int base = m_world.scenario().latency(a, b);
    // Up to 20 % jitter, from the seeded generator: the seed governs timing, nothing else.
    const int jitter = base >= 5 ? int(m_world.random() % quint32(base / 5 + 1)) : 0;
    return base + jitter;
}

void Network::connect(const QByteArray &client, const QByteArray &server, int port,
                      std::function<void(std::shared_ptr<Connection>)> opened,
                      std::function<void()> failed)
{
    const int oneWay = latency(client, server);
    if (!m_world.isHostUp(server) || !m_world.host(server)) {
        m_world.scheduler().after(kConnectTimeoutMs, std::move(failed));
        return;
    }
    auto conn = std::make_shared<Connection>();
    conn->id = m_nextId++;
    conn->clientHost = client;
    conn->serverHost = server;
    conn->clientPort = m_nextPort++;
    if (m_nextPort > 65535)
        m_nextPort = 49152;
    conn->serverPort = port;
    conn->latencyMs = oneWay;
    conn->m_world = &m_world;
    // SYN, SYN-ACK, ACK: the client may send after one round trip; the server's greeting
    // follows its ACK. Summarised as one tcp-connect event by the caller.
    m_world.scheduler().after(2 * oneWay, [conn, opened = std::move(opened)] { opened(conn); });
}

} // namespace kurir::world
