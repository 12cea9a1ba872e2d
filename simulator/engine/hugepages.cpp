#include "hugepages.h"

#include <mutex>

#ifdef KURIR_TCMALLOC
#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstdint>
#include <system_error>
#include <thread>

#include <sys/mman.h>

#include <gperftools/malloc_extension.h>
#endif

namespace kurir::engine {

#ifdef KURIR_TCMALLOC
namespace {

constexpr size_t kHuge = 2 * 1024 * 1024;

size_t roundUp(size_t n, size_t to) { return (n + to - 1) / to * to; }

// A bulk run touches some 130 MB of fresh heap. In 4 KB pages that is 35,000 page faults,
// which on a virtual machine cost as much as a third of the run; in 2 MB pages a few dozen.
// tcmalloc takes memory from the system in chunks through a SysAllocator: this one hands
// out chunks aligned to 2 MB from regions marked for huge pages (madvise(2), MADV_HUGEPAGE).
//
// Even in huge pages, the kernel must clear every page the first time it is touched, and
// on a virtual machine whose host takes freed memory back (free page reporting) that took
// a quarter of a cold bulk run's time. Once asked (prefaultAhead()), a second thread has
// the kernel fault in the next pages of the region before the allocator hands them out
// (MADV_POPULATE_WRITE, which leaves what a page holds as it is): the clearing then runs
// on a core that a simulation leaves idle, beside it instead of in its way.
class HugePageAllocator : public SysAllocator
{
public:
    explicit HugePageAllocator(SysAllocator *next) : m_next(next) {}

    void *Alloc(size_t size, size_t *actualSize, size_t alignment) override
    {
        // tcmalloc asks for 1 MB at a time; whole, aligned 2 MB chunks can be huge pages.
        const size_t rounded = roundUp(size, kHuge);
        // Regions serve the heap's growth, a few MB at a time; a request beyond a quarter of
        // one (a huge array) goes to the system as before, which may refuse it.
        if (alignment <= kHuge && rounded <= kRegion / 4) {
            std::unique_lock lock(m_mutex);
            if (size_t(m_end - m_cursor) >= rounded || newRegion(rounded)) {
                char *p = m_cursor;
                m_cursor += rounded;
                m_handedOut += rounded;
                const bool wake = m_prefaulting && m_handedOut >= kPrefaultAfter;
                if (wake)
                    m_target = std::min(m_end, m_cursor + kLookahead);
                lock.unlock();
                if (wake)
                    m_wake.notify_one();
                if (actualSize)
                    *actualSize = rounded;
                return p;
            }
        }
        // A huge request or alignment, or no region to be had (address space limited, strict
        // overcommit): the system's allocator, still in aligned chunks where it can.
        size_t got = 0;
        void *p = m_next->Alloc(rounded, &got, std::max(alignment, kHuge));
        if (!p)
            return m_next->Alloc(size, actualSize, alignment); // no room for the rounding
        madvise(p, got - got % kHuge, MADV_HUGEPAGE); // advice only: failure is fine
        if (actualSize)
            *actualSize = got;
        return p;
    }

    // Starts the thread that faults pages in ahead of the allocator (once per process).
    void startPrefaulting()
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_started)
                return;
            m_started = true;
        }
        // Made without the lock held: making a thread allocates, and an allocation that
        // grows the heap comes back here through Alloc().
        try {
            std::thread([this] { prefaultLoop(); }).detach(); // sleeps unless the heap grows
        } catch (const std::system_error &) {
            return; // no thread to be had: the run faults its own pages, as before
        }
        std::lock_guard lock(m_mutex);
        m_prefaulting = true;
    }

private:
    // Only a heap this large is growing in earnest (a bulk run, not a lesson's scenario);
    // and no more than this is faulted in ahead of need, so at most that much memory is
    // taken before it is used.
    static constexpr size_t kPrefaultAfter = 32 * 1024 * 1024;
    static constexpr size_t kLookahead = 16 * 1024 * 1024;
    static constexpr size_t kRegion = 256 * 1024 * 1024; // address space, not memory

    // A new region of address space for the chunks; what is left of the old one stays
    // unused. Called with m_mutex held.
    bool newRegion(size_t atLeast)
    {
        const size_t size = std::max(kRegion, atLeast) + kHuge;
        void *p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (p == MAP_FAILED)
            return false;
        char *begin = static_cast<char *>(p);
        char *aligned = reinterpret_cast<char *>(roundUp(reinterpret_cast<std::uintptr_t>(begin), kHuge));
        m_cursor = m_populated = m_target = aligned;
        m_end = aligned + (size - kHuge);
        madvise(m_cursor, size_t(m_end - m_cursor), MADV_HUGEPAGE);
        return true;
    }

    void prefaultLoop()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_target > std::max(m_populated, m_cursor); });
            // One huge page at a time, with the lock let go: the allocator never waits for
            // the kernel's work, only for the lock.
            char *from = std::max(m_populated, m_cursor);
            char *const regionEnd = m_end;
            lock.unlock();
            const bool unknown = madvise(from, kHuge, MADV_POPULATE_WRITE) != 0 && errno == EINVAL;
            lock.lock();
            if (unknown) {
                m_prefaulting = false; // a kernel before Linux 5.14: nothing to be done
                return;
            }
            if (m_end == regionEnd) // still the same region
                m_populated = std::max(m_populated, from + kHuge);
        }
    }

    SysAllocator *m_next;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    char *m_cursor = nullptr;    ///< the next chunk starts here
    char *m_end = nullptr;       ///< end of the current region
    char *m_populated = nullptr; ///< how far this thread has faulted pages in
    char *m_target = nullptr;    ///< to be faulted in up to here
    size_t m_handedOut = 0;
    bool m_started = false;     ///< the thread was asked for
    bool m_prefaulting = false; ///< the thread is there and the kernel does its part
};

HugePageAllocator *installed = nullptr;

} // namespace
#endif

void useHugePages()
{
#ifdef KURIR_TCMALLOC
    static std::once_flag once;
    std::call_once(once, [] {
        MallocExtension *ext = MallocExtension::instance();
        if (SysAllocator *next = ext->GetSystemAllocator()) {
            installed = new HugePageAllocator(next); // for the life of the process
            ext->SetSystemAllocator(installed);
        }
    });
#endif
}

void prefaultAhead()
{
#ifdef KURIR_TCMALLOC
    useHugePages();
    if (installed)
        installed->startPrefaulting();
#endif
}

} // namespace kurir::engine
