#pragma once

#include <QObject>
#include <QSslConfiguration>
#include <QTimer>

#include "livepolicy.h"
#include "protocol/serversession.h"

class QSslSocket;

namespace kurir::live {

class LiveServer;

/// One real client: drives a ServerSession (the very class the simulation uses) over a
/// QSslSocket. Bytes read go into the session, its replies go out; STARTTLS, the end of
/// DATA (stored by the server's Maildir writer before the 250) and the idle timer are the
/// only things it does itself.
class LiveConnection : public QObject
{
    Q_OBJECT

public:
    LiveConnection(LiveServer &server, quint64 id, QSslSocket *socket, const QSslConfiguration &tls);
    ~LiveConnection() override;

    quint64 id() const { return m_id; }
    void start();
    /// The server is going down: 421 now, or right after the message being stored.
    void shutdown();
    /// The Maildir writer's verdict on the pending message: 0, or an errno.
    void messageStored(int error);

signals:
    void finished(kurir::live::LiveConnection *connection);

private:
    void onReadyRead();
    void onEncrypted();
    void onIdleTimeout();
    void flush();
    void storePending();
    void setInTransaction(bool open);
    void finish();
    void log(const QByteArray &direction, const QByteArray &text);

    LiveServer &m_server;
    const quint64 m_id;
    QSslSocket *m_socket;
    QSslConfiguration m_tls;
    LivePolicy m_policy;
    smtp::ServerSession m_session;
    QTimer m_idle;
    QByteArray m_peer;
    QByteArray m_queueId;      ///< of the message being stored
    QByteArray m_lastReply;    ///< the last reply line sent, for the session's log line
    QByteArray m_user;
    bool m_storing = false;
    bool m_inTransaction = false; ///< a message is likely on its way (for group commit)
    bool m_finished = false;
    bool m_wroteClose = false; ///< the session is over; waiting for the socket to drain
    int m_messages = 0;
    qint64 m_bytes = 0;
};

} // namespace kurir::live
