// The sequence diagram: one lifeline per actor, a row per step with the right shape, the
// current step kept in view, clicks jumping to a step, and exports that open as SVG and PNG.

#include <gtest/gtest.h>

#include <QImage>
#include <QScrollBar>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include "fixtures.h"
#include "sequenceview.h"

namespace kurir::gui {
namespace {

using engine::EventKind;
using Shape = SequenceLayout::Shape;

TEST(SequenceLayout, OneLifelinePerActorAndArrowsBetweenThem)
{
    const auto trace = test::gmailToYahoo();
    const SequenceLayout layout(trace.get());
    ASSERT_EQ(layout.actorCount(), int(trace->actors.size()));
    for (int a = 1; a < layout.actorCount(); ++a)
        EXPECT_GT(layout.lifeline(a), layout.lifeline(a - 1));
    EXPECT_EQ(layout.rowCount(), int(trace->events.size()));

    // EHLO goes from the client's lifeline to the server's; its reply comes back, dashed.
    const int ehlo = test::findEvent(*trace, EventKind::SmtpCommand, "EHLO");
    ASSERT_GE(ehlo, 0);
    const engine::TraceEvent &e = trace->events[size_t(ehlo)];
    const SequenceLayout::Row command = layout.row(ehlo);
    EXPECT_EQ(command.shape, Shape::Arrow);
    EXPECT_EQ(command.x1, layout.lifeline(e.from));
    EXPECT_EQ(command.x2, layout.lifeline(e.to));
    const SequenceLayout::Row reply = layout.row(ehlo + 1);
    EXPECT_EQ(reply.shape, Shape::Reply);
    EXPECT_EQ(reply.x1, command.x2);
    EXPECT_EQ(reply.x2, command.x1);

    // The TLS handshake is a double arrow; what follows it on that connection is shaded.
    const int tls = test::findEvent(*trace, EventKind::Tls);
    ASSERT_GE(tls, 0);
    EXPECT_EQ(layout.row(tls).shape, Shape::Handshake);
    EXPECT_FALSE(layout.underTls(ehlo));
    const int auth = test::findEvent(*trace, EventKind::SmtpCommand, "AUTH");
    ASSERT_GT(auth, tls);
    EXPECT_TRUE(layout.underTls(auth));

    // Composing is Alice's alone: a box on her lifeline.
    EXPECT_EQ(layout.row(test::findEvent(*trace, EventKind::Compose)).shape, Shape::Box);
}

TEST(SequenceLayout, RowsAreFoundByArithmetic)
{
    const auto trace = test::gmailToYahoo();
    const SequenceLayout layout(trace.get());
    EXPECT_EQ(layout.rowAt(-1), -1);
    EXPECT_EQ(layout.rowAt(0), 0);
    EXPECT_EQ(layout.rowAt(SequenceLayout::kRowHeight * 3 + 1), 3);
    EXPECT_EQ(layout.rowAt(layout.rowsHeight() + 1), -1);
    const auto [first, last] = layout.rowsBetween(SequenceLayout::kRowHeight * 10, SequenceLayout::kRowHeight * 20 - 1);
    EXPECT_EQ(first, 10);
    EXPECT_EQ(last, 19);
}

TEST(SequenceView, FollowsTheCurrentStepAndReportsClicks)
{
    SequenceView view;
    view.resize(1000, 400);
    view.setTrace(test::gmailToYahoo());
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));

    const int last = view.layout().rowCount() - 1;
    view.setCurrent(last);
    EXPECT_EQ(view.current(), last);
    const int top = view.rowTopInViewport(last);
    EXPECT_GE(top, int(SequenceLayout::kHeaderHeight));
    EXPECT_LE(top + int(SequenceLayout::kRowHeight), view.viewport()->height());

    // Back to the start: the first step shows again (stepping back restores the view).
    view.setCurrent(0);
    EXPECT_EQ(view.rowTopInViewport(0), int(SequenceLayout::kHeaderHeight));

    int clicked = -1;
    QObject::connect(&view, &SequenceView::stepActivated, [&](int index) { clicked = index; });
    const int y = view.rowTopInViewport(4) + int(SequenceLayout::kRowHeight) / 2;
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(300, y));
    EXPECT_EQ(clicked, 4);
    // A click on the header is no step.
    clicked = -1;
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(300, 10));
    EXPECT_EQ(clicked, -1);
}

TEST(SequenceView, ExportsOpenAsSvgAndPng)
{
    SequenceView view;
    view.setTrace(test::gmailToYahoo());
    view.setCurrent(5);
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("sequence.svg"));
    const QString png = dir.filePath(QStringLiteral("sequence.png"));
    QString error;
    ASSERT_TRUE(view.exportSvg(svg, &error)) << error.toStdString();
    ASSERT_TRUE(view.exportPng(png, &error)) << error.toStdString();

    QSvgRenderer renderer(svg);
    ASSERT_TRUE(renderer.isValid());
    EXPECT_NEAR(renderer.viewBoxF().width(), view.layout().width(), 1);
    EXPECT_NEAR(renderer.viewBoxF().height(), SequenceLayout::kHeaderHeight + view.layout().rowsHeight(), 1);
    // The protocol lines are in the drawing as text.
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    EXPECT_TRUE(text.contains("EHLO")) << "no EHLO in the SVG";
    EXPECT_TRUE(text.contains("STARTTLS"));

    // Print quality: twice the diagram's size in pixels for a lesson.
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), int(view.layout().width() * 2));
    // Not blank: the arrows and labels are drawn in ink on the light canvas.
    int dark = 0;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            dark += qGray(image.pixel(x, y)) < 100;
    EXPECT_GT(dark, 500);
}

TEST(SequenceView, ExportToAnUnwritablePlaceSaysSo)
{
    SequenceView view;
    view.setTrace(test::gmailToYahoo());
    QString error;
    EXPECT_FALSE(view.exportSvg(QStringLiteral("/nonexistent-folder/x.svg"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("/nonexistent-folder/x.svg"))) << error.toStdString();
    error.clear();
    EXPECT_FALSE(view.exportPng(QStringLiteral("/nonexistent-folder/x.png"), &error));
    EXPECT_FALSE(error.isEmpty());
}

} // namespace
} // namespace kurir::gui

namespace kurir::gui {
namespace {

TEST(SequenceView, EavesdropperReadsOnlyWhatTlsDoesNotHide)
{
    const auto trace = test::gmailToYahoo();
    SequenceView view;
    view.setTrace(trace);
    const int ehlo = test::findEvent(*trace, EventKind::SmtpCommand, "EHLO");
    const int auth = test::findEvent(*trace, EventKind::SmtpCommand, "AUTH PLAIN");
    ASSERT_GE(auth, 0);
    EXPECT_TRUE(view.labelOf(auth).startsWith(QStringLiteral("AUTH PLAIN")));

    view.setEavesdropper(true);
    // Before STARTTLS the observer reads everything; after it, the password line is noise.
    EXPECT_TRUE(view.labelOf(ehlo).startsWith(QStringLiteral("EHLO")));
    const QString seen = view.labelOf(auth);
    EXPECT_TRUE(seen.startsWith(QStringLiteral("[encrypted]"))) << seen.toStdString();
    EXPECT_FALSE(seen.contains(QStringLiteral("AUTH"))) << seen.toStdString();
    EXPECT_FALSE(seen.contains(QStringLiteral("AGFsaWNl"))) << seen.toStdString();
    // The same noise at every repaint.
    EXPECT_EQ(view.labelOf(auth), seen);

    view.setEavesdropper(false);
    EXPECT_TRUE(view.labelOf(auth).startsWith(QStringLiteral("AUTH PLAIN")));
}

TEST(SequenceView, EavesdropperReadsAConnectionWithoutTlsThroughout)
{
    const auto trace = test::lesson(QStringLiteral("no-tls"));
    ASSERT_TRUE(trace);
    SequenceView view;
    view.setTrace(trace);
    view.setEavesdropper(true);
    // On the hop without STARTTLS, even the message content is readable.
    int readableData = 0;
    for (int i = 0; i < int(trace->events.size()); ++i)
        if (trace->events[size_t(i)].kind == EventKind::SmtpData && !trace->events[size_t(i)].encrypted) {
            EXPECT_FALSE(view.labelOf(i).startsWith(QStringLiteral("[encrypted]")));
            ++readableData;
        }
    EXPECT_GE(readableData, 1);
}

} // namespace
} // namespace kurir::gui
