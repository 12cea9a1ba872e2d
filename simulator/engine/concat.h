#pragma once

#include <cstring>
#include <initializer_list>

#include <QByteArray>
#include <QByteArrayView>

namespace kurir::engine {

/// The pieces one after another, in one allocation of the exact size. `a + " " + b + ...`
/// allocates and copies once per `+`; the summary lines of a bulk run's half a million
/// steps are built here instead.
inline QByteArray concat(std::initializer_list<QByteArrayView> pieces)
{
    qsizetype size = 0;
    for (QByteArrayView piece : pieces)
        size += piece.size();
    QByteArray out(size, Qt::Uninitialized);
    char *at = out.data();
    for (QByteArrayView piece : pieces) {
        if (!piece.isEmpty())
            std::memcpy(at, piece.data(), size_t(piece.size()));
        at += piece.size();
    }
    return out;
}

} // namespace kurir::engine
