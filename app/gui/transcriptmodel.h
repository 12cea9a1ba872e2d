#pragma once

#include <memory>
#include <vector>

#include <QAbstractTableModel>

#include "engine/trace.h"

namespace kurir::gui {

/// The dialogue as a table over the trace: one row per line on the wire (C: for the client,
/// S: for the server), and one row for each other step (TCP, TLS, DNS, queue, mailbox), so
/// that every step has a place in the dialogue. Rows only point into the trace, so a long
/// trace costs a few bytes per line.
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
    };

    explicit TranscriptModel(QObject *parent = nullptr);

    void setTrace(std::shared_ptr<const engine::Trace> trace);
    /// The rows of an event: [firstRow, firstRow + rowSpan).
    int firstRow(int event) const;
    int rowSpan(int event) const;
    int eventAt(int row) const;
    /// Language changed: headers, the Who column and tooltips say it anew.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static Side sideOf(const engine::TraceEvent &event);
    /// The short word in the Who column: "C:", "S:", "TCP", "DNS", ...
    static QString sideLabel(const engine::TraceEvent &event);

private:
    struct Row
    {
        int event;
        int offset; ///< into the event's text
        int length;
    };

    QString lineText(const Row &row) const;

    std::shared_ptr<const engine::Trace> m_trace;
    std::vector<Row> m_rows;
    std::vector<int> m_firstRow; ///< per event
    mutable int m_cachedEvent = -1;
    mutable QByteArray m_cachedText;
};

} // namespace kurir::gui
