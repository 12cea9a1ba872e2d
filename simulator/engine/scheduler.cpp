#include "scheduler.h"

namespace kurir::engine {

void Scheduler::after(qint64 delayMs, Action action, int priority)
{
    at(m_now + qMax<qint64>(0, delayMs), std::move(action), priority);
}

void Scheduler::at(qint64 timeMs, Action action, int priority)
{
    // Never schedule into the past: the clock only moves forward.
    m_queue.push(Entry{qMax(timeMs, m_now), priority, m_sequence++, std::move(action)});
}

bool Scheduler::step()
{
    if (m_queue.empty())
        return false;
    // top() is const, but moving the action out leaves the ordering fields intact, so the
    // heap stays valid until pop() (and saves copying a std::function per event).
    Entry entry = std::move(const_cast<Entry &>(m_queue.top()));
    m_queue.pop();
    m_now = entry.time;
    ++m_executed;
    entry.action();
    return true;
}

void Scheduler::run(qint64 untilMs)
{
    while (!m_queue.empty() && m_queue.top().time <= untilMs)
        step();
}

} // namespace kurir::engine
