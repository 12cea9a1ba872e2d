#pragma once

#include <memory>

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include "livetrace.h"

class QThread;

namespace kurir::live {
class LiveServer;
struct LiveConfig;
}

namespace kurir::gui {

/// What the teacher chose for live mode: where to listen, for which domain, where to store.
struct LiveSettings
{
    Q_DECLARE_TR_FUNCTIONS(LiveSettings)

public:
    QString listen = QStringLiteral("127.0.0.1:2525"); ///< HOST:PORT; port 0 is any free port
    QString domain = QStringLiteral("kurir.test");
    QString maildir;                                   ///< empty: the default folder

    static QString defaultMaildir();
    /// The remembered settings; `found` says whether there were any.
    static LiveSettings load(bool *found = nullptr);
    void save() const;
    /// The server's configuration, or false with `error` in the user's language.
    bool toConfig(live::LiveConfig *config, QString *error) const;
};

/// Live mode behind the window: Kurir's real SMTP server on a thread of its own (its sockets
/// and Maildir writes never wait for the GUI, nor the GUI for them), its sessions gathered
/// into a LiveTrace on that thread, and a snapshot of the story handed to the window at
/// most every kPublishMs, only when something changed: the window shows a load generator's
/// thousands of sessions at the pace it can draw.
class LiveMode : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPublishMs = 200;

    explicit LiveMode(QObject *parent = nullptr);
    ~LiveMode() override;

    /// Starts the server; started() or failed() follows.
    void start(const LiveSettings &settings);
    /// Stops the server: open sessions hear 421, stored messages stay stored.
    void stop();
    bool isActive() const { return m_run != nullptr; }   ///< starting or running
    bool isRunning() const { return m_running; }
    /// Where it listens, as a client would write it ("127.0.0.1:2525").
    QString listenAddress() const;
    QString domain() const { return m_settings.domain; }
    QString maildir() const;
    quint16 port() const { return m_port; }
    LiveTrace::Snapshot snapshot() const;

signals:
    void started();
    void failed(const QString &error);
    /// A newer snapshot of the live story.
    void updated(const kurir::gui::LiveTrace::Snapshot &snapshot);

private:
    struct Run;
    void publish();
    void onStarted(const std::shared_ptr<Run> &run, bool ok, const QString &error, quint16 port,
                   std::shared_ptr<LiveTrace> trace);
    void retire(const std::shared_ptr<Run> &run);
    void reap();

    LiveSettings m_settings;
    QString m_host;
    std::shared_ptr<Run> m_run;
    QList<std::shared_ptr<Run>> m_stopping;
    bool m_running = false;
    quint16 m_port = 0;
    std::shared_ptr<LiveTrace> m_trace;
    quint64 m_published = ~quint64(0);
    QTimer m_timer;
};

} // namespace kurir::gui
