// The deeper views in the window: one cursor for all (selecting a step anywhere selects it
// everywhere; stepping back restores them), Ctrl+1..4, the language switch, --view names.

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include "guitestsupport.h"
#include "language.h"
#include "mailboxesview.h"
#include "mainwindow.h"
#include "messageinspector.h"
#include "player.h"
#include "chartsview.h"
#include "sequenceview.h"
#include "whatif.h"
#include "scenario/builtins.h"
#include "fixtures.h"

using namespace kurir::gui;
using namespace kurir::gui::test;

namespace {

class ViewsTest : public WindowFixture
{
};

TEST_F(ViewsTest, OneCursorForEveryView)
{
    window->views()->setCurrentWidget(window->sequenceView());
    player().seek(12);
    settle();
    EXPECT_EQ(window->sequenceView()->current(), 12);

    // A click in the diagram moves the one player.
    const int y = window->sequenceView()->rowTopInViewport(12) + 10;
    QTest::mouseClick(window->sequenceView()->viewport(), Qt::LeftButton, {}, QPoint(300, y));
    EXPECT_EQ(player().index(), 12);

    // The inspector, when shown, follows the cursor the others set.
    player().seek(int(player().count()) - 1);
    window->views()->setCurrentWidget(window->inspector());
    settle();
    EXPECT_GE(window->inspector()->inspection().receivedChain.size(), 2);
    player().seek(0);
    settle();
    EXPECT_EQ(window->inspector()->inspection().receivedChain.size(), 0) << "stepping back restores the view";

    // So do the mailboxes: Bob's inbox at the end, empty at the start.
    window->views()->setCurrentWidget(window->mailboxesView());
    player().seek(int(player().count()) - 1);
    settle();
    ASSERT_EQ(window->mailboxesView()->state().mailboxes.size(), 1);
    player().seek(0);
    settle();
    EXPECT_TRUE(window->mailboxesView()->state().mailboxes.isEmpty());
}

TEST_F(ViewsTest, CtrlNumberChoosesTheViewAndPresentationShowsTheJourney)
{
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(window->views()->currentWidget(), window->sequenceView());
    QTest::keyClick(window.get(), Qt::Key_4, Qt::ControlModifier);
    EXPECT_EQ(window->views()->currentWidget(), window->mailboxesView());

    window->setPresentationMode(true);
    EXPECT_EQ(window->views()->currentIndex(), 0);
    window->setPresentationMode(false);
    EXPECT_EQ(window->views()->currentWidget(), window->mailboxesView()) << "the teacher's tab comes back";
}

TEST_F(ViewsTest, EavesdropperLensShowsTheSequence)
{
    window->eavesdropperAction()->trigger();
    EXPECT_TRUE(window->sequenceView()->isEavesdropper());
    EXPECT_EQ(window->views()->currentWidget(), window->sequenceView());
    window->eavesdropperAction()->trigger();
    EXPECT_FALSE(window->sequenceView()->isEavesdropper());
}

TEST_F(ViewsTest, TabsFollowTheLanguageSwitch)
{
    EXPECT_EQ(window->views()->tabText(1), QStringLiteral("&Sequence diagram"));
    window->setLanguage(QStringLiteral("id"));
    settle();
    EXPECT_EQ(window->views()->tabText(1), QStringLiteral("Diagram &urutan"));
    EXPECT_EQ(window->views()->tabText(3), QStringLiteral("&Kotak surat dan antrean"));
    window->setLanguage(QStringLiteral("en"));
    settle();
    EXPECT_EQ(window->views()->tabText(2), QStringLiteral("&Message"));
}

TEST_F(ViewsTest, ViewNamesForScreenshots)
{
    EXPECT_EQ(window->viewNamed(QStringLiteral("sequence")), window.get());
    EXPECT_EQ(window->views()->currentWidget(), window->sequenceView());
    window->viewNamed(QStringLiteral("inspector"));
    EXPECT_EQ(window->views()->currentWidget(), window->inspector());
    window->viewNamed(QStringLiteral("mailboxes"));
    EXPECT_EQ(window->views()->currentWidget(), window->mailboxesView());
}

} // namespace

namespace {

using kurir::engine::EventKind;

/// The index of the reply of `server` (an actor id) that starts with `prefix`.
int replyOf(const kurir::engine::Trace &trace, QByteArrayView server, QByteArrayView prefix)
{
    for (size_t i = 0; i < trace.events.size(); ++i) {
        const auto &e = trace.events[i];
        if (e.kind == EventKind::SmtpReply && trace.actorId(e.from) == server && trace.eventText(e).startsWith(prefix))
            return int(i);
    }
    return -1;
}

TEST(WhatIf, TargetNamesTheCommandAndHowManyCameBefore)
{
    const auto trace = kurir::gui::test::gmailToYahoo();
    // Yahoo's 250 to RCPT TO:<bob>: the first RCPT Yahoo answers.
    const int rcpt = replyOf(*trace, "yahoo", "250 2.1.5");
    ASSERT_GE(rcpt, 0);
    const auto target = whatIfTarget(*trace, rcpt);
    ASSERT_TRUE(target);
    EXPECT_EQ(target->host, QByteArray("yahoo"));
    EXPECT_EQ(target->command, QByteArray("RCPT"));
    EXPECT_EQ(target->skip, 0);
    // The end of data: the command is "."
    const auto data = whatIfTarget(*trace, replyOf(*trace, "yahoo", "250 2.0.0"));
    ASSERT_TRUE(data);
    EXPECT_EQ(data->command, QByteArray("."));
    // The greeting answers no command.
    EXPECT_FALSE(whatIfTarget(*trace, replyOf(*trace, "yahoo", "220 mx.yahoo")));
}

TEST_F(ViewsTest, WhatIfRecipientUnknownBouncesAndKeepsThePast)
{
    const auto original = window->player()->sharedTrace();
    const int rcpt = replyOf(*original, "yahoo", "250 2.1.5");
    ASSERT_GE(rcpt, 0);
    player().seek(rcpt);
    EXPECT_FALSE(window->runWhatIf("250 2.1.5 Ok")) << "only refusals can be imposed";
    QWidget *notice = window->findChild<QWidget *>(QStringLiteral("notice"));
    ASSERT_TRUE(notice) << "the refusal is explained";
    notice->close();
    ASSERT_TRUE(window->runWhatIf("550 5.1.1 User unknown"));

    const auto changed = window->player()->sharedTrace();
    ASSERT_NE(changed, original);
    EXPECT_EQ(player().index(), rcpt) << "the window shows the new journey at the changed step";
    // Everything before the step is the same; the step itself is the new reply.
    for (int i = 0; i < rcpt; ++i)
        ASSERT_EQ(changed->eventText(changed->events[size_t(i)]), original->eventText(original->events[size_t(i)])) << i;
    EXPECT_TRUE(changed->eventText(changed->events[size_t(rcpt)]).startsWith("550 5.1.1"));
    // And Alice gets a bounce.
    bool bounce = false;
    for (const auto &e : changed->events)
        bounce = bounce || e.kind == EventKind::Bounce;
    EXPECT_TRUE(bounce);

    auto *dialog = window->findChild<QDialog *>(QStringLiteral("whatIfOutcome"));
    ASSERT_TRUE(dialog);
    const QString before = dialog->findChild<QLabel *>(QStringLiteral("before"))->text();
    const QString after = dialog->findChild<QLabel *>(QStringLiteral("after"))->text();
    EXPECT_TRUE(before.contains(QStringLiteral("Delivered to: bob@yahoo.example"))) << before.toStdString();
    EXPECT_TRUE(after.contains(QStringLiteral("Bounced (reported to the sender): bob@yahoo.example"))) << after.toStdString();
    dialog->close();
}

} // namespace

namespace {

// Every view on every built-in lesson (the bulk scenario too), as a teacher clicks through it:
// the start, the middle, the end and back, in both languages. Nothing may crash or stay empty where a message exists.
TEST_F(ViewsTest, EveryViewWorksOnEveryLesson)
{
    for (const auto &lesson : kurir::scenario::builtinScenarios()) {
        ASSERT_TRUE(window->openScenario(QString::fromUtf8(lesson.id))) << lesson.id.constData();
        if (window->isLoading()) { // the bulk scenario runs behind the window
            QSignalSpy opened(window.get(), &MainWindow::scenarioOpened);
            ASSERT_TRUE(opened.wait(120000)) << lesson.id.constData();
        }
        settle();
        const int last = int(player().count()) - 1;
        ASSERT_GT(last, 0) << lesson.id.constData();
        for (const QString &lang : {QStringLiteral("id"), QStringLiteral("en")}) {
            window->setLanguage(lang);
            for (int tab = 0; tab < window->views()->count(); ++tab) {
                window->views()->setCurrentIndex(tab);
                for (int step : {0, last / 2, last, 0})
                    player().seek(step);
                settle();
            }
        }
        // At the end, the inspector has the message the story ended with.
        window->views()->setCurrentWidget(window->inspector());
        player().seek(last);
        settle();
        EXPECT_GE(window->inspector()->inspection().snapshot, 0) << lesson.id.constData();
        EXPECT_EQ(window->sequenceView()->layout().rowCount(), int(player().count())) << lesson.id.constData();
    }
}

} // namespace

namespace {

TEST_F(ViewsTest, RoundTripChartRunsTheLessonAgainOnlyWhenShown)
{
    EXPECT_FALSE(window->chartsView()->showsRoundTrips()) << "no second run before the charts are shown";
    window->views()->setCurrentWidget(window->chartsView());
    settle();
    EXPECT_TRUE(window->chartsView()->showsRoundTrips());
}

} // namespace
