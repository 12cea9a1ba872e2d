#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QHash>
#include <QHostAddress>
#include <QString>

namespace kurir::live {

/// Everything `kurir-cli serve` was told: where to listen, what to accept, where to store.
struct LiveConfig
{
    QHostAddress address = QHostAddress::LocalHost; ///< loopback unless told otherwise
    quint16 port = 2525;                            ///< 0: any free port (tests)
    QByteArray hostname;                            ///< in the greeting and Received:
    QByteArrayList domains;                         ///< lower-case; mail for these is stored
    QHash<QByteArray, QByteArray> users;            ///< lower-case address -> password
    QString maildir;
    QString tlsCertFile;                            ///< both empty: a self-signed certificate
    QString tlsKeyFile;
    qint64 maxMessageSize = 10 * 1024 * 1024;
    int maxSessions = 100;
    int maxRecipients = 100;
    int maxErrors = 10;
    /// RFC 5321 §4.5.3.2.7: a server SHOULD wait at least 5 minutes for the next command.
    int idleTimeoutMs = 5 * 60 * 1000;
    bool verbose = false;

    /// Sets `address` and `port` from HOST:PORT, IPv6 in brackets as in URLs
    /// (`127.0.0.1:2525`, `[::1]:2525`); false, leaving both as they were, when it is not that.
    bool setListen(const QString &hostAndPort)
    {
        const qsizetype colon = hostAndPort.lastIndexOf(QLatin1Char(':'));
        QString host = hostAndPort.left(colon);
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        bool portOk = false;
        const uint p = hostAndPort.mid(colon + 1).toUInt(&portOk);
        QHostAddress a;
        if (colon <= 0 || !portOk || p > 65535 || !a.setAddress(host))
            return false;
        address = a;
        port = quint16(p);
        return true;
    }
};

} // namespace kurir::live
