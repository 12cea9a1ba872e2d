#pragma once

#include <functional>

#include <QByteArray>
#include <QHash>
#include <QList>

#include "engine/trace.h"
#include "scenario/scenario.h"

namespace kurir::world {

class World;

/// The answer to "where does mail for this domain go?" (RFC 5321 §5.1).
struct MxAnswer
{
    enum class Status {
        Ok,        ///< MX records, or the domain's own A record as an implicit MX
        NoDomain,  ///< NXDOMAIN: the domain does not exist
        NullMx,    ///< "0 ." (RFC 7505): the domain takes no mail
        NoAddress, ///< neither MX nor A: nowhere to deliver
    };
    Status status = Status::Ok;
    bool implicit = false;            ///< no MX: the domain's A record stands in (§5.1)
    QList<scenario::MxRecord> records; ///< sorted by preference, ties in scenario order
};

/// The scenario's DNS server, asked over the simulated network: each query and answer is a
/// step of the trace. Answers are cached for their TTL, like a real resolver does.
class Resolver
{
public:
    explicit Resolver(World &world);

    void lookupMx(const QByteArray &askingHost, const QByteArray &domain,
                  std::function<void(const MxAnswer &)> done);
    void lookupA(const QByteArray &askingHost, const QByteArray &name,
                 std::function<void(const QByteArray &address)> done); ///< empty: none

    /// A server checking SPF (RFC 7208) asks for the TXT record of the sender's domain; the
    /// query and its answer go into the trace at once, for the check itself waits for no
    /// network here (a real server's lookup takes a few milliseconds). Once per domain
    /// and cache lifetime, as the other lookups.
    void showSpfLookup(const QByteArray &askingHost, const QByteArray &domain);

    /// The answers themselves, without the network (tests, and the cache).
    MxAnswer answerMx(const QByteArray &domain) const;
    QByteArray answerA(const QByteArray &name) const;
    /// The domain's SPF record as a TXT answer would carry it ("v=spf1 ip4:... -all"), or
    /// empty when it publishes none.
    QByteArray answerSpf(const QByteArray &domain) const;

private:
    bool missing(const QByteArray &domain, QByteArrayView record) const;
    void recordDns(engine::EventKind kind, int from, int to, QByteArray text, const char *key, QByteArrayList args);

    World &m_world;
    QByteArray m_dnsHost; ///< host id of the DNS server, empty when the scenario has none
    /// Lower-case name -> when its cached answer expires, one table per record type: a bulk
    /// run asks 60,000 times, and a key of its own ("MX " + name) was two copies each time.
    QHash<QByteArray, qint64> m_mxUntil, m_aUntil, m_txtUntil;
    static constexpr qint64 kTtlMs = 300000;
};

} // namespace kurir::world
