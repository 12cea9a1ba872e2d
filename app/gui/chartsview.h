#pragma once

#include <memory>
#include <vector>

#include <QWidget>

#include "chartdata.h"

class QBarCategoryAxis;
class QChart;
class QChartView;
class QHorizontalBarSeries;
class QHorizontalStackedBarSeries;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
class QVBoxLayout;

namespace kurir::engine {
struct Trace;
}

namespace kurir::gui {

/// The charts of a run: time per phase of each hop, the queue of a retry scenario, and
/// delivered/deferred/bounced messages over time for a bulk run. Built once per trace;
/// the cursor only moves a marker.
class ChartsView : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsView(QWidget *parent = nullptr);
    ~ChartsView() override;

    void setTrace(std::shared_ptr<const engine::Trace> trace);
    /// The same, with the chart data already worked out from `trace` (ChartInputs::of).
    void setTrace(std::shared_ptr<const engine::Trace> trace, ChartInputs inputs);
    /// The same lesson run with PIPELINING switched off everywhere: a chart then compares
    /// the round trips of each connection (null hides it).
    void setPipeliningComparison(std::shared_ptr<const engine::Trace> withoutPipelining);
    QChart *roundTripChart() const { return m_tripsChart; }
    bool showsRoundTrips() const;

    // For tests and the window: what is shown.
    QChart *phaseChart() const { return m_phaseChart; }
    QChart *queueChart() const { return m_queueChart; }
    QChart *deliveryChart() const { return m_deliveryChart; }
    bool showsQueue() const;
    bool showsDelivery() const;
    /// The hop the cursor is in (index into the shown bars), -1 for none.
    int currentHop() const { return m_currentHop; }
    /// The simulated time the cursor marks.
    qint64 cursorMs() const { return m_cursorMs; }
    /// How many bars chart 1 shows (at most kMaxBars).
    int barCount() const;

    static constexpr int kMaxBars = 8;

public slots:
    void setCurrent(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildPhaseChart();
    void buildQueueChart();
    bool queueWorthShowing() const;
    void buildDeliveryChart();
    void retranslate();
    void applyColours();
    void updateCursor();
    QString hopLabel(const HopTiming &hop) const;
    QString actorLabel(int actor) const;

    std::shared_ptr<const engine::Trace> m_trace;
    std::vector<HopTiming> m_hops;
    QueueHistory m_queue;
    DeliveryTimeline m_delivery;
    int m_current = -1;
    int m_currentHop = -1;
    qint64 m_cursorMs = 0;

    QChart *m_phaseChart = nullptr;
    QChart *m_queueChart = nullptr;
    QChart *m_deliveryChart = nullptr;
    QChartView *m_phaseView = nullptr;
    QChartView *m_queueView = nullptr;
    QChartView *m_deliveryView = nullptr;
    QLabel *m_phaseHint = nullptr;
    QLabel *m_queueHint = nullptr;
    QLabel *m_deliveryHint = nullptr;
    QLabel *m_empty = nullptr;
    QVBoxLayout *m_column = nullptr;

    // Chart 1
    QHorizontalStackedBarSeries *m_bars = nullptr;
    QBarCategoryAxis *m_hopAxis = nullptr;
    QValueAxis *m_phaseMsAxis = nullptr;
    // Chart 2
    std::vector<QLineSeries *> m_queueLines;
    QScatterSeries *m_attempts = nullptr;
    QLineSeries *m_queueCursor = nullptr;
    QValueAxis *m_queueTimeAxis = nullptr;
    QValueAxis *m_queueCountAxis = nullptr;
    // Chart 3
    QLineSeries *m_deliveredLine = nullptr;
    QLineSeries *m_deferredLine = nullptr;
    QLineSeries *m_bouncedLine = nullptr;
    QLineSeries *m_deliveryCursor = nullptr;
    QValueAxis *m_deliveryTimeAxis = nullptr;
    QValueAxis *m_deliveryCountAxis = nullptr;
    // Chart 4: round trips with and without PIPELINING
    std::shared_ptr<const engine::Trace> m_withoutPipelining;
    QChart *m_tripsChart = nullptr;
    QChartView *m_tripsView = nullptr;
    QLabel *m_tripsHint = nullptr;
    QHorizontalBarSeries *m_trips = nullptr;
    QBarCategoryAxis *m_tripsAxis = nullptr;
    QValueAxis *m_tripsCountAxis = nullptr;
    void buildRoundTripChart();
};

} // namespace kurir::gui
