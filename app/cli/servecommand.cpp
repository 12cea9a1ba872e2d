#include "servecommand.h"

#include <QTextStream>
#include <QTimer>

#include "cliapp.h"
#include "liveconfig.h"
#include "liveserver.h"
#include "protocol/address.h"
#include "shutdownsignals.h"

namespace kurir::cli {

namespace {

// How long a shutdown may wait for sessions to hear their 421 and for the Maildir writer to
// finish; past it the server exits anyway (nothing unacknowledged is ever acknowledged).
constexpr int kShutdownGraceMs = 10 * 1000;

QString hostAndPort(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(address.toString())
                             : address.toString();
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

} // namespace

ServeCommand::ServeCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

QString ServeCommand::help()
{
    return tr("Live mode (real SMTP clients deliver into Kurir):\n"
              "  serve --domain D --maildir DIR [OPTIONS]\n"
              "                              receive real mail over SMTP (live mode) and\n"
              "                              store it in DIR/<address>/new until Ctrl+C:\n"
              "    --listen HOST:PORT        where to listen (default 127.0.0.1:2525; port 0:\n"
              "                              any free port)\n"
              "    --domain D                accept mail for D (repeat for more domains)\n"
              "    --maildir DIR             the folder of the mailboxes\n"
              "    --user ADDRESS:PASSWORD   a user who may log in (repeat); then only the\n"
              "                              listed addresses and postmaster receive mail\n"
              "    --max-size BYTES          largest message accepted (default 10485760)\n"
              "    --max-sessions N          clients at once (default 100)\n"
              "    --tls-cert FILE --tls-key FILE\n"
              "                              certificate for STARTTLS (default: a\n"
              "                              self-signed one, kept in DIR/.kurir-tls)\n"
              "    --hostname NAME           the server's name (default: the first domain)\n"
              "    --idle-timeout SECONDS    hang up on silent clients (default 300)\n"
              "    --verbose                 print every line of every dialogue\n");
}

bool ServeCommand::fail(const QString &message)
{
    m_err << QStringLiteral("kurir-cli serve: ") << message << Qt::endl;
    return false;
}

bool ServeCommand::parse(const QStringList &args, live::LiveConfig *config)
{
    QString listen = QStringLiteral("127.0.0.1:2525");
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString option = args[i];
        QString value;
        bool hasValue = false;
        if (const qsizetype eq = option.indexOf(QLatin1Char('=')); option.startsWith(QLatin1String("--")) && eq > 0) {
            value = option.mid(eq + 1);
            option.truncate(eq);
            hasValue = true;
        }
        if (option == QLatin1String("--verbose")) {
            config->verbose = true;
            continue;
        }
        static const QStringList withValue = {
            QStringLiteral("--listen"), QStringLiteral("--domain"), QStringLiteral("--maildir"),
            QStringLiteral("--max-size"), QStringLiteral("--max-sessions"), QStringLiteral("--user"),
            QStringLiteral("--tls-cert"), QStringLiteral("--tls-key"), QStringLiteral("--hostname"),
            QStringLiteral("--idle-timeout")};
        if (!withValue.contains(option))
            return fail(option.startsWith(QLatin1String("-")) ? tr("unknown option \"%1\"").arg(option)
                                                             : tr("unexpected argument \"%1\"").arg(option));
        if (!hasValue) {
            if (i + 1 >= args.size())
                return fail(tr("%1 needs a value").arg(option));
            value = args[++i];
        }

        if (option == QLatin1String("--listen")) {
            listen = value;
        } else if (option == QLatin1String("--domain")) {
            const QByteArray domain = value.toUtf8().toLower();
            if (!smtp::isValidDomain(domain))
                return fail(tr("\"%1\" is not a domain name such as test.example").arg(value));
            if (!config->domains.contains(domain))
                config->domains << domain;
        } else if (option == QLatin1String("--maildir")) {
            config->maildir = value;
        } else if (option == QLatin1String("--max-size")) {
            bool ok = false;
            config->maxMessageSize = value.toLongLong(&ok);
            if (!ok || config->maxMessageSize < 1)
                return fail(tr("--max-size needs a number of bytes greater than 0"));
        } else if (option == QLatin1String("--max-sessions")) {
            bool ok = false;
            config->maxSessions = value.toInt(&ok);
            if (!ok || config->maxSessions < 1)
                return fail(tr("--max-sessions needs a whole number greater than 0"));
        } else if (option == QLatin1String("--user")) {
            const qsizetype colon = value.indexOf(QLatin1Char(':'));
            const auto mailbox = smtp::parseMailbox(value.left(colon).toUtf8(), false);
            if (colon < 0 || !mailbox || colon + 1 == value.size())
                return fail(tr("--user needs ADDRESS:PASSWORD, such as bob@test.example:secret"));
            config->users.insert(mailbox->toString().toLower(), value.mid(colon + 1).toUtf8());
        } else if (option == QLatin1String("--tls-cert")) {
            config->tlsCertFile = value;
        } else if (option == QLatin1String("--tls-key")) {
            config->tlsKeyFile = value;
        } else if (option == QLatin1String("--hostname")) {
            config->hostname = value.toUtf8();
            if (!smtp::isValidDomain(config->hostname))
                return fail(tr("\"%1\" is not a domain name such as test.example").arg(value));
        } else if (option == QLatin1String("--idle-timeout")) {
            bool ok = false;
            const double seconds = value.toDouble(&ok);
            if (!ok || seconds <= 0 || seconds > 24 * 3600)
                return fail(tr("--idle-timeout needs a number of seconds greater than 0"));
            config->idleTimeoutMs = qMax(1, int(seconds * 1000));
        }
    }

    if (config->domains.isEmpty())
        return fail(tr("needs at least one --domain"));
    if (config->maildir.isEmpty())
        return fail(tr("needs --maildir DIR"));
    if (config->tlsCertFile.isEmpty() != config->tlsKeyFile.isEmpty())
        return fail(tr("--tls-cert and --tls-key go together"));
    for (auto it = config->users.cbegin(); it != config->users.cend(); ++it) {
        const QByteArray domain = it.key().mid(it.key().lastIndexOf('@') + 1);
        if (!config->domains.contains(domain))
            return fail(tr("the user %1 is not in any --domain").arg(QString::fromUtf8(it.key())));
    }
    if (config->hostname.isEmpty())
        config->hostname = config->domains.front();

    if (!config->setListen(listen))
        return fail(tr("--listen needs an IP address and a port, such as 127.0.0.1:2525"));
    return true;
}

int ServeCommand::run(const QStringList &args)
{
    live::LiveConfig config;
    if (!parse(args, &config))
        return BadInput;

    live::LiveServer server(config);
    QString error;
    if (!server.start(&error)) {
        fail(error);
        return BadInput;
    }
    QObject::connect(&server, &live::LiveServer::logLine, &server,
                     [this](const QString &line) { m_out << line << Qt::endl; });

    QStringList domains;
    for (const QByteArray &d : config.domains)
        domains << QString::fromUtf8(d);
    m_out << tr("Kurir is listening for SMTP on %1 (STARTTLS available).")
                 .arg(hostAndPort(config.address, server.port()))
          << Qt::endl
          << tr("Accepting mail for: %1").arg(domains.join(QStringLiteral(", "))) << Qt::endl
          << tr("Storing mail in: %1").arg(config.maildir) << Qt::endl;
    if (!config.users.isEmpty())
        m_out << tr("%n user(s) may log in (AUTH, inside TLS only).", nullptr, int(config.users.size()))
              << Qt::endl;
    if (!config.address.isLoopback())
        m_out << tr("Warning: not on loopback; other computers can reach this server.") << Qt::endl;
    m_out << tr("Press Ctrl+C to stop.") << Qt::endl;

    live::ShutdownSignals shutdownSignals;
    QObject::connect(&shutdownSignals, &live::ShutdownSignals::requested, &server, [&] {
        if (server.property("kurir-stopping").toBool())
            return;
        server.setProperty("kurir-stopping", true);
        m_out << tr("Stopping: %n session(s) told to come back later.", nullptr, server.sessionCount())
              << Qt::endl;
        // Sessions that never finish (a client that does not read) do not keep us here.
        QTimer::singleShot(kShutdownGraceMs, &server, [] { QCoreApplication::exit(InternalError); });
        server.shutdown();
    });
    QObject::connect(&server, &live::LiveServer::stopped, &server, [&] {
        m_out << tr("Stopped.") << Qt::endl;
        QCoreApplication::exit(Success);
    });
    return QCoreApplication::exec();
}

} // namespace kurir::cli
