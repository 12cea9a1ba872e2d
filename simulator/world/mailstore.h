#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>

namespace kurir::world {

/// The mailboxes of the world: what each user has received, in order of arrival.
class MailStore
{
public:
    struct StoredMessage
    {
        qint32 messageRef = -1; ///< World/Trace message snapshot
        qint64 timeMs = 0;
        bool isBounce = false;
    };

    /// Files `message` into the mailbox of `address` and counts its `bytes` against the
    /// mailbox's quota.
    void store(const QByteArray &address, StoredMessage message, qint64 bytes);
    QList<StoredMessage> mailbox(const QByteArray &address) const;
    QByteArrayList addresses() const; ///< sorted
    qint64 usage(const QByteArray &address) const;

private:
    // One entry per address, with the messages and their bytes together: a bulk run stores
    // 30,000 times into 5,000 mailboxes, and each look-up of a table that size misses the
    // cache.
    struct Box
    {
        QList<StoredMessage> messages;
        qint64 bytes = 0;
    };
    QHash<QByteArray, Box> m_boxes; ///< by lower-case address
};

} // namespace kurir::world
