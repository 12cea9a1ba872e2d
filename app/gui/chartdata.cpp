#include "chartdata.h"

#include <unordered_map>

#include <algorithm>
#include <deque>

#include <QHash>

#include "engine/trace.h"
#include "world/network.h"

namespace kurir::gui {

using engine::EventKind;

namespace {

/// The command line starts with `verb` (any case), as RFC 5321 §2.4 allows.
bool hasVerb(const QByteArray &text, const char *verb)
{
    const qsizetype n = qsizetype(qstrlen(verb));
    return text.size() >= n && qstrnicmp(text.constData(), verb, size_t(n)) == 0;
}

} // namespace

qint64 HopTiming::totalMs() const
{
    qint64 sum = 0;
    for (qint64 ms : phaseMs)
        sum += ms;
    return sum;
}

std::vector<HopTiming> hopTimings(const engine::Trace &trace)
{
    // Look-ups a sender made and has not yet charged to a hop.
    struct PendingDns
    {
        int firstEvent = -1;
        qint64 ms = 0;
        std::deque<qint64> open; ///< times of queries still waiting for their answer
    };
    // A hop whose connection is open: the phase the next interval belongs to.
    struct OpenHop
    {
        size_t hop = 0;
        HopPhase phase = HopPhase::Tcp;
        qint64 lastMs = 0;
        std::deque<HopPhase> awaiting; ///< phases of the commands still waiting for a reply
    };

    std::vector<HopTiming> hops;
    std::vector<PendingDns> pending(trace.actors.size());
    QHash<int, OpenHop> open;       // by connection number
    QHash<quint32, int> pairCount;  // by (from, to)

    auto pendingOf = [&](int actor) -> PendingDns * {
        return actor >= 0 && size_t(actor) < pending.size() ? &pending[size_t(actor)] : nullptr;
    };
    auto startHop = [&](const engine::TraceEvent &e, int index) -> HopTiming & {
        HopTiming hop;
        hop.from = e.from;
        hop.to = e.to;
        hop.ordinal = ++pairCount[(quint32(quint16(e.from)) << 16) | quint16(e.to)];
        hop.firstEvent = index;
        if (PendingDns *dns = pendingOf(e.from)) {
            if (dns->firstEvent >= 0) {
                hop.firstEvent = dns->firstEvent;
                hop.phaseMs[size_t(HopPhase::Dns)] = dns->ms;
            }
            *dns = PendingDns();
        }
        hops.push_back(hop);
        return hops.back();
    };

    const int count = int(trace.events.size());
    for (int i = 0; i < count; ++i) {
        const engine::TraceEvent &e = trace.events[size_t(i)];
        switch (e.kind) {
        case EventKind::DnsQuery:
            if (PendingDns *dns = pendingOf(e.from)) {
                if (dns->firstEvent < 0)
                    dns->firstEvent = i;
                dns->open.push_back(e.timeMs);
            }
            continue;
        case EventKind::DnsAnswer:
            if (PendingDns *dns = pendingOf(e.to); dns && !dns->open.empty()) {
                dns->ms += e.timeMs - dns->open.front();
                dns->open.pop_front();
            }
            continue;
        case EventKind::TcpConnect: {
            HopTiming &hop = startHop(e, i);
            hop.connection = e.connection;
            hop.startMs = hop.endMs = e.timeMs;
            hop.lastEvent = i;
            open.insert(e.connection, OpenHop{hops.size() - 1, HopPhase::Tcp, e.timeMs, {}});
            continue;
        }
        case EventKind::TcpFail: {
            // The connect began a timeout earlier and never got an answer.
            HopTiming &hop = startHop(e, i);
            hop.failed = true;
            hop.endMs = e.timeMs;
            hop.startMs = std::max<qint64>(0, e.timeMs - world::Network::kConnectTimeoutMs);
            hop.lastEvent = i;
            hop.phaseMs[size_t(HopPhase::Tcp)] = hop.endMs - hop.startMs;
            continue;
        }
        default:
            break;
        }

        if (e.connection < 0)
            continue;
        auto it = open.find(e.connection);
        if (it == open.end())
            continue;
        OpenHop &state = *it;
        HopTiming &hop = hops[state.hop];
        // The time since the previous event went to the oldest command still waiting for its
        // reply: with PIPELINING (RFC 2920) MAIL, RCPT and DATA leave together, and the wait for
        // each reply is that command's. Without one waiting, to the phase the client is in.
        const HopPhase spent = state.awaiting.empty() ? state.phase : state.awaiting.front();
        hop.phaseMs[size_t(spent)] += e.timeMs - state.lastMs;
        state.lastMs = e.timeMs;
        hop.endMs = e.timeMs;
        hop.lastEvent = i;

        switch (e.kind) {
        case EventKind::SmtpCommand:
            if (hasVerb(e.text, "STARTTLS"))
                state.phase = HopPhase::Tls;
            else if (hasVerb(e.text, "AUTH"))
                state.phase = HopPhase::Auth;
            else if (hasVerb(e.text, "MAIL") || hasVerb(e.text, "RCPT"))
                state.phase = HopPhase::Envelope;
            else if (hasVerb(e.text, "DATA") || hasVerb(e.text, "BDAT"))
                state.phase = HopPhase::Data;
            else if (hasVerb(e.text, "QUIT"))
                state.phase = HopPhase::Tcp;
            // EHLO, RSET, NOOP, AUTH continuation lines: the phase goes on.
            state.awaiting.push_back(state.phase);
            break;
        case EventKind::SmtpReply:
            if (!state.awaiting.empty())
                state.awaiting.pop_front();
            break;
        case EventKind::Tls:
            state.phase = HopPhase::Tls;
            break;
        case EventKind::SmtpData:
            // The content's reply is the one to the final dot.
            state.phase = HopPhase::Data;
            state.awaiting.push_back(HopPhase::Data);
            break;
        case EventKind::TcpClose:
            open.erase(it);
            break;
        default:
            break;
        }
    }
    return hops;
}

size_t QueueHistory::pointCount() const
{
    size_t n = 0;
    for (const ServerQueue &s : servers)
        n += s.length.size() + s.attempts.size();
    return n;
}

bool QueueHistory::worthCharting() const
{
    if (hasRetries())
        return true;
    for (const ServerQueue &s : servers)
        if (s.attempts.size() > 1)
            return true;
    return false;
}

QueueHistory queueHistory(const engine::Trace &trace)
{
    QueueHistory history;
    std::vector<int> slotOf(trace.actors.size(), -1);
    auto slot = [&](int actor, bool create) -> ServerQueue * {
        if (actor < 0 || size_t(actor) >= slotOf.size())
            return nullptr;
        int &s = slotOf[size_t(actor)];
        if (s < 0) {
            if (!create)
                return nullptr;
            s = int(history.servers.size());
            ServerQueue queue;
            queue.actor = actor;
            queue.length.push_back(StepPoint{0, 0, -1});
            history.servers.push_back(std::move(queue));
        }
        return &history.servers[size_t(s)];
    };

    const int count = int(trace.events.size());
    for (int i = 0; i < count; ++i) {
        const engine::TraceEvent &e = trace.events[size_t(i)];
        if (e.kind == EventKind::Queue) {
            int delta = 0;
            if (e.text.startsWith("queued "))
                delta = 1;
            else if (e.text.startsWith("removed "))
                delta = -1;
            else if (e.text.startsWith("deferred "))
                ++history.deferrals;
            else if (e.text.startsWith("retry "))
                ++history.retries;
            if (delta != 0) {
                ServerQueue *queue = slot(e.from, true);
                if (!queue)
                    continue;
                const int now = std::max(0, queue->length.back().value + delta);
                queue->length.push_back(StepPoint{e.timeMs, now, i});
            }
        } else if (e.kind == EventKind::TcpConnect || e.kind == EventKind::TcpFail) {
            ServerQueue *queue = slot(e.from, false);
            // A failed connect is marked where it began, a timeout before it gave up.
            const qint64 began = e.kind == EventKind::TcpFail
                ? std::max<qint64>(0, e.timeMs - world::Network::kConnectTimeoutMs) : e.timeMs;
            if (queue && queue->length.back().value > 0)
                queue->attempts.push_back(StepPoint{began, queue->length.back().value, i});
        }
    }
    history.endMs = trace.events.empty() ? 0 : trace.events.back().timeMs;
    return history;
}

DeliveryTimeline deliveryTimeline(const engine::Trace &trace, int buckets)
{
    DeliveryTimeline timeline;
    if (trace.events.empty() || buckets < 1)
        return timeline;
    // Events are recorded in time order, so the last one ends the run.
    const qint64 endMs = std::max<qint64>(1, trace.events.back().timeMs);
    const size_t n = size_t(buckets);
    timeline.delivered.assign(n, 0);
    timeline.deferred.assign(n, 0);
    timeline.bounced.assign(n, 0);
    auto bucketOf = [&](qint64 t) {
        return size_t(std::clamp<qint64>(t * buckets / endMs, 0, buckets - 1));
    };
    for (const engine::TraceEvent &e : trace.events) {
        switch (e.kind) {
        case EventKind::Store:
            ++timeline.delivered[bucketOf(e.timeMs)];
            break;
        case EventKind::Bounce:
            ++timeline.bounced[bucketOf(e.timeMs)];
            break;
        case EventKind::Queue:
            if (e.text.startsWith("deferred "))
                ++timeline.deferred[bucketOf(e.timeMs)];
            break;
        default:
            break;
        }
    }
    timeline.timeMs.resize(n);
    for (size_t b = 0; b < n; ++b) {
        timeline.timeMs[b] = qint64(b + 1) * endMs / buckets;
        if (b > 0) {
            timeline.delivered[b] += timeline.delivered[b - 1];
            timeline.deferred[b] += timeline.deferred[b - 1];
            timeline.bounced[b] += timeline.bounced[b - 1];
        }
    }
    return timeline;
}

std::vector<RoundTrips> roundTrips(const engine::Trace &trace)
{
    std::vector<RoundTrips> out;
    std::unordered_map<qint32, size_t> byConnection;
    std::unordered_map<qint32, bool> clientSpoke; // the client sent since the last reply
    for (const engine::TraceEvent &e : trace.events) {
        if (e.connection < 0)
            continue;
        if (e.kind == engine::EventKind::TcpConnect) {
            byConnection[e.connection] = out.size();
            out.push_back({e.from, e.to, 0});
            clientSpoke[e.connection] = false;
            continue;
        }
        const auto it = byConnection.find(e.connection);
        if (it == byConnection.end())
            continue;
        if (e.kind == engine::EventKind::SmtpCommand || e.kind == engine::EventKind::SmtpData) {
            clientSpoke[e.connection] = true;
        } else if (e.kind == engine::EventKind::SmtpReply && clientSpoke[e.connection]) {
            // The first reply after the client spoke ends a round trip; further replies in
            // the same batch (pipelined) arrive without another wait.
            ++out[it->second].trips;
            clientSpoke[e.connection] = false;
        }
    }
    return out;
}

ChartInputs ChartInputs::of(const engine::Trace &trace)
{
    return {hopTimings(trace), queueHistory(trace), deliveryTimeline(trace)};
}

} // namespace kurir::gui
