#include "narration.h"

#include <string_view>
#include <unordered_map>

namespace kurir::engine {
namespace {

struct Entry
{
    const char *key;
    const char *text;
};

// The sentences of the lesson. %1 = the acting actor, %2 = the other actor, %3.. = the
// event's arguments (see the code that records each key). Keep them short enough to read
// from the back of a classroom, and name the real thing: ports, codes, RFCs.
const Entry kEntries[] = {
    // Composition
    {"mua.compose", QT_TRANSLATE_NOOP("Narration",
        "%1 writes a new e-mail to %3 with the subject \"%4\". The mail client builds the message: "
        "headers (From, To, Subject, Date, Message-ID), an empty line, then the text. It is %6 bytes, "
        "ready to be sent.")},
    {"mua.compose-attachments", QT_TRANSLATE_NOOP("Narration",
        "%1 writes a new e-mail to %3 with the subject \"%4\" and attaches files. E-mail carries only "
        "text, so the mail client wraps everything in MIME: a multipart message whose attachment parts "
        "are encoded in base64. The whole message is %6 bytes.")},
    {"mua.compose-bcc", QT_TRANSLATE_NOOP("Narration",
        "%1 writes a new e-mail to %3 with the subject \"%4\", and a blind copy (Bcc) to %7. The Bcc "
        "address is not written in the headers: only the envelope will carry it, so the other "
        "recipients never see it.")},
    {"mua.compose-refused", QT_TRANSLATE_NOOP("Narration",
        "The mail client refuses to build this message: a header value contains a line break, which "
        "could smuggle in extra headers (header injection).")},
    {"mua.submit-failed", QT_TRANSLATE_NOOP("Narration",
        "The server did not take the message for %3. There is no bounce: the mail client itself shows "
        "the error, and the message stays in the Outbox until the problem is fixed.")},

    // The submission leg: mail client to its own provider on port 587.
    {"submit.tcp-connect", QT_TRANSLATE_NOOP("Narration",
        "%1 opens a TCP connection to %2 on port %3. Port 587 is the submission port: mail clients "
        "hand over new mail there, after logging in (RFC 6409). Servers pass mail to each other on "
        "port 25. TCP's handshake (SYN, SYN-ACK, ACK) takes one round trip.")},
    {"submit.tcp-connect-25", QT_TRANSLATE_NOOP("Narration",
        "%1 opens a TCP connection to %2 on port %3, the port servers use to pass mail to each other. A "
        "mail client should submit on port 587 and log in; here it talks to the server as another server "
        "would.")},
    {"submit.tcp-fail", QT_TRANSLATE_NOOP("Narration",
        "%1 tries to reach %3, but nothing answers within %4 seconds: the server is down. The message "
        "stays in the Outbox; the mail client will try again later.")},
    {"submit.EHLO", QT_TRANSLATE_NOOP("Narration",
        "%1 introduces itself with EHLO and its name, %3. EHLO (\"extended hello\") instead of the old "
        "HELO asks the server to list the extensions it supports.")},
    {"submit.HELO", QT_TRANSLATE_NOOP("Narration",
        "%1 introduces itself with the old HELO command: the server did not understand EHLO, so no "
        "extensions can be used.")},
    {"submit.STARTTLS", QT_TRANSLATE_NOOP("Narration",
        "%1 asks to switch to an encrypted connection with STARTTLS. Everything so far crossed the "
        "network as readable text; after the TLS handshake, everything will be encrypted.")},
    {"submit.tls", QT_TRANSLATE_NOOP("Narration",
        "TLS handshake: %2 shows its certificate for %3, and both sides agree on secret keys. From now "
        "on an eavesdropper sees only ciphertext. Both sides forget what was said before, so the client "
        "must say EHLO again (RFC 3207).")},
    {"submit.AUTH", QT_TRANSLATE_NOOP("Narration",
        "%1 logs in with AUTH. The text after the mechanism name is the user name and password in "
        "base64: an encoding, not encryption. Anyone who reads it can decode it, which is why the "
        "client waited for TLS.")},
    {"submit.auth-response", QT_TRANSLATE_NOOP("Narration",
        "%1 answers the server's question, again in base64 (readable by anyone who can see it, so "
        "only safe inside TLS).")},
    {"submit.MAIL", QT_TRANSLATE_NOOP("Narration",
        "%1 starts the transaction with MAIL FROM: %3. This is the envelope sender, the address that "
        "problems are reported to. SIZE tells the server in advance how big the message is.")},
    {"submit.RCPT", QT_TRANSLATE_NOOP("Narration",
        "%1 names a recipient with RCPT TO: %3. Every recipient of the envelope gets its own RCPT "
        "command: To, Cc and Bcc alike.")},
    {"submit.DATA", QT_TRANSLATE_NOOP("Narration",
        "%1 sends DATA: the envelope is complete, the message itself comes next.")},
    {"submit.data", QT_TRANSLATE_NOOP("Narration",
        "%1 sends the message: headers, an empty line, then the body (%3 bytes in %4 lines). A line "
        "that starts with a dot gets a second dot (dot-stuffing), so that only the last line, a single "
        "dot, ends the message.")},
    {"submit.RSET", QT_TRANSLATE_NOOP("Narration", "%1 cancels the transaction with RSET.")},
    {"submit.QUIT", QT_TRANSLATE_NOOP("Narration", "%1 says QUIT: it has nothing more to send.")},
    {"submit.tcp-close", QT_TRANSLATE_NOOP("Narration", "The TCP connection between %1 and %2 is closed.")},

    // Live mode: a real client connects to Kurir's own server (kurir serve, the GUI's Live).
    {"live.tcp-connect", QT_TRANSLATE_NOOP("Narration",
        "%1, a real mail program, opens a TCP connection to %2 on port %3. This is live mode: nothing "
        "is simulated, every line below really crossed the network.")},

    // The relay leg: MTA to MTA on port 25.
    {"relay.tcp-connect", QT_TRANSLATE_NOOP("Narration",
        "%1 now acts as a client: it opens a TCP connection to %2 on port %3, the port mail servers use "
        "to pass mail to each other (MTA to MTA).")},
    {"relay.tcp-fail", QT_TRANSLATE_NOOP("Narration",
        "%1 tries %3 on port 25, but nothing answers within %4 seconds: this server is down. %1 tries the "
        "next MX if there is one; if not, the message waits in the queue.")},
    {"relay.EHLO", QT_TRANSLATE_NOOP("Narration",
        "%1 introduces itself to %2 with EHLO %3, just as a mail client would.")},
    {"relay.HELO", QT_TRANSLATE_NOOP("Narration",
        "%1 falls back to HELO %3: the other server did not accept EHLO.")},
    {"relay.STARTTLS", QT_TRANSLATE_NOOP("Narration",
        "%1 asks for encryption with STARTTLS. Between servers TLS is usually opportunistic: used when "
        "offered, so that the mail is not readable on the way.")},
    {"relay.tls", QT_TRANSLATE_NOOP("Narration",
        "TLS handshake between the servers: %2 shows its certificate for %3. From now on the "
        "conversation is encrypted; %1 says EHLO again.")},
    {"relay.MAIL", QT_TRANSLATE_NOOP("Narration",
        "%1 passes on the envelope sender with MAIL FROM: %3. It is the original sender, so that "
        "problems further on are reported to them, not to %1.")},
    {"relay.RCPT", QT_TRANSLATE_NOOP("Narration",
        "%1 names the recipient: RCPT TO: %3.")},
    {"relay.DATA", QT_TRANSLATE_NOOP("Narration", "%1 sends DATA: the message follows.")},
    {"relay.data", QT_TRANSLATE_NOOP("Narration",
        "%1 sends the message (%3 bytes). It is the same message, with one more Received: line at the "
        "top: every server that handles a message adds one, so its path can be traced.")},
    {"relay.RSET", QT_TRANSLATE_NOOP("Narration", "%1 cancels the transaction with RSET.")},
    {"relay.QUIT", QT_TRANSLATE_NOOP("Narration", "%1 says QUIT: the delivery to %2 is over.")},
    {"relay.tcp-close", QT_TRANSLATE_NOOP("Narration", "The TCP connection between %1 and %2 is closed.")},

    // Server replies, whichever leg they are on.
    {"reply.Greeting", QT_TRANSLATE_NOOP("Narration",
        "%1 greets with 220, \"service ready\", followed by its own name. A client must wait for this "
        "greeting before it says anything.")},
    {"reply.EhloOk", QT_TRANSLATE_NOOP("Narration",
        "%1 answers 250 and lists, one per line, the extensions it offers: what it can do beyond plain "
        "SMTP. Only what is listed may be used.")},
    {"reply.HeloOk", QT_TRANSLATE_NOOP("Narration", "%1 answers 250: hello. Without EHLO there is no list of extensions.")},
    {"reply.ReadyToStartTls", QT_TRANSLATE_NOOP("Narration",
        "%1 answers 220: ready to start TLS. The TLS handshake begins on the same TCP connection.")},
    {"reply.AuthChallenge", QT_TRANSLATE_NOOP("Narration",
        "%1 answers 334: a question. For AUTH LOGIN, \"%3\" is base64 for \"Username:\" or \"Password:\".")},
    {"reply.AuthSucceeded", QT_TRANSLATE_NOOP("Narration",
        "%1 answers 235: authentication succeeded. The server now knows who is sending, so it will "
        "relay this user's mail to other domains.")},
    {"reply.AuthFailed", QT_TRANSLATE_NOOP("Narration",
        "%1 answers 535 5.7.8: the user name or password is wrong. A 5xx code is a permanent failure: "
        "trying again with the same password will not help.")},
    {"reply.MustStartTls", QT_TRANSLATE_NOOP("Narration",
        "%1 answers 530 5.7.0: start TLS first. This server never lets a password cross the network "
        "unencrypted (RFC 4954).")},
    {"reply.AuthRequired", QT_TRANSLATE_NOOP("Narration",
        "%1 answers 530 5.7.0: authentication required. On the submission port, only users who have "
        "logged in may send (RFC 6409).")},
    {"reply.SenderOk", QT_TRANSLATE_NOOP("Narration", "%1 answers 250 2.1.0: the sender is accepted.")},
    {"reply.SenderNotOwned", QT_TRANSLATE_NOOP("Narration",
        "%1 answers 553 5.7.1: a logged-in user may only send as their own address.")},
    {"reply.SpfFailed", QT_TRANSLATE_NOOP("Narration",
        "%1 answers 550 5.7.23: SPF check failed. The sender's domain publishes in DNS which servers may "
        "send its mail, and %2 is not one of them: the sender address is probably forged.")},
    {"reply.RecipientOk", QT_TRANSLATE_NOOP("Narration",
        "%1 answers 250 2.1.5: it knows this recipient and will take mail for them.")},
    {"reply.RecipientRelayOk", QT_TRANSLATE_NOOP("Narration",
        "%1 answers 250 2.1.5: the recipient is in another domain, and %1 agrees to relay (pass on) the "
        "message, because this client has logged in or is a trusted server of its own network.")},
    {"reply.UnknownUser", QT_TRANSLATE_NOOP("Narration",
        "%1 answers 550 5.1.1: there is no such mailbox here. A 5xx code is permanent: trying again will "
        "not help, so the sender has to be told.")},
    {"reply.RelayDenied", QT_TRANSLATE_NOOP("Narration",
        "%1 answers 550 5.7.1: relay access denied. It takes mail from strangers only for its own "
        "domains. A server that passed on anyone's mail to anywhere would be an open relay, soon abused "
        "by spammers.")},
    {"reply.Greylisted", QT_TRANSLATE_NOOP("Narration",
        "%1 answers 451 4.7.1: greylisted. It refuses the first attempt from an unknown sender on "
        "purpose: real mail servers try again later, many spam programs never do. 4xx means \"try again "
        "later\".")},
    {"reply.MailboxFull", QT_TRANSLATE_NOOP("Narration",
        "%1 answers 552 5.2.2: the recipient's mailbox is full. RFC 5321 asks senders to treat a 552 to "
        "RCPT as temporary, so the sender keeps the message and tries again later; if the mailbox stays "
        "full, it gives up and sends a bounce.")},
    {"reply.MailboxFullTemporary", QT_TRANSLATE_NOOP("Narration",
        "%1 answers 452 4.2.2: the recipient's mailbox is full for now. A 4xx code: the sender keeps the "
        "message and tries again later, perhaps after the owner has made room.")},
    {"reply.MessageTooBigDeclared", QT_TRANSLATE_NOOP("Narration",
        "%1 answers 552 5.3.4: the size announced with SIZE= is more than it accepts. Thanks to SIZE the "
        "refusal comes before the message is sent, not after.")},
    {"reply.MessageTooBig", QT_TRANSLATE_NOOP("Narration",
        "%1 answers 552 5.3.4: the message is larger than it accepts.")},
    {"reply.MailLoop", QT_TRANSLATE_NOOP("Narration",
        "%1 answers 554 5.4.6: the message already carries too many Received: lines. It has been going "
        "round in a loop between servers, so it is stopped (RFC 5321 section 6.3).")},
    {"reply.StartMailInput", QT_TRANSLATE_NOOP("Narration",
        "%1 answers 354: go ahead, send the message, and end it with a line holding only a dot.")},
    {"reply.MessageAccepted", QT_TRANSLATE_NOOP("Narration",
        "%1 answers 250: the message is accepted and queued. From this moment %1 is responsible for it: "
        "it must deliver it, or tell the sender that it could not (RFC 5321).")},
    {"reply.Bye", QT_TRANSLATE_NOOP("Narration", "%1 answers 221: goodbye, and closes its side of the connection.")},
    {"reply.NoValidRecipients", QT_TRANSLATE_NOOP("Narration",
        "%1 answers 554: no recipient was accepted, so there is nobody to send the message to.")},
    {"reply.NeedMail", QT_TRANSLATE_NOOP("Narration",
        "%1 answers 503 5.5.1: MAIL FROM must come first. SMTP commands come in a fixed order.")},
    {"reply.NeedRcpt", QT_TRANSLATE_NOOP("Narration",
        "%1 answers 503 5.5.1: at least one RCPT TO must come before DATA.")},
    {"reply.TooManyErrors", QT_TRANSLATE_NOOP("Narration",
        "%1 answers 421 4.7.0: too many errors, and hangs up.")},
    {"reply.Override", QT_TRANSLATE_NOOP("Narration",
        "%1 answers \"%3\", as this scenario makes it. The first digit says what happens next: 4 means "
        "try again later, 5 means give up.")},
    {"reply.class.2", QT_TRANSLATE_NOOP("Narration", "%1 answers with a 2xx code: done, all is well.")},
    {"reply.class.3", QT_TRANSLATE_NOOP("Narration", "%1 answers with a 3xx code: go on, more is expected.")},
    {"reply.class.4", QT_TRANSLATE_NOOP("Narration",
        "%1 answers with a 4xx code: a temporary failure. The client may try again later.")},
    {"reply.class.5", QT_TRANSLATE_NOOP("Narration",
        "%1 answers with a 5xx code: a permanent failure. Trying again the same way will not help.")},

    // DNS
    {"dns.query.mx", QT_TRANSLATE_NOOP("Narration",
        "%1 asks the DNS server: which mail servers take mail for %3? This is an MX (mail exchanger) query.")},
    {"dns.answer.mx", QT_TRANSLATE_NOOP("Narration",
        "%1 answers: mail for %3 goes to %4 (MX preference %6).")},
    {"dns.answer.mx-many", QT_TRANSLATE_NOOP("Narration",
        "%1 answers with %5 MX records for %3: %4. The lowest preference number is tried first; the "
        "others are backups for when it is down.")},
    {"dns.answer.implicit-mx", QT_TRANSLATE_NOOP("Narration",
        "%1 answers: %3 has no MX record, but it has an address. Then the domain itself is its mail "
        "server, the \"implicit MX\" (RFC 5321 section 5.1).")},
    {"dns.answer.nullmx", QT_TRANSLATE_NOOP("Narration",
        "%1 answers with a null MX (\"0 .\") for %3: this domain accepts no e-mail at all (RFC 7505). The "
        "message cannot be delivered.")},
    {"dns.answer.nxdomain", QT_TRANSLATE_NOOP("Narration",
        "%1 answers NXDOMAIN: the domain %3 does not exist. Perhaps the address has a typo. The message "
        "cannot be delivered.")},
    {"dns.answer.nothing", QT_TRANSLATE_NOOP("Narration",
        "%1 answers: %3 has neither an MX record nor an address. There is nowhere to deliver.")},
    {"dns.query.a", QT_TRANSLATE_NOOP("Narration",
        "%1 asks the DNS server for the IP address of %3 (an A query), to know where to connect.")},
    {"dns.answer.a", QT_TRANSLATE_NOOP("Narration", "%1 answers: %3 has the address %4.")},
    {"dns.answer.no-a", QT_TRANSLATE_NOOP("Narration", "%1 answers: %3 has no address.")},
    {"dns.query.spf", QT_TRANSLATE_NOOP("Narration",
        "%1 checks SPF (RFC 7208): it asks the DNS server for the TXT records of %3, where a domain "
        "publishes which servers may send mail in its name.")},
    {"dns.answer.spf", QT_TRANSLATE_NOOP("Narration",
        "%1 answers with the SPF record of %3: \"%4\". Only the addresses listed (ip4:) may send mail "
        "from @%3; \"-all\" means every other sender fails the check.")},
    {"dns.answer.no-spf", QT_TRANSLATE_NOOP("Narration",
        "%1 answers: %3 publishes no SPF record. The check gives \"none\": the mail is not refused "
        "for it, and nothing is proven about the sender either.")},

    // Queue, delivery and bounces
    {"queue.enter", QT_TRANSLATE_NOOP("Narration",
        "%1 puts the message into its queue as %3, for %4. A mail server keeps each message in its queue "
        "until it is delivered. Its own Received: line is now at the top of the headers.")},
    {"queue.enter-bounce", QT_TRANSLATE_NOOP("Narration",
        "%1 puts the bounce into its queue as %3, for %4. It travels like any other message, but from "
        "the empty sender <>.")},
    {"queue.deferred", QT_TRANSLATE_NOOP("Narration",
        "Delivery failed for now (%5). The message stays in %1's queue and will be tried again in %4 "
        "seconds (attempt %6 is over).")},
    {"queue.retry", QT_TRANSLATE_NOOP("Narration",
        "Time to try again: %1 takes %3 out of its queue for attempt %4.")},
    {"queue.done", QT_TRANSLATE_NOOP("Narration",
        "%3 leaves %1's queue: for every recipient it has been passed on, delivered, or reported as failed.")},
    {"store.mailbox", QT_TRANSLATE_NOOP("Narration",
        "%1 stores the message in %3's mailbox (%4 bytes), adding a Return-Path: header with the envelope "
        "sender. The recipient will read it with a mail client, fetched over IMAP or POP3: SMTP's journey "
        "ends here.")},
    {"store.over-quota", QT_TRANSLATE_NOOP("Narration",
        "%3's mailbox is full: the message (%4 bytes) does not fit in what is left of its quota "
        "(%6 of %5 bytes free). %1 already said 250 for it, so it cannot refuse now: the recipient "
        "fails with status 5.2.2 and the sender will get a bounce.")},
    {"store.bounce", QT_TRANSLATE_NOOP("Narration",
        "%1 stores the bounce in %3's mailbox: the sender now learns that the message could not be "
        "delivered, and why.")},
    {"bounce.create", QT_TRANSLATE_NOOP("Narration",
        "%1 writes a bounce (a delivery status notification, RFC 3464) to %3: delivery to %4 failed with "
        "status %5. The bounce is sent from the empty sender <>, so a bounce can never cause another bounce.")},
    {"bounce.dropped", QT_TRANSLATE_NOOP("Narration",
        "The failed message was itself a bounce (its sender is empty), so no bounce is sent about it: "
        "never bounce a bounce.")},

    // Decisions the sessions note.
    {"server.relay-trick", QT_TRANSLATE_NOOP("Narration",
        "The address %3 hides a second destination (with %, ! or a quoted @). Servers that followed such "
        "tricks became open relays, so %1 refuses it.")},
    {"server.starttls-discarded", QT_TRANSLATE_NOOP("Narration",
        "%1 throws away %3 bytes that arrived together with STARTTLS: they were sent unencrypted and must "
        "not count as if they came through TLS (CVE-2011-0411).")},
    {"server.long-text-line", QT_TRANSLATE_NOOP("Narration",
        "A line of the message is %3 bytes long, more than the 1000 SMTP promises to carry. %1 keeps it, "
        "but other servers may refuse it or split it.")},
    {"client.no-tls-offered", QT_TRANSLATE_NOOP("Narration",
        "%2 does not offer STARTTLS, and %1 refuses to send a password unencrypted, so it stops here.")},
    {"client.data-dot-only", QT_TRANSLATE_NOOP("Narration",
        "Every recipient was refused, yet the pipelined DATA was accepted: %1 sends just the final dot, an "
        "empty message, to end the transaction cleanly (RFC 2920).")},
    {"client.invalid-address", QT_TRANSLATE_NOOP("Narration",
        "%1 will not use the address %3: it is not a valid e-mail address.")},
};

// By key, looked up without building a QByteArray: the simulation asks for every note it
// records, the views for every step they explain.
const std::unordered_map<std::string_view, const char *> &table()
{
    static const std::unordered_map<std::string_view, const char *> map = [] {
        std::unordered_map<std::string_view, const char *> m;
        for (const Entry &e : kEntries)
            m.emplace(e.key, e.text);
        return m;
    }();
    return map;
}

const char *kGeneric[] = {
    QT_TRANSLATE_NOOP("Narration", "%1 sends a command to %2."),
    QT_TRANSLATE_NOOP("Narration", "%1 notes: %3."),
    QT_TRANSLATE_NOOP("Narration", "%1: %3"),
};

// Replaces %1..%99 in one pass, so an argument that itself contains "%2" stays as it is and a
// template may use any subset of the markers.
QString fill(const QString &text, const QStringList &args)
{
    QString out;
    out.reserve(text.size() + 64);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'%' && i + 1 < text.size() && text[i + 1].isDigit()) {
            qsizetype j = i + 1;
            int n = 0;
            while (j < text.size() && text[j].isDigit() && j < i + 3)
                n = n * 10 + text[j++].digitValue();
            if (n >= 1) {
                out += args.value(n - 1);
                i = j - 1;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

} // namespace

const char *Narration::source(QByteArrayView key)
{
    const auto it = table().find(std::string_view(key.data(), size_t(key.size())));
    return it == table().end() ? nullptr : it->second;
}

bool Narration::has(QByteArrayView key)
{
    return source(key) != nullptr;
}

QString Narration::explain(const TraceEvent &event, const Trace &trace, const QString &lang)
{
    const char *text = source(event.key.bytes());
    if (!text && event.kind == EventKind::SmtpReply) {
        const QByteArray byClass = "reply.class." + QByteArray::number(event.code / 100);
        text = source(byClass);
    }
    if (!text) {
        if (event.kind == EventKind::SmtpCommand)
            text = kGeneric[0];
        else if (event.kind == EventKind::Note)
            text = kGeneric[1];
        else
            text = kGeneric[2];
    }
    QStringList args;
    auto label = [&](int index) {
        return index >= 0 && size_t(index) < trace.actors.size() ? trace.actors[size_t(index)].label(lang)
                                                                 : QString();
    };
    args << label(event.from) << label(event.to);
    const QByteArrayList own = trace.narrationArgs(event);
    for (const QByteArray &a : own)
        args << QString::fromUtf8(a);
    if (own.isEmpty() && text == kGeneric[2])
        args << QString::fromUtf8(event.text);
    return fill(QCoreApplication::translate("Narration", text), args);
}

QString Narration::stageTitle(Stage stage)
{
    switch (stage) {
    case Stage::Compose: return tr("Composition");
    case Stage::Connect: return tr("Connection");
    case Stage::Authenticate: return tr("Authentication");
    case Stage::Send: return tr("Sending");
    case Stage::Deliver: return tr("Delivery");
    }
    return {};
}

} // namespace kurir::engine
