#include "visuals.h"

#include <cmath>

#include <QApplication>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QIconEngine>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>

namespace kurir::gui {

Visuals::ReplyClass Visuals::replyClass(int code)
{
    switch (code / 100) {
    case 2: return ReplyClass::Positive;
    case 3: return ReplyClass::Intermediate;
    case 4: return ReplyClass::Transient;
    case 5: return ReplyClass::Permanent;
    default: return ReplyClass::None;
    }
}

QColor Visuals::replyColor(ReplyClass c)
{
    switch (c) {
    case ReplyClass::Positive: return QColor(kBlue);
    case ReplyClass::Intermediate: return QColor(kOrange);
    case ReplyClass::Transient: return QColor(kVermillion);
    case ReplyClass::Permanent: return QColor(kPurple);
    case ReplyClass::None: break;
    }
    return QColor(kInk);
}

QColor Visuals::replyTextColor(ReplyClass c)
{
    switch (c) {
    case ReplyClass::Positive: return QColor(0x005A8C);
    case ReplyClass::Intermediate: return QColor(0x8A5A00);
    case ReplyClass::Transient: return QColor(0xA84700);
    case ReplyClass::Permanent: return QColor(0x8E3B73);
    case ReplyClass::None: break;
    }
    return QColor(kInk);
}

QString Visuals::replyLabel(ReplyClass c)
{
    switch (c) {
    case ReplyClass::Positive: return tr("2xx success");
    case ReplyClass::Intermediate: return tr("3xx go on");
    case ReplyClass::Transient: return tr("4xx try again later");
    case ReplyClass::Permanent: return tr("5xx refused");
    case ReplyClass::None: break;
    }
    return {};
}

void Visuals::paintReplyShape(QPainter &p, const QRectF &box, ReplyClass c)
{
    if (c == ReplyClass::None)
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour = replyColor(c);
    const qreal s = std::min(box.width(), box.height());
    const QRectF r(box.center().x() - s / 2, box.center().y() - s / 2, s, s);
    QPen mark(Qt::white, std::max(1.5, s * 0.14), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    switch (c) {
    case ReplyClass::Positive: {
        p.drawEllipse(r);
        p.setPen(mark);
        QPainterPath tick;
        tick.moveTo(r.left() + s * 0.27, r.top() + s * 0.52);
        tick.lineTo(r.left() + s * 0.44, r.top() + s * 0.68);
        tick.lineTo(r.left() + s * 0.74, r.top() + s * 0.34);
        p.setBrush(Qt::NoBrush);
        p.drawPath(tick);
        break;
    }
    case ReplyClass::Intermediate: {
        p.drawRoundedRect(r, s * 0.2, s * 0.2);
        p.setPen(mark);
        p.drawLine(QPointF(r.left() + s * 0.24, r.center().y()), QPointF(r.right() - s * 0.26, r.center().y()));
        p.drawLine(QPointF(r.right() - s * 0.26, r.center().y()), QPointF(r.center().x() + s * 0.02, r.top() + s * 0.26));
        p.drawLine(QPointF(r.right() - s * 0.26, r.center().y()), QPointF(r.center().x() + s * 0.02, r.bottom() - s * 0.26));
        break;
    }
    case ReplyClass::Transient: {
        QPainterPath tri;
        tri.moveTo(r.center().x(), r.top() + s * 0.04);
        tri.lineTo(r.right(), r.bottom() - s * 0.06);
        tri.lineTo(r.left(), r.bottom() - s * 0.06);
        tri.closeSubpath();
        p.drawPath(tri);
        p.setPen(mark);
        p.drawLine(QPointF(r.center().x(), r.top() + s * 0.36), QPointF(r.center().x(), r.top() + s * 0.62));
        p.drawPoint(QPointF(r.center().x(), r.top() + s * 0.78));
        break;
    }
    case ReplyClass::Permanent: {
        QPolygonF oct;
        for (int i = 0; i < 8; ++i) {
            const qreal a = M_PI / 8 + i * M_PI / 4;
            oct << QPointF(r.center().x() + s / 2 * std::cos(a), r.center().y() + s / 2 * std::sin(a));
        }
        p.drawPolygon(oct);
        p.setPen(mark);
        const qreal d = s * 0.2;
        p.drawLine(r.center() + QPointF(-d, -d), r.center() + QPointF(d, d));
        p.drawLine(r.center() + QPointF(-d, d), r.center() + QPointF(d, -d));
        break;
    }
    case ReplyClass::None:
        break;
    }
    p.restore();
}

QPixmap Visuals::figure(const QString &name, int size, qreal dpr)
{
    static QHash<QString, QPixmap> cache;
    const QString key = QStringLiteral("%1@%2x%3").arg(name).arg(size).arg(dpr);
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    QSvgRenderer svg(QStringLiteral(":/figures/%1.svg").arg(name));
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.fill(Qt::transparent);
    {
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        svg.render(&p);
    }
    pixmap.setDevicePixelRatio(dpr);
    if (cache.size() > 200)
        cache.clear();
    cache.insert(key, pixmap);
    return pixmap;
}

namespace {

// The toolbar icons are drawn in one ink (#263645) for a light toolbar. This engine draws
// them in the palette's button text colour at paint time instead, so they stay visible on
// a dark desktop and follow a change of palette without being set again.
class InkIconEngine : public QIconEngine
{
public:
    explicit InkIconEngine(QString path) : m_path(std::move(path))
    {
        QFile file(m_path);
        if (file.open(QIODevice::ReadOnly))
            m_svg = file.readAll();
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(inked(mode));
        renderer.render(painter, QRectF(rect));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new InkIconEngine(*this); }

private:
    QByteArray inked(QIcon::Mode mode) const
    {
        const QPalette palette = QGuiApplication::palette();
        const QColor ink = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                         mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::ButtonText);
        QByteArray svg = m_svg;
        return svg.replace("#263645", ink.name(QColor::HexRgb).toLatin1());
    }

    QString m_path;
    QByteArray m_svg;
};

} // namespace

QIcon Visuals::icon(const QString &name)
{
    return QIcon(new InkIconEngine(QStringLiteral(":/icons/%1.svg").arg(name)));
}

QString Visuals::figureForRole(const QByteArray &role)
{
    if (role == "mua")
        return QStringLiteral("laptop");
    if (role == "dns")
        return QStringLiteral("dns");
    if (role == "mailbox")
        return QStringLiteral("mailbox");
    return QStringLiteral("server");
}

QFont Visuals::monospace(qreal pointSize)
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.setPointSizeF(pointSize);
    f.setStyleHint(QFont::Monospace);
    return f;
}

} // namespace kurir::gui

namespace kurir::gui {

bool Visuals::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

Visuals::Theme Visuals::theme(bool presentation)
{
    return theme(QApplication::palette(), presentation);
}

Visuals::Theme Visuals::theme(const QPalette &palette, bool presentation)
{
    Theme t;
    if (presentation) {
        // The projector: white, near-black, nothing pale.
        t.canvas = Qt::white;
        t.ink = QColor(0x101820);
        t.muted = QColor(0x2E3A46);
        t.linkIdle = QColor(0x8A96A3);
        t.linkOpen = QColor(0x101820);
        t.linkTls = QColor(0x006B4F);
        t.plate = Qt::transparent;
        t.paper = Qt::white;
        t.serverGround = QColor(0xE8F0F8);
        t.highlight = QColor(0xFFE57F);
        t.highlightInk = QColor(0x101820);
        t.term = QColor(0x004B75);
        return t;
    }
    if (isDark(palette)) {
        t.dark = true;
        t.canvas = QColor(0x1E2328);
        t.ink = QColor(0xE6ECF1);
        t.muted = QColor(0xA7B4C0);
        t.linkIdle = QColor(0x5A6672);
        t.linkOpen = QColor(0xE6ECF1);
        t.linkTls = QColor(0x3DC79E);
        t.plate = QColor(0xEEF2F5);
        t.paper = QColor(0x22282E);
        t.serverGround = QColor(0x28323C);
        t.highlight = QColor(0x3D3405);
        t.highlightInk = QColor(0xFFF3C4);
        t.term = QColor(0x8CCBF2);
        return t;
    }
    t.canvas = QColor(kCanvas);
    t.ink = QColor(kInk);
    t.muted = QColor(kMuted);
    t.linkIdle = QColor(0xB5BFC9);
    t.linkOpen = QColor(kInk);
    t.linkTls = QColor(0x007A5A);
    t.plate = Qt::transparent;
    t.paper = Qt::white;
    t.serverGround = QColor(0xF0F5FA);
    t.highlight = QColor(kHighlight);
    t.highlightInk = QColor(kInk);
    t.term = QColor(0x005A8C);
    return t;
}

QColor Visuals::Theme::replyText(ReplyClass c) const
{
    if (!dark)
        return Visuals::replyTextColor(c);
    // Okabe–Ito's lighter members, readable on the dark grounds.
    switch (c) {
    case ReplyClass::Positive: return QColor(0x56B4E9);
    case ReplyClass::Intermediate: return QColor(0xE6A817);
    case ReplyClass::Transient: return QColor(0xF28C4B);
    case ReplyClass::Permanent: return QColor(0xE7A3CB);
    case ReplyClass::None: break;
    }
    return ink;
}

qreal Visuals::contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const qreal la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace kurir::gui
