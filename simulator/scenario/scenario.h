#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayList>
#include <QDateTime>
#include <QList>
#include <QString>

#include "protocol/limits.h"
#include "protocol/serverpolicy.h"

namespace kurir::scenario {

/// Text in both languages of the lesson.
struct LocalizedText
{
    QString id; ///< Bahasa Indonesia
    QString en;

    QString in(const QString &lang) const { return lang == QLatin1String("id") && !id.isEmpty() ? id : en; }
    bool isEmpty() const { return id.isEmpty() && en.isEmpty(); }
};

struct User
{
    QByteArray address;   ///< `bob@yahoo.example`
    QString name;         ///< display name, "Bob"
    QByteArray password;  ///< for users who log in to send
    qint64 quota = 0;     ///< mailbox quota in octets, 0: unlimited
    bool full = false;    ///< the mailbox is full already
};

struct MxRecord
{
    int preference = 10;
    QByteArray host;      ///< a host name; "." is a null MX (RFC 7505)
};

/// A DNS domain: its MX and A records and who has a mailbox there.
struct Domain
{
    QByteArray name;
    QList<MxRecord> mx;          ///< empty: no MX record, the A record is the implicit MX
    QByteArrayList addresses;    ///< A records of the domain itself
    bool exists = true;          ///< false: NXDOMAIN
    QByteArrayList spf;          ///< host ids allowed to send for the domain (SPF); empty: no record
    QList<User> users;

    const User *user(QByteArrayView address) const;
};

enum class Role { Mua, Submission, Relay, Mx, Dns, Mailbox };
const char *roleName(Role role);
std::optional<Role> roleFromName(QByteArrayView name);

/// One machine of the story and what it does.
struct Host
{
    QByteArray id;               ///< "gmail"
    Role role = Role::Mx;
    QByteArray name;             ///< "smtp.gmail.example" (its A record is implied)
    QByteArray address;          ///< "203.0.113.5"
    LocalizedText label;         ///< "Gmail's server" / "Server Gmail"
    QByteArrayList domains;      ///< MTAs: the domains delivered here; mailbox: domains stored
    QByteArray banner = "ESMTP Kurir";
    smtp::Extensions extensions;
    smtp::Limits limits;
    int port = 25;               ///< listening port: 587 submission, 25 relay and MX
    QByteArray smarthost;        ///< MTAs: relay everything foreign through this host id
    QByteArray mailbox;          ///< MTAs: the mailbox host id for local delivery
    QByteArray submitTo;         ///< MUA: the submission server's host id
    QByteArray login;            ///< MUA: the user name to log in with
    QByteArray password;         ///< MUA: the password it sends
    bool useTls = true;          ///< MUA/MTA client side: use STARTTLS when offered
    bool requireTls = false;     ///< MUA: refuse to log in without TLS
    bool spfCheck = false;       ///< MX: refuse senders whose domain does not list the client
    QByteArrayList relayFrom;    ///< relay: host ids allowed to relay without login
    QList<int> retryMs = {60000, 300000, 900000}; ///< sending MTA: back-off between attempts
    int processingMs = 1;        ///< time a server takes to answer
};

struct Link
{
    QByteArray from;
    QByteArray to;
    int latencyMs = 10;
};

struct Attachment
{
    QString name;
    QByteArray type = "application/octet-stream";
    QByteArray content;   ///< given content, or generated from size
    qint64 size = -1;
};

struct Message
{
    QByteArray from;
    QByteArrayList to, cc, bcc;
    QString subject;
    QString body;
    QList<Attachment> attachments;
    qint64 atMs = 0;      ///< when the MUA starts composing
    QByteArray mua;       ///< the MUA host id that sends it; empty: the first MUA
};

/// Something going wrong on purpose: the lessons of the library.
struct Fault
{
    enum class Type { HostDown, ReplyOverride, Greylist, MailboxFull, WrongPassword, DnsMissing };
    Type type = Type::HostDown;
    QByteArray host;          ///< HostDown, ReplyOverride, Greylist
    qint64 fromMs = 0;        ///< HostDown window
    qint64 untilMs = -1;      ///< -1: for ever
    QByteArray command;       ///< ReplyOverride: "RCPT", "MAIL", "DATA", "EHLO", "." ...
    QByteArray reply;         ///< ReplyOverride: "451 4.7.1 Try again later"
    int times = -1;           ///< ReplyOverride: how often, -1 always
    qint64 greylistMs = 300000; ///< Greylist: how long an unknown triplet is refused
    QByteArray address;       ///< MailboxFull
    bool permanent = true;    ///< MailboxFull: 552 5.2.2 or 452 4.2.2
    QByteArray domain;        ///< DnsMissing
    QByteArray record;        ///< DnsMissing: "MX", "A" or "ALL"
};

struct TeacherNote
{
    int step = 0;
    LocalizedText text;
};

struct Expectation
{
    QByteArrayList delivered;  ///< recipients who get the message
    QByteArrayList bounced;    ///< recipients whose failure is reported to the sender
    bool checked = false;      ///< the file said what to expect
};

/// A whole lesson: the world, the messages, what goes wrong and what should come of it.
struct Scenario
{
    QByteArray id;
    LocalizedText title;
    LocalizedText description;
    quint32 seed = 1;
    QDateTime start;
    int hopLimit = 100;         ///< RFC 5321 §6.3
    QList<Domain> domains;
    QList<Host> hosts;
    QList<Link> links;
    QList<Message> messages;
    QList<Fault> faults;
    QList<TeacherNote> notes;
    Expectation expect;
    int defaultLatencyMs = 10;

    const Host *host(QByteArrayView id) const;
    const Host *hostByName(QByteArrayView name) const;
    const Domain *domain(QByteArrayView name) const;
    int latency(QByteArrayView a, QByteArrayView b) const;
};

} // namespace kurir::scenario
