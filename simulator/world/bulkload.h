#pragma once

#include "scenario/scenario.h"

namespace kurir::world {

class World;

/// The bulk load of a scenario (scenario::Bulk): many domains with an MX each, and many
/// messages from one sender, generated deterministically from the scenario's seed.
class BulkLoad
{
public:
    /// Adds the generated domains and MX hosts to `scenario` (before the world is built).
    static void expand(scenario::Scenario &scenario);
    /// Puts the generated messages into the queue of the bulk's sending MTA, over time.
    static void schedule(World &world);
};

} // namespace kurir::world
