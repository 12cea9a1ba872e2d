#include <gtest/gtest.h>

#include <QApplication>
#include <QTemporaryDir>

#include "language.h"

// GUI tests run on Qt's offscreen platform unless told otherwise, so they work on a build
// machine without a display (and gtest_discover_tests can list them there).
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings go to a folder of their own: the tests never touch a teacher's settings.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("Kurir-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("kurir-gui-tests"));
    QApplication app(argc, argv);
    kurir::gui::installLanguage(QStringLiteral("en"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
