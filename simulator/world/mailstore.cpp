#include "mailstore.h"

#include <algorithm>

namespace kurir::world {

void MailStore::store(const QByteArray &address, StoredMessage message)
{
    m_boxes[address.toLower()].append(message);
}

QList<MailStore::StoredMessage> MailStore::mailbox(const QByteArray &address) const
{
    return m_boxes.value(address.toLower());
}

QByteArrayList MailStore::addresses() const
{
    QByteArrayList list = m_boxes.keys();
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace kurir::world
