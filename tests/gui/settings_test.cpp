#include <gtest/gtest.h>

#include <QFile>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>

#include "language.h"
#include "mainwindow.h"
#include "player.h"
#include "settingskeys.h"
#include "support/printers.h"

using kurir::gui::MainWindow;
namespace settings = kurir::gui::settings;

namespace {

class SettingsTest : public ::testing::Test
{
protected:
    void SetUp() override { QSettings().clear(); }
    void TearDown() override
    {
        QSettings().clear();
        kurir::gui::installLanguage(QStringLiteral("en"));
    }
};

QStringList recentMenuTexts(MainWindow &w)
{
    QStringList texts;
    for (QAction *top : w.menuBar()->actions())
        if (QMenu *file = top->menu())
            for (QAction *a : file->actions())
                if (QMenu *recent = a->menu())
                    for (QAction *r : recent->actions())
                        texts << r->text();
    return texts;
}

} // namespace

TEST_F(SettingsTest, RemembersLanguageSpeedScenarioAndWindow)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lesson.json"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(":/scenarios/gmail-to-yahoo.json"), path));
    {
        MainWindow w(true);
        ASSERT_TRUE(w.openScenario(path));
        w.player()->setSpeed(2.0);
        w.setLanguage(QStringLiteral("id"));
        w.resize(1000, 700);
        w.show();
        w.close();
    }
    QSettings s;
    EXPECT_EQ(s.value(QLatin1String(settings::kLanguage)).toString(), QStringLiteral("id"));
    EXPECT_EQ(s.value(QLatin1String(settings::kSpeed)).toDouble(), 2.0);
    EXPECT_EQ(s.value(QLatin1String(settings::kLastScenario)).toString(), path);
    EXPECT_EQ(s.value(QLatin1String(settings::kRecent)).toStringList(), QStringList{path});
    EXPECT_FALSE(s.value(QLatin1String(settings::kGeometry)).toByteArray().isEmpty());

    MainWindow again(true);
    again.restoreLayout();
    EXPECT_EQ(again.player()->speed(), 2.0);
    EXPECT_EQ(again.size(), QSize(1000, 700));
    EXPECT_TRUE(recentMenuTexts(again).join(QLatin1Char(' ')).contains(QLatin1String("lesson.json")));
}

TEST_F(SettingsTest, AScreenshotWindowRemembersNothing)
{
    {
        MainWindow w(false);
        ASSERT_TRUE(w.openScenario(QStringLiteral("gmail-to-yahoo")));
        w.player()->setSpeed(4.0);
        w.setLanguage(QStringLiteral("id"));
        w.show();
        w.close();
    }
    EXPECT_TRUE(QSettings().allKeys().isEmpty()) << QSettings().allKeys().join(QLatin1Char(' ')).toStdString();
}
