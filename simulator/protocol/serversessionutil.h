#pragma once

// Helpers shared by the files of ServerSession (serversession*.cpp); not part of its API.

#include <cstring>

#include <QByteArray>

namespace kurir::smtp::detail {

// Partial data lines longer than this move into the message before their CRLF arrives, so a
// line of any length is read in bounded memory (it cannot be the "." terminator).
inline constexpr qsizetype kDataFlushThreshold = 4096;

// The first CRLF at or after `from`, or -1; memchr for the LF is much faster than a
// two-byte substring search.
inline qsizetype findCrlf(const QByteArray &buffer, qsizetype from)
{
    const char *base = buffer.constData();
    const qsizetype size = buffer.size();
    while (from < size) {
        const auto *nl = static_cast<const char *>(std::memchr(base + from, '\n', size_t(size - from)));
        if (!nl)
            return -1;
        const qsizetype lf = nl - base;
        if (lf > 0 && base[lf - 1] == '\r')
            return lf - 1;
        from = lf + 1;
    }
    return -1;
}

inline QByteArray key(const char *text)
{
    return QByteArray::fromRawData(text, qsizetype(qstrlen(text)));
}

} // namespace kurir::smtp::detail
