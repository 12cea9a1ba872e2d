#pragma once

#include <optional>
#include <vector>

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace kurir::scenario {

/// A place in the file as an editor shows it: 1-based line and column. Columns count Unicode
/// code points (a tab counts 1, an emoji counts 1), so every editor's "go to line:column"
/// agrees with what Kurir reports. CR LF, a lone LF and a lone CR each end one line.
struct JsonPos
{
    int line = 1;
    int column = 1;

    friend bool operator==(const JsonPos &, const JsonPos &) = default;
};

/// One JSON value of a parsed document, with the position where it starts in the file.
/// Only parseJson() builds these; the tree is read-only for everyone else.
class JsonValue
{
public:
    enum class Type { Null, Bool, Number, String, Array, Object };
    struct Member;

    JsonValue() = default;

    Type type() const { return m_type; }
    JsonPos pos() const { return m_pos; } ///< the first character of the value
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    /// The boolean; false for any other type.
    bool toBool() const { return m_type == Type::Bool && m_bool; }
    /// The number as the nearest double (-0 stays -0); 0 for any other type.
    double toDouble() const { return m_type == Type::Number ? m_number : 0.0; }
    /// True when the number is mathematically an integer of magnitude below 2^53 (so that
    /// the double holds it exactly), however it was written: 25, 25.0, 2.5e1, -0.
    bool isInteger() const { return m_type == Type::Number && m_integer; }
    /// The integer when isInteger(), else 0 (never a silently rounded value).
    qint64 toInteger() const { return isInteger() ? qint64(m_number) : 0; }
    /// The number exactly as written in the file ("2.50e1"); empty for other types. Lets a
    /// caller report "25.5 is not a port" in the teacher's own spelling.
    const QString &numberLiteral() const;
    /// The decoded string (escapes resolved); empty for other types.
    const QString &toString() const;

    /// The elements of an array in file order; empty for other types.
    const std::vector<JsonValue> &items() const { return m_items; }
    /// The members of an object in file order. Duplicate keys are all kept, in order, so that
    /// the scenario loader can report the second one instead of one silently winning.
    const std::vector<Member> &members() const { return m_members; }
    /// The value of the first member named `key`, or nullptr (also for non-objects).
    const JsonValue *member(QStringView key) const;

    /// "null", "boolean", "number", "string", "array" or "object": JSON's own type names,
    /// which are terms of the format rather than prose, so callers may show them verbatim.
    QString typeName() const { return typeName(m_type); }
    static QString typeName(Type type);

private:
    friend class JsonParser;

    Type m_type = Type::Null;
    bool m_bool = false;
    bool m_integer = false;
    JsonPos m_pos;
    double m_number = 0.0;
    QString m_text; ///< the decoded string, or the literal of a number
    std::vector<JsonValue> m_items;
    std::vector<Member> m_members;
};

/// One `"key": value` pair of an object, with where the key starts.
struct JsonValue::Member
{
    QString key;
    JsonPos keyPos;
    JsonValue value;
};

/// What went wrong. Codes rather than text: the caller words them in the lesson's language.
enum class JsonErrorCode {
    Empty,                    ///< no bytes, or only whitespace (and perhaps a UTF-8 BOM)
    NotUtf8,                  ///< an ill-formed UTF-8 sequence starts here
    Binary,                   ///< a NUL anywhere, or another control character outside strings
    TooLarge,                 ///< more bytes than JsonLimits::maxBytes
    TooDeep,                  ///< this '[' or '{' nests deeper than JsonLimits::maxDepth
    UnexpectedEnd,            ///< the input stops before the document is complete
    UnexpectedCharacter,      ///< a character or word that cannot appear here
    BadEscape,                ///< a backslash escape other than \" \\ \/ \b \f \n \r \t \uXXXX
    BadUnicodeEscape,         ///< \u without four hex digits, or a lone surrogate
    ControlCharacterInString, ///< a raw tab, line break or other control character in a string
    BadNumber,                ///< 01, 1., .5, +1, -, 1e, 0x10, 1.2.3
    NumberOutOfRange,         ///< beyond a double: 1e400, or 1e-400, which would become 0
    TrailingComma,            ///< a comma right before ']' or '}'
    MissingComma,             ///< two values (or members) with nothing between them
    MissingColon,             ///< a key not followed by ':'
    KeyNotString,             ///< an object key that is not a double-quoted string
    TrailingContent,          ///< something after the complete document
    ByteOrderMark,            ///< a UTF-16 or UTF-32 byte order mark: the file is not UTF-8
};

/// What the grammar would have accepted where the error was found, so that the caller can
/// say "expected ',' or ']'" without knowing the parser's states.
enum class JsonExpected {
    Nothing,          ///< not about the grammar (encoding, limits, escapes, numbers)
    Value,            ///< any value: at the top, after ':' and after ',' in an array
    ValueOrArrayEnd,  ///< right after '['
    Key,              ///< a "string" key, after ',' in an object
    KeyOrObjectEnd,   ///< right after '{'
    Colon,            ///< after a key
    CommaOrArrayEnd,  ///< after an element
    CommaOrObjectEnd, ///< after a member's value
    EndOfInput,       ///< after the complete document
};

/// An error and where it is. `pos` is the offending character; for UnexpectedEnd and Empty it
/// is just after the last character; escape errors point at their backslash; TrailingComma at
/// the comma; MissingComma at the start of the second value; NumberOutOfRange and words
/// (UnexpectedCharacter on `True`) at their first character.
struct JsonError
{
    JsonErrorCode code = JsonErrorCode::UnexpectedCharacter;
    JsonPos pos;
    /// The offending text, not prose, at most 32 characters: the character ("x"; "U+00A0" for
    /// an invisible one), the word ("True"), the escape ("\q", "\uD83D"), the whole number
    /// ("1.2.3", while `pos` is at the second '.'), the byte ("0xC3"), the BOM ("UTF-16LE").
    /// TooLarge: the size in bytes; TooDeep: the limit. UnexpectedEnd: what was left open:
    /// "\"" a string, "\\" an escape, "tr" a word; empty between tokens (see `expected`).
    QString detail;
    JsonExpected expected = JsonExpected::Nothing;
};

inline constexpr int kJsonDepthCeiling = 1000;

/// Bounds that keep hostile or mistaken input (a log file picked by accident) cheap.
struct JsonLimits
{
    qsizetype maxBytes = 1 << 20;
    /// Containers nested deeper than this are TooDeep. Values above kJsonDepthCeiling count
    /// as the ceiling: copying and destroying a tree recurse, and that must fit the stack.
    int maxDepth = 64;
};

/// Either a value or an error, never both.
struct JsonParseResult
{
    std::optional<JsonValue> value;
    std::optional<JsonError> error;
};

/// Parses one JSON text by RFC 8259, strictly (no comments, no trailing commas, no NaN).
/// A UTF-8 BOM is skipped. Linear in the input, no recursion; the first error stops it.
JsonParseResult parseJson(QByteArrayView bytes, const JsonLimits &limits = {});

} // namespace kurir::scenario
