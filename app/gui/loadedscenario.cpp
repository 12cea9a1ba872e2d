#include "loadedscenario.h"

#include <QFileInfo>

#include "scenario/builtins.h"
#include "world/world.h"

namespace kurir::gui {

ScenarioLoad loadAndRun(const QString &idOrPath)
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
    world::World w(std::move(*loaded.scenario));
    w.run();
    s.trace = std::make_shared<const engine::Trace>(w.takeTrace());
    out.scenario = std::move(s);
    return out;
}

} // namespace kurir::gui
