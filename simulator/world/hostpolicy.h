#pragma once

#include "protocol/serverpolicy.h"

namespace kurir::world {

class Mta;

/// The ServerPolicy of one simulated server towards one connecting peer: the scenario's
/// domains, users, faults and roles turned into the answers the SMTP session asks for.
class HostPolicy : public smtp::ServerPolicy
{
public:
    HostPolicy(Mta &mta, QByteArray peerHost, int port, qint32 sourceRef);

    QByteArray hostname() const override;
    QByteArray banner() const override;
    smtp::Extensions extensions() const override;
    smtp::Limits limits() const override;
    bool isLocalDomain(const QByteArray &domain) const override;
    bool relayForAuthenticated() const override;
    bool trustedClient() const override;
    std::optional<smtp::Reply> overrideReply(QByteArrayView command) override;
    bool requireAuthForMail() const override;
    bool authRequiresTls() const override;
    bool hasUsers() const override;
    bool checkPassword(const QByteArray &user, const QByteArray &password) const override;
    smtp::ReplyId checkSender(const smtp::Path &path, const smtp::Envelope &envelope) const override;
    smtp::ReplyId checkRecipient(const smtp::Mailbox &mailbox, const smtp::Envelope &envelope) const override;
    Decision acceptMessage(const smtp::Envelope &envelope, const QByteArray &content) override;

private:
    Mta &m_mta;
    QByteArray m_peer;
    qint32 m_sourceRef = -1;
    bool m_submission = false; ///< a connection to the submission port of a submission server
};

} // namespace kurir::world
