// The heap's chunks from the system: whole, 2 MB-aligned, marked for huge pages.
#include <chrono>
#include <cstdint>
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
    prefaultAhead();
    prefaultAhead(); // one thread, however often asked
    SysAllocator *system = MallocExtension::instance()->GetSystemAllocator();
    ASSERT_NE(system, nullptr);
    constexpr size_t kChunk = 2 * 1024 * 1024, kAhead = 4 * kChunk;
    // Grow the system heap past the threshold (some tests before may have grown it
    // already), then look at the memory after the last chunk: not handed out yet, never
    // touched by this test, it must become resident. A region of address space may end
    // right there, so a few tries.
    for (int i = 0; i < 16; ++i) {
        size_t got = 0;
        ASSERT_NE(system->Alloc(kChunk, &got, 8192), nullptr);
    }
    bool ahead = false;
    for (int attempt = 0; attempt < 3 && !ahead; ++attempt) {
        size_t got = 0;
        char *last = static_cast<char *>(system->Alloc(kChunk, &got, 8192));
        ASSERT_NE(last, nullptr);
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        while (!ahead && std::chrono::steady_clock::now() < deadline) {
            ahead = resident(last + got, kAhead);
            if (!ahead)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        if (ahead) {
            // Faulted in, not written: fresh memory still reads as zeros.
            const char *next = last + got;
            EXPECT_EQ(next[0], 0);
            EXPECT_EQ(next[kAhead - 1], 0);
        }
    }
    EXPECT_TRUE(ahead) << "the pages after the last chunk were never faulted in";
}
#else
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
