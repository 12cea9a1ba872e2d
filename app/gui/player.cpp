#include "player.h"

#include <algorithm>

namespace kurir::gui {

Player::Player(QObject *parent)
    : QObject(parent)
    , m_trace(std::make_shared<engine::Trace>())
{
    m_timer.setTimerType(Qt::PreciseTimer);
    setFrameRate(60);
    connect(&m_timer, &QTimer::timeout, this, &Player::tick);
}

void Player::setTrace(std::shared_ptr<const engine::Trace> trace, int index)
{
    setMode(Mode::Paused);
    m_trace = trace ? std::move(trace) : std::make_shared<engine::Trace>();
    m_index = isEmpty() ? -1 : std::clamp(index, 0, count() - 1);
    m_progress = 1.0;
    emit traceChanged();
    emit indexChanged(m_index);
    emit positionChanged(m_index, m_progress);
}

void Player::setFrameRate(qreal hz)
{
    // A screen that reports nothing sensible (0, or a virtual one) gets 60 Hz.
    if (!(hz >= 20 && hz <= 500))
        hz = 60;
    m_timer.setInterval(std::max(2, int(1000.0 / hz)));
}

void Player::play()
{
    if (isEmpty() || m_mode == Mode::Playing)
        return;
    if (m_index == count() - 1 && m_progress >= 1.0)
        setPosition(0, 0.0); // at the end, play starts the story again
    m_restedMs = 0;
    setMode(Mode::Playing);
}

void Player::pause()
{
    if (m_mode == Mode::Stepping)
        setPosition(m_index, 1.0); // a step in flight arrives; it was asked for
    setMode(Mode::Paused);
}

void Player::togglePlay()
{
    if (m_mode == Mode::Playing)
        pause();
    else
        play();
}

void Player::stepForward()
{
    if (isEmpty())
        return;
    if (m_index >= count() - 1) {
        pause();
        setPosition(count() - 1, 1.0);
        return;
    }
    // Each press moves one step, even while the previous one is still travelling, so a
    // teacher clicking quickly never loses a step.
    if (m_stepAnimation) {
        setPosition(m_index + 1, 0.0);
        setMode(Mode::Stepping);
    } else {
        setMode(Mode::Paused);
        setPosition(m_index + 1, 1.0);
    }
}

void Player::stepBack()
{
    if (isEmpty())
        return;
    setMode(Mode::Paused);
    // Back goes to the previous step that has fully happened: from (i, p) to (i - 1, 1).
    setPosition(std::max(0, m_index - 1), 1.0);
}

void Player::toStart()
{
    seek(0, 1.0);
}

void Player::toEnd()
{
    seek(count() - 1, 1.0);
}

void Player::seek(int index, qreal progress)
{
    if (isEmpty())
        return;
    setMode(Mode::Paused);
    setPosition(std::clamp(index, 0, count() - 1), std::clamp(progress, 0.0, 1.0));
}

void Player::setSpeed(double speed)
{
    speed = std::clamp(speed, kSpeeds[0], kSpeeds[std::size(kSpeeds) - 1]);
    if (qFuzzyCompare(speed, m_speed))
        return;
    m_speed = speed;
    emit speedChanged(m_speed);
}

void Player::setPosition(int index, qreal progress)
{
    const bool indexChange = index != m_index;
    // Moves too small to see are dropped, but never the arrival: a travel summed from frame
    // times can stop a rounding step short of 1.0 (0.9999999999999999), and only at 1.0 does
    // tick() end the step and Play rest before the next one.
    const bool arrives = progress >= 1.0 && m_progress < 1.0;
    if (!indexChange && !arrives && qFuzzyCompare(1.0 + progress, 1.0 + m_progress))
        return;
    m_index = index;
    m_progress = progress;
    if (indexChange)
        emit indexChanged(m_index);
    emit positionChanged(m_index, m_progress);
}

void Player::setMode(Mode mode)
{
    const bool wasPlaying = isPlaying();
    m_mode = mode;
    if (mode == Mode::Paused) {
        m_timer.stop(); // nothing moves while paused
    } else if (!m_timer.isActive()) {
        m_clock.start();
        m_timer.start();
    }
    if (wasPlaying != isPlaying())
        emit playingChanged(isPlaying());
}

void Player::tick()
{
    const qint64 elapsed = m_clock.restart();
    const double dt = double(std::min<qint64>(elapsed, 100)) * m_speed; // no jumps after a stall
    int index = m_index;
    qreal progress = m_progress;
    if (progress < 1.0) {
        progress = std::min(1.0, progress + dt / kTravelMs);
    } else if (m_mode == Mode::Playing) {
        m_restedMs += qint64(dt);
        if (m_restedMs >= kRestMs) {
            m_restedMs = 0;
            if (index < count() - 1) {
                ++index;
                progress = 0.0;
            }
        }
    }
    setPosition(index, progress);
    if (m_progress >= 1.0) {
        if (m_mode == Mode::Stepping)
            setMode(Mode::Paused);
        else if (m_mode == Mode::Playing && m_index == count() - 1)
            setMode(Mode::Paused);
    }
}

} // namespace kurir::gui
