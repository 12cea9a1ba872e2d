// The classroom GUI's figures (README): start to first painted frame, the cost of a step
// (forward and back, repaint included), opening the bulk trace and scrolling its dialogue,
// and the peak memory. A measuring program, not a test: it prints what it measured.
//
//   kurir_gui_bench [--scenario ID] [--bulk ID] [--steps N]
//
// Runs on whatever platform Qt picks (offscreen when there is no display).

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <vector>

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QScreen>
#include <QScrollBar>
#include <QTimer>

#include "explanationpanel.h"
#include "journeyview.h"
#include "stagestrip.h"
#include "tracedigest.h"
#include "language.h"
#include "loadedscenario.h"
#include "chartdata.h"
#include "mainwindow.h"
#include "player.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

using namespace kurir::gui;

namespace {

double peakMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

/// Watches a widget for its first paint.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget *w) { w->installEventFilter(this); }
    bool painted = false;
    qint64 at = -1;
    QElapsedTimer *clock = nullptr;

protected:
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && !painted) {
            painted = true;
            at = clock->elapsed();
        }
        return false;
    }
};

/// CPU time of this thread: on a shared machine, what the GUI thread itself spent.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double currentMb()
{
    long pages = 0, resident = 0;
    if (FILE *f = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        std::fclose(f);
    }
    return double(resident) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

struct Stats
{
    double median = 0, p95 = 0, worst = 0;
};

Stats stats(std::vector<double> v)
{
    if (v.empty())
        return {};
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v[std::min(v.size() - 1, v.size() * 95 / 100)], v.back()};
}

void waitLoaded(MainWindow &window)
{
    if (!window.isLoading())
        return;
    QEventLoop loop;
    QObject::connect(&window, &MainWindow::scenarioOpened, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication::setOrganizationName(QStringLiteral("Kurir-bench"));
    QApplication app(argc, argv);
    QString lesson = QStringLiteral("gmail-to-yahoo");
    QString bulk = QStringLiteral("bulk");
    int steps = 200;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--scenario"))
            lesson = args[i + 1];
        else if (args[i] == QLatin1String("--bulk"))
            bulk = args[i + 1];
        else if (args[i] == QLatin1String("--steps"))
            steps = args[i + 1].toInt();
    }
    installLanguage(QStringLiteral("id"));

    // 1. Start to first painted frame: QApplication, window, the lesson, shown and painted.
    MainWindow window(false);
    window.resize(1280, 800);
    FirstPaint first(window.journeyView());
    first.clock = &sinceStart;
    window.openScenario(lesson);
    waitLoaded(window);
    window.show();
    while (!first.painted)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    std::printf("start to first painted frame (%s): %lld ms (from main(), process start not included)\n",
                qPrintable(lesson), first.at);

    // 2. A step forward and a step back, each with a synchronous repaint of the window.
    Player &player = *window.player();
    player.setStepAnimation(false);
    std::vector<double> forward, back, forwardCpu, backCpu;
    QElapsedTimer t;
    for (int round = 0; round < steps; ++round) {
        if (player.index() >= player.count() - 1)
            player.toStart();
        t.start();
        double cpu = threadCpuMs();
        player.stepForward();
        window.repaint();
        forward.push_back(t.nsecsElapsed() / 1e6);
        forwardCpu.push_back(threadCpuMs() - cpu);
        t.start();
        cpu = threadCpuMs();
        player.stepBack();
        window.repaint();
        back.push_back(t.nsecsElapsed() / 1e6);
        backCpu.push_back(threadCpuMs() - cpu);
        player.stepForward();
    }
    const Stats f = stats(forward), b = stats(back), fc = stats(forwardCpu), bc = stats(backCpu);
    std::printf("step forward incl. repaint: median %.2f ms, p95 %.2f ms, worst %.2f ms wall; median %.2f ms, p95 %.2f ms "
                "CPU (%d steps)\n",
                f.median, f.p95, f.worst, fc.median, fc.p95, steps);
    std::printf("step back incl. repaint:    median %.2f ms, p95 %.2f ms, worst %.2f ms wall; median %.2f ms, p95 %.2f ms "
                "CPU\n",
                b.median, b.p95, b.worst, bc.median, bc.p95);
    // Where a repaint goes, view by view (CPU time, median of 50).
    auto paintCost = [&](QWidget *w) {
        std::vector<double> v;
        for (int i = 0; i < 50; ++i) {
            const double cpu = threadCpuMs();
            w->repaint();
            v.push_back(threadCpuMs() - cpu);
        }
        return stats(v).median;
    };
    std::printf("  repaint CPU by view: journey %.2f ms, dialogue %.2f ms, explanation %.2f ms, stages %.2f ms\n",
                paintCost(window.journeyView()), paintCost(window.transcriptView()->viewport()),
                paintCost(window.explanation()), paintCost(window.stageStrip()));
    std::printf("animation clock: %d ms per frame (screen at %.0f Hz)\n", player.frameIntervalMs(),
                window.screen() ? window.screen()->refreshRate() : 0.0);

    // 3. The bulk trace: from the request until the window shows it, painted.
    const double before = peakMb();
    t.start();
    window.openScenario(bulk);
    // How long the window's event loop is kept from running while the bulk trace loads.
    qint64 longestBlock = t.elapsed(); // reading and checking the file, before the world runs
    qint64 lastTick = t.elapsed();
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        longestBlock = std::max(longestBlock, t.elapsed() - lastTick);
        lastTick = t.elapsed();
    });
    heartbeat.start();
    const double guiCpuBefore = threadCpuMs();
    waitLoaded(window);
    const double guiCpuDuringLoad = threadCpuMs() - guiCpuBefore;
    longestBlock = std::max(longestBlock, t.elapsed() - lastTick);
    heartbeat.stop();
    const qint64 loaded = t.elapsed();
    window.repaint();
    const qint64 shown = t.elapsed();
    std::printf("bulk (%s): %d events, %d dialogue rows\n", qPrintable(bulk), player.count(),
                window.transcriptModel()->rowCount());
    std::printf("bulk open: %lld ms until loaded, %lld ms until painted; the window's event loop was blocked at "
                "most %lld ms at a time\n",
                loaded, shown, longestBlock);
    const LoadTimes lt = window.lastLoadTimes();
    std::printf("  of which: simulation %lld ms (%lld ms CPU, %lld ms of it in the kernel) and the views' preparation "
                "%lld ms (worker thread), views %lld ms (GUI thread)\n",
                lt.simulationMs, lt.simulationCpuMs, lt.simulationKernelMs, lt.preparedMs, lt.viewsMs);
    std::printf("  the GUI thread's CPU while it waited: %.0f ms (the busy bar, the heartbeat)\n",
                guiCpuDuringLoad - double(lt.viewsMs));
    {
        // The views' share, piece by piece, in CPU time of this thread.
        const auto trace = player.sharedTrace();
        double cpu = threadCpuMs();
        const TraceDigest digest(*trace);
        const double digestMs = threadCpuMs() - cpu;
        TranscriptModel model;
        model.setWrapColumns(window.transcriptModel()->wrapColumns());
        cpu = threadCpuMs();
        model.setTrace(trace);
        const double modelMs = threadCpuMs() - cpu;
        cpu = threadCpuMs();
        const ChartInputs charts = ChartInputs::of(*trace);
        const double chartsMs = threadCpuMs() - cpu;
        std::printf("  views CPU: journey digest %.0f ms, dialogue rows %.0f ms (wrapped at %d columns), charts' "
                    "data %.0f ms\n",
                    digestMs, modelMs, model.wrapColumns(), chartsMs);
    }

    // 4. Scrolling the bulk dialogue a page at a time, and stepping through it.
    TranscriptView *view = window.transcriptView();
    std::vector<double> scroll;
    QScrollBar *bar = view->verticalScrollBar();
    std::vector<double> scrollCpu;
    for (int i = 0; i < 200; ++i) {
        t.start();
        const double cpu = threadCpuMs();
        bar->setValue(bar->value() + (i % 2 ? 1 : 37) * bar->pageStep() / 4 + bar->maximum() / 401);
        view->viewport()->repaint();
        scroll.push_back(t.nsecsElapsed() / 1e6);
        scrollCpu.push_back(threadCpuMs() - cpu);
    }
    const Stats s = stats(scroll), sc = stats(scrollCpu);
    std::printf("bulk dialogue scroll incl. repaint: median %.2f ms, p95 %.2f ms, worst %.2f ms wall; median %.2f ms, "
                "p95 %.2f ms CPU\n",
                s.median, s.p95, s.worst, sc.median, sc.p95);
    std::vector<double> bulkSteps;
    player.seek(player.count() / 2);
    std::vector<double> bulkCpu;
    for (int i = 0; i < 100; ++i) {
        t.start();
        const double cpu = threadCpuMs();
        player.stepForward();
        window.repaint();
        bulkSteps.push_back(t.nsecsElapsed() / 1e6);
        bulkCpu.push_back(threadCpuMs() - cpu);
    }
    const Stats bs = stats(bulkSteps), bsc = stats(bulkCpu);
    std::printf("bulk step incl. repaint: median %.2f ms, p95 %.2f ms, worst %.2f ms wall; median %.2f ms CPU\n", bs.median,
                bs.p95, bs.worst, bsc.median);
    std::printf("memory: peak %.0f MB (%.0f MB before the bulk trace), %.0f MB resident with the bulk trace shown\n",
                peakMb(), before, currentMb());
    return 0;
}
