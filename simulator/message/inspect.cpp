// GLib, under GMime, uses `signals` as an identifier and Qt defines it as a macro: GMime is
// included before any Qt header (STYLE.md). This file and mimewriter.cpp are the only ones
// that see GMime.
#include <gmime/gmime.h>

#include "inspect.h"

#include <algorithm>
#include <memory>

#include "mimewriter.h"

namespace kurir::mail {
namespace {

struct GObjectUnref
{
    void operator()(gpointer object) const
    {
        if (object) g_object_unref(object);
    }
};
template <typename T> using GPtr = std::unique_ptr<T, GObjectUnref>;

struct GFree
{
    void operator()(gpointer memory) const { g_free(memory); }
};
using GCharPtr = std::unique_ptr<char, GFree>;

struct ParserOptionsFree
{
    void operator()(GMimeParserOptions *options) const { g_mime_parser_options_free(options); }
};
struct FormatOptionsFree
{
    void operator()(GMimeFormatOptions *options) const { g_mime_format_options_free(options); }
};

// GMime stops at its own nesting limit (GMIME_CRIT_NESTING_OVERFLOW, about a thousand
// levels); this tree stops earlier so that building and destroying it, which recurse, stay
// well inside a thread's stack even under AddressSanitizer.
constexpr int kMaxDepth = 256;

QByteArray fromC(const char *text)
{
    return text ? QByteArray(text) : QByteArray();
}

QByteArray bytesOf(GMimeStream *memoryStream)
{
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(memoryStream));
    return QByteArray(reinterpret_cast<const char *>(bytes->data),
                      static_cast<qsizetype>(bytes->len));
}

// Unfolding (RFC 5322 §2.2.3) removes the CRLFs only; the whitespace after them stays.
QByteArray unfold(QByteArrayView raw)
{
    QByteArray out;
    out.reserve(raw.size());
    for (char c : raw) {
        if (c != '\r' && c != '\n') out += c;
    }
    return out.trimmed();
}

void noteIssue(QList<ParseIssue> &issues, ParseIssue issue)
{
    if (!issues.contains(issue)) issues.append(issue);
}

void onParserWarning(gint64 offset, GMimeParserWarning code, const gchar *item, gpointer data)
{
    Q_UNUSED(offset);
    Q_UNUSED(item);
    auto &issues = *static_cast<QList<ParseIssue> *>(data);
    switch (code) {
    case GMIME_WARN_DUPLICATED_HEADER:
        return noteIssue(issues, ParseIssue::DuplicatedHeader);
    case GMIME_WARN_UNENCODED_8BIT_HEADER:
        return noteIssue(issues, ParseIssue::Unencoded8BitHeader);
    case GMIME_WARN_INVALID_RFC2047_HEADER_VALUE:
        return noteIssue(issues, ParseIssue::InvalidEncodedWord);
    case GMIME_WARN_INVALID_CONTENT_TYPE:
        return noteIssue(issues, ParseIssue::InvalidContentType);
    case GMIME_WARN_DUPLICATED_PARAMETER:
    case GMIME_WARN_INVALID_PARAMETER:
    case GMIME_CRIT_CONFLICTING_PARAMETER:
        return noteIssue(issues, ParseIssue::InvalidParameter);
    case GMIME_WARN_INVALID_ADDRESS_LIST:
        return noteIssue(issues, ParseIssue::InvalidAddressList);
    case GMIME_CRIT_INVALID_HEADER_NAME:
        return noteIssue(issues, ParseIssue::InvalidHeaderName);
    case GMIME_CRIT_CONFLICTING_HEADER:
        return noteIssue(issues, ParseIssue::ConflictingHeader);
    case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY:
        return noteIssue(issues, ParseIssue::MultipartWithoutBoundary);
    case GMIME_WARN_MALFORMED_MULTIPART:
    case GMIME_WARN_PART_WITHOUT_CONTENT:
    case GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT:
        return noteIssue(issues, ParseIssue::MalformedMultipart);
    case GMIME_WARN_TRUNCATED_MESSAGE:
        return noteIssue(issues, ParseIssue::Truncated);
    case GMIME_CRIT_NESTING_OVERFLOW:
        return noteIssue(issues, ParseIssue::NestingTooDeep);
    case GMIME_WARN_MALFORMED_MESSAGE:
        break;
    }
    noteIssue(issues, ParseIssue::Malformed);
}

struct PositionedField
{
    gint64 offset;
    HeaderField field;
};

void appendFields(GMimeHeaderList *list, QList<PositionedField> &out)
{
    if (!list) return;
    const int count = g_mime_header_list_get_count(list);
    for (int i = 0; i < count; ++i) {
        GMimeHeader *header = g_mime_header_list_get_header_at(list, i);
        out.append({g_mime_header_get_offset(header),
                    HeaderField{fromC(g_mime_header_get_raw_name(header)),
                                unfold(fromC(g_mime_header_get_raw_value(header)))}});
    }
}

QList<HeaderField> withoutOffsets(const QList<PositionedField> &fields)
{
    QList<HeaderField> out;
    out.reserve(fields.size());
    for (const PositionedField &positioned : fields)
        out.append(positioned.field);
    return out;
}

QList<HeaderField> entityHeaders(GMimeObject *object)
{
    QList<PositionedField> fields;
    appendFields(g_mime_object_get_header_list(object), fields);
    return withoutOffsets(fields);
}

// GMime files a message's Content-* fields under its body part and the rest under the
// message; their stream offsets put them back into the order they were written.
QList<HeaderField> messageHeaders(GMimeMessage *message)
{
    QList<PositionedField> fields;
    appendFields(g_mime_object_get_header_list(GMIME_OBJECT(message)), fields);
    if (GMimeObject *body = g_mime_message_get_mime_part(message))
        appendFields(g_mime_object_get_header_list(body), fields);
    std::stable_sort(
        fields.begin(), fields.end(),
        [](const PositionedField &a, const PositionedField &b) { return a.offset < b.offset; });
    return withoutOffsets(fields);
}

QByteArray readStream(GMimeStream *stream)
{
    GPtr<GMimeStream> memory(g_mime_stream_mem_new());
    g_mime_stream_reset(stream);
    g_mime_stream_write_to_stream(stream, memory.get());
    return bytesOf(memory.get());
}

QByteArray serialize(GMimeObject *object)
{
    std::unique_ptr<GMimeFormatOptions, FormatOptionsFree> options(g_mime_format_options_new());
    g_mime_format_options_set_newline_format(options.get(), GMIME_NEWLINE_FORMAT_DOS);
    GPtr<GMimeStream> memory(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(object, options.get(), memory.get());
    return bytesOf(memory.get());
}

MimePart convert(GMimeObject *object, QList<HeaderField> headers, int depth,
                 QList<ParseIssue> &issues)
{
    MimePart part;
    part.headers = std::move(headers);
    if (GMimeContentType *type = g_mime_object_get_content_type(object)) {
        part.contentType = fromC(GCharPtr(g_mime_content_type_get_mime_type(type)).get()).toLower();
        GMimeParamList *parameters = g_mime_content_type_get_parameters(type);
        const int count = parameters ? g_mime_param_list_length(parameters) : 0;
        for (int i = 0; i < count; ++i) {
            GMimeParam *parameter = g_mime_param_list_get_parameter_at(parameters, i);
            part.parameters.append({fromC(g_mime_param_get_name(parameter)).toLower(),
                                    QString::fromUtf8(g_mime_param_get_value(parameter))});
        }
    }
    part.disposition = fromC(g_mime_object_get_disposition(object)).trimmed().toLower();
    part.transferEncoding =
        unfold(fromC(g_mime_object_get_header(object, "Content-Transfer-Encoding"))).toLower();

    if (GMIME_IS_MULTIPART(object)) {
        if (depth >= kMaxDepth) {
            noteIssue(issues, ParseIssue::NestingTooDeep);
            return part;
        }
        GMimeMultipart *multipart = GMIME_MULTIPART(object);
        const int count = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < count; ++i) {
            GMimeObject *child = g_mime_multipart_get_part(multipart, i);
            part.children.append(convert(child, entityHeaders(child), depth + 1, issues));
        }
    } else if (GMIME_IS_MESSAGE_PART(object)) {
        GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        if (inner) {
            part.encodedBody = serialize(GMIME_OBJECT(inner));
            part.decodedBody = part.encodedBody; // RFC 2046 §5.2.1: only 7bit, 8bit or binary
            GMimeObject *innerBody = g_mime_message_get_mime_part(inner);
            if (innerBody && depth >= kMaxDepth)
                noteIssue(issues, ParseIssue::NestingTooDeep);
            else if (innerBody)
                part.children.append(convert(innerBody, messageHeaders(inner), depth + 1, issues));
        }
    } else if (GMIME_IS_PART(object)) {
        GMimePart *leaf = GMIME_PART(object);
        part.fileName = QString::fromUtf8(g_mime_part_get_filename(leaf));
        if (GMimeDataWrapper *content = g_mime_part_get_content(leaf)) {
            if (GMimeStream *stream = g_mime_data_wrapper_get_stream(content))
                part.encodedBody = readStream(stream);
            GPtr<GMimeStream> decoded(g_mime_stream_mem_new());
            g_mime_data_wrapper_write_to_stream(content, decoded.get()); // undoes base64/QP
            part.decodedBody = bytesOf(decoded.get());
        }
        if (GMIME_IS_TEXT_PART(object))
            // Converted from the part's charset to UTF-8 by GMime's iconv tables.
            part.text = QString::fromUtf8(
                GCharPtr(g_mime_text_part_get_text(GMIME_TEXT_PART(object))).get());
    }
    part.encodedSize = part.encodedBody.size();
    part.decodedSize = part.decodedBody.size();
    return part;
}

} // namespace

QString MimePart::parameter(QByteArrayView name) const
{
    for (const auto &[key, value] : parameters) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0) return value;
    }
    return {};
}

ParsedMessage parseMessage(const QByteArray &raw)
{
    detail::ensureGMime();
    ParsedMessage result;
    if (raw.isEmpty()) return result;

    // Declared before the parser and the message so that it outlives them: GMime calls back
    // into it while parsing and while fields are read lazily.
    QList<ParseIssue> issues;
    std::unique_ptr<GMimeParserOptions, ParserOptionsFree> options(g_mime_parser_options_new());
    g_mime_parser_options_set_warning_callback(options.get(), onParserWarning, &issues);

    GPtr<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(raw.constData(), static_cast<size_t>(raw.size())));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options.get()));
    if (message) {
        QList<HeaderField> headers = messageHeaders(message.get());
        if (GMimeObject *body = g_mime_message_get_mime_part(message.get()))
            result.root = convert(body, std::move(headers), 0, issues);
        else
            result.root.headers = std::move(headers);
        result.ok = !result.root.headers.isEmpty();
    }
    result.issues = std::move(issues);
    return result;
}

QString decodeHeaderValue(const QByteArray &raw)
{
    detail::ensureGMime();
    const QByteArray unfolded = unfold(raw);
    // NULL options: GMime's defaults, whose fallback charsets are UTF-8 then Latin-1.
    return QString::fromUtf8(
        GCharPtr(g_mime_utils_header_decode_text(nullptr, unfolded.constData())).get());
}

QList<QByteArray> headerValues(const QList<HeaderField> &headers, QByteArrayView name)
{
    QList<QByteArray> values;
    for (const HeaderField &field : headers) {
        if (QByteArrayView(field.name).compare(name, Qt::CaseInsensitive) == 0)
            values.append(field.value);
    }
    return values;
}

QList<QByteArray> headerValues(const ParsedMessage &message, QByteArrayView name)
{
    return headerValues(message.headers(), name);
}

QByteArray headerSection(const QByteArray &message)
{
    qsizetype lineStart = 0;
    while (lineStart < message.size()) {
        const qsizetype end = message.indexOf('\n', lineStart);
        const qsizetype lineEnd = end < 0 ? message.size() : end;
        const qsizetype length =
            lineEnd - lineStart - (lineEnd > lineStart && message[lineEnd - 1] == '\r' ? 1 : 0);
        if (length == 0) return message.left(lineStart);
        if (end < 0) break;
        lineStart = end + 1;
    }
    return message;
}

} // namespace kurir::mail
