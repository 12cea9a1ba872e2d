#pragma once

namespace kurir::engine {

/// Asks the allocator to back the heap with transparent huge pages where the system offers
/// them (Linux "madvise" mode, Debian's default). Once per process; harmless to call again,
/// and a no-op without tcmalloc or without huge pages.
void useHugePages();

} // namespace kurir::engine
