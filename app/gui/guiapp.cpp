#include "guiapp.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <QApplication>
#include <QEventLoop>
#include <QImageWriter>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include "commandline.h"
#include "errordialog.h"
#include "journeyview.h"
#include "language.h"
#include "mainwindow.h"
#include "player.h"
#include "settingskeys.h"
#include "version.h"

namespace kurir::gui {

namespace {

QString g_noDisplayLine;
QtMessageHandler g_previousHandler = nullptr;

// Qt ends the program with qFatal when its platform plugin cannot reach a display (DISPLAY
// set, but no X server there). Kurir says so in one line instead of a core dump.
void platformFailureHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtFatalMsg && (message.contains(QLatin1String("platform plugin"))
                               || message.contains(QLatin1String("could not connect to display")))) {
        std::fprintf(stderr, "%s\n", g_noDisplayLine.toLocal8Bit().constData());
        std::fflush(stderr);
        std::_Exit(2);
    }
    if (type != QtCriticalMsg
        && ((context.category && qstrncmp(context.category, "qt.qpa.", 7) == 0)
            || message.contains(QLatin1String("Qt platform plugin"))
            || message.contains(QLatin1String("could not connect to display"))))
        return; // while the platform starts: the fatal message that follows is answered above
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

bool hasArgument(int argc, char **argv, const char *name)
{
    const size_t n = std::strlen(name);
    for (int i = 1; i < argc; ++i)
        if (std::strncmp(argv[i], name, n) == 0 && (argv[i][n] == '\0' || argv[i][n] == '='))
            return true;
    return false;
}

QString chooseLanguage(const QStringList &arguments)
{
    const QString asked = languageFromArguments(arguments);
    if (isSupportedLanguage(asked))
        return asked;
    const QString remembered = QSettings().value(QLatin1String(settings::kLanguage)).toString();
    return isSupportedLanguage(remembered) ? remembered : systemLanguage();
}

int takeScreenshot(MainWindow &window, const GuiOptions &options)
{
    QWidget *target = window.viewNamed(options.view);
    window.show();
    // Let the window be laid out and painted once before it is grabbed.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    const QImage image = target->grab().toImage();
    QImageWriter writer(options.screenshot, "png");
    if (!writer.write(image)) {
        QTextStream(stderr) << MainWindow::tr("kurir: cannot write %1: %2").arg(options.screenshot, writer.errorString())
                            << Qt::endl;
        return 2;
    }
    return 0;
}

} // namespace

int runKurir(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kurir"));
    QCoreApplication::setApplicationName(QStringLiteral("kurir"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kurir::kVersion));

    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    const QString earlyLanguage = chooseLanguage(rawArguments);
    g_noDisplayLine = CommandLine::noDisplayMessage(earlyLanguage);

    const bool screenshot = hasArgument(argc, argv, "--screenshot");
    const bool quickExit = hasArgument(argc, argv, "--help") || hasArgument(argc, argv, "-h")
                           || hasArgument(argc, argv, "--version");
    if (!CommandLine::displayAvailable()) {
        if (screenshot || quickExit) {
            qputenv("QT_QPA_PLATFORM", "offscreen"); // a picture needs no display
        } else {
            std::fprintf(stderr, "%s\n", g_noDisplayLine.toLocal8Bit().constData());
            return 2;
        }
    }

    g_previousHandler = qInstallMessageHandler(platformFailureHandler);
    QApplication app(argc, argv);
    qInstallMessageHandler(g_previousHandler);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/kurir.svg")));
    QApplication::setDesktopFileName(QStringLiteral("kurir"));

    installLanguage(chooseLanguage(QCoreApplication::arguments()));
    QString error;
    const std::optional<GuiOptions> options = CommandLine::parse(QCoreApplication::arguments(), &error);
    if (!options) {
        QTextStream(stderr) << error << Qt::endl;
        return 2;
    }
    if (options->help) {
        QTextStream(stdout) << CommandLine::helpText();
        return 0;
    }
    if (options->version) {
        QTextStream(stdout) << "kurir " << kurir::kVersion << Qt::endl;
        return 0;
    }

    // The application's base font a little larger than the desktop's: it is read from afar.
    QFont base = QApplication::font();
    if (base.pointSizeF() > 0 && base.pointSizeF() < 11)
        base.setPointSizeF(11);
    QApplication::setFont(base);

    const bool persistent = options->screenshot.isEmpty();
    MainWindow window(persistent);
    if (persistent)
        window.restoreLayout();
    if (options->size.isValid())
        window.resize(options->size);

    QString source = options->scenario;
    if (source.isEmpty() && persistent)
        source = QSettings().value(QLatin1String(settings::kLastScenario)).toString();
    if (source.isEmpty())
        source = QStringLiteral("gmail-to-yahoo");
    const int index = std::max(0, options->step - 1);
    if (!window.openScenario(source, index)) {
        if (!persistent) {
            // A screenshot of the wrong scenario is worse than none: say why, as kurir-cli does.
            QTextStream(stderr) << window.errorDialog()->errorText() << Qt::endl;
            return 2;
        }
        if (source != QLatin1String("gmail-to-yahoo")) {
            // The dialog says what is wrong; behind it, the first lesson is ready.
            window.openScenario(QStringLiteral("gmail-to-yahoo"));
            window.show();
            window.errorDialog()->open();
            return app.exec();
        }
    }
    if (!persistent) {
        if (window.isLoading()) { // a large world runs on; the picture waits for it
            QEventLoop loop;
            QObject::connect(&window, &MainWindow::scenarioOpened, &loop, &QEventLoop::quit);
            loop.exec();
        }
        window.player()->setStepAnimation(false);
        return takeScreenshot(window, *options);
    }
    window.show();
    return app.exec();
}

} // namespace kurir::gui
