#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "scenario.h"

namespace kurir::scenario {

class JsonValue;

/// One problem in a scenario file, located for the teacher's editor.
struct LoadError
{
    QString file;
    int line = 0;    ///< 1-based; 0 when the problem is the file as a whole
    int column = 0;
    QString path;    ///< JSON path, e.g. "messages[0].to[1]"
    QString message; ///< translated

    /// `FILE:LINE:COL: message (at path)`, the form compilers use, so editors can jump there.
    QString toString() const;
};

struct LoadResult
{
    std::optional<Scenario> scenario;
    QList<LoadError> errors;
};

/// Reads scenario files (`"kurir-scenario": 1`, JSON): syntax, types, unknown fields (with
/// "did you mean"), references and addresses are all checked, and every problem found is
/// reported, not only the first. A file starts from the default world (defaultworld.h) and
/// changes only what it names.
class ScenarioLoader
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioLoader)

public:
    static constexpr qsizetype kMaxFileSize = 1 << 20;

    /// Loads a file from disk; missing, unreadable, huge, binary or malformed files give errors.
    static LoadResult loadFile(const QString &path);
    /// Loads from bytes; `fileName` only names the source in errors.
    static LoadResult loadBytes(const QByteArray &bytes, const QString &fileName);
};

/// The differences between what a scenario expects and what happened.
struct ExpectationReport
{
    QStringList problems; ///< translated, empty when all matched
};

} // namespace kurir::scenario
