#include "liveconnection.h"

#include <ctime>
#include <unistd.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QSslSocket>

#include "liveserver.h"
#include "message/trace.h"
#include "plainsocket.h"

namespace kurir::live {

namespace {

// A client that pipelines commands without reading the replies would make the write buffer
// grow without end; past this much unsent, reading stops until the client catches up.
constexpr qint64 kMaxUnsent = 1024 * 1024;
// Bytes the QSslSocket reads ahead of the session (after STARTTLS); reading stops while a
// message is being stored, and TCP then holds the client back (memory stays flat however
// fast it sends). In plaintext the kernel holds them: a read takes LiveServer::kReadChunk.
constexpr qint64 kReadBuffer = 256 * 1024;

// The wall clock with the local zone's offset, for the Received: date (RFC 5322 §3.3: a
// numeric zone). Cheaper than QDateTime::currentDateTime(), which works out the zone anew.
mail::ClockTime nowWithOffset()
{
    timespec ts{};
    ::clock_gettime(CLOCK_REALTIME, &ts);
    tm local{};
    ::localtime_r(&ts.tv_sec, &local);
    return {qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000, int(local.tm_gmtoff)};
}

// Milliseconds for the idle check: the coarse clock is read without a system call and is
// exact to a few milliseconds, plenty for a timeout of seconds.
qint64 monotonicMs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC_COARSE, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

// The client's address as people write it: 127.0.0.1, not ::ffff:127.0.0.1.
QByteArray peerAddressText(const QHostAddress &a)
{
    bool mapped = false;
    const quint32 v4 = a.toIPv4Address(&mapped);
    return (mapped ? QHostAddress(v4) : a).toString().toUtf8();
}

} // namespace

LiveConnection::LiveConnection(LiveServer &server, quint64 id, qintptr descriptor,
                               const QSslConfiguration &tls)
    : QObject(&server), m_server(server), m_id(id), m_plain(new PlainSocket(descriptor, this)),
      m_tls(tls), m_peer(peerAddressText(m_plain->peerAddress())), m_policy(server.config()),
      m_session(m_policy, m_peer)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &LiveConnection::onIdleTimeout);
    connect(m_plain, &PlainSocket::readyRead, this, &LiveConnection::onReadyRead);
    connect(m_plain, &PlainSocket::bytesWritten, this, &LiveConnection::onBytesWritten);
    connect(m_plain, &PlainSocket::disconnected, this, &LiveConnection::finish);
}

LiveConnection::~LiveConnection() = default;

void LiveConnection::start()
{
    emit m_server.sessionStarted(m_id, QString::fromUtf8(m_peer));
    touch();
    m_idle.start(m_server.config().idleTimeoutMs);
    m_session.start();
    flush();
}

void LiveConnection::touch()
{
    m_lastActivityMs = monotonicMs();
}

qint64 LiveConnection::unsent() const
{
    return m_plain ? m_plain->bytesToWrite() : m_tlsSocket ? m_tlsSocket->bytesToWrite() : 0;
}

void LiveConnection::abortSocket()
{
    if (m_plain)
        m_plain->abort();
    else if (m_tlsSocket && m_tlsSocket->state() != QAbstractSocket::UnconnectedState)
        m_tlsSocket->abort();
}

void LiveConnection::onReadyRead()
{
    for (;;) {
        if (m_storing || m_finished || m_session.isClosed() ||
            m_session.state() == smtp::ServerSession::State::TlsHandshake || unsent() > kMaxUnsent) {
            // Resumed by messageStored(), onBytesWritten() or onEncrypted(); meanwhile the
            // bytes wait in the kernel (plaintext) or in the QSslSocket.
            if (m_plain)
                m_plain->setReading(false);
            return;
        }
        char *buffer = m_server.readBuffer();
        const qsizetype n = m_plain ? m_plain->read(buffer, LiveServer::kReadChunk)
                                    : m_tlsSocket->read(buffer, LiveServer::kReadChunk);
        if (n < 0 && m_plain) {
            m_plain->disconnectFromHost(); // the client is done: what we wrote still goes out
            return;
        }
        if (n <= 0)
            return;
        // While a message streams in, every read is progress; between commands only a complete
        // command is (flush() notes it), so a client dripping a byte at a time cannot hold a
        // session open for ever.
        if (m_session.state() == smtp::ServerSession::State::Data)
            touch();
        m_session.receive(QByteArrayView(buffer, n));
        flush();
        // A full chunk: more may be waiting in the kernel (the notifier would say so, one
        // event-loop round later). The QSslSocket signals only new bytes: read all it holds.
        if (m_plain ? n < LiveServer::kReadChunk : m_tlsSocket->bytesAvailable() == 0)
            return;
    }
}

void LiveConnection::resumeReading()
{
    if (m_plain) {
        if (m_plain->isReading())
            return; // nothing waited: the notifier says when bytes come
        m_plain->setReading(true);
    }
    onReadyRead();
}

void LiveConnection::onBytesWritten()
{
    if (m_tlsWaiting) {
        m_tlsWaiting = false;
        startTls(); // the 220 is out: now the handshake
        return;
    }
    if (unsent() < kMaxUnsent / 2)
        resumeReading();
}

// RFC 3207 §4: the handshake starts after the 220 went out in plaintext. The QSslSocket takes
// the descriptor; the bytes of the handshake are still in the kernel (reading stopped when
// the session entered TlsHandshake).
void LiveConnection::startTls()
{
    if (!m_plain || m_finished)
        return;
    if (m_plain->bytesToWrite() > 0) {
        m_tlsWaiting = true; // continued from onBytesWritten()
        return;
    }
    const qintptr descriptor = m_plain->takeDescriptor();
    m_plain->deleteLater(); // we may be inside one of its signals
    m_plain = nullptr;
    m_tlsSocket = new QSslSocket(this);
    if (!m_tlsSocket->setSocketDescriptor(descriptor)) {
        ::close(int(descriptor));
        finish();
        return;
    }
    m_tlsSocket->setReadBufferSize(kReadBuffer);
    m_tlsSocket->setSslConfiguration(m_tls);
    connect(m_tlsSocket, &QSslSocket::readyRead, this, &LiveConnection::onReadyRead);
    connect(m_tlsSocket, &QSslSocket::encrypted, this, &LiveConnection::onEncrypted);
    connect(m_tlsSocket, &QSslSocket::bytesWritten, this, [this] {
        if (m_tlsSocket->bytesAvailable() > 0)
            onBytesWritten();
    });
    connect(m_tlsSocket, &QSslSocket::disconnected, this, &LiveConnection::finish);
    connect(m_tlsSocket, &QSslSocket::errorOccurred, this, [this] {
        // A reset, a failed handshake, a client gone: the session is over either way.
        abortSocket();
        finish();
    });
    m_tlsSocket->startServerEncryption();
}

void LiveConnection::onEncrypted()
{
    m_session.tlsEstablished();
    flush();
    onReadyRead(); // the first command may have come with the end of the handshake
}

void LiveConnection::onIdleTimeout()
{
    const qint64 timeoutMs = m_server.config().idleTimeoutMs;
    const qint64 idleMs = monotonicMs() - m_lastActivityMs;
    if (m_storing || idleMs < timeoutMs) {
        // Busy since the timer was set (or the server is the slow one, not the client's
        // fault): look again when the session could next have been idle too long.
        m_idle.start(int(m_storing ? timeoutMs : timeoutMs - idleMs));
        return;
    }
    if (m_session.isClosed() || m_session.state() == smtp::ServerSession::State::TlsHandshake) {
        // A client that stopped reading our last reply, or stalled in the handshake, where no
        // SMTP reply can be sent: drop it.
        abortSocket();
        finish();
        return;
    }
    m_session.timeout(); // RFC 5321 §4.5.3.2: 421 4.4.2
    flush();
    if (!m_finished)
        m_idle.start(int(timeoutMs)); // a client that does not read the 421 is dropped then
}

void LiveConnection::shutdown()
{
    if (m_finished)
        return;
    if (m_session.state() == smtp::ServerSession::State::TlsHandshake) {
        abortSocket();
        finish();
        return;
    }
    m_session.shutdown(); // 421 4.3.2, or after the reply to the message being stored
    flush();
}

void LiveConnection::flush()
{
    const auto events = m_session.takeEvents();
    bool tlsStart = false;
    bool closed = false;
    for (const smtp::SessionEvent &e : events) {
        emit m_server.sessionEvent(m_id, e);
        using Kind = smtp::SessionEvent::Kind;
        switch (e.kind) {
        case Kind::CommandReceived:
            if (e.key == "auth-response" || e.wire.left(5).compare("AUTH ", Qt::CaseInsensitive) == 0) {
                // A password in base64 is still a password: the log never shows it.
                const qsizetype space = e.wire.indexOf(' ', 5);
                log("C:", e.key == "auth-response" ? QByteArray("****")
                                                   : (space < 0 ? e.wire : e.wire.left(space) + " ****"));
            } else {
                log("C:", e.wire);
            }
            break;
        case Kind::DataReceived:
            if (m_server.config().verbose)
                log("C:", QCoreApplication::translate("LiveServer", "(message of %n byte(s))", nullptr,
                                                      int(e.wire.size())).toUtf8());
            break;
        case Kind::ReplySent:
            m_lastReply = e.wire.mid(e.wire.lastIndexOf('\n') + 1);
            for (const QByteArray &line : e.wire.split('\n'))
                log("S:", line);
            break;
        case Kind::TlsStart:
            tlsStart = true;
            break;
        case Kind::Authenticated:
            m_user = e.args.value(0);
            break;
        case Kind::Closed:
            closed = true;
            break;
        default:
            break;
        }
    }
    if (!events.empty())
        touch();
    const QByteArray out = m_session.takeOutput();
    if (!out.isEmpty()) {
        if (m_plain)
            m_plain->write(out);
        else if (m_tlsSocket)
            m_tlsSocket->write(out);
    }
    if (tlsStart)
        startTls(); // after the 220 went out in plaintext (RFC 3207 §4)
    using State = smtp::ServerSession::State;
    const State state = m_session.state();
    // The message goes to the store worker before the session stops counting as one whose
    // message is on its way, so a worker waiting for it never starts the batch without it.
    if (state == State::AwaitingDecision && !m_storing)
        storePending();
    // A message is on its way from a session in a transaction, and most likely from one that
    // has just delivered a message and stays connected (a bulk sender): the store worker
    // waits a moment for these before it syncs a batch.
    setInTransaction(state == State::MailGiven || state == State::RcptGiven || state == State::Data ||
                     (state == State::Greeted && m_messages > 0));
    if (closed && !m_wroteClose) {
        m_wroteClose = true;
        // After the last reply is written.
        if (m_plain)
            m_plain->disconnectFromHost();
        else if (m_tlsSocket)
            m_tlsSocket->disconnectFromHost();
    }
}

void LiveConnection::storePending()
{
    std::optional<LivePolicy::PendingMessage> pending = m_policy.takePending();
    if (!pending)
        return;
    const smtp::Envelope &e = pending->envelope;
    const LiveConfig &config = m_server.config();
    m_queueId = m_server.nextQueueId();

    Maildir::Message message;
    for (const smtp::Mailbox &r : e.recipients) {
        // `<postmaster>` without a domain is this server's postmaster (RFC 5321 §4.1.1.3).
        const QByteArray folder = r.domain.isEmpty()
                                      ? Maildir::folderName("postmaster", config.domains.value(0))
                                      : Maildir::folderName(r.localPart, r.domain);
        if (!folder.isEmpty() && !message.folders.contains(folder))
            message.folders << folder;
    }
    // The trace fields a final delivery adds (RFC 5321 §4.4): Return-Path with the envelope
    // sender, and our Received: stamp; FOR only when there is exactly one recipient.
    mail::ReceivedInfo info;
    info.heloName = e.heloName;
    info.peerAddress = m_peer;
    info.byHost = config.hostname;
    info.protocol = smtp::receivedProtocol(e); // SMTP after HELO, ESMTP[S][A] (RFC 3848)
    info.id = m_queueId;
    if (e.recipients.size() == 1)
        info.forRecipient = e.recipients.front().toString();
    info.clock = nowWithOffset();
    info.software = "Kurir";
    message.bytes = mail::returnPathHeader(e.reversePath.toString()) + mail::receivedHeader(info) +
                    pending->content;
    m_bytes += pending->content.size();
    m_storing = true;
    m_server.store(this, std::move(message));
}

void LiveConnection::setInTransaction(bool open)
{
    if (open != m_inTransaction) {
        m_inTransaction = open;
        m_server.transactionChanged(open);
    }
}

void LiveConnection::messageStored(int error)
{
    if (!m_storing)
        return;
    m_storing = false;
    if (error == 0)
        ++m_messages;
    const smtp::Reply r = storeReply(error, m_queueId);
    m_session.completeMessage(r);
    flush();
    resumeReading(); // commands pipelined behind the message waited in the socket
}

void LiveConnection::log(const QByteArray &direction, const QByteArray &text)
{
    if (!m_server.config().verbose)
        return;
    m_server.log(QStringLiteral("[%1] %2 %3").arg(m_id).arg(QString::fromLatin1(direction),
                                                              QString::fromUtf8(text)));
}

void LiveConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_idle.stop();
    setInTransaction(false);
    QString who = QString::fromUtf8(m_peer);
    if (!m_session.heloName().isEmpty())
        who += QStringLiteral(" (%1)").arg(QString::fromUtf8(m_session.heloName()));
    QStringList traits;
    if (m_session.isTls())
        traits << QStringLiteral("TLS");
    if (!m_user.isEmpty())
        traits << QCoreApplication::translate("LiveServer", "logged in as %1").arg(QString::fromUtf8(m_user));
    const QString stored = QCoreApplication::translate("LiveServer", "%n message(s) stored", nullptr, m_messages);
    const QString end = m_lastReply.isEmpty() || !m_session.isClosed()
                            ? QCoreApplication::translate("LiveServer", "the client closed the connection")
                            : QString::fromUtf8(m_lastReply);
    m_server.log(QCoreApplication::translate("LiveServer", "%1 session %2 from %3%4: %5; end: %6")
                     .arg(QDateTime::currentDateTime().toString(Qt::ISODate))
                     .arg(m_id)
                     .arg(who, traits.isEmpty() ? QString() : QStringLiteral(", ") + traits.join(QStringLiteral(", ")),
                          stored, end));
    emit m_server.sessionFinished(m_id, m_messages);
    emit finished(this);
}

} // namespace kurir::live
