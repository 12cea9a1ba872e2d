// The heap's chunks from the system: whole, 2 MB-aligned, marked for huge pages.
#include <chrono>
#include <cstdint>
#include <cstring>
#include <thread>
#include <vector>

#include <sys/mman.h>

#include <gtest/gtest.h>

#include "engine/hugepages.h"

#ifdef KURIR_TCMALLOC
#include <gperftools/malloc_extension.h>
#endif

namespace kurir::engine {
namespace {

#ifdef KURIR_TCMALLOC
TEST(HugePages, TheSystemAllocatorHandsOutWhole2MbChunks)
{
    useHugePages();
    useHugePages(); // once per process, however often asked
    SysAllocator *system = MallocExtension::instance()->GetSystemAllocator();
    ASSERT_NE(system, nullptr);
    constexpr size_t kHuge = 2 * 1024 * 1024;
    for (const size_t asked : {size_t(1) << 20, kHuge + 1, size_t(8192)}) {
        size_t got = 0;
        void *p = system->Alloc(asked, &got, 8192);
        ASSERT_NE(p, nullptr) << asked;
        EXPECT_EQ(reinterpret_cast<std::uintptr_t>(p) % kHuge, 0u) << asked;
        EXPECT_GE(got, asked);
        EXPECT_EQ(got % kHuge, 0u) << asked; // tcmalloc is told the chunk's real size
        // Memory from the system allocator is tcmalloc's for good; these few MB stay unused.
    }
}

TEST(HugePages, ARequestFarBeyondMemoryIsStillRefused)
{
    useHugePages();
    SysAllocator *system = MallocExtension::instance()->GetSystemAllocator();
    ASSERT_NE(system, nullptr);
    // Regions of address space are reserved without counting against memory; a request
    // that large must still reach the system, which refuses it (malloc returns null).
    size_t got = 0;
    EXPECT_EQ(system->Alloc(size_t(1) << 46, &got, 8192), nullptr);
}

// Whether every page of [p, p + size) is resident, without touching (and so faulting) any.
bool resident(const char *p, size_t size)
{
    std::vector<unsigned char> pages(size / 4096);
    if (mincore(const_cast<char *>(p), size, pages.data()) != 0)
        return false;
    for (unsigned char page : pages)
        if (!(page & 1))
            return false;
    return true;
}

TEST(HugePages, AHeapGrowingPast32MbIsFaultedInAheadOfTheAllocator)
{
    {
        // MADV_POPULATE_WRITE came with Linux 5.14; before it there is nothing to see.
        void *probe = mmap(nullptr, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        ASSERT_NE(probe, MAP_FAILED);
        const bool known = madvise(probe, 4096, MADV_POPULATE_WRITE) == 0;
        munmap(probe, 4096);
        if (!known)
            GTEST_SKIP() << "this kernel cannot fault pages in ahead (before Linux 5.14)";
    }
    prefaultAhead();
    SysAllocator *system = MallocExtension::instance()->GetSystemAllocator();
    ASSERT_NE(system, nullptr);
    constexpr size_t kChunk = 2 * 1024 * 1024;
    // Grow the system heap past the threshold (tests before may have grown it already).
    for (int i = 0; i < 16; ++i) {
        size_t got = 0;
        ASSERT_NE(system->Alloc(kChunk, &got, 8192), nullptr);
    }
    // Then the chunk after the last one handed out, not yet handed out itself, must become
    // resident. The last chunk may end a region of address space (what follows it is then
    // not the allocator's): the next chunk must be that very memory, else try again.
    bool ahead = false, checked = false;
    for (int attempt = 0; attempt < 3 && !checked; ++attempt) {
        size_t got = 0;
        char *last = static_cast<char *>(system->Alloc(kChunk, &got, 8192));
        ASSERT_NE(last, nullptr);
        std::memset(last, 0x5a, got); // in use, as tcmalloc would use it
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        while (!ahead && std::chrono::steady_clock::now() < deadline) {
            ahead = resident(last + got, kChunk);
            if (!ahead)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        size_t nextGot = 0;
        char *next = static_cast<char *>(system->Alloc(kChunk, &nextGot, 8192));
        ASSERT_NE(next, nullptr);
        if (next != last + got) {
            ahead = false; // a new region began: what was looked at was not the allocator's
            continue;
        }
        checked = true;
        // Faulting in leaves memory as it is: the chunk in use keeps what was written, the
        // one faulted in ahead reads as zeros.
        EXPECT_EQ(last[0], 0x5a);
        EXPECT_EQ(last[got - 1], 0x5a);
        EXPECT_EQ(next[0], 0);
        EXPECT_EQ(next[nextGot - 1], 0);
    }
    ASSERT_TRUE(checked) << "no two chunks in a row";
    EXPECT_TRUE(ahead) << "the pages after the last chunk were never faulted in";
}
#else
TEST(HugePages, ARequestFarBeyondMemoryIsStillRefused)
{
    GTEST_SKIP() << "built without tcmalloc (sanitizers): the system's allocator is left alone";
}

TEST(HugePages, AHeapGrowingPast32MbIsFaultedInAheadOfTheAllocator)
{
    GTEST_SKIP() << "built without tcmalloc (sanitizers): the system's allocator is left alone";
}

TEST(HugePages, TheSystemAllocatorHandsOutWhole2MbChunks)
{
    GTEST_SKIP() << "built without tcmalloc (sanitizers): the system's allocator is left alone";
}
#endif

} // namespace
} // namespace kurir::engine
