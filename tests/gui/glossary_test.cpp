#include <gtest/gtest.h>

#include "glossary.h"
#include "support/printers.h"

using kurir::gui::Glossary;

TEST(Glossary, MarksTheFirstMentionOfEachTerm)
{
    const QString html = Glossary::markup(
        QStringLiteral("The server stores it in the mailbox. Another mailbox, an MX record and DNS."),
        QStringLiteral("#005A8C"));
    EXPECT_EQ(html.count(QLatin1String("<a href=\"term:")), 3) << html.toStdString();
    EXPECT_TRUE(html.contains(QLatin1String(">mailbox</a>. Another mailbox,")));
    EXPECT_TRUE(html.contains(QLatin1String(">MX record</a>"))) << "the longest word wins";
}

TEST(Glossary, LeavesNamesAndAddressesAlone)
{
    const QString html = Glossary::markup(
        QStringLiteral("mx.d063.example answers; <relay@example> and tls.example.org, reporting a queue-id"),
        QStringLiteral("#005A8C"));
    EXPECT_FALSE(html.contains(QLatin1String("<a "))) << html.toStdString();
}

TEST(Glossary, EscapesTheTextAndExplainsEveryTerm)
{
    const QString html = Glossary::markup(QStringLiteral("End data with <CR><LF>.<CR><LF> & go"), QStringLiteral("#000"));
    EXPECT_TRUE(html.contains(QLatin1String("&lt;CR&gt;&lt;LF&gt;")));
    EXPECT_TRUE(html.contains(QLatin1String("&amp; go")));
    for (int i = 0; i < Glossary::count(); ++i) {
        EXPECT_FALSE(Glossary::words(i).isEmpty()) << i;
        EXPECT_TRUE(Glossary::definition(i).contains(QLatin1String("<b>"))) << i;
    }
}
