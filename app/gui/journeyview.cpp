#include "journeyview.h"

#include <algorithm>
#include <cmath>

#include <QApplication>
#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QLineF>
#include <QToolTip>
#include <QPainter>
#include <QPainterPath>

#include "language.h"
#include "player.h"
#include "visuals.h"

namespace kurir::gui {

using engine::EventKind;

namespace {

constexpr int kMaxBubbleLines = 6;

qreal ease(qreal t)
{
    return t * t * (3 - 2 * t);
}

QColor withAlpha(QRgb rgb, int alpha)
{
    QColor c(rgb);
    c.setAlpha(alpha);
    return c;
}

} // namespace

JourneyView::JourneyView(Player *player, QWidget *parent)
    : QWidget(parent)
    , m_player(player)
    , m_theme(Visuals::theme())
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::NoFocus);
    connect(m_player, &Player::traceChanged, this, &JourneyView::rebuild);
    connect(m_player, &Player::positionChanged, this, qOverload<>(&QWidget::update));
    connect(m_player, &Player::indexChanged, this, &JourneyView::retranslate);
    rebuild();
}

QString JourneyView::caption(const engine::TraceEvent &event)
{
    switch (event.kind) {
    case EventKind::SmtpCommand: return tr("Command");
    case EventKind::SmtpReply: return Visuals::replyLabel(Visuals::replyClass(event.code));
    case EventKind::SmtpData: return tr("The message itself");
    case EventKind::TcpConnect: return tr("TCP connection");
    case EventKind::TcpFail: return tr("No connection");
    case EventKind::TcpClose: return tr("Connection closed");
    case EventKind::Tls: return tr("TLS handshake");
    case EventKind::DnsQuery: return tr("DNS question");
    case EventKind::DnsAnswer: return tr("DNS answer");
    case EventKind::Queue: return tr("Queue");
    case EventKind::Store: return tr("Into the mailbox");
    case EventKind::Bounce: return tr("Bounce");
    case EventKind::Compose: return tr("New message");
    case EventKind::Note: return tr("Note");
    }
    return {};
}

void JourneyView::setPresentation(bool on)
{
    m_presentation = on;
    m_theme = Visuals::theme(on);
    QFont f = parentWidget() ? parentWidget()->font() : QApplication::font();
    if (on)
        f.setPointSizeF(f.pointSizeF() * 1.4);
    setFont(f);
    m_layout = JourneyLayout(m_player->trace(), m_digest, size(), bubbleReserve());
    update();
}

void JourneyView::adoptDigest(std::shared_ptr<const engine::Trace> trace, TraceDigest digest)
{
    m_adoptedFor = std::move(trace);
    m_adopted = std::move(digest);
}

void JourneyView::rebuild()
{
    if (m_adoptedFor && m_adoptedFor == m_player->sharedTrace())
        m_digest = std::move(m_adopted);
    else
        m_digest = TraceDigest(m_player->trace());
    m_adoptedFor.reset();
    m_adopted = {};
    m_layout = JourneyLayout(m_player->trace(), m_digest, size(), bubbleReserve());
    retranslate();
    update();
}

void JourneyView::retranslate()
{
    setAccessibleName(tr("Journey of the message"));
    const int i = m_player->index();
    if (i < 0) {
        setAccessibleDescription(QString());
        return;
    }
    const engine::Trace &trace = m_player->trace();
    const engine::TraceEvent &e = trace.events[size_t(i)];
    const QString lang = currentLanguage();
    auto label = [&](int a) { return a >= 0 && size_t(a) < trace.actors.size() ? trace.actors[size_t(a)].label(lang) : QString(); };
    const QByteArray text = trace.eventText(e);
    const QString line = QString::fromUtf8(text.left(text.indexOf('\n') < 0 ? text.size() : text.indexOf('\n')));
    setAccessibleDescription(e.from != e.to && e.to >= 0
                                 ? tr("Step %1: %2 to %3, %4: %5").arg(i + 1).arg(label(e.from), label(e.to), caption(e), line)
                                 : tr("Step %1: %2, %3: %4").arg(i + 1).arg(label(e.from), caption(e), line));
    update();
}

void JourneyView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_layout = JourneyLayout(m_player->trace(), m_digest, size(), bubbleReserve());
}

int JourneyView::actorAt(QPointF pos) const
{
    for (int a = 0; a < m_layout.actorCount(); ++a) {
        const JourneyLayout::Slot &s = m_layout.slot(a);
        if (QLineF(s.centre, pos).length() <= std::max(8.0, s.size * 0.6))
            return a;
    }
    return -1;
}

bool JourneyView::event(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange) {
        m_theme = Visuals::theme(m_presentation); // the desktop went dark, or light
        update();
    }
    if (event->type() == QEvent::ToolTip) {
        // Each figure says who it is, also where its labels had no room.
        auto *help = static_cast<QHelpEvent *>(event);
        const int a = actorAt(help->pos());
        if (a < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const engine::TraceActor &actor = m_player->trace().actors[size_t(a)];
        if (const JourneyLayout::Slot &s = m_layout.slot(a); s.crowd > 1) {
            int last = a;
            for (int m = 0; m < m_layout.actorCount(); ++m)
                if (m_layout.slot(m).leader == s.leader)
                    last = m;
            const engine::TraceActor &lastActor = m_player->trace().actors[size_t(last)];
            QToolTip::showText(help->globalPos(),
                               QStringLiteral("<b>%1</b><br>%2 … %3")
                                   .arg(tr("%n mail server(s)", nullptr, s.crowd).toHtmlEscaped(),
                                        QString::fromUtf8(actor.host).toHtmlEscaped(),
                                        QString::fromUtf8(lastActor.host).toHtmlEscaped()),
                               this);
            return true;
        }
        QToolTip::showText(help->globalPos(),
                           QStringLiteral("<b>%1</b><br>%2<br>%3")
                               .arg(actor.label(currentLanguage()).toHtmlEscaped(),
                                    QString::fromUtf8(actor.host).toHtmlEscaped(),
                                    QString::fromUtf8(actor.address).toHtmlEscaped()),
                           this);
        return true;
    }
    return QWidget::event(event);
}

void JourneyView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();

    QWidget::changeEvent(event);
}

void JourneyView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), m_theme.canvas);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    if (m_player->isEmpty() || m_layout.actorCount() != int(m_player->trace().actors.size()))
        return;
    const int index = m_player->index();
    const qreal progress = m_player->progress();
    paintHalos(p, index);
    paintLinks(p, index, progress);
    paintActors(p, index);
    paintStep(p, index, progress);
    paintEnvelope(p, index, progress);
}

QFont JourneyView::bubbleFont() const
{
    return Visuals::monospace(std::max(12.5, font().pointSizeF() * 1.1));
}

QFont JourneyView::captionFont() const
{
    QFont f = font();
    f.setPointSizeF(std::max(11.0, font().pointSizeF()));
    f.setBold(true);
    return f;
}

qreal JourneyView::bubbleReserve() const
{
    // Room for the tallest bubble above the figures, so a bubble never hides one.
    const QFontMetricsF mm(bubbleFont()), cm(captionFont());
    return 10 + cm.height() + 4 + mm.height() * kMaxBubbleLines + 10 + 26;
}

QPointF JourneyView::travelPoint(const engine::TraceEvent &e, qreal progress) const
{
    const QPointF a = m_layout.linkEnd(e.from, e.to);
    const QPointF b = m_layout.linkEnd(e.to, e.from);
    // A failed connection gets only halfway.
    const qreal reach = e.kind == EventKind::TcpFail ? 0.5 : 1.0;
    return a + (b - a) * (ease(progress) * reach);
}

QPointF JourneyView::restPoint(int actor) const
{
    const JourneyLayout::Slot &s = m_layout.slot(actor);
    return s.centre + QPointF(s.size * 0.48, -s.size * 0.30);
}

void JourneyView::paintLinks(QPainter &p, int index, qreal progress) const
{
    const engine::TraceEvent &e = m_player->trace().events[size_t(index)];
    const int active = (e.from >= 0 && e.to >= 0 && e.from != e.to) ? m_digest.linkBetween(e.from, e.to) : -1;
    const auto &links = m_digest.links();
    for (int l = 0; l < int(links.size()); ++l) {
        const TraceDigest::Link &link = links[size_t(l)];
        if (!m_layout.isValid(link.a) || !m_layout.isValid(link.b))
            continue;
        const QPointF a = m_layout.linkEnd(link.a, link.b);
        const QPointF b = m_layout.linkEnd(link.b, link.a);
        const bool isActive = l == active;
        const auto state = m_digest.linkState(l, progress >= 1.0 ? index : index - 1);
        const qreal extra = isActive ? 1.5 : 0;
        if (link.dns) {
            p.setPen(QPen(isActive ? m_theme.ink : m_theme.muted, 2.5 + extra, Qt::DashLine, Qt::RoundCap));
            p.drawLine(a, b);
            continue;
        }
        if (state == TraceDigest::LinkState::Tls || (isActive && e.kind == EventKind::Tls)) {
            // The tint grows along the link while the TLS handshake travels.
            QPointF from = a, to = b;
            if (state != TraceDigest::LinkState::Tls) {
                from = m_layout.linkEnd(e.from, e.to);
                to = travelPoint(e, progress);
            }
            p.setPen(QPen(withAlpha(Visuals::kGreen, 70), 14, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(from, to);
        }
        switch (state) {
        case TraceDigest::LinkState::Closed:
            p.setPen(QPen(m_theme.linkIdle, 2 + extra, Qt::SolidLine, Qt::RoundCap));
            break;
        case TraceDigest::LinkState::Open:
            p.setPen(QPen(m_theme.linkOpen, 3 + extra, Qt::SolidLine, Qt::RoundCap));
            break;
        case TraceDigest::LinkState::Tls:
            p.setPen(QPen(m_theme.linkTls, 3 + extra, Qt::SolidLine, Qt::RoundCap));
            break;
        }
        p.drawLine(a, b);
        if (state == TraceDigest::LinkState::Tls) {
            const qreal size = std::clamp(m_layout.figureSize() * 0.34, 20.0, 36.0);
            const QPointF at = (a + b) / 2;
            p.setPen(Qt::NoPen);
            p.setBrush(m_theme.dark ? m_theme.plate : m_theme.canvas);
            p.drawEllipse(at, size * 0.62, size * 0.62);
            p.drawPixmap(QRectF(at.x() - size / 2, at.y() - size / 2, size, size),
                         Visuals::figure(QStringLiteral("padlock"), int(size), devicePixelRatioF()), QRectF());
        }
    }
}

void JourneyView::paintHalos(QPainter &p, int index) const
{
    // The actors of the current step stand on a soft disc, under everything else.
    const engine::TraceEvent &e = m_player->trace().events[size_t(index)];
    p.setPen(Qt::NoPen);
    p.setBrush(withAlpha(Visuals::kBlue, m_theme.dark ? 110 : m_presentation ? 40 : 28));
    for (const int a : {int(e.from), int(e.to)}) {
        if (!m_layout.isValid(a) || (a == e.to && e.to == e.from))
            continue;
        const JourneyLayout::Slot &s = m_layout.slot(a);
        p.drawEllipse(s.centre, s.size * 0.66, s.size * 0.66);
    }
}

void JourneyView::paintActors(QPainter &p, int index) const
{
    Q_UNUSED(index);
    const engine::Trace &trace = m_player->trace();
    const QString lang = currentLanguage();
    QFont nameFont = font();
    nameFont.setPointSizeF(std::max(12.0, font().pointSizeF() * 1.15));
    nameFont.setBold(true);
    QFont smallFont = font();
    smallFont.setPointSizeF(std::max(9.5, font().pointSizeF() * 0.9));
    const QFontMetricsF nameMetrics(nameFont), smallMetrics(smallFont);

    const engine::TraceEvent *current = index >= 0 && size_t(index) < trace.events.size() ? &trace.events[size_t(index)]
                                                                                         : nullptr;
    for (int a = 0; a < m_layout.actorCount(); ++a) {
        const JourneyLayout::Slot &s = m_layout.slot(a);
        if (s.size < 6 || (s.crowd > 1 && a != s.leader))
            continue;
        // A crowd speaks as the member of the current step, when one takes part in it.
        int shown = a;
        bool memberTakesPart = false;
        if (s.crowd > 1 && current) {
            for (const int m : {int(current->from), int(current->to)})
                if (m_layout.isValid(m) && m_layout.slot(m).leader == s.leader) {
                    shown = m;
                    memberTakesPart = true;
                }
        }
        const engine::TraceActor &actor = trace.actors[size_t(shown)];
        const int px = int(std::lround(s.size));
        if (s.crowd > 1) {
            // Two more figures behind, offset: a stack of servers at a glance.
            for (const qreal back : {0.16, 0.08}) {
                p.setOpacity(0.45);
                p.drawPixmap(QRectF(s.centre.x() - px / 2.0 + px * back, s.centre.y() - px / 2.0 - px * back, px, px),
                             Visuals::figure(Visuals::figureForRole(actor.role), px, devicePixelRatioF()), QRectF());
                p.setOpacity(1.0);
            }
        }
        if (m_theme.dark) {
            // The figures are drawn in dark ink for a light ground: on a dark canvas each
            // stands on a light plate.
            p.setPen(Qt::NoPen);
            p.setBrush(m_theme.plate);
            p.drawRoundedRect(QRectF(s.centre.x() - px * 0.55, s.centre.y() - px * 0.55, px * 1.1, px * 1.1), px * 0.18,
                              px * 0.18);
        }
        p.drawPixmap(QRectF(s.centre.x() - px / 2.0, s.centre.y() - px / 2.0, px, px),
                     Visuals::figure(Visuals::figureForRole(actor.role), px, devicePixelRatioF()), QRectF());
        if (!s.labels)
            continue;
        // Under the figure, or beside it in the row below.
        qreal y = s.labelsRight ? s.centre.y() - (nameMetrics.height() + 2 * smallMetrics.height()) / 2
                                : s.centre.y() + s.size / 2 + 4;
        const qreal left = s.labelsRight ? s.centre.x() + s.size / 2 + 8 : s.centre.x() - s.labelWidth / 2;
        const Qt::Alignment align = (s.labelsRight ? Qt::AlignLeft : Qt::AlignHCenter) | Qt::AlignTop;
        auto line = [&](const QString &text, const QFont &f, const QFontMetricsF &m, const QColor &colour) {
            // A name too long for its column gets smaller type first, and is cut only after.
            QFont fitted = f;
            const qreal needed = m.horizontalAdvance(text);
            if (needed > s.labelWidth)
                fitted.setPointSizeF(f.pointSizeF() * std::max(0.75, s.labelWidth / needed));
            const QFontMetricsF fm(fitted);
            const QString shown = fm.elidedText(text, Qt::ElideRight, s.labelWidth);
            p.setFont(fitted);
            p.setPen(colour);
            p.drawText(QRectF(left, y, s.labelWidth, m.height()), align, shown);
            y += m.height();
        };
        if (s.crowd > 1) {
            line(tr("%n mail server(s)", nullptr, s.crowd), nameFont, nameMetrics, m_theme.ink);
            if (memberTakesPart) {
                line(actor.label(lang), smallFont, smallMetrics, m_theme.muted);
                line(QString::fromUtf8(actor.address), smallFont, smallMetrics, m_theme.muted);
            }
            continue;
        }
        line(actor.label(lang), nameFont, nameMetrics, m_theme.ink);
        if (s.nameOnly)
            continue;
        line(QString::fromUtf8(actor.host), smallFont, smallMetrics, m_theme.muted);
        line(QString::fromUtf8(actor.address), smallFont, smallMetrics, m_theme.muted);
    }
}

void JourneyView::paintEnvelope(QPainter &p, int index, qreal progress) const
{
    const engine::TraceEvent &e = m_player->trace().events[size_t(index)];
    const qreal size = std::clamp(m_layout.figureSize() * 0.40, 24.0, 52.0);
    QPointF at;
    bool returned = false;
    if (m_digest.carriesMessage(index) && progress < 1.0 && m_layout.isValid(e.from) && m_layout.isValid(e.to)
        && e.from != e.to) {
        at = travelPoint(e, progress);
        returned = m_digest.holderAfter(index).returned;
    } else {
        const TraceDigest::Holder h = m_digest.holderAfter(progress >= 1.0 ? index : index - 1);
        if (!m_layout.isValid(h.actor) || !m_layout.slot(h.actor).labels)
            return;
        at = restPoint(h.actor);
        returned = h.returned;
    }
    const QString name = returned ? QStringLiteral("envelope-returned") : QStringLiteral("envelope");
    p.drawPixmap(QRectF(at.x() - size / 2, at.y() - size / 2, size, size),
                 Visuals::figure(name, int(size), devicePixelRatioF()), QRectF());
}

void JourneyView::paintStep(QPainter &p, int index, qreal progress) const
{
    const engine::TraceEvent &e = m_player->trace().events[size_t(index)];
    const bool travels = m_layout.isValid(e.from) && m_layout.isValid(e.to) && e.from != e.to;
    if (travels) {
        const QPointF at = travelPoint(e, progress);
        // A step to or from the row below says its bubble down there, beside that figure.
        const int lower = m_layout.slot(e.to).lowerRow ? e.to : m_layout.slot(e.from).lowerRow ? e.from : -1;
        paintBubble(p, e, at, lower);
        if (!m_digest.carriesMessage(index) || progress >= 1.0) {
            // The arrowhead: which way this step goes.
            const QPointF d = m_layout.slot(e.to).centre - m_layout.slot(e.from).centre;
            const qreal angle = std::atan2(d.y(), d.x()) * 180 / M_PI;
            const Visuals::ReplyClass rc = e.kind == EventKind::SmtpReply ? Visuals::replyClass(e.code)
                                                                          : Visuals::ReplyClass::None;
            p.save();
            p.translate(at);
            p.rotate(angle);
            QPainterPath arrow;
            arrow.moveTo(4, 0);
            arrow.lineTo(-14, -10);
            arrow.lineTo(-9, 0);
            arrow.lineTo(-14, 10);
            arrow.closeSubpath();
            p.setPen(QPen(Qt::white, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(rc == Visuals::ReplyClass::None ? QColor(Visuals::kInk) : Visuals::replyColor(rc));
            p.drawPath(arrow);
            p.restore();
        }
        if (e.kind == EventKind::TcpFail && progress >= 1.0) {
            p.setPen(QPen(QColor(Visuals::kVermillion), 5, Qt::SolidLine, Qt::RoundCap));
            const QPointF c = at + QPointF(18, 0);
            p.drawLine(c + QPointF(-9, -9), c + QPointF(9, 9));
            p.drawLine(c + QPointF(-9, 9), c + QPointF(9, -9));
        }
    } else if (m_layout.isValid(e.from)) {
        const JourneyLayout::Slot &s = m_layout.slot(e.from);
        paintBubble(p, e, s.centre - QPointF(0, s.size / 2 + 2), s.lowerRow ? int(e.from) : -1);
    }
}

void JourneyView::paintBubble(QPainter &p, const engine::TraceEvent &e, QPointF anchor, int besideActor) const
{
    bool beside = m_layout.isValid(besideActor);
    const Visuals::ReplyClass rc = e.kind == EventKind::SmtpReply ? Visuals::replyClass(e.code)
                                                                  : Visuals::ReplyClass::None;
    const QColor border = rc == Visuals::ReplyClass::None ? QColor(Visuals::kInk) : Visuals::replyColor(rc);
    const QFont mono = bubbleFont();
    const QFont capFont = captionFont();
    const QFontMetricsF mm(mono), cm(capFont);

    // What the bubble says: the first lines of the step's text, never wrapped mid-word.
    QStringList lines = QString::fromUtf8(m_player->trace().eventText(e)).split(QLatin1Char('\n'));
    while (lines.size() > 1 && lines.last().isEmpty())
        lines.removeLast();
    QString more;
    if (lines.size() > kMaxBubbleLines) {
        const int hidden = int(lines.size()) - (kMaxBubbleLines - 1);
        lines = lines.mid(0, kMaxBubbleLines - 1);
        more = tr("… %n more line(s)", nullptr, hidden);
    }
    const qreal maxText = std::max(160.0, std::min(width() * 0.8 - 20, 760.0));
    qreal textWidth = 0;
    for (QString &l : lines) {
        l = mm.elidedText(l, Qt::ElideRight, maxText);
        textWidth = std::max(textWidth, mm.horizontalAdvance(l));
    }
    const QString cap = caption(e);
    const qreal shape = rc == Visuals::ReplyClass::None ? 0 : cm.height() + 6;
    const qreal lock = e.encrypted ? cm.height() + 6 : 0;
    textWidth = std::max({textWidth, cm.horizontalAdvance(cap) + shape + lock,
                          more.isEmpty() ? 0.0 : cm.horizontalAdvance(more)});
    const qreal pad = 10;
    const qreal w = textWidth + 2 * pad;
    const qreal h = pad + cm.height() + 4 + mm.height() * lines.size() + (more.isEmpty() ? 0 : cm.height()) + pad;

    QRectF box;
    if (beside) {
        // Left of the figure in the row below (its names are on its right), else right of
        // its names, below the names of the main row; where neither fits, above as usual.
        const JourneyLayout::Slot &s = m_layout.slot(besideActor);
        qreal x = s.centre.x() - s.size / 2 - 16 - w;
        if (x < 8)
            x = s.centre.x() + s.size / 2 + 8 + s.labelWidth + 16;
        beside = x >= 8 && x + w <= width() - 8;
        const qreal top = m_layout.rowY() + m_layout.figureSize() / 2 + JourneyLayout::kLabelHeight + 2;
        box = QRectF(x, std::max(s.centre.y() - h / 2, top), w, h);
    }
    if (!beside) {
        const qreal bottom = std::min(anchor.y() - 18, m_layout.rowY() - m_layout.figureSize() / 2 - 14);
        box = QRectF(anchor.x() - w / 2, bottom - h, w, h);
    }
    box.moveLeft(std::clamp(box.left(), 8.0, std::max(8.0, width() - 8 - w)));
    box.moveTop(std::clamp(box.top(), 8.0, std::max(8.0, height() - 8 - h)));

    // The tail from the nearest point of the bubble's edge to where the step is.
    QPointF tailStart(std::clamp(anchor.x(), box.left() + 12, box.right() - 12),
                      std::clamp(anchor.y(), box.top() + 12, box.bottom() - 12));
    if (anchor.x() >= box.left() && anchor.x() <= box.right())
        tailStart.setY(anchor.y() < box.top() ? box.top() : box.bottom());
    else
        tailStart.setX(anchor.x() < box.left() ? box.left() : box.right());
    p.setPen(QPen(border, 2, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(tailStart, anchor);

    p.setPen(QPen(border, rc == Visuals::ReplyClass::None ? 2 : 3));
    p.setBrush(Qt::white);
    p.drawRoundedRect(box, 8, 8);

    qreal x = box.left() + pad;
    qreal y = box.top() + pad;
    if (rc != Visuals::ReplyClass::None) {
        Visuals::paintReplyShape(p, QRectF(x, y, cm.height(), cm.height()), rc);
        x += shape;
    }
    p.setFont(capFont);
    p.setPen(rc == Visuals::ReplyClass::None ? QColor(Visuals::kMuted) : Visuals::replyTextColor(rc));
    p.drawText(QRectF(x, y, box.right() - x - pad, cm.height()), Qt::AlignLeft | Qt::AlignVCenter, cap);
    if (e.encrypted) {
        const qreal s = cm.height();
        p.drawPixmap(QRectF(box.right() - pad - s, y, s, s),
                     Visuals::figure(QStringLiteral("padlock"), int(s), devicePixelRatioF()), QRectF());
    }
    y += cm.height() + 4;
    p.setFont(mono);
    p.setPen(QColor(Visuals::kInk));
    for (const QString &l : lines) {
        p.drawText(QPointF(box.left() + pad, y + mm.ascent()), l);
        y += mm.height();
    }
    if (!more.isEmpty()) {
        QFont f = capFont;
        f.setBold(false);
        f.setItalic(true);
        p.setFont(f);
        p.setPen(QColor(Visuals::kMuted));
        p.drawText(QPointF(box.left() + pad, y + cm.ascent()), more);
    }
}

} // namespace kurir::gui
