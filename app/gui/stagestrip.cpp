#include "stagestrip.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionFocusRect>

#include "engine/narration.h"
#include "player.h"
#include "visuals.h"

namespace kurir::gui {

using engine::Stage;

namespace {
constexpr qreal kNotch = 14; // depth of the chevron
} // namespace

StageButton::StageButton(int number, QWidget *parent)
    : QAbstractButton(parent)
    , m_number(number)
{
    setFocusPolicy(Qt::TabFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QFont f = font();
    f.setPointSizeF(std::max(12.0, f.pointSizeF() * 1.1));
    setFont(f);
}

void StageButton::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    setEnabled(state != State::Absent);
    update();
}

QSize StageButton::sizeHint() const
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics m(bold);
    return {m.horizontalAdvance(text()) + m.height() * 2 + int(kNotch) * 2 + 16, m.height() * 2 + 6};
}

QSize StageButton::minimumSizeHint() const
{
    const QFontMetrics m(font());
    return {m.height() * 3, m.height() * 2 + 6};
}

void StageButton::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(1, 2, -1, -2);
    const bool first = m_number == 1;
    QPainterPath chevron;
    chevron.moveTo(r.left(), r.top());
    chevron.lineTo(r.right() - kNotch, r.top());
    chevron.lineTo(r.right(), r.center().y());
    chevron.lineTo(r.right() - kNotch, r.bottom());
    chevron.lineTo(r.left(), r.bottom());
    if (!first)
        chevron.lineTo(r.left() + kNotch, r.center().y());
    chevron.closeSubpath();

    QColor fill, ink, ring;
    switch (m_state) {
    case State::Current:
        fill = QColor(Visuals::kBlue);
        ink = Qt::white;
        ring = Qt::white;
        break;
    case State::Done:
        fill = QColor(0xD6E6F3);
        ink = QColor(Visuals::kInk);
        ring = QColor(Visuals::kBlue);
        break;
    case State::Coming:
        fill = QColor(0xF1F3F5);
        ink = QColor(Visuals::kMuted);
        ring = QColor(0x8896A4);
        break;
    case State::Absent:
        fill = QColor(0xF7F8F9);
        ink = QColor(0xA9B3BD);
        ring = QColor(0xC5CDD5);
        break;
    }
    p.setPen(underMouse() && isEnabled() ? QPen(QColor(Visuals::kInk), 1.5) : Qt::NoPen);
    p.setBrush(fill);
    p.drawPath(chevron);

    // The number in a ring, then the title.
    QFont f = font();
    f.setBold(m_state == State::Current);
    p.setFont(f);
    const QFontMetricsF m(f);
    const qreal d = m.height() * 1.25;
    const qreal x0 = r.left() + (first ? 10 : kNotch + 6);
    const QRectF circle(x0, r.center().y() - d / 2, d, d);
    p.setPen(QPen(ring, 2));
    p.setBrush(m_state == State::Current ? QColor(Visuals::kBlue) : QColor(Qt::white));
    p.drawEllipse(circle);
    p.setPen(m_state == State::Current ? QColor(Qt::white) : ink);
    p.drawText(circle, Qt::AlignCenter, QString::number(m_number));
    const QRectF textBox(circle.right() + 8, r.top(), r.right() - kNotch - circle.right() - 10, r.height());
    p.setPen(ink);
    p.drawText(textBox, Qt::AlignVCenter | Qt::AlignLeft, m.elidedText(text(), Qt::ElideRight, textBox.width()));

    if (hasFocus()) {
        p.setPen(QPen(QColor(Visuals::kInk), 2, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r.adjusted(kNotch, 4, -kNotch - 2, -4), 4, 4);
    }
}

StageStrip::StageStrip(Player *player, QWidget *parent)
    : QWidget(parent)
    , m_player(player)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(2);
    for (int i = 0; i < 5; ++i) {
        auto *b = new StageButton(i + 1, this);
        m_buttons[size_t(i)] = b;
        layout->addWidget(b, 1);
        connect(b, &QAbstractButton::clicked, this, [this, i] {
            if (m_start[size_t(i)] >= 0)
                m_player->seek(m_start[size_t(i)]);
        });
    }
    connect(m_player, &Player::traceChanged, this, &StageStrip::rebuild);
    connect(m_player, &Player::indexChanged, this, &StageStrip::follow);
    retranslate();
    rebuild();
}

void StageStrip::rebuild()
{
    m_start.fill(-1);
    const auto &events = m_player->trace().events;
    for (size_t i = 0; i < events.size(); ++i) {
        int &s = m_start[size_t(events[i].stage)];
        if (s < 0)
            s = int(i);
    }
    follow(m_player->index());
}

void StageStrip::follow(int index)
{
    const int current = index >= 0 ? int(m_player->trace().events[size_t(index)].stage) : -1;
    for (int i = 0; i < 5; ++i) {
        StageButton::State s = StageButton::State::Coming;
        if (m_start[size_t(i)] < 0)
            s = StageButton::State::Absent;
        else if (i == current)
            s = StageButton::State::Current;
        else if (i < current)
            s = StageButton::State::Done;
        m_buttons[size_t(i)]->setState(s);
    }
    retranslate();
}

void StageStrip::retranslate()
{
    setAccessibleName(tr("Stages of sending an e-mail"));
    for (int i = 0; i < 5; ++i) {
        StageButton *b = m_buttons[size_t(i)];
        const QString title = engine::Narration::stageTitle(Stage(i));
        b->setText(title);
        QString state;
        switch (b->state()) {
        case StageButton::State::Current: state = tr("current stage"); break;
        case StageButton::State::Done: state = tr("done"); break;
        case StageButton::State::Coming: state = tr("to come"); break;
        case StageButton::State::Absent: state = tr("not in this scenario"); break;
        }
        b->setAccessibleName(tr("Stage %1: %2").arg(i + 1).arg(title));
        b->setAccessibleDescription(state);
        b->setToolTip(tr("Stage %1 of 5, %2. Click to go to its first step.").arg(i + 1).arg(state));
        b->updateGeometry();
    }
}

void StageStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace kurir::gui
