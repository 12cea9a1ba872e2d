#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>

namespace kurir::mail {

/// Formats `time` as an RFC 5322 §3.3 date-time with a numeric zone taken from the
/// QDateTime's own offset, e.g. `Fri, 27 Nov 2026 08:00:00 +0700`. Day and month names are
/// English whatever the locale: they are protocol text, never translated. Returns an empty
/// array for an invalid QDateTime.
QByteArray formatMessageDate(const QDateTime &time);
/// The same for a UTC instant and the zone offset to show it in (the simulated clock),
/// without building a QDateTime.
QByteArray formatMessageDate(qint64 msecsSinceEpoch, int offsetSeconds);

/// Parses an RFC 5322 §3.3 date-time (also the §4.3 obsolete forms: two-digit years and
/// zone names such as `GMT` or `EST`; a trailing comment like `(UTC)` is ignored). The result
/// carries the zone offset it was written with. Invalid QDateTime when `text` is not a date.
QDateTime parseMessageDate(QByteArrayView text);

} // namespace kurir::mail
