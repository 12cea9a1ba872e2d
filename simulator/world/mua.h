#pragma once

#include <QByteArray>

#include "scenario/scenario.h"

namespace kurir::world {

class World;

/// Alice's mail client: composes each of her messages (MIME, stage "compose") and submits
/// it to her provider's submission server on port 587 with STARTTLS and AUTH.
class Mua
{
public:
    Mua(World &world, const scenario::Host &host);

    /// Schedules the composition and submission of `message` (its index in the scenario).
    void send(int messageIndex);
    const QByteArray &hostId() const { return m_host.id; }

private:
    void compose(int messageIndex);
    void submit(int messageIndex, const QByteArray &content, qint32 messageRef);

    World &m_world;
    const scenario::Host &m_host;
    int m_actor = -1;
};

} // namespace kurir::world
