#include "livemode.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>

#include "liveconfig.h"
#include "liveserver.h"
#include "protocol/address.h"
#include "settingskeys.h"

namespace kurir::gui {

namespace {

// How long a stopping server may take to tell its sessions 421 and finish storing; past it
// its thread ends anyway (what was acknowledged is on disk already).
constexpr int kStopGraceMs = 5000;

} // namespace

QString LiveSettings::defaultMaildir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("live-maildir"));
}

LiveSettings LiveSettings::load(bool *found)
{
    QSettings s;
    LiveSettings l;
    if (found)
        *found = s.contains(QLatin1String(settings::kLiveListen));
    l.listen = s.value(QLatin1String(settings::kLiveListen), l.listen).toString();
    l.domain = s.value(QLatin1String(settings::kLiveDomain), l.domain).toString();
    l.maildir = s.value(QLatin1String(settings::kLiveMaildir), l.maildir).toString();
    return l;
}

void LiveSettings::save() const
{
    QSettings s;
    s.setValue(QLatin1String(settings::kLiveListen), listen);
    s.setValue(QLatin1String(settings::kLiveDomain), domain);
    s.setValue(QLatin1String(settings::kLiveMaildir), maildir);
}

bool LiveSettings::toConfig(live::LiveConfig *config, QString *error) const
{
    // HOST:PORT, as `kurir-cli serve --listen` takes it.
    const QString text = listen.trimmed();
    live::LiveConfig parsed;
    if (!parsed.setListen(text)) {
        *error = tr("\"%1\" is not an IP address and a port, such as 127.0.0.1:2525.").arg(text);
        return false;
    }
    const QByteArray name = domain.trimmed().toUtf8().toLower();
    if (!smtp::isValidDomain(name)) {
        *error = tr("\"%1\" is not a domain name such as kurir.test.").arg(domain.trimmed());
        return false;
    }
    config->address = parsed.address;
    config->port = parsed.port;
    config->domains = {name};
    config->hostname = name;
    config->maildir = maildir.trimmed().isEmpty() ? defaultMaildir() : QDir::cleanPath(maildir.trimmed());
    return true;
}

/// One server and its thread, from start() until the thread has ended.
struct LiveMode::Run
{
    QThread *thread = nullptr;
    live::LiveServer *server = nullptr; ///< lives on `thread`; deleted when it ends
};

LiveMode::LiveMode(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(kPublishMs);
    connect(&m_timer, &QTimer::timeout, this, &LiveMode::publish);
}

LiveMode::~LiveMode()
{
    m_timer.stop();
    if (m_run)
        retire(std::exchange(m_run, {}));
    for (const std::shared_ptr<Run> &run : std::as_const(m_stopping)) {
        if (!run->thread->wait(kStopGraceMs)) {
            run->thread->quit();
            run->thread->wait();
        }
        delete run->thread;
    }
}

void LiveMode::start(const LiveSettings &settings)
{
    stop();
    reap();
    live::LiveConfig config;
    QString error;
    if (!settings.toConfig(&config, &error)) {
        emit failed(error);
        return;
    }
    m_settings = settings;
    m_settings.maildir = config.maildir;
    m_host = config.address.protocol() == QAbstractSocket::IPv6Protocol
                 ? QStringLiteral("[%1]").arg(config.address.toString())
                 : config.address.toString();
    m_port = 0;

    auto run = std::make_shared<Run>();
    run->thread = new QThread;
    run->thread->setObjectName(QStringLiteral("kurir-live"));
    run->server = new live::LiveServer(config);
    run->server->moveToThread(run->thread);
    connect(run->thread, &QThread::finished, run->server, &QObject::deleteLater);
    connect(run->thread, &QThread::finished, this, &LiveMode::reap, Qt::QueuedConnection);
    connect(run->server, &live::LiveServer::stopped, run->thread, &QThread::quit, Qt::DirectConnection);
    m_run = run;
    run->thread->start();

    // On the server's thread: listen, and gather the sessions there, in order, as they come.
    live::LiveServer *server = run->server;
    const QByteArray host = config.address.toString().toUtf8();
    const QByteArray hostname = config.hostname;
    QMetaObject::invokeMethod(server, [this, run, server, host, hostname] {
        QString error;
        const bool ok = server->start(&error);
        std::shared_ptr<LiveTrace> trace;
        const quint16 port = ok ? server->port() : 0;
        if (ok) {
            trace = std::make_shared<LiveTrace>(LiveTrace::Server{hostname, host, port});
            connect(server, &live::LiveServer::sessionStarted, server,
                    [trace](quint64 id, const QString &peer) { trace->sessionStarted(id, peer); },
                    Qt::DirectConnection);
            connect(server, &live::LiveServer::sessionEvent, server,
                    [trace](quint64 id, const smtp::SessionEvent &e) { trace->sessionEvent(id, e); },
                    Qt::DirectConnection);
            connect(server, &live::LiveServer::sessionFinished, server,
                    [trace](quint64 id, int stored) { trace->sessionFinished(id, stored); },
                    Qt::DirectConnection);
        }
        QMetaObject::invokeMethod(this, [this, run, ok, error, port, trace] {
            onStarted(run, ok, error, port, trace);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void LiveMode::onStarted(const std::shared_ptr<Run> &run, bool ok, const QString &error, quint16 port,
                         std::shared_ptr<LiveTrace> trace)
{
    if (run != m_run)
        return; // stopped before it started
    if (!ok) {
        m_run.reset();
        run->thread->quit();
        m_stopping.append(run);
        emit failed(error);
        return;
    }
    m_running = true;
    m_port = port;
    m_trace = std::move(trace);
    m_published = ~quint64(0);
    m_timer.start();
    emit started();
    publish();
}

void LiveMode::stop()
{
    m_timer.stop();
    m_running = false;
    m_trace.reset();
    if (m_run)
        retire(std::exchange(m_run, {}));
}

void LiveMode::retire(const std::shared_ptr<Run> &run)
{
    // The server object lives until its thread has ended, so it is there to be told.
    QMetaObject::invokeMethod(run->server, &live::LiveServer::shutdown, Qt::QueuedConnection);
    QThread *thread = run->thread;
    QTimer::singleShot(kStopGraceMs, thread, [thread] { thread->quit(); });
    m_stopping.append(run);
}

void LiveMode::reap()
{
    for (qsizetype i = m_stopping.size() - 1; i >= 0; --i) {
        if (m_stopping[i]->thread->isFinished()) {
            delete m_stopping[i]->thread;
            m_stopping.removeAt(i);
        }
    }
}

QString LiveMode::listenAddress() const
{
    return QStringLiteral("%1:%2").arg(m_host).arg(m_port);
}

QString LiveMode::maildir() const
{
    return m_settings.maildir.isEmpty() ? LiveSettings::defaultMaildir() : m_settings.maildir;
}

LiveTrace::Snapshot LiveMode::snapshot() const
{
    return m_trace ? m_trace->snapshot() : LiveTrace::Snapshot{};
}

void LiveMode::publish()
{
    if (!m_trace)
        return;
    const quint64 generation = m_trace->generation();
    if (generation == m_published)
        return;
    m_published = generation;
    emit updated(m_trace->snapshot());
}

} // namespace kurir::gui
