#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QHash>
#include <QSet>

#include "address.h"
#include "limits.h"
#include "replies.h"

namespace kurir::smtp {

/// The ESMTP extensions a server offers in its EHLO reply (RFC 5321 §4.1.1.1).
struct Extensions
{
    bool pipelining = true;          ///< RFC 2920
    bool size = true;                ///< RFC 1870, with Limits::maxMessageSize
    bool eightBitMime = true;        ///< RFC 6152
    bool enhancedStatusCodes = true; ///< RFC 2034; also decides whether replies carry them
    bool startTls = true;            ///< RFC 3207
    bool auth = true;                ///< RFC 4954, AUTH PLAIN LOGIN (only when users exist)
    bool smtpUtf8 = false;           ///< RFC 6531 (requires 8BITMIME)
};

/// What the transaction looks like when the policy is asked about it.
struct Envelope
{
    Path reversePath;
    QList<Mailbox> recipients;
    QByteArray authenticatedUser; ///< empty when the client did not log in
    bool tls = false;
    bool smtpUtf8 = false;
    bool eightBit = false;        ///< BODY=8BITMIME was given
    QByteArray heloName;
    bool extended = false;        ///< the client greeted with EHLO, not HELO
    qint64 declaredSize = -1;     ///< MAIL FROM's SIZE= (RFC 1870), -1 when not given
};

/// The WITH of the `Received:` field for this transaction (RFC 3848, RFC 6531 §3.7.3):
/// `SMTP` after HELO, `ESMTP` after EHLO, `UTF8SMTP` with SMTPUTF8; then `S` when it came
/// over TLS and `A` when the client logged in (`ESMTPSA`, `UTF8SMTPS`, ...). TLS and AUTH are
/// extensions, so they imply ESMTP even if the client said HELO after STARTTLS: the registry
/// has no `SMTPS` or `SMTPA`.
QByteArray receivedProtocol(const Envelope &envelope);

/// Everything that makes one server differ from another: a Gmail submission server on 587,
/// a Yahoo MX on 25, Kurir's live mode. The session asks, the policy answers; the session
/// never hard-codes a domain, a user or a limit.
class ServerPolicy
{
public:
    virtual ~ServerPolicy() = default;

    virtual QByteArray hostname() const = 0;                 ///< in 220, 221, 250 to EHLO
    virtual QByteArray banner() const { return "ESMTP Kurir"; }
    virtual Extensions extensions() const { return {}; }
    virtual Limits limits() const { return {}; }

    /// Mail for these domains is delivered here; anything else is relaying.
    virtual bool isLocalDomain(const QByteArray &domain) const = 0;
    /// May an authenticated client relay to foreign domains? (A submission server: yes.)
    virtual bool relayForAuthenticated() const { return true; }
    /// May this client relay without logging in (a host inside the provider's own network,
    /// a smarthost's trusted senders)? Everyone else relays only after AUTH (RFC 5321 §7.9).
    virtual bool trustedClient() const { return false; }
    /// A reply a scenario imposes on a command ("RCPT", "DATA", ... or "." for the end of
    /// data) instead of the normal one; only refusals (4xx/5xx) are imposed.
    virtual std::optional<Reply> overrideReply(QByteArrayView command) { Q_UNUSED(command); return std::nullopt; }
    /// Must MAIL wait for AUTH? (A submission server on 587, RFC 6409 §4.3: 530.)
    virtual bool requireAuthForMail() const { return false; }
    /// Must AUTH wait for STARTTLS? (RFC 4954 §4: no plaintext passwords by default.)
    virtual bool authRequiresTls() const { return true; }

    /// Does any user log in here? AUTH is offered only when this is true.
    virtual bool hasUsers() const { return false; }
    virtual bool checkPassword(const QByteArray &user, const QByteArray &password) const = 0;

    /// The sender check, after syntax: `SenderOk`, or a refusal such as `SenderNotOwned`
    /// (a submission server that ties senders to logins) or `SpfFailed`.
    virtual ReplyId checkSender(const Path &, const Envelope &) const { return ReplyId::SenderOk; }
    /// The recipient check for a local domain (postmaster never reaches it, RFC 5321 §4.5.1):
    /// `RecipientOk`, or `UnknownUser`, `MailboxFull`, `Greylisted`, `WillForward`, ...
    virtual ReplyId checkRecipient(const Mailbox &, const Envelope &) const = 0;

    /// The end of DATA: accept and take responsibility (`MessageAccepted` with a queue id),
    /// or refuse (`InsufficientStorage`, `MailboxFull`, ...). `Pending` tells the session the
    /// driver stores the message asynchronously and will call ServerSession::completeMessage().
    struct Decision
    {
        bool pending = false;
        Reply reply;
    };
    virtual Decision acceptMessage(const Envelope &, const QByteArray &content) = 0;
};

/// A policy made of plain data, enough for the simulator's servers and for tests.
class StaticPolicy : public ServerPolicy
{
public:
    QByteArray host = "mx.example";
    QByteArray bannerText = "ESMTP Kurir";
    Extensions ext;
    Limits lim;
    QSet<QByteArray> localDomains;             ///< lower-case
    QHash<QByteArray, QByteArray> passwords;   ///< user -> password
    QSet<QByteArray> mailboxes;                ///< lower-case `local@domain`; empty: all exist
    QSet<QByteArray> fullMailboxes;            ///< lower-case `local@domain`: 552 5.2.2
    bool relayAuthenticated = true;
    bool authForMail = false;
    bool authNeedsTls = true;
    bool sendersMustMatchLogin = false;        ///< submission: MAIL FROM must be the login
    int nextQueueId = 1;

    QByteArray hostname() const override { return host; }
    QByteArray banner() const override { return bannerText; }
    Extensions extensions() const override { return ext; }
    Limits limits() const override { return lim; }
    bool isLocalDomain(const QByteArray &domain) const override;
    bool relayForAuthenticated() const override { return relayAuthenticated; }
    bool requireAuthForMail() const override { return authForMail; }
    bool authRequiresTls() const override { return authNeedsTls; }
    bool hasUsers() const override { return !passwords.isEmpty(); }
    bool checkPassword(const QByteArray &user, const QByteArray &password) const override;
    ReplyId checkSender(const Path &path, const Envelope &envelope) const override;
    ReplyId checkRecipient(const Mailbox &mailbox, const Envelope &envelope) const override;
    Decision acceptMessage(const Envelope &envelope, const QByteArray &content) override;
};

} // namespace kurir::smtp
