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
    // The names of the load, made once: every message picks from them several times.
    QByteArrayList domainNames, userPrefixes;
    for (int d = 0; d < b.domains; ++d)
        domainNames << domainName(d);
    for (int u = 0; u < b.usersPerDomain; ++u)
        userPrefixes << "u" + QByteArray::number(u + 1) + '@';
    const QByteArray senderDomain = b.sender.mid(b.sender.indexOf('@') + 1);
    // Every message of the load is its own header over the same body: the trace keeps the
    // body once and each message as its header in front of it (a derived snapshot), and a
    // message's whole text exists only while it is in a queue. Ten thousand bodies kept in
    // full were a sixth of the memory of a bulk run.
    const qint32 bodyRef = world.keepMessage(body, b.sender, {});
    for (int i = 0; i < b.messages; ++i) {
        const int count = b.minRecipients + int(random() % quint32(b.maxRecipients - b.minRecipients + 1));
        QByteArrayList rcpts;
        rcpts.reserve(count);
        while (rcpts.size() < count) {
            const int d = int(random() % quint32(b.domains));
            const int u = int(random() % quint32(b.usersPerDomain));
            const QByteArray r = userPrefixes[u] + domainNames[d];
            if (!rcpts.contains(r))
                rcpts << r;
        }
        const QByteArray number = QByteArray::number(i + 1);
        const QByteArray to = rcpts.join(", ");
        QByteArray header;
        // Sized exactly: the trace keeps every header for good, so no slack may stay behind.
        header.reserve(qsizetype(sizeof "From: Berita Sekolah <>\r\nTo: \r\nSubject: Kabar sekolah #"
                                        "\r\nMessage-ID: <bulk..kurir@>\r\n\r\n") +
                       b.sender.size() + to.size() + 2 * number.size() + senderDomain.size());
        header.append("From: Berita Sekolah <").append(b.sender).append(">\r\nTo: ").append(to)
            .append("\r\nSubject: Kabar sekolah #").append(number)
            .append("\r\nMessage-ID: <bulk.").append(number).append(".kurir@").append(senderDomain)
            .append(">\r\n\r\n");
        world.scheduler().at(qint64(i) * b.intervalMs, [&world, mta, rcpts, header, body, bodyRef, sender = b.sender] {
            const qint32 ref = world.keepDerived(bodyRef, header, sender, rcpts);
            mta->inject(sender, rcpts, header + body, ref);
        });
    }
}

} // namespace kurir::world
