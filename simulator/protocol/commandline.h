#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QVarLengthArray>

namespace kurir::smtp {

/// The SMTP verbs the sessions know. `Unknown` is anything else (500 5.5.2).
enum class Verb { Helo, Ehlo, Mail, Rcpt, Data, Rset, Noop, Quit, Vrfy, Expn, Help, StartTls, Auth, Unknown };

/// A command line split into its verb and the rest. Verbs are case-insensitive (§2.4).
struct Command
{
    Verb verb = Verb::Unknown;
    QByteArray verbText; ///< as written, for narration ("rcpt")
    QByteArray argument; ///< everything after the verb and one space, as written
};

/// Splits one command line (without its CRLF). MAIL and RCPT keep "FROM:"/"TO:" in the argument.
Command parseCommand(QByteArrayView line);

/// parseCommand() without copies, for the server's hot path: views into the line.
struct CommandView
{
    Verb verb = Verb::Unknown;
    QByteArrayView verbText;
    QByteArrayView argument;
};
CommandView parseCommandView(QByteArrayView line);

/// The upper-case name of a verb, e.g. "RCPT".
const char *verbName(Verb verb);

/// One ESMTP parameter of MAIL or RCPT: `keyword[=value]` (RFC 5321 §4.1.2).
struct EsmtpParam
{
    QByteArray keyword; ///< upper-cased
    std::optional<QByteArray> value;
};

/// The argument of MAIL or RCPT: the path text `<...>` and its parameters.
struct PathArgument
{
    QByteArray path;
    QList<EsmtpParam> params;
};

/// splitPathArgument() without copies: views into the argument. The keyword is as written,
/// not upper-cased: compare it ignoring case.
struct EsmtpParamView
{
    QByteArrayView keyword;
    std::optional<QByteArrayView> value;
};
struct PathArgumentView
{
    QByteArrayView path;
    QVarLengthArray<EsmtpParamView, 4> params;
};
std::optional<PathArgumentView> splitPathArgumentView(QByteArrayView argument, QByteArrayView prefix);

/// Splits "FROM:<a@b> SIZE=10" given the prefix ("FROM:" or "TO:"), tolerating spaces after
/// the colon as real servers do (§3.3 forbids them; clients still send them). Returns nothing
/// when the prefix is missing, the path has no angle brackets, or a parameter is malformed.
std::optional<PathArgument> splitPathArgument(QByteArrayView argument, QByteArrayView prefix);

} // namespace kurir::smtp
