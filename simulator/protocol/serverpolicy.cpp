#include "serverpolicy.h"


namespace kurir::smtp {

QByteArray receivedProtocol(const Envelope &e)
{
    const bool tls = e.tls;
    const bool auth = !e.authenticatedUser.isEmpty();
    QByteArray p = e.smtpUtf8 ? "UTF8SMTP" : (e.extended || tls || auth) ? "ESMTP" : "SMTP";
    if (tls)
        p += 'S';
    if (auth)
        p += 'A';
    return p;
}

bool StaticPolicy::isLocalDomain(const QByteArray &domain) const
{
    return localDomains.contains(domain.toLower());
}

bool StaticPolicy::checkPassword(const QByteArray &user, const QByteArray &password) const
{
    const auto it = passwords.constFind(user);
    return it != passwords.cend() && *it == password;
}

ReplyId StaticPolicy::checkSender(const Path &path, const Envelope &envelope) const
{
    if (!sendersMustMatchLogin || envelope.authenticatedUser.isEmpty() || path.isNull())
        return ReplyId::SenderOk;
    // A login "alice" may send as alice@<any local domain>; a login that is an address must
    // match it exactly (RFC 6409 §6.1 lets the MSA refuse other senders with 5.7.1).
    const Mailbox &from = *path.mailbox;
    const QByteArray user = envelope.authenticatedUser.toLower();
    const QByteArray address = from.toString().toLower();
    if (address == user || (from.localPart.toLower() == user && isLocalDomain(from.domain)))
        return ReplyId::SenderOk;
    return ReplyId::SenderNotOwned;
}

ReplyId StaticPolicy::checkRecipient(const Mailbox &mailbox, const Envelope &) const
{
    const QByteArray key = mailbox.toString().toLower();
    if (fullMailboxes.contains(key))
        return ReplyId::MailboxFull;
    if (!mailboxes.isEmpty() && !mailboxes.contains(key))
        return ReplyId::UnknownUser;
    return ReplyId::RecipientOk;
}

ServerPolicy::Decision StaticPolicy::acceptMessage(const Envelope &, const QByteArray &)
{
    // Eight upper-case hex digits, zero-padded, formatted in one go (this runs per message).
    const int number = nextQueueId++;
    if (number < 0)
        return {false, reply(ReplyId::MessageAccepted, {QByteArray::number(number, 16).toUpper().rightJustified(8, '0')})};
    QByteArray id(8, '0'); // a non-negative int has at most eight hex digits
    char *digit = id.data() + 7;
    for (unsigned rest = unsigned(number); rest != 0; rest >>= 4)
        *digit-- = "0123456789ABCDEF"[rest & 15];
    return {false, reply(ReplyId::MessageAccepted, {id})};
}

} // namespace kurir::smtp
