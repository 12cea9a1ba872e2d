#include "scenarioloader.h"

#include <algorithm>
#include <filesystem>

#include <QFile>
#include <QFileInfo>

#include "defaultworld.h"
#include "jsontree.h"
#include "scenarioreader.h"

namespace kurir::scenario {

QString LoadError::toString() const
{
    QString where = file;
    if (line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    QString text = QStringLiteral("%1: %2").arg(where, message);
    if (!path.isEmpty())
        text += QStringLiteral(" (%1)").arg(path);
    return text;
}

namespace {

using detail::Reader;

QString jsonErrorText(const JsonError &e)
{
    using C = JsonErrorCode;
    switch (e.code) {
    case C::Empty: return ScenarioLoader::tr("the file is empty");
    case C::NotUtf8: return ScenarioLoader::tr("the file is not UTF-8 text");
    case C::Binary: return ScenarioLoader::tr("the file holds binary data, not JSON text");
    case C::TooLarge: return ScenarioLoader::tr("the file is too large for a scenario (more than 1 MB)");
    case C::TooDeep: return ScenarioLoader::tr("the JSON is nested too deeply");
    case C::UnexpectedEnd: return ScenarioLoader::tr("the file ends too early: a closing bracket or quote is missing");
    case C::UnexpectedCharacter: return ScenarioLoader::tr("unexpected character %1").arg(e.detail);
    case C::BadEscape:
        return ScenarioLoader::tr("invalid escape %1 in a string; a backslash itself is written \\\\").arg(e.detail);
    case C::BadUnicodeEscape: return ScenarioLoader::tr("invalid \\u escape in a string");
    case C::ControlCharacterInString: return ScenarioLoader::tr("a string may not contain a line break or tab: write \\n or \\t");
    case C::BadNumber: return ScenarioLoader::tr("invalid number");
    case C::NumberOutOfRange: return ScenarioLoader::tr("number out of range");
    case C::TrailingComma: return ScenarioLoader::tr("comma before a closing bracket: remove it");
    case C::MissingComma: return ScenarioLoader::tr("a comma is missing between two values");
    case C::MissingColon: return ScenarioLoader::tr("a colon is missing after the field name");
    case C::KeyNotString: return ScenarioLoader::tr("field names must be in double quotes");
    case C::TrailingContent: return ScenarioLoader::tr("more text after the end of the JSON document");
    case C::ByteOrderMark: return ScenarioLoader::tr("the file is UTF-16 or UTF-32; save it as UTF-8");
    }
    return ScenarioLoader::tr("invalid JSON");
}

} // namespace

LoadResult ScenarioLoader::loadBytes(const QByteArray &bytes, const QString &fileName)
{
    LoadResult result;
    const JsonParseResult parsed = parseJson(bytes, JsonLimits{kMaxFileSize, 64});
    if (parsed.error) {
        const JsonError &e = *parsed.error;
        const bool whole = e.code == JsonErrorCode::Empty || e.code == JsonErrorCode::TooLarge;
        result.errors.append({fileName, whole ? 0 : e.pos.line, whole ? 0 : e.pos.column, {}, jsonErrorText(e)});
        return result;
    }
    Reader reader(fileName);
    const JsonValue &root = *parsed.value;
    if (!reader.is(root, JsonValue::Type::Object, {})) {
        result.errors = reader.errors;
        return result;
    }
    Scenario s = defaultWorld();
    reader.readScenario(root, s);
    result.errors = reader.errors;
    // A teacher reads the problems top-down beside the file: in the order of the file, not
    // in the order the loader found them (references are checked after reading).
    std::stable_sort(result.errors.begin(), result.errors.end(), [](const LoadError &a, const LoadError &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    if (result.errors.isEmpty())
        result.scenario = std::move(s);
    return result;
}

LoadResult ScenarioLoader::loadFile(const QString &path)
{
    const QFileInfo info(path);
    LoadResult result;
    if (!info.exists()) {
        result.errors.append({path, 0, 0, {}, tr("no such file")});
        return result;
    }
    if (info.isDir()) {
        result.errors.append({path, 0, 0, {}, tr("this is a folder, not a scenario file")});
        return result;
    }
    // A pipe or a device would block or never end: only regular files are read.
    std::error_code ec;
    if (!std::filesystem::is_regular_file(std::filesystem::path(path.toStdString()), ec)) {
        result.errors.append({path, 0, 0, {}, tr("this is not a regular file")});
        return result;
    }
    if (info.size() > kMaxFileSize) {
        result.errors.append({path, 0, 0, {}, tr("the file is too large for a scenario (more than 1 MB)")});
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors.append({path, 0, 0, {}, tr("cannot read the file: %1").arg(file.errorString())});
        return result;
    }
    // Read at most one byte past the cap: a file that grew (or a device) cannot make us
    // swallow more than that.
    const QByteArray bytes = file.read(kMaxFileSize + 1);
    LoadResult loaded = loadBytes(bytes, path);
    if (loaded.scenario && loaded.scenario->id.isEmpty())
        loaded.scenario->id = info.completeBaseName().toUtf8();
    return loaded;
}

} // namespace kurir::scenario

