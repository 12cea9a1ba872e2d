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

    void store(const QByteArray &address, StoredMessage message);
    QList<StoredMessage> mailbox(const QByteArray &address) const;
    QByteArrayList addresses() const; ///< sorted
    qint64 usage(const QByteArray &address) const { return m_usage.value(address.toLower()); }
    void addUsage(const QByteArray &address, qint64 bytes) { m_usage[address.toLower()] += bytes; }

private:
    QHash<QByteArray, QList<StoredMessage>> m_boxes;
    QHash<QByteArray, qint64> m_usage;
};

} // namespace kurir::world
