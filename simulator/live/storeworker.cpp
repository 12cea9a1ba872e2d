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
        // While it gathers a batch the worker writes each message as it comes.
        wake = m_waiting != Waiting::Nothing;
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
        std::unique_lock lock(m_mutex);
        m_waiting = Waiting::Work;
        m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_queue.empty())
            return; // stopping, and nothing submitted is left behind
        // A lone message goes at once. When other sessions are in the middle of a message,
        // a short wait lets them join this batch instead of each paying a sync of its own
        // (otherwise batches alternate between one message and all the others). Meanwhile
        // each message is written into tmp/ as it comes, so that once the last one is in,
        // only its own file stands between the batch and the sync.
        const auto deadline = std::chrono::steady_clock::now() + kGatherWindow;
        for (;;) {
            const size_t written = batch.size();
            while (!m_queue.empty() && int(batch.size()) < m_maxBatch) {
                tickets.push_back(m_queue.front().first);
                batch.push_back(std::move(m_queue.front().second));
                m_queue.pop_front();
            }
            m_waiting = Waiting::Nothing;
            lock.unlock();
            for (size_t i = written; i < batch.size(); ++i)
                m_maildir.write(batch[i]);
            lock.lock();
            if (!m_expected || m_stopping || int(batch.size()) >= m_maxBatch)
                break;
            if (!m_queue.empty())
                continue; // came in while the others were written
            if (m_expected() <= 0)
                break; // nobody else's message is on its way
            m_waiting = Waiting::Batch;
            if (!m_wake.wait_until(lock, deadline, [this] {
                    return m_stopping || !m_queue.empty() || m_expected() <= 0;
                }))
                break; // waited long enough: the late ones go in the next batch
        }
        m_waiting = Waiting::Nothing;
        lock.unlock();

        m_maildir.commit(batch);
        {
            // Counted out before the reports go, so whoever handles a report already sees
            // the count without it.
            std::lock_guard done(m_mutex);
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
