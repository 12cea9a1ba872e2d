#include "mta.h"

#include <algorithm>

#include "hostpolicy.h"
#include "mailstore.h"
#include "engine/concat.h"
#include "message/dsn.h"
#include "message/trace.h"
#include "network.h"
#include "resolver.h"
#include "smtpexchange.h"
#include "world.h"

namespace kurir::world {

using engine::EventKind;
using engine::Stage;
using engine::TraceEvent;
using scenario::Fault;

namespace {

QByteArray domainOf(const QByteArray &address)
{
    return smtp::asciiLower(address.sliced(address.lastIndexOf('@') + 1));
}

// domainOf(address) == lowerDomain, without making the copy (asked per recipient per domain
// of every delivery attempt).
bool inDomain(const QByteArray &address, QByteArrayView lowerDomain)
{
    const QByteArrayView domain = QByteArrayView(address).sliced(address.lastIndexOf('@') + 1);
    if (domain.size() != lowerDomain.size())
        return false;
    for (qsizetype i = 0; i < domain.size(); ++i) {
        const char c = domain[i];
        if ((c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c) != lowerDomain[i]) // as toLower()
            return false;
    }
    return true;
}

} // namespace

Mta::Mta(World &world, const scenario::Host &host)
    : m_world(world), m_host(host), m_actor(world.actorIndex(host.id))
{
}

Mta::~Mta() = default;

std::unique_ptr<smtp::ServerPolicy> Mta::policyFor(const QByteArray &peerHost, int port, qint32 sourceRef)
{
    return std::make_unique<HostPolicy>(*this, peerHost, port, sourceRef);
}

bool Mta::isLocal(const QByteArray &domain) const
{
    // Lengths first: asked for every recipient and domain of every attempt, and nearly
    // always about a domain of another length.
    for (const QByteArray &d : m_host.domains)
        if (d.size() == domain.size() && d.compare(domain, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Whether `test` holds for some user of this server's domains, worked out once into `known`.
template <typename Test>
bool Mta::someUser(std::optional<bool> &known, Test test) const
{
    if (!known) {
        known = false;
        for (const QByteArray &d : m_host.domains)
            if (const scenario::Domain *dom = m_world.domain(d))
                known = *known || std::any_of(dom->users.cbegin(), dom->users.cend(), test);
    }
    return *known;
}

bool Mta::hasQuotas() const
{
    return someUser(m_hasQuotas, [](const scenario::User &u) { return u.quota > 0; });
}

bool Mta::hasPasswords() const
{
    return someUser(m_hasPasswords, [](const scenario::User &u) { return !u.password.isEmpty(); });
}

bool Mta::checkPassword(const QByteArray &user, const QByteArray &password) const
{
    // A login is the full address, or the local part within one of this server's domains.
    for (const QByteArray &d : m_host.domains) {
        const scenario::Domain *dom = m_world.domain(d);
        if (!dom)
            continue;
        for (const scenario::User &u : dom->users) {
            const bool same = u.address.compare(user, Qt::CaseInsensitive) == 0 ||
                              u.address.left(u.address.indexOf('@')).compare(user, Qt::CaseInsensitive) == 0;
            if (same)
                return !u.password.isEmpty() && u.password == password;
        }
    }
    return false;
}

bool Mta::spfAllows(const QByteArray &senderDomain, const QByteArray &peerHost) const
{
    Resolver &dns = m_world.resolver();
    dns.showSpfLookup(m_host.id, senderDomain);
    if (dns.answerSpf(senderDomain).isEmpty())
        return true; // no SPF record: "none", not a failure (RFC 7208 §2.6.1)
    return m_world.domain(senderDomain)->spf.contains(peerHost);
}

smtp::ReplyId Mta::checkRecipient(const smtp::Mailbox &rcpt, const smtp::Envelope &envelope,
                                  const QByteArray &peerHost)
{
    const QByteArray address = smtp::asciiLower(rcpt.toString());
    const scenario::Domain *dom = m_world.domain(rcpt.domain);
    const scenario::User *user = dom ? m_world.user(*dom, address) : nullptr;
    if (!user)
        return smtp::ReplyId::UnknownUser;
    for (const Fault &f : m_world.scenario().faults) {
        if (f.type == Fault::Type::MailboxFull && f.address.compare(address, Qt::CaseInsensitive) == 0)
            return f.permanent ? smtp::ReplyId::MailboxFull : smtp::ReplyId::MailboxFullTemporary;
    }
    if (user->full)
        return smtp::ReplyId::MailboxFull;
    if (user->quota > 0) {
        // Over quota already, or the size the client declared would not fit (RFC 1870 §6.1):
        // refused now, as a temporary failure (452 4.2.2), for the owner may make room. A
        // message that declared no size is found out at delivery, once its size is known.
        const qint64 used = m_world.mailStore().usage(address);
        if (used >= user->quota || (envelope.declaredSize >= 0 && used + envelope.declaredSize > user->quota))
            return smtp::ReplyId::MailboxFullTemporary;
    }
    for (const Fault &f : m_world.scenario().faults) {
        if (f.type != Fault::Type::Greylist || f.host != m_host.id)
            continue;
        // Greylisting: the first attempt of an unknown (client, sender, recipient) triplet is
        // refused with 451; a real MTA comes back later, a spam cannon usually does not.
        const QByteArray triplet = peerHost + ' ' + envelope.reversePath.toString().toLower() + ' ' + address;
        const auto seen = m_greylist.constFind(triplet);
        if (seen == m_greylist.cend()) {
            m_greylist.insert(triplet, m_world.now());
            return smtp::ReplyId::Greylisted;
        }
        if (m_world.now() - *seen < f.greylistMs)
            return smtp::ReplyId::Greylisted;
    }
    return smtp::ReplyId::RecipientOk;
}

std::optional<smtp::Reply> Mta::override(QByteArrayView command)
{
    const auto &faults = m_world.scenario().faults;
    for (int i = 0; i < faults.size(); ++i) {
        const Fault &f = faults[i];
        if (f.type != Fault::Type::ReplyOverride || f.host != m_host.id ||
            f.command.compare(command, Qt::CaseInsensitive) != 0)
            continue;
        if (m_overrideSeen[i]++ < f.skip)
            continue;
        if (f.times >= 0 && m_overrideUses.value(i) >= f.times)
            continue;
        ++m_overrideUses[i];
        return smtp::parseReplyText(f.reply);
    }
    return std::nullopt;
}

QByteArray Mta::accept(const smtp::Envelope &envelope, const QByteArray &content,
                       const QByteArray &peerHost, qint32 sourceRef)
{
    const scenario::Host *peer = m_world.host(peerHost);
    QueueItem item;
    item.id = m_world.nextQueueId();
    item.reversePath = envelope.reversePath.toString();
    for (const smtp::Mailbox &m : envelope.recipients)
        item.pending << (m.domain.isEmpty() ? m.localPart + '@' + m_host.name : m.toString());
    mail::ReceivedInfo info;
    info.heloName = envelope.heloName;
    info.peerAddress = peer ? peer->address : QByteArray();
    info.peerHostName = peer ? peer->name : QByteArray();
    info.byHost = m_host.name;
    info.protocol = smtp::receivedProtocol(envelope); // RFC 3848: how it arrived
    info.id = item.id;
    info.forRecipient = item.pending.size() == 1 ? item.pending.front() : QByteArray();
    info.clock = m_world.clockTime();
    if (!info.clock)
        info.time = m_world.wallClock();
    info.software = "Kurir";
    // Every server that accepts a message stamps it at the top (RFC 5321 §4.4).
    const QByteArray received = mail::receivedHeader(info);
    item.prefix = received; // a whole field, CRLF included, as the trace's derived snapshot takes it
    item.content = content;
    item.arrivalMs = m_world.now();
    item.messageRef = m_world.trace().messageEquals(sourceRef, content)
                          ? m_world.keepDerived(sourceRef, received, item.reversePath, item.pending)
                          : m_world.keepMessage(item.whole(), item.reversePath, item.pending);
    const QByteArray id = item.id;
    // Queue after the 250 has gone out, so the trace tells it in that order.
    m_world.scheduler().after(m_host.processingMs, [this, item = std::move(item)]() mutable {
        enqueue(std::move(item));
    }, 5);
    return id;
}

void Mta::inject(const QByteArray &reversePath, const QByteArrayList &recipients,
                 const QByteArray &content, qint32 messageRef)
{
    QueueItem item;
    item.id = m_world.nextQueueId();
    item.reversePath = reversePath;
    item.pending = recipients;
    item.content = content;
    item.messageRef = messageRef;
    item.arrivalMs = m_world.now();
    enqueue(std::move(item));
}

void Mta::recordQueue(const QueueItem &item, const char *key, QByteArrayList args, QByteArray text,
                      Stage stage)
{
    TraceEvent e;
    e.stage = stage;
    e.kind = EventKind::Queue;
    e.from = qint16(m_actor);
    e.to = qint16(m_actor);
    e.message = item.messageRef;
    e.key = key;
    e.args = std::move(args);
    e.text = std::move(text);
    m_world.record(std::move(e));
}

void Mta::enqueue(QueueItem item)
{
    const QByteArray id = item.id;
    const QByteArray to = item.pending.join(", ");
    recordQueue(item, item.reversePath.isEmpty() ? "queue.enter-bounce" : "queue.enter",
                {id, to, smtp::eventNumber(item.pending.size())},
                engine::concat({"queued ", id, " from <", item.reversePath, "> to ", to}));
    m_queue.emplace(id, std::move(item));
    attempt(id);
}

void Mta::attempt(const QByteArray &id)
{
    auto it = m_queue.find(id);
    if (it == m_queue.end())
        return;
    QueueItem &item = it->second;
    ++item.attempts;
    QByteArrayList domains;
    for (const QByteArray &r : item.pending)
        if (QByteArray d = domainOf(r); !domains.contains(d))
            domains << std::move(d);
    // Local domains first (no network), then the others in the order of the recipients.
    std::stable_partition(domains.begin(), domains.end(), [this](const QByteArray &d) { return isLocal(d); });
    deliverDomains(id, domains);
}

void Mta::deliverDomains(const QByteArray &id, QByteArrayList domains)
{
    auto it = m_queue.find(id);
    if (it == m_queue.end())
        return;
    QueueItem &item = it->second;
    if (domains.isEmpty())
        return endAttempt(id);
    const QByteArray domain = domains.takeFirst();
    QByteArrayList rcpts;
    for (const QByteArray &r : item.pending)
        if (inDomain(r, domain))
            rcpts << r;

    if (isLocal(domain)) {
        // The queue manager hands local mail to the delivery agent (Postfix: local, LMTP to
        // the mailbox server), which takes a moment of its own.
        m_world.scheduler().after(kDeliveryAgentMs, [this, id, rcpts, domains] {
            auto again = m_queue.find(id);
            if (again == m_queue.end())
                return;
            deliverLocal(again->second, rcpts);
            deliverDomains(id, domains);
        });
        return;
    }
    if (!m_host.smarthost.isEmpty()) {
        // A smarthost: everything foreign goes to one relay, which does the MX lookups.
        const QByteArray target = m_host.smarthost;
        return relayOver(id, domain, rcpts, target, [this, id, rcpts, domains, target] {
            auto again = m_queue.find(id);
            if (again == m_queue.end())
                return;
            for (const QByteArray &r : rcpts)
                again->second.lastTemporary.insert(r, "4.4.1 connection to " + target + " timed out");
            deliverDomains(id, domains);
        }, domains);
    }
    m_world.resolver().lookupMx(m_host.id, domain, [this, id, domain, rcpts, domains](const MxAnswer &answer) {
        auto again = m_queue.find(id);
        if (again == m_queue.end())
            return;
        QueueItem &item = again->second;
        switch (answer.status) {
        case MxAnswer::Status::NoDomain:
            failRecipients(item, rcpts, "5.1.2", "Host or domain name not found: " + domain + " (NXDOMAIN)");
            return deliverDomains(id, domains);
        case MxAnswer::Status::NullMx:
            failRecipients(item, rcpts, "5.1.10", "Domain " + domain + " does not accept mail (null MX)");
            return deliverDomains(id, domains);
        case MxAnswer::Status::NoAddress:
            failRecipients(item, rcpts, "5.4.4", "Unable to route: no MX or A record for " + domain);
            return deliverDomains(id, domains);
        case MxAnswer::Status::Ok:
            break;
        }
        QList<QByteArray> candidates;
        for (const auto &r : answer.records)
            candidates << r.host;
        relayTo(id, domain, rcpts, candidates, 0, domains);
    });
}

void Mta::relayTo(const QByteArray &id, const QByteArray &domain, const QByteArrayList &rcpts,
                  QList<QByteArray> candidates, int index, QByteArrayList remainingDomains)
{
    if (index >= candidates.size()) {
        // Every MX is out of reach: a temporary failure, the queue tries again later.
        auto it = m_queue.find(id);
        if (it != m_queue.end())
            for (const QByteArray &r : rcpts)
                it->second.lastTemporary.insert(r, "4.4.1 No MX host of " + domain + " answered");
        return deliverDomains(id, remainingDomains);
    }
    const QByteArray mxName = candidates[index];
    m_world.resolver().lookupA(m_host.id, mxName,
        [this, id, domain, rcpts, candidates, index, remainingDomains, mxName](const QByteArray &address) {
            const scenario::Host *target = address.isEmpty() ? nullptr : m_world.hostByAddress(address);
            if (!target)
                return relayTo(id, domain, rcpts, candidates, index + 1, remainingDomains);
            if (target->id == m_host.id) {
                // The best MX is this very server, yet the domain is not local: mail would
                // loop back to itself (Postfix: "mail for ... loops back to myself").
                auto it = m_queue.find(id);
                if (it != m_queue.end())
                    failRecipients(it->second, rcpts, "5.4.6", "mail for " + domain + " loops back to myself");
                return deliverDomains(id, remainingDomains);
            }
            relayOver(id, domain, rcpts, target->id, [this, id, domain, rcpts, candidates, index, remainingDomains] {
                relayTo(id, domain, rcpts, candidates, index + 1, remainingDomains);
            }, remainingDomains);
        });
}

void Mta::relayOver(const QByteArray &id, const QByteArray &domain, const QByteArrayList &rcpts,
                    const QByteArray &targetHost, std::function<void()> onUnreachable,
                    QByteArrayList remainingDomains)
{
    Q_UNUSED(domain);
    const int port = 25; // server to server: always the SMTP port (RFC 6409 §1)
    m_world.network().connect(m_host.id, targetHost, port,
        [this, id, rcpts, targetHost, remainingDomains, port, onUnreachable](std::shared_ptr<Connection> conn) {
            auto it = m_queue.find(id);
            if (it == m_queue.end())
                return;
            QueueItem &item = it->second;
            Mta *next = m_world.mta(targetHost);
            if (!next) {
                // The host answers TCP but runs no mail server: as good as unreachable, and
                // the message must not stall in the queue without a word.
                conn->close();
                onUnreachable();
                return;
            }
            smtp::ClientConfig config;
            config.heloName = m_host.name;
            config.startTls = m_host.useTls;
            smtp::OutgoingMessage message{item.reversePath, rcpts, item.whole()};
            auto exchange = std::make_shared<SmtpExchange>(
                m_world, conn, Hop::Relay, next->policyFor(m_host.id, port, item.messageRef), config, message,
                [this, id, rcpts, targetHost, remainingDomains](const smtp::ClientSession &client) {
                    auto again = m_queue.find(id);
                    if (again == m_queue.end())
                        return;
                    QueueItem &item = again->second;
                    const QByteArray remote = m_world.host(targetHost)->name;
                    for (const smtp::RecipientResult &r : client.results()) {
                        if (r.status == smtp::RecipientResult::Status::Accepted) {
                            item.pending.removeAll(r.address);
                            continue; // nearly every recipient: nothing to word
                        }
                        const QByteArray text = r.reply ? smtp::eventNumber(r.reply->code) + ' ' +
                                                              (r.reply->enhanced.isEmpty() ? QByteArray() : r.reply->enhanced + ' ') +
                                                              r.reply->lines.join(' ')
                                                        : r.reasonKey;
                        switch (r.status) {
                        case smtp::RecipientResult::Status::Accepted:
                            break; // taken above
                        case smtp::RecipientResult::Status::PermanentFailure:
                            failRecipients(item, {r.address},
                                           r.reply && !r.reply->enhanced.isEmpty() ? r.reply->enhanced : QByteArray("5.0.0"),
                                           "smtp; " + text, remote);
                            break;
                        case smtp::RecipientResult::Status::TemporaryFailure:
                        case smtp::RecipientResult::Status::Pending:
                            item.lastTemporary.insert(r.address, text);
                            break;
                        }
                    }
                    deliverDomains(id, remainingDomains);
                });
            exchange->setMessageRef(item.messageRef);
            exchange->start();
        },
        [this, targetHost, onUnreachable] {
            TraceEvent e;
            e.stage = Stage::Send;
            e.kind = EventKind::TcpFail;
            e.from = qint16(m_actor);
            e.to = qint16(m_world.actorIndex(targetHost));
            e.text = "connect to " + m_world.host(targetHost)->name + " timed out";
            e.key = "relay.tcp-fail";
            e.args = {m_world.host(targetHost)->name, QByteArray::number(Network::kConnectTimeoutMs / 1000)};
            m_world.record(std::move(e));
            onUnreachable();
        });
}

void Mta::deliverLocal(QueueItem &item, const QByteArrayList &recipients)
{
    const QByteArray mailboxHost = m_host.mailbox.isEmpty() ? m_host.id : m_host.mailbox;
    // Final delivery records the envelope sender as Return-Path (RFC 5321 §4.4).
    const QByteArray returnPath = mail::returnPathHeader(item.reversePath);
    const int mailboxActor = m_world.actorIndex(mailboxHost);
    for (const QByteArray &rcpt : recipients) {
        const qint64 storedSize = returnPath.size() + item.size();
        if (overQuota(rcpt, storedSize, item))
            continue;
        const qint32 ref = m_world.keepDerived(item.messageRef, returnPath, item.reversePath, {rcpt});
        TraceEvent e;
        e.stage = Stage::Deliver;
        e.kind = EventKind::Store;
        e.from = qint16(m_actor);
        e.to = qint16(mailboxActor);
        e.message = ref;
        const bool isBounce = item.reversePath.isEmpty();
        e.key = isBounce ? "store.bounce" : "store.mailbox";
        const QByteArray size = smtp::eventNumber(storedSize);
        e.args = {rcpt, size};
        e.text = engine::concat({"stored for <", rcpt, "> (", size, " bytes)"});
        m_world.record(std::move(e));
        m_world.mailStore().store(rcpt, {ref, m_world.now(), isBounce}, storedSize);
        if (!isBounce)
            m_world.noteDelivered(rcpt);
        item.pending.removeAll(rcpt);
        item.deliveredHere = true;
    }
}

// A mailbox whose quota the message would overflow: the recipient fails for good (5.2.2,
// RFC 3463 "mailbox full") and the sender gets a bounce, as a server that accepted the
// message at the end of DATA must do (it answered once for all recipients).
bool Mta::overQuota(const QByteArray &rcpt, qint64 size, QueueItem &item)
{
    if (!hasQuotas())
        return false; // nothing to look up: the bulk run delivers 30,000 times
    const scenario::Domain *dom = m_world.domain(rcpt.mid(rcpt.lastIndexOf('@') + 1));
    const scenario::User *user = dom ? m_world.user(*dom, rcpt.toLower()) : nullptr;
    if (!user || user->quota <= 0)
        return false;
    const qint64 used = m_world.mailStore().usage(rcpt);
    if (used + size <= user->quota)
        return false;
    TraceEvent e;
    e.stage = Stage::Deliver;
    e.kind = EventKind::Queue;
    e.from = e.to = qint16(m_actor);
    e.message = item.messageRef;
    e.key = "store.over-quota";
    const QByteArray quota = QByteArray::number(user->quota), free = QByteArray::number(qMax<qint64>(0, user->quota - used));
    e.args = {rcpt, QByteArray::number(size), quota, free};
    e.text = engine::concat({"mailbox <", rcpt, "> over quota (", QByteArray::number(size), " bytes, ", free,
                             " of ", quota, " free)"});
    m_world.record(std::move(e));
    failRecipients(item, {rcpt}, "5.2.2", "smtp; 552 5.2.2 Mailbox full: quota exceeded", m_host.name);
    return true;
}

void Mta::failRecipients(QueueItem &item, const QByteArrayList &rcpts, const QByteArray &status,
                         const QByteArray &diagnostic, const QByteArray &remoteMta)
{
    for (const QByteArray &r : rcpts) {
        item.failures.append({r, status, diagnostic, remoteMta});
        item.pending.removeAll(r);
    }
}

void Mta::endAttempt(const QByteArray &id)
{
    auto it = m_queue.find(id);
    if (it == m_queue.end())
        return;
    QueueItem &item = it->second;
    const bool finalDelivery = item.deliveredHere;
    if (!item.pending.isEmpty()) {
        const int attemptNo = item.attempts;
        if (attemptNo <= m_host.retryMs.size()) {
            // 4xx: the message stays in the queue and is tried again later (RFC 5321 §4.5.4.1).
            const qint64 delay = m_host.retryMs[attemptNo - 1];
            QByteArrayList reasons;
            for (const QByteArray &r : item.pending)
                reasons << item.lastTemporary.value(r);
            recordQueue(item, "queue.deferred",
                        {id, QByteArray::number(delay / 1000), reasons.value(0), QByteArray::number(attemptNo)},
                        "deferred " + id + ": " + reasons.value(0) + "; next attempt in " +
                            QByteArray::number(delay / 1000) + " s");
            m_world.scheduler().after(delay, [this, id] {
                auto again = m_queue.find(id);
                if (again == m_queue.end())
                    return;
                recordQueue(again->second, "queue.retry", {id, QByteArray::number(again->second.attempts + 1)},
                            "retry " + id + ", attempt " + QByteArray::number(again->second.attempts + 1));
                attempt(id);
            });
            return;
        }
        // Out of retries: the sender must be told (RFC 5321 §4.5.4.1, "give up").
        for (const QByteArray &r : item.pending)
            item.failures.append({r, "4.4.7", "Delivery time expired: " + item.lastTemporary.value(r), {}});
        item.pending.clear();
    }
    if (!item.failures.isEmpty())
        bounce(item);
    recordQueue(item, "queue.done", {id}, engine::concat({"removed ", id, " from the queue"}),
                finalDelivery ? Stage::Deliver : Stage::Send);
    m_queue.erase(it);
}

void Mta::bounce(QueueItem &item)
{
    QByteArrayList failed;
    for (const Failure &f : item.failures)
        failed << f.recipient;
    if (item.reversePath.isEmpty()) {
        // Never bounce a bounce: that is how mail loops start (RFC 5321 §4.5.5, §6.1).
        TraceEvent e;
        e.stage = Stage::Deliver;
        e.kind = EventKind::Note;
        e.from = e.to = qint16(m_actor);
        e.key = "bounce.dropped";
        e.args = {failed.join(", ")};
        e.text = "bounce for " + failed.join(", ") + " dropped: null sender";
        m_world.record(std::move(e));
        return;
    }
    for (const QByteArray &r : failed)
        m_world.noteBounced(r);
    mail::DsnInfo dsn;
    dsn.reportingMta = m_host.name;
    dsn.postmasterAddress = "MAILER-DAEMON@" + m_host.name;
    dsn.originalSender = item.reversePath;
    dsn.arrivalDate = m_world.wallClock().addMSecs(item.arrivalMs - m_world.now());
    dsn.date = m_world.wallClock();
    for (const Failure &f : item.failures)
    {
        mail::DsnRecipient r;
        r.finalRecipient = f.recipient;
        r.action = "failed";
        r.status = f.status;
        r.remoteMta = f.remoteMta;
        r.diagnosticCode = f.diagnostic;
        r.lastAttemptDate = dsn.date;
        dsn.recipients.append(r);
    }
    dsn.originalMessage = item.whole();
    dsn.includeFullMessage = false;
    dsn.humanText = QStringLiteral(
        "This is the mail system at host %1.\n\nI'm sorry to have to inform you that your "
        "message could not be delivered to one or more recipients. It's attached below.\n")
        .arg(QString::fromLatin1(m_host.name));
    dsn.messageId = item.id + ".bounce@" + m_host.name;
    dsn.boundarySeed = item.id;
    const QByteArray content = mail::composeBounce(dsn).message;
    const qint32 ref = m_world.keepMessage(content, QByteArray(), {item.reversePath});

    TraceEvent e;
    e.stage = Stage::Deliver;
    e.kind = EventKind::Bounce;
    e.from = qint16(m_actor);
    e.to = qint16(m_actor);
    e.message = ref;
    e.key = "bounce.create";
    e.args = {item.reversePath, failed.join(", "), item.failures.front().status,
              item.failures.front().diagnostic};
    e.text = "DSN to <" + item.reversePath + ">: " + failed.join(", ") + " " + item.failures.front().status;
    m_world.record(std::move(e));

    // The bounce is a new message from the null sender <> (RFC 5321 §4.5.5).
    QueueItem b;
    b.id = m_world.nextQueueId();
    b.pending = {item.reversePath};
    b.content = content;
    b.messageRef = ref;
    b.arrivalMs = m_world.now();
    m_world.scheduler().after(m_host.processingMs, [this, b = std::move(b)]() mutable { enqueue(std::move(b)); }, 5);
}

} // namespace kurir::world
