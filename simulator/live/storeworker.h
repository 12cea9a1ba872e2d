#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

#include "maildir.h"

namespace kurir::live {

/// Stores messages off the event loop, in batches (group commit): while one batch is being
/// flushed to disk, the messages that sessions finish meanwhile queue up and go to disk
/// together in the next one, with one sync for all of them.
///
/// `done` runs on the worker thread once per batch, with every message of it: durable (error
/// 0) or failed (errno). The caller hops back to its own thread from there, once per batch
/// rather than once per message.
class StoreWorker
{
public:
    struct Report
    {
        quint64 ticket;
        int error;
    };
    using Done = std::function<void(std::vector<Report> reports)>;
    /// How many messages are on their way (sessions between MAIL and the end of DATA): the
    /// worker waits a moment for them before it syncs, so they share the batch.
    using Expected = std::function<int()>;

    StoreWorker(Maildir &maildir, Done done, Expected expected = {}, int maxBatch = 256);
    ~StoreWorker(); ///< finishes every message already submitted, then stops
    StoreWorker(const StoreWorker &) = delete;
    StoreWorker &operator=(const StoreWorker &) = delete;

    void submit(quint64 ticket, Maildir::Message message);
    /// No more messages are on their way (Expected dropped to 0): a batch being gathered
    /// goes now.
    void nudge();
    /// Messages submitted and not yet reported.
    int inFlight() const;

private:
    void run();

    Maildir &m_maildir;
    Done m_done;
    Expected m_expected;
    const int m_maxBatch;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::pair<quint64, Maildir::Message>> m_queue;
    int m_inFlight = 0;
    /// What the worker waits for, so that only a change it acts on wakes it (a wake-up is a
    /// context switch; on a busy machine it costs as much as a message's reply).
    enum class Waiting { Nothing, Work, Batch } m_waiting = Waiting::Nothing;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace kurir::live
