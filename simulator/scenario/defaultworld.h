#pragma once

#include "scenario.h"

namespace kurir::scenario {

/// The familiar world of the lesson: Alice at Gmail, Bob at Yahoo, a DNS server, Bob's
/// mailbox, and Alice's one message to Bob. A scenario file starts from it and changes only
/// what it names, so a teacher's scenario can be a few lines long.
Scenario defaultWorld();

} // namespace kurir::scenario
