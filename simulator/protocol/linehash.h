#pragma once

#include <cstdint>
#include <cstring>

#include <QByteArrayView>

namespace kurir::smtp {

/// A hash of a short line (a command, a reply) taken eight octets at a time: a few
/// instructions per word where a hash of each octet takes a dozen per octet. For the small
/// caches of lines that repeat; callers compare the bytes on a match. Every octet counts:
/// lines of one length that differ in a single place ("RCPT TO:<user17@...>") are common.
inline std::size_t lineHash(QByteArrayView line)
{
    const char *p = line.data();
    std::size_t n = std::size_t(line.size());
    std::uint64_t h = n * 0x9E3779B97F4A7C15ull;
    auto mix = [&h](std::uint64_t w) {
        h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 29;
    };
    for (; n >= 8; n -= 8, p += 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        mix(w);
    }
    if (n > 0) {
        std::uint64_t w = 0;
        std::memcpy(&w, p, n);
        mix(w);
    }
    h = (h ^ (h >> 31)) * 0x94D049BB133111EBull;
    return std::size_t(h ^ (h >> 32));
}

} // namespace kurir::smtp
