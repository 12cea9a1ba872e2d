#include "glossary.h"

#include <algorithm>

#include <QRegularExpression>

namespace kurir::gui {

namespace {

struct Term
{
    const char *words;      ///< alternatives separated by '|', translated as a whole
    const char *name;
    const char *definition;
};

// The words are translated like any other text: the Indonesian names the same things in
// the words the narration uses (kotak surat, amplop, antrean, ...).
const Term kTerms[] = {
    {QT_TRANSLATE_NOOP("Glossary", "mail client|mail user agent|MUA"),
     QT_TRANSLATE_NOOP("Glossary", "mail client (MUA)"),
     QT_TRANSLATE_NOOP("Glossary", "The program a person writes and reads e-mail with, on a laptop or a phone. It hands new mail to its own server.")},
    {QT_TRANSLATE_NOOP("Glossary", "submission server|submission|MSA"),
     QT_TRANSLATE_NOOP("Glossary", "submission server (MSA)"),
     QT_TRANSLATE_NOOP("Glossary", "The server that takes new mail from its own users, on port 587, after they log in.")},
    {QT_TRANSLATE_NOOP("Glossary", "message transfer agent|MTA"),
     QT_TRANSLATE_NOOP("Glossary", "message transfer agent (MTA)"),
     QT_TRANSLATE_NOOP("Glossary", "A server that passes mail on towards its destination, server to server, on port 25.")},
    {QT_TRANSLATE_NOOP("Glossary", "mailbox"),
     QT_TRANSLATE_NOOP("Glossary", "mailbox"),
     QT_TRANSLATE_NOOP("Glossary", "Where a server keeps one person's mail until they read it.")},
    {QT_TRANSLATE_NOOP("Glossary", "envelope"),
     QT_TRANSLATE_NOOP("Glossary", "envelope"),
     QT_TRANSLATE_NOOP("Glossary", "The sender and recipients given with MAIL FROM and RCPT TO. Servers deliver by the envelope, not by the From and To lines inside the message.")},
    {QT_TRANSLATE_NOOP("Glossary", "headers|header"),
     QT_TRANSLATE_NOOP("Glossary", "header"),
     QT_TRANSLATE_NOOP("Glossary", "The lines at the top of a message (From, To, Subject, Date, ...). An empty line separates them from the body.")},
    {QT_TRANSLATE_NOOP("Glossary", "relay|relays"),
     QT_TRANSLATE_NOOP("Glossary", "relay"),
     QT_TRANSLATE_NOOP("Glossary", "Passing a message on to another server. A server relays only for users who have logged in; otherwise spammers could use it.")},
    {QT_TRANSLATE_NOOP("Glossary", "DNS"),
     QT_TRANSLATE_NOOP("Glossary", "DNS"),
     QT_TRANSLATE_NOOP("Glossary", "The internet's directory: it turns names such as yahoo.example into the numeric addresses of machines.")},
    {QT_TRANSLATE_NOOP("Glossary", "MX record|MX"),
     QT_TRANSLATE_NOOP("Glossary", "MX record"),
     QT_TRANSLATE_NOOP("Glossary", "The DNS record that names the mail server of a domain: where mail for @yahoo.example must go.")},
    {QT_TRANSLATE_NOOP("Glossary", "STARTTLS|TLS"),
     QT_TRANSLATE_NOOP("Glossary", "TLS"),
     QT_TRANSLATE_NOOP("Glossary", "Encryption of the connection. After STARTTLS and the TLS handshake, an eavesdropper sees only scrambled bytes.")},
    {QT_TRANSLATE_NOOP("Glossary", "encryption|encrypted"),
     QT_TRANSLATE_NOOP("Glossary", "encryption"),
     QT_TRANSLATE_NOOP("Glossary", "Scrambling data with a secret key so that only the two ends can read it.")},
    {QT_TRANSLATE_NOOP("Glossary", "authentication|AUTH"),
     QT_TRANSLATE_NOOP("Glossary", "authentication"),
     QT_TRANSLATE_NOOP("Glossary", "Proving who you are, with a user name and a password, so that the server knows who is sending.")},
    {QT_TRANSLATE_NOOP("Glossary", "base64"),
     QT_TRANSLATE_NOOP("Glossary", "base64"),
     QT_TRANSLATE_NOOP("Glossary", "A way to write any bytes with letters and digits. It is an encoding, not encryption: anyone can decode it.")},
    {QT_TRANSLATE_NOOP("Glossary", "reply code"),
     QT_TRANSLATE_NOOP("Glossary", "reply code"),
     QT_TRANSLATE_NOOP("Glossary", "The three digits at the start of a server's answer: 2xx done, 3xx go on, 4xx try again later, 5xx refused.")},
    {QT_TRANSLATE_NOOP("Glossary", "queue"),
     QT_TRANSLATE_NOOP("Glossary", "queue"),
     QT_TRANSLATE_NOOP("Glossary", "Where a server keeps mail it has accepted but not yet passed on. If the next server cannot take it, it tries again later from here.")},
    {QT_TRANSLATE_NOOP("Glossary", "delivery status notification|bounce"),
     QT_TRANSLATE_NOOP("Glossary", "bounce (delivery status notification)"),
     QT_TRANSLATE_NOOP("Glossary", "A message back to the sender saying that mail could not be delivered, and why.")},
    {QT_TRANSLATE_NOOP("Glossary", "port"),
     QT_TRANSLATE_NOOP("Glossary", "port"),
     QT_TRANSLATE_NOOP("Glossary", "The number that says which service on a machine a connection is for: 587 for new mail from users, 25 between servers.")},
    {QT_TRANSLATE_NOOP("Glossary", "TCP"),
     QT_TRANSLATE_NOOP("Glossary", "TCP"),
     QT_TRANSLATE_NOOP("Glossary", "The protocol that gives two machines a reliable connection. SMTP travels on TCP.")},
};

} // namespace

int Glossary::count()
{
    return int(std::size(kTerms));
}

QStringList Glossary::words(int i)
{
    QStringList w = tr(kTerms[i].words).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    std::sort(w.begin(), w.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return w;
}

QString Glossary::definition(int i)
{
    return QStringLiteral("<p style='white-space:normal'><b>%1</b>: %2</p>")
        .arg(tr(kTerms[i].name).toHtmlEscaped(), tr(kTerms[i].definition).toHtmlEscaped());
}

QString Glossary::markup(const QString &text, const QString &linkColour)
{
    // Every word of every term, longest first, so "MX record" wins over "MX".
    struct Word { QString text; int term; };
    std::vector<Word> all;
    for (int i = 0; i < count(); ++i)
        for (const QString &w : words(i))
            all.push_back({w, i});
    std::stable_sort(all.begin(), all.end(), [](const Word &a, const Word &b) { return a.text.size() > b.text.size(); });
    QStringList alternatives;
    for (const Word &w : all)
        alternatives << QRegularExpression::escape(w.text);
    const QRegularExpression re(QStringLiteral("(?<![\\w@.<-])(%1)(?![\\w@>-]|\\.\\w)").arg(alternatives.join(QLatin1Char('|'))),
                                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);

    QString html;
    qsizetype at = 0;
    std::vector<bool> marked(size_t(count()), false);
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString found = m.captured(1);
        int term = -1;
        for (const Word &w : all)
            if (w.text.compare(found, Qt::CaseInsensitive) == 0) {
                term = w.term;
                break;
            }
        if (term < 0 || marked[size_t(term)])
            continue;
        marked[size_t(term)] = true;
        html += text.mid(at, m.capturedStart(1) - at).toHtmlEscaped();
        html += QStringLiteral("<a href=\"term:%1\" style=\"color:%2; text-decoration:underline;\">%3</a>")
                    .arg(term).arg(linkColour, found.toHtmlEscaped());
        at = m.capturedEnd(1);
    }
    html += text.mid(at).toHtmlEscaped();
    return html;
}

} // namespace kurir::gui
