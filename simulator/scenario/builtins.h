#pragma once

#include <QList>

#include "scenarioloader.h"

namespace kurir::scenario {

/// A scenario of Kurir's own library, embedded in the program.
struct BuiltinScenario
{
    QByteArray id;           ///< "gmail-to-yahoo"
    QString resource;        ///< ":/scenarios/gmail-to-yahoo.json"
    LocalizedText title;
    LocalizedText description;
};

/// The library, in lesson order (gmail-to-yahoo first, then by id).
QList<BuiltinScenario> builtinScenarios();
/// Loads a built-in scenario by id; nothing when no such id exists.
std::optional<LoadResult> loadBuiltin(QByteArrayView id);
/// Loads SCENARIO as the CLI and GUI take it: a built-in id, else a file path.
LoadResult loadScenario(const QString &idOrPath);

} // namespace kurir::scenario
