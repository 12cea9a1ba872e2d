#include "messagedate.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdlib>
#include <optional>

#include <QList>

namespace kurir::mail {
namespace {

constexpr std::array<const char *, 7> kDays = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr std::array<const char *, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// Writes `value` (>= 0) with at least two digits at `out`; returns the end.
char *putTwoDigits(char *out, int value)
{
    if (value >= 100)
        return std::to_chars(out, out + 12, value).ptr;
    *out++ = char('0' + value / 10);
    *out++ = char('0' + value % 10);
    return out;
}

// Floor division: negative times (before 1970) still land on the right day.
constexpr qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

struct CivilDate
{
    qint64 year;
    int month; ///< 1..12
    int day;   ///< 1..31
};

// Days since 1970-01-01 to a proleptic Gregorian date, as QDate counts them (Howard
// Hinnant's civil_from_days): a few divisions instead of QDateTime's zone machinery, which
// cost ~10k instructions per Received field in the bulk run.
constexpr CivilDate civilFromDays(qint64 days)
{
    const qint64 z = days + 719468;
    const qint64 era = floorDiv(z, 146097);
    const qint64 doe = z - era * 146097;                                   // [0, 146096]
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365; // [0, 399]
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);           // [0, 365]
    const qint64 mp = (5 * doy + 2) / 153;                                 // [0, 11], March first
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    return {yoe + era * 400 + (month <= 2), month, day};
}

static_assert(civilFromDays(0).year == 1970 && civilFromDays(0).month == 1 && civilFromDays(0).day == 1);
static_assert(civilFromDays(20784).year == 2026 && civilFromDays(20784).month == 11 &&
              civilFromDays(20784).day == 27);

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty()) return false;
    for (char c : text) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

// Splits on spaces, tabs, CR and LF (folded dates are unfolded here), dropping a trailing
// comment such as Postfix's "(UTC)".
QList<QByteArrayView> dateTokens(QByteArrayView text)
{
    const qsizetype comment = text.indexOf('(');
    if (comment >= 0) text = text.first(comment);
    QList<QByteArrayView> tokens;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool space = i == text.size() || text[i] == ' ' || text[i] == '\t' ||
                           text[i] == '\r' || text[i] == '\n';
        if (space && start >= 0) {
            tokens.append(text.sliced(start, i - start));
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }
    return tokens;
}

// Zone offset in seconds, or nullopt. RFC 5322 §3.3 numeric zones; §4.3 obsolete names, where
// military single letters other than Z "SHOULD be considered equivalent to -0000".
std::optional<int> zoneOffset(QByteArrayView zone)
{
    if (zone.size() == 5 && (zone[0] == '+' || zone[0] == '-') && isDigits(zone.sliced(1))) {
        const int hours = zone.sliced(1, 2).toInt();
        const int minutes = zone.sliced(3, 2).toInt();
        if (minutes > 59) return std::nullopt;
        const int seconds = hours * 3600 + minutes * 60;
        return zone[0] == '-' ? -seconds : seconds;
    }
    struct Named
    {
        const char *name;
        int hours;
    };
    static constexpr Named kNamed[] = {{"UT", 0},   {"GMT", 0},  {"Z", 0},    {"EST", -5},
                                       {"EDT", -4}, {"CST", -6}, {"CDT", -5}, {"MST", -7},
                                       {"MDT", -6}, {"PST", -8}, {"PDT", -7}};
    for (const Named &named : kNamed) {
        if (zone.compare(QByteArrayView(named.name), Qt::CaseInsensitive) == 0)
            return named.hours * 3600;
    }
    if (zone.size() == 1 &&
        ((zone[0] >= 'A' && zone[0] <= 'Z') || (zone[0] >= 'a' && zone[0] <= 'z')))
        return 0;
    return std::nullopt;
}

} // namespace

QByteArray formatMessageDate(const QDateTime &time)
{
    if (!time.isValid()) return {};
    // The wall-clock time of the QDateTime's own zone, so a simulated "+0700" clock reads
    // the same in the trace whatever zone the machine running the simulation is in.
    return formatMessageDate(time.toMSecsSinceEpoch(), time.offsetFromUtc());
}

QByteArray formatMessageDate(qint64 msecsSinceEpoch, int offsetSeconds)
{
    const qint64 localSeconds = floorDiv(msecsSinceEpoch, 1000) + offsetSeconds;
    const qint64 days = floorDiv(localSeconds, 86400);
    const int secondOfDay = int(localSeconds - days * 86400);
    const CivilDate date = civilFromDays(days);
    const qint64 sinceMonday = days + 3; // 1970-01-01 was a Thursday
    const int weekday = int(sinceMonday - floorDiv(sinceMonday, 7) * 7);
    const int zoneMinutes = std::abs(offsetSeconds) / 60;

    // Written into a stack buffer and copied once: every Received field needs a date.
    char buffer[96];
    char *o = buffer;
    o = std::copy_n(kDays[static_cast<size_t>(weekday)], 3, o);
    *o++ = ',';
    *o++ = ' ';
    if (date.day >= 10) *o++ = char('0' + date.day / 10);
    *o++ = char('0' + date.day % 10);
    *o++ = ' ';
    o = std::copy_n(kMonths[static_cast<size_t>(date.month - 1)], 3, o);
    *o++ = ' ';
    // As QByteArray::number(year).rightJustified(4, '0'). QDate has no year 0: astronomical
    // year 0 is 1 BC, written -1.
    const qint64 year = date.year > 0 ? date.year : date.year - 1;
    char digits[24];
    const char *digitsEnd = std::to_chars(digits, digits + sizeof digits, year).ptr;
    for (qsizetype pad = 4 - (digitsEnd - digits); pad > 0; --pad)
        *o++ = '0';
    o = std::copy(static_cast<const char *>(digits), digitsEnd, o);
    *o++ = ' ';
    o = putTwoDigits(o, secondOfDay / 3600);
    *o++ = ':';
    o = putTwoDigits(o, secondOfDay / 60 % 60);
    *o++ = ':';
    o = putTwoDigits(o, secondOfDay % 60);
    *o++ = ' ';
    *o++ = offsetSeconds < 0 ? '-' : '+';
    o = putTwoDigits(o, zoneMinutes / 60);
    o = putTwoDigits(o, zoneMinutes % 60);
    return QByteArray(buffer, o - buffer);
}

QDateTime parseMessageDate(QByteArrayView text)
{
    QList<QByteArrayView> tokens = dateTokens(text);
    if (tokens.isEmpty()) return {};
    // Optional day-of-week: "Fri," or "Fri ,"; it is redundant, so it is not checked
    // against the date.
    if (tokens.front().endsWith(',')) {
        tokens.removeFirst();
    } else if (tokens.size() > 1 && tokens[1] == ",") {
        tokens.remove(0, 2);
    }
    if (tokens.size() != 5) return {};

    const QByteArrayView dayText = tokens[0];
    const QByteArrayView monthText = tokens[1];
    const QByteArrayView yearText = tokens[2];
    const QByteArrayView timeText = tokens[3];
    if (!isDigits(dayText) || dayText.size() > 2 || !isDigits(yearText)) return {};

    int month = 0;
    for (size_t i = 0; i < kMonths.size(); ++i) {
        if (monthText.compare(QByteArrayView(kMonths[i]), Qt::CaseInsensitive) == 0)
            month = static_cast<int>(i) + 1;
    }
    if (month == 0) return {};

    int year = yearText.toInt();
    if (yearText.size() == 2) // RFC 5322 §4.3: 00-49 are 2000-2049, 50-99 are 1950-1999
        year += year < 50 ? 2000 : 1900;
    else if (yearText.size() == 3)
        year += 1900;

    const QList<QByteArray> clock = timeText.toByteArray().split(':');
    if (clock.size() < 2 || clock.size() > 3) return {};
    for (const QByteArray &part : clock) {
        if (part.size() != 2 || !isDigits(part)) return {};
    }
    const QDate date(year, month, dayText.toInt());
    const QTime time(clock[0].toInt(), clock[1].toInt(), clock.size() == 3 ? clock[2].toInt() : 0);
    const std::optional<int> offset = zoneOffset(tokens[4]);
    if (!date.isValid() || !time.isValid() || !offset) return {};
    return QDateTime(date, time, Qt::OffsetFromUTC, *offset);
}

} // namespace kurir::mail
