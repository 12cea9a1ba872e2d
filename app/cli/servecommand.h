#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace kurir::live {
struct LiveConfig;
}

namespace kurir::cli {

/// `kurir-cli serve`: live mode. Real SMTP clients (swaks, Python's smtplib, Thunderbird)
/// deliver into Maildirs through the simulator's own server session, until SIGINT/SIGTERM.
class ServeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)

public:
    ServeCommand(QTextStream &out, QTextStream &err);
    /// Runs the server; returns the exit code (DESIGN.md: 0, 1 internal error, 2 bad input).
    int run(const QStringList &args);
    /// The lines of `kurir-cli --help` that describe serve.
    static QString help();

private:
    bool parse(const QStringList &args, live::LiveConfig *config);
    bool fail(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace kurir::cli
