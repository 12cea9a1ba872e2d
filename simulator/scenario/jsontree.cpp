#include "jsontree.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <utility>
#include <system_error>

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QStringDecoder>

namespace kurir::scenario {

// ---- JsonValue ------------------------------------------------------------------------------

const QString &JsonValue::numberLiteral() const
{
    static const QString empty;
    return m_type == Type::Number ? m_text : empty;
}

const QString &JsonValue::toString() const
{
    static const QString empty;
    return m_type == Type::String ? m_text : empty;
}

const JsonValue *JsonValue::member(QStringView key) const
{
    for (const Member &m : m_members) {
        if (m.key == key)
            return &m.value;
    }
    return nullptr;
}

QString JsonValue::typeName(Type type)
{
    static const char *const names[] = {"null", "boolean", "number", "string", "array", "object"};
    return QString::fromLatin1(names[int(type)]);
}

namespace {

// Details quote the input; a few dozen characters say enough and keep a hostile megabyte-long
// word out of the error message.
constexpr qsizetype kMaxDetailBytes = 32;

bool isWhitespace(uchar c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool isDigit(uchar c) { return c >= '0' && c <= '9'; }
bool isLetter(uchar c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isWordChar(uchar c) { return isLetter(c) || isDigit(c) || c == '_'; }
bool isControl(uchar c) { return c < 0x20 || c == 0x7f; }
bool isValueStart(uchar c)
{
    return c == '{' || c == '[' || c == '"' || c == '-' || isDigit(c) || c == 't' || c == 'f'
           || c == 'n';
}

/// Decodes valid UTF-8. Unlike QString::fromUtf8, which drops a leading U+FEFF as a byte
/// order mark, this keeps it: inside a JSON string it is content, and a key that starts with
/// an invisible U+FEFF must stay distinct from the same key without it.
QString decodeUtf8(QByteArrayView bytes)
{
    if (!bytes.startsWith("\xef\xbb\xbf"))
        return QString::fromUtf8(bytes); // the fast path, for all but that odd case
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom
                                                     | QStringDecoder::Flag::Stateless);
    return decoder.decode(bytes);
}

QString byteText(uchar byte)
{
    return QStringLiteral("0x%1").arg(QString::number(byte, 16).toUpper(), 2, QLatin1Char('0'));
}

QString codePointName(char32_t ucs)
{
    return QStringLiteral("U+%1").arg(uint(ucs), 4, 16, QLatin1Char('0')).toUpper();
}

/// The code point starting at `offset` of valid UTF-8, as text; invisible ones (controls,
/// no-break and other odd spaces pasted from word processors) by their U+ name instead.
QString codePointText(QByteArrayView bytes, qsizetype offset)
{
    const uchar lead = uchar(bytes[offset]);
    const qsizetype length = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    const QString text = decodeUtf8(bytes.sliced(offset, std::min(length, bytes.size() - offset)));
    const char32_t ucs = text.toUcs4().value(0);
    if (!QChar::isPrint(ucs) || QChar::isSpace(ucs))
        return codePointName(ucs);
    return text;
}

/// The ASCII run of `accept` characters from `offset`, capped, as the detail of an error.
template<typename Accept>
QString runText(QByteArrayView bytes, qsizetype offset, Accept accept)
{
    qsizetype end = offset;
    while (end < bytes.size() && end - offset < kMaxDetailBytes && accept(uchar(bytes[end])))
        ++end;
    return QString::fromLatin1(bytes.sliced(offset, end - offset));
}

bool isNumberChar(uchar c)
{
    return isWordChar(c) || c == '.' || c == '+' || c == '-';
}

/// "UTF-16LE" or "UTF-16BE" when the bytes look like UTF-16 text without a byte order mark
/// (Windows tools write it so): ASCII characters each followed, or preceded, by a NUL. A JSON
/// document starts with ASCII ('{' or whitespace), so its first characters tell.
const char *utf16WithoutBom(QByteArrayView bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 64);
    if (n < 4)
        return nullptr;
    bool little = true, big = true;
    for (qsizetype i = 0; i < n; i += 2) {
        const uchar a = uchar(bytes[i]), b = uchar(bytes[i + 1]);
        little = little && a != 0 && a < 0x80 && b == 0;
        big = big && a == 0 && b != 0 && b < 0x80;
    }
    return little ? "UTF-16LE" : big ? "UTF-16BE" : nullptr;
}

/// The first ill-formed UTF-8 sequence or NUL at or after `from` (Unicode 15 §3.9, Table 3-7:
/// no overlong forms, no surrogates, nothing above U+10FFFF), or -1.
qsizetype firstBadByte(QByteArrayView bytes, qsizetype from)
{
    for (qsizetype i = from; i < bytes.size();) {
        const uchar c = uchar(bytes[i]);
        if (c == 0)
            return i;
        if (c < 0x80) {
            ++i;
            continue;
        }
        // By lead byte: the length, and the range of the second byte that excludes overlong
        // forms (E0, F0), surrogates (ED) and values above U+10FFFF (F4). C0, C1, F5+ never lead.
        const int length = c >= 0xc2 && c <= 0xdf   ? 2
                           : c >= 0xe0 && c <= 0xef ? 3
                           : c >= 0xf0 && c <= 0xf4 ? 4
                                                    : 0;
        const uchar lo = c == 0xe0 ? 0xa0 : c == 0xf0 ? 0x90 : 0x80;
        const uchar hi = c == 0xed ? 0x9f : c == 0xf4 ? 0x8f : 0xbf;
        if (length == 0 || i + length > bytes.size() || uchar(bytes[i + 1]) < lo
            || uchar(bytes[i + 1]) > hi)
            return i;
        for (int k = 2; k < length; ++k) {
            if ((uchar(bytes[i + k]) & 0xc0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}

/// Turns byte offsets into lines and columns. Positions are asked for in increasing order
/// while parsing, so the counter only moves forward and the whole parse stays linear even
/// on a minified one-line megabyte; an error that looks back (the comma of a trailing
/// comma) rescans once from the start.
class LineCounter
{
public:
    LineCounter(QByteArrayView bytes, qsizetype start)
        : m_bytes(bytes), m_start(start), m_offset(start)
    {
    }

    JsonPos at(qsizetype offset)
    {
        if (offset < m_offset) {
            m_offset = m_start;
            m_pos = {};
        }
        for (; m_offset < offset; ++m_offset) {
            const uchar c = uchar(m_bytes[m_offset]);
            const bool crlf = c == '\n' && m_offset > m_start && m_bytes[m_offset - 1] == '\r';
            if (c == '\r' || (c == '\n' && !crlf)) {
                ++m_pos.line;
                m_pos.column = 1;
            } else if (c != '\n' && (c & 0xc0) != 0x80) {
                ++m_pos.column; // a lead or ASCII byte starts a code point; continuations don't
            }
        }
        return m_pos;
    }

private:
    QByteArrayView m_bytes;
    qsizetype m_start;
    qsizetype m_offset;
    JsonPos m_pos;
};

/// Whether a valid number literal is an integer, judged on its decimal digits rather than
/// the rounded double: 0.1e1 is the integer 1, while 1.00000000000000001 is not, though
/// both convert to the double 1.0.
bool isIntegral(QByteArrayView literal)
{
    qsizetype e = literal.indexOf('e');
    if (e < 0)
        e = literal.indexOf('E');
    if (e < 0)
        e = literal.size();
    qint64 exponent = 0;
    for (qsizetype k = e + 1; k < literal.size(); ++k) {
        if (isDigit(uchar(literal[k])) && exponent < qint64(1e15)) // beyond: out of range anyway
            exponent = exponent * 10 + (literal[k] - '0');
    }
    if (e + 1 < literal.size() && literal[e + 1] == '-')
        exponent = -exponent;
    // The exponent must cover the fraction up to its last nonzero digit; without one, the
    // integer part's trailing zeros may absorb a negative exponent (2500e-2).
    const qsizetype dot = literal.indexOf('.');
    qsizetype last = e - 1;
    while (dot >= 0 && last > dot && literal[last] == '0')
        --last;
    if (dot >= 0 && last > dot)
        return exponent >= last - dot;
    const qsizetype intStart = literal.startsWith('-') ? 1 : 0;
    const qsizetype intEnd = dot >= 0 ? dot : e;
    qsizetype zeros = 0;
    while (intEnd - 1 - zeros >= intStart && literal[intEnd - 1 - zeros] == '0')
        ++zeros;
    return zeros == intEnd - intStart || exponent >= -zeros; // zero, or zeros enough
}

} // namespace

// ---- JsonParser -----------------------------------------------------------------------------

/// The parser: a loop over one state (what the grammar expects next) and an explicit stack
/// of open containers, so that nesting costs heap, not call stack, and the depth limit is
/// checked before anything is pushed.
///
///   Value --scalar--> parent's CommaOr...End (EndOfInput at the top)
///   Value --'['--> ValueOrArrayEnd --value--> CommaOrArrayEnd --','--> Value
///                                             CommaOrArrayEnd --']'--> parent's CommaOr...End
///   Value --'{'--> KeyOrObjectEnd --key--> Colon --':'--> Value --value--> CommaOrObjectEnd
///                                                 CommaOrObjectEnd --','--> Key --key--> Colon
class JsonParser
{
public:
    JsonParser(QByteArrayView bytes, const JsonLimits &limits)
        : m_bytes(bytes), m_limits(limits), m_lines(bytes, 0)
    {
        m_limits.maxDepth = std::clamp(m_limits.maxDepth, 0, kJsonDepthCeiling);
    }

    JsonParseResult run();

private:
    struct Frame
    {
        JsonValue value; ///< the open array or object, holding its finished children
        QString key;     ///< objects: the key whose value is being parsed
        JsonPos keyPos;
    };

    bool checkInput();
    bool step();
    bool parseValue();
    bool parseString(QString *out);
    bool parseEscape(qsizetype *at, QString *out);
    bool parseUnicodeEscape(qsizetype at, char16_t *unit);
    bool parseNumber();
    bool openContainer(JsonValue::Type type);
    bool closeContainer();
    bool finish(JsonValue &&value);

    bool fail(JsonErrorCode code, qsizetype offset, QString detail = {},
              JsonExpected expected = JsonExpected::Nothing);
    bool failUnexpected(JsonErrorCode code);
    QString escapeText(qsizetype at) const;
    uchar peek() const { return uchar(m_bytes[m_i]); }
    bool atEnd() const { return m_i >= m_bytes.size(); }
    void skipWhitespace()
    {
        while (!atEnd() && isWhitespace(peek()))
            ++m_i;
    }

    QByteArrayView m_bytes;
    JsonLimits m_limits;
    LineCounter m_lines;
    qsizetype m_i = 0;          ///< the next unread byte
    qsizetype m_lastComma = -1; ///< for TrailingComma, which points back at it
    JsonExpected m_expect = JsonExpected::Value;
    std::vector<Frame> m_stack;
    std::optional<JsonValue> m_root;
    std::optional<JsonError> m_error;
};

JsonParseResult JsonParser::run()
{
    if (checkInput()) {
        while (step()) {
        }
    }
    if (m_error)
        return {std::nullopt, m_error};
    return {std::move(m_root), std::nullopt};
}

/// The checks before the grammar, cheapest first: the size before reading a byte (a
/// multi-gigabyte file picked by mistake must cost nothing), then the encoding of the file.
bool JsonParser::checkInput()
{
    if (m_bytes.size() > m_limits.maxBytes)
        return fail(JsonErrorCode::TooLarge, 0, QString::number(m_bytes.size()));
    // UTF-32LE first: its BOM starts with the UTF-16LE one.
    static const std::pair<QByteArrayView, const char *> boms[] = {
        {QByteArrayView("\xff\xfe\0\0", 4), "UTF-32LE"},
        {QByteArrayView("\0\0\xfe\xff", 4), "UTF-32BE"},
        {QByteArrayView("\xff\xfe", 2), "UTF-16LE"},
        {QByteArrayView("\xfe\xff", 2), "UTF-16BE"}};
    for (const auto &[bom, name] : boms) {
        if (m_bytes.startsWith(bom))
            return fail(JsonErrorCode::ByteOrderMark, 0, QString::fromLatin1(name));
    }
    // A UTF-8 BOM is harmless (Notepad writes one); RFC 8259 §8.1 lets parsers ignore it.
    // Columns start after it, as editors do not show it.
    if (m_bytes.startsWith("\xef\xbb\xbf"))
        m_i = 3;
    if (const char *name = utf16WithoutBom(m_bytes))
        return fail(JsonErrorCode::ByteOrderMark, 0, QString::fromLatin1(name));
    m_lines = LineCounter(m_bytes, m_i);
    if (const qsizetype bad = firstBadByte(m_bytes, m_i); bad >= 0) {
        // A NUL anywhere means a binary or UTF-16 file, not a string with an odd character.
        if (m_bytes[bad] == '\0')
            return fail(JsonErrorCode::Binary, bad, codePointName(0));
        return fail(JsonErrorCode::NotUtf8, bad, byteText(uchar(m_bytes[bad])));
    }
    skipWhitespace();
    return atEnd() ? fail(JsonErrorCode::Empty, m_i) : true;
}

/// Reads one token; false when the document is complete or an error was found.
bool JsonParser::step()
{
    skipWhitespace();
    if (m_expect == JsonExpected::EndOfInput)
        return atEnd() ? false : failUnexpected(JsonErrorCode::TrailingContent);
    if (atEnd())
        return fail(JsonErrorCode::UnexpectedEnd, m_i, {}, m_expect);
    const uchar c = peek();
    switch (m_expect) {
    case JsonExpected::Value:
    case JsonExpected::ValueOrArrayEnd:
        if (c == ']') {
            if (m_expect == JsonExpected::ValueOrArrayEnd)
                return closeContainer();
            if (!m_stack.empty() && m_stack.back().value.isArray())
                return fail(JsonErrorCode::TrailingComma, m_lastComma, QStringLiteral(","),
                            m_expect);
        }
        return parseValue();
    case JsonExpected::Key:
    case JsonExpected::KeyOrObjectEnd: {
        if (c == '"') {
            Frame &top = m_stack.back();
            top.keyPos = m_lines.at(m_i);
            if (!parseString(&top.key))
                return false;
            m_expect = JsonExpected::Colon;
            return true;
        }
        if (c == '}') {
            if (m_expect == JsonExpected::Key)
                return fail(JsonErrorCode::TrailingComma, m_lastComma, QStringLiteral(","),
                            m_expect);
            return closeContainer();
        }
        // Things that look like an attempt at a key (`{name: 1}`, `{'name': 1}`, `{1: 2}`)
        // get their own code; stray punctuation stays an unexpected character.
        const bool keyLike = isValueStart(c) || isWordChar(c) || c == '\'' || c == '$' || c >= 0x80;
        return failUnexpected(keyLike ? JsonErrorCode::KeyNotString
                                      : JsonErrorCode::UnexpectedCharacter);
    }
    case JsonExpected::Colon:
        if (c == ':') {
            ++m_i;
            m_expect = JsonExpected::Value;
            return true;
        }
        return failUnexpected(JsonErrorCode::MissingColon);
    case JsonExpected::CommaOrArrayEnd:
    case JsonExpected::CommaOrObjectEnd: {
        const bool inArray = m_expect == JsonExpected::CommaOrArrayEnd;
        if (c == ',') {
            m_lastComma = m_i++;
            m_expect = inArray ? JsonExpected::Value : JsonExpected::Key;
            return true;
        }
        if (c == (inArray ? ']' : '}'))
            return closeContainer();
        return failUnexpected(isValueStart(c) ? JsonErrorCode::MissingComma
                                              : JsonErrorCode::UnexpectedCharacter);
    }
    case JsonExpected::Nothing:
    case JsonExpected::EndOfInput:
        break;
    }
    return false;
}

bool JsonParser::parseValue()
{
    const uchar c = peek();
    switch (c) {
    case '{': return openContainer(JsonValue::Type::Object);
    case '[': return openContainer(JsonValue::Type::Array);
    case '"': {
        JsonValue value;
        value.m_type = JsonValue::Type::String;
        value.m_pos = m_lines.at(m_i);
        return parseString(&value.m_text) && finish(std::move(value));
    }
    case '+':
    case '.': // +1 and .5 are numbers in other languages, so say "bad number", not "what's this"
        return fail(JsonErrorCode::BadNumber, m_i, runText(m_bytes, m_i, isNumberChar));
    default:
        break;
    }
    if (c == '-' || isDigit(c))
        return parseNumber();
    if (!isLetter(c))
        return failUnexpected(JsonErrorCode::UnexpectedCharacter);

    // A word: true, false, null, or a mistake such as True, NULL, yes, or an unquoted string.
    qsizetype end = m_i;
    while (end < m_bytes.size() && isWordChar(uchar(m_bytes[end])))
        ++end;
    const QByteArrayView word = m_bytes.sliced(m_i, end - m_i);
    JsonValue value;
    value.m_pos = m_lines.at(m_i);
    if (word == "true" || word == "false") {
        value.m_type = JsonValue::Type::Bool;
        value.m_bool = word == "true";
    } else if (word != "null") {
        // "tr" at the very end is a cut-off file, not a misspelling.
        if (end == m_bytes.size()
            && (QByteArrayView("true").startsWith(word) || QByteArrayView("false").startsWith(word)
                || QByteArrayView("null").startsWith(word)))
            return fail(JsonErrorCode::UnexpectedEnd, end, QString::fromLatin1(word), m_expect);
        return failUnexpected(JsonErrorCode::UnexpectedCharacter);
    }
    m_i = end;
    return finish(std::move(value));
}

bool JsonParser::openContainer(JsonValue::Type type)
{
    // Checked before pushing: 100,000 '[' stop at the first one too many.
    if (int(m_stack.size()) >= m_limits.maxDepth)
        return fail(JsonErrorCode::TooDeep, m_i, QString::number(m_limits.maxDepth));
    Frame frame;
    frame.value.m_type = type;
    frame.value.m_pos = m_lines.at(m_i);
    m_stack.push_back(std::move(frame));
    ++m_i;
    m_expect = type == JsonValue::Type::Array ? JsonExpected::ValueOrArrayEnd
                                              : JsonExpected::KeyOrObjectEnd;
    return true;
}

bool JsonParser::closeContainer()
{
    ++m_i;
    JsonValue value = std::move(m_stack.back().value);
    m_stack.pop_back();
    return finish(std::move(value));
}

/// Hands a complete value to its parent (or makes it the document) and moves the state on.
bool JsonParser::finish(JsonValue &&value)
{
    if (m_stack.empty()) {
        m_root = std::move(value);
        m_expect = JsonExpected::EndOfInput;
        return true;
    }
    Frame &top = m_stack.back();
    if (top.value.isArray()) {
        top.value.m_items.push_back(std::move(value));
        m_expect = JsonExpected::CommaOrArrayEnd;
    } else {
        top.value.m_members.push_back({std::move(top.key), top.keyPos, std::move(value)});
        top.key = QString();
        m_expect = JsonExpected::CommaOrObjectEnd;
    }
    return true;
}

/// Reads the string whose '"' is at m_i (RFC 8259 §7). Without escapes, the common case, the
/// bytes are decoded in one go.
bool JsonParser::parseString(QString *out)
{
    QString text;
    qsizetype i = m_i + 1;
    qsizetype chunk = i; // the first byte not yet decoded into `text`
    for (;;) {
        if (i >= m_bytes.size())
            return fail(JsonErrorCode::UnexpectedEnd, i, QStringLiteral("\""));
        const uchar c = uchar(m_bytes[i]);
        if (c == '"')
            break;
        if (c < 0x20) // §7: control characters must be escaped; a raw line break ends up here
            return fail(JsonErrorCode::ControlCharacterInString, i, codePointName(c));
        if (c != '\\') {
            ++i;
            continue;
        }
        text += decodeUtf8(m_bytes.sliced(chunk, i - chunk));
        if (!parseEscape(&i, &text))
            return false;
        chunk = i;
    }
    text += decodeUtf8(m_bytes.sliced(chunk, i - chunk)); // shares, when `text` is still empty
    *out = std::move(text);
    m_i = i + 1;
    return true;
}

/// Appends the escape whose backslash is at *at to `out` and moves *at past it.
bool JsonParser::parseEscape(qsizetype *at, QString *out)
{
    const qsizetype i = *at;
    if (i + 1 >= m_bytes.size())
        return fail(JsonErrorCode::UnexpectedEnd, i + 1, QStringLiteral("\\"));
    const uchar e = uchar(m_bytes[i + 1]);
    static const char letters[] = "\"\\/bfnrt", meanings[] = "\"\\/\b\f\n\r\t";
    if (const char *letter = e ? std::strchr(letters, e) : nullptr) {
        out->append(QLatin1Char(meanings[letter - letters]));
        *at = i + 2;
        return true;
    }
    if (e < 0x20)
        return fail(JsonErrorCode::ControlCharacterInString, i + 1, codePointName(e));
    if (e != 'u')
        return fail(JsonErrorCode::BadEscape, i, QLatin1Char('\\') + codePointText(m_bytes, i + 1));
    char16_t unit = 0;
    if (!parseUnicodeEscape(i, &unit))
        return false;
    if (QChar::isLowSurrogate(unit))
        return fail(JsonErrorCode::BadUnicodeEscape, i, escapeText(i));
    out->append(QChar(unit));
    *at = i + 6;
    if (!QChar::isHighSurrogate(unit))
        return true;
    // §7: a character outside the BMP is a surrogate pair of two escapes.
    const qsizetype next = i + 6;
    if (next >= m_bytes.size() || (next + 1 >= m_bytes.size() && m_bytes[next] == '\\'))
        return fail(JsonErrorCode::UnexpectedEnd, m_bytes.size(), QStringLiteral("\\"));
    if (m_bytes[next] != '\\' || m_bytes[next + 1] != 'u')
        return fail(JsonErrorCode::BadUnicodeEscape, i, escapeText(i));
    char16_t low = 0;
    if (!parseUnicodeEscape(next, &low))
        return false;
    if (!QChar::isLowSurrogate(low))
        return fail(JsonErrorCode::BadUnicodeEscape, i, escapeText(i));
    out->append(QChar(low));
    *at = next + 6;
    return true;
}

/// Reads the four hex digits of the \u escape whose backslash is at `at`.
bool JsonParser::parseUnicodeEscape(qsizetype at, char16_t *unit)
{
    const char *digits = m_bytes.data() + at + 2;
    const qsizetype available = std::min<qsizetype>(4, m_bytes.size() - at - 2);
    unsigned value = 0; // unsigned: from_chars then takes no sign
    const char *end = std::from_chars(digits, digits + available, value, 16).ptr;
    if (end < digits + available)
        return fail(JsonErrorCode::BadUnicodeEscape, at, escapeText(at));
    if (available < 4) // all hex up to the end of the input
        return fail(JsonErrorCode::UnexpectedEnd, m_bytes.size(), QStringLiteral("\\"));
    *unit = char16_t(value);
    return true;
}

/// Reads the number at m_i (RFC 8259 §6) and converts it with std::from_chars, which rounds
/// correctly and ignores the locale (an Indonesian locale writes 1,5).
bool JsonParser::parseNumber()
{
    const qsizetype start = m_i;
    qsizetype i = start;
    auto bad = [&](qsizetype at) {
        return fail(JsonErrorCode::BadNumber, at, runText(m_bytes, start, isNumberChar));
    };
    auto at = [&](qsizetype k, char c1, char c2 = '\0') { // NULs were refused up front
        return k < m_bytes.size() && (m_bytes[k] == c1 || m_bytes[k] == c2);
    };
    auto digits = [&](qsizetype from) { // moves i past the digits from `from`; false if none
        for (i = from; i < m_bytes.size() && isDigit(uchar(m_bytes[i]));)
            ++i;
        return i > from;
    };
    if (at(i, '-'))
        ++i;
    if (at(i, '0'))
        ++i; // a leading zero stands alone: 01 is caught below
    else if (!digits(i))
        return bad(i);
    if (at(i, '.') && !digits(i + 1))
        return bad(i);
    if (at(i, 'e', 'E') && !digits(i + (at(i + 1, '+', '-') ? 2 : 1)))
        return bad(i);
    // 01, 0x1F, 1.2.3, 12px: the number runs on, so the whole thing is a bad number rather
    // than a number followed by a missing comma.
    if (i < m_bytes.size() && isNumberChar(uchar(m_bytes[i])))
        return bad(i);

    const QByteArrayView literal = m_bytes.sliced(start, i - start);
    double number = 0.0;
    const auto [end, ec] = std::from_chars(literal.data(), literal.data() + literal.size(), number);
    // Beyond a double either way: 1e400 would be infinity, which JSON cannot write back, and
    // 1e-400 a zero the teacher did not write (QJsonDocument refuses both, too).
    if (ec == std::errc::result_out_of_range)
        return fail(JsonErrorCode::NumberOutOfRange, start, runText(m_bytes, start, isNumberChar));
    if (ec != std::errc() || end != literal.data() + literal.size())
        return bad(start); // not reached for a literal that passed the grammar above

    JsonValue value;
    value.m_type = JsonValue::Type::Number;
    value.m_pos = m_lines.at(start);
    value.m_number = number;
    // Below 2^53 every integer is exact in a double, and an integral decimal rounds to an
    // integer, so the double both holds and identifies it. (2^53 + 1 would round to 2^53.)
    value.m_integer = isIntegral(literal) && std::fabs(number) < 9007199254740992.0;
    value.m_text = QString::fromLatin1(literal);
    m_i = i;
    return finish(std::move(value));
}

bool JsonParser::fail(JsonErrorCode code, qsizetype offset, QString detail, JsonExpected expected)
{
    m_error = JsonError{code, m_lines.at(offset), std::move(detail), expected};
    return false;
}

/// Fails at m_i, quoting what is there; a control character there means binary input.
bool JsonParser::failUnexpected(JsonErrorCode code)
{
    if (isControl(peek()))
        code = JsonErrorCode::Binary;
    // Quote the word (`True`, `yes`) or else the one character.
    const QString text = isLetter(peek()) ? runText(m_bytes, m_i, isWordChar)
                                          : codePointText(m_bytes, m_i);
    return fail(code, m_i, text, m_expect);
}

/// The text of the \u escape at `at` as written, as far as it goes: "\uD83D", "\u12G4".
QString JsonParser::escapeText(qsizetype at) const
{
    qsizetype end = at + 2;
    while (end < m_bytes.size() && end < at + 6 && m_bytes[end] > ' ' && m_bytes[end] < 0x7f
           && m_bytes[end] != '"' && m_bytes[end] != '\\')
        ++end;
    return QString::fromLatin1(m_bytes.sliced(at, end - at));
}

JsonParseResult parseJson(QByteArrayView bytes, const JsonLimits &limits)
{
    return JsonParser(bytes, limits).run();
}

} // namespace kurir::scenario
