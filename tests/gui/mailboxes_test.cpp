// Mailboxes and queues at the cursor: Bob's inbox fills when the message is stored, Alice's
// gets the bounce, the queue shows a deferred message with its retry timer, and stepping
// back empties them again.

#include <gtest/gtest.h>

#include <QApplication>
#include <QDialog>
#include <QPlainTextEdit>
#include <QTreeWidget>

#include "fixtures.h"
#include "mailboxesview.h"

namespace kurir::gui {
namespace {

using engine::EventKind;

TEST(MailState, BobsInboxFillsWhenTheMessageIsStored)
{
    const auto trace = test::gmailToYahoo();
    const int store = test::findEvent(*trace, EventKind::Store);
    ASSERT_GE(store, 0);
    EXPECT_TRUE(mailStateAt(*trace, store - 1).mailboxes.isEmpty());
    const MailState after = mailStateAt(*trace, store);
    ASSERT_EQ(after.mailboxes.size(), 1);
    EXPECT_EQ(after.mailboxes[0].address, QByteArray("bob@yahoo.example"));
    ASSERT_EQ(after.mailboxes[0].messages.size(), 1);
    EXPECT_EQ(fromAndSubject(*trace, after.mailboxes[0].messages[0].snapshot).second, QStringLiteral("Halo, Bob!"));
    EXPECT_FALSE(after.mailboxes[0].messages[0].bounce);
}

TEST(MailState, DeferredMessageWaitsInTheQueueWithItsTimer)
{
    const auto trace = test::lesson(QStringLiteral("greylisting"));
    ASSERT_TRUE(trace);
    int deferred = -1;
    for (int i = 0; i < int(trace->events.size()) && deferred < 0; ++i)
        if (trace->events[size_t(i)].kind == EventKind::Queue && trace->events[size_t(i)].text.startsWith("deferred"))
            deferred = i;
    ASSERT_GE(deferred, 0);
    const MailState state = mailStateAt(*trace, deferred);
    ASSERT_EQ(state.queue.size(), 1);
    EXPECT_EQ(state.queue[0].owner, QByteArray("gmail"));
    EXPECT_EQ(state.queue[0].attempts, 1);
    EXPECT_EQ(state.queue[0].nextAttemptMs, trace->events[size_t(deferred)].timeMs + 60000);
    EXPECT_TRUE(state.queue[0].lastReply.startsWith("451 4.7.1"));
    // At the end every queue is empty and Bob has the message.
    const MailState end = mailStateAt(*trace, int(trace->events.size()) - 1);
    EXPECT_TRUE(end.queue.isEmpty());
    ASSERT_EQ(end.mailboxes.size(), 1);
}

TEST(MailState, SteppingForwardInPiecesEqualsOneGo)
{
    const auto trace = test::lesson(QStringLiteral("greylisting"));
    ASSERT_TRUE(trace);
    MailState pieces;
    int at = -1;
    for (int to : {10, 40, 47, 70, int(trace->events.size()) - 1}) {
        advanceMailState(pieces, *trace, at, to);
        at = to;
        const MailState whole = mailStateAt(*trace, to);
        EXPECT_EQ(pieces.queue.size(), whole.queue.size()) << "at " << to;
        EXPECT_EQ(pieces.mailboxes.size(), whole.mailboxes.size()) << "at " << to;
    }
}

TEST(MailboxesView, AliceGetsTheBounceAndReadsIt)
{
    const auto trace = test::lesson(QStringLiteral("unknown-recipient"));
    ASSERT_TRUE(trace);
    MailboxesView view;
    view.setTrace(trace);
    view.setCurrent(int(trace->events.size()) - 1);
    QTreeWidget *tree = view.mailboxTree();
    ASSERT_EQ(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *alice = tree->topLevelItem(0);
    EXPECT_EQ(alice->text(0), QStringLiteral("alice@gmail.example"));
    ASSERT_EQ(alice->childCount(), 1);
    EXPECT_TRUE(alice->child(0)->text(0).startsWith(QStringLiteral("Bounce from ")));

    view.openMessage(alice->child(0));
    QDialog *dialog = view.findChild<QDialog *>(QStringLiteral("readMessage"));
    ASSERT_TRUE(dialog);
    const QString text = dialog->findChild<QPlainTextEdit *>()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("bobby@yahoo.example"))) << text.toStdString();
    EXPECT_TRUE(text.startsWith(QStringLiteral("From: "))) << text.toStdString();
    dialog->close();

    // Stepping back to the start empties the mailboxes again.
    view.setCurrent(0);
    EXPECT_TRUE(view.state().mailboxes.isEmpty());
    EXPECT_EQ(tree->topLevelItemCount(), 1);
    EXPECT_EQ(tree->topLevelItem(0)->childCount(), 0);
}

TEST(MailboxesView, QueueShowsTheRetryTimer)
{
    const auto trace = test::lesson(QStringLiteral("greylisting"));
    ASSERT_TRUE(trace);
    MailboxesView view;
    view.setTrace(trace);
    int deferred = -1;
    for (int i = 0; i < int(trace->events.size()) && deferred < 0; ++i)
        if (trace->events[size_t(i)].text.startsWith("deferred"))
            deferred = i;
    view.setCurrent(deferred);
    ASSERT_EQ(view.queueTree()->topLevelItemCount(), 1);
    const QString waiting = view.queueTree()->topLevelItem(0)->text(5);
    EXPECT_TRUE(waiting.contains(QStringLiteral("in 60 s"))) << waiting.toStdString();
    EXPECT_TRUE(waiting.contains(QStringLiteral("451 4.7.1")));
}

} // namespace
} // namespace kurir::gui
