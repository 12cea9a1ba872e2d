// The charts view: time per phase of each hop, the queue of a retry lesson, and the bulk
// run's deliveries over time, checked on the data first and then on the widget.

#include <gtest/gtest.h>

#include <chrono>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>

#include "chartdata.h"
#include "chartsview.h"
#include "fixtures.h"
#include "guitestsupport.h"
#include "language.h"
#include "visuals.h"

using namespace kurir;
using namespace kurir::gui;
using engine::EventKind;

namespace {

int countQueueEvents(const engine::Trace &trace, QByteArrayView prefix)
{
    int n = 0;
    for (const engine::TraceEvent &e : trace.events)
        if (e.kind == EventKind::Queue && e.text.startsWith(prefix))
            ++n;
    return n;
}

int countKind(const engine::Trace &trace, EventKind kind)
{
    int n = 0;
    for (const engine::TraceEvent &e : trace.events)
        n += e.kind == kind;
    return n;
}

TEST(ChartData, GmailToYahooHasTwoHopsWithTheirPhases)
{
    const auto trace = test::gmailToYahoo();
    ASSERT_TRUE(trace);
    const std::vector<HopTiming> hops = hopTimings(*trace);
    ASSERT_EQ(hops.size(), 2u);

    const HopTiming &submit = hops[0];
    EXPECT_EQ(trace->actorId(submit.from), "alice");
    EXPECT_EQ(trace->actorId(submit.to), "gmail");
    EXPECT_GT(submit.phase(HopPhase::Tcp), 0);
    EXPECT_GT(submit.phase(HopPhase::Tls), 0);
    EXPECT_GT(submit.phase(HopPhase::Auth), 0);
    EXPECT_GT(submit.phase(HopPhase::Envelope), 0);
    EXPECT_GT(submit.phase(HopPhase::Data), 0);
    EXPECT_EQ(submit.phase(HopPhase::Dns), 0) << "Alice's laptop looks nothing up in this lesson";

    const HopTiming &relay = hops[1];
    EXPECT_EQ(trace->actorId(relay.from), "gmail");
    EXPECT_EQ(trace->actorId(relay.to), "yahoo");
    EXPECT_EQ(relay.phase(HopPhase::Auth), 0) << "MX to MX needs no login";
    EXPECT_GT(relay.phase(HopPhase::Tls), 0);
    // Gmail's MX and A look-ups, made just before it connected, are charged to its hop.
    EXPECT_GT(relay.phase(HopPhase::Dns), 0);
    EXPECT_EQ(relay.firstEvent, test::findEvent(*trace, EventKind::DnsQuery, "yahoo.example."));

    for (const HopTiming &hop : hops) {
        // The phases after DNS add up to the time the connection was open, from its
        // tcp-connect event to its tcp-close event.
        EXPECT_EQ(hop.totalMs() - hop.phase(HopPhase::Dns), hop.connectionMs());
        EXPECT_EQ(trace->events[size_t(hop.lastEvent)].kind, EventKind::TcpClose);
        EXPECT_EQ(hop.endMs, trace->events[size_t(hop.lastEvent)].timeMs);
        EXPECT_FALSE(hop.failed);
    }
    const int connect = test::findEvent(*trace, EventKind::TcpConnect);
    EXPECT_EQ(hops[0].startMs, trace->events[size_t(connect)].timeMs);
}

TEST(ChartData, GreylistingQueueFillsWaitsAndEmpties)
{
    const auto trace = test::lesson(QStringLiteral("greylisting"));
    ASSERT_TRUE(trace);
    const QueueHistory history = queueHistory(*trace);
    EXPECT_TRUE(history.hasRetries());
    const int retries = countQueueEvents(*trace, "retry ");
    EXPECT_EQ(history.retries, retries);
    EXPECT_EQ(history.deferrals, countQueueEvents(*trace, "deferred "));
    ASSERT_GE(retries, 1);

    const qsizetype gmail = trace->actorIndex("gmail");
    const ServerQueue *queue = nullptr;
    for (const ServerQueue &s : history.servers)
        if (s.actor == gmail)
            queue = &s;
    ASSERT_TRUE(queue);
    // 0 -> 1 while it waits through every deferral -> 0 once Yahoo took it.
    ASSERT_EQ(queue->length.size(), 3u);
    EXPECT_EQ(queue->length[0].value, 0);
    EXPECT_EQ(queue->length[1].value, 1);
    EXPECT_EQ(queue->length[2].value, 0);
    EXPECT_LT(queue->length[1].timeMs, queue->length[2].timeMs);

    // The first attempt and one per retry, each while the message waits.
    EXPECT_EQ(int(queue->attempts.size()), retries + 1);
    for (const StepPoint &a : queue->attempts) {
        EXPECT_EQ(a.value, 1);
        EXPECT_GT(a.timeMs, queue->length[1].timeMs);
        EXPECT_LT(a.timeMs, queue->length[2].timeMs);
    }
    // The last retry event names the attempt number the chart counts.
    int lastRetry = -1;
    for (size_t i = 0; i < trace->events.size(); ++i)
        if (trace->events[i].kind == EventKind::Queue && trace->events[i].text.startsWith("retry "))
            lastRetry = int(i);
    EXPECT_TRUE(trace->events[size_t(lastRetry)].text.endsWith(
        "attempt " + QByteArray::number(qsizetype(queue->attempts.size()))));

    // Three connections from Gmail to Yahoo, numbered.
    const std::vector<HopTiming> hops = hopTimings(*trace);
    ASSERT_EQ(hops.size(), 4u);
    EXPECT_EQ(hops[3].ordinal, 3);
    EXPECT_EQ(hops[2].phase(HopPhase::Dns), 0) << "the second attempt uses the cached MX";
}

TEST(ChartData, BackupMxChargesTheTimeoutToTheFailedHop)
{
    const auto trace = test::lesson(QStringLiteral("backup-mx"));
    ASSERT_TRUE(trace);
    const std::vector<HopTiming> hops = hopTimings(*trace);
    ASSERT_EQ(hops.size(), 3u);
    EXPECT_TRUE(hops[1].failed);
    EXPECT_EQ(hops[1].phase(HopPhase::Tcp), 30000);
    EXPECT_EQ(trace->actorId(hops[2].to), "yahoo-backup");
    EXPECT_GT(hops[2].phase(HopPhase::Dns), 0) << "mx2 is looked up after the timeout";

    // No retry, but two attempts (the primary MX, then the backup): worth the queue chart.
    const QueueHistory queue = queueHistory(*trace);
    EXPECT_FALSE(queue.hasRetries());
    EXPECT_TRUE(queue.worthCharting());
    EXPECT_FALSE(queueHistory(*test::gmailToYahoo()).worthCharting());
}

TEST(ChartData, BulkDeliveriesMatchTheStoreEvents)
{
    const auto trace = test::lesson(QStringLiteral("bulk"));
    ASSERT_TRUE(trace);
    ASSERT_GT(trace->events.size(), 100000u);

    const auto start = std::chrono::steady_clock::now();
    const DeliveryTimeline timeline = deliveryTimeline(*trace);
    const std::vector<HopTiming> hops = hopTimings(*trace);
    const QueueHistory queue = queueHistory(*trace);
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    RecordProperty("chart_data_ms", int(ms));
    std::printf("[ charts  ] chart data for %zu bulk events: %lld ms\n", trace->events.size(), (long long)ms);
    EXPECT_LT(ms, 1000) << "all three charts' data in well under a second";

    ASSERT_EQ(timeline.timeMs.size(), 200u);
    EXPECT_EQ(timeline.totalDelivered(), countKind(*trace, EventKind::Store));
    EXPECT_EQ(timeline.totalBounced(), countKind(*trace, EventKind::Bounce));
    EXPECT_EQ(timeline.totalDeferred(), countQueueEvents(*trace, "deferred "));
    EXPECT_TRUE(timeline.isBulk());
    EXPECT_EQ(timeline.timeMs.back(), trace->events.back().timeMs);
    for (size_t b = 1; b < timeline.delivered.size(); ++b) {
        EXPECT_LE(timeline.delivered[b - 1], timeline.delivered[b]);
        EXPECT_LT(timeline.timeMs[b - 1], timeline.timeMs[b]);
    }
    EXPECT_EQ(int(hops.size()), countKind(*trace, EventKind::TcpConnect) + countKind(*trace, EventKind::TcpFail));
    // Every message queued at Gmail leaves its queue.
    for (const ServerQueue &s : queue.servers)
        EXPECT_EQ(s.length.back().value, 0) << trace->actorId(s.actor).constData();

    // The view on the bulk run: the delivery chart, not the queue chart, and a quick cursor.
    ChartsView view;
    view.resize(1000, 900);
    const auto viewStart = std::chrono::steady_clock::now();
    view.setTrace(trace);
    const auto viewMs = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - viewStart).count();
    std::printf("[ charts  ] ChartsView::setTrace on the bulk run: %lld ms\n", (long long)viewMs);
    EXPECT_LT(viewMs, 1000);
    EXPECT_TRUE(view.showsDelivery());
    EXPECT_FALSE(view.showsQueue());
    EXPECT_EQ(view.barCount(), ChartsView::kMaxBars);
    const auto cursorStart = std::chrono::steady_clock::now();
    for (int i = 0; i < 1000; ++i)
        view.setCurrent(int(trace->events.size()) - 1 - i * 97);
    const auto cursorMs = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - cursorStart).count();
    EXPECT_LT(cursorMs, 1000) << "a thousand cursor moves";
}

QString chartsTr(const char *source) { return QCoreApplication::translate("kurir::gui::ChartsView", source); }

TEST(ChartsView, FollowsTraceCursorAndLanguage)
{
    ChartsView view;
    view.resize(1000, 900);
    view.show();
    view.setCurrent(5); // no trace yet: nothing to mark, nothing to crash

    const auto trace = test::gmailToYahoo();
    view.setTrace(trace);
    EXPECT_FALSE(view.showsQueue());
    EXPECT_FALSE(view.showsDelivery());
    ASSERT_EQ(view.barCount(), 2);

    auto *axis = qobject_cast<QBarCategoryAxis *>(view.phaseChart()->axes(Qt::Vertical).value(0));
    ASSERT_TRUE(axis);
    EXPECT_FALSE(axis->categories().join(QString()).contains(QStringLiteral("▶")));

    // The cursor in Gmail's connection to Yahoo marks that bar.
    const int ehlo = test::findEvent(*trace, EventKind::SmtpCommand, "EHLO smtp.gmail");
    view.setCurrent(ehlo);
    EXPECT_EQ(view.currentHop(), 1);
    EXPECT_EQ(view.cursorMs(), trace->events[size_t(ehlo)].timeMs);
    EXPECT_TRUE(axis->categories().at(1).startsWith(QStringLiteral("▶ ")));
    EXPECT_FALSE(axis->categories().at(0).startsWith(QStringLiteral("▶ ")));
    view.setCurrent(2);
    EXPECT_EQ(view.currentHop(), 0);
    view.setCurrent(int(trace->events.size()) + 10);
    EXPECT_EQ(view.currentHop(), -1);

    // The language switch: every title goes through tr() and retranslate(), in Indonesian
    // from translations/kurir_id.ts.
    const QString english = view.phaseChart()->title();
    EXPECT_EQ(english, chartsTr("Time per phase of each connection"));
    installLanguage(QStringLiteral("id"));
    test::settle();
    EXPECT_EQ(view.phaseChart()->title(), QStringLiteral("Waktu tiap tahap pada setiap koneksi"));
    EXPECT_EQ(view.phaseChart()->axes(Qt::Horizontal).value(0)->titleText(), QStringLiteral("Waktu simulasi (ms)"));
    const QList<QBarSet *> sets = qobject_cast<QHorizontalStackedBarSeries *>(view.phaseChart()->series().value(0))->barSets();
    ASSERT_EQ(sets.size(), kHopPhaseCount);
    EXPECT_EQ(sets[0]->label(), QStringLiteral("Pencarian DNS"));

    // Switching trace and back keeps working in the other language.
    view.setTrace(test::lesson(QStringLiteral("greylisting")));
    EXPECT_TRUE(view.showsQueue());
    view.setCurrent(40);
    EXPECT_EQ(view.queueChart()->title(), QStringLiteral("Pesan yang menunggu di antrean"));

    installLanguage(QStringLiteral("en"));
    test::settle();
    EXPECT_EQ(view.phaseChart()->title(), english);

    // A palette change (e.g. the system's dark look) recolours without rebuilding.
    QPalette dark = view.palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x24, 0x28));
    dark.setColor(QPalette::WindowText, Qt::white);
    view.setPalette(dark);
    test::settle();
    EXPECT_NE(view.phaseChart()->backgroundBrush().color(), QColor(Visuals::kCanvas));
    view.setTrace(nullptr);
    view.setCurrent(3);
    EXPECT_EQ(view.currentHop(), -1);
}

} // namespace

namespace kurir::gui {
namespace {

TEST(ChartData, PipeliningSavesRoundTrips)
{
    ScenarioLoad load = loadScenarioOnly(QStringLiteral("gmail-to-yahoo"));
    ASSERT_TRUE(load.world);
    scenario::Scenario without = *load.world;
    for (scenario::Host &h : without.hosts)
        h.extensions.pipelining = false;
    const auto on = roundTrips(*runWorld(*load.world));
    const auto off = roundTrips(*runWorld(without));
    ASSERT_EQ(on.size(), 2u);
    ASSERT_EQ(off.size(), 2u);
    for (size_t i = 0; i < on.size(); ++i) {
        EXPECT_EQ(on[i].from, off[i].from);
        // MAIL, RCPT and DATA wait once together instead of three times.
        EXPECT_EQ(off[i].trips - on[i].trips, 2) << "connection " << i;
    }

    ChartsView view;
    view.setTrace(runWorld(*load.world));
    EXPECT_FALSE(view.showsRoundTrips()) << "nothing to compare yet";
    view.setPipeliningComparison(runWorld(without));
    EXPECT_TRUE(view.showsRoundTrips());
    EXPECT_FALSE(view.roundTripChart()->series().isEmpty());
    view.setPipeliningComparison(nullptr);
    EXPECT_FALSE(view.showsRoundTrips());
}

} // namespace
} // namespace kurir::gui
