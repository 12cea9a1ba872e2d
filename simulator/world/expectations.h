#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "scenario/scenario.h"
#include "world.h"

namespace kurir::world {

/// Compares what a scenario says should happen (its "expect") with what did.
class Expectations
{
    Q_DECLARE_TR_FUNCTIONS(Expectations)

public:
    /// Translated descriptions of each difference; empty when everything matched or the
    /// scenario expects nothing.
    static QStringList check(const scenario::Scenario &scenario, const Outcome &outcome);
};

} // namespace kurir::world
