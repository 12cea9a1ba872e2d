#include "hugepages.h"

#include <mutex>

#ifdef KURIR_TCMALLOC
#include <algorithm>
#include <cstdint>

#include <sys/mman.h>

#include <gperftools/malloc_extension.h>
#endif

namespace kurir::engine {

#ifdef KURIR_TCMALLOC
namespace {

// A bulk run touches some 130 MB of fresh heap. In 4 KB pages that is 35,000 page faults,
// which on a virtual machine cost as much as a third of the run; in 2 MB pages a few dozen.
// tcmalloc takes memory from the system in chunks through a SysAllocator: this one asks for
// chunks aligned to 2 MB and marks them for huge pages (madvise(2), MADV_HUGEPAGE).
class HugePageAllocator : public SysAllocator
{
public:
    explicit HugePageAllocator(SysAllocator *next) : m_next(next) {}

    void *Alloc(size_t size, size_t *actualSize, size_t alignment) override
    {
        // tcmalloc asks for 1 MB at a time; whole, aligned 2 MB chunks can be huge pages.
        constexpr size_t kHuge = 2 * 1024 * 1024;
        const size_t rounded = (size + kHuge - 1) / kHuge * kHuge;
        size_t got = 0;
        void *p = m_next->Alloc(rounded, &got, std::max(alignment, kHuge));
        if (!p)
            return m_next->Alloc(size, actualSize, alignment); // no room for the rounding
        madvise(p, got - got % kHuge, MADV_HUGEPAGE); // advice only: failure is fine
        if (actualSize)
            *actualSize = got;
        return p;
    }

private:
    SysAllocator *m_next;
};

} // namespace
#endif

void useHugePages()
{
#ifdef KURIR_TCMALLOC
    static std::once_flag once;
    std::call_once(once, [] {
        MallocExtension *ext = MallocExtension::instance();
        if (SysAllocator *next = ext->GetSystemAllocator())
            ext->SetSystemAllocator(new HugePageAllocator(next)); // for the life of the process
    });
#endif
}

} // namespace kurir::engine
