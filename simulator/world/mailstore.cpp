#include "mailstore.h"

#include <algorithm>

#include "protocol/address.h"

namespace kurir::world {

void MailStore::store(const QByteArray &address, StoredMessage message, qint64 bytes)
{
    Box &box = m_boxes[smtp::asciiLower(address)];
    box.messages.append(message);
    box.bytes += bytes;
}

QList<MailStore::StoredMessage> MailStore::mailbox(const QByteArray &address) const
{
    const auto it = m_boxes.constFind(smtp::asciiLower(address));
    return it == m_boxes.cend() ? QList<StoredMessage>() : it->messages;
}

qint64 MailStore::usage(const QByteArray &address) const
{
    const auto it = m_boxes.constFind(smtp::asciiLower(address));
    return it == m_boxes.cend() ? 0 : it->bytes;
}

QByteArrayList MailStore::addresses() const
{
    QByteArrayList list = m_boxes.keys();
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace kurir::world
