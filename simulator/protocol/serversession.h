#pragma once

#include <initializer_list>
#include <span>
#include <vector>

#include <QByteArray>

#include "address.h"
#include "commandline.h"
#include "limits.h"
#include "replies.h"
#include "serverpolicy.h"
#include "sessionevent.h"

namespace kurir::smtp {

/// The server side of one SMTP connection, as a pure state machine ("sans-I/O"): the driver
/// feeds it the bytes it read and sends the bytes it produces. It has no socket, timer or
/// thread, so the simulation and live mode drive the very same class.
///
///              start()                EHLO/HELO 250
///   (new) ──────────► Connected ─────────────────────► Greeted ◄─────────────────────┐
///                        ▲                              │  MAIL 250                   │
///                        │ tlsEstablished()             ▼                             │ RSET, EHLO,
///                   TlsHandshake ◄── STARTTLS 220 ── (any greeted state)              │ reply after
///                                                      MailGiven ──RCPT 250──► RcptGiven
///                                                                                │ DATA 354
///                                                                                ▼
///                                                      AwaitingDecision ◄── "." ── Data
///   QUIT 221, 421: Closed (the driver closes the connection)
///
/// Connection state (greeting, EHLO, TLS, login) lives apart from transaction state (sender,
/// recipients, data), which RSET, EHLO and the end of a message discard (OpenSMTPD's split).
class ServerSession
{
public:
    enum class State {
        New,              ///< start() not yet called
        Connected,        ///< greeted the client, waiting for EHLO/HELO
        Greeted,          ///< EHLO/HELO done, no transaction
        MailGiven,        ///< MAIL accepted
        RcptGiven,        ///< at least one RCPT accepted
        Data,             ///< reading the message after 354
        AwaitingDecision, ///< message read; the policy or driver decides (see completeMessage)
        AuthExchange,     ///< between a 334 challenge and the client's answer
        TlsHandshake,     ///< STARTTLS answered 220; waiting for tlsEstablished()
        Closed,           ///< QUIT answered, or 421; nothing more is read
    };

    /// `policy` must outlive the session. `peerAddress` appears in narration only.
    explicit ServerSession(ServerPolicy &policy, QByteArray peerAddress = "192.0.2.1");

    /// Sends the 220 greeting.
    void start();
    /// Feeds bytes read from the client, in any split: one byte at a time and one large
    /// pipelined chunk give the same replies.
    void receive(QByteArrayView bytes);
    /// The same; bytes that arrive when nothing is buffered are shared, not copied.
    void receive(const QByteArray &bytes);
    void receive(const char *bytes) { receive(QByteArrayView(bytes)); }
    /// The bytes to send to the client since the last call.
    QByteArray takeOutput();
    /// What happened since the last call, in order.
    std::vector<SessionEvent> takeEvents();

    /// The TLS handshake the session asked for (SessionEvent::TlsStart) is done: the session
    /// forgets all it knew and waits for a new EHLO (RFC 3207 §4.2).
    void tlsEstablished();
    /// The driver's answer to a pending acceptMessage() (live mode stores to disk first).
    void completeMessage(const Reply &reply);
    /// The driver's idle timer fired (RFC 5321 §4.5.3.2): 421 4.4.2 and close.
    void timeout();
    /// The server is going down: 421 4.3.2 and close, unless a message is being decided.
    void shutdown();

    State state() const { return m_state; }
    bool isClosed() const { return m_state == State::Closed; }
    bool isTls() const { return m_tls; }
    QByteArray authenticatedUser() const { return m_authUser; }
    QByteArray heloName() const { return m_heloName; }
    int errorCount() const { return m_errors; }
    /// Bytes received but not yet processed (bounded by the line limits).
    qsizetype bufferedBytes() const { return m_input.size() - m_pos; }

    static const char *stateName(State state);

private:
    struct Transaction
    {
        std::optional<Path> reversePath;
        QList<Mailbox> recipients;
        int rejectedRecipients = 0;
        qint64 declaredSize = -1;
        bool eightBit = false;
        bool smtpUtf8 = false;
    };

    /// What DATA mode has learnt about the message while reading it; reported after the end.
    struct DataScan
    {
        QByteArray content;
        qint64 size = 0;            ///< octets counted for SIZE, CRLFs included (RFC 1870 §5)
        bool tooBig = false;
        bool bareLineEnd = false;
        bool nul = false;
        bool longLine = false;
        bool inHeaders = true;
        int receivedHeaders = 0;
        QByteArray line;            ///< the current line, not yet ended by CRLF
        qint64 lineLength = 0;      ///< octets of the current line seen so far
        bool lineFlushed = false;   ///< part of the current line already moved to content
    };

    void process();
    enum class LineResult { NeedMore, Line, Skipped };
    LineResult takeLine(QByteArray *line);
    bool processCommandLine();
    bool processAuthLine();
    bool processData();
    void finishDataLine(QByteArrayView part, bool complete);
    void endOfData();
    void finishMessage(const Reply &reply);

    void dispatch(const QByteArray &line);
    void onHelo(const CommandView &cmd, bool extended);
    void onMail(const CommandView &cmd);
    void onRcpt(const CommandView &cmd);
    void onData(const CommandView &cmd);
    void onRset(const CommandView &cmd);
    void onNoop(const CommandView &cmd);
    void onQuit(const CommandView &cmd);
    void onVrfy(const CommandView &cmd);
    void onHelp(const CommandView &cmd);
    void onStartTls(const CommandView &cmd);
    void onAuth(const CommandView &cmd);
    void abortAuth(ReplyId id);
    std::optional<QByteArray> takeAuthResponse(QByteArrayView response);
    void authPlain(QByteArrayView response);
    void authLoginStep(QByteArrayView response);
    void authFinish(QByteArrayView user, const QByteArray &password);

    qsizetype commandLimitFor(QByteArrayView lineStart) const;
    bool offersAuth() const;
    Envelope envelope() const;

    /// A catalog reply, written straight to the output (no Reply is built).
    void send(ReplyId id, std::initializer_list<QByteArrayView> args = {},
              std::span<const QByteArrayView> moreLines = {});
    void send(const Reply &reply);
    void refuse(ReplyId id, std::initializer_list<QByteArrayView> args = {});
    void refuse(const Reply &reply); ///< a refusal: counts towards the error limit
    bool countError(int code);        ///< true when this error is one too many (421 sent)
    void note(const char *key, QByteArrayList args = {});
    void pushEvent(SessionEvent event);
    void setState(State next);
    void resetTransaction();
    void close();

    ServerPolicy &m_policy;
    const Extensions m_ext;
    const Limits m_limits;
    QByteArray m_peer;

    State m_state = State::New;
    QByteArray m_input;
    qsizetype m_pos = 0; ///< start of the unread part of m_input
    QByteArray m_output;
    std::vector<SessionEvent> m_events;

    // Connection state.
    bool m_extended = false; ///< EHLO (not HELO) was accepted
    QByteArray m_heloName;
    bool m_tls = false;
    QByteArray m_authUser;
    int m_errors = 0;
    bool m_draining = false; ///< skipping an over-long line up to its CRLF
    bool m_drainingAuth = false;
    bool m_shutdownPending = false;

    // AUTH exchange in progress.
    enum class AuthMech { None, Plain, LoginUser, LoginPassword } m_authMech = AuthMech::None;
    QByteArray m_authLoginUser;

    Transaction m_txn;
    DataScan m_data;
};

} // namespace kurir::smtp
