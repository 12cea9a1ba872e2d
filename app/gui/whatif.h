#pragma once

#include <memory>
#include <optional>

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

#include "engine/trace.h"
#include "scenario/scenario.h"

namespace kurir::gui {

/// The server reply a teacher wants to change ("what if Yahoo had said 550 5.1.1 here?"):
/// which server, to which command, and how many such commands it answered before, so that
/// a re-run changes exactly this reply and everything before it stays the same.
struct WhatIfTarget
{
    int step = -1;          ///< the reply's index in the trace
    QByteArray host;        ///< the server's host id
    QByteArray command;     ///< the verb it answers ("RCPT", "DATA", "." for the end of data)
    int skip = 0;           ///< earlier commands with that verb the server answered first
    QByteArray original;    ///< the reply as it was, first line
};

/// The target for the reply at `index`, or nullopt when that step is no reply a scenario can
/// change (the greeting, a reply to an AUTH continuation line, a step that is no reply).
std::optional<WhatIfTarget> whatIfTarget(const engine::Trace &trace, int index);

/// `world` with the reply of `target` replaced by `reply` (a 4xx or 5xx line) once.
scenario::Scenario withReply(scenario::Scenario world, const WhatIfTarget &target, const QByteArray &reply);

/// What became of the mail in one run: shown side by side for the original and the what-if.
struct RunOutcome
{
    std::shared_ptr<const engine::Trace> trace;
    QByteArrayList delivered;
    QByteArrayList bounced;
    QByteArrayList notSubmitted;
    qint64 endMs = 0;
};
RunOutcome runOutcome(scenario::Scenario world);

/// Replies a teacher often tries, for the chooser.
QStringList whatIfSuggestions();

} // namespace kurir::gui
