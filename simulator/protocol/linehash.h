#pragma once

#include <cstdint>
#include <cstring>

#include <QByteArrayView>

namespace kurir::smtp {

/// A hash of a short line (a command, a reply) from three 8-octet words — its start, its
/// middle and its end — and its length: a dozen instructions where a hash of every octet
/// takes a hundred. For the small caches of lines that repeat (STYLE.md: measure first);
/// callers compare the bytes on a match, so lines that differ elsewhere only share a slot.
inline std::size_t lineHash(QByteArrayView line)
{
    const char *p = line.data();
    const std::size_t n = std::size_t(line.size());
    auto word = [p, n](std::size_t at) {
        std::uint64_t w = 0;
        std::memcpy(&w, p + at, n - at < 8 ? n - at : 8);
        return w;
    };
    std::uint64_t h = n * 0x9E3779B97F4A7C15ull;
    if (n > 0) {
        h ^= word(0);
        h = (h ^ (h >> 29)) * 0xBF58476D1CE4E5B9ull;
        h ^= word(n > 8 ? n / 2 - 4 : 0) + (n > 8 ? word(n - 8) * 0x94D049BB133111EBull : 0);
    }
    h = (h ^ (h >> 31)) * 0x9E3779B97F4A7C15ull;
    return std::size_t(h ^ (h >> 32));
}

} // namespace kurir::smtp
