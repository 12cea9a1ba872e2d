#include "dsn.h"

#include <cctype>

#include "inspect.h"
#include "messagedate.h"
#include "mimewriter.h"

namespace kurir::mail {
namespace {

using detail::Entity;
using detail::HeaderSpec;
using detail::MailboxSpec;
using detail::TransferEncoding;

constexpr qsizetype kFoldColumn = 78; // RFC 5322 §2.1.1, which RFC 3464 §2.1 borrows

ComposeResult refuse(ComposeError error, const char *field)
{
    return ComposeResult{QByteArray(), error, QByteArray(field)};
}

// Field values partly come from remote servers: a multi-line reply's line breaks become one
// space and other control characters are dropped, so a value can never end its field.
QByteArray flatten(QByteArrayView value)
{
    QByteArray out;
    bool pendingSpace = false;
    for (char c : value) {
        const auto octet = static_cast<unsigned char>(c);
        if (c == '\r' || c == '\n') {
            pendingSpace = true;
        } else if ((octet < 0x20 && c != '\t') || octet == 0x7f) {
            continue;
        } else {
            if (pendingSpace && !out.isEmpty() && !out.endsWith(' ')) out += ' ';
            pendingSpace = false;
            out += c;
        }
    }
    return out.trimmed();
}

QByteArray withoutAngles(QByteArrayView path)
{
    if (path.size() >= 2 && path.startsWith('<') && path.endsWith('>'))
        path = path.sliced(1, path.size() - 2);
    return path.toByteArray();
}

// RFC 3464 §2.1.2: typed values are `type ; value`, e.g. `rfc822; bob@example.net`.
qsizetype typeLength(QByteArrayView value)
{
    qsizetype i = 0;
    while (i < value.size() &&
           (std::isalnum(static_cast<unsigned char>(value[i])) || value[i] == '-'))
        ++i;
    return i > 0 && i < value.size() && value[i] == ';' ? i : -1;
}

QByteArray typed(QByteArrayView defaultType, const QByteArray &value)
{
    if (typeLength(value) > 0) return value;
    return defaultType.toByteArray() + "; " + value;
}

QByteArray untyped(QByteArrayView defaultType, const QByteArray &value)
{
    const qsizetype length = typeLength(value);
    if (length > 0 &&
        QByteArrayView(value).first(length).compare(defaultType, Qt::CaseInsensitive) == 0)
        return value.mid(length + 1).trimmed();
    return value;
}

// One `Name: value` line, folded before a space where it would pass 78 columns. Folding
// only inserts CRLF before existing whitespace (RFC 5322 §2.2.3), so unfolding gives the
// value back exactly.
QByteArray field(QByteArrayView name, const QByteArray &value)
{
    QByteArray line = name.toByteArray() + ": " + value;
    QByteArray out;
    qsizetype minimumCut = name.size() + 1; // never fold between the name and the value
    while (line.size() > kFoldColumn) {
        qsizetype cut = line.lastIndexOf(' ', kFoldColumn);
        if (cut <= minimumCut)
            cut = line.indexOf(' ', kFoldColumn + 1); // one long word: fold after it
        if (cut <= minimumCut) break;
        out += line.left(cut) + "\r\n";
        line = line.mid(cut);
        minimumCut = 0;
    }
    return out + line + "\r\n";
}

// RFC 2045 §2.7/2.8: 7bit and 8bit data have lines of at most 998 octets and no NUL.
TransferEncoding rawEncoding(QByteArrayView body)
{
    bool eightBit = false;
    qsizetype lineLength = 0;
    for (char c : body) {
        const auto octet = static_cast<unsigned char>(c);
        if (c == '\n' || c == '\r') {
            lineLength = 0;
            continue;
        }
        if (octet == 0 || ++lineLength > 998) return TransferEncoding::Binary;
        eightBit = eightBit || octet >= 0x80;
    }
    return eightBit ? TransferEncoding::EightBit : TransferEncoding::SevenBit;
}

QByteArray deliveryStatus(const DsnInfo &info, const QByteArray &reportingMta)
{
    // Per-message fields, then one blank-line-separated group per recipient, in the field
    // order of the RFC 3464 §2.2 and §2.3 grammars.
    QByteArray out;
    if (!info.originalEnvelopeId.isEmpty())
        out += field("Original-Envelope-Id", flatten(info.originalEnvelopeId));
    out += field("Reporting-MTA", typed("dns", reportingMta));
    if (info.arrivalDate.isValid())
        out += field("Arrival-Date", formatMessageDate(info.arrivalDate));
    for (const DsnRecipient &recipient : info.recipients) {
        out += "\r\n";
        if (!recipient.originalRecipient.isEmpty())
            out += field("Original-Recipient",
                         typed("rfc822", withoutAngles(flatten(recipient.originalRecipient))));
        out += field("Final-Recipient",
                     typed("rfc822", withoutAngles(flatten(recipient.finalRecipient))));
        const QByteArray action = flatten(recipient.action).toLower();
        out += field("Action", action.isEmpty() ? QByteArray("failed") : action);
        QByteArray status = flatten(recipient.status);
        if (status.isEmpty())
            status = action == "delayed" ? QByteArray("4.0.0") : QByteArray("5.0.0");
        out += field("Status", status);
        if (!recipient.remoteMta.isEmpty())
            out += field("Remote-MTA", typed("dns", flatten(recipient.remoteMta)));
        if (!recipient.diagnosticCode.isEmpty())
            out += field("Diagnostic-Code", typed("smtp", flatten(recipient.diagnosticCode)));
        if (recipient.lastAttemptDate.isValid())
            out += field("Last-Attempt-Date", formatMessageDate(recipient.lastAttemptDate));
        if (recipient.willRetryUntil.isValid())
            out += field("Will-Retry-Until", formatMessageDate(recipient.willRetryUntil));
    }
    return out;
}

QString defaultHumanText(const DsnInfo &info, const QByteArray &reportingMta, bool anyFailed)
{
    QString text = QStringLiteral("This is the mail system at host %1.\n\n")
                       .arg(QString::fromUtf8(reportingMta));
    text += anyFailed ? QStringLiteral("Your message could not be delivered to one or more "
                                       "recipients. It is attached below.\n\n")
                      : QStringLiteral("Your message could not be delivered yet. The mail "
                                       "system will keep trying.\n\n");
    for (const DsnRecipient &recipient : info.recipients) {
        text += QStringLiteral("<%1>: %2\n")
                    .arg(QString::fromUtf8(withoutAngles(flatten(recipient.finalRecipient))),
                         QString::fromUtf8(flatten(recipient.diagnosticCode)));
    }
    return text;
}

// Splits a message/delivery-status body into its field groups, unfolding as it goes.
QList<QList<HeaderField>> fieldGroups(const QByteArray &body)
{
    QList<QList<HeaderField>> groups;
    QList<HeaderField> current;
    for (const QByteArray &line : detail::normalizeLineEnds(body).split('\n')) {
        if (line.trimmed().isEmpty()) {
            if (!current.isEmpty()) groups.append(current);
            current.clear();
        } else if ((line.startsWith(' ') || line.startsWith('\t')) && !current.isEmpty()) {
            current.last().value += line; // unfolding keeps the whitespace
        } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
            current.append(HeaderField{line.left(colon).trimmed(), line.mid(colon + 1)});
        }
    }
    if (!current.isEmpty()) groups.append(current);
    for (QList<HeaderField> &group : groups) {
        for (HeaderField &f : group)
            f.value = f.value.trimmed();
    }
    return groups;
}

QByteArray fieldValue(const QList<HeaderField> &group, QByteArrayView name)
{
    return headerValues(group, name).value(0);
}

} // namespace

ComposeResult composeBounce(const DsnInfo &info)
{
    if (!info.date.isValid()) return refuse(ComposeError::MissingDate, "Date");
    const QByteArray sender = withoutAngles(info.originalSender);
    if (sender.isEmpty()) return refuse(ComposeError::NullReversePath, "To");
    if (const auto error = detail::checkAddress(sender)) return refuse(*error, "To");
    if (const auto error = detail::checkHeaderText(info.postmasterName))
        return refuse(*error, "From");
    if (const auto error = detail::checkAddress(info.postmasterAddress))
        return refuse(*error, "From");
    if (const auto error = detail::checkHeaderText(info.subject)) return refuse(*error, "Subject");
    if (info.recipients.isEmpty()) return refuse(ComposeError::NoRecipients, "Final-Recipient");
    std::optional<QByteArray> messageId;
    if (!info.messageId.isEmpty()) {
        if (detail::hasLineBreak(info.messageId))
            return refuse(ComposeError::LineBreakInHeader, "Message-ID");
        messageId = detail::normalizeMessageId(info.messageId);
        if (!messageId) return refuse(ComposeError::InvalidMessageId, "Message-ID");
    }

    QByteArray reportingMta = flatten(info.reportingMta);
    if (reportingMta.isEmpty())
        reportingMta = info.postmasterAddress.mid(info.postmasterAddress.lastIndexOf('@') + 1);
    bool anyFailed = false;
    for (const DsnRecipient &recipient : info.recipients)
        anyFailed =
            anyFailed || recipient.action.isEmpty() || recipient.action.toLower() == "failed";

    QString subject = info.subject;
    if (subject.isEmpty())
        subject = anyFailed ? QStringLiteral("Undelivered Mail Returned to Sender")
                            : QStringLiteral("Delayed Mail (still being retried)");

    QList<HeaderSpec> headers;
    headers.append(HeaderSpec::makeVerbatim("Date", formatMessageDate(info.date)));
    headers.append(HeaderSpec::makeMailboxes(
        "From", {MailboxSpec{info.postmasterName, info.postmasterAddress}}));
    headers.append(HeaderSpec::makeMailboxes("To", {MailboxSpec{QString(), sender}}));
    headers.append(HeaderSpec::makeText("Subject", subject));
    if (messageId) headers.append(HeaderSpec::makeVerbatim("Message-ID", *messageId));
    // RFC 3834 §5: automatic responders must not answer this message.
    headers.append(HeaderSpec::makeVerbatim("Auto-Submitted", "auto-replied"));

    Entity human;
    human.mediaType = "text/plain";
    human.parameters = {{"charset", "utf-8"}};
    human.description = "Notification";
    human.body = (info.humanText.isEmpty() ? defaultHumanText(info, reportingMta, anyFailed)
                                           : info.humanText)
                     .toUtf8();
    human.encoding = detail::textTransferEncoding(human.body);

    Entity status;
    status.mediaType = "message/delivery-status";
    status.description = "Delivery report";
    status.body = deliveryStatus(info, reportingMta);
    status.encoding = rawEncoding(status.body);

    Entity report;
    report.mediaType = "multipart/report";
    report.parameters = {{"report-type", "delivery-status"}}; // RFC 6522 §3
    report.children = {human, status};
    if (!info.originalMessage.isEmpty()) {
        Entity original;
        if (info.includeFullMessage) {
            original.mediaType = "message/rfc822";
            original.description = "Undelivered Message";
            original.body = info.originalMessage;
        } else {
            original.mediaType = "text/rfc822-headers"; // RFC 6522 §4
            original.description = "Undelivered Message Headers";
            original.body = headerSection(info.originalMessage);
        }
        // RFC 2046 §5.2.1: message/rfc822 is never base64 or quoted-printable.
        original.encoding = rawEncoding(original.body);
        report.children.append(original);
    }
    report.boundary = detail::deriveBoundary(info.boundarySeed, 0, report);
    return ComposeResult{detail::writeMessage(headers, report), ComposeError::None, QByteArray()};
}

std::optional<ParsedDsn> parseBounce(const QByteArray &raw)
{
    const ParsedMessage message = parseMessage(raw);
    const MimePart &root = message.root;
    if (!message.ok || root.contentType != "multipart/report" ||
        root.parameter("report-type")
                .compare(QLatin1String("delivery-status"), Qt::CaseInsensitive) != 0)
        return std::nullopt;

    ParsedDsn dsn;
    const MimePart *status = nullptr;
    for (const MimePart &part : root.children) {
        if (!status && (part.contentType == "message/delivery-status" ||
                        part.contentType == "message/global-delivery-status")) {
            status = &part;
        } else if (part.contentType == "message/rfc822" || part.contentType == "message/global") {
            dsn.returnedContent = part.decodedBody;
            dsn.returnedFullMessage = true;
        } else if (part.contentType == "text/rfc822-headers" ||
                   part.contentType == "message/global-headers") {
            dsn.returnedContent = part.decodedBody;
        } else if (!status && dsn.humanText.isEmpty() && part.contentType.startsWith("text/")) {
            dsn.humanText = part.text;
        }
    }
    if (!status) return std::nullopt;
    const QList<QList<HeaderField>> groups = fieldGroups(status->decodedBody);
    if (groups.isEmpty()) return std::nullopt;

    const QList<HeaderField> &perMessage = groups.front();
    dsn.reportingMta = untyped("dns", fieldValue(perMessage, "Reporting-MTA"));
    dsn.originalEnvelopeId = fieldValue(perMessage, "Original-Envelope-Id");
    dsn.arrivalDate = fieldValue(perMessage, "Arrival-Date");
    for (qsizetype i = 1; i < groups.size(); ++i) {
        const QList<HeaderField> &group = groups[i];
        DsnRecipient recipient;
        recipient.finalRecipient = untyped("rfc822", fieldValue(group, "Final-Recipient"));
        recipient.originalRecipient = untyped("rfc822", fieldValue(group, "Original-Recipient"));
        recipient.action = fieldValue(group, "Action").toLower();
        recipient.status = fieldValue(group, "Status");
        recipient.remoteMta = untyped("dns", fieldValue(group, "Remote-MTA"));
        recipient.diagnosticCode = untyped("smtp", fieldValue(group, "Diagnostic-Code"));
        recipient.lastAttemptDate = parseMessageDate(fieldValue(group, "Last-Attempt-Date"));
        recipient.willRetryUntil = parseMessageDate(fieldValue(group, "Will-Retry-Until"));
        dsn.recipients.append(recipient);
    }
    return dsn;
}

} // namespace kurir::mail
