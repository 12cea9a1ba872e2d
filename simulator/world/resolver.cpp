#include "resolver.h"

#include <algorithm>

#include "network.h"
#include "protocol/address.h"
#include "world.h"

namespace kurir::world {

using engine::EventKind;
using engine::Stage;
using engine::TraceEvent;

Resolver::Resolver(World &world) : m_world(world)
{
    for (const scenario::Host &h : world.scenario().hosts)
        if (h.role == scenario::Role::Dns && m_dnsHost.isEmpty())
            m_dnsHost = h.id;
}

bool Resolver::missing(const QByteArray &domain, QByteArrayView record) const
{
    for (const scenario::Fault &f : m_world.scenario().faults) {
        if (f.type == scenario::Fault::Type::DnsMissing &&
            f.domain.compare(domain, Qt::CaseInsensitive) == 0 &&
            (f.record.compare(record, Qt::CaseInsensitive) == 0 || f.record == "ALL"))
            return true;
    }
    return false;
}

MxAnswer Resolver::answerMx(const QByteArray &domain) const
{
    MxAnswer answer;
    const scenario::Domain *d = m_world.domain(domain);
    if (!d || !d->exists || missing(domain, "ALL")) {
        // A domain not in the scenario does not exist in its world.
        answer.status = MxAnswer::Status::NoDomain;
        return answer;
    }
    if (!missing(domain, "MX") && !d->mx.isEmpty()) {
        answer.records = d->mx;
        std::stable_sort(answer.records.begin(), answer.records.end(),
                         [](const auto &a, const auto &b) { return a.preference < b.preference; });
        if (answer.records.size() == 1 && answer.records.front().host == ".")
            answer.status = MxAnswer::Status::NullMx; // RFC 7505 §3
        return answer;
    }
    // No MX record: the domain itself is the implicit MX if it has an address (§5.1).
    if (!d->addresses.isEmpty() && !missing(domain, "A")) {
        answer.implicit = true;
        answer.records.append({0, d->name});
        return answer;
    }
    answer.status = MxAnswer::Status::NoAddress;
    return answer;
}

QByteArray Resolver::answerA(const QByteArray &name) const
{
    if (missing(name, "A") || missing(name, "ALL"))
        return {};
    if (const scenario::Host *h = m_world.hostByName(name))
        return h->address;
    if (const scenario::Domain *d = m_world.domain(name); d && !d->addresses.isEmpty())
        return d->addresses.front();
    return {};
}

namespace {

QByteArray describeMx(const QByteArray &domain, const MxAnswer &a)
{
    switch (a.status) {
    case MxAnswer::Status::NoDomain: return domain + ". NXDOMAIN";
    case MxAnswer::Status::NullMx: return domain + ". MX 0 .";
    case MxAnswer::Status::NoAddress: return domain + ". NOERROR (no MX, no A)";
    case MxAnswer::Status::Ok: break;
    }
    if (a.implicit)
        return domain + ". NOERROR (no MX): implicit MX " + domain;
    QByteArrayList parts;
    for (const auto &r : a.records)
        parts << domain + ". MX " + QByteArray::number(r.preference) + ' ' + r.host + '.';
    return parts.join('\n');
}

const char *mxAnswerKey(const MxAnswer &a)
{
    switch (a.status) {
    case MxAnswer::Status::NoDomain: return "dns.answer.nxdomain";
    case MxAnswer::Status::NullMx: return "dns.answer.nullmx";
    case MxAnswer::Status::NoAddress: return "dns.answer.nothing";
    case MxAnswer::Status::Ok: break;
    }
    if (a.implicit)
        return "dns.answer.implicit-mx";
    return a.records.size() > 1 ? "dns.answer.mx-many" : "dns.answer.mx";
}

} // namespace

void Resolver::lookupMx(const QByteArray &askingHost, const QByteArray &domain,
                        std::function<void(const MxAnswer &)> done)
{
    const MxAnswer answer = answerMx(domain);
    const QByteArray key = smtp::asciiLower(domain);
    if (m_dnsHost.isEmpty() || m_mxUntil.value(key, -1) > m_world.now()) {
        done(answer);
        return;
    }
    const int from = m_world.actorIndex(askingHost);
    const int dns = m_world.actorIndex(m_dnsHost);
    recordDns(EventKind::DnsQuery, from, dns, domain + ". IN MX ?", "dns.query.mx", {domain});
    const int rtt = 2 * m_world.network().latency(askingHost, m_dnsHost);
    m_world.scheduler().after(rtt, [this, from, dns, domain, answer, key, done = std::move(done)] {
        QByteArrayList hosts;
        for (const auto &r : answer.records)
            hosts << r.host;
        QByteArrayList args = {domain, hosts.join(", "), QByteArray::number(answer.records.size())};
        if (!answer.records.isEmpty())
            args << QByteArray::number(answer.records.front().preference);
        recordDns(EventKind::DnsAnswer, dns, from, describeMx(domain, answer), mxAnswerKey(answer), std::move(args));
        if (answer.status == MxAnswer::Status::Ok)
            m_mxUntil.insert(key, m_world.now() + kTtlMs);
        done(answer);
    });
}

// One step of a lookup, between the asking host's actor and the DNS server's.
void Resolver::recordDns(EventKind kind, int from, int to, QByteArray text, const char *key, QByteArrayList args)
{
    TraceEvent e;
    e.stage = Stage::Send;
    e.kind = kind;
    e.from = qint16(from);
    e.to = qint16(to);
    e.text = std::move(text);
    e.key = key;
    e.args = std::move(args);
    m_world.record(std::move(e));
}

QByteArray Resolver::answerSpf(const QByteArray &domain) const
{
    const scenario::Domain *d = m_world.domain(domain);
    if (!d || d->spf.isEmpty() || missing(domain, "TXT"))
        return {};
    // The allowed senders by address, then "-all": everyone else fails (RFC 7208 §5.1).
    QByteArray record = "v=spf1";
    for (const QByteArray &hostId : d->spf)
        if (const scenario::Host *h = m_world.host(hostId))
            record += " ip4:" + h->address;
    return record + " -all";
}

void Resolver::showSpfLookup(const QByteArray &askingHost, const QByteArray &domain)
{
    const QByteArray key = smtp::asciiLower(domain);
    if (m_dnsHost.isEmpty() || m_txtUntil.value(key, -1) > m_world.now())
        return;
    const int from = m_world.actorIndex(askingHost);
    const int dns = m_world.actorIndex(m_dnsHost);
    recordDns(EventKind::DnsQuery, from, dns, domain + ". IN TXT ?", "dns.query.spf", {domain});
    const QByteArray record = answerSpf(domain);
    recordDns(EventKind::DnsAnswer, dns, from,
              record.isEmpty() ? domain + ". TXT (no SPF record)" : domain + ". TXT \"" + record + '"',
              record.isEmpty() ? "dns.answer.no-spf" : "dns.answer.spf", {domain, record});
    m_txtUntil.insert(key, m_world.now() + kTtlMs);
}

void Resolver::lookupA(const QByteArray &askingHost, const QByteArray &name,
                       std::function<void(const QByteArray &)> done)
{
    const QByteArray address = answerA(name);
    const QByteArray key = smtp::asciiLower(name);
    if (m_dnsHost.isEmpty() || m_aUntil.value(key, -1) > m_world.now()) {
        done(address);
        return;
    }
    const int from = m_world.actorIndex(askingHost);
    const int dns = m_world.actorIndex(m_dnsHost);
    recordDns(EventKind::DnsQuery, from, dns, name + ". IN A ?", "dns.query.a", {name});
    const int rtt = 2 * m_world.network().latency(askingHost, m_dnsHost);
    m_world.scheduler().after(rtt, [this, from, dns, name, address, key, done = std::move(done)] {
        recordDns(EventKind::DnsAnswer, dns, from, address.isEmpty() ? name + ". NXDOMAIN" : name + ". A " + address,
                  address.isEmpty() ? "dns.answer.no-a" : "dns.answer.a", {name, address});
        if (!address.isEmpty())
            m_aUntil.insert(key, m_world.now() + kTtlMs);
        done(address);
    });
}

} // namespace kurir::world
