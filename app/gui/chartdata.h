#pragma once

#include <array>
#include <vector>

#include <QtGlobal>

namespace kurir::engine {
struct Trace;
}

namespace kurir::gui {

/// The phases of one SMTP hop, in the order a connection goes through them.
enum class HopPhase : quint8 {
    Dns,      ///< the sender's MX/A look-ups just before it connected
    Tcp,      ///< opening (greeting, first EHLO) and closing (QUIT, FIN) the connection
    Tls,      ///< STARTTLS, the handshake and the EHLO after it
    Auth,     ///< AUTH and its replies
    Envelope, ///< MAIL FROM and RCPT TO
    Data,     ///< DATA up to the reply to the final dot
};
inline constexpr int kHopPhaseCount = 6;

/// Simulated time spent per phase by one SMTP connection (a hop such as Alice → Gmail).
struct HopTiming
{
    int from = -1;       ///< actor index of the client
    int to = -1;         ///< actor index of the server
    int connection = -1; ///< the trace's connection number, -1 for a failed connect
    int ordinal = 1;     ///< 1 for the first hop between these two actors, 2 for the next, ...
    bool failed = false; ///< the TCP connection could not be opened (timed out)
    int firstEvent = -1; ///< index of the first event of the hop (its first DNS query or connect)
    int lastEvent = -1;  ///< index of its last event (close or failure)
    qint64 startMs = 0;  ///< connect time (for a failed hop: when the connect began)
    qint64 endMs = 0;    ///< close time (for a failed hop: when it timed out)
    std::array<qint64, kHopPhaseCount> phaseMs{};

    qint64 phase(HopPhase p) const { return phaseMs[size_t(p)]; }
    qint64 totalMs() const;
    /// Time the connection was open (endMs - startMs): the phases but DNS add up to it.
    qint64 connectionMs() const { return endMs - startMs; }
};

/// One pass over the trace: a HopTiming per connection (and per failed connect), in the order
/// they opened. DNS look-ups are charged to the next hop their sender opens.
std::vector<HopTiming> hopTimings(const engine::Trace &trace);

/// The round trips of one SMTP connection: how often the client had to stop and wait for
/// the server. With PIPELINING (RFC 2920) MAIL, RCPT and DATA go out together and their
/// replies come back together: one round trip instead of one per command.
struct RoundTrips
{
    int from = -1;  ///< actor index of the client
    int to = -1;    ///< actor index of the server
    int trips = 0;  ///< times a reply followed what the client sent
};
/// Per connection, in the order they were opened.
std::vector<RoundTrips> roundTrips(const engine::Trace &trace);

/// One point of a step line: from `timeMs` on, the value is `value`.
struct StepPoint
{
    qint64 timeMs = 0;
    int value = 0;
    int event = -1; ///< the trace event that made the step
};

/// The queue of one sending server over simulated time.
struct ServerQueue
{
    int actor = -1;
    std::vector<StepPoint> length;   ///< starts with {0, 0}; one point per queued or removed
    std::vector<StepPoint> attempts; ///< each delivery attempt (connect or failed connect), value = queue length then
};

/// The queue history of every server with queue events, and what counts as retrying.
struct QueueHistory
{
    std::vector<ServerQueue> servers;
    int retries = 0;   ///< "retry" queue events
    int deferrals = 0; ///< "deferred" queue events
    qint64 endMs = 0;  ///< time of the last event
    bool hasRetries() const { return retries > 0 || deferrals > 0; }
    /// Worth a chart: a retry, or a server that needed more than one attempt (a backup MX).
    bool worthCharting() const;
    size_t pointCount() const;
};

/// One pass over the trace: "queued ..." adds one, "removed ..." takes one away; every
/// connect a server opens while its queue is not empty is a delivery attempt.
QueueHistory queueHistory(const engine::Trace &trace);

/// Delivered (Store), deferred ("deferred" queue events) and bounced (Bounce) messages,
/// cumulative, in at most `buckets` equal time slices ending at the last event.
struct DeliveryTimeline
{
    std::vector<qint64> timeMs; ///< end of each bucket
    std::vector<int> delivered;
    std::vector<int> deferred;
    std::vector<int> bounced;
    int totalDelivered() const { return delivered.empty() ? 0 : delivered.back(); }
    int totalDeferred() const { return deferred.empty() ? 0 : deferred.back(); }
    int totalBounced() const { return bounced.empty() ? 0 : bounced.back(); }
    /// Enough messages for a chart over time to say more than the lesson's own steps.
    bool isBulk() const { return totalDelivered() + totalBounced() >= 20; }
};
DeliveryTimeline deliveryTimeline(const engine::Trace &trace, int buckets = 200);

/// Everything the charts work out from a trace, in one bundle, so that a large trace can
/// have it worked out on a worker thread before the window shows it.
struct ChartInputs
{
    std::vector<HopTiming> hops;
    QueueHistory queue;
    DeliveryTimeline delivery;

    static ChartInputs of(const engine::Trace &trace);
};

} // namespace kurir::gui
