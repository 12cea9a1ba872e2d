// Figures for the simulated world: the built-in "bulk" scenario (10,000 messages to 100
// domains) simulated to completion. Prints delivered messages per second, trace events per
// second and heap bytes per trace event. Not a test: run it by hand, figures go in the README.
#include <malloc.h>
#ifdef KURIR_TCMALLOC
#include <gperftools/malloc_extension.h>
#endif

#include <chrono>
#include <cstdio>

#include <QCoreApplication>

#include "scenario/builtins.h"
#include "world/world.h"

namespace {

// Bytes the program has allocated and not freed, as the allocator in use counts them.
size_t heapInUse()
{
#ifdef KURIR_TCMALLOC
    size_t bytes = 0;
    MallocExtension::instance()->GetNumericProperty("generic.current_allocated_bytes", &bytes);
    return bytes;
#else
    malloc_trim(0);
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd; // heap + mmapped blocks
#endif
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString id = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("bulk");
    auto loaded = kurir::scenario::loadScenario(id);
    if (!loaded.scenario) {
        std::fprintf(stderr, "cannot load %s\n", qPrintable(id));
        return 2;
    }
    double best = 1e9;
    size_t events = 0, delivered = 0;
    double bytesPerEvent = 0;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 3;
    for (int run = 0; run < runs; ++run) {
        const size_t before = heapInUse();
        const auto start = std::chrono::steady_clock::now();
        kurir::world::World world(*loaded.scenario);
        world.run();
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const size_t after = heapInUse();
        events = world.trace().events.size();
        delivered = 0;
        for (const auto &e : world.trace().events)
            delivered += e.kind == kurir::engine::EventKind::Store;
        bytesPerEvent = double(after - before) / double(events);
        best = std::min(best, seconds);
    }
    std::printf("scenario            %s\n", qPrintable(id));
    std::printf("trace events        %zu\n", events);
    std::printf("messages delivered  %zu (one per recipient mailbox)\n", delivered);
    std::printf("simulation time     %.3f s (best of %d)\n", best, runs);
    std::printf("delivered / s       %.0f\n", double(delivered) / best);
    std::printf("events / s          %.0f\n", double(events) / best);
    std::printf("heap bytes / event  %.0f (whole world: trace, messages, mailboxes)\n", bytesPerEvent);
    return 0;
}
