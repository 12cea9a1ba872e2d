#pragma once

#include <QWidget>

#include "journeylayout.h"
#include "tracedigest.h"
#include "visuals.h"

namespace kurir::gui {

class Player;

/// The journey of the message (centre of the window): the actors as figures with their
/// names and addresses, the links between them (tinted, with a padlock, under TLS), the
/// envelope where the message is, and the current step travelling along its link with a
/// bubble of what it says. Painted as a function of the player's (index, progress) only.
class JourneyView : public QWidget
{
    Q_OBJECT

public:
    explicit JourneyView(Player *player, QWidget *parent = nullptr);

    QSize sizeHint() const override { return {900, 520}; }
    QSize minimumSizeHint() const override { return {360, 220}; }

    /// Larger type and stronger contrast, for the projector: always the light look.
    void setPresentation(bool on);
    bool isPresentation() const { return m_presentation; }
    const Visuals::Theme &theme() const { return m_theme; }

    /// The digest of `trace`, worked out elsewhere (on the thread that ran the world): used
    /// when the player shows that trace, instead of working it out again.
    void adoptDigest(std::shared_ptr<const engine::Trace> trace, TraceDigest digest);

    /// The caption of a step's bubble ("Command", "2xx success", "DNS question", ...).
    static QString caption(const engine::TraceEvent &event);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void paintHalos(QPainter &p, int index) const;
    void paintLinks(QPainter &p, int index, qreal progress) const;
    void paintActors(QPainter &p, int index) const;
    void paintEnvelope(QPainter &p, int index, qreal progress) const;
    void paintStep(QPainter &p, int index, qreal progress) const;
    /// `besideActor`: an actor of the row below the bubble stands beside, or -1 (above).
    void paintBubble(QPainter &p, const engine::TraceEvent &e, QPointF anchor, int besideActor) const;
    QPointF travelPoint(const engine::TraceEvent &e, qreal progress) const;
    QPointF restPoint(int actor) const;
    int actorAt(QPointF pos) const;
    QFont bubbleFont() const;
    QFont captionFont() const;
    qreal bubbleReserve() const;

    Player *m_player;
    bool m_presentation = false;
    Visuals::Theme m_theme;
    TraceDigest m_digest;
    std::shared_ptr<const engine::Trace> m_adoptedFor;
    TraceDigest m_adopted;
    JourneyLayout m_layout;
};

} // namespace kurir::gui
