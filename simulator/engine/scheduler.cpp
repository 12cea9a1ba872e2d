#include "scheduler.h"

#include <algorithm>

namespace kurir::engine {

void Scheduler::after(qint64 delayMs, Action action, int priority)
{
    at(m_now + qMax<qint64>(0, delayMs), std::move(action), priority);
}

void Scheduler::at(qint64 timeMs, Action action, int priority)
{
    quint32 slot;
    if (m_freeSlots.empty()) {
        slot = quint32(m_slots.size());
        m_slots.push_back(std::move(action));
    } else {
        slot = m_freeSlots.back();
        m_freeSlots.pop_back();
        m_slots[slot] = std::move(action);
    }
    // Never schedule into the past: the clock only moves forward.
    m_heap.push_back(Key{qMax(timeMs, m_now), m_sequence++, priority, slot});
    std::push_heap(m_heap.begin(), m_heap.end(), Later{});
}

bool Scheduler::step()
{
    if (m_heap.empty())
        return false;
    std::pop_heap(m_heap.begin(), m_heap.end(), Later{});
    const Key key = m_heap.back();
    m_heap.pop_back();
    m_now = key.time;
    ++m_executed;
    // Out of its slot before it runs: what it schedules may reuse the slot or grow the vector.
    Action action = std::move(m_slots[key.slot]);
    m_freeSlots.push_back(key.slot);
    action();
    return true;
}

void Scheduler::run(qint64 untilMs)
{
    while (!m_heap.empty() && m_heap.front().time <= untilMs)
        step();
}

} // namespace kurir::engine
