#include <gtest/gtest.h>

#include "commandline.h"
#include "support/printers.h"

using kurir::gui::CommandLine;
using kurir::gui::GuiOptions;

namespace {

std::optional<GuiOptions> parse(QStringList args, QString *error = nullptr)
{
    QString e;
    args.prepend(QStringLiteral("kurir"));
    auto o = CommandLine::parse(args, &e);
    if (error)
        *error = e;
    return o;
}

} // namespace

TEST(CommandLine, TakesTheContractsOptions)
{
    auto o = parse({QStringLiteral("gmail-to-yahoo"), QStringLiteral("--lang"), QStringLiteral("id"), QStringLiteral("--step"),
                    QStringLiteral("20"), QStringLiteral("--screenshot"), QStringLiteral("/tmp/x.png"), QStringLiteral("--size"),
                    QStringLiteral("1600x900"), QStringLiteral("--view"), QStringLiteral("journey")});
    ASSERT_TRUE(o);
    EXPECT_EQ(o->scenario, QStringLiteral("gmail-to-yahoo"));
    EXPECT_EQ(o->lang, QStringLiteral("id"));
    EXPECT_EQ(o->step, 20);
    EXPECT_EQ(o->screenshot, QStringLiteral("/tmp/x.png"));
    EXPECT_EQ(o->size, QSize(1600, 900));
    EXPECT_EQ(o->view, QStringLiteral("journey"));
}

TEST(CommandLine, DefaultsAreEmpty)
{
    auto o = parse({});
    ASSERT_TRUE(o);
    EXPECT_TRUE(o->scenario.isEmpty());
    EXPECT_TRUE(o->lang.isEmpty());
    EXPECT_EQ(o->step, 0);
    EXPECT_EQ(o->view, QStringLiteral("window"));
    EXPECT_FALSE(o->size.isValid());
    auto eq = parse({QStringLiteral("--lang=en"), QStringLiteral("--step=3")});
    ASSERT_TRUE(eq);
    EXPECT_EQ(eq->lang, QStringLiteral("en"));
    EXPECT_EQ(eq->step, 3);
}

TEST(CommandLine, RefusesWhatItCannotDoInOneLine)
{
    const QList<QStringList> bad = {
        {QStringLiteral("--lang"), QStringLiteral("fr")},
        {QStringLiteral("--step"), QStringLiteral("0")},
        {QStringLiteral("--step"), QStringLiteral("two")},
        {QStringLiteral("--size"), QStringLiteral("big")},
        {QStringLiteral("--size"), QStringLiteral("10x10")},
        {QStringLiteral("--view"), QStringLiteral("everything")},
        {QStringLiteral("--frobnicate")},
        {QStringLiteral("a.json"), QStringLiteral("b.json")},
    };
    for (const QStringList &args : bad) {
        QString error;
        EXPECT_FALSE(parse(args, &error)) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(error.startsWith(QLatin1String("kurir: "))) << error.toStdString();
        EXPECT_FALSE(error.contains(QLatin1Char('\n'))) << error.toStdString();
    }
}

TEST(CommandLine, TheNoDisplayLinePointsToTheAlternatives)
{
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("id")}) {
        const QString line = CommandLine::noDisplayMessage(lang);
        EXPECT_TRUE(line.contains(QLatin1String("kurir-cli run"))) << line.toStdString();
        EXPECT_TRUE(line.contains(QLatin1String("--screenshot"))) << line.toStdString();
        EXPECT_FALSE(line.contains(QLatin1Char('\n')));
    }
}
