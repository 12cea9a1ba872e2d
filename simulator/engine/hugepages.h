#pragma once

namespace kurir::engine {

/// Asks the allocator to back the heap with transparent huge pages where the system offers
/// them (Linux "madvise" mode, Debian's default). Once per process; harmless to call again,
/// and a no-op without tcmalloc or without huge pages.
void useHugePages();

/// For a run that will grow the heap by a hundred megabytes or more (the bulk scenario): from
/// now on, once the heap passes 32 MB, a second thread has the kernel fault in the next
/// 16 MB of heap before they are needed, so that clearing fresh pages happens beside the
/// run rather than in it. Once per process; implies useHugePages(). A no-op without
/// tcmalloc or on a kernel before Linux 5.14.
void prefaultAhead();

} // namespace kurir::engine
