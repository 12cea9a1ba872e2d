#include "trace.h"

namespace kurir::engine {

const char *stageName(Stage stage)
{
    switch (stage) {
    case Stage::Compose: return "compose";
    case Stage::Connect: return "connect";
    case Stage::Authenticate: return "authenticate";
    case Stage::Send: return "send";
    case Stage::Deliver: return "deliver";
    }
    return "?";
}

const char *eventKindName(EventKind kind)
{
    switch (kind) {
    case EventKind::TcpConnect: return "tcp-connect";
    case EventKind::TcpFail: return "tcp-fail";
    case EventKind::TcpClose: return "tcp-close";
    case EventKind::SmtpCommand: return "smtp-command";
    case EventKind::SmtpReply: return "smtp-reply";
    case EventKind::SmtpData: return "smtp-data";
    case EventKind::Tls: return "tls";
    case EventKind::DnsQuery: return "dns-query";
    case EventKind::DnsAnswer: return "dns-answer";
    case EventKind::Queue: return "queue";
    case EventKind::Store: return "store";
    case EventKind::Bounce: return "bounce";
    case EventKind::Compose: return "compose";
    case EventKind::Note: return "note";
    }
    return "?";
}

QString TraceActor::label(const QString &lang) const
{
    const QString &text = lang == QLatin1String("id") ? labelId : labelEn;
    return text.isEmpty() ? QString::fromUtf8(host) : text;
}

qsizetype Trace::actorIndex(QByteArrayView id) const
{
    for (size_t i = 0; i < actors.size(); ++i)
        if (actors[i].id == id)
            return qsizetype(i);
    return -1;
}

QByteArray Trace::actorId(int index) const
{
    return index >= 0 && size_t(index) < actors.size() ? actors[size_t(index)].id : QByteArray();
}

} // namespace kurir::engine
