// What a teacher in front of a class relies on: presentation mode for the projector, Qt's
// own buttons in Indonesian, long protocol lines shown whole, a clock that rests while
// paused, a dark desktop that stays readable, and a large trace that never freezes the window.

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
#include "visuals.h"

using kurir::engine::EventKind;
using kurir::gui::MainWindow;
using kurir::gui::Player;
using kurir::gui::TranscriptModel;
using kurir::gui::Visuals;
using namespace kurir::gui::test;

namespace {

class ClassroomTest : public WindowFixture
{
};

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2A2E32));
    p.setColor(QPalette::WindowText, QColor(0xEEEEEE));
    p.setColor(QPalette::Base, QColor(0x1E2124));
    p.setColor(QPalette::Text, QColor(0xEEEEEE));
    p.setColor(QPalette::Button, QColor(0x33373B));
    p.setColor(QPalette::ButtonText, QColor(0xEEEEEE));
    return p;
}

/// The application's palette for one test.
class PaletteScope
{
public:
    explicit PaletteScope(const QPalette &p)
        : m_saved(QApplication::palette())
    {
        QApplication::setPalette(p);
        settle();
    }
    ~PaletteScope()
    {
        QApplication::setPalette(m_saved);
        settle();
    }

private:
    QPalette m_saved;
};

} // namespace

// --- Presentation mode -------------------------------------------------------------------

TEST_F(ClassroomTest, PresentationModeShowsTheJourneyTheCurrentLineAndItsExplanationOnly)
{
    const int ehlo = findEvent(player().trace(), EventKind::SmtpCommand, "EHLO");
    ASSERT_GE(ehlo, 0);
    player().seek(ehlo);
    window->setPresentationMode(true);
    settle();
    EXPECT_TRUE(window->windowState() & Qt::WindowFullScreen);
    EXPECT_FALSE(window->stageStrip()->isVisible()) << "the caption names the stage; the strip is not needed";
    EXPECT_FALSE(window->transcriptView()->isVisible());
    EXPECT_FALSE(window->playbackBar()->isVisible());
    EXPECT_FALSE(window->menuBar()->isVisible());
    EXPECT_TRUE(window->journeyView()->isVisible());
    EXPECT_TRUE(window->explanation()->isVisible());

    // The line on the wire, in large monospace, whole.
    QLabel *line = window->explanation()->currentLineLabel();
    ASSERT_TRUE(line->isVisible());
    EXPECT_GE(line->font().pointSizeF(), 20.0);
    EXPECT_EQ(window->explanation()->currentLine(),
              QStringLiteral("C: ") + QString::fromUtf8(player().trace().events[size_t(ehlo)].text));
    EXPECT_GE(window->explanation()->textLabel()->font().pointSizeF(), 24.0);

    // High contrast: near-black on white, whatever the desktop's look.
    const QPalette pal = window->explanation()->palette();
    EXPECT_GE(Visuals::contrast(pal.color(QPalette::WindowText), pal.color(QPalette::Window)), 15.0);
    EXPECT_EQ(window->journeyView()->grab().toImage().pixelColor(3, 3), QColor(Qt::white));

    // A reply says its class in words as well as in colour.
    QTest::keyClick(window.get(), Qt::Key_PageDown);
    EXPECT_EQ(player().index(), ehlo + 1);
    EXPECT_TRUE(window->explanation()->currentLine().startsWith(QLatin1String("S: 250")));
    EXPECT_TRUE(window->explanation()->currentLine().contains(Visuals::replyLabel(Visuals::ReplyClass::Positive)));
    QTest::keyClick(window.get(), Qt::Key_PageUp);
    EXPECT_EQ(player().index(), ehlo);

    if (const QString shots = qEnvironmentVariable("KURIR_TEST_SHOTS"); !shots.isEmpty())
        window->grab().save(shots + QStringLiteral("/presentation-line.png"));

    QTest::keyClick(window.get(), Qt::Key_Escape);
    settle();
    EXPECT_FALSE(window->isPresentationMode());
    EXPECT_TRUE(window->stageStrip()->isVisible());
    EXPECT_TRUE(window->transcriptView()->isVisible());
    EXPECT_FALSE(window->explanation()->currentLineLabel()->isVisible());
    EXPECT_LT(window->explanation()->textLabel()->font().pointSizeF(), 24.0);
}

// --- Qt's own buttons in Indonesian ------------------------------------------------------

TEST_F(ClassroomTest, QtsOwnDialogButtonsSpeakIndonesianAndFollowTheSwitch)
{
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close);
    EXPECT_EQ(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));

    window->setLanguage(QStringLiteral("id"));
    settle();
    // Debian has no qtbase_id.qm: Kurir's own translation answers for Qt's buttons.
    EXPECT_EQ(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Batal"));
    EXPECT_EQ(box.button(QDialogButtonBox::Close)->text(), QStringLiteral("Tutup"));

    QMessageBox question(QMessageBox::Question, QStringLiteral("?"), QStringLiteral("?"),
                         QMessageBox::Yes | QMessageBox::No);
    EXPECT_EQ(question.button(QMessageBox::Yes)->text().remove(QLatin1Char('&')), QStringLiteral("Ya"));
    EXPECT_EQ(question.button(QMessageBox::No)->text().remove(QLatin1Char('&')), QStringLiteral("Tidak"));

    window->setLanguage(QStringLiteral("en"));
    settle();
    EXPECT_EQ(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
}

// --- Long lines ----------------------------------------------------------------------------

TEST(TranscriptWrap, LongLinesGoOnInTheRowsBelowBrokenOnlyAtSpaces)
{
    TranscriptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTrace(gmailToYahoo());
    const int unwrapped = model.rowCount();
    model.setWrapColumns(24);
    EXPECT_GT(model.rowCount(), unwrapped);

    int continued = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex line = model.index(row, TranscriptModel::LineColumn);
        if (line.data(TranscriptModel::SideRole).toInt() == TranscriptModel::Other)
            continue;
        const QString text = line.data().toString();
        const QString full = line.data(TranscriptModel::FullLineRole).toString();
        EXPECT_TRUE(full.contains(text)) << row;
        if (!line.data(TranscriptModel::ContinuationRole).toBool())
            continue;
        ++continued;
        // The row before ends where a space was: no word is cut, unless it alone is longer
        // than a row.
        const QString before = model.index(row - 1, TranscriptModel::LineColumn).data().toString();
        const QString joined = before + QLatin1Char(' ') + text;
        const bool atSpace = full.contains(joined);
        const bool longWord = !before.contains(QLatin1Char(' ')) && before.size() == 24;
        EXPECT_TRUE(atSpace || longWord) << "row " << row << ": \"" << before.toStdString() << "\" | \""
                                         << text.toStdString() << '"';
        EXPECT_TRUE(model.index(row, TranscriptModel::SideColumn).data().toString().isEmpty());
        EXPECT_FALSE(model.index(row, TranscriptModel::StepColumn).data().isValid());
    }
    EXPECT_GT(continued, 5);

    // Every event keeps its rows together, and the first one still carries the step.
    const auto &trace = *gmailToYahoo();
    for (int e = 0; e < int(trace.events.size()); ++e) {
        EXPECT_EQ(model.eventAt(model.firstRow(e)), e);
        EXPECT_EQ(model.eventAt(model.firstRow(e) + model.rowSpan(e) - 1), e);
        EXPECT_EQ(model.index(model.firstRow(e), TranscriptModel::StepColumn).data().toInt(), e + 1);
    }
}

TEST(TranscriptWrap, TheTooltipHasTheWholeLine)
{
    TranscriptModel model;
    model.setTrace(gmailToYahoo());
    model.setWrapColumns(20);
    const auto &trace = *gmailToYahoo();
    const int ehlo = findEvent(trace, EventKind::SmtpCommand, "EHLO");
    const int second = model.firstRow(ehlo + 1) + 1; // "250-..." after the greeting line
    ASSERT_TRUE(model.index(second, TranscriptModel::LineColumn).data().toString().size() <= 20);
    const QString full = model.index(second, TranscriptModel::LineColumn).data(TranscriptModel::FullLineRole).toString();
    EXPECT_TRUE(model.index(second, TranscriptModel::LineColumn).data(Qt::ToolTipRole).toString().contains(full.toHtmlEscaped()));
}

TEST_F(ClassroomTest, TheDialogueShowsEveryLineWholeAtTheWindowsWidth)
{
    // Whatever the width, the rows of a line put together give the line again: broken at
    // spaces, and inside a word only where the word alone is longer than a row.
    auto *model = window->transcriptModel();
    for (int width : {1600, 1280, 900}) {
        window->resize(width, 800);
        settle();
        const int columns = model->wrapColumns();
        ASSERT_GT(columns, 10);
        int pos = 0;
        QString full;
        int insideWords = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex i = model->index(r, TranscriptModel::LineColumn);
            if (i.data(TranscriptModel::SideRole).toInt() == TranscriptModel::Other)
                continue;
            const QString piece = i.data().toString();
            EXPECT_LE(piece.size(), columns) << "row " << r;
            if (!i.data(TranscriptModel::ContinuationRole).toBool()) {
                EXPECT_EQ(pos, full.size()) << "the line before row " << r << " was not shown whole: " << full.toStdString();
                full = i.data(TranscriptModel::FullLineRole).toString();
                pos = 0;
            } else if (pos < full.size() && full[pos] == QLatin1Char(' ')) {
                ++pos; // the space the line was broken at
            } else {
                ++insideWords;
                // Only a word longer than a whole row is broken inside.
                const QString before = model->index(r - 1, TranscriptModel::LineColumn).data().toString();
                EXPECT_EQ(before.size(), columns) << "row " << r;
                EXPECT_FALSE(before.contains(QLatin1Char(' '))) << "row " << r << ": " << before.toStdString();
            }
            ASSERT_EQ(full.mid(pos, piece.size()), piece) << "row " << r;
            pos += int(piece.size());
        }
        EXPECT_EQ(pos, full.size());
        if (width == 1600) {
            EXPECT_LE(insideWords, 2) << "at full width only the AUTH PLAIN credentials are that long";
        }
    }
}

// --- The clock -----------------------------------------------------------------------------

TEST(PlayerClock, TicksAtTheScreensFrameRateAndRestsWhilePaused)
{
    Player player;
    player.setTrace(gmailToYahoo());
    player.setFrameRate(120);
    EXPECT_EQ(player.frameIntervalMs(), 8);
    player.setFrameRate(0); // a screen that says nothing
    EXPECT_EQ(player.frameIntervalMs(), 16);
    player.setFrameRate(60);

    EXPECT_FALSE(player.isTicking());
    QSignalSpy moved(&player, &Player::positionChanged);
    QTest::qWait(80);
    EXPECT_EQ(moved.count(), 0) << "nothing moves while paused";

    player.stepForward(); // travels
    EXPECT_TRUE(player.isTicking());
    EXPECT_LT(player.progress(), 1.0);
    QTRY_VERIFY_WITH_TIMEOUT(player.progress() >= 1.0, 5000);
    EXPECT_FALSE(player.isTicking()) << "the clock stops once the step has arrived";

    player.play();
    EXPECT_TRUE(player.isTicking());
    player.pause();
    EXPECT_FALSE(player.isTicking());
    const int index = player.index();
    const qreal progress = player.progress();
    moved.clear();
    QTest::qWait(80);
    EXPECT_EQ(moved.count(), 0);
    EXPECT_EQ(player.index(), index);
    EXPECT_EQ(player.progress(), progress);
}

// --- A dark desktop --------------------------------------------------------------------------

TEST(Themes, EveryTextColourStaysReadableOnItsGroundInEveryLook)
{
    const QPalette light = QApplication::palette();
    for (const bool dark : {false, true}) {
        for (const bool presentation : {false, true}) {
            const Visuals::Theme t = Visuals::theme(dark ? darkPalette() : light, presentation);
            const std::string look = std::string(dark ? "dark" : "light") + (presentation ? " presentation" : "");
            EXPECT_EQ(t.dark, dark && !presentation) << look;
            EXPECT_GE(Visuals::contrast(t.ink, t.paper), 7.0) << look;
            EXPECT_GE(Visuals::contrast(t.ink, t.canvas), 7.0) << look;
            EXPECT_GE(Visuals::contrast(t.muted, t.canvas), 4.5) << look;
            EXPECT_GE(Visuals::contrast(t.muted, t.paper), 4.5) << look;
            EXPECT_GE(Visuals::contrast(t.term, t.paper), 4.5) << look;
            EXPECT_GE(Visuals::contrast(t.highlightInk, t.highlight), 7.0) << look;
            EXPECT_GE(Visuals::contrast(t.ink, t.serverGround), 7.0) << look;
            for (auto c : {Visuals::ReplyClass::Positive, Visuals::ReplyClass::Intermediate,
                           Visuals::ReplyClass::Transient, Visuals::ReplyClass::Permanent}) {
                EXPECT_GE(Visuals::contrast(t.replyText(c), t.serverGround), 4.5) << look << " class " << int(c);
                EXPECT_GE(Visuals::contrast(t.replyText(c), t.highlight), 4.5) << look << " class " << int(c);
            }
        }
    }
}

TEST_F(ClassroomTest, ADarkDesktopGetsADarkWindowAndTheProjectorStaysLight)
{
    const QImage lightJourney = window->journeyView()->grab().toImage();
    EXPECT_GT(lightJourney.pixelColor(3, 3).lightness(), 200);
    {
        PaletteScope dark(darkPalette());
        const QPalette pal = window->explanation()->palette();
        EXPECT_LT(pal.color(QPalette::Window).lightness(), 80) << "the explanation follows the desktop";
        EXPECT_GE(Visuals::contrast(pal.color(QPalette::WindowText), pal.color(QPalette::Window)), 7.0);
        EXPECT_LT(window->journeyView()->grab().toImage().pixelColor(3, 3).lightness(), 80);
        const QImage dialogue = window->transcriptView()->viewport()->grab().toImage();
        EXPECT_LT(dialogue.pixelColor(dialogue.width() - 3, dialogue.height() - 3).lightness(), 100);
        if (const QString shots = qEnvironmentVariable("KURIR_TEST_SHOTS"); !shots.isEmpty())
            window->grab().save(shots + QStringLiteral("/dark.png"));

        window->setPresentationMode(true);
        settle();
        EXPECT_EQ(window->journeyView()->grab().toImage().pixelColor(3, 3), QColor(Qt::white))
            << "the projector case is the light one";
        EXPECT_EQ(window->explanation()->palette().color(QPalette::Window), QColor(Qt::white));
        window->setPresentationMode(false);
        settle();
        EXPECT_LT(window->explanation()->palette().color(QPalette::Window).lightness(), 80);
    }
    EXPECT_GT(window->explanation()->palette().color(QPalette::Window).lightness(), 200);
    EXPECT_GT(window->journeyView()->grab().toImage().pixelColor(3, 3).lightness(), 200);
}

// The toolbar's icons are drawn in the palette's button text colour: visible on a dark
// toolbar as on a light one, and repainted when the palette changes.
TEST(Themes, ToolbarIconsTakeTheInkOfThePalette)
{
    // How many opaque pixels of the icon are drawn in `colour` (some icons have fills of
    // their own colours too: a yellow folder, a blue screen).
    auto pixelsOf = [](const QIcon &icon, const QColor &colour) {
        const QImage image = icon.pixmap(QSize(48, 48)).toImage().convertToFormat(QImage::Format_ARGB32);
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (const QColor c = image.pixelColor(x, y);
                    c.alpha() > 200 && std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) +
                                               std::abs(c.blue() - colour.blue()) < 40)
                    ++n;
        return n;
    };
    const QColor drawnInk(0x263645); // the colour the SVG files are drawn in
    const QColor lightInk = QApplication::palette().color(QPalette::ButtonText);
    const QColor darkInk = darkPalette().color(QPalette::ButtonText);
    ASSERT_GE(Visuals::contrast(darkInk, darkPalette().color(QPalette::Button)), 4.5);
    for (const char *name : {"play", "pause", "step-forward", "step-back", "to-start", "to-end", "open", "reload",
                             "present", "language"}) {
        const QIcon icon = Visuals::icon(QString::fromLatin1(name));
        EXPECT_GT(pixelsOf(icon, lightInk), 60) << name << " is drawn in the light palette's ink";
        PaletteScope dark(darkPalette());
        // The same QIcon, not set again: it follows the palette when it is painted.
        EXPECT_GT(pixelsOf(icon, darkInk), 60) << name << " is drawn in the dark palette's ink";
        EXPECT_EQ(pixelsOf(icon, drawnInk), 0) << name << " keeps none of the dark ink on a dark toolbar";
    }
}

// --- A large trace ---------------------------------------------------------------------------

TEST_F(ClassroomTest, ALargeScenarioRunsBehindTheWindowWhichStaysUsable)
{
    // The bulk scenario, made smaller so that the test stays quick; it still runs on the
    // worker thread, as every scenario with a bulk load does.
    QFile builtin(QStringLiteral(":/scenarios/bulk.json")); // the library, as embedded
    ASSERT_TRUE(builtin.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(builtin.readAll()).object();
    QJsonObject bulk = json.value(QLatin1String("bulk")).toObject();
    bulk.insert(QLatin1String("messages"), 150);
    bulk.insert(QLatin1String("domains"), 10);
    json.insert(QLatin1String("bulk"), bulk);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bulk-small.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(json).toJson());
    file.close();

    player().seek(5);
    const int before = player().count();
    QSignalSpy opened(window.get(), &MainWindow::scenarioOpened);
    ASSERT_TRUE(window->openScenario(path));
    EXPECT_TRUE(window->isLoading());
    // Meanwhile the lesson that was open stays, and answers.
    EXPECT_EQ(player().count(), before);
    QTest::keyClick(window.get(), Qt::Key_Right);
    EXPECT_EQ(player().index(), 6);
    ASSERT_TRUE(opened.wait(120000));
    EXPECT_FALSE(window->isLoading());
    EXPECT_GT(player().count(), 1000);
    EXPECT_EQ(window->transcriptModel()->rowCount(),
              window->transcriptModel()->firstRow(player().count() - 1) + window->transcriptModel()->rowSpan(player().count() - 1));
    EXPECT_EQ(window->currentSource(), QFileInfo(path).absoluteFilePath());

    // Closing the window while a world runs waits for it, and nothing is left behind.
    ASSERT_TRUE(window->openScenario(path));
    EXPECT_TRUE(window->isLoading());
    window.reset();
}
