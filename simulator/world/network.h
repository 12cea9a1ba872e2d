#pragma once

#include <functional>
#include <memory>

#include <QByteArray>

namespace kurir::world {

class World;

/// One simulated TCP connection between two hosts. Bytes arrive after the link's latency,
/// in the order they were sent, until either side closes.
class Connection : public std::enable_shared_from_this<Connection>
{
public:
    int id = 0;
    QByteArray clientHost, serverHost; ///< host ids
    int clientPort = 0, serverPort = 0;
    int latencyMs = 10;
    bool encrypted = false;            ///< inside TLS after a STARTTLS handshake
    bool open = true;

    std::function<void(const QByteArray &)> onClientReceive; ///< bytes from the server
    std::function<void(const QByteArray &)> onServerReceive; ///< bytes from the client
    std::function<void()> onServerClosed; ///< the client went away

    void sendToServer(QByteArray bytes);
    void sendToClient(QByteArray bytes);
    void close();

private:
    friend class Network;
    World *m_world = nullptr;
};

/// Opens connections between the scenario's hosts. A host that is down does not answer;
/// the caller learns it after the connect timeout, as a real MTA does (Postfix: 30 s).
class Network
{
public:
    static constexpr qint64 kConnectTimeoutMs = 30000;

    explicit Network(World &world) : m_world(world) {}

    /// Starts a TCP connection from `client` to `server`:`port`; `opened` or `failed` is
    /// called later, on the simulated clock.
    void connect(const QByteArray &client, const QByteArray &server, int port,
                 std::function<void(std::shared_ptr<Connection>)> opened,
                 std::function<void()> failed);
    /// One-way delay between two hosts, with the seeded jitter of this run.
    int latency(const QByteArray &a, const QByteArray &b);

private:
    World &m_world;
    int m_nextId = 1;
    int m_nextPort = 49152; ///< start of the dynamic port range (RFC 6335)
};

} // namespace kurir::world
