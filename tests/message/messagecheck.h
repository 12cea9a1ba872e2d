#pragma once

// Checks the message tests share: line ends and line lengths as RFC 5322 §2.1.1 and §2.3
// demand them of a message on the wire.

#include <algorithm>

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include "message/composer.h"

namespace kurir::mail::test {

/// True when every CR is followed by LF and every LF preceded by CR.
inline bool onlyCrlfLineEnds(const QByteArray &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')) return false;
        if (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')) return false;
    }
    return true;
}

/// The lines of `text` without their CRLF.
inline QList<QByteArray> crlfLines(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r')) line.chop(1);
    }
    if (!lines.isEmpty() && lines.last().isEmpty()) lines.removeLast();
    return lines;
}

inline qsizetype longestLine(const QByteArray &text)
{
    qsizetype longest = 0;
    for (const QByteArray &line : crlfLines(text))
        longest = std::max(longest, line.size());
    return longest;
}

/// The header section, up to but excluding the first empty line.
inline QByteArray headerOf(const QByteArray &message)
{
    const qsizetype end = message.indexOf("\r\n\r\n");
    return end < 0 ? message : message.left(end + 2);
}

/// 27 November 2026, 08:00 in Western Indonesian Time (+0700), the seed's classroom.
inline QDateTime classroomTime(int secondsLater = 0)
{
    return QDateTime(QDate(2026, 11, 27), QTime(8, 0), Qt::OffsetFromUTC, 7 * 3600)
        .addSecs(secondsLater);
}

/// Alice at Gmail writes to Bob at Yahoo, as in the seed text.
inline Composition aliceToBob()
{
    Composition c;
    c.fromName = QStringLiteral("Alice");
    c.from = "alice@gmail.example";
    c.to = {"bob@yahoo.example"};
    c.subject = QStringLiteral("Halo Bob");
    c.body = QStringLiteral("Apa kabar?\n");
    c.date = classroomTime();
    c.messageId = "20261127080000.1@gmail.example";
    c.boundarySeed = "gmail-to-yahoo/1";
    return c;
}

/// 1000 bytes that cover every octet, NUL, CR and LF included.
inline QByteArray binaryContent()
{
    QByteArray bytes;
    for (int i = 0; i < 1000; ++i)
        bytes += char((i * 7) % 256);
    return bytes;
}

} // namespace kurir::mail::test
