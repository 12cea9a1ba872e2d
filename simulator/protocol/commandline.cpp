#include "commandline.h"

#include <string_view>

namespace kurir::smtp {
namespace {

struct VerbEntry
{
    std::string_view name; // NUL-terminated literals, so data() is a C string too
    Verb verb;
};

constexpr VerbEntry kVerbs[] = {
    {"HELO", Verb::Helo}, {"EHLO", Verb::Ehlo}, {"MAIL", Verb::Mail}, {"RCPT", Verb::Rcpt},
    {"DATA", Verb::Data}, {"RSET", Verb::Rset}, {"NOOP", Verb::Noop}, {"QUIT", Verb::Quit},
    {"VRFY", Verb::Vrfy}, {"EXPN", Verb::Expn}, {"HELP", Verb::Help},
    {"STARTTLS", Verb::StartTls}, {"AUTH", Verb::Auth},
};

bool isEsmtpKeywordChar(char c, bool first)
{
    // esmtp-keyword = (ALPHA / DIGIT) *(ALPHA / DIGIT / "-")  (RFC 5321 §4.1.2)
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return alnum || (!first && c == '-');
}

bool isEsmtpValueChar(char c)
{
    // esmtp-value = 1*(%d33-60 / %d62-126): any graphic character but "="
    const auto u = static_cast<unsigned char>(c);
    return u >= 33 && u <= 126 && c != '=';
}

} // namespace

CommandView parseCommandView(QByteArrayView line)
{
    CommandView cmd;
    const qsizetype space = line.indexOf(' ');
    cmd.verbText = space < 0 ? line : line.first(space);
    if (space >= 0)
        cmd.argument = line.sliced(space + 1);
    // Verbs are four letters but for STARTTLS: fold once and compare exactly, rather than a
    // case-insensitive comparison against every entry of the table.
    char upper[8];
    const qsizetype n = cmd.verbText.size();
    if (n != 4 && n != 8)
        return cmd;
    for (qsizetype i = 0; i < n; ++i) {
        const char c = cmd.verbText[i];
        upper[i] = (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
    }
    for (const VerbEntry &e : kVerbs) {
        if (e.name == std::string_view(upper, size_t(n))) {
            cmd.verb = e.verb;
            break;
        }
    }
    return cmd;
}

Command parseCommand(QByteArrayView line)
{
    const CommandView view = parseCommandView(line);
    Command cmd;
    cmd.verb = view.verb;
    cmd.verbText = view.verbText.toByteArray();
    if (!view.argument.isNull())
        cmd.argument = view.argument.toByteArray();
    return cmd;
}

const char *verbName(Verb verb)
{
    for (const VerbEntry &e : kVerbs)
        if (e.verb == verb)
            return e.name.data();
    return "UNKNOWN";
}

std::optional<PathArgumentView> splitPathArgumentView(QByteArrayView argument, QByteArrayView prefix)
{
    if (argument.size() < prefix.size() ||
        argument.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    QByteArrayView rest = argument.sliced(prefix.size());
    // RFC 5321 §3.3 forbids a space after the colon; Postfix, aiosmtpd and many clients
    // tolerate it, so Kurir accepts it on input and never sends it.
    while (!rest.isEmpty() && rest.front() == ' ')
        rest = rest.sliced(1);
    if (rest.isEmpty() || rest.front() != '<')
        return std::nullopt;

    // The path ends at the first '>' outside a quoted string.
    qsizetype end = -1;
    bool quoted = false;
    for (qsizetype i = 1; i < rest.size(); ++i) {
        const char c = rest[i];
        if (quoted && c == '\\') {
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && c == '>') {
            end = i;
            break;
        }
    }
    if (end < 0)
        return std::nullopt;

    PathArgumentView out;
    out.path = rest.first(end + 1);
    QByteArrayView params = rest.sliced(end + 1);
    if (!params.isEmpty() && params.front() != ' ')
        return std::nullopt;
    while (!params.isEmpty()) {
        while (!params.isEmpty() && params.front() == ' ')
            params = params.sliced(1);
        if (params.isEmpty())
            break;
        qsizetype stop = params.indexOf(' ');
        if (stop < 0)
            stop = params.size();
        const QByteArrayView token = params.first(stop);
        params = params.sliced(stop);
        const qsizetype eq = token.indexOf('=');
        const QByteArrayView keyword = eq < 0 ? token : token.first(eq);
        if (keyword.isEmpty())
            return std::nullopt;
        for (qsizetype i = 0; i < keyword.size(); ++i)
            if (!isEsmtpKeywordChar(keyword[i], i == 0))
                return std::nullopt;
        EsmtpParamView param{keyword, std::nullopt};
        if (eq >= 0) {
            const QByteArrayView value = token.sliced(eq + 1);
            if (value.isEmpty())
                return std::nullopt;
            for (char c : value)
                if (!isEsmtpValueChar(c))
                    return std::nullopt;
            param.value = value;
        }
        out.params.append(param);
    }
    return out;
}

std::optional<PathArgument> splitPathArgument(QByteArrayView argument, QByteArrayView prefix)
{
    const auto view = splitPathArgumentView(argument, prefix);
    if (!view)
        return std::nullopt;
    PathArgument out;
    out.path = view->path.toByteArray();
    for (const EsmtpParamView &p : view->params) {
        EsmtpParam param{p.keyword.toByteArray().toUpper(), std::nullopt};
        if (p.value)
            param.value = p.value->toByteArray();
        out.params.append(std::move(param));
    }
    return out;
}

} // namespace kurir::smtp
