#pragma once

#include <array>
#include <vector>

#include "engine/trace.h"

namespace kurir::gui {

/// What the views need to know about a trace at any step, worked out once when the trace is
/// loaded, so that drawing step i never replays the events before it. Stepping back is then
/// as cheap and as exact as stepping forward.
class TraceDigest
{
public:
    enum class LinkState : quint8 { Closed, Open, Tls };

    /// A path between two actors that some event travels (TCP connection or DNS).
    struct Link
    {
        int a = -1, b = -1;  ///< actor indices, a < b
        bool dns = false;    ///< carries DNS (UDP): drawn dashed, never "open"
        /// (event index, state after that event), in event order.
        std::vector<std::pair<int, LinkState>> changes;
    };

    /// Where the message of the lesson is after an event: which actor holds it, which
    /// snapshot, and whether it is a bounce.
    struct Holder
    {
        qint16 actor = -1;
        qint32 message = -1;
        bool returned = false; ///< a failed delivery on its way back, or a bounce
    };

    TraceDigest() = default;
    explicit TraceDigest(const engine::Trace &trace);

    /// The first event of each stage, -1 when the story has none.
    int stageStart(engine::Stage stage) const { return m_stageStart[size_t(stage)]; }
    /// The stages the story has, in order, for "done"/"to come" in the stage strip.
    bool hasStage(engine::Stage stage) const { return stageStart(stage) >= 0; }

    const std::vector<Link> &links() const { return m_links; }
    int linkBetween(int a, int b) const;
    /// The state of a link once `event` has happened (-1: before the first event).
    LinkState linkState(int link, int event) const;

    /// The holder once `event` has happened (-1: before the first event).
    Holder holderAfter(int event) const;
    /// True when `event` carries the message itself along its link (DATA, store, or a refusal
    /// that sends the message back).
    bool carriesMessage(int event) const;

private:
    std::array<int, 5> m_stageStart{-1, -1, -1, -1, -1};
    std::vector<Link> m_links;
    std::vector<Holder> m_holder;  ///< per event
    std::vector<bool> m_carries;   ///< per event
};

} // namespace kurir::gui
