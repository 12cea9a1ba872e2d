#include "synclanes.h"

#include <cerrno>
#include <unistd.h>

namespace kurir::live {

SyncLanes::SyncLanes(int helpers)
{
    for (int i = 0; i < helpers; ++i)
        m_threads.emplace_back([this] { helper(); });
}

SyncLanes::~SyncLanes()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_start.notify_all();
    for (std::thread &t : m_threads)
        t.join();
}

void SyncLanes::work(const std::vector<int> &fds, std::vector<int> &errors)
{
    // Each descriptor is taken by whichever thread gets to it first.
    for (size_t i = m_next++; i < fds.size(); i = m_next++)
        errors[i] = ::fdatasync(fds[i]) == 0 ? 0 : errno;
}

void SyncLanes::sync(const std::vector<int> &fds, std::vector<int> &errors)
{
    errors.assign(fds.size(), 0);
    if (fds.size() <= 1 || m_threads.empty()) {
        m_next = 0;
        work(fds, errors); // one file: nobody to share a commit with
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        m_fds = &fds;
        m_errors = &errors;
        m_next = 0;
        m_busy = int(m_threads.size());
        ++m_round;
    }
    m_start.notify_all();
    work(fds, errors);
    std::unique_lock lock(m_mutex);
    m_finished.wait(lock, [this] { return m_busy == 0; });
    m_fds = nullptr;
    m_errors = nullptr;
}

void SyncLanes::helper()
{
    unsigned long seen = 0;
    for (;;) {
        const std::vector<int> *fds = nullptr;
        std::vector<int> *errors = nullptr;
        {
            std::unique_lock lock(m_mutex);
            m_start.wait(lock, [&] { return m_stopping || m_round != seen; });
            if (m_stopping)
                return;
            seen = m_round;
            fds = m_fds;
            errors = m_errors;
        }
        work(*fds, *errors);
        {
            std::lock_guard lock(m_mutex);
            --m_busy;
        }
        m_finished.notify_one();
    }
}

} // namespace kurir::live
