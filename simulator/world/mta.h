#pragma once

#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <utility>

#include <QByteArray>
#include <QHash>

#include "engine/trace.h"
#include "protocol/clientsession.h"
#include "protocol/linehash.h"
#include "protocol/serverpolicy.h"
#include "scenario/scenario.h"

namespace kurir::world {

class World;
struct MxAnswer;

/// A mail server: takes messages over SMTP (as a submission server on 587, an MX or a relay
/// on 25), stamps them, delivers local mail into mailboxes, and queues the rest for relaying
/// to the next hop, with retries after 4xx and a bounce after 5xx (RFC 5321 §4.5.4, §6.1).
class Mta
{
public:
    Mta(World &world, const scenario::Host &host);
    ~Mta();

    const scenario::Host &host() const { return m_host; }
    /// The rules this server applies to one incoming connection from `peerHost` on `port`
    /// (587: submission rules, RFC 6409; 25: an MX's or relay's rules).
    /// `sourceRef` is the snapshot of the message the peer is about to send (for the trace).
    std::unique_ptr<smtp::ServerPolicy> policyFor(const QByteArray &peerHost, int port, qint32 sourceRef = -1);
    /// Puts a message straight into the queue (the bulk scenario's mailing-list server).
    void inject(const QByteArray &reversePath, const QByteArrayList &recipients,
                const QByteArray &content, qint32 messageRef);
    qsizetype queueLength() const { return qsizetype(m_queue.size()); }

private:
    friend class HostPolicy;

    struct Failure
    {
        QByteArray recipient;
        QByteArray status;     ///< enhanced code, "5.1.1"
        QByteArray diagnostic; ///< "smtp; 550 5.1.1 ..." or a text of our own
        QByteArray remoteMta;
    };
    struct QueueItem
    {
        QByteArray id;
        QByteArray reversePath;     ///< empty: the null sender (a bounce)
        QByteArrayList pending;     ///< recipients not yet delivered or failed
        QByteArray prefix;          ///< header lines this server put in front of `content`
        QByteArray content;         ///< as it arrived (shared, not copied)
        /// The message as it goes on, joined the first time it is asked for: most messages
        /// end in a mailbox here, which needs only the size.
        const QByteArray &whole()
        {
            if (!prefix.isEmpty())
                content.prepend(std::exchange(prefix, QByteArray()));
            return content;
        }
        qint64 size() const { return prefix.size() + content.size(); }
        qint32 messageRef = -1;
        int attempts = 0;
        qint64 arrivalMs = 0;
        QList<Failure> failures;
        QHash<QByteArray, QByteArray> lastTemporary; ///< recipient -> last 4xx reply
        bool deliveredHere = false; ///< some recipient's mailbox is on this server
    };
    static constexpr int kDeliveryAgentMs = 200;

    // Called by HostPolicy.
    QByteArray accept(const smtp::Envelope &envelope, const QByteArray &content,
                      const QByteArray &peerHost, qint32 sourceRef);
    bool isLocal(const QByteArray &domain) const;
    smtp::ReplyId checkRecipient(const smtp::Mailbox &rcpt, const smtp::Envelope &envelope,
                                 const QByteArray &peerHost);
    std::optional<smtp::Reply> override(QByteArrayView command);
    bool checkPassword(const QByteArray &user, const QByteArray &password) const;
    bool hasPasswords() const; ///< some user of this server's domains can log in
    bool hasQuotas() const;    ///< some user of this server's domains has a quota
    template <typename Test>
    bool someUser(std::optional<bool> &known, Test test) const;
    bool spfAllows(const QByteArray &senderDomain, const QByteArray &peerHost) const;

    void enqueue(QueueItem item);
    void attempt(const QByteArray &id);
    void deliverDomains(const QByteArray &id, QByteArrayList domains);
    void deliverLocal(QueueItem &item, const QByteArrayList &recipients);
    bool overQuota(const QByteArray &rcpt, qint64 size, QueueItem &item);
    void relayTo(const QByteArray &id, const QByteArray &domain, const QByteArrayList &rcpts,
                 QList<QByteArray> candidates, int index, QByteArrayList remainingDomains);
    void relayOver(const QByteArray &id, const QByteArray &domain, const QByteArrayList &rcpts,
                   const QByteArray &targetHost, std::function<void()> onUnreachable,
                   QByteArrayList remainingDomains);
    void failRecipients(QueueItem &item, const QByteArrayList &rcpts, const QByteArray &status,
                        const QByteArray &diagnostic, const QByteArray &remoteMta = {});
    void endAttempt(const QByteArray &id);
    void bounce(QueueItem &item);
    void recordQueue(const QueueItem &item, const char *key, QByteArrayList args, QByteArray text,
                     engine::Stage stage = engine::Stage::Send);

    World &m_world;
    const scenario::Host &m_host;
    int m_actor = -1;
    struct IdHash
    {
        size_t operator()(const QByteArray &id) const { return smtp::lineHash(id); } // short ids: a word or two
    };
    /// By queue id. Never walked in order (so a hash is deterministic enough), and its items
    /// stay put while others come and go: the relay callbacks hold references to them.
    std::unordered_map<QByteArray, QueueItem, IdHash> m_queue;
    QHash<QByteArray, qint64> m_greylist;    ///< "ip sender rcpt" -> first seen
    QHash<int, int> m_overrideUses;          ///< fault index -> times used
    QHash<int, int> m_overrideSeen;          ///< fault index -> matching commands seen
    // hasPasswords() and hasQuotas(), worked out once: every EHLO and every delivery asks,
    // and a bulk domain has many users.
    mutable std::optional<bool> m_hasPasswords, m_hasQuotas;
};

} // namespace kurir::world
