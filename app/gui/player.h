#pragma once

#include <memory>

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include "engine/trace.h"

namespace kurir::gui {

/// The one playback clock of the window: a trace and a position in it, (event index,
/// progress 0..1 of that event's travel). Every view is a function of this position, so
/// pausing, stepping, going back and changing speed always agree (ns-3 NetAnim's way).
///
///   Paused --play--> Playing --(last step arrived)--> Paused
///   Paused --stepForward--> Stepping --(arrived)--> Paused
///
/// At (i, 1) step i has happened; at (i, p < 1) it is on its way.
class Player : public QObject
{
    Q_OBJECT

public:
    /// The speeds the teacher chooses from.
    static constexpr double kSpeeds[] = {0.25, 0.5, 1.0, 2.0, 4.0};
    /// How long a step travels, and how long playback rests on it, at speed 1.
    static constexpr int kTravelMs = 900;
    static constexpr int kRestMs = 1800;

    explicit Player(QObject *parent = nullptr);

    /// Shows `trace` at step `index` (arrived); stops playback.
    void setTrace(std::shared_ptr<const engine::Trace> trace, int index = 0);
    const engine::Trace &trace() const { return *m_trace; }
    std::shared_ptr<const engine::Trace> sharedTrace() const { return m_trace; }
    int count() const { return int(m_trace->events.size()); }
    bool isEmpty() const { return m_trace->events.empty(); }

    int index() const { return m_index; }
    qreal progress() const { return m_progress; }
    bool isPlaying() const { return m_mode == Mode::Playing; }
    bool isMoving() const { return m_mode != Mode::Paused; }
    double speed() const { return m_speed; }
    /// Whether stepping forward shows the step travelling (on) or arriving at once (off:
    /// screenshots and tests).
    void setStepAnimation(bool on) { m_stepAnimation = on; }
    bool stepAnimation() const { return m_stepAnimation; }
    /// Ticks once per frame of the display the window is on (QScreen::refreshRate), so the
    /// envelope moves as smoothly as the screen can show it; 60 Hz until told.
    void setFrameRate(qreal hz);
    int frameIntervalMs() const { return m_timer.interval(); }
    /// True while the clock ticks; never while paused.
    bool isTicking() const { return m_timer.isActive(); }

public slots:
    void play();
    void pause();
    void togglePlay();
    void stepForward();
    void stepBack();
    void toStart();
    void toEnd();
    /// Moves to step `index` with the given progress; stops playback.
    void seek(int index, qreal progress = 1.0);
    void setSpeed(double speed);

signals:
    void traceChanged();
    /// Any change of (index, progress): the journey view repaints.
    void positionChanged(int index, qreal progress);
    /// The step changed: transcript, explanation and stage strip follow.
    void indexChanged(int index);
    void playingChanged(bool playing);
    void speedChanged(double speed);

private:
    enum class Mode { Paused, Playing, Stepping };

    void setPosition(int index, qreal progress);
    void setMode(Mode mode);
    void tick();

    std::shared_ptr<const engine::Trace> m_trace;
    int m_index = -1;
    qreal m_progress = 1.0;
    Mode m_mode = Mode::Paused;
    double m_speed = 1.0;
    bool m_stepAnimation = true;
    qint64 m_restedMs = 0; ///< time spent resting on an arrived step while playing
    QTimer m_timer;
    QElapsedTimer m_clock;
};

} // namespace kurir::gui
