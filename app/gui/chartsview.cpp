#include "chartsview.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QScrollArea>
#include <QValueAxis>
#include <QVBoxLayout>

#include "engine/trace.h"
#include "language.h"
#include "visuals.h"

namespace kurir::gui {

namespace {

constexpr qreal kTitlePt = 16;
constexpr qreal kLabelPt = 12;
constexpr qreal kHintPt = 13;
constexpr int kMaxQueuePoints = 5000;

// Each phase: an Okabe–Ito colour and, every other one, a hatch, so that neighbouring
// segments differ by pattern as well as by colour.
struct PhaseLook
{
    QRgb colour;
    Qt::BrushStyle pattern;
};
constexpr PhaseLook kPhaseLooks[kHopPhaseCount] = {
    {Visuals::kOrange, Qt::SolidPattern},      // DNS
    {Visuals::kMuted, Qt::BDiagPattern},       // TCP
    {Visuals::kGreen, Qt::SolidPattern},       // TLS
    {Visuals::kPurple, Qt::CrossPattern},      // AUTH
    {Visuals::kBlue, Qt::SolidPattern},        // envelope
    {Visuals::kVermillion, Qt::FDiagPattern},  // data
};
constexpr Qt::PenStyle kLineStyles[] = {Qt::SolidLine, Qt::DashLine, Qt::DashDotLine, Qt::DotLine};
constexpr QRgb kLineColours[] = {Visuals::kBlue, Visuals::kOrange, Visuals::kGreen, Visuals::kPurple};

QFont pointFont(const QFont &base, qreal pt, bool bold = false)
{
    QFont f = base;
    f.setPointSizeF(pt);
    f.setBold(bold);
    return f;
}

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation); // motion explains, never decorates
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    return chart;
}

QChartView *newView(QChart *chart, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFocusPolicy(Qt::StrongFocus);
    return view;
}

QLabel *newHint(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setFont(pointFont(label->font(), kHintPt));
    label->setContentsMargins(12, 0, 12, 12);
    return label;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

qreal seconds(qint64 ms) { return qreal(ms) / 1000.0; }

} // namespace

ChartsView::ChartsView(QWidget *parent) : QWidget(parent)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *column = new QVBoxLayout(content);
    m_column = column;

    m_empty = newHint(content);
    column->addWidget(m_empty);

    m_phaseChart = newChart();
    m_phaseView = newView(m_phaseChart, content);
    m_phaseHint = newHint(content);
    column->addWidget(m_phaseView);
    column->addWidget(m_phaseHint);

    m_queueChart = newChart();
    m_queueView = newView(m_queueChart, content);
    m_queueView->setMinimumHeight(340);
    m_queueHint = newHint(content);
    column->addWidget(m_queueView);
    column->addWidget(m_queueHint);

    m_deliveryChart = newChart();
    m_deliveryView = newView(m_deliveryChart, content);
    m_deliveryView->setMinimumHeight(340);
    m_deliveryHint = newHint(content);
    column->addWidget(m_deliveryView);
    column->addWidget(m_deliveryHint);

    m_tripsChart = newChart();
    m_tripsView = newView(m_tripsChart, content);
    m_tripsHint = newHint(content);
    column->addWidget(m_tripsView);
    column->addWidget(m_tripsHint);
    column->addStretch(1);

    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    setTrace(nullptr);
}

ChartsView::~ChartsView() = default;

// The queue chart tells a lesson's few messages; a bulk run is told by its deliveries.
bool ChartsView::queueWorthShowing() const
{
    return m_queue.worthCharting() && !m_delivery.isBulk() && m_queue.pointCount() <= kMaxQueuePoints;
}

bool ChartsView::showsQueue() const { return !m_queueView->isHidden(); }
bool ChartsView::showsRoundTrips() const { return !m_tripsView->isHidden(); }

void ChartsView::setPipeliningComparison(std::shared_ptr<const engine::Trace> withoutPipelining)
{
    m_withoutPipelining = std::move(withoutPipelining);
    buildRoundTripChart();
    retranslate();
    applyColours();
}

void ChartsView::buildRoundTripChart()
{
    m_tripsChart->removeAllSeries();
    for (QAbstractAxis *axis : m_tripsChart->axes()) {
        m_tripsChart->removeAxis(axis);
        delete axis;
    }
    m_trips = new QHorizontalBarSeries;
    m_tripsAxis = new QBarCategoryAxis;
    m_tripsCountAxis = new QValueAxis;
    const auto with = m_trace ? roundTrips(*m_trace) : std::vector<RoundTrips>();
    const auto without = m_withoutPipelining ? roundTrips(*m_withoutPipelining) : std::vector<RoundTrips>();
    const size_t n = std::min({with.size(), without.size(), size_t(kMaxBars)});
    // Solid for the real run, hatched for the one without: told apart without colour.
    auto *on = new QBarSet(QString());
    auto *off = new QBarSet(QString());
    on->setBrush(QColor(Visuals::kBlue));
    off->setBrush(QBrush(QColor(Visuals::kOrange), Qt::BDiagPattern));
    off->setPen(QPen(QColor(Visuals::kOrange), 1.5));
    int most = 1;
    QStringList labels;
    for (size_t i = 0; i < n; ++i) {
        *on << with[i].trips;
        *off << without[i].trips;
        most = std::max({most, with[i].trips, without[i].trips});
        labels << tr("%1 → %2").arg(actorLabel(with[i].from), actorLabel(with[i].to));
    }
    m_trips->append(off);
    m_trips->append(on);
    m_trips->setLabelsVisible(false); // the count axis reads better than labels on hatching
    m_tripsChart->addSeries(m_trips);
    m_tripsAxis->append(labels);
    m_tripsCountAxis->setRange(0, most + 1);
    m_tripsCountAxis->setLabelFormat(QStringLiteral("%d"));
    m_tripsChart->addAxis(m_tripsAxis, Qt::AlignLeft);
    m_tripsChart->addAxis(m_tripsCountAxis, Qt::AlignBottom);
    m_trips->attachAxis(m_tripsAxis);
    m_trips->attachAxis(m_tripsCountAxis);
    const bool shown = n > 0 && !m_delivery.isBulk();
    m_tripsView->setVisible(shown);
    m_tripsHint->setVisible(shown);
    m_tripsView->setMinimumHeight(int(120 + 70 * n));
}
bool ChartsView::showsDelivery() const { return !m_deliveryView->isHidden(); }

int ChartsView::barCount() const { return int(std::min<size_t>(m_hops.size(), kMaxBars)); }

void ChartsView::setTrace(std::shared_ptr<const engine::Trace> trace)
{
    ChartInputs inputs = trace ? ChartInputs::of(*trace) : ChartInputs();
    setTrace(std::move(trace), std::move(inputs));
}

void ChartsView::setTrace(std::shared_ptr<const engine::Trace> trace, ChartInputs inputs)
{
    m_trace = std::move(trace);
    m_hops = std::move(inputs.hops);
    m_queue = std::move(inputs.queue);
    m_delivery = std::move(inputs.delivery);
    m_current = -1;
    m_currentHop = -1;
    m_cursorMs = 0;

    buildPhaseChart();
    buildQueueChart();
    buildDeliveryChart();
    m_withoutPipelining.reset();
    buildRoundTripChart();

    const bool bulk = m_delivery.isBulk();
    m_phaseView->setVisible(!m_hops.empty());
    m_phaseHint->setVisible(!m_hops.empty());
    const bool queue = queueWorthShowing();
    m_queueView->setVisible(queue);
    m_queueHint->setVisible(queue);
    // A bulk run's story is its deliveries over time: that chart comes first.
    m_column->removeWidget(m_deliveryView);
    m_column->removeWidget(m_deliveryHint);
    const int at = bulk ? 1 : m_column->indexOf(m_queueHint) + 1;
    m_column->insertWidget(at, m_deliveryView);
    m_column->insertWidget(at + 1, m_deliveryHint);
    m_deliveryView->setVisible(bulk);
    m_deliveryHint->setVisible(bulk);
    m_empty->setVisible(m_hops.empty() && !queue && !bulk);

    applyColours();
    retranslate();
    updateCursor();
}

void ChartsView::buildPhaseChart()
{
    clearChart(m_phaseChart);
    m_bars = new QHorizontalStackedBarSeries;
    m_bars->setBarWidth(0.6);
    const int bars = barCount();
    qint64 longest = 1;
    for (int p = 0; p < kHopPhaseCount; ++p) {
        auto *set = new QBarSet(QString());
        for (int h = 0; h < bars; ++h)
            set->append(qreal(m_hops[size_t(h)].phaseMs[size_t(p)]));
        m_bars->append(set);
    }
    for (int h = 0; h < bars; ++h)
        longest = std::max(longest, m_hops[size_t(h)].totalMs());
    m_phaseChart->addSeries(m_bars);

    m_hopAxis = new QBarCategoryAxis;
    m_hopAxis->setReverse(true); // the first hop on top, as the journey reads
    m_phaseChart->addAxis(m_hopAxis, Qt::AlignLeft);
    m_bars->attachAxis(m_hopAxis);
    m_phaseMsAxis = new QValueAxis;
    m_phaseMsAxis->setRange(0, qreal(longest) * 1.05);
    m_phaseMsAxis->setLabelFormat(QStringLiteral("%d"));
    m_phaseMsAxis->applyNiceNumbers();
    m_phaseChart->addAxis(m_phaseMsAxis, Qt::AlignBottom);
    m_bars->attachAxis(m_phaseMsAxis);
    m_phaseView->setMinimumHeight(std::max(300, 170 + 52 * bars));
}

void ChartsView::buildQueueChart()
{
    clearChart(m_queueChart);
    m_queueLines.clear();
    m_attempts = nullptr;
    int most = 1;
    size_t s = 0;
    // A bulk run's tens of thousands of queue steps would cost seconds in Qt Charts for a
    // chart nobody sees.
    const bool shown = queueWorthShowing();
    for (const ServerQueue &server : m_queue.servers) {
        if (!shown)
            break;
        // A sending server's queue; a receiver's brief local hand-over would only add a line at 0.
        if (server.attempts.empty()) {
            m_queueLines.push_back(nullptr);
            continue;
        }
        auto *line = new QLineSeries;
        QList<QPointF> points;
        points.reserve(qsizetype(server.length.size() * 2 + 1));
        int previous = 0;
        for (const StepPoint &p : server.length) {
            points.append(QPointF(seconds(p.timeMs), previous));
            points.append(QPointF(seconds(p.timeMs), p.value));
            previous = p.value;
            most = std::max(most, p.value);
        }
        points.append(QPointF(seconds(m_queue.endMs), previous));
        line->replace(points);
        line->setProperty("styleIndex", int(s++ % std::size(kLineStyles)));
        m_queueChart->addSeries(line);
        m_queueLines.push_back(line);
    }
    m_attempts = new QScatterSeries;
    m_attempts->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_attempts->setMarkerSize(16);
    QList<QPointF> attempts; // in one go: a point at a time, the series redraws each time
    for (const ServerQueue &server : m_queue.servers)
        for (const StepPoint &p : server.attempts)
            if (shown)
                attempts.append(QPointF(seconds(p.timeMs), p.value));
    m_attempts->replace(attempts);
    m_queueChart->addSeries(m_attempts);
    m_queueCursor = new QLineSeries;
    m_queueChart->addSeries(m_queueCursor);

    m_queueTimeAxis = new QValueAxis;
    m_queueTimeAxis->setRange(0, std::max(1.0, seconds(m_queue.endMs)));
    m_queueTimeAxis->applyNiceNumbers();
    m_queueTimeAxis->setLabelFormat(QStringLiteral("%d"));
    m_queueCountAxis = new QValueAxis;
    m_queueCountAxis->setRange(0, most + 1);
    m_queueCountAxis->setLabelFormat(QStringLiteral("%d"));
    if (most <= 10)
        m_queueCountAxis->setTickCount(most + 2);
    m_queueChart->addAxis(m_queueTimeAxis, Qt::AlignBottom);
    m_queueChart->addAxis(m_queueCountAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : m_queueChart->series()) {
        series->attachAxis(m_queueTimeAxis);
        series->attachAxis(m_queueCountAxis);
    }
}

void ChartsView::buildDeliveryChart()
{
    clearChart(m_deliveryChart);
    auto line = [&](const std::vector<int> &counts) {
        auto *series = new QLineSeries;
        QList<QPointF> points;
        points.reserve(qsizetype(counts.size() + 1));
        points.append(QPointF(0, 0));
        for (size_t b = 0; b < counts.size(); ++b)
            points.append(QPointF(seconds(m_delivery.timeMs[b]), counts[b]));
        series->replace(points);
        m_deliveryChart->addSeries(series);
        return series;
    };
    m_deliveredLine = line(m_delivery.delivered);
    m_deferredLine = line(m_delivery.deferred);
    m_bouncedLine = line(m_delivery.bounced);
    m_deliveryCursor = new QLineSeries;
    m_deliveryChart->addSeries(m_deliveryCursor);

    const qint64 endMs = m_delivery.timeMs.empty() ? 1000 : m_delivery.timeMs.back();
    const int most = std::max({1, m_delivery.totalDelivered(), m_delivery.totalDeferred(), m_delivery.totalBounced()});
    m_deliveryTimeAxis = new QValueAxis;
    m_deliveryTimeAxis->setRange(0, std::max(1.0, seconds(endMs)));
    m_deliveryTimeAxis->applyNiceNumbers();
    m_deliveryTimeAxis->setLabelFormat(QStringLiteral("%d"));
    m_deliveryCountAxis = new QValueAxis;
    m_deliveryCountAxis->setRange(0, most * 1.05);
    m_deliveryCountAxis->setLabelFormat(QStringLiteral("%d"));
    m_deliveryCountAxis->applyNiceNumbers();
    m_deliveryChart->addAxis(m_deliveryTimeAxis, Qt::AlignBottom);
    m_deliveryChart->addAxis(m_deliveryCountAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : m_deliveryChart->series()) {
        series->attachAxis(m_deliveryTimeAxis);
        series->attachAxis(m_deliveryCountAxis);
    }
}

void ChartsView::setCurrent(int index)
{
    m_current = index;
    updateCursor();
}

void ChartsView::updateCursor()
{
    const bool valid = m_trace && m_current >= 0 && size_t(m_current) < m_trace->events.size();
    m_cursorMs = valid ? m_trace->events[size_t(m_current)].timeMs : 0;

    // Hops overlap (Gmail looks up Yahoo while Alice's connection is still open): prefer the
    // one the step's own actors take part in.
    int hop = -1;
    if (valid) {
        const engine::TraceEvent &e = m_trace->events[size_t(m_current)];
        for (int h = 0; h < barCount(); ++h) {
            const HopTiming &candidate = m_hops[size_t(h)];
            if (m_current < candidate.firstEvent || m_current > candidate.lastEvent)
                continue;
            const bool own = e.from == candidate.from || e.from == candidate.to;
            if (hop < 0 || own)
                hop = h;
            if (own)
                break;
        }
    }
    if (hop != m_currentHop || m_hopAxis->categories().size() != barCount()) {
        m_currentHop = hop;
        QStringList categories;
        for (int h = 0; h < barCount(); ++h) {
            const QString label = hopLabel(m_hops[size_t(h)]);
            // The marker is a shape, not a colour: it reads on any projector.
            categories.append(h == hop ? QStringLiteral("▶ ") + label : label);
        }
        m_hopAxis->setCategories(categories);
    }

    auto moveLine = [&](QLineSeries *line, QValueAxis *count) {
        if (!valid) {
            line->clear();
            return;
        }
        const qreal x = seconds(m_cursorMs);
        line->replace(QList<QPointF>{QPointF(x, count->min()), QPointF(x, count->max())});
    };
    if (showsQueue())
        moveLine(m_queueCursor, m_queueCountAxis);
    if (showsDelivery())
        moveLine(m_deliveryCursor, m_deliveryCountAxis);
}

QString ChartsView::actorLabel(int actor) const
{
    if (!m_trace || actor < 0 || size_t(actor) >= m_trace->actors.size())
        return tr("unknown");
    return m_trace->actors[size_t(actor)].label(currentLanguage());
}

QString ChartsView::hopLabel(const HopTiming &hop) const
{
    const QString base = hop.ordinal > 1 ? tr("%1 → %2 #%3").arg(actorLabel(hop.from), actorLabel(hop.to)).arg(hop.ordinal)
                                         : tr("%1 → %2").arg(actorLabel(hop.from), actorLabel(hop.to));
    return hop.failed ? tr("%1 (no answer)").arg(base) : base;
}

void ChartsView::retranslate()
{
    m_empty->setText(tr("Run a scenario to see its charts."));

    // Chart 1
    m_phaseChart->setTitle(tr("Time per phase of each connection"));
    const QString phaseNames[kHopPhaseCount] = {
        tr("DNS look-up"), tr("TCP, greeting and QUIT"), tr("TLS"), tr("Login (AUTH)"),
        tr("Envelope (MAIL, RCPT)"), tr("Data (DATA to 250)")};
    const QList<QBarSet *> sets = m_bars->barSets();
    for (int p = 0; p < sets.size() && p < kHopPhaseCount; ++p)
        sets[p]->setLabel(phaseNames[p]);
    m_phaseMsAxis->setTitleText(tr("Simulated time (ms)"));
    m_currentHop = -2; // the hop labels are translated too
    QString phaseHint = tr("Each bar is one SMTP connection; its pieces show how many simulated milliseconds "
                           "each phase took, from the DNS look-up to the data. The arrow ▶ marks the "
                           "connection of the current step.");
    if (m_hops.size() > size_t(kMaxBars))
        phaseHint += QLatin1Char(' ')
            + tr("Showing the first %1 of %n connections.", nullptr, int(m_hops.size())).arg(kMaxBars);
    m_phaseHint->setText(phaseHint);
    m_phaseView->setAccessibleName(m_phaseChart->title());

    // Chart 2
    m_queueChart->setTitle(tr("Messages waiting in the queue"));
    for (size_t s = 0; s < m_queueLines.size() && s < m_queue.servers.size(); ++s)
        if (m_queueLines[s])
            m_queueLines[s]->setName(tr("Queue of %1").arg(actorLabel(m_queue.servers[s].actor)));
    m_attempts->setName(tr("Delivery attempt"));
    m_queueCursor->setName(tr("Current step"));
    m_queueTimeAxis->setTitleText(tr("Simulated time (s)"));
    m_queueCountAxis->setTitleText(tr("Messages"));
    m_queueHint->setText(tr("The line shows how many messages wait in each server's queue. Each triangle is "
                            "a delivery attempt: a deferred message stays in the queue and the server tries "
                            "again later (retry). The thin vertical line is the current step."));
    m_queueView->setAccessibleName(m_queueChart->title());

    // Chart 3
    m_deliveryChart->setTitle(tr("Delivered, deferred and bounced messages"));
    m_deliveredLine->setName(tr("Delivered (solid)"));
    m_deferredLine->setName(tr("Deferred (dashed)"));
    m_bouncedLine->setName(tr("Bounced (dotted)"));
    m_deliveryCursor->setName(tr("Current step"));
    m_deliveryTimeAxis->setTitleText(tr("Simulated time (s)"));
    m_deliveryCountAxis->setTitleText(tr("Messages so far"));
    m_deliveryHint->setText(tr("Each line counts messages from the start of the run: delivered to a mailbox, "
                               "deferred (they wait in the queue for a retry) and bounced (a bounce goes back "
                               "to the sender). The thin vertical line is the current step."));
    m_deliveryView->setAccessibleName(m_deliveryChart->title());

    // Chart 4
    m_tripsChart->setTitle(tr("Round trips with and without PIPELINING"));
    if (m_trips && m_trips->count() == 2) {
        m_trips->barSets()[0]->setLabel(tr("Without PIPELINING (hatched)"));
        m_trips->barSets()[1]->setLabel(tr("With PIPELINING, as in this lesson (solid)"));
    }
    if (m_tripsCountAxis)
        m_tripsCountAxis->setTitleText(tr("Times the client waits for the server"));
    m_tripsHint->setText(tr("A round trip is the client sending and then waiting for the server's answer. With "
                            "PIPELINING (RFC 2920) the client sends MAIL, RCPT and DATA together and reads their "
                            "replies together: fewer waits, which matters on a slow link."));
    m_tripsView->setAccessibleName(m_tripsChart->title());

    updateCursor();
}

void ChartsView::applyColours()
{
    const Visuals::Theme look = Visuals::theme(palette());
    QColor grid = look.muted;
    grid.setAlphaF(0.3);
    for (QChart *chart : {m_phaseChart, m_queueChart, m_deliveryChart, m_tripsChart}) {
        chart->setBackgroundBrush(look.canvas);
        chart->setPlotAreaBackgroundVisible(false);
        chart->setTitleBrush(look.ink);
        chart->setTitleFont(pointFont(font(), kTitlePt, true));
        chart->legend()->setLabelColor(look.ink);
        chart->legend()->setFont(pointFont(font(), kLabelPt));
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsBrush(look.ink);
            axis->setLabelsFont(pointFont(font(), kLabelPt));
            axis->setTitleBrush(look.ink);
            axis->setTitleFont(pointFont(font(), kLabelPt));
            axis->setGridLineColor(grid);
            axis->setLinePenColor(look.muted);
        }
    }

    const QList<QBarSet *> sets = m_bars->barSets();
    for (int p = 0; p < sets.size() && p < kHopPhaseCount; ++p) {
        const QColor colour = QColor::fromRgb(kPhaseLooks[p].colour);
        sets[p]->setBrush(QBrush(colour, kPhaseLooks[p].pattern));
        sets[p]->setPen(QPen(colour.darker(130), 1.5));
    }

    for (size_t s = 0; s < m_queueLines.size(); ++s) {
        if (!m_queueLines[s])
            continue;
        const int style = m_queueLines[s]->property("styleIndex").toInt();
        m_queueLines[s]->setPen(QPen(QColor::fromRgb(kLineColours[style]), 3.5, kLineStyles[style]));
    }
    m_attempts->setColor(QColor::fromRgb(Visuals::kVermillion));
    m_attempts->setBorderColor(look.ink);
    QPen cursor(look.ink, 1.5, Qt::SolidLine);
    m_queueCursor->setPen(cursor);
    m_deliveryCursor->setPen(cursor);

    m_deliveredLine->setPen(QPen(QColor::fromRgb(Visuals::kBlue), 3.5, Qt::SolidLine));
    m_deferredLine->setPen(QPen(QColor::fromRgb(Visuals::kVermillion), 3.5, Qt::DashLine));
    m_bouncedLine->setPen(QPen(QColor::fromRgb(Visuals::kPurple), 3.5, Qt::DotLine));
}

void ChartsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyColours();
}

} // namespace kurir::gui
