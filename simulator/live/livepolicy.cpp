#include "livepolicy.h"

#include <cerrno>

#include "maildir.h"

namespace kurir::live {

smtp::Extensions LivePolicy::extensions() const
{
    smtp::Extensions ext;
    ext.startTls = true; // a certificate is always there: given, or made on first use
    ext.auth = true;     // offered only when users exist and TLS is up (ServerSession)
    return ext;
}

smtp::Limits LivePolicy::limits() const
{
    smtp::Limits lim;
    lim.maxMessageSize = m_config.maxMessageSize;
    lim.maxRecipients = m_config.maxRecipients;
    lim.maxErrors = m_config.maxErrors;
    return lim;
}

bool LivePolicy::isLocalDomain(const QByteArray &domain) const
{
    return m_config.domains.contains(domain.toLower());
}

bool LivePolicy::checkPassword(const QByteArray &user, const QByteArray &password) const
{
    // Users log in with their address; its domain is case-insensitive, so is the lookup.
    const auto it = m_config.users.constFind(user.toLower());
    return it != m_config.users.cend() && *it == password;
}

smtp::ReplyId LivePolicy::checkRecipient(const smtp::Mailbox &mailbox, const smtp::Envelope &) const
{
    // An address that cannot name a folder safely is nobody's mailbox.
    if (Maildir::folderName(mailbox.localPart, mailbox.domain).isEmpty())
        return smtp::ReplyId::UnknownUser;
    if (!m_config.users.isEmpty() && !m_config.users.contains(mailbox.toString().toLower()))
        return smtp::ReplyId::UnknownUser; // --user lists who exists (RFC 5321 §3.3: 550)
    return smtp::ReplyId::RecipientOk;
}

smtp::ServerPolicy::Decision LivePolicy::acceptMessage(const smtp::Envelope &envelope,
                                                       const QByteArray &content)
{
    m_pending = PendingMessage{envelope, content};
    return {true, {}};
}

smtp::Reply storeReply(int error, const QByteArray &queueId)
{
    if (error == 0)
        return smtp::reply(smtp::ReplyId::MessageAccepted, {queueId});
    // No room: the disk is full, the quota is used up, or a file size limit (ulimit -f,
    // EFBIG) stops the file short. All pass; none is the message's fault (that is SIZE, 552).
    if (error == ENOSPC || error == EDQUOT || error == EFBIG)
        return smtp::reply(smtp::ReplyId::InsufficientStorage);
    return smtp::reply(smtp::ReplyId::LocalError);
}

} // namespace kurir::live
