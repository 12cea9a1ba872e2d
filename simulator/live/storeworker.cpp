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
    {
        std::lock_guard lock(m_mutex);
        m_queue.emplace_back(ticket, std::move(message));
        ++m_inFlight;
    }
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
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopping, and nothing submitted is left behind
            // A lone message goes at once. When other sessions are in the middle of a message,
            // a short wait lets them join this batch instead of each paying a sync of its own
            // (otherwise batches alternate between one message and all the others).
            if (m_expected && !m_stopping) {
                m_wake.wait_for(lock, kGatherWindow, [this] {
                    return m_stopping || int(m_queue.size()) >= m_maxBatch || m_expected() <= 0;
                });
            }
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
        for (size_t i = 0; i < batch.size(); ++i)
            m_done(tickets[i], batch[i].error);
        tickets.clear();
        batch.clear();
    }
}

} // namespace kurir::live
