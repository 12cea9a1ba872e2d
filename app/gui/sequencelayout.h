#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include "engine/trace.h"

namespace kurir::gui {

/// The geometry of the sequence diagram, apart from painting so it can be tested and shared
/// by the widget and the SVG/PNG export: one lifeline per actor, one row per trace step.
///
/// A step between two actors is an arrow from the sender's lifeline to the receiver's; a
/// step of one actor alone (composing, queueing, storing) is a box on its lifeline. Rows are
/// all the same height, so finding the row of a point, or the rows in view, is arithmetic
/// even for a trace of half a million steps.
class SequenceLayout
{
public:
    /// How a step is drawn.
    enum class Shape {
        Arrow,     ///< a command, data, a DNS query: a solid arrow
        Reply,     ///< a server reply or a DNS answer: a dashed arrow back
        Handshake, ///< TCP connect or the TLS handshake: a double-headed arrow
        Failed,    ///< a connection that could not be opened: an arrow that stops short
        Box,       ///< one actor alone: a box on its lifeline
    };

    struct Row
    {
        Shape shape = Shape::Box;
        qreal x1 = 0;        ///< where the arrow starts (the sender's lifeline)
        qreal x2 = 0;        ///< where it ends; equal to x1 for a box
        qreal y = 0;         ///< the arrow's baseline
        QRectF bounds;       ///< the whole row, for the highlight and hit tests
    };

    static constexpr qreal kHeaderHeight = 64;  ///< the actors' names
    static constexpr qreal kRowHeight = 30;
    static constexpr qreal kMargin = 56;        ///< left of the first lifeline: the step numbers
    static constexpr qreal kMinColumn = 190;    ///< room for a command between two lifelines

    /// Lays out `trace` with columns at least `minColumn` apart.
    explicit SequenceLayout(const engine::Trace *trace = nullptr, qreal minColumn = kMinColumn);

    int actorCount() const { return int(m_lifelines.size()); }
    int rowCount() const { return m_trace ? int(m_trace->events.size()) : 0; }
    /// The x of actor `actor`'s lifeline.
    qreal lifeline(int actor) const { return m_lifelines.value(actor); }
    qreal width() const { return m_width; }
    /// The distance between two lifelines.
    qreal column() const { return m_column; }
    /// The height of the rows (without the header).
    qreal rowsHeight() const { return rowCount() * kRowHeight; }

    /// Row `index`, with y measured from the top of the rows (below the header).
    Row row(int index) const;
    static Shape shapeOf(const engine::TraceEvent &event);
    /// The step at height `y` below the header, or -1.
    int rowAt(qreal y) const;
    /// The first and last rows that show between heights `top` and `bottom` (inclusive).
    std::pair<int, int> rowsBetween(qreal top, qreal bottom) const;

    /// Step `index` travelled inside TLS: its row is shaded between the two lifelines, so
    /// the protected part of each connection shows as one tinted band.
    bool underTls(int index) const;

private:
    const engine::Trace *m_trace = nullptr;
    QList<qreal> m_lifelines;
    qreal m_width = 0;
    qreal m_column = kMinColumn;
};

} // namespace kurir::gui
