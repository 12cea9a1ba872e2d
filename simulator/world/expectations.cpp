#include "expectations.h"

#include <algorithm>

namespace kurir::world {

namespace {

QByteArrayList normalized(QByteArrayList list)
{
    for (QByteArray &a : list)
        a = a.toLower();
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    return list;
}

QString joined(const QByteArrayList &list)
{
    return list.isEmpty() ? QStringLiteral("-") : QString::fromUtf8(list.join(", "));
}

} // namespace

QStringList Expectations::check(const scenario::Scenario &scenario, const Outcome &outcome)
{
    QStringList problems;
    if (!scenario.expect.checked)
        return problems;
    const QByteArrayList delivered = normalized(scenario.expect.delivered);
    const QByteArrayList bounced = normalized(scenario.expect.bounced);
    if (delivered != outcome.delivered)
        problems << tr("expected the message to reach %1, but it reached %2").arg(joined(delivered), joined(outcome.delivered));
    if (bounced != outcome.bounced)
        problems << tr("expected bounces for %1, but there were bounces for %2").arg(joined(bounced), joined(outcome.bounced));
    return problems;
}

} // namespace kurir::world
