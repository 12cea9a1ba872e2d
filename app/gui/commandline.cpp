#include "commandline.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTranslator>

#include "language.h"

namespace kurir::gui {

namespace {

const char *const kNoDisplay = QT_TRANSLATE_NOOP(
    "CommandLine",
    "kurir: there is no display to open a window on. Run \"kurir-cli run gmail-to-yahoo\" to follow "
    "the story in this terminal, or \"kurir --screenshot FILE\" to draw it into a picture.");

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption lang{QStringLiteral("lang"), CommandLine::tr("Language: id (Bahasa Indonesia) or en (English)."), QStringLiteral("id|en")};
    QCommandLineOption step{QStringLiteral("step"), CommandLine::tr("Open the scenario at step N (1 is the first)."), QStringLiteral("N")};
    QCommandLineOption view{QStringLiteral("view"), CommandLine::tr("What --screenshot paints: window, journey, dialogue, explanation, stages, presentation (the window in presentation mode), sequence, inspector, mailboxes or charts."), QStringLiteral("NAME")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"), CommandLine::tr("Write a PNG picture of the window to FILE once it is painted, then exit."), QStringLiteral("FILE")};
    QCommandLineOption size{QStringLiteral("size"), CommandLine::tr("Window size in pixels, for example 1600x900."), QStringLiteral("WxH")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, CommandLine::tr("Show this help and exit.")};
    QCommandLineOption version{QStringLiteral("version"), CommandLine::tr("Show the version and exit.")};

    Parser()
    {
        parser.setApplicationDescription(CommandLine::tr("Kurir: how an e-mail travels, one SMTP line at a time."));
        parser.addOptions({lang, step, view, screenshot, size, help, version});
        parser.addPositionalArgument(QStringLiteral("SCENARIO"),
                                     CommandLine::tr("A built-in scenario (such as gmail-to-yahoo) or a scenario file (.json)."),
                                     QStringLiteral("[SCENARIO]"));
    }
};

} // namespace

QStringList CommandLine::views()
{
    return {QStringLiteral("window"), QStringLiteral("journey"), QStringLiteral("dialogue"),
            QStringLiteral("explanation"), QStringLiteral("stages"), QStringLiteral("presentation"),
            QStringLiteral("sequence"), QStringLiteral("inspector"), QStringLiteral("mailboxes"),
            QStringLiteral("charts")};
}

std::optional<GuiOptions> CommandLine::parse(const QStringList &arguments, QString *error)
{
    Parser p;
    if (!p.parser.parse(arguments)) {
        *error = tr("kurir: %1. See \"kurir --help\".").arg(p.parser.errorText());
        return std::nullopt;
    }
    GuiOptions o;
    o.help = p.parser.isSet(p.help);
    o.version = p.parser.isSet(p.version);
    const QStringList positional = p.parser.positionalArguments();
    if (positional.size() > 1) {
        *error = tr("kurir: give one scenario, not %1.").arg(positional.size());
        return std::nullopt;
    }
    if (!positional.isEmpty())
        o.scenario = positional.first();
    if (p.parser.isSet(p.lang)) {
        o.lang = p.parser.value(p.lang);
        if (!isSupportedLanguage(o.lang)) {
            *error = tr("kurir: unknown language \"%1\"; use id or en.").arg(o.lang);
            return std::nullopt;
        }
    }
    if (p.parser.isSet(p.step)) {
        bool ok = false;
        o.step = p.parser.value(p.step).toInt(&ok);
        if (!ok || o.step < 1) {
            *error = tr("kurir: --step needs a whole number from 1, not \"%1\".").arg(p.parser.value(p.step));
            return std::nullopt;
        }
    }
    o.view = p.parser.isSet(p.view) ? p.parser.value(p.view) : QStringLiteral("window");
    if (!views().contains(o.view)) {
        *error = tr("kurir: unknown view \"%1\"; use one of: %2.").arg(o.view, views().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    o.screenshot = p.parser.value(p.screenshot);
    if (p.parser.isSet(p.size)) {
        static const QRegularExpression re(QStringLiteral("^(\\d{2,5})[xX](\\d{2,5})$"));
        const QRegularExpressionMatch m = re.match(p.parser.value(p.size));
        const QSize s = m.hasMatch() ? QSize(m.captured(1).toInt(), m.captured(2).toInt()) : QSize();
        if (!m.hasMatch() || s.width() < 320 || s.height() < 240 || s.width() > 10000 || s.height() > 10000) {
            *error = tr("kurir: --size needs WIDTHxHEIGHT in pixels, at least 320x240, such as 1600x900; not \"%1\".")
                         .arg(p.parser.value(p.size));
            return std::nullopt;
        }
        o.size = s;
    }
    return o;
}

QString CommandLine::helpText()
{
    Parser p;
    return p.parser.helpText();
}

bool CommandLine::displayAvailable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS) && !defined(Q_OS_ANDROID)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

QString CommandLine::noDisplayMessage(const QString &lang)
{
    // Said before any application object exists, so the translator is asked directly.
    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/kurir_%1.qm").arg(lang))) {
        const QString t = translator.translate("CommandLine", kNoDisplay);
        if (!t.isEmpty())
            return t;
    }
    return QString::fromUtf8(kNoDisplay);
}

} // namespace kurir::gui
