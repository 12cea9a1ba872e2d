#include "whatif.h"

#include "world/world.h"

namespace kurir::gui {

using engine::EventKind;

namespace {

QByteArray verbOf(const engine::Trace &trace, const engine::TraceEvent &e)
{
    if (e.kind == EventKind::SmtpData)
        return ".";
    const QByteArray text = trace.eventText(e);
    const qsizetype space = text.indexOf(' ');
    return (space < 0 ? text : text.left(space)).trimmed().toUpper();
}

} // namespace

std::optional<WhatIfTarget> whatIfTarget(const engine::Trace &trace, int index)
{
    if (index < 0 || size_t(index) >= trace.events.size())
        return std::nullopt;
    const engine::TraceEvent &reply = trace.events[size_t(index)];
    if (reply.kind != EventKind::SmtpReply || reply.connection < 0)
        return std::nullopt;
    // Replies come in the order of the commands (RFC 5321 §4.1, also when pipelined, RFC
    // 2920 §3.1): on this connection the first reply is the greeting, reply n answers command
    // n-1 (the message content counts as the command "." it ends with).
    QList<int> commands;
    int replies = 0;
    for (int i = 0; i <= index; ++i) {
        const engine::TraceEvent &e = trace.events[size_t(i)];
        if (e.connection != reply.connection)
            continue;
        if (e.kind == EventKind::SmtpCommand || e.kind == EventKind::SmtpData)
            commands << i;
        else if (e.kind == EventKind::SmtpReply && i < index)
            ++replies;
    }
    if (replies == 0 || replies - 1 >= commands.size())
        return std::nullopt; // the greeting: no command to answer
    const engine::TraceEvent &command = trace.events[size_t(commands[replies - 1])];
    WhatIfTarget t;
    t.step = index;
    t.host = trace.actorId(reply.from);
    t.command = verbOf(trace, command);
    if (!scenario::overridableCommands().contains(t.command))
        return std::nullopt; // an AUTH continuation line: base64, no verb
    // The server counts the commands with this verb over all its sessions.
    for (int i = 0; i < commands[replies - 1]; ++i) {
        const engine::TraceEvent &e = trace.events[size_t(i)];
        if ((e.kind == EventKind::SmtpCommand || e.kind == EventKind::SmtpData) && e.to == reply.from
            && verbOf(trace, e) == t.command)
            ++t.skip;
    }
    const QByteArray text = trace.eventText(reply);
    t.original = text.left(text.indexOf('\n') < 0 ? text.size() : text.indexOf('\n'));
    return t;
}

scenario::Scenario withReply(scenario::Scenario world, const WhatIfTarget &target, const QByteArray &reply)
{
    scenario::Fault f;
    f.type = scenario::Fault::Type::ReplyOverride;
    f.host = target.host;
    f.command = target.command;
    f.reply = reply;
    f.times = 1;
    f.skip = target.skip;
    // First, so that it wins over a fault of the scenario for the same command.
    world.faults.prepend(f);
    return world;
}

RunOutcome runOutcome(scenario::Scenario scenario)
{
    world::World w(std::move(scenario));
    w.run();
    const world::Outcome o = w.outcome();
    RunOutcome out;
    out.delivered = o.delivered;
    out.bounced = o.bounced;
    out.notSubmitted = o.failedSubmissions;
    out.trace = std::make_shared<const engine::Trace>(w.takeTrace());
    out.endMs = out.trace->events.empty() ? 0 : out.trace->events.back().timeMs;
    return out;
}

QStringList whatIfSuggestions()
{
    return {QStringLiteral("550 5.1.1 User unknown"), QStringLiteral("451 4.7.1 Greylisted, please try again later"),
            QStringLiteral("452 4.2.2 Mailbox full"), QStringLiteral("552 5.3.4 Message too big"),
            QStringLiteral("554 5.7.1 Rejected as spam"), QStringLiteral("421 4.3.2 Service shutting down")};
}

} // namespace kurir::gui
