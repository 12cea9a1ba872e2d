#pragma once

#include <memory>
#include <vector>

#include <QAbstractTableModel>

#include "engine/trace.h"

namespace kurir::gui {

/// The dialogue as a table over the trace: one row per line on the wire (C: for the client,
/// S: for the server), and one row for each other step (TCP, TLS, DNS, queue, mailbox), so
/// that every step has a place in the dialogue. A line longer than the view is wide goes on
/// in the rows below it, broken at spaces, never mid-word (a single word longer than a row
/// is the one exception), so every row has the same height.
///
/// Only the first row of each event is kept (four bytes per event); a row's text is found
/// when it is shown, so a trace of half a million events opens at once.
class TranscriptModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StepColumn, SideColumn, LineColumn, ColumnCount };
    enum Side { Client, Server, Other };
    enum Role {
        EventRole = Qt::UserRole + 1, ///< int: the trace event of the row
        SideRole,                     ///< Side
        ReplyCodeRole,                ///< int: the reply code on a server line, else 0
        FirstLineRole,                ///< bool: the first row of its event
        ContinuationRole,             ///< bool: the row goes on with the line above it
        FullLineRole,                 ///< QString: the whole line on the wire this row belongs to
    };

    explicit TranscriptModel(QObject *parent = nullptr);

    /// The first row of each event, and one past the last (the row count), for lines
    /// wrapped at `wrapColumns`. Pure: a worker thread may count them while the trace loads.
    struct Rows
    {
        int wrapColumns = 0;
        std::vector<int> firstRow;
    };
    static Rows countRows(const engine::Trace &trace, int wrapColumns);

    /// Shows `trace`; `rows`, when counted for it at the current wrap, saves counting again.
    /// The same trace again changes nothing.
    void setTrace(std::shared_ptr<const engine::Trace> trace, Rows rows);
    void setTrace(std::shared_ptr<const engine::Trace> trace);
    /// The rows of an event: [firstRow, firstRow + rowSpan).
    int firstRow(int event) const;
    int rowSpan(int event) const;
    int eventAt(int row) const;
    /// Language changed: headers, the Who column and tooltips say it anew.
    void retranslate();
    /// Breaks lines longer than `columns` characters at spaces (0: never). The rows change.
    void setWrapColumns(int columns);
    int wrapColumns() const { return m_wrap; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// In a trace this long (the bulk scenario), a message's content shows its first
    /// kFoldedRows rows and then one row that says how many more there are: ten thousand
    /// message bodies in full would bury the dialogue (and make millions of rows). The
    /// Message tab shows any message whole.
    static constexpr size_t kFoldFromEvents = 50000;
    static constexpr int kFoldedRows = 8;

    static Side sideOf(const engine::TraceEvent &event);
    /// The short word in the Who column: "C:", "S:", "TCP", "DNS", ...
    static QString sideLabel(const engine::TraceEvent &event);

private:
    /// One row: a piece of a line of the event's text.
    struct Piece
    {
        int offset;      ///< into the event's text
        int length;
        int lineOffset;  ///< the whole line the piece belongs to
        int lineLength;
        bool continuation;
        int hiddenLines = 0; ///< > 0: the row that stands for this many folded lines
    };
    /// The rows of one event, worked out when it is shown; the last one is kept.
    struct EventRows
    {
        int event = -1;
        QByteArray text;
        std::vector<Piece> pieces;
    };

    static int rowsOf(const engine::Trace &trace, const engine::TraceEvent &event, int wrapColumns);
    static bool folds(const engine::Trace &trace, const engine::TraceEvent &event);
    const EventRows &rowsFor(int event) const;
    const Piece *pieceAt(int row, int *event) const;
    QString pieceText(const EventRows &rows, const Piece &piece) const;
    QString lineText(const EventRows &rows, const Piece &piece) const; ///< the whole line of the piece

    std::shared_ptr<const engine::Trace> m_trace;
    std::vector<int> m_firstRow; ///< per event, and one past the last: the row count
    int m_wrap = 0;
    mutable EventRows m_cache;
};

} // namespace kurir::gui
