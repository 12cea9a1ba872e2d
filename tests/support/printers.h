#pragma once

#include <ostream>

#include <QByteArray>
#include <QString>

// Lets GoogleTest print Qt strings in failure messages instead of byte dumps.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QByteArray &bytes, std::ostream *os)
{
    *os << '"' << bytes.toPercentEncoding(" <>:@.-_=+/,;()[]!?*'\"#$&{}|~").toStdString() << '"';
}
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}
QT_END_NAMESPACE
