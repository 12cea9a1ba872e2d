#include "sequenceview.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QSvgGenerator>
#include <QToolTip>

#include "language.h"

namespace kurir::gui {

using engine::EventKind;
using Shape = SequenceLayout::Shape;

namespace {

constexpr qreal kHead = 7; // arrowhead length

void arrowHead(QPainter &p, QPointF tip, qreal direction)
{
    QPainterPath head;
    head.moveTo(tip);
    head.lineTo(tip.x() - direction * kHead, tip.y() - kHead * 0.55);
    head.lineTo(tip.x() - direction * kHead, tip.y() + kHead * 0.55);
    head.closeSubpath();
    p.fillPath(head, p.pen().color());
}

bool isProtocolLine(EventKind kind)
{
    return kind == EventKind::SmtpCommand || kind == EventKind::SmtpReply || kind == EventKind::SmtpData;
}

} // namespace

// ---------------------------------------------------------------------------------------
// SequencePainter

SequencePainter::SequencePainter(const engine::Trace &trace, const SequenceLayout &layout,
                                 const Visuals::Theme &theme, QString lang)
    : m_trace(trace), m_layout(layout), m_theme(theme), m_lang(std::move(lang))
{
}

QString SequencePainter::ciphertext(const QByteArray &plain, int salt)
{
    // TLS records look like random bytes; hashing the line gives the same "random" text at
    // every repaint, so the lens does not flicker.
    QByteArray noise;
    QByteArray seed = plain + QByteArray::number(salt);
    while (noise.size() < plain.size()) {
        seed = QCryptographicHash::hash(seed, QCryptographicHash::Sha256);
        noise += seed.toBase64(QByteArray::OmitTrailingEquals);
    }
    return QString::fromLatin1(noise.first(qMax<qsizetype>(8, plain.size())));
}

QString SequencePainter::label(int index) const
{
    const engine::TraceEvent &e = m_trace.events[size_t(index)];
    if (m_eavesdropper && e.encrypted)
        return tr("[encrypted] %1").arg(ciphertext(m_trace.eventText(e).left(120), index));
    if (e.kind == EventKind::SmtpData)
        return tr("(the message: %n byte(s), dot-stuffed)", nullptr, int(m_trace.messageContent(e.message).size()));
    const QByteArray text = m_trace.eventText(e);
    const qsizetype lineEnd = text.indexOf('\n');
    QString first = QString::fromUtf8(lineEnd < 0 ? text : text.first(lineEnd));
    // A multi-line reply (EHLO's list of extensions) shows its first line and how many follow.
    if (lineEnd >= 0 && e.kind == EventKind::SmtpReply)
        first += QStringLiteral("  (+%1)").arg(text.count('\n') - (text.endsWith('\n') ? 1 : 0));
    return first;
}

void SequencePainter::paintHeader(QPainter &p, qreal width) const
{
    const qreal h = SequenceLayout::kHeaderHeight;
    p.fillRect(QRectF(0, 0, width, h), m_theme.canvas);
    QFont name = p.font();
    name.setPointSizeF(11);
    name.setBold(true);
    QFont host = p.font();
    host.setPointSizeF(9);
    const qreal column = m_layout.column() - 12;
    for (int i = 0; i < m_layout.actorCount(); ++i) {
        const engine::TraceActor &a = m_trace.actors[size_t(i)];
        const qreal x = m_layout.lifeline(i);
        p.setFont(name);
        p.setPen(m_theme.ink);
        const QString label = QFontMetricsF(name).elidedText(a.label(m_lang), Qt::ElideRight, column);
        p.drawText(QRectF(x - column / 2, 8, column, 24), Qt::AlignCenter, label);
        p.setFont(host);
        p.setPen(m_theme.muted);
        const QString sub = QFontMetricsF(host).elidedText(QString::fromUtf8(a.host), Qt::ElideMiddle, column);
        p.drawText(QRectF(x - column / 2, 32, column, 20), Qt::AlignCenter, sub);
    }
    p.setPen(QPen(m_theme.muted, 1));
    p.drawLine(QPointF(0, h - 0.5), QPointF(width, h - 0.5));
}

void SequencePainter::paintRows(QPainter &p, int first, int last, int current, qreal top) const
{
    if (first > last)
        return;
    const qreal rowH = SequenceLayout::kRowHeight;
    QFont sans = p.font();
    sans.setPointSizeF(10); // beside the 9.5 pt monospace of the protocol lines
    QFont small = sans;
    small.setPointSizeF(8.5);
    const QFont mono = Visuals::monospace(9.5);
    QColor tls = m_theme.linkTls;
    tls.setAlpha(m_theme.dark ? 70 : 38);

    // Grounds first: the current step, then the TLS bands, so arrows stay on top.
    for (int i = first; i <= last; ++i) {
        const SequenceLayout::Row r = m_layout.row(i);
        const QRectF bounds = r.bounds.translated(0, top);
        if (i == current)
            p.fillRect(bounds, m_theme.highlight);
        if (m_layout.underTls(i)) {
            const qreal left = r.shape == Shape::Box ? r.x1 - 24 : qMin(r.x1, r.x2);
            const qreal right = r.shape == Shape::Box ? r.x1 + 24 : qMax(r.x1, r.x2);
            p.fillRect(QRectF(left, bounds.top(), right - left, rowH), tls);
        }
    }
    // The lifelines.
    p.setPen(QPen(m_theme.linkIdle, 1.2, Qt::DashLine));
    for (int a = 0; a < m_layout.actorCount(); ++a)
        p.drawLine(QPointF(m_layout.lifeline(a), top + first * rowH), QPointF(m_layout.lifeline(a), top + (last + 1) * rowH));

    for (int i = first; i <= last; ++i) {
        const engine::TraceEvent &e = m_trace.events[size_t(i)];
        const SequenceLayout::Row r = m_layout.row(i);
        const qreal y = r.y + top;
        const Visuals::ReplyClass cls = e.kind == EventKind::SmtpReply ? Visuals::replyClass(e.code)
                                                                        : Visuals::ReplyClass::None;
        QColor ink = i == current ? m_theme.highlightInk : m_theme.ink;
        QColor line = m_theme.ink;
        if (cls != Visuals::ReplyClass::None) {
            line = m_theme.replyText(cls);
            ink = i == current ? m_theme.highlightInk : line;
        } else if (e.kind == EventKind::Tls) {
            line = m_theme.linkTls;
        } else if (e.kind == EventKind::TcpFail) {
            line = QColor(Visuals::kVermillion);
        }

        // The step number, in the margin.
        p.setFont(small);
        p.setPen(i == current ? m_theme.highlightInk : m_theme.muted);
        p.drawText(QRectF(0, y - rowH * 0.62, SequenceLayout::kMargin - 10, rowH), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(i + 1));

        const qreal dir = r.x2 >= r.x1 ? 1 : -1;
        QPen pen(line, e.kind == EventKind::SmtpData ? 2.6 : 1.6);
        if (r.shape == Shape::Reply)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        qreal labelLeft = qMin(r.x1, r.x2) + 8, labelWidth = qAbs(r.x2 - r.x1) - 16;
        switch (r.shape) {
        case Shape::Arrow:
        case Shape::Reply:
            p.drawLine(QPointF(r.x1, y), QPointF(r.x2 - dir * kHead, y));
            p.setPen(QPen(line, 1));
            arrowHead(p, QPointF(r.x2, y), dir);
            break;
        case Shape::Handshake:
            p.drawLine(QPointF(r.x1 + dir * kHead, y), QPointF(r.x2 - dir * kHead, y));
            p.setPen(QPen(line, 1));
            arrowHead(p, QPointF(r.x2, y), dir);
            arrowHead(p, QPointF(r.x1, y), -dir);
            break;
        case Shape::Failed: {
            // The connection never reaches the host: the arrow stops short, with a cross.
            const qreal stop = r.x1 + (r.x2 - r.x1) * 0.7;
            p.drawLine(QPointF(r.x1, y), QPointF(stop, y));
            p.setPen(QPen(line, 2));
            p.drawLine(QPointF(stop - 5, y - 5), QPointF(stop + 5, y + 5));
            p.drawLine(QPointF(stop - 5, y + 5), QPointF(stop + 5, y - 5));
            break;
        }
        case Shape::Box:
            p.setPen(QPen(line, 1.2));
            p.setBrush(m_theme.paper);
            p.drawRoundedRect(QRectF(r.x1 - 7, y - 9, 14, 14), 3, 3);
            p.setBrush(Qt::NoBrush);
            labelLeft = r.x1 + 14;
            labelWidth = m_layout.column() * 1.5;
            break;
        }

        // The label: above the arrow, the reply's class shape first (colour never alone).
        const bool protocol = isProtocolLine(e.kind);
        p.setFont(protocol ? mono : sans);
        const QFontMetricsF fm(p.font());
        const qreal textTop = r.shape == Shape::Box ? y - 12 : y - rowH * 0.62 + 1;
        const qreal textHeight = r.shape == Shape::Box ? 18 : rowH * 0.62 - 3;
        if (cls != Visuals::ReplyClass::None) {
            Visuals::paintReplyShape(p, QRectF(labelLeft, textTop + (textHeight - 11) / 2, 11, 11), cls);
            labelLeft += 15;
            labelWidth -= 15;
        }
        p.setPen(ink);
        const QString text = fm.elidedText(label(i), Qt::ElideRight, qMax<qreal>(20, labelWidth));
        p.drawText(QRectF(labelLeft, textTop, qMax<qreal>(20, labelWidth), textHeight),
                   (r.shape == Shape::Box ? Qt::AlignLeft : Qt::AlignHCenter) | Qt::AlignVCenter, text);
    }
}

// ---------------------------------------------------------------------------------------
// SequenceView

SequenceView::SequenceView(QWidget *parent)
    : QAbstractScrollArea(parent), m_trace(std::make_shared<engine::Trace>())
{
    setObjectName(QStringLiteral("sequence"));
    setAccessibleName(tr("Sequence diagram"));
    setFrameShape(QFrame::NoFrame);
    verticalScrollBar()->setSingleStep(int(SequenceLayout::kRowHeight));
    horizontalScrollBar()->setSingleStep(20);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, viewport(), qOverload<>(&QWidget::update));
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, viewport(), qOverload<>(&QWidget::update));
}

void SequenceView::setTrace(std::shared_ptr<const engine::Trace> trace)
{
    m_trace = trace ? std::move(trace) : std::make_shared<engine::Trace>();
    relayout();
    m_current = -1;
    updateScrollBars();
    verticalScrollBar()->setValue(0);
    viewport()->update();
}

int SequenceView::rowTopInViewport(int index) const
{
    return int(SequenceLayout::kHeaderHeight + index * SequenceLayout::kRowHeight) - verticalScrollBar()->value();
}

void SequenceView::setCurrent(int index)
{
    m_current = index;
    ensureCurrentVisible();
    viewport()->update();
}

void SequenceView::ensureCurrentVisible()
{
    const int index = m_current;
    if (index >= 0 && index < m_layout.rowCount() && viewport()->height() > SequenceLayout::kHeaderHeight) {
        const int top = rowTopInViewport(index);
        const int bottom = top + int(SequenceLayout::kRowHeight);
        // Keep the step in view, centred when it has to move, so what comes next shows too.
        if (top < SequenceLayout::kHeaderHeight || bottom > viewport()->height()) {
            const int rowsArea = viewport()->height() - int(SequenceLayout::kHeaderHeight);
            verticalScrollBar()->setValue(int(index * SequenceLayout::kRowHeight) - rowsArea / 2);
        }
    }
}

void SequenceView::setEavesdropper(bool on)
{
    m_eavesdropper = on;
    viewport()->update();
}

QString SequenceView::labelOf(int index) const
{
    if (index < 0 || index >= m_layout.rowCount())
        return {};
    SequencePainter painter(*m_trace, m_layout, Visuals::theme(palette()), currentLanguage());
    painter.setEavesdropper(m_eavesdropper);
    return painter.label(index);
}

void SequenceView::updateScrollBars()
{
    const int rowsArea = qMax(0, viewport()->height() - int(SequenceLayout::kHeaderHeight));
    verticalScrollBar()->setRange(0, qMax(0, int(m_layout.rowsHeight()) - rowsArea));
    verticalScrollBar()->setPageStep(rowsArea);
    horizontalScrollBar()->setRange(0, qMax(0, int(m_layout.width()) - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
}

void SequenceView::relayout()
{
    // The lifelines share the width there is, so long commands read in full on a wide
    // screen; on a narrow one the diagram scrolls sideways instead of crowding.
    const int actors = qMax<int>(1, int(m_trace->actors.size()));
    const qreal available = viewport()->width() - 2 * SequenceLayout::kMargin;
    m_layout = SequenceLayout(m_trace.get(), qMax(SequenceLayout::kMinColumn, available / actors));
    updateScrollBars();
}

void SequenceView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
    ensureCurrentVisible(); // a view shown for the first time finds its step in view
}

void SequenceView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("Sequence diagram"));
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        viewport()->update();
}

void SequenceView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    const Visuals::Theme theme = Visuals::theme(palette());
    p.fillRect(viewport()->rect(), theme.canvas);
    p.translate(-horizontalScrollBar()->value(), 0);
    SequencePainter painter(*m_trace, m_layout, theme, currentLanguage());
    painter.setEavesdropper(m_eavesdropper);
    const qreal scrolled = verticalScrollBar()->value();
    const auto [first, last] = m_layout.rowsBetween(scrolled, scrolled + viewport()->height());
    p.save();
    p.setClipRect(QRectF(0, SequenceLayout::kHeaderHeight, m_layout.width() + viewport()->width(), viewport()->height()));
    painter.paintRows(p, first, last, m_current, SequenceLayout::kHeaderHeight - scrolled);
    p.restore();
    painter.paintHeader(p, qMax<qreal>(m_layout.width(), viewport()->width() + horizontalScrollBar()->value()));
}

bool SequenceView::viewportEvent(QEvent *event)
{
    // A label shortened to fit between two lifelines reads in full on hover.
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const qreal y = help->pos().y() - SequenceLayout::kHeaderHeight + verticalScrollBar()->value();
        const int index = help->pos().y() >= SequenceLayout::kHeaderHeight ? m_layout.rowAt(y) : -1;
        if (index >= 0) {
            QToolTip::showText(help->globalPos(), labelOf(index), viewport());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void SequenceView::mousePressEvent(QMouseEvent *event)
{
    const qreal y = event->position().y() - SequenceLayout::kHeaderHeight + verticalScrollBar()->value();
    if (event->position().y() >= SequenceLayout::kHeaderHeight)
        if (const int index = m_layout.rowAt(y); index >= 0)
            emit stepActivated(index);
    QAbstractScrollArea::mousePressEvent(event);
}

QSizeF SequenceView::exportSize(int rows) const
{
    return {m_layout.width(), SequenceLayout::kHeaderHeight + rows * SequenceLayout::kRowHeight};
}

void SequenceView::paintExport(QPainter &p, int rows) const
{
    // Print is light whatever the screen's theme: a diagram goes on paper and into slides.
    const Visuals::Theme theme = Visuals::theme(QPalette(QColor(0xf0f0f0)));
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(QRectF(QPointF(0, 0), exportSize(rows)), theme.canvas);
    SequencePainter painter(*m_trace, m_layout, theme, currentLanguage());
    painter.setEavesdropper(m_eavesdropper);
    painter.paintRows(p, 0, rows - 1, m_current, SequenceLayout::kHeaderHeight);
    painter.paintHeader(p, m_layout.width());
}

bool SequenceView::exportSvg(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const int rows = qMin(m_layout.rowCount(), kMaxExportRows);
    const QSizeF size = exportSize(rows);
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setTitle(tr("Kurir sequence diagram"));
    svg.setResolution(96);
    QPainter p;
    if (!p.begin(&svg)) {
        if (error)
            *error = tr("Cannot write %1").arg(path);
        return false;
    }
    paintExport(p, rows);
    p.end();
    file.close();
    if (file.error() != QFile::NoError) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool SequenceView::exportPng(const QString &path, QString *error) const
{
    const int rows = qMin(m_layout.rowCount(), kMaxExportRows);
    // Print quality: twice the screen's pixels for a lesson; a long trace at screen size, so
    // the image stays within memory.
    const qreal scale = rows <= 300 ? 2.0 : 1.0;
    const QSizeF size = exportSize(rows);
    QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    QPainter p(&image);
    paintExport(p, rows);
    p.end();
    if (!image.save(path, "PNG")) {
        if (error)
            *error = tr("Cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace kurir::gui
