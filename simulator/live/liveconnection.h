#pragma once

#include <QObject>
#include <QSslConfiguration>
#include <QTimer>

#include "livepolicy.h"
#include "protocol/serversession.h"

class QSslSocket;

namespace kurir::live {

class LiveServer;
class PlainSocket;

/// One real client: drives a ServerSession (the very class the simulation uses) over the
/// TCP connection, on its descriptor while in plaintext and over a QSslSocket after
/// STARTTLS. Bytes read go into the session, its replies go out; STARTTLS, the end of DATA
/// (stored by the server's Maildir writer before the 250) and the idle timer are the only
/// things it does itself.
class LiveConnection : public QObject
{
    Q_OBJECT

public:
    /// Takes over `descriptor`, a connected TCP socket.
    LiveConnection(LiveServer &server, quint64 id, qintptr descriptor, const QSslConfiguration &tls);
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
    void onBytesWritten();
    void onEncrypted();
    void onIdleTimeout();
    void resumeReading();
    void startTls();
    void touch();
    qint64 unsent() const;
    void abortSocket();
    void flush();
    void storePending();
    void setInTransaction(bool open);
    void finish();
    void log(const QByteArray &direction, const QByteArray &text);

    LiveServer &m_server;
    const quint64 m_id;
    PlainSocket *m_plain;                ///< until STARTTLS
    QSslSocket *m_tlsSocket = nullptr;   ///< after STARTTLS
    QSslConfiguration m_tls;
    QByteArray m_peer;
    LivePolicy m_policy;
    smtp::ServerSession m_session;
    /// Fires at the earliest when the session may have been idle too long; touch() only notes
    /// the time, since restarting a timer for every line costs more than reading the line.
    QTimer m_idle;
    qint64 m_lastActivityMs = 0;
    QByteArray m_queueId;      ///< of the message being stored
    QByteArray m_lastReply;    ///< the last reply line sent, for the session's log line
    QByteArray m_user;
    bool m_storing = false;
    bool m_tlsWaiting = false; ///< STARTTLS answered; the 220 is still being sent
    bool m_inTransaction = false; ///< a message is likely on its way (for group commit)
    bool m_finished = false;
    bool m_wroteClose = false; ///< the session is over; waiting for the socket to drain
    int m_messages = 0;
    qint64 m_bytes = 0;
};

} // namespace kurir::live
