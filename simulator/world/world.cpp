#include "world.h"

#include <algorithm>
#include <charconv>
#include <cstring>

#include <QTimeZone>

#include "bulkload.h"
#include "engine/hugepages.h"
#include "protocol/address.h"
#include "protocol/linehash.h"
#include "mailstore.h"
#include "mta.h"
#include "mua.h"
#include "network.h"
#include "resolver.h"

namespace kurir::world {

using scenario::Role;
using engine::TraceMessage;

World::World(scenario::Scenario scenario)
    : m_scenario(std::move(scenario)), m_random(m_scenario.seed)
{
    engine::useHugePages(); // a world may grow to hundreds of megabytes (the bulk run)
    if (m_scenario.bulk.messages > 0)
        engine::prefaultAhead(); // and a bulk run surely does: fresh pages cleared beside it
    BulkLoad::expand(m_scenario);
    if (!m_scenario.start.isValid())
        m_scenario.start = QDateTime(QDate(2026, 11, 27), QTime(8, 0), QTimeZone(7 * 3600));
    const QDateTime &start = m_scenario.start;
    if (start.timeSpec() == Qt::UTC || start.timeSpec() == Qt::OffsetFromUTC ||
        (start.timeSpec() == Qt::TimeZone && !start.timeZone().hasDaylightTime()))
        m_start = mail::ClockTime{start.toMSecsSinceEpoch(), start.offsetFromUtc()};
    for (const scenario::Domain &d : m_scenario.domains) {
        m_domainByName.insert(d.name.toLower(), &d);
        for (const scenario::User &u : d.users)
            if (!smtp::hasEightBit(u.address)) // the rest is found as Domain::user finds it
                m_userByAddress.insert(u.address.toLower(), {&d, &u});
    }
    for (const scenario::Host &h : m_scenario.hosts) {
        m_hostById.insert(h.id, &h);
        m_hostByName.insert(h.name.toLower(), &h);
        m_hostByAddress.insert(h.address, &h);
        m_actorIndex.insert(h.id, int(m_trace.actors.size()));
        m_trace.actors.push_back({h.id, h.name, h.address, scenario::roleName(h.role), h.label.id, h.label.en});
    }
    m_network = std::make_unique<Network>(*this);
    m_resolver = std::make_unique<Resolver>(*this);
    m_store = std::make_unique<MailStore>();
    for (const scenario::Host &h : m_scenario.hosts) {
        if (h.role == Role::Submission || h.role == Role::Relay || h.role == Role::Mx)
        {
            m_mtas.push_back(std::make_unique<Mta>(*this, h));
            m_mtaById.insert(h.id, m_mtas.back().get());
        }
        else if (h.role == Role::Mua)
            m_muas.push_back(std::make_unique<Mua>(*this, h));
    }
}

World::~World() = default;

void World::run(qint64 limitMs)
{
    for (int i = 0; i < m_scenario.messages.size(); ++i) {
        const QByteArray &wanted = m_scenario.messages[i].mua;
        // A message names its MUA, or goes from the first one.
        for (const auto &mua : m_muas) {
            if (wanted.isEmpty() || mua->hostId() == wanted) {
                mua->send(i);
                break;
            }
        }
    }
    BulkLoad::schedule(*this);
    m_scheduler.run(limitMs);
}

QDateTime World::wallClock() const
{
    return m_scenario.start.addMSecs(m_scheduler.now());
}

std::optional<mail::ClockTime> World::clockTime() const
{
    if (!m_start)
        return std::nullopt;
    return mail::ClockTime{m_start->msecsSinceEpoch + m_scheduler.now(), m_start->offsetSeconds};
}

namespace {

// A hash key that borrows `text` for one lookup: the actors ask these indexes on every
// step, and a copy of the name was a heap allocation each time.
QByteArray borrowed(QByteArrayView text)
{
    return QByteArray::fromRawData(text.data(), text.size());
}

// `name` lower-cased as QByteArray::toLower() does, borrowed when it already is.
QByteArray lowerKey(QByteArrayView name)
{
    return smtp::hasAsciiUpper(name) ? name.toByteArray().toLower() : borrowed(name);
}

} // namespace

const scenario::User *World::user(const scenario::Domain &domain, QByteArrayView address) const
{
    if (smtp::hasEightBit(address))
        return domain.user(address);
    const auto it = m_userByAddress.constFind(lowerKey(address));
    if (it == m_userByAddress.cend() || it->first != &domain)
        return domain.user(address); // the same address in two domains: ask the domain itself
    return it->second;
}

Mta *World::mta(QByteArrayView hostId)
{
    return m_mtaById.value(borrowed(hostId), nullptr);
}

const scenario::Host *World::host(QByteArrayView hostId) const
{
    return m_hostById.value(borrowed(hostId), nullptr);
}

const scenario::Host *World::hostByName(QByteArrayView name) const
{
    return m_hostByName.value(lowerKey(name), nullptr);
}

const scenario::Host *World::hostByAddress(QByteArrayView address) const
{
    return m_hostByAddress.value(borrowed(address), nullptr);
}

const scenario::Domain *World::domain(QByteArrayView name) const
{
    return m_domainByName.value(lowerKey(name), nullptr);
}

int World::actorIndex(QByteArrayView hostId) const
{
    return m_actorIndex.value(borrowed(hostId), -1);
}

bool World::isHostUp(QByteArrayView hostId) const
{
    const qint64 t = now();
    for (const scenario::Fault &f : m_scenario.faults) {
        if (f.type == scenario::Fault::Type::HostDown && f.host == hostId && t >= f.fromMs &&
            (f.untilMs < 0 || t < f.untilMs))
            return false;
    }
    return true;
}

quint32 World::random()
{
    return quint32(m_random());
}

QByteArray World::nextQueueId()
{
    // Seeded prefix, counting suffix: unique, sortable in creation order, and like the
    // hexadecimal queue ids Postfix prints. Written by hand: it runs for every message
    // every server accepts, and the QByteArray::number/toUpper/rightJustified chain cost
    // ~1,800 instructions.
    if (m_queuePrefix.isEmpty()) {
        static constexpr quint32 kPrime = 2654435761u;
        m_queuePrefix = QByteArray::number((m_scenario.seed * kPrime) >> 16, 16).toUpper().rightJustified(4, '0').right(4);
    }
    char digits[16];
    char *end = std::to_chars(digits, digits + sizeof digits, ++m_queueCounter, 16).ptr;
    const qsizetype count = end - digits;
    const qsizetype padding = count < 6 ? 6 - count : 0;
    QByteArray id(m_queuePrefix.size() + padding + count, '0');
    char *out = id.data();
    std::memcpy(out, m_queuePrefix.constData(), size_t(m_queuePrefix.size()));
    out += m_queuePrefix.size() + padding;
    for (const char *d = digits; d < end; ++d)
        *out++ = (*d >= 'a' && *d <= 'f') ? char(*d - 'a' + 'A') : *d;
    return id;
}

QByteArray World::shareText(const QByteArray &text)
{
    const size_t hash = smtp::lineHash(text);
    SharedText *set = &m_texts[(hash % kTextSets) * 2];
    if (set[0].hash == hash && set[0].text == text)
        return set[0].text;
    if (set[1].hash == hash && set[1].text == text) {
        std::swap(set[0], set[1]);
        return set[0].text;
    }
    set[1] = std::move(set[0]);
    set[0] = {hash, text};
    return text;
}

qsizetype World::record(engine::TraceEvent event)
{
    event.timeMs = now();
    m_trace.events.push_back(std::move(event));
    return qsizetype(m_trace.events.size()) - 1;
}

qint32 World::keepMessage(QByteArray content, QByteArray envelopeFrom, QByteArrayList envelopeTo)
{
    TraceMessage m;
    m.content = std::move(content);
    m.envelopeFrom = std::move(envelopeFrom);
    m.envelopeTo = std::move(envelopeTo);
    m_trace.messages.push_back(std::move(m));
    return qint32(m_trace.messages.size()) - 1;
}

qint32 World::keepDerived(qint32 base, QByteArray prefix, QByteArray envelopeFrom, QByteArrayList envelopeTo)
{
    TraceMessage m;
    m.base = base;
    m.prefix = std::move(prefix);
    m.envelopeFrom = std::move(envelopeFrom);
    m.envelopeTo = std::move(envelopeTo);
    m_trace.messages.push_back(std::move(m));
    return qint32(m_trace.messages.size()) - 1;
}

void World::noteDelivered(const QByteArray &recipient) { m_delivered << smtp::asciiLower(recipient); }
void World::noteBounced(const QByteArray &recipient) { m_bounced << smtp::asciiLower(recipient); }
void World::noteSubmissionFailed(const QByteArray &recipient) { m_failedSubmissions << smtp::asciiLower(recipient); }

Outcome World::outcome() const
{
    auto sorted = [](QByteArrayList list) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
        return list;
    };
    return {sorted(m_delivered), sorted(m_bounced), sorted(m_failedSubmissions)};
}

} // namespace kurir::world
