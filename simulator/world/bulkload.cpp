#include "bulkload.h"

#include <random>

#include "mta.h"
#include "world.h"

namespace kurir::world {

namespace {

QByteArray domainName(int i)
{
    return "d" + QByteArray::number(i + 1).rightJustified(3, '0') + ".example";
}

} // namespace

void BulkLoad::expand(scenario::Scenario &s)
{
    const scenario::Bulk &b = s.bulk;
    const int domains = b.messages > 0 ? b.domains : 0;
    for (int i = 0; i < domains; ++i) {
        scenario::Domain d;
        d.name = domainName(i);
        const QByteArray mxName = "mx." + d.name;
        d.mx = {{10, mxName}};
        for (int u = 0; u < b.usersPerDomain; ++u)
            d.users.append({"u" + QByteArray::number(u + 1) + '@' + d.name, {}, {}, 0, false});
        s.domains.append(d);
        scenario::Host h;
        h.id = "mx-" + d.name.left(d.name.indexOf('.'));
        h.role = scenario::Role::Mx;
        h.name = mxName;
        h.address = "10." + QByteArray::number(i / 250 + 1) + '.' + QByteArray::number(i % 250) + ".25";
        h.domains = {d.name};
        h.extensions.startTls = false; // a bulk run is about volume, not about the handshake
        s.hosts.append(h);
    }
}

void BulkLoad::schedule(World &world)
{
    const scenario::Bulk &b = world.scenario().bulk;
    Mta *mta = world.mta(b.fromHost);
    if (b.messages <= 0 || !mta)
        return;
    // Its own generator, so the load is the same whatever the network's jitter draws.
    std::mt19937 random(world.scenario().seed ^ 0x6b75u);
    QByteArray body;
    body.reserve(b.bodyBytes + 80);
    while (body.size() < b.bodyBytes)
        body += "Kabar sekolah minggu ini: jadwal ujian, kegiatan ekstrakurikuler dan pengumuman.\r\n";
    body.truncate(b.bodyBytes - b.bodyBytes % 2);
    if (!body.endsWith("\r\n"))
        body += "\r\n";
    for (int i = 0; i < b.messages; ++i) {
        const int count = b.minRecipients + int(random() % quint32(b.maxRecipients - b.minRecipients + 1));
        QByteArrayList rcpts;
        while (rcpts.size() < count) {
            const int d = int(random() % quint32(b.domains));
            const int u = int(random() % quint32(b.usersPerDomain));
            const QByteArray r = "u" + QByteArray::number(u + 1) + '@' + domainName(d);
            if (!rcpts.contains(r))
                rcpts << r;
        }
        QByteArray content = "From: Berita Sekolah <" + b.sender + ">\r\nTo: " + rcpts.join(", ") +
                             "\r\nSubject: Kabar sekolah #" + QByteArray::number(i + 1) +
                             "\r\nMessage-ID: <bulk." + QByteArray::number(i + 1) + ".kurir@" +
                             b.sender.mid(b.sender.indexOf('@') + 1) + ">\r\n\r\n" + body;
        // The trace keeps every message for good: drop the slack the concatenation grew
        // (nearly half of each 4 KiB block, ~35 bytes per trace event).
        content.squeeze();
        world.scheduler().at(qint64(i) * b.intervalMs, [&world, mta, rcpts, content, sender = b.sender] {
            const qint32 ref = world.keepMessage(content, sender, rcpts);
            mta->inject(sender, rcpts, content, ref);
        });
    }
}

} // namespace kurir::world
