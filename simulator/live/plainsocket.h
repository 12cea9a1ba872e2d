#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>

class QSocketNotifier;

namespace kurir::live {

/// A client's TCP connection while it is still in plaintext, read and written on its
/// descriptor. QSslSocket costs about twice the CPU of the SMTP dialogue itself on loopback:
/// every write() is deferred to a posted event (a wake-up of the event loop) and a write
/// notifier round, every read asks the kernel for FIONREAD and copies through two buffers.
/// Here a reply is one send(), a read is one read(); only what the kernel does not take at
/// once waits for a write notifier. STARTTLS hands the descriptor to a QSslSocket.
class PlainSocket : public QObject
{
    Q_OBJECT

public:
    /// Takes over `descriptor`, a connected TCP socket.
    explicit PlainSocket(qintptr descriptor, QObject *parent = nullptr);
    ~PlainSocket() override; ///< closes the descriptor unless it was taken

    QHostAddress peerAddress() const;

    /// Reads at most `max` bytes into `buffer`: their number, 0 when none is there yet, or
    /// -1 when the client closed its side or the connection failed.
    qsizetype read(char *buffer, qsizetype max);
    /// Whether readyRead() is wanted. Off, the bytes stay in the kernel and TCP holds the
    /// client back.
    void setReading(bool on);
    bool isReading() const;

    /// Sends at once what the kernel takes; the rest is sent when the socket is writable.
    void write(QByteArrayView bytes);
    qint64 bytesToWrite() const { return m_unsent.size() - m_sent; }
    /// Closes once everything written is sent, then disconnected().
    void disconnectFromHost();
    /// Closes now, dropping what is unsent (disconnected() is not emitted).
    void abort();
    /// The descriptor, for a QSslSocket to take over; this object no longer uses it. Only
    /// when nothing is unsent.
    qintptr takeDescriptor();

signals:
    void readyRead();
    /// Bytes that had to wait were sent.
    void bytesWritten();
    /// The connection is closed: after disconnectFromHost(), or because a send failed.
    void disconnected();

private:
    void onWritable();
    void dropNotifiers();
    void closeNow();

    qintptr m_fd;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QByteArray m_unsent;
    qsizetype m_sent = 0; ///< bytes of m_unsent already sent
    bool m_closing = false;
};

} // namespace kurir::live
