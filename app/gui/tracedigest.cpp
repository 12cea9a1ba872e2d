#include "tracedigest.h"

#include <algorithm>
#include <map>

namespace kurir::gui {

using engine::EventKind;

TraceDigest::TraceDigest(const engine::Trace &trace)
{
    const auto &events = trace.events;
    m_holder.resize(events.size());
    m_carries.resize(events.size(), false);

    std::map<std::pair<int, int>, int> linkIndex;
    auto linkFor = [&](int from, int to, bool dns) {
        const std::pair<int, int> key{std::min(from, to), std::max(from, to)};
        auto it = linkIndex.find(key);
        if (it != linkIndex.end()) {
            m_links[size_t(it->second)].dns = m_links[size_t(it->second)].dns && dns;
            return it->second;
        }
        Link link;
        link.a = key.first;
        link.b = key.second;
        link.dns = dns;
        m_links.push_back(link);
        linkIndex.emplace(key, int(m_links.size() - 1));
        return int(m_links.size() - 1);
    };

    // Per TCP connection: its link, whether it is open and in TLS, and the client that sent
    // DATA and waits for the verdict on it.
    struct Connection { int link = -1; bool open = false; bool tls = false; int dataFrom = -1; qint32 dataMessage = -1; };
    std::map<qint32, Connection> connections;
    struct Count { int open = 0; int tls = 0; };
    std::vector<Count> counts; // per link: connections open on it, and in TLS
    auto aggregate = [&](int link) {
        const Count &n = counts[size_t(link)];
        return n.tls > 0 ? LinkState::Tls : n.open > 0 ? LinkState::Open : LinkState::Closed;
    };

    Holder holder;
    for (size_t i = 0; i < events.size(); ++i) {
        const engine::TraceEvent &e = events[i];
        int &start = m_stageStart[size_t(e.stage)];
        if (start < 0)
            start = int(i);

        const bool travels = e.from >= 0 && e.to >= 0 && e.from != e.to;
        const bool dns = e.kind == EventKind::DnsQuery || e.kind == EventKind::DnsAnswer;
        const int link = travels ? linkFor(e.from, e.to, dns) : -1;
        auto isReturned = [&](qint32 message) {
            return message >= 0 && size_t(message) < trace.messages.size()
                   && trace.messages[size_t(message)].envelopeFrom.isEmpty();
        };

        if (link >= 0 && e.connection >= 0) {
            counts.resize(m_links.size());
            Connection &c = connections[e.connection];
            const LinkState before = aggregate(link);
            if (c.link >= 0) { // leave the counts as if the connection were closed
                counts[size_t(c.link)].open -= c.open;
                counts[size_t(c.link)].tls -= c.open && c.tls;
            }
            c.link = link;
            switch (e.kind) {
            case EventKind::TcpConnect: c.open = true; c.tls = false; break;
            case EventKind::TcpClose:
            case EventKind::TcpFail: c.open = false; c.tls = false; break;
            case EventKind::Tls: c.open = true; c.tls = true; break;
            default: c.open = true; c.tls = c.tls || e.encrypted; break;
            }
            counts[size_t(link)].open += c.open;
            counts[size_t(link)].tls += c.open && c.tls;
            const LinkState after = aggregate(link);
            auto &changes = m_links[size_t(link)].changes;
            if (after != before || changes.empty())
                changes.emplace_back(int(i), after);

            if (e.kind == EventKind::SmtpData) {
                c.dataFrom = e.from;
                c.dataMessage = e.message;
            } else if (e.kind == EventKind::SmtpReply && c.dataFrom >= 0) {
                // The verdict on DATA: a refusal sends the message back to the client.
                if (e.code >= 400) {
                    holder = {qint16(c.dataFrom), c.dataMessage, true};
                    m_carries[i] = true;
                }
                c.dataFrom = -1;
            }
        }

        switch (e.kind) {
        case EventKind::Compose:
            holder = {e.from, e.message, false};
            break;
        case EventKind::SmtpData:
        case EventKind::Store:
            if (e.to >= 0) {
                holder = {e.to, e.message >= 0 ? e.message : holder.message, isReturned(e.message)};
                m_carries[i] = true;
            }
            break;
        case EventKind::Bounce:
            holder = {e.to >= 0 ? e.to : e.from, e.message, true};
            m_carries[i] = e.from != e.to;
            break;
        default:
            break;
        }
        m_holder[i] = holder;
    }
}

int TraceDigest::linkBetween(int a, int b) const
{
    const int lo = std::min(a, b), hi = std::max(a, b);
    for (size_t i = 0; i < m_links.size(); ++i)
        if (m_links[i].a == lo && m_links[i].b == hi)
            return int(i);
    return -1;
}

TraceDigest::LinkState TraceDigest::linkState(int link, int event) const
{
    if (link < 0 || size_t(link) >= m_links.size())
        return LinkState::Closed;
    const auto &changes = m_links[size_t(link)].changes;
    // The last change at or before `event`.
    auto it = std::upper_bound(changes.begin(), changes.end(), event,
                               [](int e, const std::pair<int, LinkState> &c) { return e < c.first; });
    return it == changes.begin() ? LinkState::Closed : std::prev(it)->second;
}

TraceDigest::Holder TraceDigest::holderAfter(int event) const
{
    if (event < 0 || size_t(event) >= m_holder.size())
        return {};
    return m_holder[size_t(event)];
}

bool TraceDigest::carriesMessage(int event) const
{
    return event >= 0 && size_t(event) < m_carries.size() && m_carries[size_t(event)];
}

} // namespace kurir::gui
