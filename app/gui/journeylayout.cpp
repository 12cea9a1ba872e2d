#include "journeylayout.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "tracedigest.h"

namespace kurir::gui {

namespace {
constexpr qreal kMargin = 16;
constexpr qreal kLowerScale = 0.8; // the row below has smaller figures
constexpr qreal kNameHeight = 22;  // a name alone under a figure
enum class Labels { Full, Name, None };
} // namespace

int JourneyLayout::rank(const QByteArray &role)
{
    if (role == "mua")
        return 0;
    if (role == "submission")
        return 1;
    if (role == "relay")
        return 2;
    if (role == "mx")
        return 3;
    if (role == "mailbox")
        return 4;
    if (role == "dns")
        return -1;
    return 3;
}

JourneyLayout::JourneyLayout(const engine::Trace &trace, const TraceDigest &digest, QSizeF canvas, qreal band)
    : m_canvas(canvas)
{
    const int n = int(trace.actors.size());
    m_slots.resize(size_t(n));
    if (n == 0 || canvas.isEmpty())
        return;
    const qreal w = canvas.width(), h = canvas.height();

    // Columns: the ranks that occur, in order; actors of one rank share a column.
    std::map<int, std::vector<int>> byRank;
    std::vector<int> lower;
    for (int i = 0; i < n; ++i) {
        const int r = rank(trace.actors[size_t(i)].role);
        if (r < 0)
            lower.push_back(i);
        else
            byRank[r].push_back(i);
    }
    std::map<int, int> column;
    for (const auto &[r, actors] : byRank)
        column.emplace(r, int(column.size()));
    const int columns = std::max<int>(1, int(column.size()));
    const qreal colW = (w - 2 * kMargin) / columns;

    // Heights: the band for bubbles on top, the main row with its labels, and the row
    // below, whose figures say their names beside them to spare height.
    band = std::clamp(band, 60.0, h * 0.38);
    const bool hasLower = !lower.empty();
    const qreal fromHeight = hasLower ? (h - band - kLabelHeight - 12 - kMargin) / (1 + kLowerScale)
                                      : (h - band - kLabelHeight - kMargin);
    m_figure = std::clamp(std::min({fromHeight, colW * 0.5, 128.0}), 28.0, 128.0);
    const qreal lowerFigure = m_figure * kLowerScale;
    m_bubbleBand = QRectF(0, 0, w, band);
    // What is left is shared out: the rows sit lower when there is room to spare.
    const qreal used = band + m_figure + kLabelHeight + (hasLower ? 12 + lowerFigure : 0) + kMargin;
    const qreal spare = std::max(0.0, h - used);
    m_rowY = band + spare * 0.35 + m_figure / 2;
    const qreal lowerY = m_rowY + m_figure / 2 + kLabelHeight + 12 + spare * 0.3 + lowerFigure / 2;

    // The main row; a crowded column stacks its actors and shrinks them.
    const qreal mainBottom = hasLower ? lowerY - lowerFigure / 2 - 8 : h - kMargin;
    for (const auto &[r, actors] : byRank) {
        const qreal x = kMargin + colW * (column[r] + 0.5);
        const int k = int(actors.size());
        if (k > kCrowdAbove) {
            // Too many to stack readably: one figure stands for them all, where a single
            // actor of the column would stand; every link to any of them meets there.
            for (const int a : actors) {
                Slot &s = m_slots[size_t(a)];
                s.centre = QPointF(x, m_rowY);
                s.size = m_figure;
                s.labelWidth = colW - 2;
                s.crowd = k;
                s.leader = actors.front();
            }
            continue;
        }
        const qreal room = (mainBottom - band) / k;
        qreal size = m_figure;
        Labels labels = Labels::Full;
        if (k > 1) {
            // A shared column stacks its actors: full labels while there is room, then the
            // name only (the rest is in the tooltip), then nothing (a crowd of servers).
            size = std::min(m_figure * 0.85, room - kLabelHeight - 6);
            if (size < m_figure * 0.5) {
                labels = Labels::Name;
                size = std::min(m_figure * 0.85, room - kNameHeight - 6);
            }
            if (size < 24) {
                labels = Labels::None;
                size = std::clamp(room - 4, 4.0, m_figure);
            }
        }
        const qreal labelHeight = labels == Labels::Full ? kLabelHeight : labels == Labels::Name ? kNameHeight : 0;
        for (int j = 0; j < k; ++j) {
            Slot &s = m_slots[size_t(actors[size_t(j)])];
            const qreal y = k == 1 ? m_rowY : band + room * j + (room - size - labelHeight) / 2 + size / 2;
            s.centre = QPointF(x, y);
            s.size = size;
            s.labels = labels != Labels::None;
            s.nameOnly = labels == Labels::Name;
            s.labelWidth = colW - 2;
        }
    }

    // The row below: each DNS server sits under the servers that ask it, half a column on
    // toward where the answer leads.
    for (size_t j = 0; j < lower.size(); ++j) {
        const int actor = lower[j];
        qreal sum = 0;
        int peers = 0;
        for (const TraceDigest::Link &l : digest.links()) {
            const int other = l.a == actor ? l.b : l.b == actor ? l.a : -1;
            if (other >= 0 && trace.actors[size_t(other)].role != "dns") {
                sum += m_slots[size_t(other)].centre.x();
                ++peers;
            }
        }
        qreal x = peers ? sum / peers : w / 2;
        if (peers == 1 && columns > 1)
            x = std::min(x + colW / 2, w - kMargin - colW / 2);
        x += (qreal(j) - (lower.size() - 1) / 2.0) * colW;
        Slot &s = m_slots[size_t(actor)];
        s.centre = QPointF(x, lowerY);
        s.size = lowerFigure;
        s.labels = true;
        s.labelWidth = colW * 0.9;
        s.lowerRow = true;
        s.labelsRight = true;
    }
}

QPointF JourneyLayout::linkEnd(int from, int to) const
{
    const Slot &a = m_slots[size_t(from)];
    const Slot &b = m_slots[size_t(to)];
    const QPointF d = b.centre - a.centre;
    const qreal len = std::hypot(d.x(), d.y());
    if (len < 1)
        return a.centre;
    const qreal inset = std::min(a.size * 0.5 + 6, len * 0.45);
    return a.centre + d * (inset / len);
}

} // namespace kurir::gui
