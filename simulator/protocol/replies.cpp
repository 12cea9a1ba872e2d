#include "replies.h"

#include <array>
#include <cstring>

#include <QVarLengthArray>

namespace kurir::smtp {
namespace {

struct Entry
{
    const char *name;
    int code;
    const char *enhanced;
    const char *text;
};

constexpr Entry kCatalog[] = {
#define KURIR_REPLY_ENTRY(id, code, enhanced, text) {#id, code, enhanced, text},
    KURIR_SMTP_REPLIES(KURIR_REPLY_ENTRY)
#undef KURIR_REPLY_ENTRY
};

/// Replaces %1..%9 in `text` by `args`; a missing argument leaves an empty string.
QByteArray fill(const char *text, const QByteArrayList &args)
{
    const QByteArrayView t(text);
    if (!t.contains('%'))
        return QByteArray::fromRawData(text, t.size()); // static text: no copy
    QByteArray out;
    out.reserve(t.size() + 64);
    qsizetype from = 0;
    for (qsizetype at = t.indexOf('%'); at >= 0; at = t.indexOf('%', from)) {
        out.append(t.sliced(from, at - from));
        if (at + 1 < t.size() && t[at + 1] >= '1' && t[at + 1] <= '9') {
            const int index = t[at + 1] - '1';
            if (index < args.size())
                out.append(args[index]);
            from = at + 2;
        } else {
            out.append('%');
            from = at + 1;
        }
    }
    out.append(t.sliced(from));
    return out;
}

constexpr qsizetype kCatalogSize = qsizetype(std::size(kCatalog));

/// Like fill(), into a buffer on the stack: catalog texts are short and so are their
/// arguments (a path is at most 256 octets), so the hot path allocates nothing here.
void fillInto(QVarLengthArray<char, 256> &out, const char *text,
              std::initializer_list<QByteArrayView> args)
{
    const char *p = text;
    for (const char *pct = std::strchr(p, '%'); pct; pct = std::strchr(p, '%')) {
        out.append(p, pct - p);
        if (pct[1] >= '1' && pct[1] <= '9') {
            const auto index = size_t(pct[1] - '1');
            if (index < args.size()) {
                const QByteArrayView arg = args.begin()[index];
                out.append(arg.data(), arg.size());
            }
            p = pct + 2;
        } else {
            out.append('%');
            p = pct + 1;
        }
    }
    out.append(p, qsizetype(std::strlen(p)));
}

// The reply as the trace shows it: the wire bytes without CRLFs, lines joined by LF.
QByteArray traceText(const QByteArray &formatted)
{
    QByteArray text(formatted.size() - 2, Qt::Uninitialized);
    char *out = text.data();
    const char *in = formatted.constData();
    const qsizetype end = formatted.size() - 2;
    qsizetype n = 0;
    for (qsizetype i = 0; i < end; ++i) {
        if (in[i] == '\r' && i + 1 < end && in[i + 1] == '\n')
            continue; // a reply line never holds a CR of its own
        out[n++] = in[i];
    }
    text.truncate(n);
    return text;
}

char *put(char *to, QByteArrayView text)
{
    if (!text.isEmpty())
        std::memcpy(to, text.data(), size_t(text.size()));
    return to + text.size();
}

/// formatReply() and traceText() for lines given as views, sizing both results once instead
/// of growing them piece by piece (each small append was a call into Qt and often a copy).
QByteArray writeLines(QByteArray &out, int code, QByteArrayView enhanced, bool withEnhanced,
                      std::span<const QByteArrayView> lines)
{
    for (const QByteArrayView line : lines) {
        if (!line.isEmpty() && std::memchr(line.data(), '\r', size_t(line.size()))) {
            // Only an imposed reply could hold a CR; the general code keeps its exact bytes.
            Reply r;
            r.code = code;
            r.enhanced = enhanced.toByteArray();
            for (const QByteArrayView l : lines)
                r.lines.append(l.toByteArray());
            const QByteArray formatted = formatReply(r, withEnhanced);
            out += formatted;
            return traceText(formatted);
        }
    }
    const QByteArray codeStr = codeText(code);
    const bool enh = withEnhanced && !enhanced.isEmpty();
    const qsizetype count = qMax<qsizetype>(1, qsizetype(lines.size()));
    const qsizetype prefix = codeStr.size() + 1 + (enh ? enhanced.size() : 0);
    qsizetype textTotal = 0;
    for (const QByteArrayView line : lines)
        textTotal += line.size() + (enh && !line.isEmpty() ? 1 : 0);
    const qsizetype lineTotal = count * prefix + textTotal; // without any line ends

    QByteArray trace(lineTotal + count - 1, Qt::Uninitialized);
    const qsizetype outStart = out.size();
    if (out.capacity() < outStart + lineTotal + 2 * count)
        out.reserve(qMax<qsizetype>(512, 2 * (outStart + lineTotal + 2 * count))); // pipelined replies
    out.resize(outStart + lineTotal + 2 * count);
    char *t = trace.data();
    char *o = out.data() + outStart;
    for (qsizetype i = 0; i < count; ++i) {
        const QByteArrayView text = i < qsizetype(lines.size()) ? lines[size_t(i)] : QByteArrayView();
        char *const lineStart = t;
        t = put(t, codeStr);
        *t++ = (i + 1 < count) ? '-' : ' ';
        if (enh) {
            t = put(t, enhanced);
            if (!text.isEmpty())
                *t++ = ' ';
        }
        t = put(t, text);
        o = put(o, QByteArrayView(lineStart, t - lineStart));
        *o++ = '\r';
        *o++ = '\n';
        if (i + 1 < count)
            *t++ = '\n';
    }
    return trace;
}

} // namespace

QByteArray codeText(int code)
{
    // Every reply event carries its code: static text rather than an allocation each time.
    static constexpr auto kTable = [] {
        std::array<char, 400 * 3> t{};
        for (int i = 0; i < 400; ++i) {
            t[size_t(3 * i)] = char('0' + (200 + i) / 100);
            t[size_t(3 * i + 1)] = char('0' + (200 + i) / 10 % 10);
            t[size_t(3 * i + 2)] = char('0' + (200 + i) % 10);
        }
        return t;
    }();
    if (code < 200 || code > 599)
        return QByteArray::number(code);
    return QByteArray::fromRawData(kTable.data() + 3 * (code - 200), 3);
}

int replyCode(ReplyId id)
{
    return kCatalog[static_cast<int>(id)].code;
}

const QByteArrayList &replyEventArgs(ReplyId id)
{
    static const auto kArgs = [] {
        std::array<QByteArrayList, size_t(kCatalogSize)> t;
        for (size_t i = 0; i < t.size(); ++i) {
            const Entry &e = kCatalog[i];
            t[i] = {codeText(e.code),
                    QByteArray::fromRawData(e.enhanced, qsizetype(qstrlen(e.enhanced)))};
        }
        return t;
    }();
    return kArgs[size_t(id)];
}

const QByteArray &replyKey(ReplyId id)
{
    static const auto kKeys = [] {
        std::array<QByteArray, size_t(kCatalogSize)> t;
        for (size_t i = 0; i < t.size(); ++i)
            t[i] = QByteArray::fromRawData(kCatalog[i].name, qsizetype(qstrlen(kCatalog[i].name)));
        return t;
    }();
    return kKeys[size_t(id)];
}

QByteArray writeReply(QByteArray &out, ReplyId id, std::initializer_list<QByteArrayView> args,
                      bool withEnhanced, std::span<const QByteArrayView> moreLines)
{
    const Entry &e = kCatalog[static_cast<int>(id)];
    QVarLengthArray<char, 256> first;
    fillInto(first, e.text, args);
    QVarLengthArray<QByteArrayView, 12> lines;
    lines.append(QByteArrayView(first.constData(), first.size()));
    for (const QByteArrayView line : moreLines)
        lines.append(line);
    return writeLines(out, e.code, QByteArrayView(e.enhanced, qsizetype(qstrlen(e.enhanced))),
                      withEnhanced, std::span(lines.constData(), size_t(lines.size())));
}

QByteArray writeReply(QByteArray &out, const Reply &reply, bool withEnhanced)
{
    QVarLengthArray<QByteArrayView, 12> lines;
    for (const QByteArray &line : reply.lines)
        lines.append(line);
    return writeLines(out, reply.code, reply.enhanced, withEnhanced,
                      std::span(lines.constData(), size_t(lines.size())));
}

Reply reply(ReplyId id, const QByteArrayList &args)
{
    const Entry &e = kCatalog[static_cast<int>(id)];
    Reply r;
    r.id = id;
    r.code = e.code;
    r.enhanced = QByteArray::fromRawData(e.enhanced, qsizetype(qstrlen(e.enhanced)));
    r.lines.append(fill(e.text, args));
    return r;
}

Reply multilineReply(ReplyId id, const QByteArrayList &args, const QByteArrayList &moreLines)
{
    Reply r = reply(id, args);
    r.lines += moreLines;
    return r;
}

std::optional<Reply> parseReplyText(QByteArrayView text)
{
    if (text.size() < 3)
        return std::nullopt;
    bool ok = false;
    const int code = text.first(3).toInt(&ok);
    if (!ok || code < 200 || code > 599 || (text.size() > 3 && text[3] != ' '))
        return std::nullopt;
    Reply r;
    r.id = ReplyId::Override;
    r.code = code;
    QByteArrayView rest = text.size() > 4 ? text.sliced(4) : QByteArrayView();
    // An enhanced code "x.y.z" whose class matches the basic code (RFC 3463 §2).
    const qsizetype space = rest.indexOf(' ');
    const QByteArrayView first = space < 0 ? rest : rest.first(space);
    const QByteArrayList parts = first.toByteArray().split('.');
    if (parts.size() == 3 && parts[0].toInt() == code / 100 && !parts[1].isEmpty() && !parts[2].isEmpty()) {
        bool a = false, b = false;
        parts[1].toInt(&a);
        parts[2].toInt(&b);
        if (a && b) {
            r.enhanced = first.toByteArray();
            rest = space < 0 ? QByteArrayView() : rest.sliced(space + 1);
        }
    }
    r.lines.append(rest.toByteArray());
    return r;
}

QByteArray formatReply(const Reply &reply, bool withEnhanced)
{
    const QByteArray code = QByteArray::number(reply.code);
    const bool enhanced = withEnhanced && !reply.enhanced.isEmpty();
    QByteArray out;
    out.reserve(64 * reply.lines.size());
    const qsizetype count = qMax<qsizetype>(1, reply.lines.size());
    for (qsizetype i = 0; i < count; ++i) {
        const QByteArray text = i < reply.lines.size() ? reply.lines[i] : QByteArray();
        out += code;
        out += (i + 1 < count) ? '-' : ' ';
        if (enhanced) {
            out += reply.enhanced;
            if (!text.isEmpty())
                out += ' ';
        }
        out += text;
        out += "\r\n";
    }
    return out;
}

const char *replyName(ReplyId id)
{
    return kCatalog[static_cast<int>(id)].name;
}

const QList<ReplyId> &allReplies()
{
    static const QList<ReplyId> all = [] {
        QList<ReplyId> list;
        for (int i = 0; i < int(std::size(kCatalog)); ++i)
            list.append(static_cast<ReplyId>(i));
        return list;
    }();
    return all;
}

} // namespace kurir::smtp
