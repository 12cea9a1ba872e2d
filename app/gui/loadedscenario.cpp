#include "loadedscenario.h"

#include <QFileInfo>

#include "scenario/builtins.h"
#include "world/world.h"

namespace kurir::gui {

ScenarioLoad loadScenarioOnly(const QString &idOrPath)
{
    ScenarioLoad out;
    bool builtin = false;
    for (const scenario::BuiltinScenario &b : scenario::builtinScenarios())
        builtin = builtin || QString::fromUtf8(b.id) == idOrPath;
    scenario::LoadResult loaded = scenario::loadScenario(idOrPath);
    if (!loaded.scenario) {
        out.errors = loaded.errors;
        return out;
    }
    LoadedScenario s;
    s.builtin = builtin;
    s.source = builtin ? idOrPath : QFileInfo(idOrPath).absoluteFilePath();
    s.title = loaded.scenario->title;
    s.description = loaded.scenario->description;
    s.notes = loaded.scenario->notes;
    if (s.title.isEmpty())
        s.title = {QFileInfo(idOrPath).fileName(), QFileInfo(idOrPath).fileName()};
    out.world = std::move(*loaded.scenario);
    out.scenario = std::move(s);
    return out;
}

std::shared_ptr<const engine::Trace> runWorld(scenario::Scenario world)
{
    world::World w(std::move(world));
    w.run();
    return std::make_shared<const engine::Trace>(w.takeTrace());
}

ScenarioLoad loadAndRun(const QString &idOrPath)
{
    ScenarioLoad out = loadScenarioOnly(idOrPath);
    if (out.scenario && out.world) {
        out.scenario->trace = runWorld(std::move(*out.world));
        out.world.reset();
    }
    return out;
}

} // namespace kurir::gui
