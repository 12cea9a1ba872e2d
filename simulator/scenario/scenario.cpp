#include "scenario.h"

namespace kurir::scenario {

namespace {
constexpr std::pair<Role, const char *> kRoles[] = {
    {Role::Mua, "mua"}, {Role::Submission, "submission"}, {Role::Relay, "relay"},
    {Role::Mx, "mx"},   {Role::Dns, "dns"},               {Role::Mailbox, "mailbox"},
};
} // namespace

const char *roleName(Role role)
{
    for (const auto &[r, name] : kRoles)
        if (r == role)
            return name;
    return "?";
}

std::optional<Role> roleFromName(QByteArrayView name)
{
    for (const auto &[r, n] : kRoles)
        if (name == n)
            return r;
    return std::nullopt;
}

QByteArray Attachment::bytes() const
{
    if (!content.isEmpty() || size <= 0)
        return content;
    QByteArray out(size, Qt::Uninitialized);
    char *p = out.data();
    for (qint64 k = 0; k < size; ++k)
        p[k] = char((k * 31 + 7) & 0xff);
    return out;
}

const User *Domain::user(QByteArrayView address) const
{
    for (const User &u : users)
        if (u.address.compare(address, Qt::CaseInsensitive) == 0)
            return &u;
    return nullptr;
}

const Host *Scenario::host(QByteArrayView id) const
{
    for (const Host &h : hosts)
        if (h.id == id)
            return &h;
    return nullptr;
}

const Host *Scenario::hostByName(QByteArrayView name) const
{
    for (const Host &h : hosts)
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return &h;
    return nullptr;
}

const Domain *Scenario::domain(QByteArrayView name) const
{
    for (const Domain &d : domains)
        if (d.name.compare(name, Qt::CaseInsensitive) == 0)
            return &d;
    return nullptr;
}

int Scenario::latency(QByteArrayView a, QByteArrayView b) const
{
    for (const Link &l : links)
        if ((l.from == a && l.to == b) || (l.from == b && l.to == a))
            return l.latencyMs;
    return defaultLatencyMs;
}

const QByteArrayList &overridableCommands()
{
    static const QByteArrayList commands = {"HELO", "EHLO", "MAIL", "RCPT", "DATA", ".", "AUTH",
                                            "STARTTLS", "RSET", "NOOP", "VRFY", "EXPN", "HELP", "QUIT"};
    return commands;
}

} // namespace kurir::scenario
