#pragma once

#include <functional>
#include <queue>
#include <vector>

#include <QtGlobal>

namespace kurir::engine {

/// A discrete-event scheduler on a simulated clock in milliseconds. Events run in order of
/// (time, priority, insertion), so events at the same time and priority are first-in,
/// first-out and every run of the same scenario is identical (STYLE.md, OMNeT++).
class Scheduler
{
public:
    using Action = std::function<void()>;

    /// Runs `action` `delayMs` from now; lower `priority` runs first at equal times.
    void after(qint64 delayMs, Action action, int priority = 0);
    void at(qint64 timeMs, Action action, int priority = 0);

    qint64 now() const { return m_now; }
    bool isEmpty() const { return m_queue.empty(); }
    /// Runs the next event; returns false when there is none.
    bool step();
    /// Runs until no event is left or the clock would pass `untilMs`.
    void run(qint64 untilMs = std::numeric_limits<qint64>::max());
    quint64 executed() const { return m_executed; }

private:
    struct Entry
    {
        qint64 time;
        int priority;
        quint64 sequence;
        Action action;
    };
    struct Later
    {
        bool operator()(const Entry &a, const Entry &b) const
        {
            if (a.time != b.time)
                return a.time > b.time;
            if (a.priority != b.priority)
                return a.priority > b.priority;
            return a.sequence > b.sequence;
        }
    };

    std::priority_queue<Entry, std::vector<Entry>, Later> m_queue;
    qint64 m_now = 0;
    quint64 m_sequence = 0;
    quint64 m_executed = 0;
};

} // namespace kurir::engine
