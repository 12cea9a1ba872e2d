#pragma once

#include <QToolBar>

class QAction;
class QComboBox;
class QLabel;
class QSlider;

namespace kurir::gui {

class Player;

/// The teacher's controls: to start, step back, play/pause, step forward, to end, speed,
/// and where in the story we are. The keys work anywhere in the window: Space, Left/Right,
/// Home/End, and PageUp/PageDown, which is what a presentation clicker sends.
class PlaybackBar : public QToolBar
{
    Q_OBJECT

public:
    explicit PlaybackBar(Player *player, QWidget *parent = nullptr);

    QAction *toStartAction() const { return m_toStart; }
    QAction *backAction() const { return m_back; }
    QAction *playAction() const { return m_play; }
    QAction *forwardAction() const { return m_forward; }
    QAction *toEndAction() const { return m_toEnd; }
    QList<QAction *> playbackActions() const { return {m_toStart, m_back, m_play, m_forward, m_toEnd}; }
    QComboBox *speedBox() const { return m_speed; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void follow();

    Player *m_player;
    QAction *m_toStart, *m_back, *m_play, *m_forward, *m_toEnd;
    QLabel *m_speedLabel;
    QComboBox *m_speed;
    QSlider *m_slider;
    QLabel *m_position;
};

} // namespace kurir::gui
