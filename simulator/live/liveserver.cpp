#include "liveserver.h"

#include <csignal>
#include <cstring>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>

#include "liveconnection.h"
#include "protocol/replies.h"
#include "selfsignedcert.h"
#include "storeworker.h"

namespace kurir::live {

namespace {

/// QTcpServer hands over ready-made QTcpSockets; a QSslSocket (for STARTTLS) has to be made
/// from the descriptor instead.
class Listener : public QTcpServer
{
public:
    Listener(std::function<void(qintptr)> accept, QObject *parent)
        : QTcpServer(parent), m_accept(std::move(accept)) {}

protected:
    void incomingConnection(qintptr descriptor) override { m_accept(descriptor); }

private:
    std::function<void(qintptr)> m_accept;
};

QSslKey readKey(const QByteArray &pem)
{
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace

LiveServer::LiveServer(LiveConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_maildir(m_config.maildir)
{
}

LiveServer::~LiveServer()
{
    // The worker finishes what it holds (stored messages stay stored); its reports to this
    // object are dropped with it.
    m_worker.reset();
}

bool LiveServer::start(QString *error)
{
    // A file size limit (ulimit -f) must fail the one write with EFBIG, answered 452, rather
    // than kill the whole server with SIGXFSZ and every session with it.
    ::signal(SIGXFSZ, SIG_IGN);
    if (!m_maildir.open()) {
        *error = QCoreApplication::translate("LiveServer", "cannot use the Maildir folder %1: %2")
                     .arg(m_config.maildir, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }

    if (!QSslSocket::supportsSsl()) {
        *error = QCoreApplication::translate("LiveServer", "TLS is not available (Qt's OpenSSL backend is missing)");
        return false;
    }
    PemPair pem;
    if (m_config.tlsCertFile.isEmpty()) {
        // Beside the mailboxes, in a folder no address can name (a leading dot).
        const QString folder = QDir(m_config.maildir).filePath(QStringLiteral(".kurir-tls"));
        if (!loadOrMakeCertificate(folder, m_config.hostname, &pem, error))
            return false;
    } else {
        QFile cert(m_config.tlsCertFile);
        QFile key(m_config.tlsKeyFile);
        if (!cert.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("LiveServer", "cannot read %1: %2").arg(m_config.tlsCertFile, cert.errorString());
            return false;
        }
        if (!key.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("LiveServer", "cannot read %1: %2").arg(m_config.tlsKeyFile, key.errorString());
            return false;
        }
        pem = {cert.readAll(), key.readAll()};
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(pem.certificate, QSsl::Pem);
    const QSslKey key = readKey(pem.privateKey);
    if (chain.isEmpty()) {
        *error = QCoreApplication::translate("LiveServer", "the TLS certificate is not a PEM certificate");
        return false;
    }
    if (key.isNull()) {
        *error = QCoreApplication::translate("LiveServer", "the TLS key is not a PEM private key");
        return false;
    }
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setLocalCertificateChain(chain);
    m_tls.setPrivateKey(key);
    m_tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    m_tls.setProtocol(QSsl::TlsV1_2OrLater);

    m_worker = std::make_unique<StoreWorker>(m_maildir, [this](std::vector<StoreWorker::Report> reports) {
        // On the worker thread: hop back to the event loop, where the sessions live, once for
        // the whole batch. Until a session has its reply it counts as one whose next message
        // is on its way, so the worker gathering the next batch waits for it rather than
        // syncing the few messages that came in meanwhile and making the others wait for a
        // sync after that.
        m_openTransactions += int(reports.size());
        QMetaObject::invokeMethod(this, [this, reports = std::move(reports)] {
            for (const StoreWorker::Report &r : reports) {
                if (LiveConnection *c = m_connections.value(r.ticket))
                    c->messageStored(r.error);
            }
            // Counted out together: at most one wake-up of the worker, not one per message.
            if ((m_openTransactions -= int(reports.size())) <= 0 && m_worker)
                m_worker->nudge();
            checkStopped();
        }, Qt::QueuedConnection);
    }, [this] { return m_openTransactions.load(); });

    m_listener = new Listener([this](qintptr d) { accept(d); }, this);
    m_listener->setMaxPendingConnections(256);
    if (!m_listener->listen(m_config.address, m_config.port)) {
        *error = QCoreApplication::translate("LiveServer", "cannot listen on %1 port %2: %3")
                     .arg(m_config.address.toString())
                     .arg(m_config.port)
                     .arg(m_listener->errorString());
        return false;
    }
    return true;
}

quint16 LiveServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QByteArray LiveServer::nextQueueId()
{
    return QByteArray::number(++m_nextQueueId, 16).toUpper().rightJustified(10, '0');
}

void LiveServer::store(LiveConnection *connection, Maildir::Message message)
{
    m_worker->submit(connection->id(), std::move(message));
}

void LiveServer::transactionChanged(bool open)
{
    if (open) {
        ++m_openTransactions;
    } else if (--m_openTransactions <= 0 && m_worker) {
        m_worker->nudge(); // the batch being gathered waits for nobody now
    }
}

void LiveServer::log(const QString &line)
{
    emit logLine(line);
}

void LiveServer::accept(qintptr descriptor)
{
    if (m_stopping || int(m_connections.size()) >= m_config.maxSessions) {
        // Over the limit: say so and hang up, as Postfix does (421 4.7.0), without a session.
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        const auto id = m_stopping ? smtp::ReplyId::ShuttingDown : smtp::ReplyId::TooManySessions;
        socket->write(smtp::formatReply(smtp::reply(id, {m_config.hostname}), true));
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::errorOccurred, socket, &QObject::deleteLater);
        socket->disconnectFromHost();
        return;
    }
    const quint64 id = ++m_nextId;
    auto *connection = new LiveConnection(*this, id, descriptor, m_tls);
    m_connections.insert(id, connection);
    connect(connection, &LiveConnection::finished, this, &LiveServer::onFinished);
    connection->start();
}

void LiveServer::onFinished(LiveConnection *connection)
{
    m_connections.remove(connection->id());
    connection->deleteLater();
    checkStopped();
}

void LiveServer::shutdown()
{
    if (m_stopping)
        return;
    m_stopping = true;
    if (m_listener)
        m_listener->close();
    const auto connections = m_connections.values();
    for (LiveConnection *c : connections)
        c->shutdown();
    checkStopped();
}

void LiveServer::checkStopped()
{
    if (m_stopping && !m_stopped && m_connections.isEmpty() && (!m_worker || m_worker->inFlight() == 0)) {
        m_stopped = true;
        emit stopped();
    }
}

} // namespace kurir::live
