#include "sequencelayout.h"

#include <algorithm>

namespace kurir::gui {

using engine::EventKind;

SequenceLayout::SequenceLayout(const engine::Trace *trace, qreal minColumn)
    : m_trace(trace), m_column(minColumn)
{
    const int actors = trace ? int(trace->actors.size()) : 0;
    for (int i = 0; i < actors; ++i)
        m_lifelines << kMargin + minColumn / 2 + i * minColumn;
    m_width = actors > 0 ? 2 * kMargin + actors * minColumn : 2 * kMargin;
}

SequenceLayout::Shape SequenceLayout::shapeOf(const engine::TraceEvent &event)
{
    if (event.from < 0 || event.to < 0 || event.from == event.to)
        return Shape::Box;
    switch (event.kind) {
    case EventKind::SmtpReply:
    case EventKind::DnsAnswer:
        return Shape::Reply;
    case EventKind::TcpConnect:
    case EventKind::Tls:
        return Shape::Handshake;
    case EventKind::TcpFail:
        return Shape::Failed;
    default:
        return Shape::Arrow;
    }
}

SequenceLayout::Row SequenceLayout::row(int index) const
{
    Row r;
    if (!m_trace || index < 0 || index >= rowCount())
        return r;
    const engine::TraceEvent &e = m_trace->events[size_t(index)];
    r.shape = shapeOf(e);
    r.x1 = lifeline(qMax(0, int(e.from)));
    r.x2 = r.shape == Shape::Box ? r.x1 : lifeline(e.to);
    r.y = index * kRowHeight + kRowHeight * 0.62;
    r.bounds = QRectF(0, index * kRowHeight, m_width, kRowHeight);
    return r;
}

int SequenceLayout::rowAt(qreal y) const
{
    if (y < 0)
        return -1;
    const int index = int(y / kRowHeight);
    return index < rowCount() ? index : -1;
}

std::pair<int, int> SequenceLayout::rowsBetween(qreal top, qreal bottom) const
{
    if (rowCount() == 0 || bottom < 0)
        return {0, -1};
    const int first = std::clamp(int(qMax<qreal>(0, top) / kRowHeight), 0, rowCount() - 1);
    const int last = std::clamp(int(bottom / kRowHeight), 0, rowCount() - 1);
    return {first, last};
}

bool SequenceLayout::underTls(int index) const
{
    return m_trace && index >= 0 && index < rowCount() && m_trace->events[size_t(index)].encrypted;
}

} // namespace kurir::gui
