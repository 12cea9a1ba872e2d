#pragma once

#include <memory>
#include <random>
#include <vector>

#include <QByteArray>
#include <QHash>

#include "engine/scheduler.h"
#include "engine/trace.h"
#include "message/trace.h"
#include "scenario/scenario.h"

namespace kurir::world {

class Network;
class Resolver;
class Mta;
class Mua;
class MailStore;

/// What became of the scenario's mail, to compare with its expectations.
struct Outcome
{
    QByteArrayList delivered; ///< recipients whose mailbox got the message (sorted, unique)
    QByteArrayList bounced;   ///< recipients whose failure was reported to the sender
    QByteArrayList failedSubmissions; ///< recipients the MUA could not hand over at all
};

/// The simulated world of one scenario: hosts, network, DNS, MTAs, MUAs and mailboxes, on
/// one simulated clock. Deterministic: the same scenario and seed give the same trace.
class World
{
public:
    explicit World(scenario::Scenario scenario);
    ~World();

    /// Runs the scenario to its end (or until `limitMs` of simulated time).
    void run(qint64 limitMs = 7LL * 24 * 3600 * 1000);

    const engine::Trace &trace() const { return m_trace; }
    engine::Trace takeTrace() { return std::move(m_trace); }
    Outcome outcome() const;
    const scenario::Scenario &scenario() const { return m_scenario; }

    // For the actors.
    engine::Scheduler &scheduler() { return m_scheduler; }
    qint64 now() const { return m_scheduler.now(); }
    QDateTime wallClock() const; ///< scenario start + simulated time (for Date and Received)
    /// wallClock() without building a QDateTime; none when the start's zone may change its
    /// offset (local time, a zone with daylight saving).
    std::optional<mail::ClockTime> clockTime() const;
    Network &network() { return *m_network; }
    Resolver &resolver() { return *m_resolver; }
    MailStore &mailStore() { return *m_store; }
    Mta *mta(QByteArrayView hostId);
    int actorIndex(QByteArrayView hostId) const;
    const scenario::Host *host(QByteArrayView hostId) const;
    const scenario::Host *hostByName(QByteArrayView name) const;     ///< case-insensitive
    const scenario::Host *hostByAddress(QByteArrayView address) const;
    const scenario::Domain *domain(QByteArrayView name) const;       ///< case-insensitive
    /// domain.user(address), from an index: a bulk run asks it for every recipient.
    const scenario::User *user(const scenario::Domain &domain, QByteArrayView address) const;
    bool isHostUp(QByteArrayView hostId) const;
    quint32 random(); ///< the seeded generator: latency jitter, queue ids
    QByteArray nextQueueId();

    /// A copy of `text` that shares its bytes with an equal text recorded recently, or
    /// `text` itself: most lines of a bulk run ("250 2.1.5 Ok", "DATA", a server's greeting)
    /// repeat thousands of times, and the trace outlives the session buffers they came from.
    QByteArray shareText(const QByteArray &text);
    /// Appends an event to the trace at the current time; returns its index.
    qsizetype record(engine::TraceEvent event);
    /// Keeps a message snapshot; returns its index for TraceEvent::message.
    qint32 keepMessage(QByteArray content, QByteArray envelopeFrom, QByteArrayList envelopeTo);
    /// Keeps a snapshot that is `prefix` followed by snapshot `base` (a new Received line, a
    /// Return-Path): the content is not copied again.
    qint32 keepDerived(qint32 base, QByteArray prefix, QByteArray envelopeFrom, QByteArrayList envelopeTo);

    void noteDelivered(const QByteArray &recipient);
    void noteBounced(const QByteArray &recipient);
    void noteSubmissionFailed(const QByteArray &recipient);

private:
    scenario::Scenario m_scenario;
    engine::Scheduler m_scheduler;
    std::optional<mail::ClockTime> m_start; ///< m_scenario.start when its offset is fixed
    engine::Trace m_trace;
    std::mt19937 m_random;
    quint32 m_queueCounter = 0;
    QByteArray m_queuePrefix; ///< of nextQueueId(), from the seed
    std::unique_ptr<Network> m_network;
    std::unique_ptr<Resolver> m_resolver;
    std::unique_ptr<MailStore> m_store;
    std::vector<std::unique_ptr<Mta>> m_mtas;
    QHash<QByteArray, Mta *> m_mtaById; ///< mta() is asked on every relay of a bulk run
    std::vector<std::unique_ptr<Mua>> m_muas;
    QHash<QByteArray, int> m_actorIndex;
    // Indexes over the scenario, which never changes once the world is built.
    QHash<QByteArray, const scenario::Host *> m_hostById, m_hostByName, m_hostByAddress;
    QHash<QByteArray, const scenario::Domain *> m_domainByName;
    QHash<QByteArray, std::pair<const scenario::Domain *, const scenario::User *>> m_userByAddress; ///< lower-case
    QByteArrayList m_delivered, m_bounced, m_failedSubmissions;
    // shareText()'s cache: two ways per set, the most recent first. A cache, not a set of
    // every text, because the lines that repeat are few and the unique ones (queue ids,
    // addresses) would make a set of every text large and slow to probe.
    static constexpr size_t kTextSets = 2048;
    struct SharedText
    {
        size_t hash = 0;
        QByteArray text;
    };
    std::vector<SharedText> m_texts = std::vector<SharedText>(2 * kTextSets);
};

} // namespace kurir::world
