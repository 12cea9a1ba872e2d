#pragma once

#include <vector>

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include "engine/trace.h"

namespace kurir::gui {

class TraceDigest;

/// Where each actor of a trace stands on the journey canvas: left to right along the path
/// of the mail (mail client, submission server, relays, MX, mailbox) on one row, the DNS
/// server on a row below, between the servers that ask it. A pure function of the trace
/// and the canvas size.
class JourneyLayout
{
public:
    struct Slot
    {
        QPointF centre;
        qreal size = 0;       ///< figure edge in pixels
        qreal labelWidth = 0; ///< room for the name and address under the figure
        bool labels = true;   ///< false when the column is too crowded for words
        bool lowerRow = false;
        bool labelsRight = false; ///< the row below says its name beside the figure
        bool nameOnly = false;    ///< a crowded column: the name, without host and address
        /// A crowd: more servers of one kind than a column can show (the bulk run's hundred
        /// MX hosts) stand as one figure. `crowd` is how many, on every member's slot;
        /// `leader` is the member that draws it (the first).
        int crowd = 1;
        int leader = -1;
    };

    JourneyLayout() = default;
    /// `band`: the height kept free on top for the bubbles.
    JourneyLayout(const engine::Trace &trace, const TraceDigest &digest, QSizeF canvas, qreal band);

    const Slot &slot(int actor) const { return m_slots[size_t(actor)]; }
    int actorCount() const { return int(m_slots.size()); }
    bool isValid(int actor) const { return actor >= 0 && size_t(actor) < m_slots.size(); }
    qreal rowY() const { return m_rowY; }
    qreal figureSize() const { return m_figure; }
    /// The area above the figures where bubbles go.
    QRectF bubbleBand() const { return m_bubbleBand; }
    /// Height of the name and address lines under a figure.
    static constexpr qreal kLabelHeight = 64;
    QSizeF canvas() const { return m_canvas; }
    /// Where a link between two actors starts and ends: at the edge of each figure.
    QPointF linkEnd(int from, int to) const;

    /// The place along the main path of a role: mua 0, submission 1, relay 2, mx 3,
    /// mailbox 4; -1 for dns (the row below).
    static int rank(const QByteArray &role);
    /// More actors than this in one column become a crowd (one figure for all).
    static constexpr int kCrowdAbove = 6;

private:
    std::vector<Slot> m_slots;
    qreal m_rowY = 0;
    qreal m_figure = 0;
    QRectF m_bubbleBand;
    QSizeF m_canvas;
};

} // namespace kurir::gui
