#include "storeworker.h"

namespace kurir::live {

namespace {

// The longest a batch waits for the messages of sessions still sending theirs. A sync costs
// milliseconds on a disk; on loopback a session needs well under one to finish a message.
constexpr auto kGatherWindow = std::chrono::microseconds(2000);

} // namespace

StoreWorker::StoreWorker(Maildir &maildir, Done done, Expected expected, int maxBatch)
    : m_maildir(maildir), m_done(std::move(done)), m_expected(std::move(expected)), m_maxBatch(maxBatch)
{
    m_thread = std::thread([this] { run(); });
}

StoreWorker::~StoreWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void StoreWorker::submit(quint64 ticket, Maildir::Message message)
{
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        m_queue.emplace_back(ticket, std::move(message));
        ++m_inFlight;
        wake = m_waiting == Waiting::Work ||
               (m_waiting == Waiting::Batch && int(m_queue.size()) >= m_maxBatch);
    }
    if (wake)
        m_wake.notify_one();
}

void StoreWorker::nudge()
{
    // Under the lock: the worker tests Expected under it too, so either it sees the new count
    // or it is already waiting and sees this wake-up.
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        wake = m_waiting == Waiting::Batch;
    }
    if (wake)
        m_wake.notify_one();
}

int StoreWorker::inFlight() const
{
    std::lock_guard lock(m_mutex);
    return m_inFlight;
}

void StoreWorker::run()
{
    std::vector<quint64> tickets;
    std::vector<Maildir::Message> batch;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_waiting = Waiting::Work;
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopping, and nothing submitted is left behind
            // A lone message goes at once. When other sessions are in the middle of a message,
            // a short wait lets them join this batch instead of each paying a sync of its own
            // (otherwise batches alternate between one message and all the others).
            if (m_expected && !m_stopping) {
                m_waiting = Waiting::Batch;
                m_wake.wait_for(lock, kGatherWindow, [this] {
                    return m_stopping || int(m_queue.size()) >= m_maxBatch || m_expected() <= 0;
                });
            }
            m_waiting = Waiting::Nothing;
            while (!m_queue.empty() && int(batch.size()) < m_maxBatch) {
                tickets.push_back(m_queue.front().first);
                batch.push_back(std::move(m_queue.front().second));
                m_queue.pop_front();
            }
        }
        m_maildir.commit(batch);
        {
            // Counted out before the reports go, so whoever handles a report already sees
            // the count without it.
            std::lock_guard lock(m_mutex);
            m_inFlight -= int(batch.size());
        }
        std::vector<Report> reports;
        reports.reserve(batch.size());
        for (size_t i = 0; i < batch.size(); ++i)
            reports.push_back({tickets[i], batch[i].error});
        m_done(std::move(reports));
        tickets.clear();
        batch.clear();
    }
}

} // namespace kurir::live
