// libFuzzer target for the scenario JSON parser (simulator/scenario/jsontree.h). Not part of
// the CMake build (it needs clang's -fsanitize=fuzzer); from the top of the checkout:
//
//   clang++ -std=c++20 -g -O1 -fPIC -fsanitize=fuzzer,address,undefined \
//       -DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII $(pkg-config --cflags Qt6Core) \
//       -Isimulator simulator/scenario/jsontree.cpp tests/fuzz/jsontree_fuzz.cpp \
//       $(pkg-config --libs Qt6Core) -o /tmp/jsontree_fuzz
//   mkdir -p /tmp/jsontree-corpus
//   /tmp/jsontree_fuzz -max_len=4096 -max_total_time=600 \
//       /tmp/jsontree-corpus tests/fuzz/corpus/jsontree
//
// Besides "no crash, no leak, no hang" it checks what the parser promises: exactly one of
// value and error, positions that grow through the document, and, for every document it
// accepts, that Qt's own JSON parser accepts it too and reads the same values.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <vector>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include "scenario/jsontree.h"

using kurir::scenario::JsonPos;
using kurir::scenario::JsonValue;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort(); // libFuzzer saves the input that got here
}

bool before(JsonPos a, JsonPos b)
{
    return a.line < b.line || (a.line == b.line && a.column < b.column);
}

/// Walks the tree in document order (iteratively, like the parser) and checks that every
/// key and value starts after the previous one, a member's key before its value.
void checkPositions(const JsonValue &root)
{
    struct Next
    {
        const JsonValue *value;
        const JsonPos *keyPos; ///< members only
    };
    std::vector<Next> pending{{&root, nullptr}};
    JsonPos last{0, 0};
    auto advance = [&](JsonPos pos) {
        check(before(last, pos));
        last = pos;
    };
    while (!pending.empty()) {
        const Next next = pending.back();
        pending.pop_back();
        if (next.keyPos)
            advance(*next.keyPos);
        advance(next.value->pos());
        // Children pushed in reverse pop in file order.
        for (auto it = next.value->items().rbegin(); it != next.value->items().rend(); ++it)
            pending.push_back({&*it, nullptr});
        for (auto it = next.value->members().rbegin(); it != next.value->members().rend(); ++it)
            pending.push_back({&it->value, &it->keyPos});
    }
}

bool hasDuplicateKeys(const JsonValue &object)
{
    const auto &m = object.members();
    for (size_t i = 0; i < m.size(); ++i)
        for (size_t j = i + 1; j < m.size(); ++j)
            if (m[i].key == m[j].key)
                return true;
    return false;
}

/// Compares with Qt's reading. Recursion is fine: the tree is at most JsonLimits::maxDepth deep.
void checkSame(const JsonValue &ours, const QJsonValue &qt)
{
    switch (ours.type()) {
    case JsonValue::Type::Null: check(qt.isNull()); break;
    case JsonValue::Type::Bool: check(qt.isBool() && qt.toBool() == ours.toBool()); break;
    case JsonValue::Type::Number: check(qt.isDouble() && qt.toDouble() == ours.toDouble()); break;
    case JsonValue::Type::String: check(qt.isString() && qt.toString() == ours.toString()); break;
    case JsonValue::Type::Array: {
        check(qt.isArray());
        const QJsonArray array = qt.toArray();
        check(array.size() == qsizetype(ours.items().size()));
        for (qsizetype i = 0; i < array.size(); ++i)
            checkSame(ours.items()[size_t(i)], array.at(i));
        break;
    }
    case JsonValue::Type::Object: {
        check(qt.isObject());
        if (hasDuplicateKeys(ours))
            break; // QJsonObject keeps one of them; our tree keeps all, on purpose
        const QJsonObject object = qt.toObject();
        check(object.size() == qsizetype(ours.members().size()));
        for (const JsonValue::Member &m : ours.members())
            checkSame(m.value, object.value(m.key));
        break;
    }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const kurir::scenario::JsonParseResult result = kurir::scenario::parseJson(bytes);
    check(result.value.has_value() != result.error.has_value());
    if (result.error) {
        check(result.error->pos.line >= 1 && result.error->pos.column >= 1);
        check(result.error->detail.size() <= 64);
        return 0;
    }
    checkPositions(*result.value);
    // Qt reads only arrays and objects at the top and does not skip a UTF-8 BOM.
    if (!result.value->isArray() && !result.value->isObject())
        return 0;
    const QByteArray text = bytes.startsWith("\xef\xbb\xbf") ? bytes.sliced(3).toByteArray()
                                                             : bytes.toByteArray();
    // QString::fromUtf8 inside Qt's parser drops a U+FEFF at the start of a string, which
    // ours keeps (it is content there): no comparison then.
    if (text.contains("\xef\xbb\xbf") || text.toLower().contains("\\ufeff"))
        return 0;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    check(error.error == QJsonParseError::NoError);
    checkSame(*result.value, document.isArray() ? QJsonValue(document.array())
                                                : QJsonValue(document.object()));
    return 0;
}
