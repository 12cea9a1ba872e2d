#pragma once

#include <atomic>
#include <memory>

#include <QHash>
#include <QObject>
#include <QSslConfiguration>

#include "liveconfig.h"
#include "maildir.h"
#include "protocol/sessionevent.h"

class QTcpServer;

namespace kurir::live {

class LiveConnection;
class StoreWorker;

/// Kurir's live SMTP server: one QTcpServer on one event loop, a LiveConnection per client,
/// and a Maildir writer on a thread of its own that stores finished messages in batches.
class LiveServer : public QObject
{
    Q_OBJECT

public:
    explicit LiveServer(LiveConfig config, QObject *parent = nullptr);
    ~LiveServer() override;

    /// Opens the Maildir, loads or makes the TLS certificate, and listens. On failure,
    /// `error` says why in the user's language.
    bool start(QString *error);
    /// Stops listening and tells every session 421; messages being stored are answered
    /// first. Emits stopped() once no session and no store is left.
    void shutdown();

    quint16 port() const;
    const LiveConfig &config() const { return m_config; }
    int sessionCount() const { return int(m_connections.size()); }

    // For LiveConnection.
    /// The most a session reads at once, into readBuffer().
    static constexpr qsizetype kReadChunk = 64 * 1024;
    /// Where sessions read into: they run one at a time on this thread, and each hands what
    /// it read to its ServerSession at once.
    char *readBuffer() { return m_readBuffer.get(); }
    QByteArray nextQueueId();
    void store(LiveConnection *connection, Maildir::Message message);
    /// A session started (MAIL) or ended (its message handed over, RSET, gone) a transaction.
    void transactionChanged(bool open);
    void log(const QString &line);

signals:
    /// One line for the log: a session's summary, or (with --verbose) a line of dialogue.
    void logLine(const QString &line);
    void stopped();

    // For a view that shows live sessions as they happen (the GUI's "Live" mode). Emitted on
    // the server's thread, in order; connect directly or register the types for queued use.
    void sessionStarted(quint64 session, const QString &peerAddress);
    void sessionEvent(quint64 session, const kurir::smtp::SessionEvent &event);
    void sessionFinished(quint64 session, int messagesStored);

private:
    void accept(qintptr socketDescriptor);
    void onFinished(LiveConnection *connection);
    void checkStopped();

    LiveConfig m_config;
    Maildir m_maildir;
    std::unique_ptr<StoreWorker> m_worker;
    QTcpServer *m_listener = nullptr;
    QSslConfiguration m_tls;
    QHash<quint64, LiveConnection *> m_connections;
    std::unique_ptr<char[]> m_readBuffer{new char[kReadChunk]};
    quint64 m_nextId = 0;
    quint64 m_nextQueueId = 0;
    std::atomic<int> m_openTransactions{0}; ///< read by the store worker while it gathers a batch
    bool m_stopping = false;
    bool m_stopped = false;
};

} // namespace kurir::live
