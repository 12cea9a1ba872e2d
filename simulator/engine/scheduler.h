#pragma once

#include <limits>
#include <vector>

#include <QtGlobal>

#include "task.h"

namespace kurir::engine {

/// A discrete-event scheduler on a simulated clock in milliseconds. Events run in order of
/// (time, priority, insertion), so events at the same time and priority are first-in,
/// first-out and every run of the same scenario is identical (STYLE.md, OMNeT++).
class Scheduler
{
public:
    using Action = Task;

    /// Runs `action` `delayMs` from now; lower `priority` runs first at equal times.
    void after(qint64 delayMs, Action action, int priority = 0);
    void at(qint64 timeMs, Action action, int priority = 0);

    qint64 now() const { return m_now; }
    bool isEmpty() const { return m_heap.empty() && m_laneHead == m_lane.size(); }
    /// Runs the next event; returns false when there is none.
    bool step();
    /// Runs until no event is left or the clock would pass `untilMs`.
    void run(qint64 untilMs = std::numeric_limits<qint64>::max());
    quint64 executed() const { return m_executed; }

private:
    // The heap orders small keys; the actions stay put in slots that are reused, so a run
    // of half a million events moves 24-byte keys around and allocates almost nothing.
    struct Key
    {
        qint64 time;
        quint64 sequence;
        int priority;
        quint32 slot; ///< index into m_slots
    };
    struct Later
    {
        bool operator()(const Key &a, const Key &b) const
        {
            if (a.time != b.time)
                return a.time > b.time;
            if (a.priority != b.priority)
                return a.priority > b.priority;
            return a.sequence > b.sequence;
        }
    };

    bool laneFirst() const; ///< the lane's front runs before the heap's top
    const Key &next() const { return laneFirst() ? m_lane[m_laneHead] : m_heap.front(); }

    std::vector<Key> m_heap;     ///< a binary heap, earliest on top (std::push_heap with Later)
    // Keys scheduled in their own order (none earlier than the one before) wait in this
    // sorted lane instead of the heap: a bulk run schedules its ten thousand messages up
    // front, and with them out of the heap, the heap holds only the few hundred events of
    // the conversations under way. The order of events is the same total order either way.
    std::vector<Key> m_lane;
    size_t m_laneHead = 0;       ///< m_lane[0 .. m_laneHead) have run
    std::vector<Action> m_slots;
    std::vector<quint32> m_freeSlots;
    qint64 m_now = 0;
    quint64 m_sequence = 0;
    quint64 m_executed = 0;
};

} // namespace kurir::engine
