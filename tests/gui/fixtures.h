#pragma once

#include <memory>

#include "engine/trace.h"
#include "loadedscenario.h"

namespace kurir::gui::test {

/// The trace of the first lesson, run once and shared by the tests.
inline std::shared_ptr<const engine::Trace> gmailToYahoo()
{
    static const std::shared_ptr<const engine::Trace> trace = [] {
        ScenarioLoad load = loadAndRun(QStringLiteral("gmail-to-yahoo"));
        return load.scenario ? load.scenario->trace : std::make_shared<const engine::Trace>();
    }();
    return trace;
}

/// The trace of built-in lesson `id`, run anew (null if it cannot be loaded).
inline std::shared_ptr<const engine::Trace> lesson(const QString &id)
{
    ScenarioLoad load = loadAndRun(id);
    return load.scenario ? load.scenario->trace : nullptr;
}

/// The index of the first event of `kind` whose text starts with `prefix`.
inline int findEvent(const engine::Trace &trace, engine::EventKind kind, QByteArrayView prefix = {})
{
    for (size_t i = 0; i < trace.events.size(); ++i)
        if (trace.events[i].kind == kind && trace.events[i].text.startsWith(prefix))
            return int(i);
    return -1;
}

} // namespace kurir::gui::test
