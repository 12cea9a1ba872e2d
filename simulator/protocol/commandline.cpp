#include "commandline.h"

namespace kurir::smtp {
namespace {

struct VerbEntry
{
    const char *name;
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

Command parseCommand(QByteArrayView line)
{
    Command cmd;
    const qsizetype space = line.indexOf(' ');
    const QByteArrayView verb = space < 0 ? line : line.first(space);
    cmd.verbText = verb.toByteArray();
    if (space >= 0)
        cmd.argument = line.sliced(space + 1).toByteArray();
    for (const VerbEntry &e : kVerbs) {
        if (verb.compare(e.name, Qt::CaseInsensitive) == 0) {
            cmd.verb = e.verb;
            break;
        }
    }
    return cmd;
}

const char *verbName(Verb verb)
{
    for (const VerbEntry &e : kVerbs)
        if (e.verb == verb)
            return e.name;
    return "UNKNOWN";
}

std::optional<PathArgument> splitPathArgument(QByteArrayView argument, QByteArrayView prefix)
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

    PathArgument out;
    out.path = rest.first(end + 1).toByteArray();
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
        EsmtpParam param{keyword.toByteArray().toUpper(), std::nullopt};
        if (eq >= 0) {
            const QByteArrayView value = token.sliced(eq + 1);
            if (value.isEmpty())
                return std::nullopt;
            for (char c : value)
                if (!isEsmtpValueChar(c))
                    return std::nullopt;
            param.value = value.toByteArray();
        }
        out.params.append(std::move(param));
    }
    return out;
}

} // namespace kurir::smtp
