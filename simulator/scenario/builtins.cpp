#include "builtins.h"

#include <algorithm>

#include <QDir>
#include <QFile>

// Resources of a static library must be registered by name, outside any namespace.
static void initBuiltinResources()
{
    Q_INIT_RESOURCE(kurir_scenarios);
}

namespace kurir::scenario {

namespace {

constexpr const char *kFirst = "gmail-to-yahoo";

} // namespace

QList<BuiltinScenario> builtinScenarios()
{
    static const QList<BuiltinScenario> list = [] {
        initBuiltinResources();
        QList<BuiltinScenario> out;
        const QDir dir(QStringLiteral(":/scenarios"));
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            const QString resource = dir.filePath(name);
            QFile f(resource);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const LoadResult r = ScenarioLoader::loadBytes(f.readAll(), resource);
            if (!r.scenario)
                continue; // a broken built-in fails its own test; it must not break the list
            out.append({r.scenario->id, resource, r.scenario->title, r.scenario->description});
        }
        std::stable_sort(out.begin(), out.end(), [](const BuiltinScenario &a, const BuiltinScenario &b) {
            if ((a.id == kFirst) != (b.id == kFirst))
                return a.id == kFirst;
            return a.id < b.id;
        });
        return out;
    }();
    return list;
}

std::optional<LoadResult> loadBuiltin(QByteArrayView id)
{
    for (const BuiltinScenario &b : builtinScenarios()) {
        if (b.id != id)
            continue;
        QFile f(b.resource);
        if (!f.open(QIODevice::ReadOnly))
            return std::nullopt;
        return ScenarioLoader::loadBytes(f.readAll(), b.resource);
    }
    return std::nullopt;
}

LoadResult loadScenario(const QString &idOrPath)
{
    if (auto builtin = loadBuiltin(idOrPath.toUtf8()))
        return *builtin;
    return ScenarioLoader::loadFile(idOrPath);
}

} // namespace kurir::scenario
