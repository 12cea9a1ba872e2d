#pragma once

#include <deque>
#include <map>
#include <memory>
#include <vector>

#include <QElapsedTimer>
#include <QMutex>
#include <QString>

#include "engine/trace.h"
#include "protocol/sessionevent.h"

namespace kurir::gui {

/// Live mode's story so far: the real sessions a LiveServer reports, turned into a trace the
/// views can show like a simulated one (a client per session arriving at the Kurir server,
/// its dialogue, the messages stored into the mailboxes), with the same narration keys as
/// the simulation's submission leg.
///
/// Bounded, so that a load generator cannot swamp the window: only the most recent
/// `sessionsKept` sessions are kept in full (and at most `eventsPerSession` steps of each);
/// older ones are only counted. Fed on the server's thread, read from the GUI's: every
/// method takes the one lock, and snapshot() copies out a trace that no one changes again.
class LiveTrace
{
public:
    struct Server
    {
        QByteArray hostname;  ///< kurir.test
        QByteArray address;   ///< 127.0.0.1
        quint16 port = 0;
    };

    /// What is known beyond the sessions shown.
    struct Counts
    {
        qint64 sessions = 0;       ///< all sessions since live mode began
        qint64 messages = 0;       ///< all messages stored
        qint64 active = 0;         ///< sessions open now
        qint64 earlierSessions = 0; ///< sessions no longer shown
        qint64 earlierMessages = 0; ///< messages stored by them
        qint64 earlierBytes = 0;    ///< and their size
    };

    struct Snapshot
    {
        std::shared_ptr<const engine::Trace> trace;
        std::vector<quint64> sequence; ///< per event: its number in the whole live story
        Counts counts;
        quint64 generation = 0;        ///< grows with every change
    };

    /// Six clients still have their names on the journey at a laptop's window size.
    static constexpr int kSessionsKept = 6;
    static constexpr int kEventsPerSession = 400;

    explicit LiveTrace(Server server, int sessionsKept = kSessionsKept, int eventsPerSession = kEventsPerSession);

    void sessionStarted(quint64 session, const QString &peer);
    void sessionEvent(quint64 session, const smtp::SessionEvent &event);
    void sessionFinished(quint64 session, int messagesStored);

    /// A copy of what is kept now (at most sessionsKept sessions).
    Snapshot snapshot() const;
    quint64 generation() const;
    Counts counts() const;

private:
    enum Side : qint16 { Client = -2, Kurir = -3, Mailboxes = -4 }; ///< actors before a snapshot places them

    struct Session
    {
        quint64 id = 0;
        QByteArray peer;
        QByteArray helo;
        bool shown = true;     ///< false once evicted: only counted
        bool finished = false;
        bool encrypted = false;
        bool afterData = false; ///< the next reply answers the message
        int events = 0;
        engine::Stage stage = engine::Stage::Connect;
        std::deque<engine::Stage> replyStages; ///< the stage of each reply still to come
        std::deque<QByteArray> pendingVerbs;   ///< RCPT/MAIL/... awaiting their reply
        std::deque<QByteArray> pendingArgs;
        QByteArray reversePath;
        QByteArrayList recipients;             ///< accepted by a 2xx
        std::vector<engine::TraceMessage> messages; ///< indices local to the session
        qint32 lastData = -1;  ///< the message the next reply answers, when shown
        qint64 lastDataSize = 0;
        qint64 stored = 0;
        qint64 bytes = 0;
    };

    struct Entry
    {
        quint64 sequence = 0;
        quint64 session = 0;
        engine::TraceEvent event; ///< from/to are Sides; message local to the session
    };

    Session *find(quint64 session);
    void record(Session &s, engine::TraceEvent e);
    engine::TraceEvent make(const Session &s, engine::EventKind kind, bool fromClient) const;
    void evictIfNeeded();
    void onReply(Session &s, const smtp::SessionEvent &event);

    mutable QMutex m_mutex;
    Server m_server;
    int m_sessionsKept;
    int m_eventsPerSession;
    QElapsedTimer m_clock;
    std::map<quint64, Session> m_sessions; ///< shown ones, and unfinished hidden ones
    std::deque<Entry> m_entries;
    quint64 m_nextSequence = 0;
    quint64 m_generation = 0;
    Counts m_counts;
};

} // namespace kurir::gui
