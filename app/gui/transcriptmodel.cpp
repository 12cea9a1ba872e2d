#include "transcriptmodel.h"

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

void TranscriptModel::setTrace(std::shared_ptr<const engine::Trace> trace)
{
    beginResetModel();
    m_trace = trace ? std::move(trace) : std::make_shared<engine::Trace>();
    m_rows.clear();
    m_firstRow.clear();
    m_cachedEvent = -1;
    m_cachedText.clear();
    const auto &events = m_trace->events;
    m_firstRow.reserve(events.size());
    m_rows.reserve(events.size() * 2);
    for (size_t i = 0; i < events.size(); ++i) {
        const engine::TraceEvent &e = events[i];
        m_firstRow.push_back(int(m_rows.size()));
        const QByteArray text = m_trace->eventText(e);
        if (sideOf(e) == Other || text.isEmpty()) {
            // One row; its text is the first line of the summary.
            const qsizetype nl = text.indexOf('\n');
            m_rows.push_back({int(i), 0, int(nl < 0 ? text.size() : nl)});
            continue;
        }
        qsizetype start = 0;
        while (start <= text.size()) {
            qsizetype nl = text.indexOf('\n', start);
            if (nl < 0)
                nl = text.size();
            m_rows.push_back({int(i), int(start), int(nl - start)});
            start = nl + 1;
        }
    }
    endResetModel();
}

int TranscriptModel::firstRow(int event) const
{
    return event >= 0 && size_t(event) < m_firstRow.size() ? m_firstRow[size_t(event)] : -1;
}

int TranscriptModel::rowSpan(int event) const
{
    const int first = firstRow(event);
    if (first < 0)
        return 0;
    const int next = size_t(event + 1) < m_firstRow.size() ? m_firstRow[size_t(event + 1)] : int(m_rows.size());
    return next - first;
}

int TranscriptModel::eventAt(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? m_rows[size_t(row)].event : -1;
}

void TranscriptModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TranscriptModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TranscriptModel::lineText(const Row &row) const
{
    const engine::TraceEvent &e = m_trace->events[size_t(row.event)];
    if (!e.text.isEmpty() || e.kind != EventKind::SmtpData)
        return QString::fromUtf8(e.text.constData() + row.offset, row.length);
    // Message content is kept once in the trace and rebuilt on demand: keep the last one.
    if (m_cachedEvent != row.event) {
        m_cachedText = m_trace->eventText(e);
        m_cachedEvent = row.event;
    }
    return QString::fromUtf8(m_cachedText.constData() + row.offset, row.length);
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const engine::TraceEvent &e = m_trace->events[size_t(row.event)];
    const bool first = m_firstRow[size_t(row.event)] == index.row();
    const Side side = sideOf(e);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StepColumn: return first ? QVariant(row.event + 1) : QVariant();
        case SideColumn: return side == Other && !first ? QString() : sideLabel(e);
        case LineColumn: return lineText(row);
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString lang = currentLanguage();
        auto label = [&](int a) {
            return a >= 0 && size_t(a) < m_trace->actors.size() ? m_trace->actors[size_t(a)].label(lang) : QString();
        };
        const QString who = e.to >= 0 && e.to != e.from ? tr("%1 to %2").arg(label(e.from), label(e.to)) : label(e.from);
        if (role == Qt::ToolTipRole)
            return tr("Step %1, %2").arg(row.event + 1).arg(who);
        return tr("Step %1, %2: %3").arg(row.event + 1).arg(who, lineText(row));
    }
    case Qt::FontRole:
        if (index.column() == StepColumn)
            return {};
        return Visuals::monospace(12);
    case Qt::ForegroundRole:
        if (index.column() == StepColumn || side == Other)
            return QColor(Visuals::kMuted);
        if (side == Server)
            return Visuals::replyTextColor(Visuals::replyClass(e.code));
        return QColor(Visuals::kInk);
    case Qt::TextAlignmentRole:
        if (index.column() == StepColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case EventRole: return row.event;
    case SideRole: return int(side);
    case ReplyCodeRole: return side == Server ? e.code : 0;
    case FirstLineRole: return first;
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
