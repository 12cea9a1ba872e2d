#include <cstdio>

#include <QCoreApplication>
#include <QTextStream>

#include "cliapp.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kurir-cli"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    kurir::cli::CliApp cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
