#include "playbackbar.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QSlider>
#include <QToolButton>

#include "player.h"
#include "visuals.h"

namespace kurir::gui {

namespace {

QString speedText(double s)
{
    if (s == 0.25)
        return QStringLiteral("¼×");
    if (s == 0.5)
        return QStringLiteral("½×");
    return QStringLiteral("%1×").arg(s);
}

} // namespace

PlaybackBar::PlaybackBar(Player *player, QWidget *parent)
    : QToolBar(parent)
    , m_player(player)
{
    setObjectName(QStringLiteral("playbackBar"));
    setMovable(false);
    setIconSize(QSize(24, 24));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto make = [this](const char *icon, QList<QKeySequence> keys, void (Player::*slot)()) {
        auto *a = new QAction(icon ? Visuals::icon(QString::fromLatin1(icon)) : QIcon(), QString(), this);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        a->setAutoRepeat(slot != &Player::togglePlay);
        connect(a, &QAction::triggered, m_player, slot);
        addAction(a);
        return a;
    };
    m_toStart = make("to-start", {Qt::Key_Home}, &Player::toStart);
    m_back = make("step-back", {Qt::Key_Left, Qt::Key_PageUp}, &Player::stepBack);
    m_play = make("play", {Qt::Key_Space}, &Player::togglePlay);
    m_forward = make(nullptr, {Qt::Key_Right, Qt::Key_PageDown}, &Player::stepForward);
    m_toEnd = make("to-end", {Qt::Key_End}, &Player::toEnd);
    // The button a teacher presses most stands out.
    if (auto *b = qobject_cast<QToolButton *>(widgetForAction(m_forward))) {
        b->setObjectName(QStringLiteral("nextStep"));
        b->setStyleSheet(QStringLiteral(
            "QToolButton#nextStep { background: #0072B2; color: white; font-weight: bold;"
            " border-radius: 5px; padding: 4px 12px; }"
            "QToolButton#nextStep:hover { background: #005A8C; }"
            "QToolButton#nextStep:pressed { background: #004B75; }"
            "QToolButton#nextStep:disabled { background: #B5BFC9; }"
            "QToolButton#nextStep:focus { border: 2px dotted white; }"));
    }

    addSeparator();
    m_speedLabel = new QLabel(this);
    m_speedLabel->setContentsMargins(8, 0, 4, 0);
    addWidget(m_speedLabel);
    m_speed = new QComboBox(this);
    for (double s : Player::kSpeeds)
        m_speed->addItem(speedText(s), s);
    m_speed->setCurrentIndex(2);
    m_speedLabel->setBuddy(m_speed);
    addWidget(m_speed);
    connect(m_speed, &QComboBox::activated, this, [this](int i) { m_player->setSpeed(m_speed->itemData(i).toDouble()); });
    connect(m_player, &Player::speedChanged, this, [this](double s) {
        const int i = m_speed->findData(s);
        if (i >= 0)
            m_speed->setCurrentIndex(i);
    });

    addSeparator();
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setMinimumWidth(160);
    m_slider->setFocusPolicy(Qt::TabFocus);
    addWidget(m_slider);
    connect(m_slider, &QSlider::actionTriggered, this, [this] {
        m_player->seek(m_slider->sliderPosition());
    });
    m_position = new QLabel(this);
    m_position->setContentsMargins(10, 0, 8, 0);
    QFont f = m_position->font();
    f.setBold(true);
    m_position->setFont(f);
    addWidget(m_position);

    connect(m_player, &Player::traceChanged, this, &PlaybackBar::follow);
    connect(m_player, &Player::indexChanged, this, &PlaybackBar::follow);
    connect(m_player, &Player::playingChanged, this, &PlaybackBar::retranslate);
    follow();
}

void PlaybackBar::follow()
{
    const int n = m_player->count();
    const int i = m_player->index();
    m_slider->setRange(0, std::max(0, n - 1));
    m_slider->setValue(std::max(0, i));
    m_slider->setEnabled(n > 1);
    for (QAction *a : {m_toStart, m_back})
        a->setEnabled(i > 0);
    for (QAction *a : {m_forward, m_toEnd})
        a->setEnabled(n > 0 && i < n - 1);
    m_play->setEnabled(n > 0);
    retranslate();
}

void PlaybackBar::retranslate()
{
    setWindowTitle(tr("Playback"));
    setAccessibleName(tr("Playback controls"));
    auto set = [](QAction *a, const QString &text, const QString &tip) {
        a->setText(text);
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, keys.join(QStringLiteral(", "))));
    };
    set(m_toStart, tr("Start"), tr("Go to the first step"));
    set(m_back, tr("Back"), tr("Step back"));
    const bool playing = m_player->isPlaying();
    m_play->setIcon(Visuals::icon(playing ? QStringLiteral("pause") : QStringLiteral("play")));
    set(m_play, playing ? tr("Pause") : tr("Play"), playing ? tr("Pause the story") : tr("Play the story step by step"));
    set(m_forward, tr("Next step ▶"), tr("Step forward"));
    set(m_toEnd, tr("End"), tr("Go to the last step"));
    m_speedLabel->setText(tr("Speed"));
    m_speed->setAccessibleName(tr("Playback speed"));
    m_speed->setToolTip(tr("How fast the story plays"));
    m_slider->setAccessibleName(tr("Position in the story"));
    m_slider->setToolTip(tr("Drag to go to any step"));
    const int n = m_player->count();
    m_position->setText(n > 0 ? tr("Step %1 of %2").arg(m_player->index() + 1).arg(n) : QString());
    m_position->setAccessibleName(m_position->text());
}

void PlaybackBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolBar::changeEvent(event);
}

} // namespace kurir::gui
