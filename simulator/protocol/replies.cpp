#include "replies.h"

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

} // namespace

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
