#pragma once

#include <QByteArray>
#include <QByteArrayList>

#include <initializer_list>
#include <optional>
#include <span>

namespace kurir::smtp {

// The one catalog of every reply the server session sends (STYLE.md: go-smtp, aiosmtpd).
// Columns: id, basic code (RFC 5321 §4.2), enhanced code (RFC 3463, "" where none is sent),
// text. `%1`, `%2` are filled in by reply(). The id's name is also the narration key
// ("reply.NeedMail"), so the trace can explain *why* a server answered as it did.
//
// Enhanced codes are omitted from the greeting, from the replies to HELO/EHLO and from
// 334 challenges (RFC 2034 §3), which is why those rows have "".
#define KURIR_SMTP_REPLIES(X)                                                                      \
    X(Greeting, 220, "", "%1 %2")                                                                  \
    X(ReadyToStartTls, 220, "2.0.0", "Ready to start TLS")                                         \
    X(Bye, 221, "2.0.0", "%1 closing connection")                                                  \
    X(HelpText, 214, "2.0.0",                                                                      \
      "Commands: HELO EHLO MAIL RCPT DATA RSET NOOP QUIT VRFY HELP STARTTLS AUTH")                 \
    X(AuthSucceeded, 235, "2.7.0", "Authentication successful")                                    \
    X(HeloOk, 250, "", "%1 Hello %2")                                                              \
    X(EhloOk, 250, "", "%1 Hello %2")                                                              \
    X(SenderOk, 250, "2.1.0", "Sender <%1> OK")                                                    \
    X(RecipientOk, 250, "2.1.5", "Recipient <%1> OK")                                              \
    X(RecipientRelayOk, 250, "2.1.5", "Recipient <%1> OK, will relay")                             \
    X(MessageAccepted, 250, "2.0.0", "OK: queued as %1")                                           \
    X(ResetOk, 250, "2.0.0", "Reset OK")                                                           \
    X(NoopOk, 250, "2.0.0", "OK")                                                                  \
    X(WillForward, 251, "2.1.5", "User not local; will forward to <%1>")                           \
    X(CannotVrfy, 252, "2.0.0", "Cannot VRFY user, but will accept message and attempt delivery")  \
    X(AuthChallenge, 334, "", "%1")                                                                \
    X(StartMailInput, 354, "", "End data with <CR><LF>.<CR><LF>")                                  \
    X(TooManyErrors, 421, "4.7.0", "%1 Error: too many errors")                                    \
    X(IdleTimeout, 421, "4.4.2", "%1 Error: timeout exceeded")                                     \
    X(ShuttingDown, 421, "4.3.2", "%1 Service shutting down, try again later")                     \
    X(TooManySessions, 421, "4.7.0", "%1 Too many connections, try again later")                   \
    X(MailboxBusy, 450, "4.2.1", "<%1>: Mailbox busy, try again later")                            \
    X(Greylisted, 451, "4.7.1", "<%1>: Greylisted, please try again later")                        \
    X(LocalError, 451, "4.3.0", "Local error in processing, try again later")                      \
    X(TooManyRecipients, 452, "4.5.3", "Too many recipients")                                      \
    X(InsufficientStorage, 452, "4.3.1", "Insufficient system storage")                            \
    X(MailboxFullTemporary, 452, "4.2.2", "<%1>: Mailbox full, try again later")                   \
    X(CommandNotRecognized, 500, "5.5.2", "Command not recognized")                                \
    X(EmptyCommand, 500, "5.5.2", "Syntax error, empty command")                                   \
    X(LineTooLong, 500, "5.5.2", "Line too long")                                                  \
    X(AuthLineTooLong, 500, "5.5.6", "Authentication exchange line is too long")                   \
    X(InvalidCharacter, 500, "5.5.2", "Syntax error - invalid character")                          \
    X(NulInCommand, 501, "5.5.2", "Syntax error - NUL character in command")                       \
    X(HeloSyntax, 501, "5.5.4", "Syntax: HELO hostname")                                           \
    X(EhloSyntax, 501, "5.5.4", "Syntax: EHLO hostname")                                           \
    X(MailSyntax, 501, "5.5.4", "Syntax: MAIL FROM:<address>")                                     \
    X(RcptSyntax, 501, "5.5.4", "Syntax: RCPT TO:<address>")                                       \
    X(VrfySyntax, 501, "5.5.4", "Syntax: VRFY address")                                            \
    X(AuthSyntax, 501, "5.5.4", "Syntax: AUTH mechanism [initial-response]")                       \
    X(NoParameters, 501, "5.5.4", "Syntax: %1 takes no parameters")                                \
    X(BadSenderAddress, 501, "5.1.7", "Bad sender address syntax")                                 \
    X(BadRecipientAddress, 501, "5.1.3", "Bad recipient address syntax")                           \
    X(BadParameter, 501, "5.5.4", "Bad value for parameter %1")                                    \
    X(DuplicateParameter, 501, "5.5.4", "Parameter %1 given twice")                                \
    X(AuthCancelled, 501, "5.7.0", "Authentication cancelled")                                     \
    X(AuthBadBase64, 501, "5.5.2", "Cannot decode base64")                                         \
    X(AuthMalformed, 501, "5.5.2", "Malformed authentication response")                            \
    X(NotImplemented, 502, "5.5.1", "%1 not implemented")                                          \
    X(NeedHelo, 503, "5.5.1", "Send HELO/EHLO first")                                              \
    X(NeedEhlo, 503, "5.5.1", "Send EHLO first")                                                   \
    X(NestedMail, 503, "5.5.1", "Sender already specified")                                        \
    X(NeedMail, 503, "5.5.1", "Need MAIL command")                                                 \
    X(NeedRcpt, 503, "5.5.1", "Need RCPT command")                                                 \
    X(AlreadyAuthenticated, 503, "5.5.1", "Already authenticated")                                 \
    X(AuthInTransaction, 503, "5.5.1", "AUTH not allowed during a mail transaction")               \
    X(AuthNotEnabled, 503, "5.5.1", "Authentication not enabled")                                  \
    X(TlsAlreadyActive, 503, "5.5.1", "TLS already active")                                        \
    X(UnknownAuthMechanism, 504, "5.5.4", "Unrecognized authentication type")                      \
    X(MustStartTls, 530, "5.7.0", "Must issue a STARTTLS command first")                           \
    X(AuthRequired, 530, "5.7.0", "Authentication required")                                       \
    X(AuthFailed, 535, "5.7.8", "Authentication credentials invalid")                              \
    X(UnknownUser, 550, "5.1.1", "<%1>: Recipient address rejected: User unknown")                 \
    X(MailboxDisabled, 550, "5.2.1", "<%1>: Mailbox disabled, not accepting messages")             \
    X(RelayDenied, 550, "5.7.1", "<%1>: Relay access denied")                                      \
    X(SpfFailed, 550, "5.7.23", "<%1>: SPF validation failed: sender not authorized")              \
    X(Utf8SenderNeedsSmtputf8, 550, "5.6.7", "Non-ASCII sender address needs SMTPUTF8")            \
    X(BareLineEndInData, 550, "5.5.2", "Message contains bare CR or LF")                           \
    X(MessageTooBigDeclared, 552, "5.3.4", "Message size exceeds fixed maximum message size")      \
    X(MessageTooBig, 552, "5.3.4", "Message too big")                                              \
    X(MailboxFull, 552, "5.2.2", "<%1>: Mailbox full")                                             \
    X(SenderNotOwned, 553, "5.7.1", "<%1>: Sender address not owned by user %2")                   \
    X(Utf8RecipientNeedsSmtputf8, 553, "5.6.7", "Non-ASCII recipient address needs SMTPUTF8")      \
    X(NoValidRecipients, 554, "5.5.1", "No valid recipients")                                      \
    X(MailLoop, 554, "5.4.6", "Too many hops: mail loop detected")                                 \
    X(NulInData, 554, "5.6.0", "Message contains NUL characters")                                  \
    X(ParameterNotRecognized, 555, "5.5.4", "Unsupported parameter %1")                            \
    X(Override, 550, "", "%1")

enum class ReplyId {
#define KURIR_REPLY_ENUM(id, code, enhanced, text) id,
    KURIR_SMTP_REPLIES(KURIR_REPLY_ENUM)
#undef KURIR_REPLY_ENUM
};

/// One reply as it goes on the wire: a code, an optional enhanced code and one or more
/// lines of text. `id` names the catalog entry it came from (the narration key).
struct Reply
{
    ReplyId id = ReplyId::NoopOk;
    int code = 0;
    QByteArray enhanced;     ///< e.g. "5.1.1"; empty when none
    QByteArrayList lines;    ///< text of each line, without code, enhanced code or CRLF

    int replyClass() const { return code / 100; } ///< 2, 3, 4 or 5 (RFC 5321 §4.2.1)
    bool isPositive() const { return code >= 200 && code < 400; }
    bool isTransient() const { return code >= 400 && code < 500; }
    bool isPermanent() const { return code >= 500; }
};

/// The catalog entry `id` with `%1`.. filled from `args`.
Reply reply(ReplyId id, const QByteArrayList &args = {});
/// A multi-line reply (EHLO): first line from the catalog, the rest as given.
Reply multilineReply(ReplyId id, const QByteArrayList &args, const QByteArrayList &moreLines);

/// A reply a scenario imposes, from its wire form "451 4.7.1 Try again later" (id Override).
/// Returns nothing when `text` does not start with a code from 200 to 599.
std::optional<Reply> parseReplyText(QByteArrayView text);

/// Writes a reply as wire bytes: `250-first` ... `250 last`, each ending in CRLF, with the
/// enhanced code in front of each line's text when `withEnhanced` (RFC 2034 §3).
QByteArray formatReply(const Reply &reply, bool withEnhanced);

/// formatReply() and the trace text in one pass, for the server session's hot path: appends
/// the wire bytes of a reply to `out` and returns the reply as the trace shows it (its lines
/// joined by LF, no CRLF; SessionEvent::wire). The catalog form fills `%1`.. from `args` and
/// adds `moreLines` after the first line (EHLO), without building a Reply.
QByteArray writeReply(QByteArray &out, ReplyId id, std::initializer_list<QByteArrayView> args,
                      bool withEnhanced, std::span<const QByteArrayView> moreLines = {});
QByteArray writeReply(QByteArray &out, const Reply &reply, bool withEnhanced);

/// The basic code of a catalog entry, e.g. 503 for NeedMail.
int replyCode(ReplyId id);
/// The catalog's {code, enhanced code} as a ReplySent event carries them, shared rather than
/// built for every reply.
const QByteArrayList &replyEventArgs(ReplyId id);
/// The catalog name as a narration key (replyName() without a copy).
const QByteArray &replyKey(ReplyId id);
/// "200".."599" as text without an allocation (any other code is formatted).
QByteArray codeText(int code);

/// The stable name of a catalog entry, e.g. "NeedMail".
const char *replyName(ReplyId id);
/// Every entry of the catalog, in order (for tests and documentation).
const QList<ReplyId> &allReplies();

} // namespace kurir::smtp
