#include "hostpolicy.h"

#include "mta.h"
#include "world.h"

namespace kurir::world {

using scenario::Role;

HostPolicy::HostPolicy(Mta &mta, QByteArray peerHost, int port, qint32 sourceRef)
    : m_mta(mta), m_peer(std::move(peerHost)), m_sourceRef(sourceRef),
      m_submission(mta.host().role == Role::Submission && port != 25)
{
}

QByteArray HostPolicy::hostname() const { return m_mta.host().name; }
QByteArray HostPolicy::banner() const { return m_mta.host().banner; }

smtp::Extensions HostPolicy::extensions() const
{
    smtp::Extensions ext = m_mta.host().extensions;
    // Only a server where users log in offers AUTH; an MX on port 25 takes mail from anyone
    // for its own domains and needs no login.
    ext.auth = ext.auth && hasUsers() && (m_submission || m_mta.host().role == Role::Relay);
    return ext;
}

smtp::Limits HostPolicy::limits() const
{
    smtp::Limits lim = m_mta.host().limits;
    lim.maxReceivedHeaders = m_mta.m_world.scenario().hopLimit;
    return lim;
}

bool HostPolicy::isLocalDomain(const QByteArray &domain) const
{
    return m_mta.isLocal(domain);
}

bool HostPolicy::relayForAuthenticated() const
{
    return m_submission || m_mta.host().role == Role::Relay;
}

bool HostPolicy::trustedClient() const
{
    return m_mta.host().relayFrom.contains(m_peer);
}

std::optional<smtp::Reply> HostPolicy::overrideReply(QByteArrayView command)
{
    return m_mta.override(command);
}

bool HostPolicy::requireAuthForMail() const
{
    return m_submission; // RFC 6409 §4.3
}

bool HostPolicy::authRequiresTls() const
{
    // RFC 4954 §4: no plaintext passwords; a server without STARTTLS could never offer AUTH,
    // so the scenario "port 25 without TLS" lets it through to show what an eavesdropper reads.
    return m_mta.host().extensions.startTls;
}

bool HostPolicy::hasUsers() const
{
    return m_mta.hasPasswords();
}

bool HostPolicy::checkPassword(const QByteArray &user, const QByteArray &password) const
{
    return m_mta.checkPassword(user, password);
}

smtp::ReplyId HostPolicy::checkSender(const smtp::Path &path, const smtp::Envelope &envelope) const
{
    if (path.isNull())
        return smtp::ReplyId::SenderOk;
    const smtp::Mailbox &from = *path.mailbox;
    if (m_submission && !envelope.authenticatedUser.isEmpty()) {
        // A submission server lets a user send only as themselves (RFC 6409 §6.1).
        const QByteArray login = envelope.authenticatedUser.toLower();
        const QByteArray address = from.toString().toLower();
        if (login != address && from.localPart.toLower() != login)
            return smtp::ReplyId::SenderNotOwned;
    }
    if (m_mta.host().spfCheck && !m_mta.spfAllows(from.domain, m_peer))
        return smtp::ReplyId::SpfFailed;
    return smtp::ReplyId::SenderOk;
}

smtp::ReplyId HostPolicy::checkRecipient(const smtp::Mailbox &mailbox, const smtp::Envelope &envelope) const
{
    return m_mta.checkRecipient(mailbox, envelope, m_peer);
}

HostPolicy::Decision HostPolicy::acceptMessage(const smtp::Envelope &envelope, const QByteArray &content)
{
    const QByteArray id = m_mta.accept(envelope, content, m_peer, m_sourceRef);
    return {false, smtp::reply(smtp::ReplyId::MessageAccepted, {id})};
}

} // namespace kurir::world
