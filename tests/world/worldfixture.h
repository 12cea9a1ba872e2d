#pragma once

#include <gtest/gtest.h>

#include <memory>

#include "engine/trace.h"
#include "scenario/scenarioloader.h"
#include "support/printers.h"
#include "world/mailstore.h"
#include "world/world.h"

namespace kurir::test {

/// Loads a scenario from JSON text (on top of the default Gmail-to-Yahoo world) and runs it.
inline std::unique_ptr<world::World> runScenario(const QByteArray &json)
{
    const scenario::LoadResult loaded = scenario::ScenarioLoader::loadBytes(json, QStringLiteral("test.json"));
    if (!loaded.scenario) {
        for (const auto &e : loaded.errors)
            ADD_FAILURE() << e.toString().toStdString();
        return nullptr;
    }
    auto w = std::make_unique<world::World>(*loaded.scenario);
    w->run();
    return w;
}

/// The texts of the events of one kind, in order.
inline QByteArrayList texts(const engine::Trace &trace, engine::EventKind kind)
{
    QByteArrayList out;
    for (const engine::TraceEvent &e : trace.events)
        if (e.kind == kind)
            out << e.text;
    return out;
}

/// The narration keys of the trace, in order.
inline QByteArrayList keys(const engine::Trace &trace)
{
    QByteArrayList out;
    for (const engine::TraceEvent &e : trace.events)
        out << e.key;
    return out;
}

/// Replies (first line) that `actor` sent, in order.
inline QByteArrayList repliesFrom(const engine::Trace &trace, QByteArrayView actor)
{
    QByteArrayList out;
    const auto index = trace.actorIndex(actor);
    for (const engine::TraceEvent &e : trace.events)
        if (e.kind == engine::EventKind::SmtpReply && e.from == index)
            out << e.text.left(e.text.indexOf('\n') < 0 ? e.text.size() : e.text.indexOf('\n'));
    return out;
}

} // namespace kurir::test
