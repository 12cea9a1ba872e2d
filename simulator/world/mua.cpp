#include "mua.h"

#include "message/composer.h"
#include "mta.h"
#include "network.h"
#include "smtpexchange.h"
#include "world.h"

namespace kurir::world {

using engine::EventKind;
using engine::Stage;
using engine::TraceEvent;

Mua::Mua(World &world, const scenario::Host &host)
    : m_world(world), m_host(host), m_actor(world.actorIndex(host.id))
{
}

void Mua::send(int messageIndex)
{
    const scenario::Message &m = m_world.scenario().messages[messageIndex];
    m_world.scheduler().at(m.atMs, [this, messageIndex] { compose(messageIndex); });
}

namespace {

QString displayName(const scenario::Scenario &s, const QByteArray &address)
{
    const QByteArray domain = address.mid(address.lastIndexOf('@') + 1);
    if (const scenario::Domain *d = s.domain(domain))
        if (const scenario::User *u = d->user(address))
            return u->name;
    return {};
}

} // namespace

void Mua::compose(int messageIndex)
{
    const scenario::Scenario &s = m_world.scenario();
    const scenario::Message &m = s.messages[messageIndex];
    mail::Composition c;
    c.fromName = displayName(s, m.from);
    c.from = m.from;
    c.to = m.to;
    c.cc = m.cc;
    c.bcc = m.bcc;
    c.subject = m.subject;
    c.body = m.body;
    for (const scenario::Attachment &a : m.attachments)
        c.attachments.append({a.name, a.type, a.bytes()});
    c.date = m_world.wallClock();
    const QByteArray domain = m.from.mid(m.from.lastIndexOf('@') + 1);
    c.messageId = '<' + QByteArray::number(s.seed) + '.' + QByteArray::number(messageIndex + 1) +
                  ".kurir@" + domain + '>';
    c.boundarySeed = s.id + '/' + QByteArray::number(messageIndex);
    const mail::ComposeResult composed = mail::composeMessage(c);

    QByteArrayList envelopeTo = m.to + m.cc + m.bcc;
    const qint32 ref = m_world.keepMessage(composed.message, m.from, envelopeTo);
    TraceEvent e;
    e.stage = Stage::Compose;
    e.kind = EventKind::Compose;
    e.from = qint16(m_actor);
    e.to = qint16(m_actor);
    e.message = ref;
    e.key = !m.attachments.isEmpty() ? "mua.compose-attachments"
            : !m.bcc.isEmpty()        ? "mua.compose-bcc"
                                      : "mua.compose";
    e.args = {(m.to + m.cc).join(", "), m.subject.toUtf8(), QByteArray::number(m.attachments.size()),
              QByteArray::number(composed.message.size()), m.bcc.join(", ")};
    e.text = "From: " + m.from + "\nTo: " + m.to.join(", ") +
             (m.cc.isEmpty() ? QByteArray() : "\nCc: " + m.cc.join(", ")) +
             (m.bcc.isEmpty() ? QByteArray() : "\nBcc: " + m.bcc.join(", ")) +
             "\nSubject: " + m.subject.toUtf8();
    m_world.record(std::move(e));
    if (!composed.ok()) {
        TraceEvent err;
        err.stage = Stage::Compose;
        err.kind = EventKind::Note;
        err.from = err.to = qint16(m_actor);
        err.key = "mua.compose-refused";
        err.text = "message refused by the mail client: a header contains a line break";
        m_world.record(std::move(err));
        for (const QByteArray &r : envelopeTo)
            m_world.noteSubmissionFailed(r);
        return;
    }
    // A person takes a moment to press "Send".
    m_world.scheduler().after(500, [this, messageIndex, content = composed.message, ref] {
        submit(messageIndex, content, ref);
    });
}

void Mua::submit(int messageIndex, const QByteArray &content, qint32 messageRef)
{
    const scenario::Message &m = m_world.scenario().messages[messageIndex];
    const QByteArray serverId = m_host.submitTo;
    const scenario::Host *server = m_world.host(serverId);
    Mta *mta = m_world.mta(serverId);
    QByteArrayList envelopeTo = m.to + m.cc + m.bcc;
    if (!server || !mta)
        return;

    QByteArray password = m_host.password;
    for (const scenario::Fault &f : m_world.scenario().faults)
        if (f.type == scenario::Fault::Type::WrongPassword && (f.host.isEmpty() || f.host == m_host.id))
            password = f.reply.isEmpty() ? password + "-typo" : f.reply;

    const int port = server->port;
    m_world.network().connect(m_host.id, serverId, port,
        [this, mta, m, content, messageRef, password, envelopeTo, port](std::shared_ptr<Connection> conn) {
            smtp::ClientConfig config;
            config.heloName = m_host.name;
            config.startTls = m_host.useTls;
            config.requireTls = m_host.requireTls;
            config.user = m_host.login;
            config.password = password;
            smtp::OutgoingMessage out{m.from, envelopeTo, content};
            auto exchange = std::make_shared<SmtpExchange>(
                m_world, conn, Hop::Submission, mta->policyFor(m_host.id, port, messageRef), config, out,
                [this](const smtp::ClientSession &client) {
                    QByteArrayList failed;
                    for (const smtp::RecipientResult &r : client.results())
                        if (r.status != smtp::RecipientResult::Status::Accepted) {
                            failed << r.address;
                            m_world.noteSubmissionFailed(r.address);
                        }
                    if (failed.isEmpty())
                        return;
                    // The server never took the message: no bounce, the MUA itself shows
                    // the error to Alice (her message stays in her Outbox).
                    TraceEvent e;
                    e.stage = Stage::Send;
                    e.kind = EventKind::Note;
                    e.from = e.to = qint16(m_actor);
                    const smtp::RecipientResult &first = client.results().front();
                    e.key = "mua.submit-failed";
                    e.args = {failed.join(", "),
                              first.reply ? QByteArray::number(first.reply->code) : QByteArray(),
                              first.reasonKey};
                    e.text = "not sent: " + failed.join(", ");
                    m_world.record(std::move(e));
                });
            exchange->setMessageRef(messageRef);
            exchange->start();
        },
        [this, serverId, envelopeTo] {
            TraceEvent e;
            e.stage = Stage::Connect;
            e.kind = EventKind::TcpFail;
            e.from = qint16(m_actor);
            e.to = qint16(m_world.actorIndex(serverId));
            e.text = "connect to " + m_world.host(serverId)->name + " timed out";
            e.key = "submit.tcp-fail";
            e.args = {m_world.host(serverId)->name, QByteArray::number(Network::kConnectTimeoutMs / 1000)};
            m_world.record(std::move(e));
            for (const QByteArray &r : envelopeTo)
                m_world.noteSubmissionFailed(r);
        });
}

} // namespace kurir::world
