#pragma once

#include <QtGlobal>

namespace kurir::smtp {

/// The protocol's size limits in one place, with RFC 5321 §4.5.3.1 defaults.
/// Scenarios may lower them (a tiny SIZE to show a 552), never raise them past what the
/// RFCs require a server to accept.
struct Limits
{
    int commandLine = 512;       ///< §4.5.3.1.4, including the verb and CRLF
    int sizeParamAllowance = 26; ///< RFC 1870 §4(5): SIZE= lengthens the MAIL line
    int utf8ParamAllowance = 10; ///< RFC 6531 §3.1(5): SMTPUTF8 lengthens the MAIL line
    int authParamAllowance = 500;///< RFC 4954 §5: AUTH= lengthens the MAIL line
    int authLine = 12288;        ///< RFC 4954 §4: AUTH exchange lines
    int textLine = 1000;         ///< §4.5.3.1.6, including CRLF, excluding the transparency dot
    int localPart = 64;          ///< §4.5.3.1.1
    int domain = 255;            ///< §4.5.3.1.2
    int path = 256;              ///< §4.5.3.1.3, including the angle brackets
    int maxRecipients = 100;     ///< §4.5.3.1.8: at least 100 must be buffered
    qint64 maxMessageSize = 10 * 1024 * 1024; ///< advertised as SIZE; 0 means no fixed limit
    int maxErrors = 10;          ///< client errors before 421 4.7.0 (like Postfix's hard limit)
    int maxReceivedHeaders = 100;///< §6.3: more `Received:` fields than this is a mail loop
};

} // namespace kurir::smtp
