<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CliApp</name>
    <message>
        <source>kurir-cli: unknown language &quot;%1&quot;; use id or en</source>
        <translation>kurir-cli: unknown language &quot;%1&quot;; use id or en</translation>
    </message>
    <message>
        <source>kurir-cli: unknown command &quot;%1&quot;</source>
        <translation>kurir-cli: unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Run &quot;kurir-cli --help&quot; to see the commands.</source>
        <translation>Run &quot;kurir-cli --help&quot; to see the commands.</translation>
    </message>
    <message>
        <source>Usage: kurir-cli [--lang id|en] COMMAND [OPTIONS]

Kurir shows how an e-mail travels from the sender&apos;s mail client through SMTP
servers into the recipient&apos;s mailbox, one real SMTP line at a time.

Commands:
  list                        the built-in scenarios
  run SCENARIO [--format text|jsonl] [--seed N]
                              run a scenario (a built-in id or a file) and
                              print every step with its explanation
  validate FILE...            check scenario files

Options:
  --lang id|en   language of messages (default: the system&apos;s language)
  --help         show this help
  --version      show the version
</source>
        <translation>Usage: kurir-cli [--lang id|en] COMMAND [OPTIONS]

Kurir shows how an e-mail travels from the sender&apos;s mail client through SMTP
servers into the recipient&apos;s mailbox, one real SMTP line at a time.

Commands:
  list                        the built-in scenarios
  run SCENARIO [--format text|jsonl] [--seed N]
                              run a scenario (a built-in id or a file) and
                              print every step with its explanation
  validate FILE...            check scenario files

Options:
  --lang id|en   language of messages (default: the system&apos;s language)
  --help         show this help
  --version      show the version
</translation>
    </message>
    <message>
        <source>kurir-cli: --seed needs a whole number from 0 to 4294967295</source>
        <translation>kurir-cli: --seed needs a whole number from 0 to 4294967295</translation>
    </message>
    <message>
        <source>kurir-cli: unknown option &quot;%1&quot;</source>
        <translation>kurir-cli: unknown option &quot;%1&quot;</translation>
    </message>
    <message>
        <source>kurir-cli: run takes one scenario</source>
        <translation>kurir-cli: run takes one scenario</translation>
    </message>
    <message>
        <source>kurir-cli: run needs a scenario: a built-in id (see &quot;kurir-cli list&quot;) or a file</source>
        <translation>kurir-cli: run needs a scenario: a built-in id (see &quot;kurir-cli list&quot;) or a file</translation>
    </message>
    <message>
        <source>kurir-cli: unknown format &quot;%1&quot;; use text or jsonl</source>
        <translation>kurir-cli: unknown format &quot;%1&quot;; use text or jsonl</translation>
    </message>
    <message>
        <source>kurir-cli: validate needs one or more scenario files</source>
        <translation>kurir-cli: validate needs one or more scenario files</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1: valid</translation>
    </message>
    <message>
        <source>Note for the teacher: %1</source>
        <translation>Note for the teacher: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>kurir: there is no display to open a window on. Run &quot;kurir-cli run gmail-to-yahoo&quot; to follow the story in this terminal, or &quot;kurir --screenshot FILE&quot; to draw it into a picture.</source>
        <translation>kurir: there is no display to open a window on. Run &quot;kurir-cli run gmail-to-yahoo&quot; to follow the story in this terminal, or &quot;kurir --screenshot FILE&quot; to draw it into a picture.</translation>
    </message>
    <message>
        <source>Language: id (Bahasa Indonesia) or en (English).</source>
        <translation>Language: id (Bahasa Indonesia) or en (English).</translation>
    </message>
    <message>
        <source>Open the scenario at step N (1 is the first).</source>
        <translation>Open the scenario at step N (1 is the first).</translation>
    </message>
    <message>
        <source>Write a PNG picture of the window to FILE once it is painted, then exit.</source>
        <translation>Write a PNG picture of the window to FILE once it is painted, then exit.</translation>
    </message>
    <message>
        <source>Window size in pixels, for example 1600x900.</source>
        <translation>Window size in pixels, for example 1600x900.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Show this help and exit.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Show the version and exit.</translation>
    </message>
    <message>
        <source>Kurir: how an e-mail travels, one SMTP line at a time.</source>
        <translation>Kurir: how an e-mail travels, one SMTP line at a time.</translation>
    </message>
    <message>
        <source>A built-in scenario (such as gmail-to-yahoo) or a scenario file (.json).</source>
        <translation>A built-in scenario (such as gmail-to-yahoo) or a scenario file (.json).</translation>
    </message>
    <message>
        <source>kurir: %1. See &quot;kurir --help&quot;.</source>
        <translation>kurir: %1. See &quot;kurir --help&quot;.</translation>
    </message>
    <message>
        <source>kurir: give one scenario, not %1.</source>
        <translation>kurir: give one scenario, not %1.</translation>
    </message>
    <message>
        <source>kurir: unknown language &quot;%1&quot;; use id or en.</source>
        <translation>kurir: unknown language &quot;%1&quot;; use id or en.</translation>
    </message>
    <message>
        <source>kurir: --step needs a whole number from 1, not &quot;%1&quot;.</source>
        <translation>kurir: --step needs a whole number from 1, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>kurir: unknown view &quot;%1&quot;; use one of: %2.</source>
        <translation>kurir: unknown view &quot;%1&quot;; use one of: %2.</translation>
    </message>
    <message>
        <source>kurir: --size needs WIDTHxHEIGHT in pixels, at least 320x240, such as 1600x900; not &quot;%1&quot;.</source>
        <translation>kurir: --size needs WIDTHxHEIGHT in pixels, at least 320x240, such as 1600x900; not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>What --screenshot paints: window, journey, dialogue, explanation, stages, presentation (the window in presentation mode), sequence, inspector, mailboxes or charts.</source>
        <translation>What --screenshot paints: window, journey, dialogue, explanation, stages, presentation (the window in presentation mode), sequence, inspector, mailboxes or charts.</translation>
    </message>
</context>
<context>
    <name>Expectations</name>
    <message>
        <source>expected the message to reach %1, but it reached %2</source>
        <translation>expected the message to reach %1, but it reached %2</translation>
    </message>
    <message>
        <source>expected bounces for %1, but there were bounces for %2</source>
        <translation>expected bounces for %1, but there were bounces for %2</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>mail client|mail user agent|MUA</source>
        <translation>mail client|mail user agent|MUA</translation>
    </message>
    <message>
        <source>mail client (MUA)</source>
        <translation>mail client (MUA)</translation>
    </message>
    <message>
        <source>The program a person writes and reads e-mail with, on a laptop or a phone. It hands new mail to its own server.</source>
        <translation>The program a person writes and reads e-mail with, on a laptop or a phone. It hands new mail to its own server.</translation>
    </message>
    <message>
        <source>submission server|submission|MSA</source>
        <translation>submission server|submission|MSA</translation>
    </message>
    <message>
        <source>submission server (MSA)</source>
        <translation>submission server (MSA)</translation>
    </message>
    <message>
        <source>The server that takes new mail from its own users, on port 587, after they log in.</source>
        <translation>The server that takes new mail from its own users, on port 587, after they log in.</translation>
    </message>
    <message>
        <source>message transfer agent|MTA</source>
        <translation>message transfer agent|MTA</translation>
    </message>
    <message>
        <source>message transfer agent (MTA)</source>
        <translation>message transfer agent (MTA)</translation>
    </message>
    <message>
        <source>A server that passes mail on towards its destination, server to server, on port 25.</source>
        <translation>A server that passes mail on towards its destination, server to server, on port 25.</translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation>mailbox</translation>
    </message>
    <message>
        <source>Where a server keeps one person&apos;s mail until they read it.</source>
        <translation>Where a server keeps one person&apos;s mail until they read it.</translation>
    </message>
    <message>
        <source>envelope</source>
        <translation>envelope</translation>
    </message>
    <message>
        <source>The sender and recipients given with MAIL FROM and RCPT TO. Servers deliver by the envelope, not by the From and To lines inside the message.</source>
        <translation>The sender and recipients given with MAIL FROM and RCPT TO. Servers deliver by the envelope, not by the From and To lines inside the message.</translation>
    </message>
    <message>
        <source>headers|header</source>
        <translation>headers|header</translation>
    </message>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>The lines at the top of a message (From, To, Subject, Date, ...). An empty line separates them from the body.</source>
        <translation>The lines at the top of a message (From, To, Subject, Date, ...). An empty line separates them from the body.</translation>
    </message>
    <message>
        <source>relay</source>
        <translation>relay</translation>
    </message>
    <message>
        <source>Passing a message on to another server. A server relays only for users who have logged in; otherwise spammers could use it.</source>
        <translation>Passing a message on to another server. A server relays only for users who have logged in; otherwise spammers could use it.</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>The internet&apos;s directory: it turns names such as yahoo.example into the numeric addresses of machines.</source>
        <translation>The internet&apos;s directory: it turns names such as yahoo.example into the numeric addresses of machines.</translation>
    </message>
    <message>
        <source>MX record|MX</source>
        <translation>MX record|MX</translation>
    </message>
    <message>
        <source>MX record</source>
        <translation>MX record</translation>
    </message>
    <message>
        <source>The DNS record that names the mail server of a domain: where mail for @yahoo.example must go.</source>
        <translation>The DNS record that names the mail server of a domain: where mail for @yahoo.example must go.</translation>
    </message>
    <message>
        <source>STARTTLS|TLS</source>
        <translation>STARTTLS|TLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Encryption of the connection. After STARTTLS and the TLS handshake, an eavesdropper sees only scrambled bytes.</source>
        <translation>Encryption of the connection. After STARTTLS and the TLS handshake, an eavesdropper sees only scrambled bytes.</translation>
    </message>
    <message>
        <source>encryption|encrypted</source>
        <translation>encryption|encrypted</translation>
    </message>
    <message>
        <source>encryption</source>
        <translation>encryption</translation>
    </message>
    <message>
        <source>Scrambling data with a secret key so that only the two ends can read it.</source>
        <translation>Scrambling data with a secret key so that only the two ends can read it.</translation>
    </message>
    <message>
        <source>authentication|AUTH</source>
        <translation>authentication|AUTH</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>authentication</translation>
    </message>
    <message>
        <source>Proving who you are, with a user name and a password, so that the server knows who is sending.</source>
        <translation>Proving who you are, with a user name and a password, so that the server knows who is sending.</translation>
    </message>
    <message>
        <source>base64</source>
        <translation>base64</translation>
    </message>
    <message>
        <source>A way to write any bytes with letters and digits. It is an encoding, not encryption: anyone can decode it.</source>
        <translation>A way to write any bytes with letters and digits. It is an encoding, not encryption: anyone can decode it.</translation>
    </message>
    <message>
        <source>reply code</source>
        <translation>reply code</translation>
    </message>
    <message>
        <source>The three digits at the start of a server&apos;s answer: 2xx done, 3xx go on, 4xx try again later, 5xx refused.</source>
        <translation>The three digits at the start of a server&apos;s answer: 2xx done, 3xx go on, 4xx try again later, 5xx refused.</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>queue</translation>
    </message>
    <message>
        <source>Where a server keeps mail it has accepted but not yet passed on. If the next server cannot take it, it tries again later from here.</source>
        <translation>Where a server keeps mail it has accepted but not yet passed on. If the next server cannot take it, it tries again later from here.</translation>
    </message>
    <message>
        <source>delivery status notification|bounce</source>
        <translation>delivery status notification|bounce</translation>
    </message>
    <message>
        <source>A message back to the sender saying that mail could not be delivered, and why.</source>
        <translation>A message back to the sender saying that mail could not be delivered, and why.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>The number that says which service on a machine a connection is for: 587 for new mail from users, 25 between servers.</source>
        <translation>The number that says which service on a machine a connection is for: 587 for new mail from users, 25 between servers.</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>The protocol that gives two machines a reliable connection. SMTP travels on TCP.</source>
        <translation>The protocol that gives two machines a reliable connection. SMTP travels on TCP.</translation>
    </message>
    <message>
        <source>relay|relays</source>
        <translation>relay|relays</translation>
    </message>
    <message>
        <source>bounce (delivery status notification)</source>
        <translation>bounce (delivery status notification)</translation>
    </message>
</context>
<context>
    <name>LiveServer</name>
    <message numerus="yes">
        <source>(message of %n byte(s))</source>
        <translation>
            <numerusform>(message of %n byte)</numerusform>
            <numerusform>(message of %n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>logged in as %1</source>
        <translation>logged in as %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) stored</source>
        <translation>
            <numerusform>%n message stored</numerusform>
            <numerusform>%n messages stored</numerusform>
        </translation>
    </message>
    <message>
        <source>the client closed the connection</source>
        <translation>the client closed the connection</translation>
    </message>
    <message>
        <source>%1 session %2 from %3%4: %5; end: %6</source>
        <translation>%1 session %2 from %3%4: %5; end: %6</translation>
    </message>
    <message>
        <source>cannot use the Maildir folder %1: %2</source>
        <translation>cannot use the Maildir folder %1: %2</translation>
    </message>
    <message>
        <source>TLS is not available (Qt&apos;s OpenSSL backend is missing)</source>
        <translation>TLS is not available (Qt&apos;s OpenSSL backend is missing)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>the TLS certificate is not a PEM certificate</source>
        <translation>the TLS certificate is not a PEM certificate</translation>
    </message>
    <message>
        <source>the TLS key is not a PEM private key</source>
        <translation>the TLS key is not a PEM private key</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>cannot listen on %1 port %2: %3</translation>
    </message>
    <message>
        <source>cannot read the certificate in %1</source>
        <translation>cannot read the certificate in %1</translation>
    </message>
    <message>
        <source>cannot make a self-signed certificate</source>
        <translation>cannot make a self-signed certificate</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>cannot write the certificate to %1</source>
        <translation>cannot write the certificate to %1</translation>
    </message>
</context>
<context>
    <name>LiveSettings</name>
    <message>
        <source>&quot;%1&quot; is not an IP address and a port, such as 127.0.0.1:2525.</source>
        <translation>&quot;%1&quot; is not an IP address and a port, such as 127.0.0.1:2525.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name such as kurir.test.</source>
        <translation>&quot;%1&quot; is not a domain name such as kurir.test.</translation>
    </message>
</context>
<context>
    <name>MailboxesView</name>
    <message>
        <source>Attachment: %1</source>
        <translation>Attachment: %1</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <source>%1 writes a new e-mail to %3 with the subject &quot;%4&quot;. The mail client builds the message: headers (From, To, Subject, Date, Message-ID), an empty line, then the text. It is %6 bytes, ready to be sent.</source>
        <translation>%1 writes a new e-mail to %3 with the subject &quot;%4&quot;. The mail client builds the message: headers (From, To, Subject, Date, Message-ID), an empty line, then the text. It is %6 bytes, ready to be sent.</translation>
    </message>
    <message>
        <source>%1 writes a new e-mail to %3 with the subject &quot;%4&quot; and attaches files. E-mail carries only text, so the mail client wraps everything in MIME: a multipart message whose attachment parts are encoded in base64. The whole message is %6 bytes.</source>
        <translation>%1 writes a new e-mail to %3 with the subject &quot;%4&quot; and attaches files. E-mail carries only text, so the mail client wraps everything in MIME: a multipart message whose attachment parts are encoded in base64. The whole message is %6 bytes.</translation>
    </message>
    <message>
        <source>%1 writes a new e-mail to %3 with the subject &quot;%4&quot;, and a blind copy (Bcc) to %7. The Bcc address is not written in the headers: only the envelope will carry it, so the other recipients never see it.</source>
        <translation>%1 writes a new e-mail to %3 with the subject &quot;%4&quot;, and a blind copy (Bcc) to %7. The Bcc address is not written in the headers: only the envelope will carry it, so the other recipients never see it.</translation>
    </message>
    <message>
        <source>The mail client refuses to build this message: a header value contains a line break, which could smuggle in extra headers (header injection).</source>
        <translation>The mail client refuses to build this message: a header value contains a line break, which could smuggle in extra headers (header injection).</translation>
    </message>
    <message>
        <source>The server did not take the message for %3. There is no bounce: the mail client itself shows the error, and the message stays in the Outbox until the problem is fixed.</source>
        <translation>The server did not take the message for %3. There is no bounce: the mail client itself shows the error, and the message stays in the Outbox until the problem is fixed.</translation>
    </message>
    <message>
        <source>%1 opens a TCP connection to %2 on port %3. Port 587 is the submission port: mail clients hand over new mail there, after logging in (RFC 6409). Servers pass mail to each other on port 25. TCP&apos;s handshake (SYN, SYN-ACK, ACK) takes one round trip.</source>
        <translation>%1 opens a TCP connection to %2 on port %3. Port 587 is the submission port: mail clients hand over new mail there, after logging in (RFC 6409). Servers pass mail to each other on port 25. TCP&apos;s handshake (SYN, SYN-ACK, ACK) takes one round trip.</translation>
    </message>
    <message>
        <source>%1 tries to reach %3, but nothing answers within %4 seconds: the server is down. The message stays in the Outbox; the mail client will try again later.</source>
        <translation>%1 tries to reach %3, but nothing answers within %4 seconds: the server is down. The message stays in the Outbox; the mail client will try again later.</translation>
    </message>
    <message>
        <source>%1 introduces itself with EHLO and its name, %3. EHLO (&quot;extended hello&quot;) instead of the old HELO asks the server to list the extensions it supports.</source>
        <translation>%1 introduces itself with EHLO and its name, %3. EHLO (&quot;extended hello&quot;) instead of the old HELO asks the server to list the extensions it supports.</translation>
    </message>
    <message>
        <source>%1 introduces itself with the old HELO command: the server did not understand EHLO, so no extensions can be used.</source>
        <translation>%1 introduces itself with the old HELO command: the server did not understand EHLO, so no extensions can be used.</translation>
    </message>
    <message>
        <source>%1 asks to switch to an encrypted connection with STARTTLS. Everything so far crossed the network as readable text; after the TLS handshake, everything will be encrypted.</source>
        <translation>%1 asks to switch to an encrypted connection with STARTTLS. Everything so far crossed the network as readable text; after the TLS handshake, everything will be encrypted.</translation>
    </message>
    <message>
        <source>TLS handshake: %2 shows its certificate for %3, and both sides agree on secret keys. From now on an eavesdropper sees only ciphertext. Both sides forget what was said before, so the client must say EHLO again (RFC 3207).</source>
        <translation>TLS handshake: %2 shows its certificate for %3, and both sides agree on secret keys. From now on an eavesdropper sees only ciphertext. Both sides forget what was said before, so the client must say EHLO again (RFC 3207).</translation>
    </message>
    <message>
        <source>%1 logs in with AUTH. The text after the mechanism name is the user name and password in base64: an encoding, not encryption. Anyone who reads it can decode it, which is why the client waited for TLS.</source>
        <translation>%1 logs in with AUTH. The text after the mechanism name is the user name and password in base64: an encoding, not encryption. Anyone who reads it can decode it, which is why the client waited for TLS.</translation>
    </message>
    <message>
        <source>%1 answers the server&apos;s question, again in base64 (readable by anyone who can see it, so only safe inside TLS).</source>
        <translation>%1 answers the server&apos;s question, again in base64 (readable by anyone who can see it, so only safe inside TLS).</translation>
    </message>
    <message>
        <source>%1 starts the transaction with MAIL FROM: %3. This is the envelope sender, the address that problems are reported to. SIZE tells the server in advance how big the message is.</source>
        <translation>%1 starts the transaction with MAIL FROM: %3. This is the envelope sender, the address that problems are reported to. SIZE tells the server in advance how big the message is.</translation>
    </message>
    <message>
        <source>%1 names a recipient with RCPT TO: %3. Every recipient of the envelope gets its own RCPT command: To, Cc and Bcc alike.</source>
        <translation>%1 names a recipient with RCPT TO: %3. Every recipient of the envelope gets its own RCPT command: To, Cc and Bcc alike.</translation>
    </message>
    <message>
        <source>%1 sends DATA: the envelope is complete, the message itself comes next.</source>
        <translation>%1 sends DATA: the envelope is complete, the message itself comes next.</translation>
    </message>
    <message>
        <source>%1 sends the message: headers, an empty line, then the body (%3 bytes in %4 lines). A line that starts with a dot gets a second dot (dot-stuffing), so that only the last line, a single dot, ends the message.</source>
        <translation>%1 sends the message: headers, an empty line, then the body (%3 bytes in %4 lines). A line that starts with a dot gets a second dot (dot-stuffing), so that only the last line, a single dot, ends the message.</translation>
    </message>
    <message>
        <source>%1 cancels the transaction with RSET.</source>
        <translation>%1 cancels the transaction with RSET.</translation>
    </message>
    <message>
        <source>%1 says QUIT: it has nothing more to send.</source>
        <translation>%1 says QUIT: it has nothing more to send.</translation>
    </message>
    <message>
        <source>The TCP connection between %1 and %2 is closed.</source>
        <translation>The TCP connection between %1 and %2 is closed.</translation>
    </message>
    <message>
        <source>%1 tries %3 on port 25, but nothing answers within %4 seconds: this server is down. %1 tries the next MX if there is one; if not, the message waits in the queue.</source>
        <translation>%1 tries %3 on port 25, but nothing answers within %4 seconds: this server is down. %1 tries the next MX if there is one; if not, the message waits in the queue.</translation>
    </message>
    <message>
        <source>%1 introduces itself to %2 with EHLO %3, just as a mail client would.</source>
        <translation>%1 introduces itself to %2 with EHLO %3, just as a mail client would.</translation>
    </message>
    <message>
        <source>%1 falls back to HELO %3: the other server did not accept EHLO.</source>
        <translation>%1 falls back to HELO %3: the other server did not accept EHLO.</translation>
    </message>
    <message>
        <source>%1 asks for encryption with STARTTLS. Between servers TLS is usually opportunistic: used when offered, so that the mail is not readable on the way.</source>
        <translation>%1 asks for encryption with STARTTLS. Between servers TLS is usually opportunistic: used when offered, so that the mail is not readable on the way.</translation>
    </message>
    <message>
        <source>TLS handshake between the servers: %2 shows its certificate for %3. From now on the conversation is encrypted; %1 says EHLO again.</source>
        <translation>TLS handshake between the servers: %2 shows its certificate for %3. From now on the conversation is encrypted; %1 says EHLO again.</translation>
    </message>
    <message>
        <source>%1 passes on the envelope sender with MAIL FROM: %3. It is the original sender, so that problems further on are reported to them, not to %1.</source>
        <translation>%1 passes on the envelope sender with MAIL FROM: %3. It is the original sender, so that problems further on are reported to them, not to %1.</translation>
    </message>
    <message>
        <source>%1 sends DATA: the message follows.</source>
        <translation>%1 sends DATA: the message follows.</translation>
    </message>
    <message>
        <source>%1 sends the message (%3 bytes). It is the same message, with one more Received: line at the top: every server that handles a message adds one, so its path can be traced.</source>
        <translation>%1 sends the message (%3 bytes). It is the same message, with one more Received: line at the top: every server that handles a message adds one, so its path can be traced.</translation>
    </message>
    <message>
        <source>%1 says QUIT: the delivery to %2 is over.</source>
        <translation>%1 says QUIT: the delivery to %2 is over.</translation>
    </message>
    <message>
        <source>%1 greets with 220, &quot;service ready&quot;, followed by its own name. A client must wait for this greeting before it says anything.</source>
        <translation>%1 greets with 220, &quot;service ready&quot;, followed by its own name. A client must wait for this greeting before it says anything.</translation>
    </message>
    <message>
        <source>%1 answers 250: hello. Without EHLO there is no list of extensions.</source>
        <translation>%1 answers 250: hello. Without EHLO there is no list of extensions.</translation>
    </message>
    <message>
        <source>%1 answers 334: a question. For AUTH LOGIN, &quot;%3&quot; is base64 for &quot;Username:&quot; or &quot;Password:&quot;.</source>
        <translation>%1 answers 334: a question. For AUTH LOGIN, &quot;%3&quot; is base64 for &quot;Username:&quot; or &quot;Password:&quot;.</translation>
    </message>
    <message>
        <source>%1 answers 235: authentication succeeded. The server now knows who is sending, so it will relay this user&apos;s mail to other domains.</source>
        <translation>%1 answers 235: authentication succeeded. The server now knows who is sending, so it will relay this user&apos;s mail to other domains.</translation>
    </message>
    <message>
        <source>%1 answers 535 5.7.8: the user name or password is wrong. A 5xx code is a permanent failure: trying again with the same password will not help.</source>
        <translation>%1 answers 535 5.7.8: the user name or password is wrong. A 5xx code is a permanent failure: trying again with the same password will not help.</translation>
    </message>
    <message>
        <source>%1 answers 530 5.7.0: start TLS first. This server never lets a password cross the network unencrypted (RFC 4954).</source>
        <translation>%1 answers 530 5.7.0: start TLS first. This server never lets a password cross the network unencrypted (RFC 4954).</translation>
    </message>
    <message>
        <source>%1 answers 530 5.7.0: authentication required. On the submission port, only users who have logged in may send (RFC 6409).</source>
        <translation>%1 answers 530 5.7.0: authentication required. On the submission port, only users who have logged in may send (RFC 6409).</translation>
    </message>
    <message>
        <source>%1 answers 250 2.1.0: the sender is accepted.</source>
        <translation>%1 answers 250 2.1.0: the sender is accepted.</translation>
    </message>
    <message>
        <source>%1 answers 553 5.7.1: a logged-in user may only send as their own address.</source>
        <translation>%1 answers 553 5.7.1: a logged-in user may only send as their own address.</translation>
    </message>
    <message>
        <source>%1 answers 550 5.7.23: SPF check failed. The sender&apos;s domain publishes in DNS which servers may send its mail, and %2 is not one of them: the sender address is probably forged.</source>
        <translation>%1 answers 550 5.7.23: SPF check failed. The sender&apos;s domain publishes in DNS which servers may send its mail, and %2 is not one of them: the sender address is probably forged.</translation>
    </message>
    <message>
        <source>%1 answers 250 2.1.5: it knows this recipient and will take mail for them.</source>
        <translation>%1 answers 250 2.1.5: it knows this recipient and will take mail for them.</translation>
    </message>
    <message>
        <source>%1 answers 550 5.1.1: there is no such mailbox here. A 5xx code is permanent: trying again will not help, so the sender has to be told.</source>
        <translation>%1 answers 550 5.1.1: there is no such mailbox here. A 5xx code is permanent: trying again will not help, so the sender has to be told.</translation>
    </message>
    <message>
        <source>%1 answers 550 5.7.1: relay access denied. It takes mail from strangers only for its own domains. A server that passed on anyone&apos;s mail to anywhere would be an open relay, soon abused by spammers.</source>
        <translation>%1 answers 550 5.7.1: relay access denied. It takes mail from strangers only for its own domains. A server that passed on anyone&apos;s mail to anywhere would be an open relay, soon abused by spammers.</translation>
    </message>
    <message>
        <source>%1 answers 451 4.7.1: greylisted. It refuses the first attempt from an unknown sender on purpose: real mail servers try again later, many spam programs never do. 4xx means &quot;try again later&quot;.</source>
        <translation>%1 answers 451 4.7.1: greylisted. It refuses the first attempt from an unknown sender on purpose: real mail servers try again later, many spam programs never do. 4xx means &quot;try again later&quot;.</translation>
    </message>
    <message>
        <source>%1 answers 452 4.2.2: the recipient&apos;s mailbox is full for now. A 4xx code: the sender keeps the message and tries again later, perhaps after the owner has made room.</source>
        <translation>%1 answers 452 4.2.2: the recipient&apos;s mailbox is full for now. A 4xx code: the sender keeps the message and tries again later, perhaps after the owner has made room.</translation>
    </message>
    <message>
        <source>%1 answers 552 5.3.4: the size announced with SIZE= is more than it accepts. Thanks to SIZE the refusal comes before the message is sent, not after.</source>
        <translation>%1 answers 552 5.3.4: the size announced with SIZE= is more than it accepts. Thanks to SIZE the refusal comes before the message is sent, not after.</translation>
    </message>
    <message>
        <source>%1 answers 552 5.3.4: the message is larger than it accepts.</source>
        <translation>%1 answers 552 5.3.4: the message is larger than it accepts.</translation>
    </message>
    <message>
        <source>%1 answers 554 5.4.6: the message already carries too many Received: lines. It has been going round in a loop between servers, so it is stopped (RFC 5321 section 6.3).</source>
        <translation>%1 answers 554 5.4.6: the message already carries too many Received: lines. It has been going round in a loop between servers, so it is stopped (RFC 5321 section 6.3).</translation>
    </message>
    <message>
        <source>%1 answers 354: go ahead, send the message, and end it with a line holding only a dot.</source>
        <translation>%1 answers 354: go ahead, send the message, and end it with a line holding only a dot.</translation>
    </message>
    <message>
        <source>%1 answers 250: the message is accepted and queued. From this moment %1 is responsible for it: it must deliver it, or tell the sender that it could not (RFC 5321).</source>
        <translation>%1 answers 250: the message is accepted and queued. From this moment %1 is responsible for it: it must deliver it, or tell the sender that it could not (RFC 5321).</translation>
    </message>
    <message>
        <source>%1 answers 221: goodbye, and closes its side of the connection.</source>
        <translation>%1 answers 221: goodbye, and closes its side of the connection.</translation>
    </message>
    <message>
        <source>%1 answers 554: no recipient was accepted, so there is nobody to send the message to.</source>
        <translation>%1 answers 554: no recipient was accepted, so there is nobody to send the message to.</translation>
    </message>
    <message>
        <source>%1 answers 503 5.5.1: MAIL FROM must come first. SMTP commands come in a fixed order.</source>
        <translation>%1 answers 503 5.5.1: MAIL FROM must come first. SMTP commands come in a fixed order.</translation>
    </message>
    <message>
        <source>%1 answers 503 5.5.1: at least one RCPT TO must come before DATA.</source>
        <translation>%1 answers 503 5.5.1: at least one RCPT TO must come before DATA.</translation>
    </message>
    <message>
        <source>%1 answers 421 4.7.0: too many errors, and hangs up.</source>
        <translation>%1 answers 421 4.7.0: too many errors, and hangs up.</translation>
    </message>
    <message>
        <source>%1 answers &quot;%3&quot;, as this scenario makes it. The first digit says what happens next: 4 means try again later, 5 means give up.</source>
        <translation>%1 answers &quot;%3&quot;, as this scenario makes it. The first digit says what happens next: 4 means try again later, 5 means give up.</translation>
    </message>
    <message>
        <source>%1 answers with a 2xx code: done, all is well.</source>
        <translation>%1 answers with a 2xx code: done, all is well.</translation>
    </message>
    <message>
        <source>%1 answers with a 3xx code: go on, more is expected.</source>
        <translation>%1 answers with a 3xx code: go on, more is expected.</translation>
    </message>
    <message>
        <source>%1 answers with a 4xx code: a temporary failure. The client may try again later.</source>
        <translation>%1 answers with a 4xx code: a temporary failure. The client may try again later.</translation>
    </message>
    <message>
        <source>%1 answers with a 5xx code: a permanent failure. Trying again the same way will not help.</source>
        <translation>%1 answers with a 5xx code: a permanent failure. Trying again the same way will not help.</translation>
    </message>
    <message>
        <source>%1 asks the DNS server: which mail servers take mail for %3? This is an MX (mail exchanger) query.</source>
        <translation>%1 asks the DNS server: which mail servers take mail for %3? This is an MX (mail exchanger) query.</translation>
    </message>
    <message>
        <source>%1 answers: mail for %3 goes to %4 (MX preference %6).</source>
        <translation>%1 answers: mail for %3 goes to %4 (MX preference %6).</translation>
    </message>
    <message>
        <source>%1 answers with %5 MX records for %3: %4. The lowest preference number is tried first; the others are backups for when it is down.</source>
        <translation>%1 answers with %5 MX records for %3: %4. The lowest preference number is tried first; the others are backups for when it is down.</translation>
    </message>
    <message>
        <source>%1 answers: %3 has no MX record, but it has an address. Then the domain itself is its mail server, the &quot;implicit MX&quot; (RFC 5321 section 5.1).</source>
        <translation>%1 answers: %3 has no MX record, but it has an address. Then the domain itself is its mail server, the &quot;implicit MX&quot; (RFC 5321 section 5.1).</translation>
    </message>
    <message>
        <source>%1 answers with a null MX (&quot;0 .&quot;) for %3: this domain accepts no e-mail at all (RFC 7505). The message cannot be delivered.</source>
        <translation>%1 answers with a null MX (&quot;0 .&quot;) for %3: this domain accepts no e-mail at all (RFC 7505). The message cannot be delivered.</translation>
    </message>
    <message>
        <source>%1 answers NXDOMAIN: the domain %3 does not exist. Perhaps the address has a typo. The message cannot be delivered.</source>
        <translation>%1 answers NXDOMAIN: the domain %3 does not exist. Perhaps the address has a typo. The message cannot be delivered.</translation>
    </message>
    <message>
        <source>%1 answers: %3 has neither an MX record nor an address. There is nowhere to deliver.</source>
        <translation>%1 answers: %3 has neither an MX record nor an address. There is nowhere to deliver.</translation>
    </message>
    <message>
        <source>%1 asks the DNS server for the IP address of %3 (an A query), to know where to connect.</source>
        <translation>%1 asks the DNS server for the IP address of %3 (an A query), to know where to connect.</translation>
    </message>
    <message>
        <source>%1 answers: %3 has the address %4.</source>
        <translation>%1 answers: %3 has the address %4.</translation>
    </message>
    <message>
        <source>%1 answers: %3 has no address.</source>
        <translation>%1 answers: %3 has no address.</translation>
    </message>
    <message>
        <source>%1 puts the message into its queue as %3, for %4. A mail server keeps each message in its queue until it is delivered. Its own Received: line is now at the top of the headers.</source>
        <translation>%1 puts the message into its queue as %3, for %4. A mail server keeps each message in its queue until it is delivered. Its own Received: line is now at the top of the headers.</translation>
    </message>
    <message>
        <source>Delivery failed for now (%5). The message stays in %1&apos;s queue and will be tried again in %4 seconds (attempt %6 is over).</source>
        <translation>Delivery failed for now (%5). The message stays in %1&apos;s queue and will be tried again in %4 seconds (attempt %6 is over).</translation>
    </message>
    <message>
        <source>Time to try again: %1 takes %3 out of its queue for attempt %4.</source>
        <translation>Time to try again: %1 takes %3 out of its queue for attempt %4.</translation>
    </message>
    <message>
        <source>%1 stores the message in %3&apos;s mailbox (%4 bytes), adding a Return-Path: header with the envelope sender. The recipient will read it with a mail client, fetched over IMAP or POP3: SMTP&apos;s journey ends here.</source>
        <translation>%1 stores the message in %3&apos;s mailbox (%4 bytes), adding a Return-Path: header with the envelope sender. The recipient will read it with a mail client, fetched over IMAP or POP3: SMTP&apos;s journey ends here.</translation>
    </message>
    <message>
        <source>%1 stores the bounce in %3&apos;s mailbox: the sender now learns that the message could not be delivered, and why.</source>
        <translation>%1 stores the bounce in %3&apos;s mailbox: the sender now learns that the message could not be delivered, and why.</translation>
    </message>
    <message>
        <source>%1 writes a bounce (a delivery status notification, RFC 3464) to %3: delivery to %4 failed with status %5. The bounce is sent from the empty sender &lt;&gt;, so a bounce can never cause another bounce.</source>
        <translation>%1 writes a bounce (a delivery status notification, RFC 3464) to %3: delivery to %4 failed with status %5. The bounce is sent from the empty sender &lt;&gt;, so a bounce can never cause another bounce.</translation>
    </message>
    <message>
        <source>The failed message was itself a bounce (its sender is empty), so no bounce is sent about it: never bounce a bounce.</source>
        <translation>The failed message was itself a bounce (its sender is empty), so no bounce is sent about it: never bounce a bounce.</translation>
    </message>
    <message>
        <source>The address %3 hides a second destination (with %, ! or a quoted @). Servers that followed such tricks became open relays, so %1 refuses it.</source>
        <translation>The address %3 hides a second destination (with %, ! or a quoted @). Servers that followed such tricks became open relays, so %1 refuses it.</translation>
    </message>
    <message>
        <source>%1 throws away %3 bytes that arrived together with STARTTLS: they were sent unencrypted and must not count as if they came through TLS (CVE-2011-0411).</source>
        <translation>%1 throws away %3 bytes that arrived together with STARTTLS: they were sent unencrypted and must not count as if they came through TLS (CVE-2011-0411).</translation>
    </message>
    <message>
        <source>Every recipient was refused, yet the pipelined DATA was accepted: %1 sends just the final dot, an empty message, to end the transaction cleanly (RFC 2920).</source>
        <translation>Every recipient was refused, yet the pipelined DATA was accepted: %1 sends just the final dot, an empty message, to end the transaction cleanly (RFC 2920).</translation>
    </message>
    <message>
        <source>%1 will not use the address %3: it is not a valid e-mail address.</source>
        <translation>%1 will not use the address %3: it is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>%1 sends a command to %2.</source>
        <translation>%1 sends a command to %2.</translation>
    </message>
    <message>
        <source>%1 notes: %3.</source>
        <translation>%1 notes: %3.</translation>
    </message>
    <message>
        <source>%1: %3</source>
        <translation>%1: %3</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Composition</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>%1 answers 220: ready to start TLS. The TLS handshake begins on the same TCP connection.</source>
        <translation>%1 answers 220: ready to start TLS. The TLS handshake begins on the same TCP connection.</translation>
    </message>
    <message>
        <source>%1 answers 552 5.2.2: the recipient&apos;s mailbox is full. RFC 5321 asks senders to treat a 552 to RCPT as temporary, so the sender keeps the message and tries again later; if the mailbox stays full, it gives up and sends a bounce.</source>
        <translation>%1 answers 552 5.2.2: the recipient&apos;s mailbox is full. RFC 5321 asks senders to treat a 552 to RCPT as temporary, so the sender keeps the message and tries again later; if the mailbox stays full, it gives up and sends a bounce.</translation>
    </message>
    <message>
        <source>%3 leaves %1&apos;s queue: for every recipient it has been passed on, delivered, or reported as failed.</source>
        <translation>%3 leaves %1&apos;s queue: for every recipient it has been passed on, delivered, or reported as failed.</translation>
    </message>
    <message>
        <source>A line of the message is %3 bytes long, more than the 1000 SMTP promises to carry. %1 keeps it, but other servers may refuse it or split it.</source>
        <translation>A line of the message is %3 bytes long, more than the 1000 SMTP promises to carry. %1 keeps it, but other servers may refuse it or split it.</translation>
    </message>
    <message>
        <source>%2 does not offer STARTTLS, and %1 refuses to send a password unencrypted, so it stops here.</source>
        <translation>%2 does not offer STARTTLS, and %1 refuses to send a password unencrypted, so it stops here.</translation>
    </message>
    <message>
        <source>%1 opens a TCP connection to %2 on port %3, the port servers use to pass mail to each other. A mail client should submit on port 587 and log in; here it talks to the server as another server would.</source>
        <translation>%1 opens a TCP connection to %2 on port %3, the port servers use to pass mail to each other. A mail client should submit on port 587 and log in; here it talks to the server as another server would.</translation>
    </message>
    <message>
        <source>%1 now acts as a client: it opens a TCP connection to %2 on port %3, the port mail servers use to pass mail to each other (MTA to MTA).</source>
        <translation>%1 now acts as a client: it opens a TCP connection to %2 on port %3, the port mail servers use to pass mail to each other (MTA to MTA).</translation>
    </message>
    <message>
        <source>%1 names the recipient: RCPT TO: %3.</source>
        <translation>%1 names the recipient: RCPT TO: %3.</translation>
    </message>
    <message>
        <source>%1 answers 250 and lists, one per line, the extensions it offers: what it can do beyond plain SMTP. Only what is listed may be used.</source>
        <translation>%1 answers 250 and lists, one per line, the extensions it offers: what it can do beyond plain SMTP. Only what is listed may be used.</translation>
    </message>
    <message>
        <source>%1 answers 250 2.1.5: the recipient is in another domain, and %1 agrees to relay (pass on) the message, because this client has logged in or is a trusted server of its own network.</source>
        <translation>%1 answers 250 2.1.5: the recipient is in another domain, and %1 agrees to relay (pass on) the message, because this client has logged in or is a trusted server of its own network.</translation>
    </message>
    <message>
        <source>%1 puts the bounce into its queue as %3, for %4. It travels like any other message, but from the empty sender &lt;&gt;.</source>
        <translation>%1 puts the bounce into its queue as %3, for %4. It travels like any other message, but from the empty sender &lt;&gt;.</translation>
    </message>
    <message>
        <source>%1, a real mail program, opens a TCP connection to %2 on port %3. This is live mode: nothing is simulated, every line below really crossed the network.</source>
        <translation>%1, a real mail program, opens a TCP connection to %2 on port %3. This is live mode: nothing is simulated, every line below really crossed the network.</translation>
    </message>
    <message>
        <source>%3&apos;s mailbox is full: the message (%4 bytes) does not fit in what is left of its quota (%6 of %5 bytes free). %1 already said 250 for it, so it cannot refuse now: the recipient fails with status 5.2.2 and the sender will get a bounce.</source>
        <translation>%3&apos;s mailbox is full: the message (%4 bytes) does not fit in what is left of its quota (%6 of %5 bytes free). %1 already said 250 for it, so it cannot refuse now: the recipient fails with status 5.2.2 and the sender will get a bounce.</translation>
    </message>
    <message>
        <source>%1 checks SPF (RFC 7208): it asks the DNS server for the TXT records of %3, where a domain publishes which servers may send mail in its name.</source>
        <translation>%1 checks SPF (RFC 7208): it asks the DNS server for the TXT records of %3, where a domain publishes which servers may send mail in its name.</translation>
    </message>
    <message>
        <source>%1 answers with the SPF record of %3: &quot;%4&quot;. Only the addresses listed (ip4:) may send mail from @%3; &quot;-all&quot; means every other sender fails the check.</source>
        <translation>%1 answers with the SPF record of %3: &quot;%4&quot;. Only the addresses listed (ip4:) may send mail from @%3; &quot;-all&quot; means every other sender fails the check.</translation>
    </message>
    <message>
        <source>%1 answers: %3 publishes no SPF record. The check gives &quot;none&quot;: the mail is not refused for it, and nothing is proven about the sender either.</source>
        <translation>%1 answers: %3 publishes no SPF record. The check gives &quot;none&quot;: the mail is not refused for it, and nothing is proven about the sender either.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Create a New Folder</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>List of places and bookmarks</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Are you sure you want to delete &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>ScenarioLoader</name>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>the file is not UTF-8 text</translation>
    </message>
    <message>
        <source>the file holds binary data, not JSON text</source>
        <translation>the file holds binary data, not JSON text</translation>
    </message>
    <message>
        <source>the file is too large for a scenario (more than 1 MB)</source>
        <translation>the file is too large for a scenario (more than 1 MB)</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>the JSON is nested too deeply</translation>
    </message>
    <message>
        <source>the file ends too early: a closing bracket or quote is missing</source>
        <translation>the file ends too early: a closing bracket or quote is missing</translation>
    </message>
    <message>
        <source>unexpected character %1</source>
        <translation>unexpected character %1</translation>
    </message>
    <message>
        <source>invalid \u escape in a string</source>
        <translation>invalid \u escape in a string</translation>
    </message>
    <message>
        <source>a string may not contain a line break or tab: write \n or \t</source>
        <translation>a string may not contain a line break or tab: write \n or \t</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>invalid number</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>number out of range</translation>
    </message>
    <message>
        <source>comma before a closing bracket: remove it</source>
        <translation>comma before a closing bracket: remove it</translation>
    </message>
    <message>
        <source>a comma is missing between two values</source>
        <translation>a comma is missing between two values</translation>
    </message>
    <message>
        <source>a colon is missing after the field name</source>
        <translation>a colon is missing after the field name</translation>
    </message>
    <message>
        <source>field names must be in double quotes</source>
        <translation>field names must be in double quotes</translation>
    </message>
    <message>
        <source>more text after the end of the JSON document</source>
        <translation>more text after the end of the JSON document</translation>
    </message>
    <message>
        <source>the file is UTF-16 or UTF-32; save it as UTF-8</source>
        <translation>the file is UTF-16 or UTF-32; save it as UTF-8</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>invalid JSON</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>text in quotes</translation>
    </message>
    <message>
        <source>a list [ ... ]</source>
        <translation>a list [ ... ]</translation>
    </message>
    <message>
        <source>an object { ... }</source>
        <translation>an object { ... }</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>expected %1, found %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is given twice</source>
        <translation>field &quot;%1&quot; is given twice</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unknown field &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>unknown field &quot;%1&quot;; did you mean &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>expected a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (name@domain)</source>
        <translation>&quot;%1&quot; is not an e-mail address (name@domain)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name</source>
        <translation>&quot;%1&quot; is not a domain name</translation>
    </message>
    <message>
        <source>an MX record needs a &quot;host&quot;</source>
        <translation>an MX record needs a &quot;host&quot;</translation>
    </message>
    <message>
        <source>a user needs an &quot;address&quot;</source>
        <translation>a user needs an &quot;address&quot;</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; use mua, submission, relay, mx, dns or mailbox</source>
        <translation>unknown role &quot;%1&quot;; use mua, submission, relay, mx, dns or mailbox</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>&quot;%1&quot; is not a host name</translation>
    </message>
    <message>
        <source>a fault needs a &quot;type&quot;</source>
        <translation>a fault needs a &quot;type&quot;</translation>
    </message>
    <message>
        <source>unknown fault &quot;%1&quot;; use host-down, reply-override, greylist, mailbox-full, wrong-password or dns-missing</source>
        <translation>unknown fault &quot;%1&quot;; use host-down, reply-override, greylist, mailbox-full, wrong-password or dns-missing</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a refusal: write a 4xx or 5xx reply such as &quot;451 4.7.1 Try again later&quot;</source>
        <translation>&quot;%1&quot; is not a refusal: write a 4xx or 5xx reply such as &quot;451 4.7.1 Try again later&quot;</translation>
    </message>
    <message>
        <source>record must be MX, A or ALL</source>
        <translation>record must be MX, A or ALL</translation>
    </message>
    <message>
        <source>this is not a Kurir scenario: &quot;kurir-scenario&quot;: 1 is missing</source>
        <translation>this is not a Kurir scenario: &quot;kurir-scenario&quot;: 1 is missing</translation>
    </message>
    <message>
        <source>unsupported scenario version; this Kurir reads version 1</source>
        <translation>unsupported scenario version; this Kurir reads version 1</translation>
    </message>
    <message>
        <source>world must be &quot;default&quot; or &quot;empty&quot;</source>
        <translation>world must be &quot;default&quot; or &quot;empty&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time like 2026-11-27T08:00:00+07:00</source>
        <translation>&quot;%1&quot; is not a date and time like 2026-11-27T08:00:00+07:00</translation>
    </message>
    <message>
        <source>a domain needs a &quot;name&quot;</source>
        <translation>a domain needs a &quot;name&quot;</translation>
    </message>
    <message>
        <source>a host needs an &quot;id&quot;</source>
        <translation>a host needs an &quot;id&quot;</translation>
    </message>
    <message>
        <source>host &quot;%1&quot; refers to &quot;%2&quot;, which is not a host of this scenario</source>
        <translation>host &quot;%1&quot; refers to &quot;%2&quot;, which is not a host of this scenario</translation>
    </message>
    <message>
        <source>mail client &quot;%1&quot; needs &quot;submit-to&quot;: the server it sends through</source>
        <translation>mail client &quot;%1&quot; needs &quot;submit-to&quot;: the server it sends through</translation>
    </message>
    <message>
        <source>host &quot;%1&quot; needs a &quot;name&quot;</source>
        <translation>host &quot;%1&quot; needs a &quot;name&quot;</translation>
    </message>
    <message>
        <source>host &quot;%1&quot; needs an &quot;address&quot;</source>
        <translation>host &quot;%1&quot; needs an &quot;address&quot;</translation>
    </message>
    <message>
        <source>two hosts have the address %1</source>
        <translation>two hosts have the address %1</translation>
    </message>
    <message>
        <source>the MX record of %1 points to %2, but no host has that name</source>
        <translation>the MX record of %1 points to %2, but no host has that name</translation>
    </message>
    <message>
        <source>the scenario sends no message</source>
        <translation>the scenario sends no message</translation>
    </message>
    <message>
        <source>a message needs at least one recipient in &quot;to&quot;, &quot;cc&quot; or &quot;bcc&quot;</source>
        <translation>a message needs at least one recipient in &quot;to&quot;, &quot;cc&quot; or &quot;bcc&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail client (role mua) of this scenario</source>
        <translation>&quot;%1&quot; is not a mail client (role mua) of this scenario</translation>
    </message>
    <message>
        <source>no mail client (role mua) can send the messages</source>
        <translation>no mail client (role mua) can send the messages</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host of this scenario</source>
        <translation>&quot;%1&quot; is not a host of this scenario</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain of this scenario</source>
        <translation>&quot;%1&quot; is not a domain of this scenario</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>this is a folder, not a scenario file</source>
        <translation>this is a folder, not a scenario file</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>&quot;max-recipients&quot; is smaller than &quot;min-recipients&quot;</source>
        <translation>&quot;max-recipients&quot; is smaller than &quot;min-recipients&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail server of this scenario</source>
        <translation>&quot;%1&quot; is not a mail server of this scenario</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>this is not a regular file</translation>
    </message>
    <message>
        <source>the domain %1 is described twice in this file (first on line %2)</source>
        <translation>the domain %1 is described twice in this file (first on line %2)</translation>
    </message>
    <message>
        <source>the host id &quot;%1&quot; is used twice in this file (first on line %2)</source>
        <translation>the host id &quot;%1&quot; is used twice in this file (first on line %2)</translation>
    </message>
    <message>
        <source>hosts &quot;%1&quot; and &quot;%2&quot; have the same name %3: DNS could find only one of them</source>
        <translation>hosts &quot;%1&quot; and &quot;%2&quot; have the same name %3: DNS could find only one of them</translation>
    </message>
    <message>
        <source>invalid escape %1 in a string; a backslash itself is written \\</source>
        <translation>invalid escape %1 in a string; a backslash itself is written \\</translation>
    </message>
    <message>
        <source>expected an e-mail address in quotes or a list of addresses, found %1</source>
        <translation>expected an e-mail address in quotes or a list of addresses, found %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address such as 203.0.113.5</source>
        <translation>&quot;%1&quot; is not an IPv4 address such as 203.0.113.5</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; fault needs a &quot;%2&quot;</source>
        <translation>a &quot;%1&quot; fault needs a &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;until-ms&quot; (%1) is not after &quot;from-ms&quot; (%2): the host would never be down</source>
        <translation>&quot;until-ms&quot; (%1) is not after &quot;from-ms&quot; (%2): the host would never be down</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use %2, or &quot;.&quot; for the end of the data</source>
        <translation>unknown command &quot;%1&quot;; use %2, or &quot;.&quot; for the end of the data</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>unknown command &quot;%1&quot;; did you mean &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>a link needs &quot;from&quot; and &quot;to&quot;: the ids of two hosts</source>
        <translation>a link needs &quot;from&quot; and &quot;to&quot;: the ids of two hosts</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail server (role submission, relay or mx) of this scenario</source>
        <translation>&quot;%1&quot; is not a mail server (role submission, relay or mx) of this scenario</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mailbox (role mailbox) of this scenario</source>
        <translation>&quot;%1&quot; is not a mailbox (role mailbox) of this scenario</translation>
    </message>
    <message>
        <source>mail server &quot;%1&quot; needs a port from 1 to 65535</source>
        <translation>mail server &quot;%1&quot; needs a port from 1 to 65535</translation>
    </message>
    <message>
        <source>%1 is not a user of any domain in this scenario</source>
        <translation>%1 is not a user of any domain in this scenario</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain or host name of this scenario</source>
        <translation>&quot;%1&quot; is not a domain or host name of this scenario</translation>
    </message>
</context>
<context>
    <name>SequencePainter</name>
    <message numerus="yes">
        <source>(the message: %n byte(s), dot-stuffed)</source>
        <translation>
            <numerusform>(the message: %n byte, dot-stuffed)</numerusform>
            <numerusform>(the message: %n bytes, dot-stuffed)</numerusform>
        </translation>
    </message>
    <message>
        <source>[encrypted] %1</source>
        <translation>[encrypted] %1</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Live mode (real SMTP clients deliver into Kurir):
  serve --domain D --maildir DIR [OPTIONS]
                              receive real mail over SMTP (live mode) and
                              store it in DIR/&lt;address&gt;/new until Ctrl+C:
    --listen HOST:PORT        where to listen (default 127.0.0.1:2525; port 0:
                              any free port)
    --domain D                accept mail for D (repeat for more domains)
    --maildir DIR             the folder of the mailboxes
    --user ADDRESS:PASSWORD   a user who may log in (repeat); then only the
                              listed addresses and postmaster receive mail
    --max-size BYTES          largest message accepted (default 10485760)
    --max-sessions N          clients at once (default 100)
    --tls-cert FILE --tls-key FILE
                              certificate for STARTTLS (default: a
                              self-signed one, kept in DIR/.kurir-tls)
    --hostname NAME           the server&apos;s name (default: the first domain)
    --idle-timeout SECONDS    hang up on silent clients (default 300)
    --verbose                 print every line of every dialogue
</source>
        <translation>Live mode (real SMTP clients deliver into Kurir):
  serve --domain D --maildir DIR [OPTIONS]
                              receive real mail over SMTP (live mode) and
                              store it in DIR/&lt;address&gt;/new until Ctrl+C:
    --listen HOST:PORT        where to listen (default 127.0.0.1:2525; port 0:
                              any free port)
    --domain D                accept mail for D (repeat for more domains)
    --maildir DIR             the folder of the mailboxes
    --user ADDRESS:PASSWORD   a user who may log in (repeat); then only the
                              listed addresses and postmaster receive mail
    --max-size BYTES          largest message accepted (default 10485760)
    --max-sessions N          clients at once (default 100)
    --tls-cert FILE --tls-key FILE
                              certificate for STARTTLS (default: a
                              self-signed one, kept in DIR/.kurir-tls)
    --hostname NAME           the server&apos;s name (default: the first domain)
    --idle-timeout SECONDS    hang up on silent clients (default 300)
    --verbose                 print every line of every dialogue
</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>unknown option &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name such as test.example</source>
        <translation>&quot;%1&quot; is not a domain name such as test.example</translation>
    </message>
    <message>
        <source>--max-size needs a number of bytes greater than 0</source>
        <translation>--max-size needs a number of bytes greater than 0</translation>
    </message>
    <message>
        <source>--max-sessions needs a whole number greater than 0</source>
        <translation>--max-sessions needs a whole number greater than 0</translation>
    </message>
    <message>
        <source>--user needs ADDRESS:PASSWORD, such as bob@test.example:secret</source>
        <translation>--user needs ADDRESS:PASSWORD, such as bob@test.example:secret</translation>
    </message>
    <message>
        <source>--idle-timeout needs a number of seconds greater than 0</source>
        <translation>--idle-timeout needs a number of seconds greater than 0</translation>
    </message>
    <message>
        <source>needs at least one --domain</source>
        <translation>needs at least one --domain</translation>
    </message>
    <message>
        <source>needs --maildir DIR</source>
        <translation>needs --maildir DIR</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert and --tls-key go together</translation>
    </message>
    <message>
        <source>the user %1 is not in any --domain</source>
        <translation>the user %1 is not in any --domain</translation>
    </message>
    <message>
        <source>--listen needs an IP address and a port, such as 127.0.0.1:2525</source>
        <translation>--listen needs an IP address and a port, such as 127.0.0.1:2525</translation>
    </message>
    <message>
        <source>Kurir is listening for SMTP on %1 (STARTTLS available).</source>
        <translation>Kurir is listening for SMTP on %1 (STARTTLS available).</translation>
    </message>
    <message>
        <source>Accepting mail for: %1</source>
        <translation>Accepting mail for: %1</translation>
    </message>
    <message>
        <source>Storing mail in: %1</source>
        <translation>Storing mail in: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) may log in (AUTH, inside TLS only).</source>
        <translation>
            <numerusform>%n user may log in (AUTH, inside TLS only).</numerusform>
            <numerusform>%n users may log in (AUTH, inside TLS only).</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: not on loopback; other computers can reach this server.</source>
        <translation>Warning: not on loopback; other computers can reach this server.</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Press Ctrl+C to stop.</translation>
    </message>
    <message numerus="yes">
        <source>Stopping: %n session(s) told to come back later.</source>
        <translation>
            <numerusform>Stopping: %n session told to come back later.</numerusform>
            <numerusform>Stopping: %n sessions told to come back later.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
</context>
<context>
    <name>Visuals</name>
    <message>
        <source>2xx success</source>
        <translation>2xx success</translation>
    </message>
    <message>
        <source>3xx go on</source>
        <translation>3xx go on</translation>
    </message>
    <message>
        <source>4xx try again later</source>
        <translation>4xx try again later</translation>
    </message>
    <message>
        <source>5xx refused</source>
        <translation>5xx refused</translation>
    </message>
</context>
<context>
    <name>kurir::gui::ChartsView</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 → %2 #%3</source>
        <translation>%1 → %2 #%3</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (no answer)</source>
        <translation>%1 (no answer)</translation>
    </message>
    <message>
        <source>Run a scenario to see its charts.</source>
        <translation>Run a scenario to see its charts.</translation>
    </message>
    <message>
        <source>Time per phase of each connection</source>
        <translation>Time per phase of each connection</translation>
    </message>
    <message>
        <source>DNS look-up</source>
        <translation>DNS look-up</translation>
    </message>
    <message>
        <source>TCP, greeting and QUIT</source>
        <translation>TCP, greeting and QUIT</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Login (AUTH)</source>
        <translation>Login (AUTH)</translation>
    </message>
    <message>
        <source>Envelope (MAIL, RCPT)</source>
        <translation>Envelope (MAIL, RCPT)</translation>
    </message>
    <message>
        <source>Data (DATA to 250)</source>
        <translation>Data (DATA to 250)</translation>
    </message>
    <message>
        <source>Simulated time (ms)</source>
        <translation>Simulated time (ms)</translation>
    </message>
    <message>
        <source>Each bar is one SMTP connection; its pieces show how many simulated milliseconds each phase took, from the DNS look-up to the data. The arrow ▶ marks the connection of the current step.</source>
        <translation>Each bar is one SMTP connection; its pieces show how many simulated milliseconds each phase took, from the DNS look-up to the data. The arrow ▶ marks the connection of the current step.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %n connections.</source>
        <translation>
            <numerusform>Showing the first %1 of %n connections.</numerusform>
            <numerusform>Showing the first %1 of %n connections.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages waiting in the queue</source>
        <translation>Messages waiting in the queue</translation>
    </message>
    <message>
        <source>Queue of %1</source>
        <translation>Queue of %1</translation>
    </message>
    <message>
        <source>Delivery attempt</source>
        <translation>Delivery attempt</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Current step</translation>
    </message>
    <message>
        <source>Simulated time (s)</source>
        <translation>Simulated time (s)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>The line shows how many messages wait in each server&apos;s queue. Each triangle is a delivery attempt: a deferred message stays in the queue and the server tries again later (retry). The thin vertical line is the current step.</source>
        <translation>The line shows how many messages wait in each server&apos;s queue. Each triangle is a delivery attempt: a deferred message stays in the queue and the server tries again later (retry). The thin vertical line is the current step.</translation>
    </message>
    <message>
        <source>Delivered, deferred and bounced messages</source>
        <translation>Delivered, deferred and bounced messages</translation>
    </message>
    <message>
        <source>Delivered (solid)</source>
        <translation>Delivered (solid)</translation>
    </message>
    <message>
        <source>Deferred (dashed)</source>
        <translation>Deferred (dashed)</translation>
    </message>
    <message>
        <source>Bounced (dotted)</source>
        <translation>Bounced (dotted)</translation>
    </message>
    <message>
        <source>Messages so far</source>
        <translation>Messages so far</translation>
    </message>
    <message>
        <source>Each line counts messages from the start of the run: delivered to a mailbox, deferred (they wait in the queue for a retry) and bounced (a bounce goes back to the sender). The thin vertical line is the current step.</source>
        <translation>Each line counts messages from the start of the run: delivered to a mailbox, deferred (they wait in the queue for a retry) and bounced (a bounce goes back to the sender). The thin vertical line is the current step.</translation>
    </message>
    <message>
        <source>Round trips with and without PIPELINING</source>
        <translation>Round trips with and without PIPELINING</translation>
    </message>
    <message>
        <source>Without PIPELINING (hatched)</source>
        <translation>Without PIPELINING (hatched)</translation>
    </message>
    <message>
        <source>With PIPELINING, as in this lesson (solid)</source>
        <translation>With PIPELINING, as in this lesson (solid)</translation>
    </message>
    <message>
        <source>Times the client waits for the server</source>
        <translation>Times the client waits for the server</translation>
    </message>
    <message>
        <source>A round trip is the client sending and then waiting for the server&apos;s answer. With PIPELINING (RFC 2920) the client sends MAIL, RCPT and DATA together and reads their replies together: fewer waits, which matters on a slow link.</source>
        <translation>A round trip is the client sending and then waiting for the server&apos;s answer. With PIPELINING (RFC 2920) the client sends MAIL, RCPT and DATA together and reads their replies together: fewer waits, which matters on a slow link.</translation>
    </message>
</context>
<context>
    <name>kurir::gui::ErrorDialog</name>
    <message>
        <source>The scenario could not be opened</source>
        <translation>The scenario could not be opened</translation>
    </message>
    <message>
        <source>Problems found in the scenario</source>
        <translation>Problems found in the scenario</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be opened: %n problem(s) found. The scenario that was open stays open.</source>
        <translation>
            <numerusform>%1 could not be opened: %n problem found. The scenario that was open stays open.</numerusform>
            <numerusform>%1 could not be opened: %n problems found. The scenario that was open stays open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kurir::gui::ExplanationPanel</name>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Explanation of the step</source>
        <translation>Explanation of the step</translation>
    </message>
    <message>
        <source>Choose a scenario to begin.</source>
        <translation>Choose a scenario to begin.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Step %1 of %2  ·  %3  ·  %4</source>
        <translation>Step %1 of %2  ·  %3  ·  %4</translation>
    </message>
    <message>
        <source>Teacher&apos;s note: %1</source>
        <translation>Teacher&apos;s note: %1</translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s)</source>
        <translation>
            <numerusform>… %n more line</numerusform>
            <numerusform>… %n more lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Current line of the dialogue</source>
        <translation>Current line of the dialogue</translation>
    </message>
</context>
<context>
    <name>kurir::gui::JourneyView</name>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>The message itself</source>
        <translation>The message itself</translation>
    </message>
    <message>
        <source>TCP connection</source>
        <translation>TCP connection</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>No connection</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Connection closed</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS handshake</translation>
    </message>
    <message>
        <source>DNS question</source>
        <translation>DNS question</translation>
    </message>
    <message>
        <source>DNS answer</source>
        <translation>DNS answer</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Into the mailbox</source>
        <translation>Into the mailbox</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Bounce</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>New message</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Journey of the message</source>
        <translation>Journey of the message</translation>
    </message>
    <message>
        <source>Step %1: %2 to %3, %4: %5</source>
        <translation>Step %1: %2 to %3, %4: %5</translation>
    </message>
    <message>
        <source>Step %1: %2, %3: %4</source>
        <translation>Step %1: %2, %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s)</source>
        <translation>
            <numerusform>… %n more line</numerusform>
            <numerusform>… %n more lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mail server(s)</source>
        <translation>
            <numerusform>%n mail server</numerusform>
            <numerusform>%n mail servers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kurir::gui::LiveDialog</name>
    <message>
        <source>Live mode</source>
        <translation>Live mode</translation>
    </message>
    <message>
        <source>In live mode Kurir is a real SMTP server. Mail that real programs (swaks, a mail client, Python&apos;s smtplib) send to it appears in the journey, the dialogue and the mailboxes, and is stored in a Maildir folder on this computer.</source>
        <translation>In live mode Kurir is a real SMTP server. Mail that real programs (swaks, a mail client, Python&apos;s smtplib) send to it appears in the journey, the dialogue and the mailboxes, and is stored in a Maildir folder on this computer.</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Listen on:</translation>
    </message>
    <message>
        <source>IP address and port, such as 127.0.0.1:2525. 127.0.0.1 only accepts connections from this computer; 0.0.0.0 accepts the whole classroom.</source>
        <translation>IP address and port, such as 127.0.0.1:2525. 127.0.0.1 only accepts connections from this computer; 0.0.0.0 accepts the whole classroom.</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>Mail for addresses at this domain is accepted, such as bob@kurir.test</source>
        <translation>Mail for addresses at this domain is accepted, such as bob@kurir.test</translation>
    </message>
    <message>
        <source>&amp;Maildir folder:</source>
        <translation>&amp;Maildir folder:</translation>
    </message>
    <message>
        <source>Where accepted messages are stored, one folder per mailbox</source>
        <translation>Where accepted messages are stored, one folder per mailbox</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kurir::gui::MailboxesView</name>
    <message>
        <source>Mailboxes and queues</source>
        <translation>Mailboxes and queues</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Mailboxes</translation>
    </message>
    <message>
        <source>Queues of the sending servers</source>
        <translation>Queues of the sending servers</translation>
    </message>
    <message>
        <source>Mailbox / sender</source>
        <translation>Mailbox / sender</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Stored at step</source>
        <translation>Stored at step</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Queue id</source>
        <translation>Queue id</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Waiting for</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), at %1</source>
        <translation>
            <numerusform>%n message, at %1</numerusform>
            <numerusform>%n messages, at %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click or press Enter to read it</source>
        <translation>Double-click or press Enter to read it</translation>
    </message>
    <message numerus="yes">
        <source>… and %n older message(s)</source>
        <translation>
            <numerusform>… and %n older message</numerusform>
            <numerusform>… and %n older messages</numerusform>
        </translation>
    </message>
    <message>
        <source>No message has been delivered yet.</source>
        <translation>No message has been delivered yet.</translation>
    </message>
    <message>
        <source>being delivered</source>
        <translation>being delivered</translation>
    </message>
    <message>
        <source>retry at %1 (in %2 s) after: %3</source>
        <translation>retry at %1 (in %2 s) after: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>The queues are empty.</source>
        <translation>The queues are empty.</translation>
    </message>
    <message>
        <source>Message in %1</source>
        <translation>Message in %1</translation>
    </message>
    <message>
        <source>Bounce from %1</source>
        <translation>Bounce from %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more mailbox(es)</source>
        <translation>
            <numerusform>… and %n more mailbox(es)</numerusform>
            <numerusform>… and %n more mailbox(es)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kurir::gui::MainWindow</name>
    <message>
        <source>kurir: cannot write %1: %2</source>
        <translation>kurir: cannot write %1: %2</translation>
    </message>
    <message>
        <source>Kurir — %1</source>
        <translation>Kurir — %1</translation>
    </message>
    <message>
        <source>Kurir</source>
        <translation>Kurir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Playback</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open a scenario file (.json)</source>
        <translation>Open a scenario file (.json)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Read the scenario again and run it anew</source>
        <translation>Read the scenario again and run it anew</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Kurir</source>
        <translation>&amp;About Kurir</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Clear the list</translation>
    </message>
    <message>
        <source>Show Kurir in Bahasa Indonesia</source>
        <translation>Show Kurir in Bahasa Indonesia</translation>
    </message>
    <message>
        <source>Show Kurir in English</source>
        <translation>Show Kurir in English</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Journey, dialogue and explanation</source>
        <translation>Journey, dialogue and explanation</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>Open a scenario</translation>
    </message>
    <message>
        <source>Kurir scenarios (*.json);;All files (*)</source>
        <translation>Kurir scenarios (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>About Kurir</source>
        <translation>About Kurir</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kurir %1&lt;/b&gt;&lt;br&gt;How an e-mail travels from Alice&apos;s laptop to Bob&apos;s mailbox, one real SMTP line at a time.</source>
        <translation>&lt;b&gt;Kurir %1&lt;/b&gt;&lt;br&gt;How an e-mail travels from Alice&apos;s laptop to Bob&apos;s mailbox, one real SMTP line at a time.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Present</translation>
    </message>
    <message>
        <source>Presentation mode: full screen, large type, only the journey and its explanation (F5; Esc leaves)</source>
        <translation>Presentation mode: full screen, large type, only the journey and its explanation (F5; Esc leaves)</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Leave presentation mode</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <source>Export sequence diagram</source>
        <translation>Export sequence diagram</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg);;PNG image (*.png)</source>
        <translation>SVG drawing (*.svg);;PNG image (*.png)</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>&amp;Journey</translation>
    </message>
    <message>
        <source>&amp;Sequence diagram</source>
        <translation>&amp;Sequence diagram</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>Mail&amp;boxes and queues</source>
        <translation>Mail&amp;boxes and queues</translation>
    </message>
    <message>
        <source>Where the message is: the actors and the links it travels</source>
        <translation>Where the message is: the actors and the links it travels</translation>
    </message>
    <message>
        <source>How the conversation went: one lifeline per actor, an arrow per command and reply</source>
        <translation>How the conversation went: one lifeline per actor, an arrow per command and reply</translation>
    </message>
    <message>
        <source>What the message is at this step: envelope and headers, Received: lines, MIME parts, source</source>
        <translation>What the message is at this step: envelope and headers, Received: lines, MIME parts, source</translation>
    </message>
    <message>
        <source>Every mailbox and every sending server&apos;s queue at this step</source>
        <translation>Every mailbox and every sending server&apos;s queue at this step</translation>
    </message>
    <message>
        <source>&amp;Export sequence diagram…</source>
        <translation>&amp;Export sequence diagram…</translation>
    </message>
    <message>
        <source>Save the sequence diagram as SVG or PNG, for slides and worksheets</source>
        <translation>Save the sequence diagram as SVG or PNG, for slides and worksheets</translation>
    </message>
    <message>
        <source>Running the scenario…</source>
        <translation>Running the scenario…</translation>
    </message>
    <message>
        <source>&amp;Eavesdropper&apos;s view</source>
        <translation>&amp;Eavesdropper&apos;s view</translation>
    </message>
    <message>
        <source>Show each line as someone listening on the network sees it: readable before STARTTLS and on connections without TLS, ciphertext after it</source>
        <translation>Show each line as someone listening on the network sees it: readable before STARTTLS and on connections without TLS, ciphertext after it</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>What if</translation>
    </message>
    <message>
        <source>Step to a server reply first (a line that starts with a reply code, such as 250); then choose what the server should have said instead.</source>
        <translation>Step to a server reply first (a line that starts with a reply code, such as 250); then choose what the server should have said instead.</translation>
    </message>
    <message>
        <source>At step %1 the server answered %2 with:
%3

What if it had answered:</source>
        <translation>At step %1 the server answered %2 with:
%3

What if it had answered:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a refusal: write a 4xx (try again later) or 5xx (refused) reply such as &quot;550 5.1.1 User unknown&quot;.</source>
        <translation>&quot;%1&quot; is not a refusal: write a 4xx (try again later) or 5xx (refused) reply such as &quot;550 5.1.1 User unknown&quot;.</translation>
    </message>
    <message>
        <source>What if is for the lessons; the bulk scenario is too large to run twice.</source>
        <translation>What if is for the lessons; the bulk scenario is too large to run twice.</translation>
    </message>
    <message>
        <source>Delivered to: %1
Bounced (reported to the sender): %2
Not sent (still in the mail client): %3
Finished after %4 s of simulated time, %5 steps.</source>
        <translation>Delivered to: %1
Bounced (reported to the sender): %2
Not sent (still in the mail client): %3
Finished after %4 s of simulated time, %5 steps.</translation>
    </message>
    <message>
        <source>What if: the two outcomes</source>
        <translation>What if: the two outcomes</translation>
    </message>
    <message>
        <source>As it happened (%1)</source>
        <translation>As it happened (%1)</translation>
    </message>
    <message>
        <source>What if: %1</source>
        <translation>What if: %1</translation>
    </message>
    <message>
        <source>The window now shows the new journey; Reload (Ctrl+R) brings back the lesson as it was.</source>
        <translation>The window now shows the new journey; Reload (Ctrl+R) brings back the lesson as it was.</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Charts</translation>
    </message>
    <message>
        <source>Time per phase of each connection, the queue over time, deliveries over time</source>
        <translation>Time per phase of each connection, the queue over time, deliveries over time</translation>
    </message>
    <message>
        <source>&amp;What if this reply were…</source>
        <translation>&amp;What if this reply were…</translation>
    </message>
    <message>
        <source>Replace the server reply at this step (say 250 by 550 5.1.1) and run the lesson again from here</source>
        <translation>Replace the server reply at this step (say 250 by 550 5.1.1) and run the lesson again from here</translation>
    </message>
    <message>
        <source>Live mode</source>
        <translation>Live mode</translation>
    </message>
    <message>
        <source>Live mode could not start: %1

If another program uses this port, choose another one in File → Live mode settings.</source>
        <translation>Live mode could not start: %1

If another program uses this port, choose another one in File → Live mode settings.</translation>
    </message>
    <message>
        <source>Live: listening on %1 for %2 — try: swaks --server %1 --to bob@%2</source>
        <translation>Live: listening on %1 for %2 — try: swaks --server %1 --to bob@%2</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <source>Live mode: Kurir becomes a real SMTP server; the sessions of real mail programs appear in the window (Ctrl+L)</source>
        <translation>Live mode: Kurir becomes a real SMTP server; the sessions of real mail programs appear in the window (Ctrl+L)</translation>
    </message>
    <message>
        <source>Live mode &amp;settings…</source>
        <translation>Live mode &amp;settings…</translation>
    </message>
    <message>
        <source>Where live mode listens, for which domain, and where it stores mail</source>
        <translation>Where live mode listens, for which domain, and where it stores mail</translation>
    </message>
    <message>
        <source>Kurir — Live mode</source>
        <translation>Kurir — Live mode</translation>
    </message>
    <message>
        <source>Messages are stored in %1</source>
        <translation>Messages are stored in %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) stored</source>
        <translation>
            <numerusform>%Ln message stored</numerusform>
            <numerusform>%Ln messages stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln earlier session(s) counted, not shown</source>
        <translation>
            <numerusform>%Ln earlier session counted, not shown</numerusform>
            <numerusform>%Ln earlier sessions counted, not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kurir::gui::MessageInspector</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Message inspector</source>
        <translation>Message inspector</translation>
    </message>
    <message>
        <source>The password line, decoded</source>
        <translation>The password line, decoded</translation>
    </message>
    <message>
        <source>Envelope: what the servers read</source>
        <translation>Envelope: what the servers read</translation>
    </message>
    <message>
        <source>Headers: what Bob&apos;s mail client shows</source>
        <translation>Headers: what Bob&apos;s mail client shows</translation>
    </message>
    <message>
        <source>Received: chain (newest first, one line per server)</source>
        <translation>Received: chain (newest first, one line per server)</translation>
    </message>
    <message>
        <source>MIME parts: a part as sent (left) and decoded (right)</source>
        <translation>MIME parts: a part as sent (left) and decoded (right)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Source as it crossed the wire after DATA</source>
        <translation>Source as it crossed the wire after DATA</translation>
    </message>
    <message>
        <source>Choose a part above.</source>
        <translation>Choose a part above.</translation>
    </message>
    <message>
        <source>On the wire: %1
Decoded: %2

Base64 is an encoding, not encryption: anyone who reads this line reads the user name and the password ([NUL] separates them). That is why the client sends AUTH only after STARTTLS.</source>
        <translation>On the wire: %1
Decoded: %2

Base64 is an encoding, not encryption: anyone who reads this line reads the user name and the password ([NUL] separates them). That is why the client sends AUTH only after STARTTLS.</translation>
    </message>
    <message>
        <source>No message yet: step forward until Alice&apos;s mail client composes it.</source>
        <translation>No message yet: step forward until Alice&apos;s mail client composes it.</translation>
    </message>
    <message>
        <source>The message at step %1</source>
        <translation>The message at step %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Cc: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>%1 is in the envelope but in no To or Cc header: a Bcc recipient. The servers deliver to the envelope; the other recipients never see this address.</source>
        <translation>%1 is in the envelope but in no To or Cc header: a Bcc recipient. The servers deliver to the envelope; the other recipients never see this address.</translation>
    </message>
    <message>
        <source>The envelope sender is empty (&lt;&gt;): this is a bounce, and nobody answers a bounce with another bounce.</source>
        <translation>The envelope sender is empty (&lt;&gt;): this is a bounce, and nobody answers a bounce with another bounce.</translation>
    </message>
    <message>
        <source>The From header (%1) is not the envelope sender (%2). SMTP itself does not check the From header: a forged sender looks real to the reader, which is why receiving servers check SPF, DKIM and DMARC.</source>
        <translation>The From header (%1) is not the envelope sender (%2). SMTP itself does not check the From header: a forged sender looks real to the reader, which is why receiving servers check SPF, DKIM and DMARC.</translation>
    </message>
    <message>
        <source>Envelope and headers agree here: the servers deliver to the envelope, the reader sees the headers.</source>
        <translation>Envelope and headers agree here: the servers deliver to the envelope, the reader sees the headers.</translation>
    </message>
    <message>
        <source>None yet: each server that accepts the message adds one line at the top.</source>
        <translation>None yet: each server that accepts the message adds one line at the top.</translation>
    </message>
    <message numerus="yes">
        <source>… %n more byte(s) not shown</source>
        <translation>
            <numerusform>… %n more byte not shown</numerusform>
            <numerusform>… %n more bytes not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the message start with a dot: the client doubled that dot on the wire (dot-stuffing, RFC 5321 §4.5.2), so no line of the message can end the data early. The server removes it again.</source>
        <translation>
            <numerusform>%n line of the message starts with a dot: the client doubled that dot on the wire (dot-stuffing, RFC 5321 §4.5.2), so no line of the message can end the data early. The server removes it again.</numerusform>
            <numerusform>%n lines of the message start with a dot: the client doubled that dot on the wire (dot-stuffing, RFC 5321 §4.5.2), so no line of the message can end the data early. The server removes it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data ends with a line holding only a dot. A line of the message that starts with a dot would have it doubled on the wire (dot-stuffing).</source>
        <translation>The data ends with a line holding only a dot. A line of the message that starts with a dot would have it doubled on the wire (dot-stuffing).</translation>
    </message>
</context>
<context>
    <name>kurir::gui::PlaybackBar</name>
    <message>
        <source>Playback</source>
        <translation>Playback</translation>
    </message>
    <message>
        <source>Playback controls</source>
        <translation>Playback controls</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Go to the first step</source>
        <translation>Go to the first step</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Step back</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Pause the story</source>
        <translation>Pause the story</translation>
    </message>
    <message>
        <source>Play the story step by step</source>
        <translation>Play the story step by step</translation>
    </message>
    <message>
        <source>Next step ▶</source>
        <translation>Next step ▶</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>Step forward</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Go to the last step</source>
        <translation>Go to the last step</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Playback speed</translation>
    </message>
    <message>
        <source>How fast the story plays</source>
        <translation>How fast the story plays</translation>
    </message>
    <message>
        <source>Position in the story</source>
        <translation>Position in the story</translation>
    </message>
    <message>
        <source>Drag to go to any step</source>
        <translation>Drag to go to any step</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
</context>
<context>
    <name>kurir::gui::ScenarioPicker</name>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Choose a scenario from Kurir&apos;s library</source>
        <translation>Choose a scenario from Kurir&apos;s library</translation>
    </message>
    <message>
        <source>%1 (file %2)</source>
        <translation>%1 (file %2)</translation>
    </message>
</context>
<context>
    <name>kurir::gui::SequenceView</name>
    <message>
        <source>Sequence diagram</source>
        <translation>Sequence diagram</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Kurir sequence diagram</source>
        <translation>Kurir sequence diagram</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
</context>
<context>
    <name>kurir::gui::StageStrip</name>
    <message>
        <source>Stages of sending an e-mail</source>
        <translation>Stages of sending an e-mail</translation>
    </message>
    <message>
        <source>current stage</source>
        <translation>current stage</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>to come</translation>
    </message>
    <message>
        <source>not in this scenario</source>
        <translation>not in this scenario</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation>Stage %1: %2</translation>
    </message>
    <message>
        <source>Stage %1 of 5, %2. Click to go to its first step.</source>
        <translation>Stage %1 of 5, %2. Click to go to its first step.</translation>
    </message>
</context>
<context>
    <name>kurir::gui::TranscriptModel</name>
    <message>
        <source>queue</source>
        <translation>queue</translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation>mailbox</translation>
    </message>
    <message>
        <source>bounce</source>
        <translation>bounce</translation>
    </message>
    <message>
        <source>write</source>
        <translation>write</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Step %1, %2</source>
        <translation>Step %1, %2</translation>
    </message>
    <message>
        <source>Step %1, %2: %3</source>
        <translation>Step %1, %2: %3</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What is said</source>
        <translation>What is said</translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s): see the Message tab</source>
        <translation>
            <numerusform>… %n more line: see the Message tab</numerusform>
            <numerusform>… %n more lines: see the Message tab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kurir::gui::TranscriptView</name>
    <message>
        <source>SMTP dialogue</source>
        <translation>SMTP dialogue</translation>
    </message>
    <message>
        <source>The SMTP dialogue, line by line. C: the client speaks, S: the server answers. Click a line to go to its step.</source>
        <translation>The SMTP dialogue, line by line. C: the client speaks, S: the server answers. Click a line to go to its step.</translation>
    </message>
</context>
</TS>
