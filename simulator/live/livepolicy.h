#pragma once

#include <optional>

#include "liveconfig.h"
#include "protocol/serverpolicy.h"

namespace kurir::live {

/// The rules of Kurir's live server, one instance per connection: mail for its own domains
/// only (no relaying, not even after AUTH), postmaster always, mailboxes made on first
/// delivery unless `--user` lists who exists, AUTH only inside TLS.
///
/// The end of DATA is never decided here: the message is kept as pending and the connection
/// hands it to the Maildir writer, answering with ServerSession::completeMessage() once it
/// is on disk.
class LivePolicy : public smtp::ServerPolicy
{
public:
    struct PendingMessage
    {
        smtp::Envelope envelope;
        QByteArray content;
    };

    explicit LivePolicy(const LiveConfig &config) : m_config(config) {}

    QByteArray hostname() const override { return m_config.hostname; }
    smtp::Extensions extensions() const override;
    smtp::Limits limits() const override;
    bool isLocalDomain(const QByteArray &domain) const override;
    bool relayForAuthenticated() const override { return false; } // Kurir delivers, never relays
    bool authRequiresTls() const override { return true; }        // RFC 4954 §4
    bool hasUsers() const override { return !m_config.users.isEmpty(); }
    bool checkPassword(const QByteArray &user, const QByteArray &password) const override;
    smtp::ReplyId checkRecipient(const smtp::Mailbox &mailbox, const smtp::Envelope &envelope) const override;
    Decision acceptMessage(const smtp::Envelope &envelope, const QByteArray &content) override;

    /// The message waiting to be stored, taken once.
    std::optional<PendingMessage> takePending() { return std::exchange(m_pending, std::nullopt); }

private:
    const LiveConfig &m_config;
    std::optional<PendingMessage> m_pending;
};

/// The reply to the end of DATA once the Maildir writer has spoken: 250 with the queue id
/// when `error` is 0; a full disk, quota or file size limit is 452 4.3.1 and anything else
/// 451 4.3.0, so the client keeps the message and tries again (RFC 5321 §4.2.5). Never 250
/// for a failure.
smtp::Reply storeReply(int error, const QByteArray &queueId);

} // namespace kurir::live
