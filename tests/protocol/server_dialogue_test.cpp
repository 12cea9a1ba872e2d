// The server's dialogue table: for each staged fixture (Connected → Greeted → in a
// transaction → with a recipient, plus TLS and AUTH stages) the raw lines a client writes and
// the named replies the server must answer, in order (RFC 5321 §4.1, §4.3.2; RFC 3207;
// RFC 4954; RFC 1870; RFC 6531). Each row is one test, named <variant>_<stage>_<what>.

#include <optional>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "protocol/serversession.h"
#include "serverfixture.h"

namespace kurir::smtp::test {
namespace {

using namespace std::string_literals;
using ::testing::ElementsAre;
using ::testing::ElementsAreArray;
using State = ServerSession::State;

/// How a row checks the bytes on the wire, beyond the reply names.
struct Wire
{
    enum Match { None, Contains, Exact } match = None;
    std::string text;
};
Wire has(std::string text) { return {Wire::Contains, std::move(text)}; }
Wire is(std::string text) { return {Wire::Exact, std::move(text)}; }

enum class Feed {
    LineByLine, ///< one receive() per line, the client waiting for each reply
    OneChunk,   ///< every line in a single receive() (PIPELINING, RFC 2920)
};

struct Row
{
    std::string what;
    Variant variant;
    Stage stage;
    std::vector<std::string> lines;   ///< each written with CRLF
    std::vector<std::string> replies; ///< expected ReplySent names, in order
    Wire wire = {};                   ///< over all the row's output
    std::optional<State> after = std::nullopt;
    Feed feed = Feed::LineByLine;

    std::string name() const
    {
        return std::string(variantName(variant)) + "_" + stageName(stage) + "_" + what;
    }
};

void PrintTo(const Row &row, std::ostream *os) { *os << row.name(); }

constexpr Variant Mx = Variant::Mx;
constexpr Variant PlainAuth = Variant::MxPlainAuth;
constexpr Variant NoEnhanced = Variant::MxNoEnhanced;
constexpr Variant Utf8 = Variant::MxUtf8;
constexpr Variant NoSize = Variant::MxNoSize;
constexpr Variant UnlimitedSize = Variant::MxUnlimitedSize;
constexpr Variant No8Bit = Variant::MxNo8BitMime;
constexpr Variant NoStartTls = Variant::MxNoStartTls;
constexpr Variant NoUsers = Variant::MxNoUsers;
constexpr Variant Strict = Variant::MxStrict;
constexpr Variant Submission = Variant::Submission;
constexpr Variant SubmissionOwned = Variant::SubmissionOwned;

constexpr Stage Connected = Stage::Connected;
constexpr Stage Greeted = Stage::Greeted;
constexpr Stage InTransaction = Stage::InTransaction;
constexpr Stage WithRecipient = Stage::WithRecipient;
constexpr Stage TlsConnected = Stage::TlsConnected;
constexpr Stage TlsGreeted = Stage::TlsGreeted;
constexpr Stage LoggedIn = Stage::LoggedIn;
constexpr Stage LoggedInTransaction = Stage::LoggedInTransaction;

const std::string kEhloMx = "250-mx.yahoo.example Hello client.example\r\n"
                            "250-PIPELINING\r\n"
                            "250-SIZE 10000\r\n"
                            "250-8BITMIME\r\n"
                            "250-ENHANCEDSTATUSCODES\r\n"
                            "250 STARTTLS\r\n";

const std::string kJoerg = "j\xc3\xb6rg@yahoo.example";           // UTF-8 local part
const std::string kBuecher = "a@b\xc3\xbc" "cher.example";         // UTF-8 domain
const std::string kLocal64 = std::string(64, 'l');

std::vector<Row> dialogueRows()
{
    std::vector<Row> rows = {
        // ---- Connected: the greeting was read, no EHLO yet (RFC 5321 §4.1.1.1, §4.1.4) ----
        {"Helo", Mx, Connected, {"HELO client.example"}, {"HeloOk"},
         is("250 mx.yahoo.example Hello client.example\r\n"), State::Greeted},
        {"HeloLowerCase", Mx, Connected, {"helo client.example"}, {"HeloOk"}},
        {"HeloWithoutArgument", Mx, Connected, {"HELO"}, {"HeloSyntax"},
         is("501 5.5.4 Syntax: HELO hostname\r\n"), State::Connected},
        {"HeloLeadingHyphen", Mx, Connected, {"HELO -client.example"}, {"HeloSyntax"}},
        {"HeloAddressLiteral", Mx, Connected, {"HELO [192.0.2.1]"}, {"HeloOk"},
         has("Hello [192.0.2.1]")},
        {"Ehlo", Mx, Connected, {"EHLO client.example"}, {"EhloOk"}, is(kEhloMx), State::Greeted},
        {"EhloLowerCase", Mx, Connected, {"ehlo client.example"}, {"EhloOk"}},
        {"EhloWithoutArgument", Mx, Connected, {"EHLO"}, {"EhloSyntax"},
         is("501 5.5.4 Syntax: EHLO hostname\r\n"), State::Connected},
        {"EhloEmptyLabel", Mx, Connected, {"EHLO client..example"}, {"EhloSyntax"}},
        {"EhloTrailingDot", Mx, Connected, {"EHLO client.example."}, {"EhloSyntax"}},
        {"EhloUnderscore", Mx, Connected, {"EHLO client_1.example"}, {"EhloSyntax"}},
        {"EhloIpv4Literal", Mx, Connected, {"EHLO [192.0.2.1]"}, {"EhloOk"},
         has("250-mx.yahoo.example Hello [192.0.2.1]\r\n")},
        {"EhloIpv6Literal", Mx, Connected, {"EHLO [IPv6:2001:db8::1]"}, {"EhloOk"}},
        {"EhloLiteralOctetOver255", Mx, Connected, {"EHLO [192.0.2.300]"}, {"EhloSyntax"}},
        {"EhloEightBit", Mx, Connected, {"EHLO j\xc3\xb6rg.example"}, {"InvalidCharacter"}},
        {"FailedEhloStaysConnected", Mx, Connected, {"EHLO", "MAIL FROM:<a@b>"},
         {"EhloSyntax", "NeedHelo"}},
        {"HeloThenMail", Mx, Connected, {"HELO client.example", "MAIL FROM:<a@b>"},
         {"HeloOk", "SenderOk"}},
        // HELO negotiates no extension, so an ESMTP parameter is one the server never offered.
        {"HeloThenSizeParameter", Mx, Connected, {"HELO client.example", "MAIL FROM:<a@b> SIZE=100"},
         {"HeloOk", "ParameterNotRecognized"}},
        {"Noop", Mx, Connected, {"NOOP"}, {"NoopOk"}, is("250 2.0.0 OK\r\n"), State::Connected},
        {"NoopArgumentIgnored", Mx, Connected, {"NOOP anything at all"}, {"NoopOk"}},
        {"NoopLowerCase", Mx, Connected, {"noop"}, {"NoopOk"}},
        {"Rset", Mx, Connected, {"RSET"}, {"ResetOk"}, is("250 2.0.0 Reset OK\r\n"), State::Connected},
        {"RsetDoesNotGreet", Mx, Connected, {"RSET", "MAIL FROM:<a@b>"}, {"ResetOk", "NeedHelo"}},
        {"RsetWithArgument", Mx, Connected, {"RSET now"}, {"NoParameters"},
         is("501 5.5.4 Syntax: RSET takes no parameters\r\n")},
        {"Vrfy", Mx, Connected, {"VRFY bob"}, {"CannotVrfy"},
         is("252 2.0.0 Cannot VRFY user, but will accept message and attempt delivery\r\n")},
        {"VrfyWithoutArgument", Mx, Connected, {"VRFY"}, {"VrfySyntax"}},
        {"Help", Mx, Connected, {"HELP"}, {"HelpText"}, has("214 2.0.0 Commands:")},
        {"HelpWithTopic", Mx, Connected, {"HELP MAIL"}, {"HelpText"}},
        {"Expn", Mx, Connected, {"EXPN staff"}, {"NotImplemented"}, is("502 5.5.1 EXPN not implemented\r\n")},
        {"Quit", Mx, Connected, {"QUIT"}, {"Bye"}, is("221 2.0.0 mx.yahoo.example closing connection\r\n"),
         State::Closed},
        {"QuitLowerCase", Mx, Connected, {"quit"}, {"Bye"}, {}, State::Closed},
        {"QuitWithArgument", Mx, Connected, {"QUIT now"}, {"NoParameters"}, {}, State::Connected},
        {"NothingAfterQuit", Mx, Connected, {"QUIT", "NOOP", "EHLO client.example"}, {"Bye"}, {},
         State::Closed},
        {"MailBeforeEhlo", Mx, Connected, {"MAIL FROM:<a@b>"}, {"NeedHelo"},
         is("503 5.5.1 Send HELO/EHLO first\r\n")},
        {"RcptBeforeEhlo", Mx, Connected, {"RCPT TO:<bob@yahoo.example>"}, {"NeedHelo"}},
        {"DataBeforeEhlo", Mx, Connected, {"DATA"}, {"NeedHelo"}},
        {"UnknownCommand", Mx, Connected, {"FOO"}, {"CommandNotRecognized"},
         is("500 5.5.2 Command not recognized\r\n")},
        {"EmptyLine", Mx, Connected, {""}, {"EmptyCommand"}, is("500 5.5.2 Syntax error, empty command\r\n")},
        {"NulInCommand", Mx, Connected, {"NOOP a\0b"s}, {"NulInCommand"},
         is("501 5.5.2 Syntax error - NUL character in command\r\n")},
        {"ErrorsDoNotClose", Mx, Connected, {"FOO", "FOO", "NOOP"},
         {"CommandNotRecognized", "CommandNotRecognized", "NoopOk"}, {}, State::Connected},
        {"AuthBeforeEhlo", PlainAuth, Connected, {authPlain(kPlainAliceSecret)}, {"NeedEhlo"}},

        // ---- Greeted: EHLO done, no transaction ----
        {"MailFrom", Mx, Greeted, {"MAIL FROM:<a@b>"}, {"SenderOk"}, is("250 2.1.0 Sender <a@b> OK\r\n"),
         State::MailGiven},
        {"MailNullSender", Mx, Greeted, {"MAIL FROM:<>"}, {"SenderOk"}, is("250 2.1.0 Sender <> OK\r\n")},
        {"MailSpaceAfterColon", Mx, Greeted, {"MAIL FROM: <a@b>"}, {"SenderOk"}},
        {"MailLowerCase", Mx, Greeted, {"mail from:<a@b>"}, {"SenderOk"}},
        {"MailAsSmtplibSendsIt", Mx, Greeted, {"mail FROM:<a@b>"}, {"SenderOk"}},
        {"MailWithoutBrackets", Mx, Greeted, {"MAIL FROM:a@b"}, {"MailSyntax"},
         is("501 5.5.4 Syntax: MAIL FROM:<address>\r\n"), State::Greeted},
        {"MailWithoutFrom", Mx, Greeted, {"MAIL <a@b>"}, {"MailSyntax"}},
        {"MailWithoutArgument", Mx, Greeted, {"MAIL"}, {"MailSyntax"}},
        {"MailFromNothing", Mx, Greeted, {"MAIL FROM:"}, {"MailSyntax"}},
        {"MailToInsteadOfFrom", Mx, Greeted, {"MAIL TO:<a@b>"}, {"MailSyntax"}},
        {"MailUnclosedBracket", Mx, Greeted, {"MAIL FROM:<a@b"}, {"MailSyntax"}},
        {"MailGarbage", Mx, Greeted, {"MAIL garbage"}, {"MailSyntax"}},
        {"MailWithoutSpaceIsUnknownVerb", Mx, Greeted, {"MAILFROM:<a@b>"}, {"CommandNotRecognized"}},
        {"MailDoubleAt", Mx, Greeted, {"MAIL FROM:<a@@b>"}, {"BadSenderAddress"},
         is("501 5.1.7 Bad sender address syntax\r\n"), State::Greeted},
        {"MailTrailingDot", Mx, Greeted, {"MAIL FROM:<a@b.>"}, {"BadSenderAddress"}},
        {"MailSpaceInLocalPart", Mx, Greeted, {"MAIL FROM:<a b@c>"}, {"BadSenderAddress"}},
        {"MailNoLocalPart", Mx, Greeted, {"MAIL FROM:<@b>"}, {"BadSenderAddress"}},
        {"MailNoDomain", Mx, Greeted, {"MAIL FROM:<a@>"}, {"BadSenderAddress"}},
        {"MailNoAt", Mx, Greeted, {"MAIL FROM:<a>"}, {"BadSenderAddress"}},
        {"MailLocalPart64", Mx, Greeted, {"MAIL FROM:<" + kLocal64 + "@b>"}, {"SenderOk"}},
        {"MailLocalPart65", Mx, Greeted, {"MAIL FROM:<" + kLocal64 + "l@b>"}, {"BadSenderAddress"}},
        {"MailDomain256", Mx, Greeted, {"MAIL FROM:<a@" + domainOfLength(256) + ">"}, {"BadSenderAddress"}},
        {"MailPath256", Mx, Greeted, {"MAIL FROM:<" + kLocal64 + "@" + domainOfLength(189) + ">"},
         {"SenderOk"}},
        {"MailPath257", Mx, Greeted, {"MAIL FROM:<" + kLocal64 + "@" + domainOfLength(190) + ">"},
         {"BadSenderAddress"}},
        {"MailSourceRoute", Mx, Greeted, {"MAIL FROM:<@relay.example:a@b>"}, {"SenderOk"}},
        {"MailQuotedLocalPart", Mx, Greeted, {"MAIL FROM:<\"john doe\"@b>"}, {"SenderOk"}},
        {"MailAddressLiteral", Mx, Greeted, {"MAIL FROM:<a@[192.0.2.1]>"}, {"SenderOk"}},
        {"MailNulInAddress", Mx, Greeted, {"MAIL FROM:<a\0@b>"s}, {"NulInCommand"}},
        {"MailEightBitWithoutSmtputf8", Mx, Greeted, {"MAIL FROM:<" + kJoerg + ">"}, {"InvalidCharacter"},
         is("500 5.5.2 Syntax error - invalid character\r\n")},
        {"MailSize", Mx, Greeted, {"MAIL FROM:<a@b> SIZE=500"}, {"SenderOk"}},
        {"MailSizeAtLimit", Mx, Greeted, {"MAIL FROM:<a@b> SIZE=10000"}, {"SenderOk"}},
        {"MailSizeOverLimit", Mx, Greeted, {"MAIL FROM:<a@b> SIZE=10001"}, {"MessageTooBigDeclared"},
         is("552 5.3.4 Message size exceeds fixed maximum message size\r\n"), State::Greeted},
        // RFC 1870: 1*20DIGIT; twenty nines do not fit in 64 bits but are still a size, a big one.
        {"MailSizeTwentyDigits", Mx, Greeted, {"MAIL FROM:<a@b> SIZE=99999999999999999999"},
         {"MessageTooBigDeclared"}},
        {"MailSizeTwentyOneDigits", Mx, Greeted, {"MAIL FROM:<a@b> SIZE=123456789012345678901"},
         {"BadParameter"}},
        {"MailSizeNotANumber", Mx, Greeted, {"MAIL FROM:<a@b> SIZE=abc"}, {"BadParameter"},
         has("501 5.5.4 Bad value for parameter")},
        {"MailSizeNegative", Mx, Greeted, {"MAIL FROM:<a@b> SIZE=-5"}, {"BadParameter"}},
        {"MailSizePlusSign", Mx, Greeted, {"MAIL FROM:<a@b> SIZE=+5"}, {"BadParameter"}},
        {"MailSizeKeywordLowerCase", Mx, Greeted, {"MAIL FROM:<a@b> size=500"}, {"SenderOk"}},
        {"MailBody7Bit", Mx, Greeted, {"MAIL FROM:<a@b> BODY=7BIT"}, {"SenderOk"}},
        {"MailBody8BitMime", Mx, Greeted, {"MAIL FROM:<a@b> BODY=8BITMIME"}, {"SenderOk"}},
        {"MailBodyBinaryMime", Mx, Greeted, {"MAIL FROM:<a@b> BODY=BINARYMIME"}, {"BadParameter"}},
        {"MailSizeAndBody", Mx, Greeted, {"MAIL FROM:<a@b> SIZE=500 BODY=8BITMIME"}, {"SenderOk"}},
        {"MailUnknownParameter", Mx, Greeted, {"MAIL FROM:<a@b> FOO=BAR"}, {"ParameterNotRecognized"},
         has("555 5.5.4 Unsupported parameter "), State::Greeted},
        {"MailUnknownKeywordWithoutValue", Mx, Greeted, {"MAIL FROM:<a@b> XYZZY"}, {"ParameterNotRecognized"}},
        {"MailSmtputf8NotOffered", Mx, Greeted, {"MAIL FROM:<a@b> SMTPUTF8"}, {"ParameterNotRecognized"}},
        // Outside TLS this MX does not list AUTH, so AUTH= is a parameter it never offered.
        {"MailAuthParameterNotOffered", Mx, Greeted, {"MAIL FROM:<a@b> AUTH=<>"}, {"ParameterNotRecognized"}},
        {"MailDuplicateSize", Mx, Greeted, {"MAIL FROM:<a@b> SIZE=100 SIZE=200"}, {"DuplicateParameter"},
         has("501 5.5.4 Parameter ")},
        {"MailDuplicateBody", Mx, Greeted, {"MAIL FROM:<a@b> BODY=7BIT BODY=8BITMIME"}, {"DuplicateParameter"}},
        {"RefusedMailOpensNoTransaction", Mx, Greeted,
         {"MAIL FROM:<a@b> FOO=BAR", "RCPT TO:<bob@yahoo.example>"}, {"ParameterNotRecognized", "NeedMail"}},
        {"RcptBeforeMail", Mx, Greeted, {"RCPT TO:<bob@yahoo.example>"}, {"NeedMail"},
         is("503 5.5.1 Need MAIL command\r\n"), State::Greeted},
        {"DataBeforeMail", Mx, Greeted, {"DATA"}, {"NeedMail"}},
        {"SecondEhlo", Mx, Greeted, {"EHLO other.example"}, {"EhloOk"}, has("Hello other.example\r\n"),
         State::Greeted},
        {"HeloAfterEhlo", Mx, Greeted, {"HELO other.example"}, {"HeloOk"}},
        {"UnknownCommand", Mx, Greeted, {"FOO bar"}, {"CommandNotRecognized"}},
        {"Expn", Mx, Greeted, {"EXPN staff"}, {"NotImplemented"}},
        {"Vrfy", Mx, Greeted, {"VRFY bob@yahoo.example"}, {"CannotVrfy"}},
        {"Help", Mx, Greeted, {"HELP"}, {"HelpText"}},
        {"Quit", Mx, Greeted, {"QUIT"}, {"Bye"}, {}, State::Closed},
        // SMTP-NOTES §2.2: a bare LF or CR does not end a command line; MAIL must not run.
        {"BareLfIsNotALineEnd", Mx, Greeted, {"NOOP\nMAIL FROM:<a@b>", "RCPT TO:<bob@yahoo.example>"},
         {"InvalidCharacter", "NeedMail"}},
        {"BareCrIsNotALineEnd", Mx, Greeted, {"NOOP\rMAIL FROM:<a@b>", "RCPT TO:<bob@yahoo.example>"},
         {"InvalidCharacter", "NeedMail"}},
        {"BareLfBeforeCrlf", Mx, Greeted, {"NOOP\n"}, {"InvalidCharacter"}},
        {"EightBitOctet", Mx, Greeted, {"NOOP \xff"}, {"InvalidCharacter"}},
        {"NulInVrfy", Mx, Greeted, {"VRFY a\0b"s}, {"NulInCommand"}},
        {"Line512", Mx, Greeted, {noopOfLength(512)}, {"NoopOk"}},
        {"Line513", Mx, Greeted, {noopOfLength(513)}, {"LineTooLong"}, is("500 5.5.2 Line too long\r\n")},
        {"LineTooLongThenNoop", Mx, Greeted, {noopOfLength(513), "NOOP"}, {"LineTooLong", "NoopOk"}},
        // RFC 1870 §4(5): SIZE lengthens the MAIL line by 26 octets (512 + 26 = 538).
        {"MailLine530WithSize", Mx, Greeted, {mailOfLength(530)}, {"ParameterNotRecognized"}},
        {"MailLine538WithSize", Mx, Greeted, {mailOfLength(538)}, {"ParameterNotRecognized"}},
        {"MailLine539WithSize", Mx, Greeted, {mailOfLength(539)}, {"LineTooLong"}},
        {"RcptLineGetsNoAllowance", Mx, Greeted,
         {"RCPT TO:<bob@yahoo.example> XPAD=" + std::string(530 - 2 - 33, 'y')}, {"LineTooLong"}},
        {"StartTls", Mx, Greeted, {"STARTTLS"}, {"ReadyToStartTls"}, is("220 2.0.0 Ready to start TLS\r\n"),
         State::TlsHandshake},
        {"StartTlsWithArgument", Mx, Greeted, {"STARTTLS now"}, {"NoParameters"},
         is("501 5.5.4 Syntax: STARTTLS takes no parameters\r\n"), State::Greeted},
        {"AuthPlainInPlaintext", Mx, Greeted, {authPlain(kPlainAliceSecret)}, {"MustStartTls"},
         is("530 5.7.0 Must issue a STARTTLS command first\r\n")},
        {"AuthLoginInPlaintext", Mx, Greeted, {"AUTH LOGIN"}, {"MustStartTls"}},
        // RFC 2920: replies in order, in one write; a failing command does not flush the rest.
        {"PipelinedEnvelope", Mx, Greeted,
         {"MAIL FROM:<a@b>", "RCPT TO:<bob@yahoo.example>", "RCPT TO:<x@gmail.example>", "DATA"},
         {"SenderOk", "RecipientOk", "RelayDenied", "StartMailInput"},
         is("250 2.1.0 Sender <a@b> OK\r\n"
            "250 2.1.5 Recipient <bob@yahoo.example> OK\r\n"
            "550 5.7.1 <x@gmail.example>: Relay access denied\r\n"
            "354 End data with <CR><LF>.<CR><LF>\r\n"),
         State::Data, Feed::OneChunk},
        {"PipelinedWholeMessage", Mx, Greeted,
         {"MAIL FROM:<a@b>", "RCPT TO:<bob@yahoo.example>", "DATA", "Subject: hi", "", "Hello", ".", "QUIT"},
         {"SenderOk", "RecipientOk", "StartMailInput", "MessageAccepted", "Bye"}, {}, State::Closed,
         Feed::OneChunk},
        {"PipelinedAfterRefusedMail", Mx, Greeted, {"MAIL FROM:a@b", "RCPT TO:<bob@yahoo.example>", "DATA"},
         {"MailSyntax", "NeedMail", "NeedMail"}, {}, State::Greeted, Feed::OneChunk},

        // ---- In a transaction: MAIL FROM:<carol@gmail.example> accepted ----
        {"RcptLocalUser", Mx, InTransaction, {"RCPT TO:<bob@yahoo.example>"}, {"RecipientOk"},
         is("250 2.1.5 Recipient <bob@yahoo.example> OK\r\n"), State::RcptGiven},
        {"RcptUnknownUser", Mx, InTransaction, {"RCPT TO:<x@yahoo.example>"}, {"UnknownUser"},
         is("550 5.1.1 <x@yahoo.example>: Recipient address rejected: User unknown\r\n"), State::MailGiven},
        // RFC 5321 §4.5.1: postmaster of a local domain is always accepted, also without a domain.
        {"RcptPostmaster", Mx, InTransaction, {"RCPT TO:<postmaster@yahoo.example>"}, {"RecipientOk"}},
        {"RcptPostmasterMixedCase", Mx, InTransaction, {"RCPT TO:<PostMaster@Yahoo.Example>"}, {"RecipientOk"}},
        {"RcptBarePostmaster", Mx, InTransaction, {"RCPT TO:<postmaster>"}, {"RecipientOk"}},
        {"RcptForeignPostmaster", Mx, InTransaction, {"RCPT TO:<postmaster@gmail.example>"}, {"RelayDenied"}},
        {"RcptFullMailbox", Mx, InTransaction, {"RCPT TO:<full@yahoo.example>"}, {"MailboxFull"},
         is("552 5.2.2 <full@yahoo.example>: Mailbox full\r\n")},
        {"RcptDomainUpperCase", Mx, InTransaction, {"RCPT TO:<bob@YAHOO.EXAMPLE>"}, {"RecipientOk"}},
        {"RcptAllUpperCase", Mx, InTransaction, {"RCPT TO:<BOB@YAHOO.EXAMPLE>"}, {"RecipientOk"}},
        {"RcptForeignDomain", Mx, InTransaction, {"RCPT TO:<x@gmail.example>"}, {"RelayDenied"},
         is("550 5.7.1 <x@gmail.example>: Relay access denied\r\n"), State::MailGiven},
        // SMTP-NOTES §2.4: address tricks that must not turn the MX into an open relay.
        {"RelayPercentHack", Mx, InTransaction, {"RCPT TO:<bob%gmail.example@yahoo.example>"}, {"RelayDenied"}},
        {"RelayQuotedAt", Mx, InTransaction, {"RCPT TO:<\"bob@gmail.example\"@yahoo.example>"}, {"RelayDenied"}},
        {"RelaySourceRoute", Mx, InTransaction, {"RCPT TO:<@yahoo.example:bob@gmail.example>"}, {"RelayDenied"}},
        {"RelayBangPath", Mx, InTransaction, {"RCPT TO:<gmail.example!bob@yahoo.example>"}, {"RelayDenied"}},
        {"RelayAddressLiteral", Mx, InTransaction, {"RCPT TO:<bob@[192.0.2.1]>"}, {"RelayDenied"}},
        {"RelaySubdomain", Mx, InTransaction, {"RCPT TO:<bob@mail.yahoo.example>"}, {"RelayDenied"}},
        {"RelayLookalikeDomain", Mx, InTransaction, {"RCPT TO:<bob@evilyahoo.example>"}, {"RelayDenied"}},
        {"RcptForeignTrailingDot", Mx, InTransaction, {"RCPT TO:<bob@gmail.example.>"}, {"BadRecipientAddress"},
         is("501 5.1.3 Bad recipient address syntax\r\n")},
        {"RcptLocalTrailingDot", Mx, InTransaction, {"RCPT TO:<bob@yahoo.example.>"}, {"BadRecipientAddress"}},
        {"RcptDoubleAt", Mx, InTransaction, {"RCPT TO:<bob@@yahoo.example>"}, {"BadRecipientAddress"}},
        {"RcptNullPath", Mx, InTransaction, {"RCPT TO:<>"}, {"BadRecipientAddress"}},
        {"RcptWithoutBrackets", Mx, InTransaction, {"RCPT TO:bob@yahoo.example"}, {"RcptSyntax"},
         is("501 5.5.4 Syntax: RCPT TO:<address>\r\n")},
        {"RcptWithoutTo", Mx, InTransaction, {"RCPT <bob@yahoo.example>"}, {"RcptSyntax"}},
        {"RcptFromInsteadOfTo", Mx, InTransaction, {"RCPT FROM:<bob@yahoo.example>"}, {"RcptSyntax"}},
        {"RcptWithoutArgument", Mx, InTransaction, {"RCPT"}, {"RcptSyntax"}},
        {"RcptLowerCase", Mx, InTransaction, {"rcpt to:<bob@yahoo.example>"}, {"RecipientOk"}},
        {"RcptSpaceAfterColon", Mx, InTransaction, {"RCPT TO: <bob@yahoo.example>"}, {"RecipientOk"}},
        {"RcptWithDsnParameter", Mx, InTransaction, {"RCPT TO:<bob@yahoo.example> NOTIFY=NEVER"},
         {"ParameterNotRecognized"}},
        {"RcptWithSizeParameter", Mx, InTransaction, {"RCPT TO:<bob@yahoo.example> SIZE=100"},
         {"ParameterNotRecognized"}},
        {"RcptEightBit", Mx, InTransaction, {"RCPT TO:<" + kJoerg + ">"}, {"InvalidCharacter"}},
        {"NestedMail", Mx, InTransaction, {"MAIL FROM:<a@b>"}, {"NestedMail"},
         is("503 5.5.1 Sender already specified\r\n"), State::MailGiven},
        {"DataWithoutRcpt", Mx, InTransaction, {"DATA"}, {"NeedRcpt"}, is("503 5.5.1 Need RCPT command\r\n"),
         State::MailGiven},
        {"DataAfterUnknownUser", Mx, InTransaction, {"RCPT TO:<x@yahoo.example>", "DATA"},
         {"UnknownUser", "NoValidRecipients"}, has("554 5.5.1 No valid recipients\r\n")},
        {"DataAfterRelayDenied", Mx, InTransaction, {"RCPT TO:<x@gmail.example>", "DATA"},
         {"RelayDenied", "NoValidRecipients"}},
        {"RsetEndsTransaction", Mx, InTransaction, {"RSET", "RCPT TO:<bob@yahoo.example>"},
         {"ResetOk", "NeedMail"}, {}, State::Greeted},
        {"RsetThenNewMail", Mx, InTransaction, {"RSET", "MAIL FROM:<a@b>"}, {"ResetOk", "SenderOk"}},
        {"NoopKeepsTransaction", Mx, InTransaction, {"NOOP", "RCPT TO:<bob@yahoo.example>"},
         {"NoopOk", "RecipientOk"}},
        {"VrfyKeepsTransaction", Mx, InTransaction, {"VRFY bob", "RCPT TO:<bob@yahoo.example>"},
         {"CannotVrfy", "RecipientOk"}},
        {"HelpKeepsTransaction", Mx, InTransaction, {"HELP", "RCPT TO:<bob@yahoo.example>"},
         {"HelpText", "RecipientOk"}},
        {"UnknownCommandKeepsTransaction", Mx, InTransaction, {"FOO", "RCPT TO:<bob@yahoo.example>"},
         {"CommandNotRecognized", "RecipientOk"}},
        // RFC 5321 §4.1.4: a later EHLO resets like RSET; a refused one changes nothing.
        {"SecondEhloResets", Mx, InTransaction, {"EHLO client.example", "RCPT TO:<bob@yahoo.example>"},
         {"EhloOk", "NeedMail"}},
        {"HeloResets", Mx, InTransaction, {"HELO client.example", "RCPT TO:<bob@yahoo.example>"},
         {"HeloOk", "NeedMail"}},
        {"RefusedEhloKeepsTransaction", Mx, InTransaction, {"EHLO", "RCPT TO:<bob@yahoo.example>"},
         {"EhloSyntax", "RecipientOk"}},
        {"RefusedRcptKeepsTransaction", Mx, InTransaction,
         {"RCPT TO:<x@gmail.example>", "RCPT TO:<bob@yahoo.example>"}, {"RelayDenied", "RecipientOk"}},
        {"LineTooLongKeepsTransaction", Mx, InTransaction, {noopOfLength(600), "RCPT TO:<bob@yahoo.example>"},
         {"LineTooLong", "RecipientOk"}},
        {"Quit", Mx, InTransaction, {"QUIT"}, {"Bye"}, {}, State::Closed},
        {"StartTls", Mx, InTransaction, {"STARTTLS"}, {"ReadyToStartTls"}, {}, State::TlsHandshake},

        // ---- With a recipient: RCPT TO:<bob@yahoo.example> accepted ----
        {"Data", Mx, WithRecipient, {"DATA"}, {"StartMailInput"}, is("354 End data with <CR><LF>.<CR><LF>\r\n"),
         State::Data},
        {"DataLowerCase", Mx, WithRecipient, {"data"}, {"StartMailInput"}},
        {"DataWithArgument", Mx, WithRecipient, {"DATA now"}, {"NoParameters"},
         is("501 5.5.4 Syntax: DATA takes no parameters\r\n"), State::RcptGiven},
        {"WholeMessage", Mx, WithRecipient, {"DATA", "Subject: hi", "", "Hello", "."},
         {"StartMailInput", "MessageAccepted"}, has("250 2.0.0 OK: queued as "), State::Greeted},
        {"EmptyMessage", Mx, WithRecipient, {"DATA", "."}, {"StartMailInput", "MessageAccepted"}},
        {"DotStuffedLine", Mx, WithRecipient, {"DATA", "..hidden", "."}, {"StartMailInput", "MessageAccepted"}},
        {"CommandsInsideDataAreText", Mx, WithRecipient, {"DATA", "MAIL FROM:<evil@x>", "QUIT", "."},
         {"StartMailInput", "MessageAccepted"}, {}, State::Greeted},
        {"TransactionEndsWithMessage", Mx, WithRecipient, {"DATA", ".", "RCPT TO:<bob@yahoo.example>"},
         {"StartMailInput", "MessageAccepted", "NeedMail"}},
        {"NextTransaction", Mx, WithRecipient,
         {"DATA", ".", "MAIL FROM:<a@b>", "RCPT TO:<bob@yahoo.example>", "DATA"},
         {"StartMailInput", "MessageAccepted", "SenderOk", "RecipientOk", "StartMailInput"}},
        {"SecondRecipient", Mx, WithRecipient, {"RCPT TO:<postmaster@yahoo.example>"}, {"RecipientOk"}},
        {"DataAfterOneRefusedRecipient", Mx, WithRecipient, {"RCPT TO:<x@gmail.example>", "DATA"},
         {"RelayDenied", "StartMailInput"}},
        {"NestedMail", Mx, WithRecipient, {"MAIL FROM:<a@b>"}, {"NestedMail"}},
        {"RsetThenData", Mx, WithRecipient, {"RSET", "DATA"}, {"ResetOk", "NeedMail"}},
        {"QuitAbandonsTransaction", Mx, WithRecipient, {"QUIT"}, {"Bye"}, {}, State::Closed},

        // ---- TLS: after STARTTLS and the handshake (RFC 3207 §4.2) ----
        {"MailNeedsEhloAgain", Mx, TlsConnected, {"MAIL FROM:<a@b>"}, {"NeedHelo"}},
        {"EhloListsAuthNotStartTls", Mx, TlsConnected, {"EHLO client.example"}, {"EhloOk"},
         is("250-mx.yahoo.example Hello client.example\r\n"
            "250-PIPELINING\r\n"
            "250-SIZE 10000\r\n"
            "250-8BITMIME\r\n"
            "250-ENHANCEDSTATUSCODES\r\n"
            "250 AUTH PLAIN LOGIN\r\n")},
        {"Noop", Mx, TlsConnected, {"NOOP"}, {"NoopOk"}, {}, State::Connected},
        {"StartTlsAgain", Mx, TlsGreeted, {"STARTTLS"}, {"TlsAlreadyActive"},
         is("503 5.5.1 TLS already active\r\n"), State::Greeted},
        {"AuthPlain", Mx, TlsGreeted, {authPlain(kPlainAliceSecret)}, {"AuthSucceeded"},
         is("235 2.7.0 Authentication successful\r\n")},
        {"AuthPlainWrongPassword", Mx, TlsGreeted, {authPlain(kPlainAliceWrong)}, {"AuthFailed"},
         is("535 5.7.8 Authentication credentials invalid\r\n")},
        {"AuthLogin", Mx, TlsGreeted, {"AUTH LOGIN", kB64Alice, kB64Secret},
         {"AuthChallenge", "AuthChallenge", "AuthSucceeded"},
         is(std::string(kLoginUserPrompt) + kLoginPasswordPrompt + "235 2.7.0 Authentication successful\r\n")},
        {"MailWithAuthParameter", Mx, TlsGreeted, {"MAIL FROM:<a@b> AUTH=<>"}, {"SenderOk"}},
        {"Mail", Mx, TlsGreeted, {"MAIL FROM:<a@b>", "RCPT TO:<bob@yahoo.example>"}, {"SenderOk", "RecipientOk"}},
        {"StillNoOpenRelay", Mx, TlsGreeted, {"MAIL FROM:<a@b>", "RCPT TO:<carol@gmail.example>"},
         {"SenderOk", "RelayDenied"}},
        {"RelayAllowed", Mx, LoggedIn, {"MAIL FROM:<alice@yahoo.example>", "RCPT TO:<carol@gmail.example>"},
         {"SenderOk", "RecipientRelayOk"}, has("250 2.1.5 Recipient <carol@gmail.example> OK, will relay\r\n")},
        {"LocalRecipientsStillChecked", Mx, LoggedIn,
         {"MAIL FROM:<alice@yahoo.example>", "RCPT TO:<x@yahoo.example>"}, {"SenderOk", "UnknownUser"}},
        {"AuthAgain", Mx, LoggedIn, {authPlain(kPlainAliceSecret)}, {"AlreadyAuthenticated"},
         is("503 5.5.1 Already authenticated\r\n")},
        {"RsetKeepsLogin", Mx, LoggedIn, {"RSET", "AUTH LOGIN"}, {"ResetOk", "AlreadyAuthenticated"}},

        // ---- AUTH without TLS (authNeedsTls = false; RFC 4954) ----
        {"EhloOffersAuth", PlainAuth, Connected, {"EHLO client.example"}, {"EhloOk"},
         has("250-STARTTLS\r\n250 AUTH PLAIN LOGIN\r\n")},
        {"AuthPlain", PlainAuth, Greeted, {authPlain(kPlainAliceSecret)}, {"AuthSucceeded"}},
        {"AuthPlainWrongPassword", PlainAuth, Greeted, {authPlain(kPlainAliceWrong)}, {"AuthFailed"}},
        {"AuthPlainUnknownUser", PlainAuth, Greeted, {authPlain(kPlainMallory)}, {"AuthFailed"}},
        {"AuthPlainInTwoSteps", PlainAuth, Greeted, {"AUTH PLAIN", kPlainAliceSecret},
         {"AuthChallenge", "AuthSucceeded"}, is("334 \r\n235 2.7.0 Authentication successful\r\n")},
        {"AuthPlainCancelled", PlainAuth, Greeted, {"AUTH PLAIN", "*"}, {"AuthChallenge", "AuthCancelled"},
         has("501 5.7.0 Authentication cancelled\r\n"), State::Greeted},
        {"AuthPlainBadBase64", PlainAuth, Greeted, {"AUTH PLAIN !!!"}, {"AuthBadBase64"},
         is("501 5.5.2 Cannot decode base64\r\n")},
        {"AuthPlainBadBase64Response", PlainAuth, Greeted, {"AUTH PLAIN", "!!!"}, {"AuthChallenge", "AuthBadBase64"}},
        {"AuthLogin", PlainAuth, Greeted, {"AUTH LOGIN", kB64Alice, kB64Secret},
         {"AuthChallenge", "AuthChallenge", "AuthSucceeded"}},
        {"AuthLoginWrongPassword", PlainAuth, Greeted, {"AUTH LOGIN", kB64Alice, kB64Wrong},
         {"AuthChallenge", "AuthChallenge", "AuthFailed"}},
        {"AuthLoginInitialResponse", PlainAuth, Greeted, {std::string("AUTH LOGIN ") + kB64Alice, kB64Secret},
         {"AuthChallenge", "AuthSucceeded"},
         is(std::string(kLoginPasswordPrompt) + "235 2.7.0 Authentication successful\r\n")},
        {"AuthLoginCancelAtUser", PlainAuth, Greeted, {"AUTH LOGIN", "*"}, {"AuthChallenge", "AuthCancelled"}},
        {"AuthLoginCancelAtPassword", PlainAuth, Greeted, {"AUTH LOGIN", kB64Alice, "*"},
         {"AuthChallenge", "AuthChallenge", "AuthCancelled"}},
        {"AuthUnknownMechanism", PlainAuth, Greeted, {"AUTH CRAM-MD5"}, {"UnknownAuthMechanism"},
         is("504 5.5.4 Unrecognized authentication type\r\n")},
        {"AuthTwice", PlainAuth, Greeted, {authPlain(kPlainAliceSecret), authPlain(kPlainAliceSecret)},
         {"AuthSucceeded", "AlreadyAuthenticated"}},
        {"AuthInTransaction", PlainAuth, Greeted, {"MAIL FROM:<a@b>", authPlain(kPlainAliceSecret)},
         {"SenderOk", "AuthInTransaction"}, has("503 5.5.1 AUTH not allowed during a mail transaction\r\n")},
        {"AuthRetryAfterFailure", PlainAuth, Greeted, {authPlain(kPlainAliceWrong), authPlain(kPlainAliceSecret)},
         {"AuthFailed", "AuthSucceeded"}},
        {"RelayAfterAuth", PlainAuth, Greeted,
         {authPlain(kPlainAliceSecret), "MAIL FROM:<alice@yahoo.example>", "RCPT TO:<carol@gmail.example>"},
         {"AuthSucceeded", "SenderOk", "RecipientRelayOk"}},
        {"NoRelayWithoutAuth", PlainAuth, Greeted, {"MAIL FROM:<a@b>", "RCPT TO:<carol@gmail.example>"},
         {"SenderOk", "RelayDenied"}},
        {"MailWithAuthParameter", PlainAuth, Greeted, {"MAIL FROM:<a@b> AUTH=<>"}, {"SenderOk"}},
        // RFC 4954 §5: AUTH= lengthens the MAIL line by 500 octets (512 + 26 + 500 = 1038).
        {"MailLine1030WithAuthAndSize", PlainAuth, Greeted, {mailOfLength(1030, "SIZE=100 AUTH=<>")},
         {"ParameterNotRecognized"}},

        // ---- Nobody logs in: AUTH is not offered ----
        {"EhloWithoutAuth", NoUsers, TlsConnected, {"EHLO client.example"}, {"EhloOk"},
         has("250 ENHANCEDSTATUSCODES\r\n")},
        {"AuthNotEnabled", NoUsers, TlsGreeted, {authPlain(kPlainAliceSecret)}, {"AuthNotEnabled"},
         is("503 5.5.1 Authentication not enabled\r\n")},

        // ---- STARTTLS not offered ----
        {"EhloWithoutStartTls", NoStartTls, Connected, {"EHLO client.example"}, {"EhloOk"},
         is("250-mx.yahoo.example Hello client.example\r\n"
            "250-PIPELINING\r\n"
            "250-SIZE 10000\r\n"
            "250-8BITMIME\r\n"
            "250 ENHANCEDSTATUSCODES\r\n")},
        {"StartTlsNotImplemented", NoStartTls, Greeted, {"STARTTLS"}, {"NotImplemented"},
         is("502 5.5.1 STARTTLS not implemented\r\n"), State::Greeted},

        // ---- ENHANCEDSTATUSCODES off (RFC 2034): the same replies without x.y.z ----
        {"EhloWithoutEnhancedCodes", NoEnhanced, Connected, {"EHLO client.example"}, {"EhloOk"},
         is("250-mx.yahoo.example Hello client.example\r\n"
            "250-PIPELINING\r\n"
            "250-SIZE 10000\r\n"
            "250-8BITMIME\r\n"
            "250 STARTTLS\r\n")},
        {"NeedMail", NoEnhanced, Greeted, {"RCPT TO:<bob@yahoo.example>"}, {"NeedMail"},
         is("503 Need MAIL command\r\n")},
        {"SenderOk", NoEnhanced, Greeted, {"MAIL FROM:<a@b>"}, {"SenderOk"}, is("250 Sender <a@b> OK\r\n")},
        {"CommandNotRecognized", NoEnhanced, Greeted, {"FOO"}, {"CommandNotRecognized"},
         is("500 Command not recognized\r\n")},
        {"UnknownUser", NoEnhanced, InTransaction, {"RCPT TO:<x@yahoo.example>"}, {"UnknownUser"},
         is("550 <x@yahoo.example>: Recipient address rejected: User unknown\r\n")},
        {"Bye", NoEnhanced, Connected, {"QUIT"}, {"Bye"}, is("221 mx.yahoo.example closing connection\r\n")},

        // ---- SMTPUTF8 offered (RFC 6531) ----
        {"EhloOffersSmtputf8", Utf8, Connected, {"EHLO client.example"}, {"EhloOk"},
         has("250-8BITMIME\r\n250-ENHANCEDSTATUSCODES\r\n250-STARTTLS\r\n250 SMTPUTF8\r\n")},
        {"Utf8SenderNeedsParameter", Utf8, Greeted, {"MAIL FROM:<" + kJoerg + ">"}, {"Utf8SenderNeedsSmtputf8"},
         is("550 5.6.7 Non-ASCII sender address needs SMTPUTF8\r\n"), State::Greeted},
        {"Utf8SenderWithParameter", Utf8, Greeted, {"MAIL FROM:<" + kJoerg + "> SMTPUTF8"}, {"SenderOk"}},
        {"AsciiSenderWithParameter", Utf8, Greeted, {"MAIL FROM:<a@b> SMTPUTF8"}, {"SenderOk"}},
        {"Utf8Domain", Utf8, Greeted, {"MAIL FROM:<" + kBuecher + "> SMTPUTF8"}, {"SenderOk"}},
        {"Utf8RecipientNeedsParameter", Utf8, Greeted, {"MAIL FROM:<a@b>", "RCPT TO:<" + kJoerg + ">"},
         {"SenderOk", "Utf8RecipientNeedsSmtputf8"}, has("553 5.6.7 Non-ASCII recipient address needs SMTPUTF8\r\n")},
        {"Utf8RecipientWithParameter", Utf8, Greeted, {"MAIL FROM:<a@b> SMTPUTF8", "RCPT TO:<" + kJoerg + ">"},
         {"SenderOk", "RecipientOk"}},
        {"DuplicateSmtputf8", Utf8, Greeted, {"MAIL FROM:<a@b> SMTPUTF8 SMTPUTF8"}, {"DuplicateParameter"}},
        {"Smtputf8TakesNoValue", Utf8, Greeted, {"MAIL FROM:<a@b> SMTPUTF8=yes"}, {"BadParameter"}},
        // RFC 6531 §3.1(5): SMTPUTF8 adds 10 octets to the MAIL line (512 + 26 + 10 = 548).
        {"MailLine548WithSmtputf8", Utf8, Greeted, {mailOfLength(548, "SIZE=100 SMTPUTF8")},
         {"ParameterNotRecognized"}},
        {"MailLine549WithSmtputf8", Utf8, Greeted, {mailOfLength(549, "SIZE=100 SMTPUTF8")}, {"LineTooLong"}},

        // ---- SIZE not offered, or offered without a limit (RFC 1870) ----
        {"EhloWithoutSize", NoSize, Connected, {"EHLO client.example"}, {"EhloOk"},
         is("250-mx.yahoo.example Hello client.example\r\n"
            "250-PIPELINING\r\n"
            "250-8BITMIME\r\n"
            "250-ENHANCEDSTATUSCODES\r\n"
            "250 STARTTLS\r\n")},
        {"SizeParameterNotOffered", NoSize, Greeted, {"MAIL FROM:<a@b> SIZE=100"}, {"ParameterNotRecognized"}},
        {"MailLine530WithoutSize", NoSize, Greeted, {mailOfLength(530)}, {"LineTooLong"}},
        {"EhloSizeWithoutLimit", UnlimitedSize, Connected, {"EHLO client.example"}, {"EhloOk"},
         has("250-PIPELINING\r\n250-SIZE\r\n250-8BITMIME\r\n")},
        {"AnyDeclaredSize", UnlimitedSize, Greeted, {"MAIL FROM:<a@b> SIZE=99999999"}, {"SenderOk"}},

        // ---- 8BITMIME not offered (RFC 6152) ----
        {"EhloWithout8BitMime", No8Bit, Connected, {"EHLO client.example"}, {"EhloOk"},
         is("250-mx.yahoo.example Hello client.example\r\n"
            "250-PIPELINING\r\n"
            "250-SIZE 10000\r\n"
            "250-ENHANCEDSTATUSCODES\r\n"
            "250 STARTTLS\r\n")},
        {"BodyParameterNotOffered", No8Bit, Greeted, {"MAIL FROM:<a@b> BODY=8BITMIME"}, {"ParameterNotRecognized"}},

        // ---- Limits: maxErrors = 3, maxRecipients = 3 (RFC 5321 §4.5.3.1.8, SMTP-NOTES §2.6) ----
        {"TooManyErrors", Strict, Greeted, {"FOO", "FOO", "FOO", "FOO"},
         {"CommandNotRecognized", "CommandNotRecognized", "CommandNotRecognized", "TooManyErrors"},
         has("500 5.5.2 Command not recognized\r\n421 4.7.0 mx.yahoo.example Error: too many errors\r\n"),
         State::Closed},
        {"NothingAfterTooManyErrors", Strict, Greeted, {"FOO", "FOO", "FOO", "FOO", "NOOP"},
         {"CommandNotRecognized", "CommandNotRecognized", "CommandNotRecognized", "TooManyErrors"}, {},
         State::Closed},
        {"TooManyErrorsOfAnyKind", Strict, Greeted,
         {"FOO", "MAIL FROM:a@b", "HELO", "VRFY"},
         {"CommandNotRecognized", "MailSyntax", "HeloSyntax", "TooManyErrors"}, {}, State::Closed},
        // A pipelining client whose MAIL was refused still sends its RCPTs (RFC 2920): their
        // 503s are not the client's fault and never add up to 421.
        {"OutOfSequenceRepliesDoNotCountAsErrors", Strict, Greeted,
         {"RCPT TO:<a@yahoo.example>", "RCPT TO:<b@yahoo.example>", "RCPT TO:<c@yahoo.example>",
          "RCPT TO:<d@yahoo.example>", "DATA"},
         {"NeedMail", "NeedMail", "NeedMail", "NeedMail", "NeedMail"}, {}, State::Greeted},
        {"GoodCommandsDoNotCountAsErrors", Strict, Greeted, {"FOO", "FOO", "NOOP", "NOOP", "NOOP", "FOO"},
         {"CommandNotRecognized", "CommandNotRecognized", "NoopOk", "NoopOk", "NoopOk", "CommandNotRecognized"},
         {}, State::Greeted},
        {"TooManyRecipients", Strict, InTransaction,
         {"RCPT TO:<a@yahoo.example>", "RCPT TO:<b@yahoo.example>", "RCPT TO:<c@yahoo.example>",
          "RCPT TO:<d@yahoo.example>", "RCPT TO:<e@yahoo.example>"},
         {"RecipientOk", "RecipientOk", "RecipientOk", "TooManyRecipients", "TooManyRecipients"},
         has("452 4.5.3 Too many recipients\r\n")},
        {"DataAfterTooManyRecipients", Strict, InTransaction,
         {"RCPT TO:<a@yahoo.example>", "RCPT TO:<b@yahoo.example>", "RCPT TO:<c@yahoo.example>",
          "RCPT TO:<d@yahoo.example>", "DATA"},
         {"RecipientOk", "RecipientOk", "RecipientOk", "TooManyRecipients", "StartMailInput"}},

        // ---- Submission (RFC 6409): AUTH before MAIL, relaying for users ----
        {"MailNeedsAuth", Submission, TlsGreeted, {"MAIL FROM:<alice@yahoo.example>"}, {"AuthRequired"},
         is("530 5.7.0 Authentication required\r\n"), State::Greeted},
        {"MailNeedsAuthInPlaintext", Submission, Greeted, {"MAIL FROM:<alice@yahoo.example>"}, {"AuthRequired"}},
        {"Relay", Submission, LoggedInTransaction, {"RCPT TO:<carol@gmail.example>"}, {"RecipientRelayOk"}},
        {"LocalRecipient", Submission, LoggedInTransaction, {"RCPT TO:<bob@yahoo.example>"}, {"RecipientOk"}},
        {"WholeMessage", Submission, LoggedInTransaction, {"RCPT TO:<carol@gmail.example>", "DATA", "Hi", "."},
         {"RecipientRelayOk", "StartMailInput", "MessageAccepted"}},
        {"ForeignSender", SubmissionOwned, LoggedIn, {"MAIL FROM:<mallory@gmail.example>"}, {"SenderNotOwned"},
         has("553 5.7.1 <mallory@gmail.example>: Sender address not owned by user alice\r\n"), State::Greeted},
        {"OwnSender", SubmissionOwned, LoggedIn, {"MAIL FROM:<alice@yahoo.example>"}, {"SenderOk"}},
        {"OtherLocalSender", SubmissionOwned, LoggedIn, {"MAIL FROM:<bob@yahoo.example>"}, {"SenderNotOwned"}},
    };
    return rows;
}

class ServerDialogue : public ::testing::TestWithParam<Row>
{
};

TEST_P(ServerDialogue, RepliesInOrder)
{
    const Row &row = GetParam();
    ServerHarness server(row.variant);
    ASSERT_NO_FATAL_FAILURE(advance(server, row.stage));

    Answer all;
    if (row.feed == Feed::OneChunk) {
        QByteArray chunk;
        for (const std::string &line : row.lines)
            chunk += bytes(line) + "\r\n";
        all = server.send(chunk);
    } else {
        for (const std::string &line : row.lines)
            all.append(server.say(line));
    }

    EXPECT_THAT(all.replies, ElementsAreArray(row.replies)) << "wire: " << all.wire.toStdString();
    switch (row.wire.match) {
    case Wire::None:
        break;
    case Wire::Contains:
        EXPECT_TRUE(all.wire.contains(bytes(row.wire.text)))
            << "expected within the wire: " << row.wire.text << "\nwire: " << all.wire.toStdString();
        break;
    case Wire::Exact:
        EXPECT_EQ(all.wire, bytes(row.wire.text));
        break;
    }
    if (row.after) {
        EXPECT_STREQ(ServerSession::stateName(server.session().state()), ServerSession::stateName(*row.after));
    }
}

INSTANTIATE_TEST_SUITE_P(Table, ServerDialogue, ::testing::ValuesIn(dialogueRows()),
                         [](const ::testing::TestParamInfo<Row> &info) { return info.param.name(); });

// ---------------------------------------------------------------------------------------------
// Scenarios around the table: the greeting, over-long lines, the session's accessors, 421s.

class ServerSessionTest : public ServerTest
{
};

TEST_F(ServerSessionTest, GreetingIsTheHostAndBanner)
{
    m_server = std::make_unique<ServerHarness>(Variant::Mx);
    EXPECT_EQ(session().state(), State::New);
    const Answer a = server().start();
    EXPECT_THAT(a.replies, ElementsAre("Greeting"));
    EXPECT_EQ(a.wire, QByteArray("220 mx.yahoo.example ESMTP Kurir\r\n"));
    EXPECT_EQ(session().state(), State::Connected);
}

TEST_F(ServerSessionTest, GreetingWithoutEnhancedCodes)
{
    m_server = std::make_unique<ServerHarness>(Variant::MxNoEnhanced);
    EXPECT_EQ(server().start().wire, QByteArray("220 mx.yahoo.example ESMTP Kurir\r\n"));
}

TEST_F(ServerSessionTest, EhloNameIsRememberedAndReplaced)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::Greeted));
    EXPECT_EQ(session().heloName(), QByteArray("client.example"));
    EXPECT_THAT(say("EHLO other.example").replies, ElementsAre("EhloOk"));
    EXPECT_EQ(session().heloName(), QByteArray("other.example"));
    EXPECT_THAT(say("EHLO").replies, ElementsAre("EhloSyntax"));
    EXPECT_EQ(session().heloName(), QByteArray("other.example")) << "a refused EHLO changes nothing";
}

// SMTP-NOTES §2.6: an over-long line is drained to its CRLF, answered once, and never acted on.
TEST_F(ServerSessionTest, HugeCommandLineIsDrainedAndAnsweredOnce)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::Greeted));
    const std::string piece(1000, 'x');
    ASSERT_TRUE(send("MAIL FROM:<a@b> ").replies.empty());
    for (int i = 0; i < 100; ++i) {
        const Answer a = send(piece);
        ASSERT_TRUE(a.wire.isEmpty()) << "no reply before the CRLF, piece " << i;
        ASSERT_LT(session().bufferedBytes(), 13000) << "piece " << i;
    }
    EXPECT_THAT(send("\r\n").replies, ElementsAre("LineTooLong"));
    EXPECT_THAT(say("RCPT TO:<bob@yahoo.example>").replies, ElementsAre("NeedMail"))
        << "the truncated MAIL must not have been executed";
    EXPECT_THAT(say("NOOP").replies, ElementsAre("NoopOk"));
}

TEST_F(ServerSessionTest, HugeLineSplitBeforeItsLf)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::Greeted));
    EXPECT_TRUE(send(std::string(5000, 'x') + "\r").replies.empty());
    EXPECT_THAT(send("\nNOOP\r\n").replies, ElementsAre("LineTooLong", "NoopOk"));
}

TEST_F(ServerSessionTest, CrlfSplitAcrossReceives)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::Greeted));
    EXPECT_TRUE(send("NOOP\r").replies.empty());
    EXPECT_THAT(send("\n").replies, ElementsAre("NoopOk"));
    // 510 octets then CR: the line is 512 with its LF, still allowed.
    EXPECT_TRUE(send(noopOfLength(512) + "\r").replies.empty());
    EXPECT_THAT(send("\n").replies, ElementsAre("NoopOk"));
    EXPECT_TRUE(send(noopOfLength(513) + "\r").replies.empty());
    EXPECT_THAT(send("\n").replies, ElementsAre("LineTooLong"));
}

TEST_F(ServerSessionTest, QuitClosesAndEmitsClosed)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::InTransaction));
    const Answer a = say("QUIT");
    EXPECT_THAT(a.replies, ElementsAre("Bye"));
    EXPECT_TRUE(session().isClosed());
    EXPECT_EQ(a.count(SessionEvent::Kind::Closed), 1);
    const Answer after = send("NOOP\r\nMAIL FROM:<a@b>\r\n");
    EXPECT_TRUE(after.wire.isEmpty());
    EXPECT_TRUE(after.replies.empty());
}

// RFC 5321 §4.5.3.2 and §3.8: 421 may be sent at any time, then the server closes.
TEST_F(ServerSessionTest, TimeoutSends421AndCloses)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::InTransaction));
    session().timeout();
    const Answer a = server().collect();
    EXPECT_THAT(a.replies, ElementsAre("IdleTimeout"));
    EXPECT_EQ(a.wire, QByteArray("421 4.4.2 mx.yahoo.example Error: timeout exceeded\r\n"));
    EXPECT_TRUE(session().isClosed());
    EXPECT_EQ(a.count(SessionEvent::Kind::Closed), 1);
    EXPECT_TRUE(say("NOOP").wire.isEmpty());
}

TEST_F(ServerSessionTest, TimeoutBeforeEhlo)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::Connected));
    session().timeout();
    EXPECT_THAT(server().collect().replies, ElementsAre("IdleTimeout"));
    EXPECT_TRUE(session().isClosed());
}

TEST_F(ServerSessionTest, TimeoutDuringData)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::WithRecipient));
    EXPECT_THAT(say("DATA").replies, ElementsAre("StartMailInput"));
    EXPECT_TRUE(send("Subject: half a message\r\n").replies.empty());
    session().timeout();
    const Answer a = server().collect();
    EXPECT_THAT(a.replies, ElementsAre("IdleTimeout"));
    EXPECT_EQ(a.count(SessionEvent::Kind::DataReceived), 0) << "a half message is not delivered";
    EXPECT_TRUE(session().isClosed());
}

TEST_F(ServerSessionTest, ShutdownSends421AndCloses)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::Greeted));
    session().shutdown();
    const Answer a = server().collect();
    EXPECT_THAT(a.replies, ElementsAre("ShuttingDown"));
    EXPECT_EQ(a.wire, QByteArray("421 4.3.2 mx.yahoo.example Service shutting down, try again later\r\n"));
    EXPECT_TRUE(session().isClosed());
}

TEST_F(ServerSessionTest, TooManyErrorsCountsAndCloses)
{
    ASSERT_NO_FATAL_FAILURE(begin(Variant::MxStrict, Stage::Greeted));
    EXPECT_EQ(session().errorCount(), 0);
    say("FOO");
    say("BAR");
    EXPECT_EQ(session().errorCount(), 2);
    EXPECT_FALSE(session().isClosed());
    say("BAZ");
    EXPECT_FALSE(session().isClosed()) << "three errors are allowed";
    const Answer a = say("QUX");
    EXPECT_THAT(a.replies, ElementsAre("TooManyErrors"));
    EXPECT_TRUE(session().isClosed());
    EXPECT_EQ(a.count(SessionEvent::Kind::Closed), 1);
}

TEST_F(ServerSessionTest, EveryCommandGetsExactlyOneReply)
{
    // RFC 5321 §4.2: "Every command MUST generate exactly one reply", here 12 in one chunk.
    ASSERT_NO_FATAL_FAILURE(begin(Variant::Mx, Stage::Connected));
    const Answer a = send("NOOP\r\nRSET\r\nVRFY x\r\nHELP\r\nEXPN x\r\nFOO\r\n\r\nMAIL FROM:<a@b>\r\n"
                          "EHLO c.example\r\nMAIL FROM:<a@b>\r\nRCPT TO:<bob@yahoo.example>\r\nRSET\r\n");
    EXPECT_THAT(a.replies, ElementsAre("NoopOk", "ResetOk", "CannotVrfy", "HelpText", "NotImplemented",
                                       "CommandNotRecognized", "EmptyCommand", "NeedHelo", "EhloOk", "SenderOk",
                                       "RecipientOk", "ResetOk"));
}

} // namespace
} // namespace kurir::smtp::test
