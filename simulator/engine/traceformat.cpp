#include "traceformat.h"

#include "narration.h"

namespace kurir::engine {

QByteArray jsonString(QByteArrayView text)
{
    // Round-trip through QString so bytes that are not UTF-8 become U+FFFD: JSON is Unicode.
    const QByteArray utf8 = text.isValidUtf8() ? text.toByteArray()
                                               : QString::fromUtf8(text).toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 8);
    out += '"';
    for (char c : utf8) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[(c >> 4) & 0xf];
                out += hex[c & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

QByteArray toJsonLines(const Trace &trace, const QString &lang)
{
    QByteArray out;
    out.reserve(qsizetype(trace.events.size()) * 400);
    qint64 step = 0;
    for (const TraceEvent &e : trace.events) {
        out += "{\"step\":" + QByteArray::number(++step);
        out += ",\"t_ms\":" + QByteArray::number(e.timeMs);
        out += ",\"stage\":\"";
        out += stageName(e.stage);
        out += "\",\"kind\":\"";
        out += eventKindName(e.kind);
        out += "\",\"from\":" + jsonString(trace.actorId(e.from));
        out += ",\"to\":" + jsonString(trace.actorId(e.to));
        out += ",\"text\":" + jsonString(trace.eventText(e));
        out += ",\"explain\":" + jsonString(Narration::explain(e, trace, lang).toUtf8());
        if (e.kind == EventKind::SmtpReply) {
            out += ",\"code\":" + QByteArray::number(e.code);
            if (!e.enhanced.isEmpty())
                out += ",\"enhanced\":" + jsonString(e.enhanced.bytes());
        }
        if (e.encrypted)
            out += ",\"encrypted\":true";
        out += "}\n";
    }
    return out;
}

namespace {

QStringList wrap(const QString &text, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        if (!line.isEmpty())
            line += u' ';
        line += word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

QString seconds(qint64 ms)
{
    return QStringLiteral("%1.%2 s").arg(ms / 1000).arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

} // namespace

QString toText(const Trace &trace, const QString &lang, const QString &title, int width,
               const QMap<qint64, QStringList> &notes)
{
    QString out;
    if (!title.isEmpty())
        out += title + u'\n' + QString(title.size(), u'=') + QStringLiteral("\n");
    int currentStage = -1;
    qint64 step = 0;
    const QString indent(8, u' ');
    for (const TraceEvent &e : trace.events) {
        ++step;
        if (int(e.stage) != currentStage) {
            currentStage = int(e.stage);
            const QString heading = QStringLiteral("%1. %2").arg(currentStage + 1).arg(Narration::stageTitle(e.stage));
            out += QStringLiteral("\n== %1 %2\n").arg(heading, QString(qMax(3, width - heading.size() - 4), u'='));
        }
        QString who = trace.actors.empty() ? QString() : trace.actors[size_t(qMax(0, int(e.from)))].label(lang);
        if (e.to >= 0 && e.to != e.from)
            who += QStringLiteral(" -> ") + trace.actors[size_t(e.to)].label(lang);
        out += QStringLiteral("\n#%1  %2  %3%4\n")
                   .arg(step, -4)
                   .arg(seconds(e.timeMs), 10)
                   .arg(who, e.encrypted ? QStringLiteral("  [TLS]") : QString());
        QString prefix;
        if (e.kind == EventKind::SmtpCommand || e.kind == EventKind::SmtpData)
            prefix = QStringLiteral("C: ");
        else if (e.kind == EventKind::SmtpReply)
            prefix = QStringLiteral("S: ");
        for (const QString &line : QString::fromUtf8(trace.eventText(e)).split(u'\n'))
            out += indent + prefix + line + u'\n';
        for (const QString &line : wrap(Narration::explain(e, trace, lang), width - indent.size()))
            out += indent + QStringLiteral("  ") + line + u'\n';
        for (const QString &note : notes.value(step)) {
            const QStringList lines = wrap(note, width - indent.size() - 4);
            for (qsizetype i = 0; i < lines.size(); ++i)
                out += indent + (i == 0 ? QStringLiteral(">>  ") : QStringLiteral("    ")) + lines[i] + u'\n';
        }
    }
    return out;
}

} // namespace kurir::engine
