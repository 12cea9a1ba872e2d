#include "messagedate.h"

#include <array>
#include <cstdlib>
#include <optional>

#include <QList>

namespace kurir::mail {
namespace {

constexpr std::array<const char *, 7> kDays = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr std::array<const char *, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

QByteArray twoDigits(int value)
{
    return QByteArray::number(value).rightJustified(2, '0');
}

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
    const int offset = time.offsetFromUtc();
    // Show the wall-clock time of the QDateTime's own zone, so a simulated "+0700" clock reads
    // the same in the trace whatever zone the machine running the simulation is in.
    const QDateTime local = time.toOffsetFromUtc(offset);
    const QDate date = local.date();
    const QTime clock = local.time();
    const int zoneMinutes = std::abs(offset) / 60;

    QByteArray out;
    out.reserve(31);
    out += kDays[static_cast<size_t>(date.dayOfWeek() - 1)];
    out += ", ";
    out += QByteArray::number(date.day());
    out += ' ';
    out += kMonths[static_cast<size_t>(date.month() - 1)];
    out += ' ';
    out += QByteArray::number(date.year()).rightJustified(4, '0');
    out += ' ';
    out +=
        twoDigits(clock.hour()) + ':' + twoDigits(clock.minute()) + ':' + twoDigits(clock.second());
    out += ' ';
    out += offset < 0 ? '-' : '+';
    out += twoDigits(zoneMinutes / 60) + twoDigits(zoneMinutes % 60);
    return out;
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
