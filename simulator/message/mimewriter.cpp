// GLib, under GMime, uses `signals` as an identifier and Qt defines it as a macro: GMime is
// included before any Qt header (STYLE.md). This file and inspect.cpp are the only ones that
// see GMime.
#include <gmime/gmime.h>

#include "mimewriter.h"

#include <algorithm>
#include <memory>

#include <QCryptographicHash>

#include "protocol/address.h"

namespace kurir::mail::detail {
namespace {

struct GObjectUnref
{
    void operator()(gpointer object) const
    {
        if (object) g_object_unref(object);
    }
};
template <typename T> using GPtr = std::unique_ptr<T, GObjectUnref>;

struct FormatOptionsFree
{
    void operator()(GMimeFormatOptions *options) const { g_mime_format_options_free(options); }
};

// The charset for every encoded word and RFC 2231 parameter. Without it GMime picks the
// "best" charset per string (iso-8859-1 for "Alicé", UTF-8 for "—"), which students would
// find arbitrary.
constexpr const char *kCharset = "utf-8";

std::pair<QByteArray, QByteArray> splitMediaType(const QByteArray &mediaType)
{
    const qsizetype slash = mediaType.indexOf('/');
    if (slash < 0) return {mediaType, QByteArray()};
    return {mediaType.left(slash), mediaType.mid(slash + 1)};
}

GMimeContentEncoding gmimeEncoding(TransferEncoding encoding)
{
    switch (encoding) {
    case TransferEncoding::SevenBit:
        return GMIME_CONTENT_ENCODING_7BIT;
    case TransferEncoding::EightBit:
        return GMIME_CONTENT_ENCODING_8BIT;
    case TransferEncoding::Binary:
        return GMIME_CONTENT_ENCODING_BINARY;
    case TransferEncoding::QuotedPrintable:
        return GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE;
    case TransferEncoding::Base64:
        return GMIME_CONTENT_ENCODING_BASE64;
    }
    return GMIME_CONTENT_ENCODING_7BIT;
}

bool isTextEncoding(TransferEncoding encoding)
{
    return encoding == TransferEncoding::SevenBit || encoding == TransferEncoding::EightBit ||
           encoding == TransferEncoding::QuotedPrintable;
}

void setParameterCharset(GMimeParamList *list, const char *name)
{
    if (!list) return;
    if (GMimeParam *param = g_mime_param_list_get_parameter(list, name))
        g_mime_param_set_charset(param, kCharset);
}

GPtr<GMimeObject> buildEntity(const Entity &entity)
{
    const auto [type, subtype] = splitMediaType(entity.mediaType);
    GPtr<GMimeObject> object;
    if (entity.isMultipart()) {
        GMimeMultipart *multipart = g_mime_multipart_new_with_subtype(subtype.constData());
        object.reset(GMIME_OBJECT(multipart));
        // Always set: left empty, GMime would invent a random boundary when writing.
        g_mime_multipart_set_boundary(multipart, entity.boundary.constData());
        for (const Entity &child : entity.children) {
            GPtr<GMimeObject> part = buildEntity(child);
            g_mime_multipart_add(multipart, part.get()); // takes its own reference
        }
    } else {
        GMimePart *part = g_mime_part_new_with_type(type.constData(), subtype.constData());
        object.reset(GMIME_OBJECT(part));
        const QByteArray body =
            isTextEncoding(entity.encoding) ? normalizeLineEnds(entity.body) : entity.body;
        GPtr<GMimeStream> stream(
            g_mime_stream_mem_new_with_buffer(body.constData(), static_cast<size_t>(body.size())));
        GPtr<GMimeDataWrapper> content(
            g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
        g_mime_part_set_content(part, content.get());
        g_mime_part_set_content_encoding(part, gmimeEncoding(entity.encoding));
        if (!entity.description.isEmpty())
            g_mime_part_set_content_description(part, entity.description.constData());
    }

    for (const auto &[name, value] : entity.parameters)
        g_mime_object_set_content_type_parameter(object.get(), name.constData(), value.constData());
    if (!entity.disposition.isEmpty())
        g_mime_object_set_disposition(object.get(), entity.disposition.constData());
    if (!entity.fileName.isEmpty() && GMIME_IS_PART(object.get())) {
        // Sets both Content-Disposition filename= and Content-Type name= (the latter for old
        // readers); non-ASCII names become RFC 2231 parameters (filename*=utf-8''...).
        g_mime_part_set_filename(GMIME_PART(object.get()), entity.fileName.toUtf8().constData());
        if (GMimeContentDisposition *disposition =
                g_mime_object_get_content_disposition(object.get()))
            setParameterCharset(g_mime_content_disposition_get_parameters(disposition), "filename");
        setParameterCharset(
            g_mime_content_type_get_parameters(g_mime_object_get_content_type(object.get())),
            "name");
    }
    return object;
}

GMimeAddressType addressType(const QByteArray &name)
{
    if (name.compare("From", Qt::CaseInsensitive) == 0) return GMIME_ADDRESS_TYPE_FROM;
    if (name.compare("Sender", Qt::CaseInsensitive) == 0) return GMIME_ADDRESS_TYPE_SENDER;
    if (name.compare("Reply-To", Qt::CaseInsensitive) == 0) return GMIME_ADDRESS_TYPE_REPLY_TO;
    if (name.compare("Cc", Qt::CaseInsensitive) == 0) return GMIME_ADDRESS_TYPE_CC;
    if (name.compare("Bcc", Qt::CaseInsensitive) == 0) return GMIME_ADDRESS_TYPE_BCC;
    Q_ASSERT(name.compare("To", Qt::CaseInsensitive) == 0);
    return GMIME_ADDRESS_TYPE_TO;
}

void addHeader(GMimeMessage *message, const HeaderSpec &header)
{
    GMimeObject *object = GMIME_OBJECT(message);
    switch (header.kind) {
    case HeaderSpec::Kind::Text:
        // With a charset, GMime writes encoded words (RFC 2047) only for the words that need
        // them and folds at 78 columns.
        g_mime_object_append_header(object, header.name.constData(),
                                    header.text.toUtf8().constData(), kCharset);
        break;
    case HeaderSpec::Kind::Mailboxes: {
        // The typed list (not a preformatted string) so that GMime encodes the display names
        // in our charset; the field is appended at its first change, keeping our order.
        InternetAddressList *list = g_mime_message_get_addresses(message, addressType(header.name));
        for (const MailboxSpec &mailbox : header.mailboxes) {
            const QByteArray name = mailbox.name.toUtf8();
            GPtr<InternetAddress> address(internet_address_mailbox_new(
                name.isEmpty() ? nullptr : name.constData(), mailbox.address.constData()));
            internet_address_set_charset(address.get(), kCharset);
            internet_address_list_add(list, address.get());
        }
        break;
    }
    case HeaderSpec::Kind::EmptyGroup: {
        InternetAddressList *list = g_mime_message_get_addresses(message, addressType(header.name));
        GPtr<InternetAddress> group(internet_address_group_new(header.text.toUtf8().constData()));
        internet_address_list_add(list, group.get());
        break;
    }
    case HeaderSpec::Kind::Verbatim:
        g_mime_object_append_header(object, header.name.constData(), header.verbatim.constData(),
                                    nullptr);
        break;
    }
}

// Collects what a boundary delimiter must not occur in: the bodies written as they are, and
// the delimiters of nested multiparts (so that no boundary is a prefix of another). QByteArray
// copies are shared, not deep.
void collectUnencoded(const Entity &entity, QList<QByteArray> &out)
{
    for (const Entity &child : entity.children) {
        if (child.isMultipart()) {
            out.append(QByteArray("--") + child.boundary);
            collectUnencoded(child, out);
        } else if (child.encoding == TransferEncoding::SevenBit ||
                   child.encoding == TransferEncoding::EightBit ||
                   child.encoding == TransferEncoding::Binary) {
            out.append(child.body);
        }
    }
}

} // namespace

HeaderSpec HeaderSpec::makeText(QByteArray name, QString text)
{
    HeaderSpec spec;
    spec.kind = Kind::Text;
    spec.name = std::move(name);
    spec.text = std::move(text);
    return spec;
}

HeaderSpec HeaderSpec::makeMailboxes(QByteArray name, QList<MailboxSpec> mailboxes)
{
    HeaderSpec spec;
    spec.kind = Kind::Mailboxes;
    spec.name = std::move(name);
    spec.mailboxes = std::move(mailboxes);
    return spec;
}

HeaderSpec HeaderSpec::makeEmptyGroup(QByteArray name, QString groupName)
{
    HeaderSpec spec;
    spec.kind = Kind::EmptyGroup;
    spec.name = std::move(name);
    spec.text = std::move(groupName);
    return spec;
}

HeaderSpec HeaderSpec::makeVerbatim(QByteArray name, QByteArray value)
{
    HeaderSpec spec;
    spec.kind = Kind::Verbatim;
    spec.name = std::move(name);
    spec.verbatim = std::move(value);
    return spec;
}

void ensureGMime()
{
    // A function-local static is initialised exactly once even when threads race here;
    // g_mime_init() itself only counts calls and is not safe to call concurrently.
    static const bool initialised = [] {
        g_mime_init();
        return true;
    }();
    Q_UNUSED(initialised);
}

QByteArray writeMessage(const QList<HeaderSpec> &headers, const Entity &root)
{
    ensureGMime();
    // pretty_headers = FALSE: no pre-seeded fields, so the fields appear in the order given.
    GPtr<GMimeMessage> message(g_mime_message_new(FALSE));
    for (const HeaderSpec &header : headers)
        addHeader(message.get(), header);
    GPtr<GMimeObject> body = buildEntity(root);
    g_mime_message_set_mime_part(message.get(), body.get()); // also adds MIME-Version: 1.0

    std::unique_ptr<GMimeFormatOptions, FormatOptionsFree> options(g_mime_format_options_new());
    // CRLF for headers, and a unix2dos filter over every body (after transfer encoding).
    g_mime_format_options_set_newline_format(options.get(), GMIME_NEWLINE_FORMAT_DOS);

    // A memory stream rather than g_mime_object_to_string(): a binary part may hold NUL.
    GPtr<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(GMIME_OBJECT(message.get()), options.get(), stream.get());
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    QByteArray out(reinterpret_cast<const char *>(bytes->data), static_cast<qsizetype>(bytes->len));
    if (!out.endsWith("\r\n"))
        out += "\r\n"; // SMTP DATA and mbox/Maildir writers want a complete last line
    return out;
}

QByteArray deriveBoundary(QByteArrayView seed, int index, const Entity &multipart)
{
    QList<QByteArray> haystacks;
    collectUnencoded(multipart, haystacks);
    for (int attempt = 0;; ++attempt) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(seed);
        // NUL separators: seed "a1" index 2 and seed "a" index 12 must not hash alike.
        hash.addData('\0' + QByteArray::number(index) + '\0' + QByteArray::number(attempt));
        const QByteArray boundary = QByteArray("=_kurir_") + hash.result().toHex().left(24);
        const QByteArray delimiter = QByteArray("--") + boundary;
        const bool clash = std::any_of(haystacks.cbegin(), haystacks.cend(),
                                       [&](const QByteArray &h) { return h.contains(delimiter); });
        if (!clash) return boundary;
    }
}

TransferEncoding textTransferEncoding(QByteArrayView body)
{
    const QByteArray text = normalizeLineEnds(body);
    qsizetype lineLength = 0;
    for (char c : text) {
        const auto octet = static_cast<unsigned char>(c);
        if (octet == '\n') {
            lineLength = 0;
            continue;
        }
        // RFC 2045 §2.7: 7bit data is lines of at most 998 octets, no NUL, no octet over 127.
        if (octet == 0 || octet >= 0x80 || ++lineLength > 998)
            return TransferEncoding::QuotedPrintable;
    }
    return TransferEncoding::SevenBit;
}

QByteArray normalizeLineEnds(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

bool hasLineBreak(QStringView text)
{
    return text.contains(u'\r') || text.contains(u'\n');
}

bool hasLineBreak(QByteArrayView text)
{
    return text.contains('\r') || text.contains('\n');
}

std::optional<ComposeError> checkHeaderText(QStringView text)
{
    if (hasLineBreak(text)) return ComposeError::LineBreakInHeader;
    if (hasControlCharacter(text)) return ComposeError::ControlCharacter;
    return std::nullopt;
}

std::optional<ComposeError> checkAddress(QByteArrayView address)
{
    if (hasLineBreak(address)) return ComposeError::LineBreakInHeader;
    if (hasControlCharacter(address)) return ComposeError::ControlCharacter;
    if (!smtp::parseMailbox(address, /*allowUtf8=*/false)) return ComposeError::InvalidAddress;
    return std::nullopt;
}

std::optional<QByteArray> normalizeMessageId(QByteArrayView id)
{
    if (id.size() >= 2 && id.startsWith('<') && id.endsWith('>')) id = id.sliced(1, id.size() - 2);
    const qsizetype at = id.indexOf('@');
    if (at <= 0 || at + 1 >= id.size() || id.indexOf('@', at + 1) >= 0) return std::nullopt;
    for (char c : id) {
        const auto octet = static_cast<unsigned char>(c);
        if (octet <= 0x20 || octet >= 0x7f || c == '<' || c == '>' || c == '"' || c == '\\')
            return std::nullopt;
    }
    return '<' + id.toByteArray() + '>';
}

bool hasControlCharacter(QStringView text)
{
    for (QChar c : text) {
        if ((c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7f) return true;
    }
    return false;
}

bool hasControlCharacter(QByteArrayView text)
{
    for (char c : text) {
        const auto octet = static_cast<unsigned char>(c);
        if ((octet < 0x20 && octet != '\t') || octet == 0x7f) return true;
    }
    return false;
}

} // namespace kurir::mail::detail
