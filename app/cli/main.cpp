#include <cstdio>

#include <QCoreApplication>
#include <QTextStream>

#include "cliapp.h"

int main(int argc, char *argv[])
{
    // Qt's own event loop rather than GLib's: nothing in the CLI needs GLib's, and `serve`
    // spends about a tenth less CPU per message without it (each round of GLib's loop takes
    // its context's locks and prepares, polls, checks and dispatches every source).
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kurir-cli"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    kurir::cli::CliApp cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
