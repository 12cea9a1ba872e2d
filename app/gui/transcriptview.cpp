#include "transcriptview.h"

#include <QEvent>
#include <QHeaderView>
#include <QPainter>
#include <QScrollBar>

#include "player.h"
#include "transcriptmodel.h"
#include "visuals.h"

namespace kurir::gui {

void TranscriptDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int event = index.data(TranscriptModel::EventRole).toInt();
    const auto side = TranscriptModel::Side(index.data(TranscriptModel::SideRole).toInt());
    const int code = index.data(TranscriptModel::ReplyCodeRole).toInt();
    const bool continuation = index.data(TranscriptModel::ContinuationRole).toBool();
    const bool current = event == m_current;
    const QRect r = option.rect;
    const Visuals::Theme theme = Visuals::theme(option.palette);

    p->save();
    if (current)
        p->fillRect(r, theme.highlight);
    else if (side == TranscriptModel::Server)
        p->fillRect(r, theme.serverGround);
    else
        p->fillRect(r, theme.paper);
    if (current && index.column() == TranscriptModel::StepColumn)
        p->fillRect(QRect(r.left(), r.top(), 5, r.height()), QColor(Visuals::kBlue));

    const QString text = index.data(Qt::DisplayRole).toString();
    QFont f = index.data(Qt::FontRole).isValid() ? index.data(Qt::FontRole).value<QFont>() : option.font;
    const QColor ink = current && (index.column() == TranscriptModel::StepColumn || side != TranscriptModel::Server)
                           ? theme.highlightInk
                           : index.data(Qt::ForegroundRole).value<QColor>();
    const QColor lineInk = current ? theme.highlightInk : theme.ink;
    const int pad = 6;
    QRect box = r.adjusted(pad, 0, -pad, 0);

    switch (index.column()) {
    case TranscriptModel::StepColumn:
        if (current)
            f.setBold(true);
        p->setFont(f);
        p->setPen(ink);
        p->drawText(box, Qt::AlignRight | Qt::AlignVCenter, text);
        break;
    case TranscriptModel::SideColumn: {
        if (continuation) {
            // The line above goes on here: a mark, not a word, in the margin.
            p->setFont(f);
            p->setPen(theme.muted);
            p->drawText(box, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("↪"));
            break;
        }
        f.setBold(side != TranscriptModel::Other);
        p->setFont(f);
        p->setPen(ink);
        if (side == TranscriptModel::Other) {
            QFont small = option.font;
            small.setItalic(true);
            p->setFont(small);
        }
        p->drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
        if (side == TranscriptModel::Server && index.data(TranscriptModel::FirstLineRole).toBool()) {
            const int s = std::min(r.height() - 8, 16);
            Visuals::paintReplyShape(*p, QRectF(box.right() - s, r.center().y() - s / 2.0 + 1, s, s),
                                     Visuals::replyClass(code));
        }
        break;
    }
    case TranscriptModel::LineColumn: {
        // Server lines stand apart: indented, on a tinted ground. The model has broken long
        // lines at spaces to fit (TranscriptView::updateWrap), so nothing is cut here.
        if (side == TranscriptModel::Server)
            box.setLeft(box.left() + QFontMetrics(f).horizontalAdvance(QStringLiteral("   ")));
        p->setFont(f);
        if (side == TranscriptModel::Server && !continuation && text.size() >= 3 && code > 0) {
            // The reply code in bold, in its class's colour.
            QFont bold = f;
            bold.setBold(true);
            p->setFont(bold);
            p->setPen(ink);
            const QString head = text.left(4);
            p->drawText(box, Qt::AlignLeft | Qt::AlignVCenter, head);
            box.setLeft(box.left() + QFontMetrics(bold).horizontalAdvance(head));
            p->setFont(f);
            p->setPen(lineInk);
            p->drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text.mid(4));
        } else if (side == TranscriptModel::Other) {
            QFont italic = option.font;
            italic.setItalic(true);
            p->setFont(italic);
            p->setPen(ink);
            p->drawText(box, Qt::AlignLeft | Qt::AlignVCenter, QFontMetrics(italic).elidedText(text, Qt::ElideRight, box.width()));
        } else {
            p->setPen(side == TranscriptModel::Server ? lineInk : ink);
            p->drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
        }
        break;
    }
    }
    if (option.state & QStyle::State_HasFocus && index.column() == TranscriptModel::LineColumn) {
        p->setPen(QPen(theme.ink, 1, Qt::DotLine));
        p->setBrush(Qt::NoBrush);
        p->drawRect(r.adjusted(0, 0, -1, -1));
    }
    p->restore();
}

TranscriptView::TranscriptView(Player *player, TranscriptModel *model, QWidget *parent)
    : QTableView(parent)
    , m_player(player)
    , m_model(model)
    , m_delegate(new TranscriptDelegate(this))
{
    setModel(m_model);
    setItemDelegate(m_delegate);
    setShowGrid(false);
    setWordWrap(false);
    setSelectionMode(QAbstractItemView::NoSelection);
    setTabKeyNavigation(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long lines go on in the rows below
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);     // the width, and the wrap, never hop
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    adjustColumns();

    connect(this, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        const int event = m_model->eventAt(index.row());
        if (event >= 0 && event != m_player->index())
            m_player->seek(event);
    });
    m_wrapTimer.setSingleShot(true);
    m_wrapTimer.setInterval(150);
    connect(&m_wrapTimer, &QTimer::timeout, this, &TranscriptView::updateWrap);
    connect(m_player, &Player::traceChanged, this, [this] {
        m_model->setTrace(m_player->sharedTrace()); // nothing to do if the window gave it already
        m_current = -1;
        follow(m_player->index());
    });
    connect(m_player, &Player::indexChanged, this, &TranscriptView::follow);
    retranslate();
}

void TranscriptView::adjustColumns()
{
    const QFontMetrics mono(Visuals::monospace(12));
    verticalHeader()->setDefaultSectionSize(mono.height() + 8);
    const QFontMetrics m(font());
    setColumnWidth(TranscriptModel::StepColumn, std::max(m.horizontalAdvance(QStringLiteral("00000")),
                                                         m.horizontalAdvance(m_model->headerData(0, Qt::Horizontal).toString()) + 8) + 12);
    // The Who column fits its widest word ("C:", "TCP", "queue", ...) and a reply's shape.
    int who = m.horizontalAdvance(m_model->headerData(1, Qt::Horizontal).toString()) + 16;
    QFont italic = font();
    italic.setItalic(true);
    const QFontMetrics im(italic);
    for (int k = 0; k <= int(engine::EventKind::Note); ++k) {
        engine::TraceEvent e;
        e.kind = engine::EventKind(k);
        who = std::max(who, im.horizontalAdvance(TranscriptModel::sideLabel(e)) + 16);
    }
    who = std::max(who, mono.horizontalAdvance(QStringLiteral("C:")) + 34);
    setColumnWidth(TranscriptModel::SideColumn, who);
}

void TranscriptView::follow(int index)
{
    m_current = index;
    m_delegate->setCurrentEvent(index);
    viewport()->update();
    const int first = m_model->firstRow(index);
    if (first < 0)
        return;
    m_following = true;
    setCurrentIndex(m_model->index(first, TranscriptModel::LineColumn));
    m_following = false;
    placeCurrent();
}

void TranscriptView::placeCurrent()
{
    // The current step's first line always sits a quarter down the view, whichever way we
    // came: the eye stays in one place, and going back restores the view exactly.
    const int first = m_model->firstRow(m_current);
    if (first < 0)
        return;
    const int target = verticalHeader()->sectionPosition(first) - viewport()->height() / 4;
    verticalScrollBar()->setValue(std::clamp(target, 0, verticalScrollBar()->maximum()));
}

int TranscriptView::wrapColumnsForWidth() const
{
    // The Line column stretches over what the other two leave; a server line is indented by
    // three characters. Protocol lines are ASCII in a monospace font: columns are characters.
    const QFontMetrics mono(Visuals::monospace(12));
    const int line = viewport()->width() - columnWidth(TranscriptModel::StepColumn)
                     - columnWidth(TranscriptModel::SideColumn) - 2 * 6 - 3 * mono.horizontalAdvance(QLatin1Char('M'));
    return std::max(16, line / std::max(1, mono.horizontalAdvance(QLatin1Char('M'))));
}

void TranscriptView::updateWrap()
{
    const int columns = wrapColumnsForWidth();
    if (columns == m_model->wrapColumns())
        return;
    m_model->setWrapColumns(columns);
    follow(m_player->index());
}

void TranscriptView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    // Re-breaking half a million lines waits until the teacher stops dragging (but the
    // first width, as the window opens, is taken at once).
    if (m_player->count() > 20000 && m_model->wrapColumns() > 0 && isVisible())
        m_wrapTimer.start();
    else
        updateWrap();
    placeCurrent();
}

void TranscriptView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    if (m_following || !current.isValid())
        return;
    // Up and Down in the dialogue move the story.
    const int event = m_model->eventAt(current.row());
    if (event >= 0 && event != m_player->index())
        m_player->seek(event);
}

void TranscriptView::retranslate()
{
    setAccessibleName(tr("SMTP dialogue"));
    setToolTip(tr("The SMTP dialogue, line by line. C: the client speaks, S: the server answers. Click a line to go to its step."));
    adjustColumns();
}

void TranscriptView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
        updateWrap(); // the Who column may have changed its width
    }
    if (event->type() == QEvent::PaletteChange)
        viewport()->update();
    QTableView::changeEvent(event);
}

} // namespace kurir::gui
