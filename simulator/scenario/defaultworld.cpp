#include "defaultworld.h"

#include <QTimeZone>

namespace kurir::scenario {

Scenario defaultWorld()
{
    Scenario s;
    s.id = "gmail-to-yahoo";
    s.title = {QStringLiteral("Dari Gmail ke Yahoo"), QStringLiteral("From Gmail to Yahoo")};
    s.description = {
        QStringLiteral("Alice mengirim email dari Gmail ke Bob di Yahoo: aplikasi email, server "
                       "pengiriman Gmail, pencarian MX di DNS, server Yahoo, lalu kotak surat Bob."),
        QStringLiteral("Alice sends an e-mail from Gmail to Bob at Yahoo: mail client, Gmail's "
                       "submission server, an MX lookup in DNS, Yahoo's server, then Bob's mailbox.")};
    s.seed = 1;
    s.start = QDateTime(QDate(2026, 11, 27), QTime(8, 0), QTimeZone(7 * 3600));

    Domain gmail;
    gmail.name = "gmail.example";
    gmail.mx = {{10, "smtp.gmail.example"}};
    gmail.spf = {"gmail"};
    gmail.users = {{"alice@gmail.example", QStringLiteral("Alice"), "kucing123", 0, false}};
    Domain yahoo;
    yahoo.name = "yahoo.example";
    yahoo.mx = {{10, "mx.yahoo.example"}};
    yahoo.spf = {"yahoo"};
    yahoo.users = {{"bob@yahoo.example", QStringLiteral("Bob"), {}, 0, false}};
    s.domains = {gmail, yahoo};

    Host alice;
    alice.id = "alice";
    alice.role = Role::Mua;
    alice.name = "laptop-alice.home.example";
    alice.address = "198.51.100.23";
    alice.label = {QStringLiteral("Laptop Alice"), QStringLiteral("Alice's laptop")};
    alice.submitTo = "gmail";
    alice.login = "alice@gmail.example";
    alice.password = "kucing123";
    alice.requireTls = true;
    alice.port = 0;

    Host smtpGmail;
    smtpGmail.id = "gmail";
    smtpGmail.role = Role::Submission;
    smtpGmail.name = "smtp.gmail.example";
    smtpGmail.address = "203.0.113.5";
    smtpGmail.label = {QStringLiteral("Server Gmail"), QStringLiteral("Gmail's server")};
    smtpGmail.domains = {"gmail.example"};
    smtpGmail.banner = "ESMTP Gmail (Kurir)";
    smtpGmail.port = 587;
    smtpGmail.limits.maxMessageSize = 25 * 1024 * 1024;

    Host dns;
    dns.id = "dns";
    dns.role = Role::Dns;
    dns.name = "ns.example";
    dns.address = "192.0.2.53";
    dns.label = {QStringLiteral("Server DNS"), QStringLiteral("DNS server")};
    dns.port = 53;

    Host mxYahoo;
    mxYahoo.id = "yahoo";
    mxYahoo.role = Role::Mx;
    mxYahoo.name = "mx.yahoo.example";
    mxYahoo.address = "203.0.113.25";
    mxYahoo.label = {QStringLiteral("Server Yahoo"), QStringLiteral("Yahoo's server")};
    mxYahoo.domains = {"yahoo.example"};
    mxYahoo.banner = "ESMTP Yahoo (Kurir)";
    mxYahoo.mailbox = "bob-mailbox";
    mxYahoo.limits.maxMessageSize = 40 * 1024 * 1024;

    Host bobBox;
    bobBox.id = "bob-mailbox";
    bobBox.role = Role::Mailbox;
    bobBox.name = "mail.yahoo.example";
    bobBox.address = "203.0.113.26";
    bobBox.label = {QStringLiteral("Kotak surat Bob"), QStringLiteral("Bob's mailbox")};
    bobBox.domains = {"yahoo.example"};
    bobBox.port = 0;

    s.hosts = {alice, smtpGmail, dns, mxYahoo, bobBox};
    s.links = {{"alice", "gmail", 20}, {"gmail", "dns", 2}, {"gmail", "yahoo", 40},
               {"yahoo", "dns", 2}, {"yahoo", "bob-mailbox", 1}};

    Message m;
    m.from = "alice@gmail.example";
    m.to = {"bob@yahoo.example"};
    m.subject = QStringLiteral("Halo, Bob!");
    m.body = QStringLiteral("Hai Bob,\n\nApa kabar? Ini email pertamaku yang kukirim lewat SMTP.\n"
                            "Sampai jumpa di kelas besok.\n\nSalam,\nAlice\n");
    s.messages = {m};
    s.expect.delivered = {"bob@yahoo.example"};
    return s;
}

} // namespace kurir::scenario
