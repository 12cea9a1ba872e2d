// The scenario files' JSON parser: RFC 8259 strictly, the line and column (in code points) of
// every value and key, each error as a code at the offending character, and no crash, hang
// or blow-up on hostile input.

#include <algorithm>
#include <chrono>
#include <iterator>
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <QList>

#include "scenario/jsontree.h"
#include "support/printers.h"

namespace kurir::scenario {

static const char *codeName(JsonErrorCode code)
{
    static const char *const names[] = {
        "Empty", "NotUtf8", "Binary", "TooLarge", "TooDeep", "UnexpectedEnd", "UnexpectedCharacter",
        "BadEscape", "BadUnicodeEscape", "ControlCharacterInString", "BadNumber", "NumberOutOfRange",
        "TrailingComma", "MissingComma", "MissingColon", "KeyNotString", "TrailingContent",
        "ByteOrderMark"};
    static_assert(std::size(names) == size_t(JsonErrorCode::ByteOrderMark) + 1);
    return names[int(code)];
}
static void PrintTo(JsonErrorCode code, std::ostream *os) { *os << codeName(code); }
static void PrintTo(const JsonPos &pos, std::ostream *os) { *os << pos.line << ':' << pos.column; }
static void PrintTo(JsonExpected e, std::ostream *os) { *os << "JsonExpected(" << int(e) << ')'; }

namespace {

using namespace std::string_literals;
using Code = JsonErrorCode;
using Exp = JsonExpected;
using Type = JsonValue::Type;

JsonParseResult parse(const std::string &text, const JsonLimits &limits = {})
{
    return parseJson(QByteArrayView(text.data(), qsizetype(text.size())), limits);
}

QString qs(const char *utf8) { return QString::fromUtf8(utf8); }

/// Asserts the invariants every result must keep, whatever the input.
void expectWellFormed(const JsonParseResult &r)
{
    ASSERT_NE(r.value.has_value(), r.error.has_value()) << "exactly one of value and error";
    if (r.error) {
        EXPECT_GE(r.error->pos.line, 1);
        EXPECT_GE(r.error->pos.column, 1);
        EXPECT_LE(r.error->detail.size(), 64);
    }
}

// ---- positions ------------------------------------------------------------------------------

// Line 2 holds a two-byte ï and a four-byte emoji (one column each), line 3 starts with a tab.
std::string positionsSample(const std::string &eol)
{
    return "{" + eol + "  \"na\xc3\xafve\": [1, \"\xf0\x9f\x98\x80\", {\"k\": true}]," + eol
           + "\t\"x\": null" + eol + "}" + eol;
}

class Positions : public ::testing::TestWithParam<std::string>
{
};

TEST_P(Positions, OfValuesKeysAndNestedValues)
{
    for (const std::string &bom : {""s, "\xef\xbb\xbf"s}) {
        SCOPED_TRACE(bom.empty() ? "without BOM" : "after a UTF-8 BOM, which takes no column");
        const JsonParseResult r = parse(bom + positionsSample(GetParam()));
        ASSERT_TRUE(r.value) << codeName(r.error->code);
        const JsonValue &root = *r.value;
        EXPECT_EQ(root.pos(), (JsonPos{1, 1}));
        ASSERT_EQ(root.members().size(), 2u);
        const JsonValue::Member &naive = root.members()[0];
        EXPECT_EQ(naive.key, qs("na\xc3\xafve"));
        EXPECT_EQ(naive.keyPos, (JsonPos{2, 3}));
        EXPECT_EQ(naive.value.pos(), (JsonPos{2, 12}));
        const std::vector<JsonValue> &items = naive.value.items();
        ASSERT_EQ(items.size(), 3u);
        EXPECT_EQ(items[0].pos(), (JsonPos{2, 13}));
        EXPECT_EQ(items[1].pos(), (JsonPos{2, 16}));
        EXPECT_EQ(items[1].toString(), qs("\xf0\x9f\x98\x80"));
        EXPECT_EQ(items[2].pos(), (JsonPos{2, 21}));
        EXPECT_EQ(items[2].members()[0].keyPos, (JsonPos{2, 22}));
        EXPECT_EQ(items[2].members()[0].value.pos(), (JsonPos{2, 27}));
        EXPECT_EQ(root.members()[1].keyPos, (JsonPos{3, 2}));
        EXPECT_EQ(root.members()[1].value.pos(), (JsonPos{3, 7}));
    }
}

TEST_P(Positions, OfErrorsAfterMultiByteCharacters)
{
    // The same document with `true` misspelt: the error is where an editor puts the cursor.
    std::string text = positionsSample(GetParam());
    text.replace(text.find("true"), 4, "ture");
    const JsonParseResult r = parse(text);
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, Code::UnexpectedCharacter);
    EXPECT_EQ(r.error->pos, (JsonPos{2, 27}));
    EXPECT_EQ(r.error->detail, qs("ture"));
}

INSTANTIATE_TEST_SUITE_P(LineEnds, Positions, ::testing::Values("\n"s, "\r\n"s, "\r"s),
                         [](const auto &info) {
                             return info.param == "\n" ? "Lf" : info.param == "\r\n" ? "CrLf" : "Cr";
                         });

TEST(JsonPositions, EscapesCountAsTheCharactersWritten)
{
    const JsonParseResult r = parse(R"(["\u00e9\n", 1])");
    ASSERT_TRUE(r.value);
    EXPECT_EQ(r.value->items()[0].toString(), qs("\xc3\xa9\n"));
    EXPECT_EQ(r.value->items()[1].pos(), (JsonPos{1, 14}));
}

// ---- errors ---------------------------------------------------------------------------------

struct ErrorCase
{
    const char *name;
    std::string input;
    Code code;
    JsonPos pos;
    const char *detail = ""; ///< UTF-8
    Exp expected = Exp::Nothing;
    JsonLimits limits = {};
};

void PrintTo(const ErrorCase &c, std::ostream *os) { *os << c.name; }

class JsonErrors : public ::testing::TestWithParam<ErrorCase>
{
};

TEST_P(JsonErrors, CodePositionDetail)
{
    const ErrorCase &c = GetParam();
    const JsonParseResult r = parse(c.input, c.limits);
    ASSERT_FALSE(r.value) << "parsed although it should not";
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, c.code);
    EXPECT_EQ(r.error->pos, c.pos);
    EXPECT_EQ(r.error->detail, qs(c.detail));
    EXPECT_EQ(r.error->expected, c.expected);
}

const JsonLimits kTiny{4, 64};
const JsonLimits kShallow{1 << 20, 2};

const ErrorCase kErrorCases[] = {
    {"EmptyFile", "", Code::Empty, {1, 1}},
    {"OnlyWhitespace", "  \n\t ", Code::Empty, {2, 3}},
    {"OnlyUtf8Bom", "\xef\xbb\xbf", Code::Empty, {1, 1}},
    {"BrokenTwoByteSequence", "[\"a\xc3(\"]", Code::NotUtf8, {1, 4}, "0xC3"},
    {"Latin1OnLine2", "{\n  \"k\": \"\xe9t\xe9\"}", Code::NotUtf8, {2, 9}, "0xE9"},
    {"Overlong", "\"\xc0\xaf\"", Code::NotUtf8, {1, 2}, "0xC0"},
    {"EncodedSurrogate", "\"\xed\xa0\x80\"", Code::NotUtf8, {1, 2}, "0xED"},
    {"AboveU10FFFF", "\"\xf4\x90\x80\x80\"", Code::NotUtf8, {1, 2}, "0xF4"},
    {"CutSequenceAtEnd", "\"\xe2\x82", Code::NotUtf8, {1, 2}, "0xE2"},
    {"OverlongThreeBytes", "\"\xe0\x9f\xbf\"", Code::NotUtf8, {1, 2}, "0xE0"},
    {"OverlongFourBytes", "\"\xf0\x8f\xbf\xbf\"", Code::NotUtf8, {1, 2}, "0xF0"},
    {"LeadF5", "\"\xf5\x80\x80\x80\"", Code::NotUtf8, {1, 2}, "0xF5"},
    {"BadThirdByte", "\"\xe2\x82(\"", Code::NotUtf8, {1, 2}, "0xE2"},
    {"StrayContinuation", "\"\xc3\xa9\x80\"", Code::NotUtf8, {1, 3}, "0x80"},
    {"Nul", "\0"s, Code::Binary, {1, 1}, "U+0000"},
    {"NulInsideString", "{\"a\": \"x\0y\"}"s, Code::Binary, {1, 9}, "U+0000"},
    {"ControlAsValue", "[1,\x01]", Code::Binary, {1, 4}, "U+0001", Exp::Value},
    {"DelAfterDocument", "[1]\x7f", Code::Binary, {1, 4}, "U+007F", Exp::EndOfInput},
    {"TerminalEscape", "\x1b[0m", Code::Binary, {1, 1}, "U+001B", Exp::Value},
    {"TooLarge", "[1,2]", Code::TooLarge, {1, 1}, "5", Exp::Nothing, kTiny},
    {"TooDeepArray", "[[[]]]", Code::TooDeep, {1, 3}, "2", Exp::Nothing, kShallow},
    {"TooDeepObject", "{\"a\":[{}]}", Code::TooDeep, {1, 7}, "2", Exp::Nothing, kShallow},
    {"EndAfterBracket", "[", Code::UnexpectedEnd, {1, 2}, "", Exp::ValueOrArrayEnd},
    {"EndAfterComma", "[1,", Code::UnexpectedEnd, {1, 4}, "", Exp::Value},
    {"EndAfterBrace", "{", Code::UnexpectedEnd, {1, 2}, "", Exp::KeyOrObjectEnd},
    {"EndAfterKey", "{\"a\"", Code::UnexpectedEnd, {1, 5}, "", Exp::Colon},
    {"EndAfterColon", "{\"a\":", Code::UnexpectedEnd, {1, 6}, "", Exp::Value},
    {"EndAfterMember", "{\"a\":1", Code::UnexpectedEnd, {1, 7}, "", Exp::CommaOrObjectEnd},
    {"EndAfterCrLf", "[1\r\n", Code::UnexpectedEnd, {2, 1}, "", Exp::CommaOrArrayEnd},
    {"EndInString", "\"abc", Code::UnexpectedEnd, {1, 5}, "\""},
    {"EndInEscape", "\"ab\\", Code::UnexpectedEnd, {1, 5}, "\\"},
    {"EndInUnicodeEscape", "\"\\u12", Code::UnexpectedEnd, {1, 6}, "\\"},
    {"EndAfterHighSurrogate", "\"\\ud83d", Code::UnexpectedEnd, {1, 8}, "\\"},
    {"EndInsideSecondEscape", "\"\\ud83d\\", Code::UnexpectedEnd, {1, 9}, "\\"},
    {"EndInTrue", "tr", Code::UnexpectedEnd, {1, 3}, "tr", Exp::Value},
    {"EndInNull", "[nul", Code::UnexpectedEnd, {1, 5}, "nul", Exp::ValueOrArrayEnd},
    {"DoubleComma", "[1,,2]", Code::UnexpectedCharacter, {1, 4}, ",", Exp::Value},
    {"MissingValue", "{\"a\":}", Code::UnexpectedCharacter, {1, 6}, "}", Exp::Value},
    {"MismatchedBrace", "[1}", Code::UnexpectedCharacter, {1, 3}, "}", Exp::CommaOrArrayEnd},
    {"MismatchedBracket", "{\"a\":1]", Code::UnexpectedCharacter, {1, 7}, "]", Exp::CommaOrObjectEnd},
    {"CapitalTrue", "[True]", Code::UnexpectedCharacter, {1, 2}, "True", Exp::ValueOrArrayEnd},
    {"BareWord", "{\"a\": yes}", Code::UnexpectedCharacter, {1, 7}, "yes", Exp::Value},
    {"NaN", "NaN", Code::UnexpectedCharacter, {1, 1}, "NaN", Exp::Value},
    {"SingleQuotes", "['a']", Code::UnexpectedCharacter, {1, 2}, "'", Exp::ValueOrArrayEnd},
    {"BomInsideDocument", "[\xef\xbb\xbf" "1]", Code::UnexpectedCharacter, {1, 2}, "U+FEFF", Exp::ValueOrArrayEnd},
    {"NoBreakSpace", "[\"a\"\xc2\xa0]", Code::UnexpectedCharacter, {1, 5}, "U+00A0", Exp::CommaOrArrayEnd},
    {"CommaFirst", "{,}", Code::UnexpectedCharacter, {1, 2}, ",", Exp::KeyOrObjectEnd},
    {"NonAsciiValue", "[\xc3\xa9]", Code::UnexpectedCharacter, {1, 2}, "\xc3\xa9", Exp::ValueOrArrayEnd},
    {"EmojiValue", "[\xf0\x9f\x98\x80]", Code::UnexpectedCharacter, {1, 2}, "\xf0\x9f\x98\x80", Exp::ValueOrArrayEnd},
    {"CloseFirst", "}", Code::UnexpectedCharacter, {1, 1}, "}", Exp::Value},
    {"ColonInArray", "[\"a\" :]", Code::UnexpectedCharacter, {1, 6}, ":", Exp::CommaOrArrayEnd},
    {"UnknownEscape", "\"a\\qb\"", Code::BadEscape, {1, 3}, "\\q"},
    {"HexEscape", "[\"\\x41\"]", Code::BadEscape, {1, 3}, "\\x"},
    {"NonAsciiEscape", "\"\\\xc3\xa9\"", Code::BadEscape, {1, 2}, "\\\xc3\xa9"},
    {"BadHexDigit", "\"\\u12G4\"", Code::BadUnicodeEscape, {1, 2}, "\\u12G4"},
    {"NoHexDigits", "\"\\u\"", Code::BadUnicodeEscape, {1, 2}, "\\u"},
    {"LoneHighSurrogate", "\"\\ud800\"", Code::BadUnicodeEscape, {1, 2}, "\\ud800"},
    {"LoneLowSurrogate", "\"\\uDC00\"", Code::BadUnicodeEscape, {1, 2}, "\\uDC00"},
    {"HighThenText", "\"x\\ud83dx\"", Code::BadUnicodeEscape, {1, 3}, "\\ud83d"},
    {"HighThenOtherEscape", "\"\\ud83d\\n\"", Code::BadUnicodeEscape, {1, 2}, "\\ud83d"},
    {"HighThenHigh", "\"\\ud83d\\ud83d\"", Code::BadUnicodeEscape, {1, 2}, "\\ud83d"},
    {"HighThenBadHex", "\"\\ud83d\\uZZZZ\"", Code::BadUnicodeEscape, {1, 8}, "\\uZZZZ"},
    {"RawTab", "\"a\tb\"", Code::ControlCharacterInString, {1, 3}, "U+0009"},
    {"RawLineBreak", "{\"a\": \"line\nnext\"}", Code::ControlCharacterInString, {1, 12}, "U+000A"},
    {"EscapedLineBreak", "\"a\\\nb\"", Code::ControlCharacterInString, {1, 4}, "U+000A"},
    {"LeadingZero", "01", Code::BadNumber, {1, 2}, "01"},
    {"NegativeLeadingZero", "-01", Code::BadNumber, {1, 3}, "-01"},
    {"DotThenBracket", "[1.]", Code::BadNumber, {1, 4}, "1."},
    {"DotAtEnd", "1.", Code::BadNumber, {1, 3}, "1."},
    {"LeadingDot", "[.5]", Code::BadNumber, {1, 2}, ".5"},
    {"LeadingPlus", "[+1]", Code::BadNumber, {1, 2}, "+1"},
    {"LoneMinus", "-", Code::BadNumber, {1, 2}, "-"},
    {"MinusLetter", "[-a]", Code::BadNumber, {1, 3}, "-a"},
    {"MinusInfinity", "[-Infinity]", Code::BadNumber, {1, 3}, "-Infinity"},
    {"ExponentAtEnd", "1e", Code::BadNumber, {1, 3}, "1e"},
    {"ExponentSignOnly", "[1e+]", Code::BadNumber, {1, 5}, "1e+"},
    {"HexNumber", "0x1F", Code::BadNumber, {1, 2}, "0x1F"},
    {"TwoDots", "[1.2.3]", Code::BadNumber, {1, 5}, "1.2.3"},
    {"Unit", "12px", Code::BadNumber, {1, 3}, "12px"},
    {"Overflow", "1e400", Code::NumberOutOfRange, {1, 1}, "1e400"},
    {"NegativeOverflow", "[0, -1e400]", Code::NumberOutOfRange, {1, 5}, "-1e400"},
    {"HugeExponent", "1e99999999999999999999", Code::NumberOutOfRange, {1, 1}, "1e99999999999999999999"},
    {"Underflow", "[1e-400]", Code::NumberOutOfRange, {1, 2}, "1e-400"},
    {"UnderflowBelowSmallestDenormal", "-2.4e-324", Code::NumberOutOfRange, {1, 1}, "-2.4e-324"},
    {"JustAboveMaxDouble", "1.8e308", Code::NumberOutOfRange, {1, 1}, "1.8e308"},
    {"FourHundredDigits", "1" + std::string(400, '0'), Code::NumberOutOfRange, {1, 1},
     "10000000000000000000000000000000"},
    {"TrailingCommaArray", "[1,2,]", Code::TrailingComma, {1, 5}, ",", Exp::Value},
    {"TrailingCommaObject", "{\"a\":1,}", Code::TrailingComma, {1, 7}, ",", Exp::Key},
    {"TrailingCommaLines", "{\n  \"a\": 1,\n}\n", Code::TrailingComma, {2, 9}, ",", Exp::Key},
    {"TrailingCommaBeforeLineBreak", "[1,\r\n]", Code::TrailingComma, {1, 3}, ",", Exp::Value},
    {"MissingCommaNumbers", "[1 2]", Code::MissingComma, {1, 4}, "2", Exp::CommaOrArrayEnd},
    {"MissingCommaMembers", "{\n  \"a\": 1\n  \"b\": 2\n}", Code::MissingComma, {3, 3}, "\"",
     Exp::CommaOrObjectEnd},
    {"MissingCommaStrings", "[\"a\" \"b\"]", Code::MissingComma, {1, 6}, "\"", Exp::CommaOrArrayEnd},
    {"MissingCommaContainers", "[{} []]", Code::MissingComma, {1, 5}, "[", Exp::CommaOrArrayEnd},
    {"MissingCommaWord", "[1 true]", Code::MissingComma, {1, 4}, "true", Exp::CommaOrArrayEnd},
    {"ValueWithoutColon", "{\"a\" 1}", Code::MissingColon, {1, 6}, "1", Exp::Colon},
    {"KeyOnly", "{\"a\"}", Code::MissingColon, {1, 5}, "}", Exp::Colon},
    {"EqualsSign", "{\"a\"=1}", Code::MissingColon, {1, 5}, "=", Exp::Colon},
    {"ObjectAsArray", "{\"a\",\"b\"}", Code::MissingColon, {1, 5}, ",", Exp::Colon},
    {"UnquotedKey", "{a: 1}", Code::KeyNotString, {1, 2}, "a", Exp::KeyOrObjectEnd},
    {"SingleQuotedKey", "{'a': 1}", Code::KeyNotString, {1, 2}, "'", Exp::KeyOrObjectEnd},
    {"NumberKey", "{1: 2}", Code::KeyNotString, {1, 2}, "1", Exp::KeyOrObjectEnd},
    {"UnquotedSecondKey", "{\"a\":1, b:2}", Code::KeyNotString, {1, 9}, "b", Exp::Key},
    {"CyrillicKey", "{\xd0\xba: 1}", Code::KeyNotString, {1, 2}, "\xd0\xba", Exp::KeyOrObjectEnd},
    {"WordAfterDocument", "{} x", Code::TrailingContent, {1, 4}, "x", Exp::EndOfInput},
    {"TwoDocuments", "{}{}", Code::TrailingContent, {1, 3}, "{", Exp::EndOfInput},
    {"TwoNumbers", "1 2", Code::TrailingContent, {1, 3}, "2", Exp::EndOfInput},
    {"ExtraBracket", "[1]]", Code::TrailingContent, {1, 4}, "]", Exp::EndOfInput},
    {"CommaLinesLater", "{}\n\n,", Code::TrailingContent, {3, 1}, ",", Exp::EndOfInput},
    {"Garbage", "null garbage", Code::TrailingContent, {1, 6}, "garbage", Exp::EndOfInput},
    {"Utf16LeBom", "\xff\xfe{\0}\0"s, Code::ByteOrderMark, {1, 1}, "UTF-16LE"},
    {"Utf16BeBom", "\xfe\xff\0{\0}"s, Code::ByteOrderMark, {1, 1}, "UTF-16BE"},
    {"Utf32LeBom", "\xff\xfe\0\0{\0\0\0"s, Code::ByteOrderMark, {1, 1}, "UTF-32LE"},
    {"Utf32BeBom", "\0\0\xfe\xff\0\0\0{"s, Code::ByteOrderMark, {1, 1}, "UTF-32BE"},
};

INSTANTIATE_TEST_SUITE_P(Table, JsonErrors, ::testing::ValuesIn(kErrorCases),
                         [](const auto &info) { return std::string(info.param.name); });

TEST(JsonErrorTable, CoversEveryCode)
{
    for (int code = int(Code::Empty); code <= int(Code::ByteOrderMark); ++code) {
        const bool covered = std::any_of(std::begin(kErrorCases), std::end(kErrorCases),
                                         [&](const ErrorCase &c) { return int(c.code) == code; });
        EXPECT_TRUE(covered) << codeName(Code(code));
    }
}

TEST(JsonErrors, TrailingCommaFarBackIsStillFound)
{
    // The comma is behind the parser when the ']' shows it was trailing; the line counter
    // must look back correctly after having counted far ahead.
    const std::string text = "[\n" + std::string(5000, ' ') + "1,\n" + std::string(3000, '\n') + "]";
    const JsonParseResult r = parse(text);
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, Code::TrailingComma);
    EXPECT_EQ(r.error->pos, (JsonPos{2, 5002}));
}

TEST(JsonErrors, DetailIsBoundedForHugeTokens)
{
    const JsonParseResult r = parse("[" + std::string(100000, 'x') + "]");
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, Code::UnexpectedCharacter);
    EXPECT_EQ(r.error->detail, QString(32, QLatin1Char('x')));
}

// ---- values ---------------------------------------------------------------------------------

TEST(JsonValues, TypesAndTypeNames)
{
    const JsonParseResult r = parse(R"([null, true, false, 1, "s", [], {}])");
    ASSERT_TRUE(r.value);
    const std::vector<JsonValue> &v = r.value->items();
    ASSERT_EQ(v.size(), 7u);
    const Type types[] = {Type::Null, Type::Bool, Type::Bool, Type::Number, Type::String, Type::Array, Type::Object};
    const char *names[] = {"null", "boolean", "boolean", "number", "string", "array", "object"};
    for (size_t i = 0; i < v.size(); ++i) {
        EXPECT_EQ(v[i].type(), types[i]) << i;
        EXPECT_EQ(v[i].typeName(), QLatin1String(names[i])) << i;
    }
    EXPECT_TRUE(v[1].toBool());
    EXPECT_FALSE(v[2].toBool());
    // Asking the wrong type gives a neutral answer, never garbage.
    EXPECT_EQ(v[3].toString(), QString());
    EXPECT_EQ(v[4].toDouble(), 0.0);
    EXPECT_EQ(v[4].numberLiteral(), QString());
    EXPECT_FALSE(v[0].toBool());
    EXPECT_EQ(v[4].member(u"x"), nullptr);
    EXPECT_TRUE(v[6].items().empty());
    EXPECT_TRUE(v[5].members().empty());
}

TEST(JsonValues, DuplicateKeysAreKeptInOrder)
{
    const JsonParseResult r = parse("{\"a\": 1, \"b\": 2,\n \"a\": 3}");
    ASSERT_TRUE(r.value);
    const std::vector<JsonValue::Member> &m = r.value->members();
    ASSERT_EQ(m.size(), 3u);
    EXPECT_EQ(m[0].key, QLatin1String("a"));
    EXPECT_EQ(m[1].key, QLatin1String("b"));
    EXPECT_EQ(m[2].key, QLatin1String("a"));
    EXPECT_EQ(m[2].keyPos, (JsonPos{2, 2}));
    EXPECT_EQ(m[2].value.toInteger(), 3);
    ASSERT_NE(r.value->member(u"a"), nullptr);
    EXPECT_EQ(r.value->member(u"a")->toInteger(), 1) << "member() finds the first";
    EXPECT_EQ(r.value->member(u"c"), nullptr);
}

TEST(JsonValues, CopiesAreDeep)
{
    JsonParseResult r = parse(R"({"a": [1, {"b": "c"}]})");
    ASSERT_TRUE(r.value);
    const JsonValue copy = *r.value;
    r.value.reset();
    EXPECT_EQ(copy.member(u"a")->items()[1].member(u"b")->toString(), QLatin1String("c"));
}

TEST(JsonStrings, Utf8AtTheEdgesOfEachLength)
{
    // U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+FFFF, U+10000, U+10FFFF: 1+1+1+1+1+1+2+2 units
    const JsonParseResult r = parse("\"\xc2\x80\xdf\xbf\xe0\xa0\x80\xed\x9f\xbf\xee\x80\x80\xef\xbf\xbf"
                                    "\xf0\x90\x80\x80\xf4\x8f\xbf\xbf\" 1");
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, Code::TrailingContent);
    EXPECT_EQ(r.error->pos, (JsonPos{1, 12})) << "each code point is one column";
    const JsonParseResult ok = parse("\"\xc2\x80\xdf\xbf\xe0\xa0\x80\xed\x9f\xbf\xee\x80\x80\xef\xbf\xbf"
                                     "\xf0\x90\x80\x80\xf4\x8f\xbf\xbf\"");
    ASSERT_TRUE(ok.value);
    EXPECT_EQ(ok.value->toString().toUcs4(),
              (QList<uint>{0x80, 0x7ff, 0x800, 0xd7ff, 0xe000, 0xffff, 0x10000, 0x10ffff}));
}

struct EscapeCase
{
    const char *json;
    QString decoded;
};

TEST(JsonStrings, Escapes)
{
    const EscapeCase cases[] = {
        {R"("\"\\\/\b\f\n\r\t")", QStringLiteral("\"\\/\b\f\n\r\t")},
        {R"("\u0041\u00e9\u00E9\u20AC")", qs("A\xc3\xa9\xc3\xa9\xe2\x82\xac")},
        {R"("\uD83D\uDE00")", qs("\xf0\x9f\x98\x80")},
        {R"("x\ud83d\ude00y")", qs("x\xf0\x9f\x98\x80y")},
        {R"("\u0000")", QString(1, QChar(0))},
        {"\"caf\xc3\xa9 \\u2192 \xe2\x82\xac\"", qs("caf\xc3\xa9 \xe2\x86\x92 \xe2\x82\xac")},
        {"\"del \x7f ok\"", qs("del \x7f ok")},
        // A leading U+FEFF is content here, not a byte order mark to drop.
        {"\"\xef\xbb\xbf" "a\"", QString(QChar(0xfeff)) + QLatin1Char('a')},
        {R"("\uFEFF\uFEFF")", QString(2, QChar(0xfeff))},
        {R"("")", QString()},
    };
    for (const EscapeCase &c : cases) {
        SCOPED_TRACE(c.json);
        const JsonParseResult r = parse(c.json);
        ASSERT_TRUE(r.value) << codeName(r.error->code);
        EXPECT_EQ(r.value->toString(), c.decoded);
    }
}

struct NumberCase
{
    const char *literal;
    double value;
    bool isInteger;
    qint64 integer;
};

TEST(JsonNumbers, ValuesAndIntegers)
{
    const NumberCase cases[] = {
        {"0", 0, true, 0},
        {"-0", -0.0, true, 0},
        {"1.5", 1.5, false, 0},
        {"25.0", 25, true, 25},
        {"2.5e1", 25, true, 25},
        {"0.1e1", 1, true, 1},
        {"1.00000000000000001", 1, false, 0}, // rounds to 1.0 but is not an integer
        {"1E+2", 100, true, 100},
        {"-12e-1", -1.2, false, 0},
        {"9007199254740991", 9007199254740991.0, true, 9007199254740991},
        {"-9007199254740991", -9007199254740991.0, true, -9007199254740991},
        {"9007199254740992", 9007199254740992.0, false, 0},
        {"9007199254740993", 9007199254740992.0, false, 0},
        {"123456789012345678901234567890", 1.2345678901234568e29, false, 0},
        {"0e99999999999", 0, true, 0},
        {"4.9e-324", 4.9e-324, false, 0}, // the smallest denormal is still in range
        {"1.7976931348623157e308", 1.7976931348623157e308, false, 0},
    };
    for (const NumberCase &c : cases) {
        SCOPED_TRACE(c.literal);
        const JsonParseResult r = parse(c.literal);
        ASSERT_TRUE(r.value) << codeName(r.error->code);
        ASSERT_TRUE(r.value->isNumber());
        EXPECT_EQ(r.value->toDouble(), c.value);
        EXPECT_EQ(std::signbit(r.value->toDouble()), std::signbit(c.value));
        EXPECT_EQ(r.value->isInteger(), c.isInteger);
        EXPECT_EQ(r.value->toInteger(), c.integer);
        EXPECT_EQ(r.value->numberLiteral(), QLatin1String(c.literal)) << "kept as written";
    }
}

// ---- hostile input --------------------------------------------------------------------------

// A sample with every kind of token, multi-byte text, escapes, CRLF and a trailing newline.
const std::string kSample = "{\r\n  \"name\": \"Kirim surat ke Bob \xe2\x9c\x89\",\r\n"
                            "  \"hosts\": [{\"id\": \"gmail\", \"port\": 25, \"tls\": true},\r\n"
                            "            {\"id\": \"yahoo\", \"retry\": [6e4, 3.0E+5], \"x\": null}],\r\n"
                            "  \"note\": \"tab\\there \\\"q\\\" \\u00e9 \\ud83d\\ude00\", \"neg\": -0.5,\r\n"
                            "  \"empty\": {}, \"none\": [], \"f\": false\r\n}\r\n";

TEST(JsonHostile, SampleParses)
{
    const JsonParseResult r = parse(kSample);
    ASSERT_TRUE(r.value) << codeName(r.error->code);
    EXPECT_EQ(r.value->member(u"hosts")->items()[1].member(u"retry")->items()[0].toInteger(), 60000);
    EXPECT_EQ(r.value->member(u"note")->toString(), qs("tab\there \"q\" \xc3\xa9 \xf0\x9f\x98\x80"));
}

/// Where an editor puts the cursor after `text`: an independent count of lines and code points.
JsonPos endOf(const std::string &text)
{
    JsonPos pos;
    for (size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = text[i];
        if (c == '\r' || (c == '\n' && (i == 0 || text[i - 1] != '\r')))
            pos = {pos.line + 1, 1};
        else if (c != '\n' && (c & 0xc0) != 0x80)
            ++pos.column;
    }
    return pos;
}

TEST(JsonHostile, EveryTruncationIsAnErrorAtItsEnd)
{
    const std::string complete = kSample.substr(0, kSample.find_last_of('}') + 1);
    for (size_t length = 0; length < complete.size(); ++length) {
        const std::string prefix = complete.substr(0, length);
        SCOPED_TRACE(length);
        const JsonParseResult r = parse(prefix);
        expectWellFormed(r);
        ASSERT_TRUE(r.error) << "a cut document must not parse";
        switch (r.error->code) {
        case Code::UnexpectedEnd:
            // Just after the last character, whatever the parser was in the middle of.
            EXPECT_EQ(r.error->pos, endOf(prefix));
            break;
        case Code::Empty:
            EXPECT_EQ(length, 0u);
            break;
        case Code::NotUtf8: // cut inside the envelope or the emoji
        case Code::BadNumber: // cut after "-", "3.", "3.0E", "3.0E+"
            break;
        default:
            ADD_FAILURE() << codeName(r.error->code);
        }
    }
}

TEST(JsonHostile, RandomBytesNeverCrash)
{
    std::mt19937 random(20240501);
    const std::string alphabet = "{}[]\",:0123456789-+.eEtrufalsn \n\r\t\\u\x01\xc3\xa9\xff";
    for (int iteration = 0; iteration < 3000; ++iteration) {
        const size_t length = random() % 200;
        std::string any, jsonish;
        for (size_t i = 0; i < length; ++i) {
            any += char(random() & 0xff);
            jsonish += alphabet[random() % alphabet.size()];
        }
        expectWellFormed(parse(any));
        expectWellFormed(parse(jsonish));
    }
}

TEST(JsonHostile, MutatedSampleNeverCrashes)
{
    std::mt19937 random(7);
    for (int iteration = 0; iteration < 3000; ++iteration) {
        std::string text = kSample;
        for (int edits = 1 + int(random() % 4); edits > 0; --edits) {
            const size_t at = random() % text.size();
            switch (random() % 3) {
            case 0: text[at] = char(random() & 0xff); break;
            case 1: text.erase(at, 1 + random() % 8); break;
            case 2: text.insert(at, 1, "{}[],:\"\\0-e"[random() % 11]); break;
            }
            if (text.empty())
                text = "x";
        }
        expectWellFormed(parse(text));
    }
}

TEST(JsonHostile, HundredThousandOpenBracketsAreTooDeepAndFast)
{
    const auto started = std::chrono::steady_clock::now();
    const JsonParseResult r = parse(std::string(100000, '['));
    const auto elapsed = std::chrono::steady_clock::now() - started;
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, Code::TooDeep);
    EXPECT_EQ(r.error->pos, (JsonPos{1, 65}));
    EXPECT_LT(elapsed, std::chrono::milliseconds(500));
}

TEST(JsonHostile, DepthLimitIsExactAndHasACeiling)
{
    const auto nested = [](int depth) { return std::string(depth, '[') + std::string(depth, ']'); };
    EXPECT_TRUE(parse(nested(64)).value);
    EXPECT_EQ(parse(nested(65)).error->pos, (JsonPos{1, 65}));
    const JsonParseResult r = parse(nested(100000), JsonLimits{1 << 20, 1000000});
    ASSERT_TRUE(r.error) << "a limit beyond the ceiling counts as the ceiling";
    EXPECT_EQ(r.error->code, Code::TooDeep);
    EXPECT_EQ(r.error->pos, (JsonPos{1, kJsonDepthCeiling + 1}));
    EXPECT_TRUE(parse(nested(kJsonDepthCeiling), JsonLimits{1 << 20, kJsonDepthCeiling}).value);
    std::string objects;
    for (int i = 0; i < 100000; ++i)
        objects += "{\"a\":";
    EXPECT_EQ(parse(objects).error->code, Code::TooDeep);
}

TEST(JsonHostile, SizeLimitComesFirst)
{
    std::string big(2 << 20, ' ');
    big.front() = '\0'; // binary too, but the size is checked before any byte is read
    const JsonParseResult r = parse(big);
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, Code::TooLarge);
    EXPECT_EQ(r.error->detail, QStringLiteral("2097152"));
    std::string atLimit = "[" + std::string((1 << 20) - 2, ' ') + "]";
    EXPECT_TRUE(parse(atLimit).value);
    atLimit.insert(0, " ");
    EXPECT_EQ(parse(atLimit).error->code, Code::TooLarge);
}

/// A scenario-like document of about `bytes` bytes, on one line or pretty-printed.
std::string largeDocument(size_t bytes, bool oneLine)
{
    const std::string eol = oneLine ? "" : "\r\n    ";
    std::string text = "[";
    for (int i = 0; text.size() < bytes - 200; ++i) {
        if (i > 0)
            text += ",";
        text += eol + "{\"id\": \"host" + std::to_string(i) + "\", \"label\": \"Server \xc3\xa9 \\u2192\", "
                + "\"port\": " + std::to_string(i % 65536) + ", \"ratio\": 0." + std::to_string(i)
                + "e1, \"tls\": true, \"mx\": [10, 20, null]}";
    }
    return text + "]";
}

TEST(JsonHostile, MegabyteDocumentsParseInLinearTime)
{
    for (bool oneLine : {true, false}) {
        SCOPED_TRACE(oneLine ? "one line" : "pretty-printed");
        const std::string text = largeDocument(1000000, oneLine);
        const auto started = std::chrono::steady_clock::now();
        const JsonParseResult r = parse(text);
        const auto elapsed = std::chrono::steady_clock::now() - started;
        ASSERT_TRUE(r.value) << codeName(r.error->code);
        EXPECT_GT(r.value->items().size(), 5000u);
        EXPECT_EQ(r.value->items().back().pos().line, oneLine ? 1 : int(r.value->items().size()) + 1);
        // Generous, for sanitizer builds: a quadratic column count would take minutes.
        EXPECT_LT(elapsed, std::chrono::seconds(3));
    }
}

TEST(JsonHostile, HugeTokens)
{
    EXPECT_EQ(parse(std::string(1000000, '9')).error->code, Code::NumberOutOfRange);
    EXPECT_EQ(parse("0." + std::string(900000, '0') + "1").error->code, Code::NumberOutOfRange);
    const JsonParseResult zero = parse("0." + std::string(900000, '0'));
    ASSERT_TRUE(zero.value);
    EXPECT_TRUE(zero.value->isInteger());
    std::string escapes = "\"";
    for (int i = 0; i < 50000; ++i)
        escapes += "\\ud83d\\ude00";
    const JsonParseResult r = parse(escapes + "\"");
    ASSERT_TRUE(r.value);
    EXPECT_EQ(r.value->toString().size(), 100000);
}

} // namespace
} // namespace kurir::scenario
