#include "liveconnection.h"

#include <ctime>

#include <QCoreApplication>
#include <QDateTime>
#include <QSslSocket>

#include "liveserver.h"
#include "message/trace.h"

namespace kurir::live {

namespace {

// A client that pipelines commands without reading the replies would make the write buffer
// grow without end; past this much unsent, reading stops until the client catches up.
constexpr qint64 kMaxUnsent = 1024 * 1024;
// Bytes read ahead of the session; reading stops while a message is being stored, and
// TCP then holds the client back (memory stays flat however fast it sends).
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

// The client's address as people write it: 127.0.0.1, not ::ffff:127.0.0.1.
QByteArray peerAddressOf(const QAbstractSocket *socket)
{
    const QHostAddress a = socket->peerAddress();
    bool mapped = false;
    const quint32 v4 = a.toIPv4Address(&mapped);
    return (mapped ? QHostAddress(v4) : a).toString().toUtf8();
}

} // namespace

LiveConnection::LiveConnection(LiveServer &server, quint64 id, QSslSocket *socket,
                               const QSslConfiguration &tls)
    : QObject(&server), m_server(server), m_id(id), m_socket(socket), m_tls(tls),
      m_policy(server.config()), m_session(m_policy, peerAddressOf(socket)),
      m_peer(peerAddressOf(socket))
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadBuffer);
    m_socket->setSslConfiguration(m_tls);
    m_idle.setSingleShot(true);
    m_idle.setInterval(server.config().idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, &LiveConnection::onIdleTimeout);
    connect(m_socket, &QSslSocket::readyRead, this, &LiveConnection::onReadyRead);
    connect(m_socket, &QSslSocket::encrypted, this, &LiveConnection::onEncrypted);
    connect(m_socket, &QSslSocket::bytesWritten, this, [this] {
        if (m_socket->bytesAvailable() > 0 && m_socket->bytesToWrite() < kMaxUnsent / 2)
            onReadyRead();
    });
    connect(m_socket, &QSslSocket::disconnected, this, &LiveConnection::finish);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this] {
        // A reset, a failed handshake, a client gone: the session is over either way.
        if (m_socket->state() != QAbstractSocket::UnconnectedState)
            m_socket->abort();
        finish();
    });
}

LiveConnection::~LiveConnection() = default;

void LiveConnection::start()
{
    emit m_server.sessionStarted(m_id, QString::fromUtf8(m_peer));
    m_idle.start();
    m_session.start();
    flush();
}

void LiveConnection::onReadyRead()
{
    if (m_storing || m_finished || m_session.isClosed() ||
        m_session.state() == smtp::ServerSession::State::TlsHandshake)
        return; // resumed by messageStored() or onEncrypted()
    if (m_socket->bytesToWrite() > kMaxUnsent)
        return; // resumed by bytesWritten
    const QByteArray bytes = m_socket->readAll();
    if (bytes.isEmpty())
        return;
    // While a message streams in, every read is progress; between commands only a complete
    // command is (flush() restarts the timer), so a client dripping a byte at a time cannot
    // hold a session open for ever.
    if (m_session.state() == smtp::ServerSession::State::Data)
        m_idle.start();
    m_session.receive(bytes);
    flush();
}

void LiveConnection::onEncrypted()
{
    m_session.tlsEstablished();
    flush();
    onReadyRead(); // the first command may have come with the end of the handshake
}

void LiveConnection::onIdleTimeout()
{
    if (m_storing) {
        m_idle.start(); // the server is the slow one: not the client's fault
        return;
    }
    if (m_session.isClosed() || m_session.state() == smtp::ServerSession::State::TlsHandshake) {
        // A client that stopped reading our last reply, or stalled in the handshake, where no
        // SMTP reply can be sent: drop it.
        m_socket->abort();
        finish();
        return;
    }
    m_session.timeout(); // RFC 5321 §4.5.3.2: 421 4.4.2
    flush();
}

void LiveConnection::shutdown()
{
    if (m_finished)
        return;
    if (m_session.state() == smtp::ServerSession::State::TlsHandshake) {
        m_socket->abort();
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
        m_idle.start();
    const QByteArray out = m_session.takeOutput();
    if (!out.isEmpty())
        m_socket->write(out);
    if (tlsStart)
        m_socket->startServerEncryption(); // after the 220 went out in plaintext (RFC 3207 §4)
    using State = smtp::ServerSession::State;
    const State state = m_session.state();
    // A message is on its way from a session in a transaction, and most likely from one that
    // has just delivered a message and stays connected (a bulk sender): the store worker
    // waits a moment for these before it syncs a batch.
    setInTransaction(state == State::MailGiven || state == State::RcptGiven || state == State::Data ||
                     (state == State::Greeted && m_messages > 0));
    if (state == State::AwaitingDecision && !m_storing)
        storePending();
    if (closed && !m_wroteClose) {
        m_wroteClose = true;
        m_socket->disconnectFromHost(); // after the last reply is written
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
    onReadyRead(); // commands pipelined behind the message waited in the socket
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
