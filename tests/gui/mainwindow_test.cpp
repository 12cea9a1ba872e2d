#include <gtest/gtest.h>

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "errordialog.h"
#include "explanationpanel.h"
#include "fixtures.h"
#include "guitestsupport.h"
#include "journeyview.h"
#include "language.h"
#include "mainwindow.h"
#include "playbackbar.h"
#include "player.h"
#include "stagestrip.h"
#include "support/printers.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

using kurir::engine::EventKind;
using kurir::gui::MainWindow;
using kurir::gui::StageButton;
using namespace kurir::gui::test;

namespace {

/// Everything the views show at one moment.
struct Snapshot
{
    QImage journey;
    QImage stages;
    int transcriptRow = -1;
    int transcriptEvent = -1;
    int scroll = -1;
    QString explanation;
    QString caption;
    QString journeyDescription;
    std::map<QString, QString> texts;

    bool operator==(const Snapshot &o) const = default;
};

class WindowTest : public WindowFixture
{
protected:
    Snapshot snapshot()
    {
        settle();
        Snapshot s;
        s.journey = window->journeyView()->grab().toImage();
        s.stages = window->stageStrip()->grab().toImage();
        s.transcriptRow = window->transcriptView()->currentIndex().row();
        s.transcriptEvent = window->transcriptView()->currentEvent();
        s.scroll = window->transcriptView()->verticalScrollBar()->value();
        s.explanation = window->explanation()->text();
        s.caption = window->explanation()->caption();
        s.journeyDescription = window->journeyView()->accessibleDescription();
        s.texts = visibleTexts(window.get());
        return s;
    }

    kurir::gui::Player &player() { return *window->player(); }

};

void expectSame(const Snapshot &a, const Snapshot &b, const std::string &where)
{
    EXPECT_TRUE(a.journey == b.journey) << where << ": the journey view differs";
    EXPECT_TRUE(a.stages == b.stages) << where << ": the stage strip differs";
    EXPECT_EQ(a.transcriptRow, b.transcriptRow) << where;
    EXPECT_EQ(a.transcriptEvent, b.transcriptEvent) << where;
    EXPECT_EQ(a.scroll, b.scroll) << where;
    EXPECT_EQ(a.explanation, b.explanation) << where;
    EXPECT_EQ(a.caption, b.caption) << where;
    EXPECT_EQ(a.journeyDescription, b.journeyDescription) << where;
    EXPECT_TRUE(a.texts == b.texts) << where << ": some visible text differs";
}

} // namespace

TEST_F(WindowTest, ShowsTheFirstStepOfTheLesson)
{
    EXPECT_EQ(window->currentSource(), QStringLiteral("gmail-to-yahoo"));
    EXPECT_EQ(player().index(), 0);
    EXPECT_TRUE(window->windowTitle().contains(QLatin1String("From Gmail to Yahoo")));
    EXPECT_TRUE(window->explanation()->caption().contains(QLatin1String("Step 1 of")));
    EXPECT_FALSE(window->explanation()->text().isEmpty());
    EXPECT_EQ(window->transcriptView()->currentEvent(), 0);
}

TEST_F(WindowTest, SteppingForwardThenBackRestoresEveryView)
{
    for (const int start : {0, 3, 17}) {
        for (const int n : {1, 4, 25}) {
            player().seek(start);
            const Snapshot before = snapshot();
            for (int i = 0; i < n; ++i)
                player().stepForward();
            const Snapshot there = snapshot();
            EXPECT_FALSE(there.journey == before.journey) << "moving " << n << " steps changes the picture";
            EXPECT_NE(there.explanation, before.explanation);
            for (int i = 0; i < n; ++i)
                player().stepBack();
            expectSame(before, snapshot(), "from " + std::to_string(start) + " forward and back " + std::to_string(n));
        }
    }
}

TEST_F(WindowTest, SteppingBackFromATravellingStepRestoresTheArrivedStep)
{
    player().seek(12);
    const Snapshot before = snapshot();
    player().setStepAnimation(true);
    player().stepForward();
    QTest::qWait(100); // part way along the link
    ASSERT_LT(player().progress(), 1.0);
    player().stepBack();
    expectSame(before, snapshot(), "back from a travelling step");
}

TEST_F(WindowTest, EveryStepCanBeDrawn)
{
    for (int i = 0; i < player().count(); ++i) {
        for (const qreal p : {0.0, 0.5, 1.0}) {
            player().seek(i, p);
            const QImage image = window->journeyView()->grab().toImage();
            ASSERT_FALSE(image.isNull()) << i;
        }
    }
}

TEST_F(WindowTest, KeyboardShortcutsMoveTheCursor)
{
    window->activateWindow();
    QApplication::setActiveWindow(window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    player().seek(5);
    QTest::keyClick(window.get(), Qt::Key_Right);
    EXPECT_EQ(player().index(), 6);
    QTest::keyClick(window.get(), Qt::Key_PageDown);
    EXPECT_EQ(player().index(), 7);
    QTest::keyClick(window.get(), Qt::Key_Left);
    EXPECT_EQ(player().index(), 6);
    QTest::keyClick(window.get(), Qt::Key_PageUp);
    EXPECT_EQ(player().index(), 5);
    QTest::keyClick(window.get(), Qt::Key_End);
    EXPECT_EQ(player().index(), player().count() - 1);
    QTest::keyClick(window.get(), Qt::Key_Home);
    EXPECT_EQ(player().index(), 0);
    QTest::keyClick(window.get(), Qt::Key_Space);
    EXPECT_TRUE(player().isPlaying());
    QTest::keyClick(window.get(), Qt::Key_Space);
    EXPECT_FALSE(player().isPlaying());

    // The keys work with the focus in the dialogue too, where a presentation clicker's
    // PageDown would otherwise scroll the table.
    window->transcriptView()->setFocus();
    player().seek(10);
    QTest::keyClick(window->transcriptView(), Qt::Key_PageDown);
    EXPECT_EQ(player().index(), 11);
    QTest::keyClick(window->transcriptView(), Qt::Key_Right);
    EXPECT_EQ(player().index(), 12);
    QTest::keyClick(window->transcriptView(), Qt::Key_PageUp);
    EXPECT_EQ(player().index(), 11);
}

TEST_F(WindowTest, ClickingALineOfTheDialogueGoesToItsStep)
{
    const auto &trace = player().trace();
    const int target = findEvent(trace, EventKind::SmtpCommand, "RCPT TO");
    auto *view = window->transcriptView();
    const QModelIndex index = window->transcriptModel()->index(window->transcriptModel()->firstRow(target), 2);
    view->scrollTo(index);
    settle();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    EXPECT_EQ(player().index(), target);
    EXPECT_EQ(view->currentEvent(), target);
}

TEST_F(WindowTest, StageStripLightsTheCurrentStageAndJumpsToAStage)
{
    const auto &trace = player().trace();
    auto buttons = window->stageStrip()->findChildren<StageButton *>();
    ASSERT_EQ(buttons.size(), 5);
    EXPECT_EQ(buttons[0]->state(), StageButton::State::Current);
    EXPECT_EQ(buttons[1]->state(), StageButton::State::Coming);
    QTest::mouseClick(buttons[2], Qt::LeftButton);
    const int auth = findEvent(trace, EventKind::SmtpCommand, "AUTH");
    EXPECT_EQ(player().index(), auth);
    EXPECT_EQ(buttons[0]->state(), StageButton::State::Done);
    EXPECT_EQ(buttons[2]->state(), StageButton::State::Current);
}

TEST_F(WindowTest, AMalformedFileKeepsTheScenarioAndSaysWhereTheProblemIs)
{
    player().seek(9);
    const int count = player().count();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{\n  \"kurir-scenario\": 1,\n  \"id\": \"broken\",\n  \"seed\": ,\n}\n");
    f.close();

    EXPECT_FALSE(window->openScenario(path));
    settle();
    EXPECT_EQ(window->currentSource(), QStringLiteral("gmail-to-yahoo"));
    EXPECT_EQ(player().count(), count);
    EXPECT_EQ(player().index(), 9);
    EXPECT_TRUE(window->windowTitle().contains(QLatin1String("From Gmail to Yahoo")));
    auto *dialog = window->errorDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->errorText().contains(QLatin1String("broken.json:4:")));
    if (const QString shots = qEnvironmentVariable("KURIR_TEST_SHOTS"); !shots.isEmpty())
        dialog->grab().save(shots + QStringLiteral("/error-dialog.png"));

    // A well-formed file with a mistake in it is located too.
    const QString typo = dir.filePath(QStringLiteral("typo.json"));
    QFile g(typo);
    ASSERT_TRUE(g.open(QIODevice::WriteOnly));
    g.write("{\n  \"kurir-scenario\": 1,\n  \"id\": \"typo\",\n  \"sede\": 3\n}\n");
    g.close();
    EXPECT_FALSE(window->openScenario(typo));
    EXPECT_TRUE(dialog->errorText().contains(QLatin1String("typo.json:4:")));
    EXPECT_EQ(window->currentSource(), QStringLiteral("gmail-to-yahoo"));
    dialog->close();
}

TEST_F(WindowTest, AFileDroppedOnTheWindowOpens)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lesson.json"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(":/scenarios/gmail-to-yahoo.json"), path));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(window.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(window.get(), &drop);
    EXPECT_EQ(window->currentSource(), QFileInfo(path).absoluteFilePath());
    EXPECT_EQ(player().index(), 0);
}

TEST_F(WindowTest, ReloadKeepsTheStep)
{
    player().seek(20);
    window->reload();
    EXPECT_EQ(window->currentSource(), QStringLiteral("gmail-to-yahoo"));
    EXPECT_EQ(player().index(), 20);
}

TEST_F(WindowTest, TheLanguageSwitchChangesEveryVisibleString)
{
    // Kurir's own strings are not in kurir_id.ts until the translators have them; a
    // pseudo-translation shows that each one goes through tr() and retranslate().
    PseudoIndonesian pseudo;
    QCoreApplication::installTranslator(&pseudo);
    player().seek(19);
    const Snapshot english = snapshot();
    const QString englishExplanation = window->explanation()->text();

    window->setLanguage(QStringLiteral("id"));
    const Snapshot indonesian = snapshot();
    // Language names are said in their own language, and a number is a number.
    const QStringList same = {QStringLiteral("Bahasa Indonesia"), QStringLiteral("English")};
    int compared = 0;
    for (const auto &[key, before] : english.texts) {
        const bool neutral = same.contains(before) || !before.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2}")));
        if (neutral)
            continue;
        ++compared;
        auto after = indonesian.texts.find(key);
        ASSERT_NE(after, indonesian.texts.end()) << key.toStdString() << " disappeared";
        EXPECT_NE(after->second, before) << key.toStdString() << " is still \"" << before.toStdString() << '"';
    }
    EXPECT_GT(compared, 40);
    // The narration comes from kurir_id.ts: real Indonesian.
    EXPECT_NE(window->explanation()->text(), englishExplanation);
    EXPECT_TRUE(window->explanation()->text().contains(QLatin1String("Server Gmail")));
    EXPECT_TRUE(window->stageStrip()->findChildren<StageButton *>()[3]->text().contains(QLatin1String("Pengiriman")));
    EXPECT_FALSE(indonesian.journey == english.journey) << "the journey's labels follow the language";

    window->setLanguage(QStringLiteral("en"));
    expectSame(english, snapshot(), "back to English");
    QCoreApplication::removeTranslator(&pseudo);
}

TEST_F(WindowTest, TheErrorDialogFollowsTheLanguage)
{
    PseudoIndonesian pseudo;
    QCoreApplication::installTranslator(&pseudo);
    EXPECT_FALSE(window->openScenario(QStringLiteral("/nonexistent/lesson.json")));
    auto *dialog = window->errorDialog();
    const QString title = dialog->windowTitle();
    const QString errors = dialog->errorText();
    window->setLanguage(QStringLiteral("id"));
    settle();
    EXPECT_NE(dialog->windowTitle(), title);
    EXPECT_NE(dialog->errorText(), errors) << "the loader's own messages are re-said in Indonesian";
    dialog->close();
    window->setLanguage(QStringLiteral("en"));
    QCoreApplication::removeTranslator(&pseudo);
}

TEST_F(WindowTest, PresentationModeShowsOnlyTheJourneyAndItsExplanationInLargeType)
{
    window->activateWindow();
    QApplication::setActiveWindow(window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    player().seek(3);
    QTest::keyClick(window.get(), Qt::Key_F5);
    settle();
    EXPECT_TRUE(window->isPresentationMode());
    EXPECT_TRUE(window->windowState() & Qt::WindowFullScreen);
    EXPECT_FALSE(window->transcriptView()->isVisible());
    EXPECT_FALSE(window->playbackBar()->isVisible());
    EXPECT_TRUE(window->journeyView()->isVisible());
    EXPECT_TRUE(window->explanation()->isVisible());
    const auto labels = window->explanation()->findChildren<QLabel *>();
    qreal largest = 0;
    for (QLabel *l : labels)
        largest = std::max(largest, l->font().pointSizeF());
    EXPECT_GE(largest, 24.0);
    if (const QString shots = qEnvironmentVariable("KURIR_TEST_SHOTS"); !shots.isEmpty())
        window->grab().save(shots + QStringLiteral("/presentation.png"));
    // The clicker still moves the story.
    QTest::keyClick(window.get(), Qt::Key_PageDown);
    EXPECT_EQ(player().index(), 4);
    QTest::keyClick(window.get(), Qt::Key_Escape);
    settle();
    EXPECT_FALSE(window->isPresentationMode());
    EXPECT_FALSE(window->windowState() & Qt::WindowFullScreen);
    EXPECT_TRUE(window->transcriptView()->isVisible());
}
