#include "scenarioreader.h"

#include <QHash>

#include "defaultworld.h"
#include "protocol/address.h"

namespace kurir::scenario::detail {

// What JSON alone cannot say: references that lead nowhere, a world that cannot run.
void Reader::check(const JsonValue &root, const Scenario &s)
{
    // The file's entry for a host id, if the file describes that host.
    auto hostEntry = [&](const QByteArray &id) -> std::pair<const JsonValue *, QString> {
        if (const JsonValue *hosts = root.member(u"hosts"); hosts && hosts->type() == Type::Array)
            for (size_t i = 0; i < hosts->items().size(); ++i)
                if (const JsonValue *v = hosts->items()[i].member(u"id"); v && v->type() == Type::String && v->toString().toUtf8() == id)
                    return {&hosts->items()[i], QStringLiteral("hosts[%1]").arg(i)};
        return {nullptr, QString()};
    };
    auto hostPos = [&](const QByteArray &id) {
        const auto [entry, path] = hostEntry(id);
        return std::pair{entry ? entry->pos() : root.pos(), path};
    };
    // Where a host's field is written in the file (its value), else the host, else the file.
    auto fieldPos = [&](const QByteArray &id, const char *field) {
        const auto [entry, path] = hostEntry(id);
        if (!entry)
            return std::pair{root.pos(), QString()};
        return std::pair{valuePos(*entry, field), path + u'.' + QLatin1String(field)};
    };
    auto isMailServer = [](const Host *h) {
        return h && (h->role == Role::Submission || h->role == Role::Relay || h->role == Role::Mx);
    };
    QSet<QByteArray> addressesSeen;
    QHash<QByteArray, QByteArray> namesSeen; // host name -> the id that has it
    for (const Host &h : s.hosts) {
        const auto [pos, path] = hostPos(h.id);
        // A reference must name a host, and one that can play the part: a client submits to
        // and relays through mail servers, and stores mail in a mailbox.
        auto ref = [&](const QByteArray &target, const char *field, bool fits, const QString &notFitting) {
            if (target.isEmpty())
                return;
            const auto [at, atPath] = fieldPos(h.id, field);
            if (!s.host(target))
                error(at, atPath,
                      ScenarioLoader::tr("host \"%1\" refers to \"%2\", which is not a host of this scenario").arg(QString::fromUtf8(h.id), QString::fromUtf8(target)));
            else if (!fits)
                error(at, atPath, notFitting.arg(QString::fromUtf8(target)));
        };
        const QString notServer = ScenarioLoader::tr("\"%1\" is not a mail server (role submission, relay or mx) of this scenario");
        ref(h.smarthost, "smarthost", isMailServer(s.host(h.smarthost)), notServer);
        ref(h.submitTo, "submit-to", isMailServer(s.host(h.submitTo)), notServer);
        ref(h.mailbox, "mailbox", s.host(h.mailbox) && s.host(h.mailbox)->role == Role::Mailbox,
            ScenarioLoader::tr("\"%1\" is not a mailbox (role mailbox) of this scenario"));
        if (isMailServer(&h) && h.port == 0) {
            const auto [at, atPath] = fieldPos(h.id, "port");
            error(at, atPath, ScenarioLoader::tr("mail server \"%1\" needs a port from 1 to 65535").arg(QString::fromUtf8(h.id)));
        }
        if (h.role == Role::Mua && h.submitTo.isEmpty())
            error(pos, path, ScenarioLoader::tr("mail client \"%1\" needs \"submit-to\": the server it sends through").arg(QString::fromUtf8(h.id)));
        if (h.name.isEmpty())
            error(pos, path, ScenarioLoader::tr("host \"%1\" needs a \"name\"").arg(QString::fromUtf8(h.id)));
        else if (namesSeen.contains(h.name))
            error(pos, path.isEmpty() ? path : path + QStringLiteral(".name"),
                  ScenarioLoader::tr("hosts \"%1\" and \"%2\" have the same name %3: DNS could find only one of them")
                      .arg(QString::fromUtf8(namesSeen.value(h.name)), QString::fromUtf8(h.id), QString::fromUtf8(h.name)));
        namesSeen.insert(h.name, h.id);
        if (h.address.isEmpty())
            error(pos, path, ScenarioLoader::tr("host \"%1\" needs an \"address\"").arg(QString::fromUtf8(h.id)));
        else if (addressesSeen.contains(h.address))
            error(pos, path, ScenarioLoader::tr("two hosts have the address %1").arg(QString::fromUtf8(h.address)));
        addressesSeen.insert(h.address);
    }
    const Scenario defaults = defaultWorld();
    for (const Domain &d : s.domains) {
        for (qsizetype j = 0; j < d.mx.size(); ++j) {
            const MxRecord &mx = d.mx[j];
            if (mx.host.isEmpty() || mx.host == "." || s.hostByName(mx.host))
                continue;
            const QString message = ScenarioLoader::tr("the MX record of %1 points to %2, but no host has that name")
                                        .arg(QString::fromUtf8(d.name), QString::fromUtf8(mx.host));
            const auto written = std::find_if(m_mxRefs.cbegin(), m_mxRefs.cend(), [&](const MxRef &r) {
                return r.domain == d.name && r.index == j;
            });
            if (written != m_mxRefs.cend()) {
                error(written->pos, written->path, message);
                continue;
            }
            // A record of the default world: the file renamed the host it points to.
            const Host *renamed = defaults.hostByName(mx.host);
            if (renamed && s.host(renamed->id)) {
                const auto [at, atPath] = fieldPos(renamed->id, "name");
                error(at, atPath, message);
            } else {
                error(root.pos(), QStringLiteral("domains"), message);
            }
        }
    }
    if (s.messages.isEmpty() && s.bulk.messages == 0)
        error(root.pos(), QStringLiteral("messages"), ScenarioLoader::tr("the scenario sends no message"));
    if (s.bulk.messages > 0 && (!s.host(s.bulk.fromHost) || s.host(s.bulk.fromHost)->role == Role::Mua))
        error(root.pos(), QStringLiteral("bulk.from-host"),
              ScenarioLoader::tr("\"%1\" is not a mail server of this scenario").arg(QString::fromUtf8(s.bulk.fromHost)));
    const JsonValue *messages = root.member(u"messages");
    for (qsizetype i = 0; i < s.messages.size(); ++i) {
        const Message &m = s.messages[i];
        const JsonPos pos = messages && size_t(i) < messages->items().size() ? messages->items()[size_t(i)].pos() : root.pos();
        const QString at = QStringLiteral("messages[%1]").arg(i);
        if (m.to.isEmpty() && m.cc.isEmpty() && m.bcc.isEmpty())
            error(pos, at, ScenarioLoader::tr("a message needs at least one recipient in \"to\", \"cc\" or \"bcc\""));
        if (!m.mua.isEmpty() && (!s.host(m.mua) || s.host(m.mua)->role != Role::Mua))
            error(pos, at + QStringLiteral(".mua"), ScenarioLoader::tr("\"%1\" is not a mail client (role mua) of this scenario").arg(QString::fromUtf8(m.mua)));
    }
    bool hasMua = false;
    for (const Host &h : s.hosts)
        hasMua = hasMua || h.role == Role::Mua;
    if (!hasMua && !s.messages.isEmpty())
        error(root.pos(), QStringLiteral("hosts"), ScenarioLoader::tr("no mail client (role mua) can send the messages"));
    const JsonValue *faults = root.member(u"faults");
    for (qsizetype i = 0; i < s.faults.size(); ++i) {
        if (m_badFaults.contains(i) || !faults || size_t(i) >= faults->items().size())
            continue;
        const Fault &f = s.faults[i];
        const JsonValue &v = faults->items()[size_t(i)];
        auto at = [&](const char *field) { return QStringLiteral("faults[%1].%2").arg(i).arg(QLatin1String(field)); };
        switch (f.type) {
        case Fault::Type::HostDown:
        case Fault::Type::ReplyOverride:
        case Fault::Type::Greylist:
            if (!s.host(f.host))
                error(valuePos(v, "host"), at("host"),
                      ScenarioLoader::tr("\"%1\" is not a host of this scenario").arg(QString::fromUtf8(f.host)));
            break;
        case Fault::Type::WrongPassword:
            if (!s.host(f.host) || s.host(f.host)->role != Role::Mua)
                error(valuePos(v, "host"), at("host"),
                      ScenarioLoader::tr("\"%1\" is not a mail client (role mua) of this scenario").arg(QString::fromUtf8(f.host)));
            break;
        case Fault::Type::MailboxFull: {
            // Only a mailbox that exists can be full: for anyone else the server says
            // 550 5.1.1 first, and the lesson would never show a full mailbox.
            const Domain *d = s.domain(f.address.mid(f.address.lastIndexOf('@') + 1).toLower());
            if (!d || !d->user(f.address))
                error(valuePos(v, "address"), at("address"),
                      ScenarioLoader::tr("%1 is not a user of any domain in this scenario").arg(QString::fromUtf8(f.address)));
            break;
        }
        case Fault::Type::DnsMissing:
            // An A record may be missing for a domain or for a host name (mx.yahoo.example).
            if (!s.domain(f.domain) && !(f.record == "A" && s.hostByName(f.domain)))
                error(valuePos(v, "domain"), at("domain"),
                      f.record == "A" ? ScenarioLoader::tr("\"%1\" is not a domain or host name of this scenario").arg(QString::fromUtf8(f.domain))
                                      : ScenarioLoader::tr("\"%1\" is not a domain of this scenario").arg(QString::fromUtf8(f.domain)));
            break;
        }
    }
}

} // namespace kurir::scenario::detail
