#include "cliapp.h"

#include <cstdio>

#include <QTextStream>

#include "engine/traceformat.h"
#include "language.h"
#include "scenario/builtins.h"
#include "servecommand.h"
#include "version.h"
#include "world/expectations.h"
#include "world/world.h"

namespace kurir::cli {

CliApp::CliApp(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

QString CliApp::usage() const
{
    return tr("Usage: kurir-cli [--lang id|en] COMMAND [OPTIONS]\n"
              "\n"
              "Kurir shows how an e-mail travels from the sender's mail client through SMTP\n"
              "servers into the recipient's mailbox, one real SMTP line at a time.\n"
              "\n"
              "Commands:\n"
              "  list                        the built-in scenarios\n"
              "  run SCENARIO [--format text|jsonl] [--seed N]\n"
              "                              run a scenario (a built-in id or a file) and\n"
              "                              print every step with its explanation\n"
              "  validate FILE...            check scenario files\n"
              "\n"
              "Options:\n"
              "  --lang id|en   language of messages (default: the system's language)\n"
              "  --help         show this help\n"
              "  --version      show the version\n") +
           QLatin1Char('\n') + ServeCommand::help();
}

int CliApp::run(const QStringList &arguments)
{
    QString lang = languageFromArguments(arguments);
    if (lang.isEmpty())
        lang = systemLanguage();
    if (!isSupportedLanguage(lang)) {
        installLanguage(systemLanguage());
        m_err << tr("kurir-cli: unknown language \"%1\"; use id or en").arg(lang) << Qt::endl;
        return BadInput;
    }
    installLanguage(lang);
    m_lang = lang;

    QStringList rest;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1String("--lang=")))
            continue;
        rest << a;
    }

    if (rest.isEmpty() || rest.front() == QLatin1String("--help") ||
        rest.front() == QLatin1String("-h") || rest.front() == QLatin1String("help")) {
        m_out << usage();
        return rest.isEmpty() ? BadInput : Success;
    }
    if (rest.front() == QLatin1String("--version")) {
        m_out << QStringLiteral("kurir-cli %1").arg(QLatin1String(kurir::kVersion)) << Qt::endl;
        return Success;
    }
    const QString command = rest.takeFirst();
    if (command == QLatin1String("list"))
        return list();
    if (command == QLatin1String("run"))
        return run(rest, lang);
    if (command == QLatin1String("validate"))
        return validate(rest);
    if (command == QLatin1String("serve"))
        return ServeCommand(m_out, m_err).run(rest);
    m_err << tr("kurir-cli: unknown command \"%1\"").arg(command) << Qt::endl
          << tr("Run \"kurir-cli --help\" to see the commands.") << Qt::endl;
    return BadInput;
}

int CliApp::list()
{
    for (const scenario::BuiltinScenario &b : scenario::builtinScenarios())
        m_out << QString::fromUtf8(b.id).leftJustified(28) << b.title.in(m_lang) << Qt::endl;
    return Success;
}

void CliApp::reportErrors(const QList<scenario::LoadError> &errors)
{
    for (const scenario::LoadError &e : errors)
        m_err << e.toString() << Qt::endl;
}

int CliApp::run(const QStringList &args, const QString &lang)
{
    QString scenarioArg;
    QString format = QStringLiteral("text");
    std::optional<quint32> seed;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--format") && i + 1 < args.size()) {
            format = args[++i];
        } else if (a.startsWith(QLatin1String("--format="))) {
            format = a.mid(9);
        } else if (a == QLatin1String("--seed") && i + 1 < args.size()) {
            bool ok = false;
            seed = args[++i].toUInt(&ok);
            if (!ok) {
                m_err << tr("kurir-cli: --seed needs a whole number from 0 to 4294967295") << Qt::endl;
                return BadInput;
            }
        } else if (a.startsWith(QLatin1String("--"))) {
            m_err << tr("kurir-cli: unknown option \"%1\"").arg(a) << Qt::endl;
            return BadInput;
        } else if (scenarioArg.isEmpty()) {
            scenarioArg = a;
        } else {
            m_err << tr("kurir-cli: run takes one scenario") << Qt::endl;
            return BadInput;
        }
    }
    if (scenarioArg.isEmpty()) {
        m_err << tr("kurir-cli: run needs a scenario: a built-in id (see \"kurir-cli list\") or a file") << Qt::endl;
        return BadInput;
    }
    if (format != QLatin1String("text") && format != QLatin1String("jsonl")) {
        m_err << tr("kurir-cli: unknown format \"%1\"; use text or jsonl").arg(format) << Qt::endl;
        return BadInput;
    }
    scenario::LoadResult loaded = scenario::loadScenario(scenarioArg);
    if (!loaded.scenario) {
        reportErrors(loaded.errors);
        return BadInput;
    }
    scenario::Scenario s = std::move(*loaded.scenario);
    if (seed)
        s.seed = *seed;
    const QString title = s.title.in(lang);
    // The teacher's notes of the lesson, under the steps they belong to (text format only:
    // the JSON Lines contract carries the trace alone).
    QMap<qint64, QStringList> notes;
    for (const scenario::TeacherNote &n : s.notes)
        notes[n.step] << tr("Note for the teacher: %1").arg(n.text.in(lang));
    world::World w(std::move(s));
    w.run();
    if (format == QLatin1String("jsonl")) {
        m_out.flush();
        const QByteArray out = engine::toJsonLines(w.trace(), lang);
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
        std::fflush(stdout);
    } else {
        m_out << engine::toText(w.trace(), lang, title, 78, notes);
    }
    return Success;
}

int CliApp::validate(const QStringList &args)
{
    if (args.isEmpty()) {
        m_err << tr("kurir-cli: validate needs one or more scenario files") << Qt::endl;
        return BadInput;
    }
    bool allValid = true;
    for (const QString &file : args) {
        const scenario::LoadResult r = scenario::ScenarioLoader::loadFile(file);
        if (!r.scenario) {
            reportErrors(r.errors);
            allValid = false;
            continue;
        }
        // A scenario that says what should happen is run, and must do so.
        world::World w(*r.scenario);
        w.run();
        const QStringList problems = world::Expectations::check(*r.scenario, w.outcome());
        if (!problems.isEmpty()) {
            for (const QString &p : problems)
                m_err << QStringLiteral("%1: %2").arg(file, p) << Qt::endl;
            allValid = false;
            continue;
        }
        m_out << tr("%1: valid").arg(file) << Qt::endl;
    }
    return allValid ? Success : BadInput;
}

} // namespace kurir::cli
