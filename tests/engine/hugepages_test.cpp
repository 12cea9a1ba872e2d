// The heap's chunks from the system: whole, 2 MB-aligned, marked for huge pages.
#include <cstdint>

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
#else
TEST(HugePages, TheSystemAllocatorHandsOutWhole2MbChunks)
{
    GTEST_SKIP() << "built without tcmalloc (sanitizers): the system's allocator is left alone";
}
#endif

} // namespace
} // namespace kurir::engine
