#include "messageinspection.h"

#include <QRegularExpression>

namespace kurir::gui {

using engine::EventKind;

QByteArrayList addressesIn(const QString &headerValue)
{
    // Good enough for display: every addr-spec, in angle brackets or bare (RFC 5322 §3.4).
    static const QRegularExpression address(QStringLiteral(R"([^\s<>,;:"]+@[^\s<>,;:"]+)"));
    QByteArrayList out;
    for (auto it = address.globalMatch(headerValue); it.hasNext();)
        out << it.next().captured().toLower().toUtf8();
    return out;
}

namespace {

QString headerText(const mail::ParsedMessage &m, QByteArrayView name)
{
    QStringList values;
    for (const QByteArray &v : mail::headerValues(m, name))
        values << mail::decodeHeaderValue(v);
    return values.join(QStringLiteral(", "));
}

/// Decodes the base64 of an AUTH exchange line, or nullopt when it is none.
std::optional<QString> decodeAuth(const engine::Trace &trace, int index, QByteArray *encoded)
{
    const engine::TraceEvent &e = trace.events[size_t(index)];
    if (e.kind != EventKind::SmtpCommand)
        return std::nullopt;
    const QByteArray line = trace.eventText(e).trimmed();
    QByteArray b64;
    if (line.startsWith("AUTH PLAIN ") || line.startsWith("AUTH LOGIN ")) {
        b64 = line.mid(11).trimmed();
    } else if (index > 0 && trace.events[size_t(index - 1)].kind == EventKind::SmtpReply
               && trace.events[size_t(index - 1)].code == 334) {
        b64 = line; // an answer to a 334 challenge (AUTH LOGIN, or PLAIN without initial response)
    }
    if (b64.isEmpty() || b64 == "=" || b64 == "*")
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    *encoded = b64;
    QString text = QString::fromUtf8(*decoded);
    // NUL is where PLAIN separates authzid, user and password; it has no glyph of its own.
    text.replace(QChar(0), QStringLiteral("[NUL]"));
    return text;
}

} // namespace

MessageInspection inspectAt(const engine::Trace &trace, int index, const MessageInspection *previous)
{
    MessageInspection in;
    const int count = int(trace.events.size());
    if (count == 0)
        return in;
    index = std::clamp(index, 0, count - 1);
    in.authDecoded = decodeAuth(trace, index, &in.authEncoded);

    // The message in view: the last one a step up to here composed, sent, stored or bounced.
    for (int i = index; i >= 0; --i) {
        if (const qint32 m = trace.events[size_t(i)].message; m >= 0 && size_t(m) < trace.messages.size()) {
            in.snapshot = m;
            in.step = i;
            break;
        }
    }
    if (in.snapshot < 0)
        return in;
    if (previous && previous->snapshot == in.snapshot) {
        MessageInspection same = *previous;
        same.step = in.step;
        same.authDecoded = in.authDecoded;
        same.authEncoded = in.authEncoded;
        return same;
    }

    const engine::TraceMessage &snapshot = trace.messages[size_t(in.snapshot)];
    in.raw = trace.messageContent(in.snapshot);
    in.envelopeFrom = snapshot.envelopeFrom;
    in.envelopeTo = snapshot.envelopeTo;
    in.parsed = mail::parseMessage(in.raw);
    in.headerFrom = headerText(in.parsed, "From");
    in.headerTo = headerText(in.parsed, "To");
    in.headerCc = headerText(in.parsed, "Cc");
    in.subject = headerText(in.parsed, "Subject");
    for (const QByteArray &r : mail::headerValues(in.parsed, "Received"))
        in.receivedChain << r;

    // Dot-stuffing as the client does it on the wire (RFC 5321 §4.5.2).
    const QByteArrayList lines = in.raw.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        if (i == lines.size() - 1 && line.isEmpty())
            break;
        if (line.startsWith('.')) {
            in.wire += '.';
            ++in.stuffedLines;
        }
        in.wire += line + '\n';
    }

    const QByteArrayList visible = addressesIn(in.headerTo + u',' + in.headerCc);
    for (const QByteArray &rcpt : in.envelopeTo)
        if (!visible.contains(rcpt.toLower()))
            in.envelopeOnly << rcpt;
    const QByteArrayList from = addressesIn(in.headerFrom);
    in.fromDiffers = !from.isEmpty() && !from.contains(in.envelopeFrom.toLower());
    return in;
}

} // namespace kurir::gui
