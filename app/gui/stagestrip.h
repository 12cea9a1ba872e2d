#pragma once

#include <array>

#include <QAbstractButton>
#include <QWidget>

#include "engine/trace.h"

namespace kurir::gui {

class Player;

/// One stage of the strip: a numbered chevron, lit when it is the current stage.
class StageButton : public QAbstractButton
{
    Q_OBJECT

public:
    enum class State { Done, Current, Coming, Absent };

    StageButton(int number, QWidget *parent = nullptr);
    void setState(State state);
    State state() const { return m_state; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_number;
    State m_state = State::Coming;
};

/// The five stages of the seed text across the top (Komposisi Pesan, Koneksi ke Server
/// SMTP, Otentikasi, Pengiriman Pesan, Penyerahan Pesan) with the current one lit. Clicking
/// a stage goes to its first step.
class StageStrip : public QWidget
{
    Q_OBJECT

public:
    explicit StageStrip(Player *player, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void follow(int index);

    Player *m_player;
    std::array<StageButton *, 5> m_buttons{};
    std::array<int, 5> m_start{-1, -1, -1, -1, -1};
};

} // namespace kurir::gui
