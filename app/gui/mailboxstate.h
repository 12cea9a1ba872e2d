#pragma once

#include <utility>

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QString>

#include "engine/trace.h"

namespace kurir::gui {

/// A message in a mailbox, as a mail client lists it.
struct StoredMessage
{
    int step = -1;        ///< the step that stored it (0-based)
    qint32 snapshot = -1; ///< Trace::messages index: the message as stored
    qint64 bytes = 0;
    bool bounce = false;  ///< a delivery status notification (the envelope sender was <>)
};

struct MailboxState
{
    QByteArray address;   ///< bob@yahoo.example
    QByteArray host;      ///< the actor id of the host that stores it
    QList<StoredMessage> messages;
};

/// A message in a sending MTA's queue (antrean), and what it waits for.
struct QueueEntry
{
    QByteArray owner;     ///< the MTA's actor id
    QByteArray id;        ///< queue id, 9E37000001
    QByteArray sender;    ///< <alice@gmail.example> or <>
    QByteArray recipients;
    int attempts = 0;     ///< delivery attempts begun
    qint64 nextAttemptMs = -1; ///< simulated time of the next attempt; -1: being delivered now
    QByteArray lastReply; ///< the reply that deferred it
};

/// Every mailbox and queue as it is after step `index`: derived from the trace's store and
/// queue events (their text is part of the trace contract and never translated), so
/// stepping back simply recomputes it.
struct MailState
{
    QList<MailboxState> mailboxes;
    QList<QueueEntry> queue;
};

MailState mailStateAt(const engine::Trace &trace, int index);
/// Moves `state`, the state after step `from`, on to the state after step `to` (>= from): a
/// view stepping forward through the bulk trace does not start again from the beginning.
void advanceMailState(MailState &state, const engine::Trace &trace, int from, int to);

/// The decoded From and Subject of message snapshot `snapshot`, for a mailbox listing (read
/// only for the messages shown, so listing 30,000 stored messages stays cheap).
std::pair<QString, QString> fromAndSubject(const engine::Trace &trace, qint32 snapshot);

/// The message as a mail client shows it to its reader: From, To, Cc, Date and Subject
/// decoded, the text of the message, and its attachments by name and size.
QString readerText(const engine::Trace &trace, qint32 snapshot);

} // namespace kurir::gui
