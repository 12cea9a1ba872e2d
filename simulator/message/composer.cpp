#include "composer.h"

#include <optional>

#include "messagedate.h"
#include "mimewriter.h"

namespace kurir::mail {
namespace {

using detail::Entity;
using detail::HeaderSpec;
using detail::MailboxSpec;

ComposeResult refuse(ComposeError error, const char *field)
{
    return ComposeResult{QByteArray(), error, QByteArray(field)};
}

bool isMimeToken(QByteArrayView token)
{
    if (token.isEmpty()) return false;
    for (char c : token) {
        const auto octet = static_cast<unsigned char>(c);
        // RFC 2045 §5.1: token := 1*<any (US-ASCII) CHAR except SPACE, CTLs, or tspecials>
        if (octet <= 0x20 || octet >= 0x7f || QByteArrayView("()<>@,;:\\\"/[]?=").contains(c))
            return false;
    }
    return true;
}

std::optional<QByteArray> normalizeMimeType(QByteArrayView mimeType)
{
    if (mimeType.isEmpty()) return QByteArray("application/octet-stream");
    const qsizetype slash = mimeType.indexOf('/');
    if (slash < 0 || !isMimeToken(mimeType.first(slash)) ||
        !isMimeToken(mimeType.sliced(slash + 1)))
        return std::nullopt;
    const QByteArray type = mimeType.toByteArray().toLower();
    // RFC 2046 §5.1.1 and §5.2.1: multipart and message entities may only be 7bit, 8bit or
    // binary, so they cannot be sent as a base64 attachment.
    if (type.startsWith("multipart/") || type.startsWith("message/")) return std::nullopt;
    return type;
}

QList<MailboxSpec> mailboxes(const QList<QByteArray> &addresses)
{
    QList<MailboxSpec> out;
    for (const QByteArray &address : addresses)
        out.append(MailboxSpec{QString(), address});
    return out;
}

} // namespace

ComposeResult composeMessage(const Composition &composition)
{
    const Composition &c = composition;
    if (!c.date.isValid()) return refuse(ComposeError::MissingDate, "Date");
    if (const auto error = detail::checkHeaderText(c.fromName)) return refuse(*error, "From");
    if (const auto error = detail::checkAddress(c.from)) return refuse(*error, "From");
    const std::pair<const QList<QByteArray> *, const char *> lists[] = {
        {&c.to, "To"}, {&c.cc, "Cc"}, {&c.bcc, "Bcc"}};
    for (const auto &[list, field] : lists) {
        for (const QByteArray &address : *list) {
            if (const auto error = detail::checkAddress(address)) return refuse(*error, field);
        }
    }
    if (const auto error = detail::checkHeaderText(c.subject)) return refuse(*error, "Subject");
    std::optional<QByteArray> messageId;
    if (!c.messageId.isEmpty()) {
        if (detail::hasLineBreak(c.messageId))
            return refuse(ComposeError::LineBreakInHeader, "Message-ID");
        messageId = detail::normalizeMessageId(c.messageId);
        if (!messageId) return refuse(ComposeError::InvalidMessageId, "Message-ID");
    }
    QList<QByteArray> attachmentTypes;
    for (const Attachment &attachment : c.attachments) {
        if (const auto error = detail::checkHeaderText(attachment.fileName))
            return refuse(*error, "filename");
        if (detail::hasLineBreak(attachment.mimeType))
            return refuse(ComposeError::LineBreakInHeader, "Content-Type");
        const std::optional<QByteArray> type = normalizeMimeType(attachment.mimeType);
        if (!type) return refuse(ComposeError::InvalidMimeType, "Content-Type");
        attachmentTypes.append(*type);
    }

    // RFC 5322 §3.6 lists no order; this is the order most clients use, origination first.
    QList<HeaderSpec> headers;
    headers.append(HeaderSpec::makeVerbatim("Date", formatMessageDate(c.date)));
    headers.append(HeaderSpec::makeMailboxes("From", {MailboxSpec{c.fromName, c.from}}));
    if (!c.to.isEmpty())
        headers.append(HeaderSpec::makeMailboxes("To", mailboxes(c.to)));
    else if (c.cc.isEmpty())
        // Only blind copies: an empty group tells readers the recipients were withheld,
        // as common clients do.
        headers.append(HeaderSpec::makeEmptyGroup("To", QStringLiteral("undisclosed-recipients")));
    if (!c.cc.isEmpty()) headers.append(HeaderSpec::makeMailboxes("Cc", mailboxes(c.cc)));
    if (!c.subject.isEmpty()) headers.append(HeaderSpec::makeText("Subject", c.subject));
    if (messageId) headers.append(HeaderSpec::makeVerbatim("Message-ID", *messageId));

    Entity text;
    text.mediaType = "text/plain";
    text.parameters = {{"charset", "utf-8"}};
    text.body = c.body.toUtf8();
    text.encoding = detail::textTransferEncoding(text.body);

    if (c.attachments.isEmpty())
        return ComposeResult{detail::writeMessage(headers, text), ComposeError::None, QByteArray()};

    Entity mixed;
    mixed.mediaType = "multipart/mixed";
    mixed.children.append(text);
    for (qsizetype i = 0; i < c.attachments.size(); ++i) {
        Entity part;
        part.mediaType = attachmentTypes[i];
        part.disposition = "attachment";
        part.fileName = c.attachments[i].fileName;
        part.encoding = detail::TransferEncoding::Base64;
        part.body = c.attachments[i].content;
        mixed.children.append(part);
    }
    mixed.boundary = detail::deriveBoundary(c.boundarySeed, 0, mixed);
    return ComposeResult{detail::writeMessage(headers, mixed), ComposeError::None, QByteArray()};
}

QList<QByteArray> envelopeRecipients(const Composition &composition)
{
    QList<QByteArray> out;
    for (const QList<QByteArray> *list : {&composition.to, &composition.cc, &composition.bcc}) {
        for (const QByteArray &address : *list) {
            if (!out.contains(address)) out.append(address);
        }
    }
    return out;
}

} // namespace kurir::mail
