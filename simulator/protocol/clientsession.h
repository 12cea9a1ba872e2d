#pragma once

#include <optional>
#include <vector>

#include <QByteArray>
#include <QList>

#include "replies.h"
#include "replyparser.h"
#include "sessionevent.h"

namespace kurir::smtp {

/// How a client session behaves: the MUA submitting on 587, or the sending MTA relaying on 25.
struct ClientConfig
{
    QByteArray heloName = "client.example"; ///< our name in EHLO
    bool startTls = true;       ///< use STARTTLS when the server offers it
    bool requireTls = false;    ///< refuse to go on in plaintext (a submission client, SMTP-NOTES §2.3)
    QByteArray user;            ///< AUTH when non-empty
    QByteArray password;
    bool usePipelining = true;  ///< pipeline MAIL/RCPT/DATA when PIPELINING is offered (RFC 2920)
    /// Report each reply read (ReplyReceived) and each change of state (StateChange). A
    /// driver with no use for them turns them off: the simulated world records replies from
    /// the server's side, and a bulk run reads 200,000 of them.
    bool reportProgress = true;
};

/// One message to hand over: the envelope and the content (headers, empty line, body).
/// The content may use LF or CRLF line ends; the session sends canonical CRLF.
struct OutgoingMessage
{
    QByteArray reversePath;       ///< `alice@gmail.example`, or empty for the null sender `<>`
    QList<QByteArray> recipients; ///< `bob@yahoo.example`
    QByteArray content;
};

/// What happened to one recipient, so the queue can retry (4xx) or bounce (5xx).
struct RecipientResult
{
    enum class Status { Pending, Accepted, TemporaryFailure, PermanentFailure };
    QByteArray address;
    Status status = Status::Pending;
    std::optional<Reply> reply; ///< the server's reply that decided, when there was one
    QByteArray reasonKey;       ///< narration key when the client decided itself
};

/// The client side of one SMTP connection as a pure state machine, mirror of ServerSession:
///
///   Greeting ─220─► Ehlo ─250─► [StartTls ─220─► TlsHandshake ─► Ehlo (again)]
///      │5xx/4xx       │5xx: Helo        ─► [Auth ─235─►] Mail ─► Rcpt... ─► Data ─354─► Body
///      ▼              ▼                                                           │250/4xx/5xx
///    Quit ◄────────────────────────── any failure that ends the attempt ◄──────── ▼
///      │221                                                                       Quit ─► Done
///      ▼
///     Done
///
/// It picks its next state from the reply class alone (RFC 5321 §4.2: "determine its actions
/// only by the reply code"), validates every address it puts on a command line (CR, LF, NUL:
/// injection, SMTP-NOTES §2.2), canonicalises line ends and dot-stuffs the body (§4.5.2).
class ClientSession
{
public:
    enum class State {
        Greeting, Ehlo, Helo, StartTls, TlsHandshake, Auth, Mail, Rcpt, Data, Body, Quit, Done
    };

    ClientSession(ClientConfig config, OutgoingMessage message);

    /// Checks the envelope; recipients with invalid addresses fail at once (never sent).
    /// Call before feeding the greeting.
    void start();
    void receive(QByteArrayView bytes);
    QByteArray takeOutput();
    std::vector<SessionEvent> takeEvents();

    /// The handshake asked for by SessionEvent::TlsStart is done; the client says EHLO again.
    void tlsEstablished();
    /// The connection broke (or could not be made): every undecided recipient is a
    /// temporary failure (RFC 5321 §4.1.1.10: as if 4yz).
    void connectionLost();

    State state() const { return m_state; }
    bool isDone() const { return m_state == State::Done; }
    bool isTls() const { return m_tls; }
    /// Extensions the server listed in its last EHLO reply (upper-case keywords).
    const QByteArrayList &serverExtensions() const { return m_extensions; }
    const std::vector<RecipientResult> &results() const { return m_results; }
    /// True when the end of data got 2xx: the server took responsibility (§4.1.1.4).
    bool messageAccepted() const { return m_accepted; }

    static const char *stateName(State state);
    /// The content as it goes on the wire after DATA: CRLF line ends, dot-stuffed, ending in
    /// `CRLF.CRLF` (RFC 5321 §4.5.2, §4.1.1.4).
    static QByteArray encodeData(QByteArrayView content);

private:
    void onReply(const Reply &reply);
    void onGreeting(const Reply &reply);
    void onEhloReply(const Reply &reply);
    void onHeloReply(const Reply &reply);
    void onStartTlsReply(const Reply &reply);
    void onAuthReply(const Reply &reply);
    void onMailReply(const Reply &reply);
    void onRcptReply(const Reply &reply);
    void onDataReply(const Reply &reply);
    void onBodyReply(const Reply &reply);

    void sendCommand(const char *key, const QByteArray &line, QByteArrayList args = {});
    void sayEhlo();
    void afterEhlo();
    void startAuth();
    void startTransaction();
    void sendNextRcpt();
    void sendBody();
    void quit();
    void finish();
    void giveUp(const Reply &reply, const char *noteKey);
    void failPending(RecipientResult::Status status, const std::optional<Reply> &reply,
                     const QByteArray &reasonKey);
    void failByClass(const Reply &reply);
    void parseExtensions(const Reply &reply);
    /// The parameters of an extension line (`AUTH PLAIN LOGIN` → `PLAIN LOGIN`).
    QByteArrayView extensionParam(QByteArrayView keyword) const;
    void setState(State next);
    void note(const char *key, QByteArrayList args = {});
    void emitEvent(SessionEvent::Kind kind, const char *key, QByteArrayList args,
                   QByteArray wire = {});

    /// encodeData() that also reports the RFC 1870 §5 size (canonical CRLF content, without
    /// stuffed dots and terminator) and whether any octet has the high bit set.
    static QByteArray encodeBody(QByteArrayView content, qint64 *canonicalSize, bool *eightBit);

    /// Extensions the client acts on, decoded once per EHLO reply.
    enum ExtensionFlag : unsigned {
        ExtPipelining = 1u << 0,
        ExtSize = 1u << 1,
        Ext8BitMime = 1u << 2,
        ExtSmtpUtf8 = 1u << 3,
        ExtStartTls = 1u << 4,
        ExtAuth = 1u << 5,
    };

    ClientConfig m_config;
    OutgoingMessage m_message;
    State m_state = State::Greeting;
    ReplyParser m_parser;
    QByteArray m_output;
    std::vector<SessionEvent> m_events;
    QByteArrayList m_extensions;
    unsigned m_extFlags = 0;
    std::vector<RecipientResult> m_results;
    QByteArrayList m_paths;        ///< per result: the mailbox as sent, empty when invalid
    QByteArray m_senderPath;       ///< the reverse-path mailbox, empty for `<>`
    QByteArray m_body;             ///< encodeData(content), computed once in start()
    qint64 m_contentSize = 0;      ///< SIZE= value (RFC 1870 §5)
    bool m_body8bit = false;
    QList<int> m_rcptQueue;        ///< indexes into m_results still to be sent
    QList<int> m_rcptAwaiting;     ///< indexes whose RCPT reply is awaited, in order
    QList<int> m_rcptAccepted;     ///< indexes whose RCPT got 2xx (still Pending until the dot)
    bool m_started = false;
    bool m_nothingToSend = false;  ///< start() found nothing sendable: greet, then QUIT
    bool m_pipelining = false;
    bool m_dataPipelined = false;  ///< DATA went out with the RCPTs
    bool m_mailFailed = false;     ///< MAIL refused: pipelined replies are read and ignored
    bool m_dotOnly = false;        ///< a lone "." answered a 354 nobody needed (RFC 2920 §3.1)
    bool m_tls = false;
    bool m_accepted = false;
    bool m_heloTried = false;
    int m_authStep = 0;            ///< 1 after AUTH; LOGIN: 2 after user, 3 after password; -1 after "*"
    QByteArray m_authMech;
};

} // namespace kurir::smtp
