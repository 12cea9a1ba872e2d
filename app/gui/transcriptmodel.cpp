#include "transcriptmodel.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>

#include <QColor>
#include <QFont>

#include "language.h"
#include "visuals.h"

namespace kurir::gui {

using engine::EventKind;

TranscriptModel::TranscriptModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_trace(std::make_shared<engine::Trace>())
{
}

TranscriptModel::Side TranscriptModel::sideOf(const engine::TraceEvent &event)
{
    switch (event.kind) {
    case EventKind::SmtpCommand:
    case EventKind::SmtpData: return Client;
    case EventKind::SmtpReply: return Server;
    default: return Other;
    }
}

QString TranscriptModel::sideLabel(const engine::TraceEvent &event)
{
    switch (event.kind) {
    case EventKind::SmtpCommand:
    case EventKind::SmtpData: return QStringLiteral("C:");
    case EventKind::SmtpReply: return QStringLiteral("S:");
    case EventKind::TcpConnect:
    case EventKind::TcpFail:
    case EventKind::TcpClose: return QStringLiteral("TCP");
    case EventKind::Tls: return QStringLiteral("TLS");
    case EventKind::DnsQuery:
    case EventKind::DnsAnswer: return QStringLiteral("DNS");
    case EventKind::Queue: return tr("queue");
    case EventKind::Store: return tr("mailbox");
    case EventKind::Bounce: return tr("bounce");
    case EventKind::Compose: return tr("write");
    case EventKind::Note: return tr("note");
    }
    return {};
}

namespace {

/// Calls `out(offset, length, continuation)` for each row of the line text[begin, end),
/// broken at the last space that fits `columns` characters (0: never broken). The space at
/// a break is dropped. A word longer than a whole row is the one thing broken inside.
template <typename Out>
void wrapLine(const char *text, int begin, int end, int columns, Out &&out)
{
    int start = begin;
    bool continuation = false;
    while (columns > 0 && end - start > columns) {
        int cut = -1;
        for (int i = start + columns; i > start; --i) {
            if (text[i] == ' ') {
                cut = i;
                break;
            }
        }
        int next;
        if (cut > start) {
            next = cut + 1;
        } else {
            cut = start + columns;
            while (cut > start + 1 && (uchar(text[cut]) & 0xC0) == 0x80)
                --cut; // never inside a UTF-8 sequence
            next = cut;
        }
        out(start, cut - start, continuation);
        start = next;
        continuation = true;
    }
    out(start, end - start, continuation);
}

/// Calls `out(offset, length, lineOffset, lineLength, continuation)` for every row of `text`:
/// each of its lines (only the first for a step that is not a line on the wire), wrapped.
template <typename Out>
void forEachPiece(const QByteArray &text, bool firstLineOnly, int columns, Out &&out)
{
    const char *data = text.constData();
    const int size = int(text.size());
    int start = 0;
    while (true) {
        const char *nl = static_cast<const char *>(std::memchr(data + start, '\n', size_t(size - start)));
        const int end = nl ? int(nl - data) : size;
        wrapLine(data, start, end, columns,
                 [&](int offset, int length, bool continuation) { out(offset, length, start, end - start, continuation); });
        if (!nl || firstLineOnly)
            return;
        start = end + 1;
    }
}

} // namespace

void TranscriptModel::setTrace(std::shared_ptr<const engine::Trace> trace, Rows rows)
{
    if (trace && trace == m_trace && !m_firstRow.empty())
        return;
    beginResetModel();
    m_trace = trace ? std::move(trace) : std::make_shared<engine::Trace>();
    m_cache = {};
    if (rows.wrapColumns == m_wrap && rows.firstRow.size() == m_trace->events.size() + 1)
        m_firstRow = std::move(rows.firstRow);
    else
        m_firstRow = countRows(*m_trace, m_wrap).firstRow;
    endResetModel();
}

void TranscriptModel::setTrace(std::shared_ptr<const engine::Trace> trace)
{
    setTrace(std::move(trace), Rows{-1, {}});
}

void TranscriptModel::setWrapColumns(int columns)
{
    columns = std::max(0, columns);
    if (columns == m_wrap)
        return;
    beginResetModel();
    m_wrap = columns;
    m_cache = {};
    m_firstRow = countRows(*m_trace, m_wrap).firstRow;
    endResetModel();
}

int TranscriptModel::rowsOf(const engine::Trace &trace, const engine::TraceEvent &e, int wrapColumns)
{
    // A step that is not a line on the wire is one row (its summary's first line, in
    // proportional type, cut with an ellipsis if need be: the tooltip has it all).
    int n = 0;
    const bool other = sideOf(e) == Other;
    forEachPiece(trace.eventText(e), other, other ? 0 : wrapColumns, [&](int, int, int, int, bool) { ++n; });
    return folds(trace, e) && n > kFoldedRows + 1 ? kFoldedRows + 1 : n;
}

bool TranscriptModel::folds(const engine::Trace &trace, const engine::TraceEvent &event)
{
    return event.kind == EventKind::SmtpData && trace.events.size() >= kFoldFromEvents;
}

TranscriptModel::Rows TranscriptModel::countRows(const engine::Trace &trace, int wrapColumns)
{
    Rows out;
    out.wrapColumns = wrapColumns;
    const auto &events = trace.events;
    out.firstRow.assign(events.size() + 1, 0);
    // A message relayed or delivered many times is counted once per snapshot.
    std::unordered_map<qint32, int> dataRows;
    int row = 0;
    for (size_t i = 0; i < events.size(); ++i) {
        const engine::TraceEvent &e = events[i];
        out.firstRow[i] = row;
        if (e.kind == EventKind::SmtpData && e.text.isEmpty()) {
            auto it = dataRows.find(e.message);
            if (it == dataRows.end())
                it = dataRows.emplace(e.message, rowsOf(trace, e, wrapColumns)).first;
            row += it->second;
        } else {
            row += rowsOf(trace, e, wrapColumns);
        }
    }
    out.firstRow[events.size()] = row;
    return out;
}

const TranscriptModel::EventRows &TranscriptModel::rowsFor(int event) const
{
    if (m_cache.event == event)
        return m_cache;
    const engine::TraceEvent &e = m_trace->events[size_t(event)];
    m_cache.event = event;
    m_cache.text = m_trace->eventText(e);
    m_cache.pieces.clear();
    const bool other = sideOf(e) == Other;
    forEachPiece(m_cache.text, other, other ? 0 : m_wrap, [&](int offset, int length, int lineOffset, int lineLength, bool cont) {
        m_cache.pieces.push_back({offset, length, lineOffset, lineLength, cont});
    });
    if (folds(*m_trace, e) && m_cache.pieces.size() > size_t(kFoldedRows) + 1) {
        // The lines not shown, counted as lines of the message (not as wrapped rows).
        int hidden = 0;
        for (size_t k = size_t(kFoldedRows); k < m_cache.pieces.size(); ++k)
            hidden += !m_cache.pieces[k].continuation;
        const Piece &last = m_cache.pieces[size_t(kFoldedRows)];
        m_cache.pieces.resize(size_t(kFoldedRows));
        m_cache.pieces.push_back({last.offset, 0, last.lineOffset, 0, false, qMax(1, hidden)});
    }
    return m_cache;
}

const TranscriptModel::Piece *TranscriptModel::pieceAt(int row, int *event) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const auto it = std::upper_bound(m_firstRow.begin(), m_firstRow.end(), row);
    *event = int(it - m_firstRow.begin()) - 1;
    const EventRows &rows = rowsFor(*event);
    const size_t k = size_t(row - m_firstRow[size_t(*event)]);
    return k < rows.pieces.size() ? &rows.pieces[k] : nullptr;
}

QString TranscriptModel::pieceText(const EventRows &rows, const Piece &piece) const
{
    if (piece.hiddenLines > 0)
        return tr("… %n more line(s): see the Message tab", "", piece.hiddenLines);
    return QString::fromUtf8(rows.text.constData() + piece.offset, piece.length);
}

QString TranscriptModel::lineText(const EventRows &rows, const Piece &piece) const
{
    if (piece.hiddenLines > 0)
        return pieceText(rows, piece); // the folded row stands for no one line
    return QString::fromUtf8(rows.text.constData() + piece.lineOffset, piece.lineLength);
}

int TranscriptModel::firstRow(int event) const
{
    return event >= 0 && size_t(event) + 1 < m_firstRow.size() ? m_firstRow[size_t(event)] : -1;
}

int TranscriptModel::rowSpan(int event) const
{
    const int first = firstRow(event);
    return first < 0 ? 0 : m_firstRow[size_t(event) + 1] - first;
}

int TranscriptModel::eventAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    return int(std::upper_bound(m_firstRow.begin(), m_firstRow.end(), row) - m_firstRow.begin()) - 1;
}

void TranscriptModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_firstRow.empty() ? 0 : m_firstRow.back();
}

int TranscriptModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    int event = -1;
    const Piece *piece = pieceAt(index.row(), &event);
    if (!piece)
        return {};
    const EventRows &rows = m_cache;
    const engine::TraceEvent &e = m_trace->events[size_t(event)];
    const bool first = m_firstRow[size_t(event)] == index.row();
    const Side side = sideOf(e);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StepColumn: return first ? QVariant(event + 1) : QVariant();
        case SideColumn:
            return (side == Other && !first) || piece->continuation || piece->hiddenLines > 0 ? QString() : sideLabel(e);
        case LineColumn: return pieceText(rows, *piece);
        }
        return {};
    case FullLineRole:
        return lineText(rows, *piece);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString lang = currentLanguage();
        auto label = [&](int a) {
            return a >= 0 && size_t(a) < m_trace->actors.size() ? m_trace->actors[size_t(a)].label(lang) : QString();
        };
        const QString who = e.to >= 0 && e.to != e.from ? tr("%1 to %2").arg(label(e.from), label(e.to)) : label(e.from);
        const QString line = lineText(rows, *piece);
        if (role == Qt::ToolTipRole) {
            // The whole line, also where the row shows a part of it.
            return QStringLiteral("<p style='white-space:pre-wrap'>%1<br><tt>%2</tt></p>")
                .arg(tr("Step %1, %2").arg(event + 1).arg(who).toHtmlEscaped(), line.toHtmlEscaped());
        }
        return tr("Step %1, %2: %3").arg(event + 1).arg(who, line);
    }
    case Qt::FontRole:
        if (index.column() == StepColumn)
            return {};
        return Visuals::monospace(12);
    case Qt::ForegroundRole: {
        const Visuals::Theme theme = Visuals::theme();
        if (index.column() == StepColumn || side == Other || piece->hiddenLines > 0)
            return theme.muted;
        if (side == Server)
            return theme.replyText(Visuals::replyClass(e.code));
        return theme.ink;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == StepColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case EventRole: return event;
    case SideRole: return int(side);
    case ReplyCodeRole: return side == Server ? e.code : 0;
    case FirstLineRole: return first;
    case ContinuationRole: return piece->continuation;
    }
    return {};
}

QVariant TranscriptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StepColumn: return tr("Step");
    case SideColumn: return tr("Who");
    case LineColumn: return tr("What is said");
    }
    return {};
}

} // namespace kurir::gui
