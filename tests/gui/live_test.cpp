// Live mode in the window: real sessions become a trace the views show (a client arriving at
// Kurir's server, its dialogue, its narration, the mailbox), bounded under load; the toggle
// starts and stops the real server, and a port in use says so and keeps the lesson.

#include <atomic>
#include <thread>

#include <gtest/gtest.h>

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include "engine/narration.h"
#include "fixtures.h"
#include "guitestsupport.h"
#include "language.h"
#include "livedialog.h"
#include "livemode.h"
#include "livetrace.h"
#include "chartsview.h"
#include "journeyview.h"
#include "mailboxesview.h"
#include "messageinspector.h"
#include "sequenceview.h"
#include "mainwindow.h"
#include "mailboxstate.h"
#include "player.h"
#include "transcriptmodel.h"
#include <QTabWidget>

namespace kurir::gui {
namespace {

using engine::EventKind;
using engine::Stage;
using smtp::SessionEvent;
using Kind = SessionEvent::Kind;

SessionEvent command(const QByteArray &line, const QByteArray &key = {})
{
    return {Kind::CommandReceived, key, {}, line};
}

SessionEvent reply(const QByteArray &name, const QByteArray &code, const QByteArray &enhanced, const QByteArray &wire)
{
    return {Kind::ReplySent, name, {code, enhanced}, wire};
}

const QByteArray kMessage = "From: Alice <alice@example.org>\r\nTo: bob@kurir.test\r\nSubject: Halo dari kelas\r\n"
                            "\r\nHalo, Bob!\r\n";

// ---------------------------------------------------------------------------------------
// LiveTrace without a socket: the server's signals in, trace events out.

struct Expected
{
    EventKind kind;
    const char *key;
    Stage stage;
    const char *text; ///< a prefix of the event's text
};

TEST(LiveTrace, OneRealSessionBecomesTheStepsOfTheLesson)
{
    LiveTrace live({"kurir.test", "127.0.0.1", 2525});
    live.sessionStarted(1, QStringLiteral("127.0.0.1"));
    const SessionEvent feed[] = {
        reply("Greeting", "220", "", "220 kurir.test ESMTP Kurir"),
        command("EHLO laptop.example"),
        reply("EhloOk", "250", "", "250-kurir.test\n250-PIPELINING\n250 STARTTLS"),
        command("MAIL FROM:<alice@example.org> SIZE=120"),
        reply("SenderOk", "250", "2.1.0", "250 2.1.0 Sender OK"),
        command("RCPT TO:<nobody@elsewhere.example>"),
        reply("RelayDenied", "554", "5.7.1", "554 5.7.1 Relay access denied"),
        command("RCPT TO:<bob@kurir.test>"),
        reply("RecipientOk", "250", "2.1.5", "250 2.1.5 Recipient OK"),
        command("DATA"),
        reply("StartMailInput", "354", "", "354 End data with <CR><LF>.<CR><LF>"),
        {Kind::DataReceived, "server.data", {"104"}, kMessage},
        {Kind::MessageReady, "server.message-ready", {}, {}},
        reply("MessageAccepted", "250", "2.0.0", "250 2.0.0 Ok: queued as 0000000001"),
        command("QUIT"),
        reply("Bye", "221", "2.0.0", "221 2.0.0 Bye"),
        {Kind::Closed, "server.closed", {}, {}},
    };
    for (const SessionEvent &e : feed)
        live.sessionEvent(1, e);
    live.sessionFinished(1, 1);

    const Expected expected[] = {
        {EventKind::TcpConnect, "live.tcp-connect", Stage::Connect, "127.0.0.1 -> 127.0.0.1:2525"},
        {EventKind::SmtpReply, "reply.Greeting", Stage::Connect, "220 kurir.test"},
        {EventKind::SmtpCommand, "submit.EHLO", Stage::Connect, "EHLO laptop.example"},
        {EventKind::SmtpReply, "reply.EhloOk", Stage::Connect, "250-kurir.test"},
        {EventKind::SmtpCommand, "submit.MAIL", Stage::Send, "MAIL FROM:<alice@example.org>"},
        {EventKind::SmtpReply, "reply.SenderOk", Stage::Send, "250 2.1.0"},
        {EventKind::SmtpCommand, "submit.RCPT", Stage::Send, "RCPT TO:<nobody@"},
        {EventKind::SmtpReply, "reply.RelayDenied", Stage::Send, "554 5.7.1"},
        {EventKind::SmtpCommand, "submit.RCPT", Stage::Send, "RCPT TO:<bob@kurir.test>"},
        {EventKind::SmtpReply, "reply.RecipientOk", Stage::Send, "250 2.1.5"},
        {EventKind::SmtpCommand, "submit.DATA", Stage::Send, "DATA"},
        {EventKind::SmtpReply, "reply.StartMailInput", Stage::Send, "354"},
        {EventKind::SmtpData, "submit.data", Stage::Send, ""},
        {EventKind::SmtpReply, "reply.MessageAccepted", Stage::Send, "250 2.0.0"},
        {EventKind::Store, "store.mailbox", Stage::Deliver, "stored for <bob@kurir.test>"},
        {EventKind::SmtpCommand, "submit.QUIT", Stage::Send, "QUIT"},
        {EventKind::SmtpReply, "reply.Bye", Stage::Send, "221"},
        {EventKind::TcpClose, "submit.tcp-close", Stage::Send, "FIN"},
    };
    const LiveTrace::Snapshot snap = live.snapshot();
    const engine::Trace &trace = *snap.trace;
    ASSERT_EQ(trace.events.size(), std::size(expected));
    ASSERT_EQ(trace.actors.size(), 3u); // Kurir, the mailboxes, client 1
    EXPECT_EQ(trace.actors[0].role, QByteArray("mx"));
    EXPECT_EQ(trace.actors[1].role, QByteArray("mailbox"));
    EXPECT_EQ(trace.actors[2].role, QByteArray("mua"));
    EXPECT_EQ(trace.actors[2].labelEn, QStringLiteral("Client 1"));
    EXPECT_EQ(trace.actors[2].labelId, QStringLiteral("Klien 1"));
    EXPECT_EQ(trace.actors[2].address, QByteArray("127.0.0.1"));
    EXPECT_EQ(trace.actors[2].host, QByteArray("laptop.example"));
    for (size_t i = 0; i < std::size(expected); ++i) {
        const engine::TraceEvent &e = trace.events[i];
        SCOPED_TRACE(testing::Message() << "event " << i << ": " << e.text.constData());
        EXPECT_EQ(e.kind, expected[i].kind);
        EXPECT_EQ(e.key.bytes(), QByteArray(expected[i].key));
        EXPECT_EQ(e.stage, expected[i].stage);
        EXPECT_TRUE(e.text.startsWith(expected[i].text));
        const bool fromClient = e.kind == EventKind::SmtpCommand || e.kind == EventKind::SmtpData ||
                                e.kind == EventKind::TcpConnect || e.kind == EventKind::TcpClose;
        if (e.kind == EventKind::Store) {
            EXPECT_EQ(e.from, 0);
            EXPECT_EQ(e.to, 1);
        } else {
            EXPECT_EQ(e.from, fromClient ? 2 : 0);
            EXPECT_EQ(e.to, fromClient ? 0 : 2);
        }
        // Every real step is explained, each in the sentence the lesson has for it.
        EXPECT_FALSE(engine::Narration::explain(e, trace, QStringLiteral("en")).isEmpty());
        EXPECT_TRUE(engine::Narration::has(e.key.bytes())) << e.key.bytes().constData();
    }
    EXPECT_EQ(trace.events[5].code, 250);
    EXPECT_EQ(trace.events[5].enhanced.bytes(), QByteArray("2.1.0"));
    EXPECT_TRUE(engine::Narration::explain(trace.events[4], trace, QStringLiteral("en")).contains(QStringLiteral("alice@example.org")));

    // The mailbox holds what was sent, with the Return-Path a final delivery adds.
    const MailState state = mailStateAt(trace, int(trace.events.size()) - 1);
    ASSERT_EQ(state.mailboxes.size(), 1);
    EXPECT_EQ(state.mailboxes[0].address, QByteArray("bob@kurir.test"));
    ASSERT_EQ(state.mailboxes[0].messages.size(), 1);
    const QByteArray stored = trace.messageContent(state.mailboxes[0].messages[0].snapshot);
    EXPECT_TRUE(stored.startsWith("Return-Path: <alice@example.org>\r\n"));
    EXPECT_TRUE(stored.endsWith(kMessage));
    EXPECT_EQ(fromAndSubject(trace, state.mailboxes[0].messages[0].snapshot).second, QStringLiteral("Halo dari kelas"));

    EXPECT_EQ(snap.counts.sessions, 1);
    EXPECT_EQ(snap.counts.messages, 1);
    EXPECT_EQ(snap.counts.active, 0);
}

TEST(LiveTrace, StartTlsEncryptsWhatFollowsAndPasswordsStayHidden)
{
    LiveTrace live({"kurir.test", "127.0.0.1", 587});
    live.sessionStarted(7, QStringLiteral("10.0.0.5"));
    live.sessionEvent(7, command("STARTTLS"));
    live.sessionEvent(7, reply("ReadyToStartTls", "220", "2.0.0", "220 2.0.0 Ready to start TLS"));
    live.sessionEvent(7, {Kind::TlsStart, "server.starttls", {}, {}});
    live.sessionEvent(7, command("AUTH PLAIN AGFsaWNlAHNlY3JldA=="));
    live.sessionEvent(7, reply("AuthSucceeded", "235", "2.7.0", "235 2.7.0 Authentication successful"));
    const auto snap = live.snapshot();
    const engine::Trace &t = *snap.trace;
    ASSERT_EQ(t.events.size(), 6u);
    EXPECT_EQ(t.events[0].key.bytes(), QByteArray("submit.tcp-connect")); // port 587: the submission story
    EXPECT_EQ(t.events[3].kind, EventKind::Tls);
    EXPECT_FALSE(t.events[3].encrypted);
    EXPECT_EQ(t.events[4].text, QByteArray("AUTH PLAIN ****"));
    EXPECT_EQ(t.events[4].stage, Stage::Authenticate);
    EXPECT_TRUE(t.events[4].encrypted);
    EXPECT_TRUE(t.events[5].encrypted);
}

TEST(LiveTrace, KeepsTheLastSessionsAndCountsTheRest)
{
    LiveTrace live({"kurir.test", "127.0.0.1", 2525}, 5);
    for (quint64 id = 1; id <= 40; ++id) {
        live.sessionStarted(id, QStringLiteral("127.0.0.1"));
        live.sessionEvent(id, command("MAIL FROM:<a@example.org>"));
        live.sessionEvent(id, reply("SenderOk", "250", "2.1.0", "250 2.1.0 Sender OK"));
        live.sessionEvent(id, command("RCPT TO:<bob@kurir.test>"));
        live.sessionEvent(id, reply("RecipientOk", "250", "2.1.5", "250 2.1.5 OK"));
        live.sessionEvent(id, command("DATA"));
        live.sessionEvent(id, reply("StartMailInput", "354", "", "354 go on"));
        live.sessionEvent(id, {Kind::DataReceived, "server.data", {}, kMessage});
        live.sessionEvent(id, reply("MessageAccepted", "250", "2.0.0", "250 2.0.0 Ok"));
        live.sessionFinished(id, 1);
    }
    const auto snap = live.snapshot();
    EXPECT_EQ(snap.trace->actors.size(), 2u + 5u);
    EXPECT_EQ(snap.trace->actors[2].labelEn, QStringLiteral("Client 40")); // the newest first
    EXPECT_EQ(snap.trace->actors.back().labelEn, QStringLiteral("Client 36"));
    EXPECT_EQ(snap.trace->events.size(), 5u * 11u); // connect, 3 commands and replies, data and reply, store, close
    EXPECT_EQ(snap.counts.sessions, 40);
    EXPECT_EQ(snap.counts.messages, 40);
    EXPECT_EQ(snap.counts.earlierSessions, 35);
    EXPECT_EQ(snap.counts.earlierMessages, 35);
    EXPECT_EQ(snap.counts.earlierBytes, 35 * kMessage.size());
    EXPECT_TRUE(std::is_sorted(snap.sequence.begin(), snap.sequence.end()));
    EXPECT_EQ(mailStateAt(*snap.trace, int(snap.trace->events.size()) - 1).mailboxes.value(0).messages.size(), 5);
}

// ---------------------------------------------------------------------------------------
// A real client against the window's live server.

/// A blocking SMTP client for the tests: one line out, the reply in. Runs on any thread.
class Client
{
public:
    bool connect(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        return m_socket.waitForConnected(5000) && readReply().startsWith("220");
    }
    QByteArray say(const QByteArray &line)
    {
        m_socket.write(line + "\r\n");
        return readReply();
    }
    QByteArray readReply()
    {
        // The last line of a reply has a space after the code.
        QByteArray all;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 10000) {
            while (m_socket.canReadLine()) {
                const QByteArray line = m_socket.readLine();
                all += line;
                if (line.size() >= 4 && line[3] == ' ')
                    return all;
            }
            if (!m_socket.waitForReadyRead(200) && m_socket.state() != QAbstractSocket::ConnectedState)
                break;
        }
        return all;
    }
    bool send(const QByteArray &from, const QByteArray &to, const QByteArray &content)
    {
        return say("EHLO student.example").startsWith("250") && say("MAIL FROM:<" + from + ">").startsWith("250") &&
               say("RCPT TO:<" + to + ">").startsWith("250") && say("DATA").startsWith("354") &&
               say(content + ".").startsWith("250") && say("QUIT").startsWith("221");
    }

private:
    QTcpSocket m_socket;
};

/// The longest time the event loop went without running a 10 ms timer, since construction.
class StallMeter
{
public:
    StallMeter()
    {
        m_clock.start();
        m_ticker.setInterval(10);
        QObject::connect(&m_ticker, &QTimer::timeout, [this] { tick(); });
        m_ticker.start();
    }
    qint64 longest()
    {
        tick(); // a stall that has not ended yet counts too
        return m_longest;
    }

private:
    void tick()
    {
        const qint64 now = m_clock.elapsed();
        m_longest = std::max(m_longest, now - m_last);
        m_last = now;
    }

    QElapsedTimer m_clock;
    QTimer m_ticker;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

class LiveWindow : public test::WindowFixture
{
protected:
    void SetUp() override
    {
        test::WindowFixture::SetUp();
        ASSERT_TRUE(m_dir.isValid());
        m_settings.listen = QStringLiteral("127.0.0.1:0");
        m_settings.domain = QStringLiteral("kurir.test");
        m_settings.maildir = m_dir.filePath(QStringLiteral("maildir"));
    }

    bool startLive()
    {
        QSignalSpy started(window.get(), &MainWindow::liveStarted);
        window->startLive(m_settings);
        return started.wait(10000) && window->isLive() && window->liveMode()->port() != 0;
    }

    QTemporaryDir m_dir;
    LiveSettings m_settings;
};

TEST_F(LiveWindow, ARealSessionAppearsInEveryView)
{
    const qsizetype lessonEvents = player().count();
    // The README's pictures show the default port, when it is free here.
    if (!qgetenv("KURIR_LIVE_SCREENSHOTS").isEmpty()) {
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, 2525))
            m_settings.listen = QStringLiteral("127.0.0.1:2525");
    }
    // The toggle asks for its settings first (a window that remembers nothing).
    window->liveAction()->trigger();
    LiveDialog *dialog = window->liveDialog();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->listenEdit()->text(), QStringLiteral("127.0.0.1:2525"));
    dialog->listenEdit()->setText(m_settings.listen);
    dialog->maildirEdit()->setText(m_settings.maildir);
    QSignalSpy started(window.get(), &MainWindow::liveStarted);
    dialog->accept();
    ASSERT_TRUE(started.wait(10000));
    ASSERT_TRUE(window->isLive());
    EXPECT_TRUE(window->liveAction()->isChecked());
    const quint16 port = window->liveMode()->port();
    EXPECT_TRUE(window->liveStatusText().contains(QStringLiteral("127.0.0.1:%1").arg(port)));
    EXPECT_TRUE(window->liveStatusText().contains(QStringLiteral("bob@kurir.test")));

    Client client;
    ASSERT_TRUE(client.connect(port));
    ASSERT_TRUE(client.send("alice@example.org", "bob@kurir.test", kMessage));

    // The client arrived, its dialogue is in the transcript, its message in the mailbox.
    QTRY_VERIFY_WITH_TIMEOUT(player().count() > 0 && player().trace().events.back().kind == EventKind::TcpClose, 10000);
    const engine::Trace &trace = player().trace();
    EXPECT_NE(player().count(), lessonEvents);
    ASSERT_EQ(trace.actors.size(), 3u);
    EXPECT_EQ(trace.actors[2].role, QByteArray("mua"));
    EXPECT_EQ(trace.actors[2].host, QByteArray("student.example"));
    EXPECT_EQ(player().index(), player().count() - 1); // following the newest step

    const TranscriptModel &model = *window->transcriptModel();
    int mailRow = -1, acceptedRow = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString line = model.data(model.index(row, TranscriptModel::LineColumn)).toString();
        if (line.startsWith(QStringLiteral("MAIL FROM:<alice@example.org>")))
            mailRow = row;
        if (line.startsWith(QStringLiteral("250 2.0.0")) && mailRow >= 0)
            acceptedRow = row;
    }
    ASSERT_GE(mailRow, 0);
    EXPECT_GT(acceptedRow, mailRow);
    const int mailEvent = model.eventAt(mailRow);
    for (const char *lang : {"en", "id"}) {
        installLanguage(QString::fromLatin1(lang));
        const QString said = engine::Narration::explain(trace.events[size_t(mailEvent)], trace, QString::fromLatin1(lang));
        EXPECT_FALSE(said.isEmpty());
        EXPECT_TRUE(said.contains(QStringLiteral("alice@example.org"))) << said.toStdString();
    }
    installLanguage(QStringLiteral("en"));

    // On disk, in the Maildir, before the 250 (DESIGN.md), and in the mailboxes view.
    const QDir inbox(m_settings.maildir + QStringLiteral("/bob@kurir.test/new"));
    EXPECT_EQ(inbox.entryList(QDir::Files).size(), 1);
    window->views()->setCurrentWidget(window->mailboxesView());
    test::settle();
    QTreeWidget *boxes = window->mailboxesView()->mailboxTree();
    ASSERT_GE(boxes->topLevelItemCount(), 1);
    EXPECT_TRUE(boxes->topLevelItem(0)->text(0).contains(QStringLiteral("bob@kurir.test")));
    EXPECT_GE(boxes->topLevelItem(0)->childCount(), 1);

    // Every other view copes with the live trace.
    for (QWidget *view : {static_cast<QWidget *>(window->sequenceView()), static_cast<QWidget *>(window->inspector()),
                          static_cast<QWidget *>(window->chartsView()), static_cast<QWidget *>(window->journeyView())}) {
        window->views()->setCurrentWidget(view);
        player().toStart();
        test::settle();
        player().toEnd();
        test::settle();
    }

    // Screenshots for the README (KURIR_LIVE_SCREENSHOTS=DIR): a second student's message
    // going into the mailbox.
    if (const QByteArray dir = qgetenv("KURIR_LIVE_SCREENSHOTS"); !dir.isEmpty()) {
        Client second;
        ASSERT_TRUE(second.connect(port));
        ASSERT_TRUE(second.send("citra@example.org", "bob@kurir.test",
                                "From: Citra <citra@example.org>\r\nTo: bob@kurir.test\r\nSubject: PR Matematika\r\n"
                                "\r\nBob, jangan lupa PR untuk besok.\r\n"));
        QTRY_VERIFY_WITH_TIMEOUT(player().trace().actors.size() == 4 && player().trace().actors[2].labelEn == QStringLiteral("Client 2") &&
                                     player().trace().events.back().kind == EventKind::TcpClose, 10000);
        window->views()->setCurrentWidget(window->journeyView());
        const engine::Trace &now = player().trace();
        int store = -1;
        for (int i = 0; i < player().count(); ++i)
            if (now.events[size_t(i)].kind == EventKind::Store)
                store = i;
        for (const char *lang : {"en", "id"}) {
            window->setLanguage(QString::fromLatin1(lang));
            player().seek(store);
            test::settle();
            window->grab().save(QString::fromUtf8(dir) + QStringLiteral("/live-%1.png").arg(QLatin1String(lang)));
        }
        window->setLanguage(QStringLiteral("en"));
    }
}

TEST_F(LiveWindow, EveryLiveStringFollowsTheLanguage)
{
    // A pseudo-translation shows that each string of live mode goes through tr() and is said
    // again when the language changes (mainwindow_test does the same for the lesson).
    test::PseudoIndonesian pseudo;
    QCoreApplication::installTranslator(&pseudo);
    window->liveAction()->trigger();
    LiveDialog *dialog = window->liveDialog();
    ASSERT_TRUE(dialog);
    const std::map<QString, QString> dialogEnglish = test::visibleTexts(dialog);
    window->setLanguage(QStringLiteral("id"));
    test::settle();
    const std::map<QString, QString> dialogIndonesian = test::visibleTexts(dialog);
    window->setLanguage(QStringLiteral("en"));
    dialog->listenEdit()->setText(m_settings.listen);
    dialog->maildirEdit()->setText(m_settings.maildir);
    QSignalSpy started(window.get(), &MainWindow::liveStarted);
    dialog->accept();
    ASSERT_TRUE(started.wait(10000));
    Client client;
    ASSERT_TRUE(client.connect(window->liveMode()->port()));
    ASSERT_TRUE(client.send("alice@example.org", "bob@kurir.test", kMessage));
    QTRY_VERIFY_WITH_TIMEOUT(player().count() > 0 && player().trace().events.back().kind == EventKind::TcpClose, 10000);
    player().toStart(); // the live narration of the connection
    test::settle();
    const std::map<QString, QString> english = test::visibleTexts(window.get());
    window->setLanguage(QStringLiteral("id"));
    test::settle();
    const std::map<QString, QString> indonesian = test::visibleTexts(window.get());
    window->setLanguage(QStringLiteral("en"));
    QCoreApplication::removeTranslator(&pseudo);
    test::settle();

    auto compare = [](const std::map<QString, QString> &before, const std::map<QString, QString> &after) {
        int compared = 0;
        const QStringList same = {QStringLiteral("Bahasa Indonesia"), QStringLiteral("English")};
        for (const auto &[key, text] : before) {
            // Language names, numbers, addresses and SMTP lines are the same in both.
            if (same.contains(text) || !text.contains(QRegularExpression(QStringLiteral("[A-Za-z]{3}"))) ||
                key.contains(QLatin1String("Transcript")) || text.contains(u'@') || text.startsWith(QLatin1String("127.")))
                continue;
            ++compared;
            const auto it = after.find(key);
            ASSERT_NE(it, after.end()) << key.toStdString() << " disappeared";
            EXPECT_NE(it->second, text) << key.toStdString() << " is still \"" << text.toStdString() << '"';
        }
        EXPECT_GT(compared, 5);
    };
    compare(dialogEnglish, dialogIndonesian);
    compare(english, indonesian);
    QLabel *status = window->findChild<QLabel *>(QStringLiteral("liveStatus"));
    ASSERT_TRUE(status);
    EXPECT_TRUE(status->text().startsWith(QLatin1String("Live: listening on"))) << status->text().toStdString();
}

TEST(LiveSettingsTest, TheSecondTimeLiveStartsWithoutAsking)
{
    QSettings().clear();
    QTemporaryDir dir;
    {
        MainWindow w(true);
        w.liveAction()->trigger();
        ASSERT_TRUE(w.liveDialog() && w.liveDialog()->isVisible());
        w.liveDialog()->listenEdit()->setText(QStringLiteral("127.0.0.1:0"));
        w.liveDialog()->domainEdit()->setText(QStringLiteral("kelas.test"));
        w.liveDialog()->maildirEdit()->setText(dir.filePath(QStringLiteral("surat")));
        QSignalSpy started(&w, &MainWindow::liveStarted);
        w.liveDialog()->accept();
        ASSERT_TRUE(started.wait(10000));
        w.liveAction()->trigger(); // off
        EXPECT_FALSE(w.isLive());
    }
    {
        MainWindow w(true);
        QSignalSpy started(&w, &MainWindow::liveStarted);
        w.liveAction()->trigger();
        EXPECT_FALSE(w.liveDialog()) << "remembered: no question";
        ASSERT_TRUE(started.wait(10000));
        EXPECT_EQ(w.liveMode()->domain(), QStringLiteral("kelas.test"));
        EXPECT_TRUE(w.liveStatusText().contains(QStringLiteral("bob@kelas.test")));
    }
    QSettings().clear();
}

TEST_F(LiveWindow, AMistakeInTheSettingsIsSaidInTheDialog)
{
    window->liveAction()->trigger();
    LiveDialog *dialog = window->liveDialog();
    ASSERT_TRUE(dialog);
    dialog->listenEdit()->setText(QStringLiteral("localhost"));
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible());
    QLabel *problem = dialog->findChild<QLabel *>(QStringLiteral("problem"));
    ASSERT_TRUE(problem);
    EXPECT_TRUE(problem->isVisible());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("127.0.0.1:2525")));
    dialog->reject();
    EXPECT_FALSE(window->liveAction()->isChecked());
    EXPECT_FALSE(window->isLive());
}

TEST_F(LiveWindow, SwaksWithStartTlsIsShownEncrypted)
{
    const QString swaks = QStringLiteral("/usr/bin/swaks");
    if (!QFileInfo::exists(swaks))
        GTEST_SKIP() << "swaks is not installed";
    ASSERT_TRUE(startLive());
    QProcess p;
    p.start(swaks, {QStringLiteral("--server"), window->liveMode()->listenAddress(), QStringLiteral("--from"),
                    QStringLiteral("alice@example.org"), QStringLiteral("--to"), QStringLiteral("bob@kurir.test"),
                    QStringLiteral("--helo"), QStringLiteral("laptop.example"), QStringLiteral("--tls")});
    ASSERT_TRUE(p.waitForFinished(30000));
    ASSERT_EQ(p.exitCode(), 0) << p.readAll().toStdString();
    QTRY_VERIFY_WITH_TIMEOUT(player().count() > 0 && player().trace().events.back().kind == EventKind::TcpClose, 10000);
    const engine::Trace &trace = player().trace();
    const int tls = test::findEvent(trace, EventKind::Tls);
    const int mail = test::findEvent(trace, EventKind::SmtpCommand, "MAIL FROM:");
    ASSERT_GE(tls, 0);
    ASSERT_GT(mail, tls);
    EXPECT_FALSE(trace.events[size_t(tls) - 1].encrypted); // the 220 before the handshake
    EXPECT_TRUE(trace.events[size_t(mail)].encrypted);
    EXPECT_GE(test::findEvent(trace, EventKind::Store), 0);
}

TEST_F(LiveWindow, ATeacherWhoStepsBackStaysOnTheirStep)
{
    ASSERT_TRUE(startLive());
    const quint16 port = window->liveMode()->port();
    Client first;
    ASSERT_TRUE(first.connect(port));
    ASSERT_TRUE(first.send("alice@example.org", "bob@kurir.test", kMessage));
    QTRY_VERIFY_WITH_TIMEOUT(player().count() > 0 && player().trace().events.back().kind == EventKind::TcpClose, 10000);
    const int mail = test::findEvent(player().trace(), EventKind::SmtpCommand, "MAIL FROM:");
    ASSERT_GE(mail, 0);
    player().seek(mail);
    const int before = player().count();

    Client second;
    ASSERT_TRUE(second.connect(port));
    ASSERT_TRUE(second.send("citra@example.org", "bob@kurir.test", kMessage));
    QTRY_VERIFY_WITH_TIMEOUT(player().count() > before && player().trace().events.back().kind == EventKind::TcpClose, 10000);
    EXPECT_EQ(player().trace().events[size_t(player().index())].text, QByteArray("MAIL FROM:<alice@example.org>"));

    // End follows the newest step again.
    player().toEnd();
    Client third;
    ASSERT_TRUE(third.connect(port));
    ASSERT_TRUE(third.say("EHLO third.example").startsWith("250"));
    QTRY_VERIFY_WITH_TIMEOUT(player().trace().events.back().text.startsWith("250"), 10000);
    EXPECT_EQ(player().index(), player().count() - 1);
}

TEST_F(LiveWindow, TogglingOffReturnsToTheLesson)
{
    const auto lesson = player().sharedTrace();
    player().seek(5);
    ASSERT_TRUE(startLive());
    EXPECT_NE(player().sharedTrace(), lesson);
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("Live")));
    Client client; // in the middle of a session when live mode ends
    ASSERT_TRUE(client.connect(window->liveMode()->port()));
    ASSERT_TRUE(client.say("EHLO student.example").startsWith("250"));

    window->liveAction()->trigger(); // off
    EXPECT_FALSE(window->isLive());
    EXPECT_FALSE(window->liveAction()->isChecked());
    EXPECT_EQ(player().sharedTrace(), lesson);
    EXPECT_EQ(player().index(), 5);
    EXPECT_EQ(window->currentSource(), QStringLiteral("gmail-to-yahoo"));
    EXPECT_FALSE(window->windowTitle().contains(QStringLiteral("Live")));
    EXPECT_TRUE(client.readReply().startsWith("421 4.3.2")) << "the client is told to come back later";
}

TEST_F(LiveWindow, APortInUseSaysSoAndKeepsTheLesson)
{
    QTcpServer squatter;
    ASSERT_TRUE(squatter.listen(QHostAddress::LocalHost, 0));
    m_settings.listen = QStringLiteral("127.0.0.1:%1").arg(squatter.serverPort());
    const auto lesson = player().sharedTrace();

    QSignalSpy failed(window.get(), &MainWindow::liveFailed);
    window->startLive(m_settings);
    ASSERT_TRUE(failed.count() > 0 || failed.wait(10000));
    EXPECT_FALSE(window->isLive());
    EXPECT_FALSE(window->liveAction()->isChecked());
    EXPECT_EQ(player().sharedTrace(), lesson);
    test::settle();
    QMessageBox *notice = window->findChild<QMessageBox *>(QStringLiteral("notice"));
    ASSERT_TRUE(notice);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(QString::number(squatter.serverPort()))) << notice->text().toStdString();
    notice->close();
}

TEST_F(LiveWindow, ABurstOfSessionsStaysBoundedAndTheWindowResponsive)
{
    ASSERT_TRUE(startLive());
    const quint16 port = window->liveMode()->port();

    constexpr int kThreads = 3, kPerThread = 100;
    std::atomic<int> sent{0};
    std::vector<std::thread> clients;
    for (int t = 0; t < kThreads; ++t) {
        clients.emplace_back([&] {
            for (int i = 0; i < kPerThread; ++i) {
                Client c;
                if (c.connect(port) && c.send("load@example.org", "bob@kurir.test", kMessage))
                    ++sent;
            }
        });
    }

    // The event loop keeps ticking while the sessions pour in.
    StallMeter stalls;
    QTRY_VERIFY_WITH_TIMEOUT(sent.load() == kThreads * kPerThread, 120000);
    for (std::thread &t : clients)
        t.join();
    QTRY_VERIFY_WITH_TIMEOUT(window->liveMode()->snapshot().counts.sessions == kThreads * kPerThread &&
                                 window->liveMode()->snapshot().counts.active == 0,
                             10000);
    QTest::qWait(2 * LiveMode::kPublishMs);
    EXPECT_LT(stalls.longest(), 250) << "the event loop stalled";

    const LiveTrace::Snapshot snap = window->liveMode()->snapshot();
    EXPECT_EQ(snap.counts.messages, kThreads * kPerThread);
    EXPECT_EQ(snap.counts.earlierSessions, kThreads * kPerThread - LiveTrace::kSessionsKept);
    EXPECT_EQ(player().trace().actors.size(), size_t(2 + LiveTrace::kSessionsKept));
    EXPECT_LE(player().count(), LiveTrace::kSessionsKept * 20);
    QLabel *counts = window->findChild<QLabel *>(QStringLiteral("liveCounts"));
    ASSERT_TRUE(counts);
    EXPECT_TRUE(counts->text().contains(QStringLiteral("300 session"))) << counts->text().toStdString();
    EXPECT_TRUE(counts->text().contains(QStringLiteral("earlier"))) << counts->text().toStdString();
    const QDir inbox(m_settings.maildir + QStringLiteral("/bob@kurir.test/new"));
    EXPECT_EQ(inbox.entryList(QDir::Files).size(), kThreads * kPerThread);

    if (const QByteArray dir = qgetenv("KURIR_LIVE_SCREENSHOTS"); !dir.isEmpty()) {
        for (QWidget *view : {static_cast<QWidget *>(window->journeyView()), static_cast<QWidget *>(window->sequenceView()),
                              static_cast<QWidget *>(window->chartsView())}) {
            window->views()->setCurrentWidget(view);
            test::settle();
            window->grab().save(QString::fromUtf8(dir) + QStringLiteral("/burst-%1.png").arg(window->views()->currentIndex()));
        }
    }
}

TEST_F(LiveWindow, SmtpSourceLoadIsAggregated)
{
    const QString source = QStringLiteral("/usr/sbin/smtp-source");
    if (!QFileInfo::exists(source))
        GTEST_SKIP() << "Postfix's smtp-source is not installed";
    ASSERT_TRUE(startLive());
    StallMeter stalls;
    QProcess p;
    p.start(source, {QStringLiteral("-s"), QStringLiteral("10"), QStringLiteral("-m"), QStringLiteral("500"),
                     QStringLiteral("-l"), QStringLiteral("1024"), QStringLiteral("-f"), QStringLiteral("load@example.org"),
                     QStringLiteral("-t"), QStringLiteral("bob@kurir.test"), window->liveMode()->listenAddress()});
    QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 120000);
    ASSERT_EQ(p.exitCode(), 0) << p.readAll().toStdString();
    QTRY_VERIFY_WITH_TIMEOUT(window->liveMode()->snapshot().counts.active == 0, 10000);
    QTest::qWait(2 * LiveMode::kPublishMs);
    EXPECT_LT(stalls.longest(), 250) << "the event loop stalled";
    const LiveTrace::Snapshot snap = window->liveMode()->snapshot();
    EXPECT_EQ(snap.counts.messages, 500);
    EXPECT_LE(player().trace().actors.size(), size_t(2 + LiveTrace::kSessionsKept));
}

} // namespace
} // namespace kurir::gui
