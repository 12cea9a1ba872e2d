#include "plainsocket.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QSocketNotifier>

namespace kurir::live {

PlainSocket::PlainSocket(qintptr descriptor, QObject *parent) : QObject(parent), m_fd(descriptor)
{
    // QTcpServer hands over a blocking descriptor; a blocked send() would stop every session.
    const int flags = ::fcntl(int(m_fd), F_GETFL);
    ::fcntl(int(m_fd), F_SETFL, flags | O_NONBLOCK);
    m_readNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &PlainSocket::readyRead);
}

PlainSocket::~PlainSocket()
{
    if (m_fd >= 0)
        ::close(int(m_fd));
}

QHostAddress PlainSocket::peerAddress() const
{
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (m_fd < 0 || ::getpeername(int(m_fd), reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return {};
    return QHostAddress(reinterpret_cast<const sockaddr *>(&address));
}

qsizetype PlainSocket::read(char *buffer, qsizetype max)
{
    if (m_fd < 0 || m_closing)
        return -1;
    for (;;) {
        const ssize_t n = ::read(int(m_fd), buffer, size_t(max));
        if (n > 0)
            return n;
        if (n == 0)
            return -1; // the client closed its side
        if (errno == EINTR)
            continue;
        return errno == EAGAIN || errno == EWOULDBLOCK ? 0 : -1;
    }
}

void PlainSocket::setReading(bool on)
{
    if (m_readNotifier && m_readNotifier->isEnabled() != on)
        m_readNotifier->setEnabled(on);
}

bool PlainSocket::isReading() const
{
    return m_readNotifier && m_readNotifier->isEnabled();
}

void PlainSocket::write(QByteArrayView bytes)
{
    if (m_fd < 0 || m_closing || bytes.isEmpty())
        return;
    if (bytesToWrite() > 0) {
        m_unsent.append(bytes); // behind what already waits, in order
        return;
    }
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        // MSG_NOSIGNAL: a client gone away is an error to handle, not a SIGPIPE.
        const ssize_t n = ::send(int(m_fd), bytes.data() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (n >= 0) {
            sent += n;
            continue;
        }
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK) {
            // Reported from the event loop, not from inside the caller's write.
            closeNow();
            QMetaObject::invokeMethod(this, &PlainSocket::disconnected, Qt::QueuedConnection);
            return;
        }
        break;
    }
    if (sent == bytes.size())
        return;
    m_unsent = bytes.sliced(sent).toByteArray();
    m_sent = 0;
    if (!m_writeNotifier) {
        m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
        connect(m_writeNotifier, &QSocketNotifier::activated, this, &PlainSocket::onWritable);
    }
    m_writeNotifier->setEnabled(true);
}

void PlainSocket::onWritable()
{
    while (bytesToWrite() > 0) {
        const ssize_t n = ::send(int(m_fd), m_unsent.constData() + m_sent, size_t(bytesToWrite()), MSG_NOSIGNAL);
        if (n >= 0) {
            m_sent += n;
            continue;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return; // called again when there is room
        closeNow();
        emit disconnected();
        return;
    }
    m_unsent.clear();
    m_sent = 0;
    m_writeNotifier->setEnabled(false);
    if (m_closing) {
        closeNow();
        emit disconnected();
        return;
    }
    emit bytesWritten();
}

void PlainSocket::disconnectFromHost()
{
    if (m_fd < 0)
        return;
    m_closing = true;
    setReading(false);
    if (bytesToWrite() == 0) {
        closeNow();
        emit disconnected();
    }
}

void PlainSocket::abort()
{
    closeNow();
}

qintptr PlainSocket::takeDescriptor()
{
    dropNotifiers(); // none may be left on a descriptor another notifier is about to watch
    return std::exchange(m_fd, -1);
}

// Called from the notifiers' own signals too: they are switched off at once, deleted later.
void PlainSocket::dropNotifiers()
{
    for (QSocketNotifier **n : {&m_readNotifier, &m_writeNotifier}) {
        if (*n) {
            (*n)->setEnabled(false);
            (*n)->deleteLater();
            *n = nullptr;
        }
    }
}

void PlainSocket::closeNow()
{
    dropNotifiers();
    if (m_fd >= 0)
        ::close(int(m_fd));
    m_fd = -1;
    m_unsent.clear();
    m_sent = 0;
}

} // namespace kurir::live
