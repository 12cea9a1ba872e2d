#pragma once

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace kurir::live {

/// A few threads kept for one job: fdatasync() on many files at the same time. Concurrent
/// syncs wait on a shared journal commit, where one after another each pays for its own;
/// the threads live as long as the Maildir, since starting threads for every batch costs
/// more CPU than the rest of storing a message. The Maildir syncs a batch with one syncfs()
/// and comes here only to find out whose file failed when that reports an error.
class SyncLanes
{
public:
    explicit SyncLanes(int helpers);
    ~SyncLanes();
    SyncLanes(const SyncLanes &) = delete;
    SyncLanes &operator=(const SyncLanes &) = delete;

    /// fdatasync() on every descriptor, the caller's thread included; `errors[i]` is 0 or
    /// the errno of `fds[i]`. Returns when all are done. One caller at a time.
    void sync(const std::vector<int> &fds, std::vector<int> &errors);

private:
    void work(const std::vector<int> &fds, std::vector<int> &errors);
    void helper();

    std::mutex m_mutex;
    std::condition_variable m_start;
    std::condition_variable m_finished;
    const std::vector<int> *m_fds = nullptr;
    std::vector<int> *m_errors = nullptr;
    std::atomic<size_t> m_next{0};
    unsigned long m_round = 0;
    int m_busy = 0;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace kurir::live
