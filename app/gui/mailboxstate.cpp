#include "mailboxstate.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "message/inspect.h"

namespace kurir::gui {

using engine::EventKind;

namespace {

// The queue events' texts (simulator/world/mta.cpp), e.g.
//   queued 9E37000001 from <alice@gmail.example> to bob@yahoo.example
//   deferred 9E37000001: 451 4.7.1 ...; next attempt in 60 s
//   retry 9E37000001, attempt 2
//   removed 9E37000001 from the queue
const QRegularExpression &queuedPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^queued (\S+) from (<[^>]*>) to (.*)$)"));
    return re;
}
const QRegularExpression &deferredPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^deferred (\S+): (.*); next attempt in (\d+) s$)"));
    return re;
}
const QRegularExpression &retryPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^retry (\S+), attempt (\d+)$)"));
    return re;
}
const QRegularExpression &removedPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^removed (\S+) from the queue$)"));
    return re;
}
const QRegularExpression &storedPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^stored for <([^>]*)> \((\d+) bytes\))"));
    return re;
}

QString firstHeader(const QByteArray &raw, QByteArrayView name)
{
    const QList<QByteArray> values = mail::headerValues(mail::parseMessage(mail::headerSection(raw) + "\r\n\r\n"), name);
    return values.isEmpty() ? QString() : mail::decodeHeaderValue(values.front());
}

} // namespace

std::pair<QString, QString> fromAndSubject(const engine::Trace &trace, qint32 snapshot)
{
    if (snapshot < 0)
        return {};
    const QByteArray raw = trace.messageContent(snapshot);
    return {firstHeader(raw, "From"), firstHeader(raw, "Subject")};
}

namespace {

void collect(const mail::MimePart &part, QString *text, QStringList *attachments, QString *status)
{
    if (part.isMultipart() || !part.children.isEmpty()) {
        // multipart/alternative: the first (plain) version is enough for a reader.
        const bool alternative = part.contentType == "multipart/alternative";
        for (const mail::MimePart &child : part.children) {
            collect(child, text, attachments, status);
            if (alternative && !text->isEmpty())
                break;
        }
        return;
    }
    if (part.disposition != "attachment" && part.contentType.startsWith("text/") && text->isEmpty())
        *text = part.text;
    else if (part.contentType == "message/delivery-status")
        // A bounce's machine-readable part (RFC 3464): mail clients show it, and it names the
        // failed recipient and the server's reply.
        *status = QString::fromUtf8(part.decodedBody);
    else
        attachments->append(QStringLiteral("%1 (%2, %3 bytes)")
                                .arg(part.fileName.isEmpty() ? QStringLiteral("?") : part.fileName,
                                     QString::fromUtf8(part.contentType))
                                .arg(part.decodedSize));
}

} // namespace

QString readerText(const engine::Trace &trace, qint32 snapshot)
{
    if (snapshot < 0)
        return {};
    const mail::ParsedMessage m = mail::parseMessage(trace.messageContent(snapshot));
    QStringList lines;
    for (const char *name : {"From", "To", "Cc", "Date", "Subject"}) {
        const QList<QByteArray> values = mail::headerValues(m, name);
        if (!values.isEmpty())
            lines << QStringLiteral("%1: %2").arg(QLatin1String(name), mail::decodeHeaderValue(values.front()));
    }
    QString text, status;
    QStringList attachments;
    collect(m.root, &text, &attachments, &status);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    lines << QString() << text.trimmed();
    if (!status.isEmpty())
        lines << QString() << status.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).trimmed() << QString();
    for (const QString &a : attachments)
        lines << QCoreApplication::translate("MailboxesView", "Attachment: %1").arg(a);
    return lines.join(u'\n');
}

MailState mailStateAt(const engine::Trace &trace, int index)
{
    MailState state;
    advanceMailState(state, trace, -1, index);
    return state;
}

void advanceMailState(MailState &state, const engine::Trace &trace, int from, int to)
{
    const int last = qMin(to, int(trace.events.size()) - 1);
    for (int i = from + 1; i <= last; ++i) {
        const engine::TraceEvent &e = trace.events[size_t(i)];
        if (e.kind != EventKind::Queue && e.kind != EventKind::Store)
            continue;
        const QString text = QString::fromUtf8(trace.eventText(e));
        const QByteArray owner = trace.actorId(e.from);
        if (e.kind == EventKind::Store) {
            const auto m = storedPattern().match(text);
            if (!m.hasMatch())
                continue;
            const QByteArray address = m.captured(1).toUtf8();
            auto box = std::find_if(state.mailboxes.begin(), state.mailboxes.end(),
                                    [&](const MailboxState &b) { return b.address == address; });
            if (box == state.mailboxes.end()) {
                state.mailboxes.append({address, trace.actorId(e.to), {}});
                box = state.mailboxes.end() - 1;
            }
            StoredMessage stored;
            stored.step = i;
            stored.snapshot = e.message;
            stored.bytes = m.captured(2).toLongLong();
            stored.bounce = e.message >= 0 && size_t(e.message) < trace.messages.size()
                            && trace.messages[size_t(e.message)].envelopeFrom.isEmpty();
            box->messages.append(stored);
            continue;
        }
        auto entry = [&](const QString &id) {
            return std::find_if(state.queue.begin(), state.queue.end(), [&](const QueueEntry &q) {
                return q.owner == owner && q.id == id.toUtf8();
            });
        };
        if (const auto m = queuedPattern().match(text); m.hasMatch()) {
            state.queue.append({owner, m.captured(1).toUtf8(), m.captured(2).toUtf8(), m.captured(3).toUtf8(), 1, -1, {}});
        } else if (const auto d = deferredPattern().match(text); d.hasMatch()) {
            if (auto q = entry(d.captured(1)); q != state.queue.end()) {
                q->lastReply = d.captured(2).toUtf8();
                q->nextAttemptMs = e.timeMs + d.captured(3).toLongLong() * 1000;
            }
        } else if (const auto r = retryPattern().match(text); r.hasMatch()) {
            if (auto q = entry(r.captured(1)); q != state.queue.end()) {
                q->attempts = r.captured(2).toInt();
                q->nextAttemptMs = -1;
            }
        } else if (const auto x = removedPattern().match(text); x.hasMatch()) {
            if (auto q = entry(x.captured(1)); q != state.queue.end())
                state.queue.erase(q);
        }
    }
}

} // namespace kurir::gui
