#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>

#include "fixtures.h"
#include "support/printers.h"
#include "transcriptmodel.h"
#include "visuals.h"

using kurir::engine::EventKind;
using kurir::gui::TranscriptModel;
using kurir::gui::Visuals;
using namespace kurir::gui::test;

namespace {

class TranscriptModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        tester = std::make_unique<QAbstractItemModelTester>(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setTrace(gmailToYahoo());
    }
    TranscriptModel model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace

TEST_F(TranscriptModelTest, EveryStepHasRowsAndEveryRowAStep)
{
    const auto &trace = *gmailToYahoo();
    ASSERT_EQ(model.columnCount(), 3);
    int expected = 0;
    for (int e = 0; e < int(trace.events.size()); ++e) {
        EXPECT_EQ(model.firstRow(e), expected) << "event " << e;
        ASSERT_GE(model.rowSpan(e), 1);
        for (int r = expected; r < expected + model.rowSpan(e); ++r)
            EXPECT_EQ(model.eventAt(r), e);
        expected += model.rowSpan(e);
    }
    EXPECT_EQ(model.rowCount(), expected);
    EXPECT_EQ(model.eventAt(-1), -1);
    EXPECT_EQ(model.eventAt(model.rowCount()), -1);
    EXPECT_EQ(model.firstRow(int(trace.events.size())), -1);
}

TEST_F(TranscriptModelTest, OneRowPerLineOnTheWire)
{
    const auto &trace = *gmailToYahoo();
    const int ehlo = findEvent(trace, EventKind::SmtpCommand, "EHLO");
    const int ehloReply = ehlo + 1;
    ASSERT_EQ(trace.events[size_t(ehloReply)].kind, EventKind::SmtpReply);
    const int lines = int(trace.events[size_t(ehloReply)].text.count('\n')) + 1;
    ASSERT_GT(lines, 3);
    EXPECT_EQ(model.rowSpan(ehloReply), lines);
    const int first = model.firstRow(ehloReply);
    EXPECT_EQ(model.index(first, TranscriptModel::SideColumn).data().toString(), QStringLiteral("S:"));
    EXPECT_EQ(model.index(first + 1, TranscriptModel::SideColumn).data().toString(), QStringLiteral("S:"));
    EXPECT_TRUE(model.index(first + 1, TranscriptModel::LineColumn).data().toString().startsWith(QLatin1String("250-")));
    EXPECT_EQ(model.index(first, TranscriptModel::StepColumn).data().toInt(), ehloReply + 1);
    EXPECT_FALSE(model.index(first + 1, TranscriptModel::StepColumn).data().isValid());
    EXPECT_TRUE(model.index(first, 0).data(TranscriptModel::FirstLineRole).toBool());
    EXPECT_FALSE(model.index(first + 1, 0).data(TranscriptModel::FirstLineRole).toBool());

    const int cmd = model.firstRow(ehlo);
    EXPECT_EQ(model.index(cmd, TranscriptModel::SideColumn).data().toString(), QStringLiteral("C:"));
    EXPECT_EQ(model.index(cmd, TranscriptModel::LineColumn).data().toString(), QString::fromUtf8(trace.events[size_t(ehlo)].text));

    // The message itself, line by line, ending with the lone dot.
    const int data = findEvent(trace, EventKind::SmtpData);
    const QByteArray content = trace.eventText(trace.events[size_t(data)]);
    EXPECT_EQ(model.rowSpan(data), int(content.count('\n')) + 1);
    const int last = model.firstRow(data) + model.rowSpan(data) - 1;
    EXPECT_EQ(model.index(last, TranscriptModel::LineColumn).data().toString(), QStringLiteral("."));
    EXPECT_EQ(model.index(model.firstRow(data), TranscriptModel::LineColumn).data().toString(),
              QString::fromUtf8(content.left(content.indexOf('\n'))));
    EXPECT_EQ(model.index(cmd, 0).data(TranscriptModel::SideRole).toInt(), TranscriptModel::Client);
}

TEST_F(TranscriptModelTest, RepliesAreColouredByClassAndOtherStepsMuted)
{
    const auto &trace = *gmailToYahoo();
    const int ready = findEvent(trace, EventKind::SmtpReply, "354");
    ASSERT_GE(ready, 0);
    const QModelIndex i = model.index(model.firstRow(ready), TranscriptModel::LineColumn);
    EXPECT_EQ(i.data(TranscriptModel::ReplyCodeRole).toInt(), 354);
    EXPECT_EQ(i.data(Qt::ForegroundRole).value<QColor>(), Visuals::replyTextColor(Visuals::ReplyClass::Intermediate));
    const int ok = findEvent(trace, EventKind::SmtpReply, "250");
    EXPECT_EQ(model.index(model.firstRow(ok), 2).data(Qt::ForegroundRole).value<QColor>(),
              Visuals::replyTextColor(Visuals::ReplyClass::Positive));
    const int dns = findEvent(trace, EventKind::DnsQuery);
    const QModelIndex d = model.index(model.firstRow(dns), TranscriptModel::SideColumn);
    EXPECT_EQ(d.data().toString(), QStringLiteral("DNS"));
    EXPECT_EQ(d.data(TranscriptModel::SideRole).toInt(), TranscriptModel::Other);
    EXPECT_EQ(d.data(Qt::ForegroundRole).value<QColor>(), QColor(Visuals::kMuted));
}

TEST_F(TranscriptModelTest, TooltipsAndAccessibleTextNameTheActors)
{
    const auto &trace = *gmailToYahoo();
    const int ehlo = findEvent(trace, EventKind::SmtpCommand, "EHLO");
    const QModelIndex i = model.index(model.firstRow(ehlo), TranscriptModel::LineColumn);
    EXPECT_TRUE(i.data(Qt::ToolTipRole).toString().contains(QLatin1String("Alice's laptop")));
    EXPECT_TRUE(i.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("EHLO")));
}

TEST_F(TranscriptModelTest, ResetsForAnotherTraceAndForNone)
{
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setTrace(std::make_shared<kurir::engine::Trace>());
    EXPECT_EQ(model.rowCount(), 0);
    model.setTrace(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
    model.setTrace(gmailToYahoo());
    EXPECT_GT(model.rowCount(), 50);
    EXPECT_EQ(reset.count(), 3);
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    model.retranslate();
    EXPECT_EQ(header.count(), 1);
}

// In a trace as long as the bulk run's, a message's content shows its first rows and one
// row that counts the lines left out; a lesson's trace shows it whole.
TEST(TranscriptModelFold, LongTracesFoldMessageContentToItsFirstRows)
{
    auto makeTrace = [](size_t events) {
        auto trace = std::make_shared<kurir::engine::Trace>();
        trace->events.resize(events);
        for (auto &e : trace->events) {
            e.kind = EventKind::Note;
            e.text = "note";
        }
        kurir::engine::TraceEvent &data = trace->events[1];
        data.kind = EventKind::SmtpData;
        QByteArray body;
        for (int i = 1; i <= 40; ++i)
            body += "line " + QByteArray::number(i) + "\n";
        body += ".";
        data.text = body;
        return trace;
    };
    TranscriptModel lesson;
    lesson.setTrace(makeTrace(100));
    EXPECT_EQ(lesson.rowSpan(1), 41);

    TranscriptModel bulk;
    bulk.setWrapColumns(lesson.wrapColumns());
    bulk.setTrace(makeTrace(TranscriptModel::kFoldFromEvents));
    ASSERT_EQ(bulk.rowSpan(1), TranscriptModel::kFoldedRows + 1);
    EXPECT_EQ(bulk.rowCount(), int(TranscriptModel::kFoldFromEvents) - 1 + TranscriptModel::kFoldedRows + 1);
    const int first = bulk.firstRow(1);
    auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return bulk.data(bulk.index(row, column), role); };
    EXPECT_EQ(cell(first, TranscriptModel::LineColumn).toString(), QStringLiteral("line 1"));
    EXPECT_EQ(cell(first + TranscriptModel::kFoldedRows - 1, TranscriptModel::LineColumn).toString(),
              QStringLiteral("line %1").arg(TranscriptModel::kFoldedRows));
    const int fold = first + TranscriptModel::kFoldedRows;
    const QString said = cell(fold, TranscriptModel::LineColumn).toString();
    EXPECT_TRUE(said.contains(QString::number(41 - TranscriptModel::kFoldedRows))) << said.toStdString(); // 32 lines and "."
    EXPECT_TRUE(cell(fold, TranscriptModel::SideColumn).toString().isEmpty());
    EXPECT_EQ(cell(fold, TranscriptModel::LineColumn, Qt::ForegroundRole).value<QColor>(), Visuals::theme().muted);
    EXPECT_EQ(bulk.eventAt(fold), 1);
    EXPECT_EQ(bulk.eventAt(fold + 1), 2);
    // The counted rows agree with the rows shown, as the worker thread counts them.
    EXPECT_EQ(TranscriptModel::countRows(*makeTrace(TranscriptModel::kFoldFromEvents), bulk.wrapColumns()).firstRow.back(),
              bulk.rowCount());
}
