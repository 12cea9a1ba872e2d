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
    const Key key{qMax(timeMs, m_now), m_sequence++, priority, slot};
    if (m_laneHead == m_lane.size() || !Later{}(m_lane.back(), key)) {
        if (m_laneHead == m_lane.size()) {
            m_lane.clear();
            m_laneHead = 0;
        }
        m_lane.push_back(key);
        return;
    }
    m_heap.push_back(key);
    std::push_heap(m_heap.begin(), m_heap.end(), Later{});
}

bool Scheduler::laneFirst() const
{
    if (m_laneHead == m_lane.size())
        return false;
    return m_heap.empty() || Later{}(m_heap.front(), m_lane[m_laneHead]);
}

bool Scheduler::step()
{
    Key key;
    if (laneFirst()) {
        key = m_lane[m_laneHead++];
        if (m_laneHead >= 4096 && m_laneHead * 2 >= m_lane.size()) { // what has run, dropped
            m_lane.erase(m_lane.begin(), m_lane.begin() + qsizetype(m_laneHead));
            m_laneHead = 0;
        }
    } else if (!m_heap.empty()) {
        std::pop_heap(m_heap.begin(), m_heap.end(), Later{});
        key = m_heap.back();
        m_heap.pop_back();
    } else {
        return false;
    }
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
    while (!isEmpty() && next().time <= untilMs)
        step();
}

} // namespace kurir::engine
