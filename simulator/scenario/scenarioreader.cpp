#include "scenarioreader.h"

#include <algorithm>

#include <QHash>

#include "protocol/address.h"

namespace kurir::scenario::detail {

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[size_t(j)];
            row[size_t(j)] = std::min({up + 1, row[size_t(j - 1)] + 1,
                                       diagonal + (a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1)});
            diagonal = up;
        }
    }
    return row.back();
}

QString typeText(Type t)
{
    switch (t) {
    case Type::Null: return ScenarioLoader::tr("null");
    case Type::Bool: return ScenarioLoader::tr("true or false");
    case Type::Number: return ScenarioLoader::tr("a number");
    case Type::String: return ScenarioLoader::tr("text in quotes");
    case Type::Array: return ScenarioLoader::tr("a list [ ... ]");
    case Type::Object: return ScenarioLoader::tr("an object { ... }");
    }
    return {};
}

/// Dotted-decimal IPv4 ("203.0.113.5"): four numbers 0-255 without leading zeros, which
/// some tools read as octal (RFC 6943 §3.1.1).
bool isIpv4(QByteArrayView text)
{
    int parts = 0;
    qsizetype i = 0;
    while (i <= text.size()) {
        const qsizetype start = i;
        int value = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9' && i - start < 3)
            value = value * 10 + (text[i++] - '0');
        const qsizetype digits = i - start;
        if (digits == 0 || value > 255 || (digits > 1 && text[start] == '0'))
            return false;
        ++parts;
        if (i == text.size())
            break;
        if (text[i] != '.' || parts == 4)
            return false;
        ++i;
    }
    return parts == 4;
}

void Reader::readDomain(const JsonValue &v, const QString &path, Domain &d)
{
    onlyFields(v, path, {QStringLiteral("name"), QStringLiteral("mx"), QStringLiteral("a"), QStringLiteral("exists"),
                         QStringLiteral("spf"), QStringLiteral("users")});
    if (auto name = text(v, "name", path)) {
        if (!smtp::isValidDomain(name->toUtf8()))
            error(v.member(u"name")->pos(), join(path, "name"), ScenarioLoader::tr("\"%1\" is not a domain name").arg(*name));
        d.name = name->toUtf8().toLower();
    }
    if (const JsonValue *mx = v.member(u"mx"); mx && is(*mx, Type::Array, join(path, "mx"))) {
        d.mx.clear();
        for (size_t i = 0; i < mx->items().size(); ++i) {
            const JsonValue &r = mx->items()[i];
            const QString at = QStringLiteral("%1.mx[%2]").arg(path).arg(i);
            if (!is(r, Type::Object, at))
                continue;
            onlyFields(r, at, {QStringLiteral("preference"), QStringLiteral("host")});
            MxRecord rec;
            rec.preference = int(integer(r, "preference", at, 0, 65535).value_or(10));
            if (auto host = text(r, "host", at)) {
                rec.host = host->toUtf8().toLower();
                m_mxRefs.append({d.name, d.mx.size(), r.member(u"host")->pos(), at + QStringLiteral(".host")});
            }
            else if (!r.member(u"host"))
                error(r.pos(), at, ScenarioLoader::tr("an MX record needs a \"host\""));
            d.mx << rec;
        }
    }
    if (auto a = texts(v, "a", path)) {
        d.addresses.clear();
        const JsonValue *list = v.member(u"a");
        for (qsizetype i = 0; i < a->size(); ++i) {
            const QByteArray ip = a->at(i).toUtf8();
            if (!isIpv4(ip))
                error(list->type() == Type::Array ? list->items()[size_t(i)].pos() : list->pos(),
                      QStringLiteral("%1.a[%2]").arg(path).arg(i),
                      ScenarioLoader::tr("\"%1\" is not an IPv4 address such as 203.0.113.5").arg(a->at(i)));
            d.addresses << ip;
        }
    }
    if (auto e = boolean(v, "exists", path))
        d.exists = *e;
    if (auto spf = texts(v, "spf", path)) {
        d.spf.clear();
        for (const QString &h : *spf)
            d.spf << h.toUtf8();
    }
    if (const JsonValue *users = v.member(u"users"); users && is(*users, Type::Array, join(path, "users"))) {
        d.users.clear();
        for (size_t i = 0; i < users->items().size(); ++i) {
            const JsonValue &u = users->items()[i];
            const QString at = QStringLiteral("%1.users[%2]").arg(path).arg(i);
            if (!is(u, Type::Object, at))
                continue;
            onlyFields(u, at, {QStringLiteral("address"), QStringLiteral("name"), QStringLiteral("password"),
                               QStringLiteral("quota"), QStringLiteral("full")});
            User user;
            address(u, "address", at, &user.address);
            if (!u.member(u"address"))
                error(u.pos(), at, ScenarioLoader::tr("a user needs an \"address\""));
            user.name = text(u, "name", at).value_or(QString());
            user.password = text(u, "password", at).value_or(QString()).toUtf8();
            user.quota = integer(u, "quota", at, 0, qint64(1) << 40).value_or(0);
            user.full = boolean(u, "full", at).value_or(false);
            d.users << user;
        }
    }
}

void Reader::readHost(const JsonValue &v, const QString &path, Host &h)
{
    onlyFields(v, path, {QStringLiteral("id"), QStringLiteral("role"), QStringLiteral("name"), QStringLiteral("address"),
                         QStringLiteral("label"), QStringLiteral("domains"), QStringLiteral("banner"), QStringLiteral("port"),
                         QStringLiteral("extensions"), QStringLiteral("limits"), QStringLiteral("smarthost"),
                         QStringLiteral("mailbox"), QStringLiteral("submit-to"), QStringLiteral("login"),
                         QStringLiteral("password"), QStringLiteral("tls"), QStringLiteral("require-tls"),
                         QStringLiteral("spf-check"), QStringLiteral("relay-from"), QStringLiteral("retry-ms"),
                         QStringLiteral("processing-ms")});
    if (auto role = text(v, "role", path)) {
        if (auto r = roleFromName(role->toUtf8()))
            h.role = *r;
        else
            error(v.member(u"role")->pos(), join(path, "role"),
                  ScenarioLoader::tr("unknown role \"%1\"; use mua, submission, relay, mx, dns or mailbox").arg(*role));
    }
    if (auto name = text(v, "name", path)) {
        if (!smtp::isValidDomain(name->toUtf8()))
            error(v.member(u"name")->pos(), join(path, "name"), ScenarioLoader::tr("\"%1\" is not a host name").arg(*name));
        h.name = name->toUtf8().toLower();
    }
    if (auto a = text(v, "address", path)) {
        h.address = a->toUtf8();
        if (!isIpv4(h.address))
            error(v.member(u"address")->pos(), join(path, "address"),
                  ScenarioLoader::tr("\"%1\" is not an IPv4 address such as 203.0.113.5").arg(*a));
    }
    if (auto l = localized(v, "label", path))
        h.label = *l;
    if (auto d = texts(v, "domains", path)) {
        h.domains.clear();
        for (const QString &x : *d)
            h.domains << x.toUtf8().toLower();
    }
    if (auto b = text(v, "banner", path))
        h.banner = b->toUtf8();
    // 0: the host listens on no port (a mail client, a mailbox); mail servers need one, which
    // check() says once the role is known.
    if (auto p = integer(v, "port", path, 0, 65535))
        h.port = int(*p);
    if (const JsonValue *e = v.member(u"extensions"); e && is(*e, Type::Object, join(path, "extensions"))) {
        const QString at = join(path, "extensions");
        onlyFields(*e, at, {QStringLiteral("pipelining"), QStringLiteral("size"), QStringLiteral("8bitmime"),
                            QStringLiteral("enhanced-status-codes"), QStringLiteral("starttls"), QStringLiteral("auth"),
                            QStringLiteral("smtputf8")});
        h.extensions.pipelining = boolean(*e, "pipelining", at).value_or(h.extensions.pipelining);
        h.extensions.size = boolean(*e, "size", at).value_or(h.extensions.size);
        h.extensions.eightBitMime = boolean(*e, "8bitmime", at).value_or(h.extensions.eightBitMime);
        h.extensions.enhancedStatusCodes = boolean(*e, "enhanced-status-codes", at).value_or(h.extensions.enhancedStatusCodes);
        h.extensions.startTls = boolean(*e, "starttls", at).value_or(h.extensions.startTls);
        h.extensions.auth = boolean(*e, "auth", at).value_or(h.extensions.auth);
        h.extensions.smtpUtf8 = boolean(*e, "smtputf8", at).value_or(h.extensions.smtpUtf8);
    }
    if (const JsonValue *l = v.member(u"limits"); l && is(*l, Type::Object, join(path, "limits"))) {
        const QString at = join(path, "limits");
        onlyFields(*l, at, {QStringLiteral("max-message-size"), QStringLiteral("max-recipients"), QStringLiteral("max-errors")});
        h.limits.maxMessageSize = integer(*l, "max-message-size", at, 0, qint64(1) << 40).value_or(h.limits.maxMessageSize);
        h.limits.maxRecipients = int(integer(*l, "max-recipients", at, 1, 100000).value_or(h.limits.maxRecipients));
        h.limits.maxErrors = int(integer(*l, "max-errors", at, 1, 1000).value_or(h.limits.maxErrors));
    }
    if (auto x = text(v, "smarthost", path))
        h.smarthost = x->toUtf8();
    if (auto x = text(v, "mailbox", path))
        h.mailbox = x->toUtf8();
    if (auto x = text(v, "submit-to", path))
        h.submitTo = x->toUtf8();
    if (auto x = text(v, "login", path))
        h.login = x->toUtf8();
    if (auto x = text(v, "password", path))
        h.password = x->toUtf8();
    h.useTls = boolean(v, "tls", path).value_or(h.useTls);
    h.requireTls = boolean(v, "require-tls", path).value_or(h.requireTls);
    h.spfCheck = boolean(v, "spf-check", path).value_or(h.spfCheck);
    if (auto r = texts(v, "relay-from", path)) {
        h.relayFrom.clear();
        for (const QString &x : *r)
            h.relayFrom << x.toUtf8();
    }
    if (const JsonValue *r = v.member(u"retry-ms"); r && is(*r, Type::Array, join(path, "retry-ms"))) {
        h.retryMs.clear();
        for (size_t i = 0; i < r->items().size(); ++i) {
            const JsonValue &item = r->items()[i];
            const QString at = QStringLiteral("%1.retry-ms[%2]").arg(path).arg(i);
            if (is(item, Type::Number, at) && item.isInteger() && item.toInteger() > 0 && item.toInteger() <= 7LL * 24 * 3600 * 1000)
                h.retryMs << int(item.toInteger());
            else if (item.type() == Type::Number)
                error(item.pos(), at, ScenarioLoader::tr("expected a whole number from %1 to %2").arg(1).arg(7LL * 24 * 3600 * 1000));
        }
    }
    h.processingMs = int(integer(v, "processing-ms", path, 0, 60000).value_or(h.processingMs));
}

void Reader::readMessage(const JsonValue &v, const QString &path, Message &m)
{
    onlyFields(v, path, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("cc"), QStringLiteral("bcc"),
                         QStringLiteral("subject"), QStringLiteral("body"), QStringLiteral("attachments"),
                         QStringLiteral("at-ms"), QStringLiteral("mua")});
    address(v, "from", path, &m.from);
    addresses(v, "to", path, &m.to);
    addresses(v, "cc", path, &m.cc);
    addresses(v, "bcc", path, &m.bcc);
    if (auto s = text(v, "subject", path))
        m.subject = *s;
    if (auto b = text(v, "body", path))
        m.body = *b;
    m.atMs = integer(v, "at-ms", path, 0, 7LL * 24 * 3600 * 1000).value_or(m.atMs);
    if (auto x = text(v, "mua", path))
        m.mua = x->toUtf8();
    if (const JsonValue *a = v.member(u"attachments"); a && is(*a, Type::Array, join(path, "attachments"))) {
        m.attachments.clear();
        for (size_t i = 0; i < a->items().size(); ++i) {
            const JsonValue &item = a->items()[i];
            const QString at = QStringLiteral("%1.attachments[%2]").arg(path).arg(i);
            if (!is(item, Type::Object, at))
                continue;
            onlyFields(item, at, {QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("size"), QStringLiteral("content")});
            Attachment att;
            att.name = text(item, "name", at).value_or(QStringLiteral("attachment.bin"));
            att.type = text(item, "type", at).value_or(QStringLiteral("application/octet-stream")).toUtf8();
            if (auto c = text(item, "content", at)) {
                att.content = c->toUtf8();
            } else {
                // Content of the given size is made when the message is composed (Attachment::
                // bytes()), so listing the library never allocates a large attachment.
                att.size = integer(item, "size", at, 0, 50LL * 1024 * 1024).value_or(1024);
            }
            m.attachments << att;
        }
    }
}

bool Reader::readFault(const JsonValue &v, const QString &path, Fault &f)
{
    const auto type = text(v, "type", path);
    if (!type) {
        if (!v.member(u"type"))
            error(v.pos(), path, ScenarioLoader::tr("a fault needs a \"type\""));
        return false;
    }
    const qsizetype before = errors.size();
    // A field the fault cannot do without: said once, here, instead of a confusing
    // follow-on such as `"" is not a host`.
    auto required = [&](const char *key) {
        if (v.member(QString::fromLatin1(key)))
            return;
        error(v.pos(), path, ScenarioLoader::tr("a \"%1\" fault needs a \"%2\"").arg(*type, QLatin1String(key)));
    };
    const std::pair<const char *, Fault::Type> kinds[] = {
        {"host-down", Fault::Type::HostDown},       {"reply-override", Fault::Type::ReplyOverride},
        {"greylist", Fault::Type::Greylist},         {"mailbox-full", Fault::Type::MailboxFull},
        {"wrong-password", Fault::Type::WrongPassword}, {"dns-missing", Fault::Type::DnsMissing},
    };
    bool known = false;
    for (const auto &[name, t] : kinds)
        if (*type == QLatin1String(name)) {
            f.type = t;
            known = true;
        }
    if (!known) {
        error(v.member(u"type")->pos(), join(path, "type"),
              ScenarioLoader::tr("unknown fault \"%1\"; use host-down, reply-override, greylist, mailbox-full, "
                                 "wrong-password or dns-missing").arg(*type));
        return false;
    }
    switch (f.type) {
    case Fault::Type::HostDown:
        onlyFields(v, path, {QStringLiteral("type"), QStringLiteral("host"), QStringLiteral("from-ms"), QStringLiteral("until-ms")});
        f.host = text(v, "host", path).value_or(QString()).toUtf8();
        f.fromMs = integer(v, "from-ms", path, 0, 7LL * 24 * 3600 * 1000).value_or(0);
        f.untilMs = integer(v, "until-ms", path, 0, 7LL * 24 * 3600 * 1000).value_or(-1);
        required("host");
        if (f.untilMs >= 0 && f.untilMs <= f.fromMs)
            error(v.member(u"until-ms")->pos(), join(path, "until-ms"),
                  ScenarioLoader::tr("\"until-ms\" (%1) is not after \"from-ms\" (%2): the host would never be down")
                      .arg(f.untilMs).arg(f.fromMs));
        break;
    case Fault::Type::ReplyOverride:
        onlyFields(v, path, {QStringLiteral("type"), QStringLiteral("host"), QStringLiteral("command"), QStringLiteral("reply"),
                             QStringLiteral("times"), QStringLiteral("skip")});
        f.host = text(v, "host", path).value_or(QString()).toUtf8();
        f.command = text(v, "command", path).value_or(QString()).toUtf8().toUpper();
        f.reply = text(v, "reply", path).value_or(QString()).toUtf8();
        f.times = int(integer(v, "times", path, 1, 1000).value_or(-1));
        f.skip = int(integer(v, "skip", path, 0, 100000).value_or(0));
        required("host");
        required("command");
        required("reply");
        if (const JsonValue *c = v.member(u"command"); c && c->type() == Type::String
            && !overridableCommands().contains(f.command)) {
            QStringList known;
            for (const QByteArray &k : overridableCommands())
                known << QString::fromLatin1(k);
            const QString best = nearest(QString::fromUtf8(f.command), known);
            error(c->pos(), join(path, "command"),
                  best.isEmpty() ? ScenarioLoader::tr("unknown command \"%1\"; use %2, or \".\" for the end of the data")
                                       .arg(c->toString(), known.join(QStringLiteral(", ")).remove(QStringLiteral(", .")))
                                 : ScenarioLoader::tr("unknown command \"%1\"; did you mean \"%2\"?").arg(c->toString(), best));
        }
        if (const JsonValue *r = v.member(u"reply"); r && r->type() == Type::String) {
            const auto parsed = smtp::parseReplyText(f.reply);
            if (!parsed || parsed->code < 400)
                error(r->pos(), join(path, "reply"),
                      ScenarioLoader::tr("\"%1\" is not a refusal: write a 4xx or 5xx reply such as \"451 4.7.1 Try again later\"")
                          .arg(r->toString()));
        }
        break;
    case Fault::Type::Greylist:
        onlyFields(v, path, {QStringLiteral("type"), QStringLiteral("host"), QStringLiteral("duration-ms")});
        f.host = text(v, "host", path).value_or(QString()).toUtf8();
        f.greylistMs = integer(v, "duration-ms", path, 0, 7LL * 24 * 3600 * 1000).value_or(f.greylistMs);
        required("host");
        break;
    case Fault::Type::MailboxFull:
        onlyFields(v, path, {QStringLiteral("type"), QStringLiteral("address"), QStringLiteral("permanent")});
        address(v, "address", path, &f.address);
        f.permanent = boolean(v, "permanent", path).value_or(true);
        required("address");
        break;
    case Fault::Type::WrongPassword:
        onlyFields(v, path, {QStringLiteral("type"), QStringLiteral("host"), QStringLiteral("password")});
        f.host = text(v, "host", path).value_or(QString()).toUtf8();
        f.reply = text(v, "password", path).value_or(QString()).toUtf8();
        required("host");
        break;
    case Fault::Type::DnsMissing:
        onlyFields(v, path, {QStringLiteral("type"), QStringLiteral("domain"), QStringLiteral("record")});
        f.domain = text(v, "domain", path).value_or(QString()).toUtf8().toLower();
        f.record = text(v, "record", path).value_or(QStringLiteral("ALL")).toUtf8().toUpper();
        if (f.record != "MX" && f.record != "A" && f.record != "ALL")
            error(v.member(u"record")->pos(), join(path, "record"), ScenarioLoader::tr("record must be MX, A or ALL"));
        required("domain");
        break;
    }
    return errors.size() == before;
}

template <typename T, typename Key>
qsizetype findBy(const QList<T> &list, const Key &key, QByteArray T::*field)
{
    for (qsizetype i = 0; i < list.size(); ++i)
        if (list[i].*field == key)
            return i;
    return -1;
}

void Reader::readScenario(const JsonValue &root, Scenario &s)
{
    onlyFields(root, {}, {QStringLiteral("kurir-scenario"), QStringLiteral("id"), QStringLiteral("title"),
                          QStringLiteral("description"), QStringLiteral("seed"), QStringLiteral("start"),
                          QStringLiteral("hop-limit"), QStringLiteral("world"), QStringLiteral("domains"),
                          QStringLiteral("hosts"), QStringLiteral("links"), QStringLiteral("messages"),
                          QStringLiteral("faults"), QStringLiteral("notes"), QStringLiteral("expect"),
                          QStringLiteral("bulk"), QStringLiteral("$schema")});
    const JsonValue *version = root.member(u"kurir-scenario");
    if (!version)
        error(root.pos(), QStringLiteral("kurir-scenario"), ScenarioLoader::tr("this is not a Kurir scenario: \"kurir-scenario\": 1 is missing"));
    else if (version->type() != Type::Number || !version->isInteger() || version->toInteger() != 1)
        error(version->pos(), QStringLiteral("kurir-scenario"), ScenarioLoader::tr("unsupported scenario version; this Kurir reads version 1"));

    if (auto world = text(root, "world", {})) {
        if (*world == QLatin1String("empty")) {
            s.domains.clear();
            s.hosts.clear();
            s.links.clear();
            s.messages.clear();
        } else if (*world != QLatin1String("default")) {
            error(root.member(u"world")->pos(), QStringLiteral("world"), ScenarioLoader::tr("world must be \"default\" or \"empty\""));
        }
    }
    // A file's own scenario is named and checked only as it says: the default world's
    // id, title and expectations belong to the built-in lesson.
    s.expect = {};
    s.id.clear();
    s.title = {};
    s.description = {};
    if (auto id = text(root, "id", {}))
        s.id = id->toUtf8();
    if (auto t = localized(root, "title", {}))
        s.title = *t;
    if (auto d = localized(root, "description", {}))
        s.description = *d;
    s.seed = quint32(integer(root, "seed", {}, 0, 0xffffffffLL).value_or(s.seed));
    s.hopLimit = int(integer(root, "hop-limit", {}, 1, 1000).value_or(s.hopLimit));
    if (auto start = text(root, "start", {})) {
        const QDateTime t = QDateTime::fromString(*start, Qt::ISODate);
        if (t.isValid())
            s.start = t;
        else
            error(root.member(u"start")->pos(), QStringLiteral("start"), ScenarioLoader::tr("\"%1\" is not a date and time like 2026-11-27T08:00:00+07:00").arg(*start));
    }

    QHash<QByteArray, JsonPos> seenDomains, seenHosts;
    if (const JsonValue *domains = root.member(u"domains"); domains && is(*domains, Type::Array, QStringLiteral("domains"))) {
        for (size_t i = 0; i < domains->items().size(); ++i) {
            const JsonValue &v = domains->items()[i];
            const QString at = QStringLiteral("domains[%1]").arg(i);
            if (!is(v, Type::Object, at))
                continue;
            const QByteArray name = text(v, "name", at).value_or(QString()).toUtf8().toLower();
            if (name.isEmpty()) {
                if (!v.member(u"name"))
                    error(v.pos(), at, ScenarioLoader::tr("a domain needs a \"name\""));
                continue;
            }
            // Naming a domain of the default world changes it; naming one twice in the same
            // file is a mistake (the second would silently win).
            if (const auto first = seenDomains.constFind(name); first != seenDomains.cend()) {
                error(v.member(u"name")->pos(), at + QStringLiteral(".name"),
                      ScenarioLoader::tr("the domain %1 is described twice in this file (first on line %2)")
                          .arg(QString::fromUtf8(name)).arg(first->line));
                continue;
            }
            seenDomains.insert(name, v.member(u"name")->pos());
            qsizetype index = findBy(s.domains, name, &Domain::name);
            if (index < 0) {
                s.domains.append(Domain{});
                index = s.domains.size() - 1;
            }
            readDomain(v, at, s.domains[index]);
        }
    }
    if (const JsonValue *hosts = root.member(u"hosts"); hosts && is(*hosts, Type::Array, QStringLiteral("hosts"))) {
        for (size_t i = 0; i < hosts->items().size(); ++i) {
            const JsonValue &v = hosts->items()[i];
            const QString at = QStringLiteral("hosts[%1]").arg(i);
            if (!is(v, Type::Object, at))
                continue;
            const QByteArray id = text(v, "id", at).value_or(QString()).toUtf8();
            if (id.isEmpty()) {
                if (!v.member(u"id"))
                    error(v.pos(), at, ScenarioLoader::tr("a host needs an \"id\""));
                continue;
            }
            if (const auto first = seenHosts.constFind(id); first != seenHosts.cend()) {
                error(v.member(u"id")->pos(), at + QStringLiteral(".id"),
                      ScenarioLoader::tr("the host id \"%1\" is used twice in this file (first on line %2)")
                          .arg(QString::fromUtf8(id)).arg(first->line));
                continue;
            }
            seenHosts.insert(id, v.member(u"id")->pos());
            qsizetype index = findBy(s.hosts, id, &Host::id);
            if (index < 0) {
                Host h;
                h.id = id;
                s.hosts.append(h);
                index = s.hosts.size() - 1;
            }
            readHost(v, at, s.hosts[index]);
        }
    }
    if (const JsonValue *links = root.member(u"links"); links && is(*links, Type::Array, QStringLiteral("links"))) {
        for (size_t i = 0; i < links->items().size(); ++i) {
            const JsonValue &v = links->items()[i];
            const QString at = QStringLiteral("links[%1]").arg(i);
            if (!is(v, Type::Object, at))
                continue;
            onlyFields(v, at, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("latency-ms")});
            Link l;
            l.from = text(v, "from", at).value_or(QString()).toUtf8();
            l.to = text(v, "to", at).value_or(QString()).toUtf8();
            l.latencyMs = int(integer(v, "latency-ms", at, 0, 60000).value_or(10));
            // The hosts are read already, so a link's ends are checked where they are written.
            if (!v.member(u"from") || !v.member(u"to")) {
                error(v.pos(), at, ScenarioLoader::tr("a link needs \"from\" and \"to\": the ids of two hosts"));
                continue;
            }
            bool ends = true;
            for (const char *end : {"from", "to"}) {
                const JsonValue *e = v.member(QString::fromLatin1(end));
                if (e->type() == Type::String && !s.host(e->toString().toUtf8())) {
                    error(e->pos(), join(at, end),
                          ScenarioLoader::tr("\"%1\" is not a host of this scenario").arg(e->toString()));
                    ends = false;
                }
            }
            if (!ends)
                continue;
            bool replaced = false;
            for (Link &existing : s.links)
                if ((existing.from == l.from && existing.to == l.to) || (existing.from == l.to && existing.to == l.from)) {
                    existing.latencyMs = l.latencyMs;
                    replaced = true;
                }
            if (!replaced)
                s.links << l;
        }
    }
    if (const JsonValue *messages = root.member(u"messages"); messages && is(*messages, Type::Array, QStringLiteral("messages"))) {
        // Messages replace the default world's message, but a message starts from its
        // fields (sender Alice, subject and text), so a teacher may write only "to".
        const Message base = s.messages.isEmpty() ? Message{} : s.messages.front();
        s.messages.clear();
        for (size_t i = 0; i < messages->items().size(); ++i) {
            const JsonValue &v = messages->items()[i];
            const QString at = QStringLiteral("messages[%1]").arg(i);
            if (!is(v, Type::Object, at))
                continue;
            Message m = base;
            readMessage(v, at, m);
            s.messages << m;
        }
    }
    if (const JsonValue *faults = root.member(u"faults"); faults && is(*faults, Type::Array, QStringLiteral("faults"))) {
        for (size_t i = 0; i < faults->items().size(); ++i) {
            const JsonValue &v = faults->items()[i];
            const QString at = QStringLiteral("faults[%1]").arg(i);
            if (!is(v, Type::Object, at))
                continue;
            Fault f;
            if (!readFault(v, at, f))
                m_badFaults.insert(s.faults.size());
            s.faults << f;
        }
    }
    if (const JsonValue *notes = root.member(u"notes"); notes && is(*notes, Type::Array, QStringLiteral("notes"))) {
        for (size_t i = 0; i < notes->items().size(); ++i) {
            const JsonValue &v = notes->items()[i];
            const QString at = QStringLiteral("notes[%1]").arg(i);
            if (!is(v, Type::Object, at))
                continue;
            onlyFields(v, at, {QStringLiteral("step"), QStringLiteral("text")});
            TeacherNote n;
            n.step = int(integer(v, "step", at, 1, 10000000).value_or(1));
            n.text = localized(v, "text", at).value_or(LocalizedText{});
            s.notes << n;
        }
    }
    if (const JsonValue *bulk = root.member(u"bulk"); bulk && is(*bulk, Type::Object, QStringLiteral("bulk"))) {
        const QString at = QStringLiteral("bulk");
        onlyFields(*bulk, at, {QStringLiteral("messages"), QStringLiteral("domains"), QStringLiteral("min-recipients"),
                               QStringLiteral("max-recipients"), QStringLiteral("body-bytes"), QStringLiteral("users-per-domain"),
                               QStringLiteral("sender"), QStringLiteral("from-host"), QStringLiteral("interval-ms")});
        Bulk &b = s.bulk;
        b.messages = int(integer(*bulk, "messages", at, 1, 1000000).value_or(1000));
        b.domains = int(integer(*bulk, "domains", at, 1, 10000).value_or(b.domains));
        b.minRecipients = int(integer(*bulk, "min-recipients", at, 1, 100).value_or(b.minRecipients));
        b.maxRecipients = int(integer(*bulk, "max-recipients", at, 1, 100).value_or(b.maxRecipients));
        b.bodyBytes = int(integer(*bulk, "body-bytes", at, 0, 10 * 1024 * 1024).value_or(b.bodyBytes));
        b.usersPerDomain = int(integer(*bulk, "users-per-domain", at, 1, 100000).value_or(b.usersPerDomain));
        address(*bulk, "sender", at, &b.sender);
        if (auto h = text(*bulk, "from-host", at))
            b.fromHost = h->toUtf8();
        b.intervalMs = int(integer(*bulk, "interval-ms", at, 0, 3600000).value_or(b.intervalMs));
        if (b.maxRecipients < b.minRecipients)
            error(bulk->pos(), at, ScenarioLoader::tr("\"max-recipients\" is smaller than \"min-recipients\""));
    }
    if (const JsonValue *expect = root.member(u"expect"); expect && is(*expect, Type::Object, QStringLiteral("expect"))) {
        onlyFields(*expect, QStringLiteral("expect"), {QStringLiteral("delivered"), QStringLiteral("bounced")});
        addresses(*expect, "delivered", QStringLiteral("expect"), &s.expect.delivered);
        addresses(*expect, "bounced", QStringLiteral("expect"), &s.expect.bounced);
        s.expect.checked = true;
    }
    check(root, s);
}

} // namespace kurir::scenario::detail
