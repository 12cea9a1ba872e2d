#pragma once

#include <memory>
#include <optional>

#include <QList>
#include <QString>

#include "engine/trace.h"
#include "scenario/scenarioloader.h"

namespace kurir::gui {

/// A scenario the window shows: where it came from, its words for the teacher, and the
/// trace of its run.
struct LoadedScenario
{
    QString source;  ///< a built-in id, or an absolute file path
    bool builtin = false;
    scenario::LocalizedText title;
    scenario::LocalizedText description;
    QList<scenario::TeacherNote> notes;
    std::shared_ptr<const engine::Trace> trace;
};

struct ScenarioLoad
{
    std::optional<LoadedScenario> scenario;
    QList<scenario::LoadError> errors; ///< translated, located: FILE:LINE:COL
    /// The world to run, when `scenario` has no trace yet (loadScenarioOnly).
    std::optional<scenario::Scenario> world;
};

/// Reads and checks a built-in id or a file; the world is left to run (runWorld).
ScenarioLoad loadScenarioOnly(const QString &idOrPath);
/// Runs a scenario's world to the end: its trace. Needs no GUI thread.
std::shared_ptr<const engine::Trace> runWorld(scenario::Scenario world);
/// Loads a built-in id or a file and runs its world to the end.
ScenarioLoad loadAndRun(const QString &idOrPath);

} // namespace kurir::gui
