<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>CliApp</name>
    <message>
        <source>kurir-cli: unknown language &quot;%1&quot;; use id or en</source>
        <translation>kurir-cli: bahasa &quot;%1&quot; tidak dikenal; gunakan id atau en</translation>
    </message>
    <message>
        <source>kurir-cli: unknown command &quot;%1&quot;</source>
        <translation>kurir-cli: perintah tidak dikenal &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Run &quot;kurir-cli --help&quot; to see the commands.</source>
        <translation>Jalankan &quot;kurir-cli --help&quot; untuk melihat daftar perintah.</translation>
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
        <translation>Cara pakai: kurir-cli [--lang id|en] PERINTAH [OPSI]

Kurir memperlihatkan perjalanan email dari aplikasi email pengirim, lewat
server SMTP, sampai ke kotak surat penerima: baris demi baris SMTP yang asli.

Perintah:
  list                        daftar skenario bawaan
  run SKENARIO [--format text|jsonl] [--seed N]
                              jalankan skenario (id bawaan atau file) dan
                              tampilkan setiap langkah beserta penjelasannya
  validate FILE...            periksa file skenario

Opsi:
  --lang id|en   bahasa pesan (default: bahasa sistem)
  --help         tampilkan bantuan ini
  --version      tampilkan versi
</translation>
    </message>
    <message>
        <source>kurir-cli: --seed needs a whole number from 0 to 4294967295</source>
        <translation>kurir-cli: --seed memerlukan bilangan bulat dari 0 sampai 4294967295</translation>
    </message>
    <message>
        <source>kurir-cli: unknown option &quot;%1&quot;</source>
        <translation>kurir-cli: opsi tidak dikenal &quot;%1&quot;</translation>
    </message>
    <message>
        <source>kurir-cli: run takes one scenario</source>
        <translation>kurir-cli: run hanya menerima satu skenario</translation>
    </message>
    <message>
        <source>kurir-cli: run needs a scenario: a built-in id (see &quot;kurir-cli list&quot;) or a file</source>
        <translation>kurir-cli: run memerlukan skenario: id bawaan (lihat &quot;kurir-cli list&quot;) atau file</translation>
    </message>
    <message>
        <source>kurir-cli: unknown format &quot;%1&quot;; use text or jsonl</source>
        <translation>kurir-cli: format &quot;%1&quot; tidak dikenal; gunakan text atau jsonl</translation>
    </message>
    <message>
        <source>kurir-cli: validate needs one or more scenario files</source>
        <translation>kurir-cli: validate memerlukan satu file skenario atau lebih</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1: valid</translation>
    </message>
    <message>
        <source>Note for the teacher: %1</source>
        <translation>Catatan untuk guru: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>kurir: there is no display to open a window on. Run &quot;kurir-cli run gmail-to-yahoo&quot; to follow the story in this terminal, or &quot;kurir --screenshot FILE&quot; to draw it into a picture.</source>
        <translation>kurir: tidak ada layar untuk membuka jendela. Jalankan &quot;kurir-cli run gmail-to-yahoo&quot; untuk mengikuti ceritanya di terminal ini, atau &quot;kurir --screenshot FILE&quot; untuk menggambarnya ke sebuah berkas gambar.</translation>
    </message>
    <message>
        <source>Language: id (Bahasa Indonesia) or en (English).</source>
        <translation>Bahasa: id (Bahasa Indonesia) atau en (English).</translation>
    </message>
    <message>
        <source>Open the scenario at step N (1 is the first).</source>
        <translation>Buka skenario pada langkah N (1 adalah langkah pertama).</translation>
    </message>
    <message>
        <source>Write a PNG picture of the window to FILE once it is painted, then exit.</source>
        <translation>Simpan gambar PNG dari jendela ke FILE setelah selesai digambar, lalu keluar.</translation>
    </message>
    <message>
        <source>Window size in pixels, for example 1600x900.</source>
        <translation>Ukuran jendela dalam piksel, misalnya 1600x900.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Tampilkan bantuan ini, lalu keluar.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Tampilkan versi, lalu keluar.</translation>
    </message>
    <message>
        <source>Kurir: how an e-mail travels, one SMTP line at a time.</source>
        <translation>Kurir: perjalanan sebuah email, satu baris SMTP demi satu.</translation>
    </message>
    <message>
        <source>A built-in scenario (such as gmail-to-yahoo) or a scenario file (.json).</source>
        <translation>Skenario bawaan (misalnya gmail-to-yahoo) atau berkas skenario (.json).</translation>
    </message>
    <message>
        <source>kurir: %1. See &quot;kurir --help&quot;.</source>
        <translation>kurir: %1. Lihat &quot;kurir --help&quot;.</translation>
    </message>
    <message>
        <source>kurir: give one scenario, not %1.</source>
        <translation>kurir: berikan satu skenario saja, bukan %1.</translation>
    </message>
    <message>
        <source>kurir: unknown language &quot;%1&quot;; use id or en.</source>
        <translation>kurir: bahasa &quot;%1&quot; tidak dikenal; gunakan id atau en.</translation>
    </message>
    <message>
        <source>kurir: --step needs a whole number from 1, not &quot;%1&quot;.</source>
        <translation>kurir: --step memerlukan bilangan bulat mulai dari 1, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>kurir: unknown view &quot;%1&quot;; use one of: %2.</source>
        <translation>kurir: tampilan &quot;%1&quot; tidak dikenal; gunakan salah satu dari: %2.</translation>
    </message>
    <message>
        <source>kurir: --size needs WIDTHxHEIGHT in pixels, at least 320x240, such as 1600x900; not &quot;%1&quot;.</source>
        <translation>kurir: --size memerlukan LEBARxTINGGI dalam piksel, minimal 320x240, misalnya 1600x900; bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>What --screenshot paints: window, journey, dialogue, explanation, stages, presentation (the window in presentation mode), sequence, inspector, mailboxes or charts.</source>
        <translation>Bagian yang digambar oleh --screenshot: window, journey, dialogue, explanation, stages, presentation (jendela dalam mode presentasi), sequence, inspector, mailboxes, atau charts.</translation>
    </message>
</context>
<context>
    <name>Expectations</name>
    <message>
        <source>expected the message to reach %1, but it reached %2</source>
        <translation>pesan seharusnya sampai ke %1, tetapi ternyata sampai ke %2</translation>
    </message>
    <message>
        <source>expected bounces for %1, but there were bounces for %2</source>
        <translation>pesan pantulan (bounce) seharusnya untuk %1, tetapi ternyata untuk %2</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>mail client|mail user agent|MUA</source>
        <translation>aplikasi email|klien email|MUA</translation>
    </message>
    <message>
        <source>mail client (MUA)</source>
        <translation>aplikasi email (MUA)</translation>
    </message>
    <message>
        <source>The program a person writes and reads e-mail with, on a laptop or a phone. It hands new mail to its own server.</source>
        <translation>Program yang dipakai seseorang untuk menulis dan membaca email, di laptop atau ponsel. Program ini menyerahkan email baru ke servernya sendiri.</translation>
    </message>
    <message>
        <source>submission server|submission|MSA</source>
        <translation>server pengiriman|submission|MSA</translation>
    </message>
    <message>
        <source>submission server (MSA)</source>
        <translation>server pengiriman (MSA)</translation>
    </message>
    <message>
        <source>The server that takes new mail from its own users, on port 587, after they log in.</source>
        <translation>Server yang menerima email baru dari penggunanya sendiri, di port 587, setelah mereka login.</translation>
    </message>
    <message>
        <source>message transfer agent|MTA</source>
        <translation>agen transfer pesan|MTA</translation>
    </message>
    <message>
        <source>message transfer agent (MTA)</source>
        <translation>agen transfer pesan (MTA)</translation>
    </message>
    <message>
        <source>A server that passes mail on towards its destination, server to server, on port 25.</source>
        <translation>Server yang meneruskan email menuju tujuannya, dari server ke server, lewat port 25.</translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation>kotak surat</translation>
    </message>
    <message>
        <source>Where a server keeps one person&apos;s mail until they read it.</source>
        <translation>Tempat server menyimpan email milik satu orang sampai orang itu membacanya.</translation>
    </message>
    <message>
        <source>envelope</source>
        <translation>amplop</translation>
    </message>
    <message>
        <source>The sender and recipients given with MAIL FROM and RCPT TO. Servers deliver by the envelope, not by the From and To lines inside the message.</source>
        <translation>Pengirim dan penerima yang disebutkan dengan MAIL FROM dan RCPT TO. Server mengantarkan email menurut amplopnya, bukan menurut baris From dan To di dalam pesan.</translation>
    </message>
    <message>
        <source>headers|header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>The lines at the top of a message (From, To, Subject, Date, ...). An empty line separates them from the body.</source>
        <translation>Baris-baris di bagian atas pesan (From, To, Subject, Date, ...). Satu baris kosong memisahkannya dari isi pesan.</translation>
    </message>
    <message>
        <source>relay</source>
        <translation>relay (penerusan)</translation>
    </message>
    <message>
        <source>Passing a message on to another server. A server relays only for users who have logged in; otherwise spammers could use it.</source>
        <translation>Meneruskan pesan ke server lain. Server hanya mau meneruskan (relay) email pengguna yang sudah login; kalau tidak, pengirim spam bisa memanfaatkannya.</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>The internet&apos;s directory: it turns names such as yahoo.example into the numeric addresses of machines.</source>
        <translation>Buku alamat internet: DNS mengubah nama seperti yahoo.example menjadi alamat angka (alamat IP) sebuah mesin.</translation>
    </message>
    <message>
        <source>MX record|MX</source>
        <translation>catatan MX|MX</translation>
    </message>
    <message>
        <source>MX record</source>
        <translation>catatan MX</translation>
    </message>
    <message>
        <source>The DNS record that names the mail server of a domain: where mail for @yahoo.example must go.</source>
        <translation>Catatan di DNS yang menyebutkan server email sebuah domain: ke mana email untuk @yahoo.example harus dikirim.</translation>
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
        <translation>Enkripsi koneksi. Setelah STARTTLS dan jabat tangan (handshake) TLS, penyadap hanya melihat byte yang teracak.</translation>
    </message>
    <message>
        <source>encryption|encrypted</source>
        <translation>enkripsi|terenkripsi|dienkripsi</translation>
    </message>
    <message>
        <source>encryption</source>
        <translation>enkripsi</translation>
    </message>
    <message>
        <source>Scrambling data with a secret key so that only the two ends can read it.</source>
        <translation>Mengacak data dengan kunci rahasia sehingga hanya kedua ujung koneksi yang bisa membacanya.</translation>
    </message>
    <message>
        <source>authentication|AUTH</source>
        <translation>otentikasi|AUTH</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>otentikasi</translation>
    </message>
    <message>
        <source>Proving who you are, with a user name and a password, so that the server knows who is sending.</source>
        <translation>Membuktikan siapa dirimu dengan nama pengguna dan kata sandi, supaya server tahu siapa yang mengirim.</translation>
    </message>
    <message>
        <source>base64</source>
        <translation>base64</translation>
    </message>
    <message>
        <source>A way to write any bytes with letters and digits. It is an encoding, not encryption: anyone can decode it.</source>
        <translation>Cara menulis byte apa pun dengan huruf dan angka. Ini pengodean, bukan enkripsi: siapa pun bisa mengembalikannya.</translation>
    </message>
    <message>
        <source>reply code</source>
        <translation>kode balasan</translation>
    </message>
    <message>
        <source>The three digits at the start of a server&apos;s answer: 2xx done, 3xx go on, 4xx try again later, 5xx refused.</source>
        <translation>Tiga angka di awal jawaban server: 2xx berhasil, 3xx silakan lanjut, 4xx coba lagi nanti, 5xx ditolak.</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>antrean</translation>
    </message>
    <message>
        <source>Where a server keeps mail it has accepted but not yet passed on. If the next server cannot take it, it tries again later from here.</source>
        <translation>Tempat server menyimpan email yang sudah diterimanya tetapi belum diteruskan. Jika server berikutnya belum bisa menerimanya, server mencoba ulang nanti dari sini.</translation>
    </message>
    <message>
        <source>delivery status notification|bounce</source>
        <translation>notifikasi status pengiriman|pesan pantulan|bounce</translation>
    </message>
    <message>
        <source>A message back to the sender saying that mail could not be delivered, and why.</source>
        <translation>Pesan yang kembali ke pengirim, memberi tahu bahwa email tidak bisa diantarkan, beserta alasannya.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>The number that says which service on a machine a connection is for: 587 for new mail from users, 25 between servers.</source>
        <translation>Nomor yang menunjukkan layanan mana di sebuah mesin yang dituju sebuah koneksi: 587 untuk email baru dari pengguna, 25 antarserver.</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>The protocol that gives two machines a reliable connection. SMTP travels on TCP.</source>
        <translation>Protokol yang memberi dua mesin sebuah koneksi yang andal. SMTP berjalan di atas TCP.</translation>
    </message>
    <message>
        <source>relay|relays</source>
        <translation>relay|meneruskan|diteruskan</translation>
    </message>
    <message>
        <source>bounce (delivery status notification)</source>
        <translation>pesan pantulan (bounce)</translation>
    </message>
</context>
<context>
    <name>LiveServer</name>
    <message numerus="yes">
        <source>(message of %n byte(s))</source>
        <translation>
            <numerusform>(pesan berukuran %n byte)</numerusform>
        </translation>
    </message>
    <message>
        <source>logged in as %1</source>
        <translation>login sebagai %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) stored</source>
        <translation>
            <numerusform>%n pesan disimpan</numerusform>
        </translation>
    </message>
    <message>
        <source>the client closed the connection</source>
        <translation>klien menutup koneksi</translation>
    </message>
    <message>
        <source>%1 session %2 from %3%4: %5; end: %6</source>
        <translation>%1 sesi %2 dari %3%4: %5; akhir: %6</translation>
    </message>
    <message>
        <source>cannot use the Maildir folder %1: %2</source>
        <translation>tidak dapat memakai folder Maildir %1: %2</translation>
    </message>
    <message>
        <source>TLS is not available (Qt&apos;s OpenSSL backend is missing)</source>
        <translation>TLS tidak tersedia (backend OpenSSL untuk Qt tidak ditemukan)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>the TLS certificate is not a PEM certificate</source>
        <translation>sertifikat TLS bukan sertifikat PEM</translation>
    </message>
    <message>
        <source>the TLS key is not a PEM private key</source>
        <translation>kunci TLS bukan kunci privat PEM</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>tidak dapat menunggu koneksi di %1 port %2: %3</translation>
    </message>
    <message>
        <source>cannot read the certificate in %1</source>
        <translation>tidak dapat membaca sertifikat di %1</translation>
    </message>
    <message>
        <source>cannot make a self-signed certificate</source>
        <translation>tidak dapat membuat sertifikat self-signed</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>tidak dapat membuat folder %1</translation>
    </message>
    <message>
        <source>cannot write the certificate to %1</source>
        <translation>tidak dapat menulis sertifikat ke %1</translation>
    </message>
</context>
<context>
    <name>LiveSettings</name>
    <message>
        <source>&quot;%1&quot; is not an IP address and a port, such as 127.0.0.1:2525.</source>
        <translation>&quot;%1&quot; bukan alamat IP dan port, misalnya 127.0.0.1:2525.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name such as kurir.test.</source>
        <translation>&quot;%1&quot; bukan nama domain seperti kurir.test.</translation>
    </message>
</context>
<context>
    <name>MailboxesView</name>
    <message>
        <source>Attachment: %1</source>
        <translation>Lampiran: %1</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <source>%1 writes a new e-mail to %3 with the subject &quot;%4&quot;. The mail client builds the message: headers (From, To, Subject, Date, Message-ID), an empty line, then the text. It is %6 bytes, ready to be sent.</source>
        <translation>%1 menulis email baru untuk %3 dengan subjek &quot;%4&quot;. Aplikasi email menyusun pesannya: header (From, To, Subject, Date, Message-ID), satu baris kosong, lalu teksnya. Ukurannya %6 byte, siap dikirim.</translation>
    </message>
    <message>
        <source>%1 writes a new e-mail to %3 with the subject &quot;%4&quot; and attaches files. E-mail carries only text, so the mail client wraps everything in MIME: a multipart message whose attachment parts are encoded in base64. The whole message is %6 bytes.</source>
        <translation>%1 menulis email baru untuk %3 dengan subjek &quot;%4&quot; dan melampirkan file. Email hanya bisa membawa teks, jadi aplikasi email membungkus semuanya dengan MIME: pesan multipart yang bagian lampirannya dikodekan dalam base64. Ukuran seluruh pesan %6 byte.</translation>
    </message>
    <message>
        <source>%1 writes a new e-mail to %3 with the subject &quot;%4&quot;, and a blind copy (Bcc) to %7. The Bcc address is not written in the headers: only the envelope will carry it, so the other recipients never see it.</source>
        <translation>%1 menulis email baru untuk %3 dengan subjek &quot;%4&quot;, dan salinan tersembunyi (Bcc) untuk %7. Alamat Bcc tidak ditulis di header: hanya amplop (envelope) yang membawanya, jadi penerima lain tidak pernah melihatnya.</translation>
    </message>
    <message>
        <source>The mail client refuses to build this message: a header value contains a line break, which could smuggle in extra headers (header injection).</source>
        <translation>Aplikasi email menolak menyusun pesan ini: ada nilai header yang berisi karakter pindah baris, yang bisa dipakai untuk menyelundupkan header tambahan (header injection).</translation>
    </message>
    <message>
        <source>The server did not take the message for %3. There is no bounce: the mail client itself shows the error, and the message stays in the Outbox until the problem is fixed.</source>
        <translation>Server tidak menerima pesan untuk %3. Tidak ada pesan pantulan (bounce): aplikasi email sendiri yang menampilkan kesalahannya, dan pesan tetap di Kotak Keluar (Outbox) sampai masalahnya diperbaiki.</translation>
    </message>
    <message>
        <source>%1 opens a TCP connection to %2 on port %3. Port 587 is the submission port: mail clients hand over new mail there, after logging in (RFC 6409). Servers pass mail to each other on port 25. TCP&apos;s handshake (SYN, SYN-ACK, ACK) takes one round trip.</source>
        <translation>%1 membuka koneksi TCP ke %2 di port %3. Port 587 adalah port pengiriman (submission): di sinilah aplikasi email menyerahkan email baru, setelah login (RFC 6409). Antarserver, email diteruskan lewat port 25. Jabat tangan TCP (handshake: SYN, SYN-ACK, ACK) butuh satu kali bolak-balik (round trip).</translation>
    </message>
    <message>
        <source>%1 tries to reach %3, but nothing answers within %4 seconds: the server is down. The message stays in the Outbox; the mail client will try again later.</source>
        <translation>%1 mencoba menghubungi %3, tetapi tidak ada jawaban dalam %4 detik: server sedang mati. Pesan tetap di Kotak Keluar (Outbox); aplikasi email akan mencoba lagi nanti.</translation>
    </message>
    <message>
        <source>%1 introduces itself with EHLO and its name, %3. EHLO (&quot;extended hello&quot;) instead of the old HELO asks the server to list the extensions it supports.</source>
        <translation>%1 memperkenalkan diri dengan EHLO dan namanya, %3. EHLO (&quot;extended hello&quot;, sapaan yang diperluas) menggantikan HELO yang lama dan meminta server menyebutkan ekstensi yang didukungnya.</translation>
    </message>
    <message>
        <source>%1 introduces itself with the old HELO command: the server did not understand EHLO, so no extensions can be used.</source>
        <translation>%1 memperkenalkan diri dengan perintah lama HELO: server tidak memahami EHLO, jadi tidak ada ekstensi yang bisa dipakai.</translation>
    </message>
    <message>
        <source>%1 asks to switch to an encrypted connection with STARTTLS. Everything so far crossed the network as readable text; after the TLS handshake, everything will be encrypted.</source>
        <translation>%1 meminta beralih ke koneksi terenkripsi dengan STARTTLS. Sampai di sini, semuanya melintasi jaringan sebagai teks biasa yang bisa dibaca; setelah jabat tangan TLS, semuanya akan dienkripsi.</translation>
    </message>
    <message>
        <source>TLS handshake: %2 shows its certificate for %3, and both sides agree on secret keys. From now on an eavesdropper sees only ciphertext. Both sides forget what was said before, so the client must say EHLO again (RFC 3207).</source>
        <translation>Jabat tangan TLS: %2 menunjukkan sertifikatnya untuk %3, lalu kedua pihak menyepakati kunci rahasia. Mulai sekarang, penyadap hanya melihat teks acak (ciphertext). Kedua pihak melupakan semua yang dikatakan sebelumnya, jadi klien harus mengirim EHLO lagi (RFC 3207).</translation>
    </message>
    <message>
        <source>%1 logs in with AUTH. The text after the mechanism name is the user name and password in base64: an encoding, not encryption. Anyone who reads it can decode it, which is why the client waited for TLS.</source>
        <translation>%1 masuk (login) dengan AUTH. Teks setelah nama mekanisme adalah username dan password dalam base64: itu hanya pengodean, bukan enkripsi. Siapa pun yang membacanya bisa mengubahnya kembali ke teks asli, karena itulah klien menunggu TLS dulu.</translation>
    </message>
    <message>
        <source>%1 answers the server&apos;s question, again in base64 (readable by anyone who can see it, so only safe inside TLS).</source>
        <translation>%1 menjawab pertanyaan server, lagi-lagi dalam base64 (bisa dibaca siapa pun yang melihatnya, jadi hanya aman di dalam TLS).</translation>
    </message>
    <message>
        <source>%1 starts the transaction with MAIL FROM: %3. This is the envelope sender, the address that problems are reported to. SIZE tells the server in advance how big the message is.</source>
        <translation>%1 memulai transaksi dengan MAIL FROM: %3. Inilah alamat pengirim di amplop (envelope): ke alamat inilah masalah akan dilaporkan. SIZE memberi tahu server sejak awal seberapa besar pesannya.</translation>
    </message>
    <message>
        <source>%1 names a recipient with RCPT TO: %3. Every recipient of the envelope gets its own RCPT command: To, Cc and Bcc alike.</source>
        <translation>%1 menyebutkan penerima dengan RCPT TO: %3. Setiap penerima di amplop mendapat perintah RCPT sendiri, baik To, Cc, maupun Bcc.</translation>
    </message>
    <message>
        <source>%1 sends DATA: the envelope is complete, the message itself comes next.</source>
        <translation>%1 mengirim DATA: amplop sudah lengkap, setelah ini giliran pesannya.</translation>
    </message>
    <message>
        <source>%1 sends the message: headers, an empty line, then the body (%3 bytes in %4 lines). A line that starts with a dot gets a second dot (dot-stuffing), so that only the last line, a single dot, ends the message.</source>
        <translation>%1 mengirim pesannya: header, satu baris kosong, lalu isi pesan (%3 byte dalam %4 baris). Baris yang diawali titik diberi satu titik tambahan (dot-stuffing), supaya hanya baris terakhir, yang berisi satu titik saja, yang mengakhiri pesan.</translation>
    </message>
    <message>
        <source>%1 cancels the transaction with RSET.</source>
        <translation>%1 membatalkan transaksi dengan RSET.</translation>
    </message>
    <message>
        <source>%1 says QUIT: it has nothing more to send.</source>
        <translation>%1 mengirim QUIT: tidak ada lagi yang perlu dikirim.</translation>
    </message>
    <message>
        <source>The TCP connection between %1 and %2 is closed.</source>
        <translation>Koneksi TCP antara %1 dan %2 ditutup.</translation>
    </message>
    <message>
        <source>%1 tries %3 on port 25, but nothing answers within %4 seconds: this server is down. %1 tries the next MX if there is one; if not, the message waits in the queue.</source>
        <translation>%1 mencoba menghubungi %3 di port 25, tetapi tidak ada jawaban dalam %4 detik: server ini sedang mati. %1 mencoba MX berikutnya jika ada; jika tidak ada, pesan menunggu di antrean.</translation>
    </message>
    <message>
        <source>%1 introduces itself to %2 with EHLO %3, just as a mail client would.</source>
        <translation>%1 memperkenalkan diri kepada %2 dengan EHLO %3, sama seperti aplikasi email.</translation>
    </message>
    <message>
        <source>%1 falls back to HELO %3: the other server did not accept EHLO.</source>
        <translation>%1 beralih ke HELO %3: server tujuan tidak menerima EHLO.</translation>
    </message>
    <message>
        <source>%1 asks for encryption with STARTTLS. Between servers TLS is usually opportunistic: used when offered, so that the mail is not readable on the way.</source>
        <translation>%1 meminta enkripsi dengan STARTTLS. Antarserver, TLS biasanya bersifat oportunistik: dipakai jika ditawarkan, supaya email tidak bisa dibaca di perjalanan.</translation>
    </message>
    <message>
        <source>TLS handshake between the servers: %2 shows its certificate for %3. From now on the conversation is encrypted; %1 says EHLO again.</source>
        <translation>Jabat tangan TLS antarserver: %2 menunjukkan sertifikatnya untuk %3. Mulai sekarang percakapannya terenkripsi; %1 mengirim EHLO lagi.</translation>
    </message>
    <message>
        <source>%1 passes on the envelope sender with MAIL FROM: %3. It is the original sender, so that problems further on are reported to them, not to %1.</source>
        <translation>%1 meneruskan alamat pengirim di amplop dengan MAIL FROM: %3. Alamat ini tetap milik pengirim asli, supaya masalah di perjalanan selanjutnya dilaporkan kepadanya, bukan kepada %1.</translation>
    </message>
    <message>
        <source>%1 sends DATA: the message follows.</source>
        <translation>%1 mengirim DATA: pesannya menyusul.</translation>
    </message>
    <message>
        <source>%1 sends the message (%3 bytes). It is the same message, with one more Received: line at the top: every server that handles a message adds one, so its path can be traced.</source>
        <translation>%1 mengirim pesannya (%3 byte). Pesannya sama, hanya bertambah satu baris Received: di bagian atas: setiap server yang menangani pesan menambahkan satu baris, sehingga jalurnya bisa dilacak.</translation>
    </message>
    <message>
        <source>%1 says QUIT: the delivery to %2 is over.</source>
        <translation>%1 mengirim QUIT: pengantaran ke %2 sudah selesai.</translation>
    </message>
    <message>
        <source>%1 greets with 220, &quot;service ready&quot;, followed by its own name. A client must wait for this greeting before it says anything.</source>
        <translation>%1 menyapa dengan 220, &quot;layanan siap&quot;, diikuti namanya sendiri. Klien harus menunggu sapaan ini sebelum mengirim apa pun.</translation>
    </message>
    <message>
        <source>%1 answers 250: hello. Without EHLO there is no list of extensions.</source>
        <translation>%1 menjawab 250: halo. Tanpa EHLO, tidak ada daftar ekstensi.</translation>
    </message>
    <message>
        <source>%1 answers 334: a question. For AUTH LOGIN, &quot;%3&quot; is base64 for &quot;Username:&quot; or &quot;Password:&quot;.</source>
        <translation>%1 menjawab 334: sebuah pertanyaan. Pada AUTH LOGIN, &quot;%3&quot; adalah base64 dari &quot;Username:&quot; atau &quot;Password:&quot;.</translation>
    </message>
    <message>
        <source>%1 answers 235: authentication succeeded. The server now knows who is sending, so it will relay this user&apos;s mail to other domains.</source>
        <translation>%1 menjawab 235: otentikasi berhasil. Sekarang server tahu siapa pengirimnya, jadi server mau meneruskan (relay) email pengguna ini ke domain lain.</translation>
    </message>
    <message>
        <source>%1 answers 535 5.7.8: the user name or password is wrong. A 5xx code is a permanent failure: trying again with the same password will not help.</source>
        <translation>%1 menjawab 535 5.7.8: username atau password salah. Kode 5xx berarti kegagalan permanen: mencoba lagi dengan password yang sama tidak akan berhasil.</translation>
    </message>
    <message>
        <source>%1 answers 530 5.7.0: start TLS first. This server never lets a password cross the network unencrypted (RFC 4954).</source>
        <translation>%1 menjawab 530 5.7.0: mulai TLS dulu. Server ini tidak pernah membiarkan password melintasi jaringan tanpa enkripsi (RFC 4954).</translation>
    </message>
    <message>
        <source>%1 answers 530 5.7.0: authentication required. On the submission port, only users who have logged in may send (RFC 6409).</source>
        <translation>%1 menjawab 530 5.7.0: otentikasi diperlukan. Di port pengiriman (submission), hanya pengguna yang sudah login yang boleh mengirim (RFC 6409).</translation>
    </message>
    <message>
        <source>%1 answers 250 2.1.0: the sender is accepted.</source>
        <translation>%1 menjawab 250 2.1.0: pengirim diterima.</translation>
    </message>
    <message>
        <source>%1 answers 553 5.7.1: a logged-in user may only send as their own address.</source>
        <translation>%1 menjawab 553 5.7.1: pengguna yang sudah login hanya boleh mengirim atas nama alamatnya sendiri.</translation>
    </message>
    <message>
        <source>%1 answers 550 5.7.23: SPF check failed. The sender&apos;s domain publishes in DNS which servers may send its mail, and %2 is not one of them: the sender address is probably forged.</source>
        <translation>%1 menjawab 550 5.7.23: pemeriksaan SPF gagal. Domain pengirim mengumumkan di DNS server mana saja yang boleh mengirim emailnya, dan %2 tidak termasuk: alamat pengirim kemungkinan besar dipalsukan.</translation>
    </message>
    <message>
        <source>%1 answers 250 2.1.5: it knows this recipient and will take mail for them.</source>
        <translation>%1 menjawab 250 2.1.5: penerima ini dikenal, dan email untuknya akan diterima.</translation>
    </message>
    <message>
        <source>%1 answers 550 5.1.1: there is no such mailbox here. A 5xx code is permanent: trying again will not help, so the sender has to be told.</source>
        <translation>%1 menjawab 550 5.1.1: kotak surat (mailbox) itu tidak ada di sini. Kode 5xx bersifat permanen: mencoba lagi tidak akan berhasil, jadi pengirim harus diberi tahu.</translation>
    </message>
    <message>
        <source>%1 answers 550 5.7.1: relay access denied. It takes mail from strangers only for its own domains. A server that passed on anyone&apos;s mail to anywhere would be an open relay, soon abused by spammers.</source>
        <translation>%1 menjawab 550 5.7.1: akses relay ditolak. Dari pihak yang tidak dikenal, server ini hanya menerima email untuk domainnya sendiri. Server yang mau meneruskan email siapa saja ke mana saja disebut open relay, dan akan segera disalahgunakan pengirim spam.</translation>
    </message>
    <message>
        <source>%1 answers 451 4.7.1: greylisted. It refuses the first attempt from an unknown sender on purpose: real mail servers try again later, many spam programs never do. 4xx means &quot;try again later&quot;.</source>
        <translation>%1 menjawab 451 4.7.1: greylisting (daftar abu-abu). Server sengaja menolak percobaan pertama dari pengirim yang belum dikenal: server email sungguhan akan mencoba lagi nanti, sedangkan banyak program spam tidak pernah mencoba lagi. 4xx berarti &quot;coba lagi nanti&quot;.</translation>
    </message>
    <message>
        <source>%1 answers 452 4.2.2: the recipient&apos;s mailbox is full for now. A 4xx code: the sender keeps the message and tries again later, perhaps after the owner has made room.</source>
        <translation>%1 menjawab 452 4.2.2: kotak surat penerima sedang penuh. Kodenya 4xx: pengirim menyimpan pesannya dan mencoba lagi nanti, mungkin setelah pemilik kotak surat mengosongkan sebagian isinya.</translation>
    </message>
    <message>
        <source>%1 answers 552 5.3.4: the size announced with SIZE= is more than it accepts. Thanks to SIZE the refusal comes before the message is sent, not after.</source>
        <translation>%1 menjawab 552 5.3.4: ukuran yang diumumkan lewat SIZE= melebihi batas yang diterimanya. Berkat SIZE, penolakan datang sebelum pesan dikirim, bukan sesudahnya.</translation>
    </message>
    <message>
        <source>%1 answers 552 5.3.4: the message is larger than it accepts.</source>
        <translation>%1 menjawab 552 5.3.4: pesan lebih besar daripada batas yang diterimanya.</translation>
    </message>
    <message>
        <source>%1 answers 554 5.4.6: the message already carries too many Received: lines. It has been going round in a loop between servers, so it is stopped (RFC 5321 section 6.3).</source>
        <translation>%1 menjawab 554 5.4.6: sudah ada terlalu banyak baris Received: di dalam pesan. Pesan itu berputar-putar di antara server (loop), jadi dihentikan (RFC 5321 bagian 6.3).</translation>
    </message>
    <message>
        <source>%1 answers 354: go ahead, send the message, and end it with a line holding only a dot.</source>
        <translation>%1 menjawab 354: silakan kirim pesannya, dan akhiri dengan baris yang hanya berisi satu titik.</translation>
    </message>
    <message>
        <source>%1 answers 250: the message is accepted and queued. From this moment %1 is responsible for it: it must deliver it, or tell the sender that it could not (RFC 5321).</source>
        <translation>%1 menjawab 250: pesan diterima dan masuk antrean. Sejak saat ini %1 bertanggung jawab atas pesan itu: pesan harus diantarkan, atau pengirim harus diberi tahu bahwa pesan tidak bisa diantarkan (RFC 5321).</translation>
    </message>
    <message>
        <source>%1 answers 221: goodbye, and closes its side of the connection.</source>
        <translation>%1 menjawab 221: sampai jumpa, lalu menutup koneksi dari sisinya.</translation>
    </message>
    <message>
        <source>%1 answers 554: no recipient was accepted, so there is nobody to send the message to.</source>
        <translation>%1 menjawab 554: tidak ada satu pun penerima yang disetujui, jadi pesan ini tidak bisa dikirim kepada siapa pun.</translation>
    </message>
    <message>
        <source>%1 answers 503 5.5.1: MAIL FROM must come first. SMTP commands come in a fixed order.</source>
        <translation>%1 menjawab 503 5.5.1: MAIL FROM harus dikirim lebih dulu. Perintah SMTP punya urutan yang tetap.</translation>
    </message>
    <message>
        <source>%1 answers 503 5.5.1: at least one RCPT TO must come before DATA.</source>
        <translation>%1 menjawab 503 5.5.1: harus ada minimal satu RCPT TO sebelum DATA.</translation>
    </message>
    <message>
        <source>%1 answers 421 4.7.0: too many errors, and hangs up.</source>
        <translation>%1 menjawab 421 4.7.0: terlalu banyak kesalahan, lalu memutus koneksi.</translation>
    </message>
    <message>
        <source>%1 answers &quot;%3&quot;, as this scenario makes it. The first digit says what happens next: 4 means try again later, 5 means give up.</source>
        <translation>%1 menjawab &quot;%3&quot;, sesuai pengaturan skenario ini. Angka pertama kode balasan menentukan langkah berikutnya: 4 berarti coba lagi nanti, 5 berarti menyerah.</translation>
    </message>
    <message>
        <source>%1 answers with a 2xx code: done, all is well.</source>
        <translation>%1 menjawab dengan kode 2xx: selesai, semuanya beres.</translation>
    </message>
    <message>
        <source>%1 answers with a 3xx code: go on, more is expected.</source>
        <translation>%1 menjawab dengan kode 3xx: silakan lanjut, server menunggu kelanjutannya.</translation>
    </message>
    <message>
        <source>%1 answers with a 4xx code: a temporary failure. The client may try again later.</source>
        <translation>%1 menjawab dengan kode 4xx: kegagalan sementara. Klien boleh mencoba lagi nanti.</translation>
    </message>
    <message>
        <source>%1 answers with a 5xx code: a permanent failure. Trying again the same way will not help.</source>
        <translation>%1 menjawab dengan kode 5xx: kegagalan permanen. Mencoba lagi dengan cara yang sama tidak akan berhasil.</translation>
    </message>
    <message>
        <source>%1 asks the DNS server: which mail servers take mail for %3? This is an MX (mail exchanger) query.</source>
        <translation>%1 bertanya kepada server DNS: server email mana yang menerima email untuk %3? Ini adalah query MX (mail exchanger).</translation>
    </message>
    <message>
        <source>%1 answers: mail for %3 goes to %4 (MX preference %6).</source>
        <translation>%1 menjawab: email untuk %3 dikirim ke %4 (preferensi MX %6).</translation>
    </message>
    <message>
        <source>%1 answers with %5 MX records for %3: %4. The lowest preference number is tried first; the others are backups for when it is down.</source>
        <translation>%1 menjawab dengan %5 record MX untuk %3: %4. Server dengan angka preferensi terkecil dicoba lebih dulu; yang lain menjadi cadangan jika server itu mati.</translation>
    </message>
    <message>
        <source>%1 answers: %3 has no MX record, but it has an address. Then the domain itself is its mail server, the &quot;implicit MX&quot; (RFC 5321 section 5.1).</source>
        <translation>%1 menjawab: %3 tidak punya record MX, tetapi punya alamat IP. Jika begitu, domain itu sendiri menjadi server emailnya, yang disebut &quot;implicit MX&quot; (RFC 5321 bagian 5.1).</translation>
    </message>
    <message>
        <source>%1 answers with a null MX (&quot;0 .&quot;) for %3: this domain accepts no e-mail at all (RFC 7505). The message cannot be delivered.</source>
        <translation>%1 menjawab dengan null MX (&quot;0 .&quot;) untuk %3: domain ini sama sekali tidak menerima email (RFC 7505). Pesan tidak bisa diantarkan.</translation>
    </message>
    <message>
        <source>%1 answers NXDOMAIN: the domain %3 does not exist. Perhaps the address has a typo. The message cannot be delivered.</source>
        <translation>%1 menjawab NXDOMAIN: domain %3 tidak ada. Mungkin alamatnya salah ketik. Pesan tidak bisa diantarkan.</translation>
    </message>
    <message>
        <source>%1 answers: %3 has neither an MX record nor an address. There is nowhere to deliver.</source>
        <translation>%1 menjawab: %3 tidak punya record MX maupun alamat IP. Tidak ada tujuan untuk mengantarkan pesan.</translation>
    </message>
    <message>
        <source>%1 asks the DNS server for the IP address of %3 (an A query), to know where to connect.</source>
        <translation>%1 menanyakan alamat IP %3 kepada server DNS (query A), supaya tahu ke mana harus terhubung.</translation>
    </message>
    <message>
        <source>%1 answers: %3 has the address %4.</source>
        <translation>%1 menjawab: alamat IP %3 adalah %4.</translation>
    </message>
    <message>
        <source>%1 answers: %3 has no address.</source>
        <translation>%1 menjawab: %3 tidak punya alamat IP.</translation>
    </message>
    <message>
        <source>%1 puts the message into its queue as %3, for %4. A mail server keeps each message in its queue until it is delivered. Its own Received: line is now at the top of the headers.</source>
        <translation>%1 memasukkan pesan ke antreannya dengan ID %3, untuk %4. Server email menyimpan setiap pesan di antrean sampai pesan itu diantarkan. Baris Received: miliknya sendiri kini ada paling atas di header.</translation>
    </message>
    <message>
        <source>Delivery failed for now (%5). The message stays in %1&apos;s queue and will be tried again in %4 seconds (attempt %6 is over).</source>
        <translation>Pengantaran gagal untuk sementara (%5). Pesan tetap di antrean %1 dan akan dicoba lagi dalam %4 detik (percobaan ke-%6 sudah selesai).</translation>
    </message>
    <message>
        <source>Time to try again: %1 takes %3 out of its queue for attempt %4.</source>
        <translation>Waktunya mencoba lagi: %1 mengambil %3 dari antreannya untuk percobaan ke-%4.</translation>
    </message>
    <message>
        <source>%1 stores the message in %3&apos;s mailbox (%4 bytes), adding a Return-Path: header with the envelope sender. The recipient will read it with a mail client, fetched over IMAP or POP3: SMTP&apos;s journey ends here.</source>
        <translation>%1 menyimpan pesan di kotak surat %3 (%4 byte) dan menambahkan header Return-Path: yang berisi alamat pengirim di amplop. Penerima akan membacanya dengan aplikasi email, yang mengambilnya lewat IMAP atau POP3: perjalanan SMTP berakhir di sini.</translation>
    </message>
    <message>
        <source>%1 stores the bounce in %3&apos;s mailbox: the sender now learns that the message could not be delivered, and why.</source>
        <translation>%1 menyimpan pesan pantulan (bounce) di kotak surat %3: kini pengirim tahu bahwa pesannya tidak bisa diantarkan, beserta alasannya.</translation>
    </message>
    <message>
        <source>%1 writes a bounce (a delivery status notification, RFC 3464) to %3: delivery to %4 failed with status %5. The bounce is sent from the empty sender &lt;&gt;, so a bounce can never cause another bounce.</source>
        <translation>%1 menulis pesan pantulan (bounce), yaitu notifikasi status pengiriman (RFC 3464), untuk %3: pengantaran ke %4 gagal dengan status %5. Pesan pantulan dikirim dari pengirim kosong &lt;&gt;, jadi pesan pantulan tidak akan pernah memicu pesan pantulan lain.</translation>
    </message>
    <message>
        <source>The failed message was itself a bounce (its sender is empty), so no bounce is sent about it: never bounce a bounce.</source>
        <translation>Pesan yang gagal itu sendiri adalah pesan pantulan (pengirimnya kosong), jadi tidak ada pesan pantulan yang dikirim tentangnya: pesan pantulan tidak boleh dipantulkan lagi.</translation>
    </message>
    <message>
        <source>The address %3 hides a second destination (with %, ! or a quoted @). Servers that followed such tricks became open relays, so %1 refuses it.</source>
        <translation>Alamat %3 menyembunyikan tujuan kedua (dengan %, !, atau @ di dalam tanda kutip). Server yang menuruti trik semacam ini menjadi open relay, jadi %1 menolaknya.</translation>
    </message>
    <message>
        <source>%1 throws away %3 bytes that arrived together with STARTTLS: they were sent unencrypted and must not count as if they came through TLS (CVE-2011-0411).</source>
        <translation>%1 membuang %3 byte yang datang bersamaan dengan STARTTLS: byte itu dikirim tanpa enkripsi dan tidak boleh dianggap seolah-olah datang lewat TLS (CVE-2011-0411).</translation>
    </message>
    <message>
        <source>Every recipient was refused, yet the pipelined DATA was accepted: %1 sends just the final dot, an empty message, to end the transaction cleanly (RFC 2920).</source>
        <translation>Semua penerima ditolak, tetapi DATA yang dikirim lewat pipelining sudah telanjur diterima: %1 hanya mengirim titik penutup, yaitu pesan kosong, untuk mengakhiri transaksi dengan rapi (RFC 2920).</translation>
    </message>
    <message>
        <source>%1 will not use the address %3: it is not a valid e-mail address.</source>
        <translation>%1 tidak akan memakai alamat %3: itu bukan alamat email yang valid.</translation>
    </message>
    <message>
        <source>%1 sends a command to %2.</source>
        <translation>%1 mengirim perintah ke %2.</translation>
    </message>
    <message>
        <source>%1 notes: %3.</source>
        <translation>%1 mencatat: %3.</translation>
    </message>
    <message>
        <source>%1: %3</source>
        <translation>%1: %3</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Komposisi Pesan</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Koneksi ke Server SMTP</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Otentikasi</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Pengiriman Pesan</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Penyerahan Pesan</translation>
    </message>
    <message>
        <source>%1 answers 220: ready to start TLS. The TLS handshake begins on the same TCP connection.</source>
        <translation>%1 menjawab 220: siap memulai TLS. Jabat tangan (handshake) TLS dimulai di koneksi TCP yang sama.</translation>
    </message>
    <message>
        <source>%1 answers 552 5.2.2: the recipient&apos;s mailbox is full. RFC 5321 asks senders to treat a 552 to RCPT as temporary, so the sender keeps the message and tries again later; if the mailbox stays full, it gives up and sends a bounce.</source>
        <translation>%1 menjawab 552 5.2.2: kotak surat penerima penuh. RFC 5321 meminta pengirim menganggap 552 untuk RCPT sebagai kegagalan sementara, jadi pengirim menyimpan pesan dan mencoba lagi nanti; kalau kotak surat tetap penuh, pengirim menyerah dan mengirim pesan pantulan (bounce).</translation>
    </message>
    <message>
        <source>%3 leaves %1&apos;s queue: for every recipient it has been passed on, delivered, or reported as failed.</source>
        <translation>%3 keluar dari antrean %1: untuk setiap penerima, pesan sudah diteruskan, diantarkan, atau dilaporkan gagal.</translation>
    </message>
    <message>
        <source>A line of the message is %3 bytes long, more than the 1000 SMTP promises to carry. %1 keeps it, but other servers may refuse it or split it.</source>
        <translation>Satu baris pesan panjangnya %3 byte, lebih dari 1000 byte yang dijamin bisa dibawa SMTP. %1 tetap menyimpannya, tetapi server lain mungkin menolak atau memecahnya.</translation>
    </message>
    <message>
        <source>%2 does not offer STARTTLS, and %1 refuses to send a password unencrypted, so it stops here.</source>
        <translation>%2 tidak menawarkan STARTTLS, dan %1 menolak mengirim password tanpa enkripsi, jadi pengiriman berhenti di sini.</translation>
    </message>
    <message>
        <source>%1 opens a TCP connection to %2 on port %3, the port servers use to pass mail to each other. A mail client should submit on port 587 and log in; here it talks to the server as another server would.</source>
        <translation>%1 membuka koneksi TCP ke %2 di port %3, port yang dipakai antarserver untuk meneruskan email. Aplikasi email seharusnya mengirim lewat port 587 dan login; di sini ia berbicara dengan server seolah-olah ia server lain.</translation>
    </message>
    <message>
        <source>%1 now acts as a client: it opens a TCP connection to %2 on port %3, the port mail servers use to pass mail to each other (MTA to MTA).</source>
        <translation>%1 sekarang berperan sebagai klien: ia membuka koneksi TCP ke %2 di port %3, port yang dipakai server email untuk meneruskan email satu sama lain (MTA ke MTA).</translation>
    </message>
    <message>
        <source>%1 names the recipient: RCPT TO: %3.</source>
        <translation>%1 menyebutkan penerimanya: RCPT TO: %3.</translation>
    </message>
    <message>
        <source>%1 answers 250 and lists, one per line, the extensions it offers: what it can do beyond plain SMTP. Only what is listed may be used.</source>
        <translation>%1 menjawab 250 dan menyebutkan, satu per baris, ekstensi yang ditawarkannya: kemampuan di luar SMTP dasar. Hanya yang disebutkan di sini yang boleh dipakai.</translation>
    </message>
    <message>
        <source>%1 answers 250 2.1.5: the recipient is in another domain, and %1 agrees to relay (pass on) the message, because this client has logged in or is a trusted server of its own network.</source>
        <translation>%1 menjawab 250 2.1.5: penerimanya ada di domain lain, dan %1 bersedia melakukan relay (meneruskan) pesan itu, karena klien ini sudah login atau merupakan server tepercaya dari jaringannya sendiri.</translation>
    </message>
    <message>
        <source>%1 puts the bounce into its queue as %3, for %4. It travels like any other message, but from the empty sender &lt;&gt;.</source>
        <translation>%1 memasukkan pesan pantulan (bounce) ke antreannya sebagai %3, untuk %4. Pesan ini berjalan seperti pesan lain, tetapi dari pengirim kosong &lt;&gt;.</translation>
    </message>
    <message>
        <source>%1, a real mail program, opens a TCP connection to %2 on port %3. This is live mode: nothing is simulated, every line below really crossed the network.</source>
        <translation>%1, sebuah program email sungguhan, membuka koneksi TCP ke %2 di port %3. Ini mode langsung: tidak ada yang disimulasikan, setiap baris di bawah ini benar-benar melewati jaringan.</translation>
    </message>
    <message>
        <source>%3&apos;s mailbox is full: the message (%4 bytes) does not fit in what is left of its quota (%6 of %5 bytes free). %1 already said 250 for it, so it cannot refuse now: the recipient fails with status 5.2.2 and the sender will get a bounce.</source>
        <translation>Kotak surat %3 penuh: pesan ini (%4 byte) tidak muat di sisa kuotanya (tersisa %6 dari %5 byte). %1 sudah menjawab 250 untuk pesan ini, jadi tidak bisa menolaknya lagi: pengiriman ke penerima ini gagal dengan status 5.2.2, dan pengirim akan menerima pesan pantulan (bounce).</translation>
    </message>
    <message>
        <source>%1 checks SPF (RFC 7208): it asks the DNS server for the TXT records of %3, where a domain publishes which servers may send mail in its name.</source>
        <translation>%1 memeriksa SPF (RFC 7208): ia menanyakan catatan TXT milik %3 ke server DNS. Di catatan itulah sebuah domain mengumumkan server mana saja yang boleh mengirim email atas namanya.</translation>
    </message>
    <message>
        <source>%1 answers with the SPF record of %3: &quot;%4&quot;. Only the addresses listed (ip4:) may send mail from @%3; &quot;-all&quot; means every other sender fails the check.</source>
        <translation>%1 menjawab dengan catatan SPF milik %3: &quot;%4&quot;. Hanya alamat yang tercantum (ip4:) yang boleh mengirim email dari @%3; &quot;-all&quot; berarti pengirim lain mana pun gagal dalam pemeriksaan.</translation>
    </message>
    <message>
        <source>%1 answers: %3 publishes no SPF record. The check gives &quot;none&quot;: the mail is not refused for it, and nothing is proven about the sender either.</source>
        <translation>%1 menjawab: %3 tidak memasang catatan SPF. Hasil pemeriksaannya &quot;none&quot;: email tidak ditolak karena itu, tetapi juga tidak ada yang terbukti tentang pengirimnya.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Cari di:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Jenis berkas:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Folder Induk</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ke folder induk</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Buat Folder Baru</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Tampilan Daftar</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Ganti ke tampilan daftar</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Tampilan Rinci</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Ganti ke tampilan rinci</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bilah Samping</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Daftar tempat dan markah</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Tempat Terakhir</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Folder &amp;Baru</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Folder Baru</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti Nama</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Yakin ingin menghapus &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Tanggal Diubah</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ula&amp;ngi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>T&amp;empel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Tampilkan Rincian...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Sembunyikan Rincian...</translation>
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
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan Semua</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;Semua</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>T&amp;idak untuk Semua</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba Lagi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur Ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Kembalikan Bawaan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;Alamat Tautan</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>ScenarioLoader</name>
    <message>
        <source>the file is empty</source>
        <translation>file ini kosong</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>file ini bukan teks UTF-8; simpan sebagai UTF-8</translation>
    </message>
    <message>
        <source>the file holds binary data, not JSON text</source>
        <translation>file ini berisi data biner, bukan teks JSON</translation>
    </message>
    <message>
        <source>the file is too large for a scenario (more than 1 MB)</source>
        <translation>file terlalu besar untuk sebuah skenario (lebih dari 1 MB)</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>susunan JSON bersarang terlalu dalam; kurangi tingkatannya</translation>
    </message>
    <message>
        <source>the file ends too early: a closing bracket or quote is missing</source>
        <translation>file berakhir terlalu cepat: ada kurung tutup atau tanda kutip yang hilang</translation>
    </message>
    <message>
        <source>unexpected character %1</source>
        <translation>karakter tidak terduga %1</translation>
    </message>
    <message>
        <source>invalid \u escape in a string</source>
        <translation>escape \u tidak valid di dalam string</translation>
    </message>
    <message>
        <source>a string may not contain a line break or tab: write \n or \t</source>
        <translation>string tidak boleh berisi pindah baris atau tab: tulis \n atau \t</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>angka tidak valid</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>angka di luar batas</translation>
    </message>
    <message>
        <source>comma before a closing bracket: remove it</source>
        <translation>ada koma sebelum kurung tutup: hapus koma itu</translation>
    </message>
    <message>
        <source>a comma is missing between two values</source>
        <translation>koma hilang di antara dua nilai</translation>
    </message>
    <message>
        <source>a colon is missing after the field name</source>
        <translation>titik dua hilang setelah nama field</translation>
    </message>
    <message>
        <source>field names must be in double quotes</source>
        <translation>nama field harus ditulis dalam tanda kutip ganda</translation>
    </message>
    <message>
        <source>more text after the end of the JSON document</source>
        <translation>masih ada teks setelah akhir dokumen JSON</translation>
    </message>
    <message>
        <source>the file is UTF-16 or UTF-32; save it as UTF-8</source>
        <translation>file ini UTF-16 atau UTF-32; simpan sebagai UTF-8</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>JSON tidak valid</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true atau false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>angka</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>teks dalam tanda kutip</translation>
    </message>
    <message>
        <source>a list [ ... ]</source>
        <translation>daftar [ ... ]</translation>
    </message>
    <message>
        <source>an object { ... }</source>
        <translation>objek { ... }</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>seharusnya %1, tetapi yang ada %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is given twice</source>
        <translation>field &quot;%1&quot; ditulis dua kali</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>field &quot;%1&quot; tidak dikenal</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>field &quot;%1&quot; tidak dikenal; mungkin maksudnya &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>seharusnya bilangan bulat dari %1 sampai %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (name@domain)</source>
        <translation>&quot;%1&quot; bukan alamat email (nama@domain)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name</source>
        <translation>&quot;%1&quot; bukan nama domain</translation>
    </message>
    <message>
        <source>an MX record needs a &quot;host&quot;</source>
        <translation>record MX memerlukan &quot;host&quot;</translation>
    </message>
    <message>
        <source>a user needs an &quot;address&quot;</source>
        <translation>pengguna memerlukan &quot;address&quot;</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; use mua, submission, relay, mx, dns or mailbox</source>
        <translation>role &quot;%1&quot; tidak dikenal; gunakan mua, submission, relay, mx, dns, atau mailbox</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>&quot;%1&quot; bukan nama host</translation>
    </message>
    <message>
        <source>a fault needs a &quot;type&quot;</source>
        <translation>fault memerlukan &quot;type&quot;</translation>
    </message>
    <message>
        <source>unknown fault &quot;%1&quot;; use host-down, reply-override, greylist, mailbox-full, wrong-password or dns-missing</source>
        <translation>fault &quot;%1&quot; tidak dikenal; gunakan host-down, reply-override, greylist, mailbox-full, wrong-password, atau dns-missing</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a refusal: write a 4xx or 5xx reply such as &quot;451 4.7.1 Try again later&quot;</source>
        <translation>&quot;%1&quot; bukan penolakan: tulis balasan 4xx atau 5xx, misalnya &quot;451 4.7.1 Try again later&quot;</translation>
    </message>
    <message>
        <source>record must be MX, A or ALL</source>
        <translation>record harus MX, A, atau ALL</translation>
    </message>
    <message>
        <source>this is not a Kurir scenario: &quot;kurir-scenario&quot;: 1 is missing</source>
        <translation>ini bukan skenario Kurir: &quot;kurir-scenario&quot;: 1 tidak ditemukan</translation>
    </message>
    <message>
        <source>unsupported scenario version; this Kurir reads version 1</source>
        <translation>versi skenario tidak didukung; Kurir ini membaca versi 1</translation>
    </message>
    <message>
        <source>world must be &quot;default&quot; or &quot;empty&quot;</source>
        <translation>world harus &quot;default&quot; atau &quot;empty&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time like 2026-11-27T08:00:00+07:00</source>
        <translation>&quot;%1&quot; bukan tanggal dan waktu seperti 2026-11-27T08:00:00+07:00</translation>
    </message>
    <message>
        <source>a domain needs a &quot;name&quot;</source>
        <translation>domain memerlukan &quot;name&quot;</translation>
    </message>
    <message>
        <source>a host needs an &quot;id&quot;</source>
        <translation>host memerlukan &quot;id&quot;</translation>
    </message>
    <message>
        <source>host &quot;%1&quot; refers to &quot;%2&quot;, which is not a host of this scenario</source>
        <translation>host &quot;%1&quot; merujuk ke &quot;%2&quot;, yang bukan host dalam skenario ini</translation>
    </message>
    <message>
        <source>mail client &quot;%1&quot; needs &quot;submit-to&quot;: the server it sends through</source>
        <translation>klien email &quot;%1&quot; memerlukan &quot;submit-to&quot;: server yang dipakainya untuk mengirim</translation>
    </message>
    <message>
        <source>host &quot;%1&quot; needs a &quot;name&quot;</source>
        <translation>host &quot;%1&quot; memerlukan &quot;name&quot;</translation>
    </message>
    <message>
        <source>host &quot;%1&quot; needs an &quot;address&quot;</source>
        <translation>host &quot;%1&quot; memerlukan &quot;address&quot;</translation>
    </message>
    <message>
        <source>two hosts have the address %1</source>
        <translation>ada dua host dengan alamat %1; setiap host perlu alamat sendiri</translation>
    </message>
    <message>
        <source>the MX record of %1 points to %2, but no host has that name</source>
        <translation>record MX milik %1 menunjuk ke %2, tetapi tidak ada host dengan nama itu</translation>
    </message>
    <message>
        <source>the scenario sends no message</source>
        <translation>skenario ini tidak mengirim pesan apa pun</translation>
    </message>
    <message>
        <source>a message needs at least one recipient in &quot;to&quot;, &quot;cc&quot; or &quot;bcc&quot;</source>
        <translation>pesan memerlukan minimal satu penerima di &quot;to&quot;, &quot;cc&quot;, atau &quot;bcc&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail client (role mua) of this scenario</source>
        <translation>&quot;%1&quot; bukan klien email (role mua) dalam skenario ini</translation>
    </message>
    <message>
        <source>no mail client (role mua) can send the messages</source>
        <translation>tidak ada klien email (role mua) yang bisa mengirim pesan-pesan ini</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host of this scenario</source>
        <translation>&quot;%1&quot; bukan host dalam skenario ini</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain of this scenario</source>
        <translation>&quot;%1&quot; bukan domain dalam skenario ini</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>file tidak ditemukan</translation>
    </message>
    <message>
        <source>this is a folder, not a scenario file</source>
        <translation>ini folder, bukan file skenario</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>file tidak bisa dibaca: %1</translation>
    </message>
    <message>
        <source>&quot;max-recipients&quot; is smaller than &quot;min-recipients&quot;</source>
        <translation>&quot;max-recipients&quot; lebih kecil daripada &quot;min-recipients&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail server of this scenario</source>
        <translation>&quot;%1&quot; bukan server email dalam skenario ini</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>ini bukan berkas biasa</translation>
    </message>
    <message>
        <source>the domain %1 is described twice in this file (first on line %2)</source>
        <translation>domain %1 dituliskan dua kali dalam berkas ini (yang pertama di baris %2)</translation>
    </message>
    <message>
        <source>the host id &quot;%1&quot; is used twice in this file (first on line %2)</source>
        <translation>id host &quot;%1&quot; dipakai dua kali dalam berkas ini (yang pertama di baris %2)</translation>
    </message>
    <message>
        <source>hosts &quot;%1&quot; and &quot;%2&quot; have the same name %3: DNS could find only one of them</source>
        <translation>host &quot;%1&quot; dan &quot;%2&quot; memiliki nama yang sama, %3: DNS hanya bisa menemukan salah satunya</translation>
    </message>
    <message>
        <source>invalid escape %1 in a string; a backslash itself is written \\</source>
        <translation>escape %1 tidak sah dalam teks; garis miring terbalik (backslash) ditulis \\</translation>
    </message>
    <message>
        <source>expected an e-mail address in quotes or a list of addresses, found %1</source>
        <translation>seharusnya alamat email dalam tanda kutip atau daftar alamat, ternyata %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address such as 203.0.113.5</source>
        <translation>&quot;%1&quot; bukan alamat IPv4 seperti 203.0.113.5</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; fault needs a &quot;%2&quot;</source>
        <translation>gangguan &quot;%1&quot; memerlukan &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;until-ms&quot; (%1) is not after &quot;from-ms&quot; (%2): the host would never be down</source>
        <translation>&quot;until-ms&quot; (%1) tidak lebih besar dari &quot;from-ms&quot; (%2): host itu tidak akan pernah mati</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use %2, or &quot;.&quot; for the end of the data</source>
        <translation>perintah &quot;%1&quot; tidak dikenal; gunakan %2, atau &quot;.&quot; untuk akhir data</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>perintah &quot;%1&quot; tidak dikenal; mungkin maksudnya &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>a link needs &quot;from&quot; and &quot;to&quot;: the ids of two hosts</source>
        <translation>sebuah link memerlukan &quot;from&quot; dan &quot;to&quot;: id dua host</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail server (role submission, relay or mx) of this scenario</source>
        <translation>&quot;%1&quot; bukan server email (role submission, relay, atau mx) dalam skenario ini</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mailbox (role mailbox) of this scenario</source>
        <translation>&quot;%1&quot; bukan kotak surat (role mailbox) dalam skenario ini</translation>
    </message>
    <message>
        <source>mail server &quot;%1&quot; needs a port from 1 to 65535</source>
        <translation>server email &quot;%1&quot; memerlukan port dari 1 sampai 65535</translation>
    </message>
    <message>
        <source>%1 is not a user of any domain in this scenario</source>
        <translation>%1 bukan pengguna di domain mana pun dalam skenario ini</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain or host name of this scenario</source>
        <translation>&quot;%1&quot; bukan domain atau nama host dalam skenario ini</translation>
    </message>
</context>
<context>
    <name>SequencePainter</name>
    <message numerus="yes">
        <source>(the message: %n byte(s), dot-stuffed)</source>
        <translation>
            <numerusform>(pesannya: %n byte, dengan dot-stuffing)</numerusform>
        </translation>
    </message>
    <message>
        <source>[encrypted] %1</source>
        <translation>[terenkripsi] %1</translation>
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
        <translation>Mode langsung (klien SMTP sungguhan mengirim ke Kurir):
  serve --domain D --maildir DIR [OPSI]
                              menerima email sungguhan lewat SMTP (mode langsung)
                              dan menyimpannya di DIR/&lt;alamat&gt;/new sampai Ctrl+C:
    --listen HOST:PORT        alamat untuk menunggu koneksi (bawaan 127.0.0.1:2525;
                              port 0: port bebas mana saja)
    --domain D                terima email untuk D (ulangi untuk domain lain)
    --maildir DIR             folder kotak surat (mailbox)
    --user ALAMAT:KATA_SANDI  pengguna yang boleh login (ulangi); lalu hanya
                              alamat yang terdaftar dan postmaster yang menerima email
    --max-size BYTE           ukuran pesan terbesar yang diterima (bawaan 10485760)
    --max-sessions N          jumlah klien sekaligus (bawaan 100)
    --tls-cert FILE --tls-key FILE
                              sertifikat untuk STARTTLS (bawaan: sertifikat
                              self-signed, disimpan di DIR/.kurir-tls)
    --hostname NAMA           nama server (bawaan: domain pertama)
    --idle-timeout DETIK      putuskan klien yang diam (bawaan 300)
    --verbose                 tampilkan setiap baris dialog
</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>opsi tidak dikenal &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumen tak terduga &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 memerlukan nilai</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name such as test.example</source>
        <translation>&quot;%1&quot; bukan nama domain seperti test.example</translation>
    </message>
    <message>
        <source>--max-size needs a number of bytes greater than 0</source>
        <translation>--max-size memerlukan jumlah byte lebih dari 0</translation>
    </message>
    <message>
        <source>--max-sessions needs a whole number greater than 0</source>
        <translation>--max-sessions memerlukan bilangan bulat lebih dari 0</translation>
    </message>
    <message>
        <source>--user needs ADDRESS:PASSWORD, such as bob@test.example:secret</source>
        <translation>--user memerlukan ALAMAT:KATA_SANDI, misalnya bob@test.example:secret</translation>
    </message>
    <message>
        <source>--idle-timeout needs a number of seconds greater than 0</source>
        <translation>--idle-timeout memerlukan jumlah detik lebih dari 0</translation>
    </message>
    <message>
        <source>needs at least one --domain</source>
        <translation>memerlukan setidaknya satu --domain</translation>
    </message>
    <message>
        <source>needs --maildir DIR</source>
        <translation>memerlukan --maildir DIR</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert dan --tls-key harus diberikan bersama</translation>
    </message>
    <message>
        <source>the user %1 is not in any --domain</source>
        <translation>pengguna %1 tidak termasuk dalam --domain mana pun</translation>
    </message>
    <message>
        <source>--listen needs an IP address and a port, such as 127.0.0.1:2525</source>
        <translation>--listen memerlukan alamat IP dan port, misalnya 127.0.0.1:2525</translation>
    </message>
    <message>
        <source>Kurir is listening for SMTP on %1 (STARTTLS available).</source>
        <translation>Kurir menunggu koneksi SMTP di %1 (STARTTLS tersedia).</translation>
    </message>
    <message>
        <source>Accepting mail for: %1</source>
        <translation>Menerima email untuk: %1</translation>
    </message>
    <message>
        <source>Storing mail in: %1</source>
        <translation>Menyimpan email di: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) may log in (AUTH, inside TLS only).</source>
        <translation>
            <numerusform>%n pengguna dapat melakukan otentikasi (AUTH, hanya di dalam TLS).</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: not on loopback; other computers can reach this server.</source>
        <translation>Peringatan: bukan alamat loopback; komputer lain dapat menjangkau server ini.</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Tekan Ctrl+C untuk berhenti.</translation>
    </message>
    <message numerus="yes">
        <source>Stopping: %n session(s) told to come back later.</source>
        <translation>
            <numerusform>Menghentikan server: %n sesi diminta mencoba lagi nanti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Server telah berhenti.</translation>
    </message>
</context>
<context>
    <name>Visuals</name>
    <message>
        <source>2xx success</source>
        <translation>2xx berhasil</translation>
    </message>
    <message>
        <source>3xx go on</source>
        <translation>3xx silakan lanjut</translation>
    </message>
    <message>
        <source>4xx try again later</source>
        <translation>4xx coba lagi nanti</translation>
    </message>
    <message>
        <source>5xx refused</source>
        <translation>5xx ditolak</translation>
    </message>
</context>
<context>
    <name>kurir::gui::ChartsView</name>
    <message>
        <source>unknown</source>
        <translation>tidak dikenal</translation>
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
        <translation>%1 (tidak ada jawaban)</translation>
    </message>
    <message>
        <source>Run a scenario to see its charts.</source>
        <translation>Jalankan sebuah skenario untuk melihat grafiknya.</translation>
    </message>
    <message>
        <source>Time per phase of each connection</source>
        <translation>Waktu tiap tahap pada setiap koneksi</translation>
    </message>
    <message>
        <source>DNS look-up</source>
        <translation>Pencarian DNS</translation>
    </message>
    <message>
        <source>TCP, greeting and QUIT</source>
        <translation>TCP, salam pembuka, dan QUIT</translation>
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
        <translation>Amplop (MAIL, RCPT)</translation>
    </message>
    <message>
        <source>Data (DATA to 250)</source>
        <translation>Data (DATA sampai 250)</translation>
    </message>
    <message>
        <source>Simulated time (ms)</source>
        <translation>Waktu simulasi (ms)</translation>
    </message>
    <message>
        <source>Each bar is one SMTP connection; its pieces show how many simulated milliseconds each phase took, from the DNS look-up to the data. The arrow ▶ marks the connection of the current step.</source>
        <translation>Setiap batang adalah satu koneksi SMTP; bagian-bagiannya menunjukkan berapa milidetik simulasi yang dipakai tiap tahap, dari pencarian DNS sampai pengiriman data. Panah ▶ menandai koneksi langkah saat ini.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %n connections.</source>
        <translation>
            <numerusform>Menampilkan %1 koneksi pertama dari %n koneksi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages waiting in the queue</source>
        <translation>Pesan yang menunggu di antrean</translation>
    </message>
    <message>
        <source>Queue of %1</source>
        <translation>Antrean %1</translation>
    </message>
    <message>
        <source>Delivery attempt</source>
        <translation>Percobaan pengiriman</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Langkah saat ini</translation>
    </message>
    <message>
        <source>Simulated time (s)</source>
        <translation>Waktu simulasi (detik)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>The line shows how many messages wait in each server&apos;s queue. Each triangle is a delivery attempt: a deferred message stays in the queue and the server tries again later (retry). The thin vertical line is the current step.</source>
        <translation>Garis menunjukkan berapa pesan yang menunggu di antrean setiap server. Setiap segitiga adalah satu percobaan pengiriman: pesan yang ditunda tetap di antrean dan server mencoba lagi nanti (coba ulang). Garis tegak yang tipis adalah langkah saat ini.</translation>
    </message>
    <message>
        <source>Delivered, deferred and bounced messages</source>
        <translation>Pesan terkirim, ditunda, dan pesan pantulan (bounce)</translation>
    </message>
    <message>
        <source>Delivered (solid)</source>
        <translation>Terkirim (garis penuh)</translation>
    </message>
    <message>
        <source>Deferred (dashed)</source>
        <translation>Ditunda (garis putus-putus)</translation>
    </message>
    <message>
        <source>Bounced (dotted)</source>
        <translation>Pesan pantulan (garis titik-titik)</translation>
    </message>
    <message>
        <source>Messages so far</source>
        <translation>Jumlah pesan sejauh ini</translation>
    </message>
    <message>
        <source>Each line counts messages from the start of the run: delivered to a mailbox, deferred (they wait in the queue for a retry) and bounced (a bounce goes back to the sender). The thin vertical line is the current step.</source>
        <translation>Setiap garis menghitung pesan sejak awal simulasi: yang terkirim ke kotak surat, yang ditunda (menunggu di antrean untuk dicoba ulang), dan pesan pantulan (bounce, dikirim kembali ke pengirim). Garis tegak yang tipis adalah langkah saat ini.</translation>
    </message>
    <message>
        <source>Round trips with and without PIPELINING</source>
        <translation>Bolak-balik dengan dan tanpa PIPELINING</translation>
    </message>
    <message>
        <source>Without PIPELINING (hatched)</source>
        <translation>Tanpa PIPELINING (berarsir)</translation>
    </message>
    <message>
        <source>With PIPELINING, as in this lesson (solid)</source>
        <translation>Dengan PIPELINING, seperti dalam pelajaran ini (penuh)</translation>
    </message>
    <message>
        <source>Times the client waits for the server</source>
        <translation>Berapa kali klien menunggu server</translation>
    </message>
    <message>
        <source>A round trip is the client sending and then waiting for the server&apos;s answer. With PIPELINING (RFC 2920) the client sends MAIL, RCPT and DATA together and reads their replies together: fewer waits, which matters on a slow link.</source>
        <translation>Satu kali bolak-balik adalah klien mengirim lalu menunggu jawaban server. Dengan PIPELINING (RFC 2920) klien mengirim MAIL, RCPT, dan DATA sekaligus dan membaca balasannya sekaligus: lebih sedikit menunggu, yang penting pada jaringan yang lambat.</translation>
    </message>
</context>
<context>
    <name>kurir::gui::ErrorDialog</name>
    <message>
        <source>The scenario could not be opened</source>
        <translation>Skenario tidak bisa dibuka</translation>
    </message>
    <message>
        <source>Problems found in the scenario</source>
        <translation>Masalah yang ditemukan di skenario</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be opened: %n problem(s) found. The scenario that was open stays open.</source>
        <translation>
            <numerusform>%1 tidak bisa dibuka: ditemukan %n masalah. Skenario yang sedang terbuka tetap terbuka.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kurir::gui::ExplanationPanel</name>
    <message>
        <source>Explanation</source>
        <translation>Penjelasan</translation>
    </message>
    <message>
        <source>Explanation of the step</source>
        <translation>Penjelasan langkah ini</translation>
    </message>
    <message>
        <source>Choose a scenario to begin.</source>
        <translation>Pilih sebuah skenario untuk memulai.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Step %1 of %2  ·  %3  ·  %4</source>
        <translation>Langkah %1 dari %2  ·  %3  ·  %4</translation>
    </message>
    <message>
        <source>Teacher&apos;s note: %1</source>
        <translation>Catatan untuk guru: %1</translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s)</source>
        <translation>
            <numerusform>… %n baris lagi</numerusform>
        </translation>
    </message>
    <message>
        <source>Current line of the dialogue</source>
        <translation>Baris dialog saat ini</translation>
    </message>
</context>
<context>
    <name>kurir::gui::JourneyView</name>
    <message>
        <source>Command</source>
        <translation>Perintah</translation>
    </message>
    <message>
        <source>The message itself</source>
        <translation>Isi pesannya</translation>
    </message>
    <message>
        <source>TCP connection</source>
        <translation>Koneksi TCP</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Tidak tersambung</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Koneksi ditutup</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>Jabat tangan TLS</translation>
    </message>
    <message>
        <source>DNS question</source>
        <translation>Pertanyaan DNS</translation>
    </message>
    <message>
        <source>DNS answer</source>
        <translation>Jawaban DNS</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <source>Into the mailbox</source>
        <translation>Masuk ke kotak surat</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Pesan pantulan</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Pesan baru</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Journey of the message</source>
        <translation>Perjalanan pesan</translation>
    </message>
    <message>
        <source>Step %1: %2 to %3, %4: %5</source>
        <translation>Langkah %1: %2 ke %3, %4: %5</translation>
    </message>
    <message>
        <source>Step %1: %2, %3: %4</source>
        <translation>Langkah %1: %2, %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s)</source>
        <translation>
            <numerusform>… %n baris lagi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mail server(s)</source>
        <translation>
            <numerusform>%n server email</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kurir::gui::LiveDialog</name>
    <message>
        <source>Live mode</source>
        <translation>Mode langsung</translation>
    </message>
    <message>
        <source>In live mode Kurir is a real SMTP server. Mail that real programs (swaks, a mail client, Python&apos;s smtplib) send to it appears in the journey, the dialogue and the mailboxes, and is stored in a Maildir folder on this computer.</source>
        <translation>Dalam mode langsung, Kurir menjadi server SMTP sungguhan. Email yang dikirim program sungguhan (swaks, klien email, smtplib di Python) ke server ini muncul di perjalanan, dialog, dan kotak surat, lalu disimpan di folder Maildir di komputer ini.</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Terima koneksi di:</translation>
    </message>
    <message>
        <source>IP address and port, such as 127.0.0.1:2525. 127.0.0.1 only accepts connections from this computer; 0.0.0.0 accepts the whole classroom.</source>
        <translation>Alamat IP dan port, misalnya 127.0.0.1:2525. 127.0.0.1 hanya menerima koneksi dari komputer ini; 0.0.0.0 menerima koneksi dari seluruh kelas.</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>D&amp;omain:</translation>
    </message>
    <message>
        <source>Mail for addresses at this domain is accepted, such as bob@kurir.test</source>
        <translation>Email untuk alamat di domain ini diterima, misalnya bob@kurir.test</translation>
    </message>
    <message>
        <source>&amp;Maildir folder:</source>
        <translation>Folder &amp;Maildir:</translation>
    </message>
    <message>
        <source>Where accepted messages are stored, one folder per mailbox</source>
        <translation>Tempat pesan yang diterima disimpan, satu folder per kotak surat (mailbox)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Mulai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>kurir::gui::MailboxesView</name>
    <message>
        <source>Mailboxes and queues</source>
        <translation>Kotak surat dan antrean</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Kotak surat</translation>
    </message>
    <message>
        <source>Queues of the sending servers</source>
        <translation>Antrean server pengirim</translation>
    </message>
    <message>
        <source>Mailbox / sender</source>
        <translation>Kotak surat / pengirim</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Stored at step</source>
        <translation>Disimpan pada langkah</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Queue id</source>
        <translation>ID antrean</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Pengirim</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Percobaan</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Menunggu</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), at %1</source>
        <translation>
            <numerusform>%n pesan, di %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click or press Enter to read it</source>
        <translation>Klik dua kali atau tekan Enter untuk membacanya</translation>
    </message>
    <message numerus="yes">
        <source>… and %n older message(s)</source>
        <translation>
            <numerusform>… dan %n pesan yang lebih lama</numerusform>
        </translation>
    </message>
    <message>
        <source>No message has been delivered yet.</source>
        <translation>Belum ada pesan yang sampai.</translation>
    </message>
    <message>
        <source>being delivered</source>
        <translation>sedang dikirim</translation>
    </message>
    <message>
        <source>retry at %1 (in %2 s) after: %3</source>
        <translation>coba ulang pada %1 (%2 detik lagi) setelah: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… dan %n lainnya</numerusform>
        </translation>
    </message>
    <message>
        <source>The queues are empty.</source>
        <translation>Antrean kosong.</translation>
    </message>
    <message>
        <source>Message in %1</source>
        <translation>Pesan di %1</translation>
    </message>
    <message>
        <source>Bounce from %1</source>
        <translation>Pantulan dari %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more mailbox(es)</source>
        <translation>
            <numerusform>… dan %n kotak surat lainnya</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kurir::gui::MainWindow</name>
    <message>
        <source>kurir: cannot write %1: %2</source>
        <translation>kurir: tidak bisa menulis %1: %2</translation>
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
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Buka yang &amp;Terakhir</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Putar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>B&amp;ahasa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Buka…</translation>
    </message>
    <message>
        <source>Open a scenario file (.json)</source>
        <translation>Buka berkas skenario (.json)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Read the scenario again and run it anew</source>
        <translation>Baca skenario sekali lagi dan jalankan dari awal</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;About Kurir</source>
        <translation>&amp;Tentang Kurir</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Kosongkan daftar</translation>
    </message>
    <message>
        <source>Show Kurir in Bahasa Indonesia</source>
        <translation>Tampilkan Kurir dalam Bahasa Indonesia</translation>
    </message>
    <message>
        <source>Show Kurir in English</source>
        <translation>Tampilkan Kurir dalam bahasa Inggris</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <source>Journey, dialogue and explanation</source>
        <translation>Perjalanan, dialog, dan penjelasan</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>Buka skenario</translation>
    </message>
    <message>
        <source>Kurir scenarios (*.json);;All files (*)</source>
        <translation>Skenario Kurir (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>About Kurir</source>
        <translation>Tentang Kurir</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kurir %1&lt;/b&gt;&lt;br&gt;How an e-mail travels from Alice&apos;s laptop to Bob&apos;s mailbox, one real SMTP line at a time.</source>
        <translation>&lt;b&gt;Kurir %1&lt;/b&gt;&lt;br&gt;Perjalanan sebuah email dari laptop Alice ke kotak surat Bob, satu baris SMTP sungguhan demi satu.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Belum ada berkas terakhir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Ta&amp;mpilan</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>P&amp;resentasi</translation>
    </message>
    <message>
        <source>Presentation mode: full screen, large type, only the journey and its explanation (F5; Esc leaves)</source>
        <translation>Mode presentasi: layar penuh, huruf besar, hanya perjalanan pesan dan penjelasannya (F5; Esc untuk keluar)</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Keluar dari mode presentasi</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Skenario:</translation>
    </message>
    <message>
        <source>Export sequence diagram</source>
        <translation>Ekspor diagram urutan</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg);;PNG image (*.png)</source>
        <translation>Gambar SVG (*.svg);;Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>&amp;Perjalanan</translation>
    </message>
    <message>
        <source>&amp;Sequence diagram</source>
        <translation>Diagram &amp;urutan</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>Pe&amp;san</translation>
    </message>
    <message>
        <source>Mail&amp;boxes and queues</source>
        <translation>&amp;Kotak surat dan antrean</translation>
    </message>
    <message>
        <source>Where the message is: the actors and the links it travels</source>
        <translation>Di mana pesannya: para aktor dan jalur yang dilaluinya</translation>
    </message>
    <message>
        <source>How the conversation went: one lifeline per actor, an arrow per command and reply</source>
        <translation>Jalannya percakapan: satu garis hidup per aktor, satu panah per perintah dan balasan</translation>
    </message>
    <message>
        <source>What the message is at this step: envelope and headers, Received: lines, MIME parts, source</source>
        <translation>Isi pesan pada langkah ini: amplop dan header, baris Received:, bagian MIME, sumber</translation>
    </message>
    <message>
        <source>Every mailbox and every sending server&apos;s queue at this step</source>
        <translation>Semua kotak surat dan antrean setiap server pengirim pada langkah ini</translation>
    </message>
    <message>
        <source>&amp;Export sequence diagram…</source>
        <translation>&amp;Ekspor diagram urutan…</translation>
    </message>
    <message>
        <source>Save the sequence diagram as SVG or PNG, for slides and worksheets</source>
        <translation>Simpan diagram urutan sebagai SVG atau PNG, untuk slide dan lembar kerja</translation>
    </message>
    <message>
        <source>Running the scenario…</source>
        <translation>Menjalankan skenario…</translation>
    </message>
    <message>
        <source>&amp;Eavesdropper&apos;s view</source>
        <translation>Pandangan &amp;penyadap</translation>
    </message>
    <message>
        <source>Show each line as someone listening on the network sees it: readable before STARTTLS and on connections without TLS, ciphertext after it</source>
        <translation>Tampilkan setiap baris seperti yang dilihat orang yang menyadap jaringan: terbaca sebelum STARTTLS dan pada koneksi tanpa TLS, berupa teks sandi (ciphertext) setelahnya</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Bagaimana jika</translation>
    </message>
    <message>
        <source>Step to a server reply first (a line that starts with a reply code, such as 250); then choose what the server should have said instead.</source>
        <translation>Pindah dulu ke balasan server (baris yang diawali kode balasan, misalnya 250); lalu pilih apa yang seharusnya dikatakan server.</translation>
    </message>
    <message>
        <source>At step %1 the server answered %2 with:
%3

What if it had answered:</source>
        <translation>Pada langkah %1 server menjawab %2 dengan:
%3

Bagaimana jika jawabannya:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a refusal: write a 4xx (try again later) or 5xx (refused) reply such as &quot;550 5.1.1 User unknown&quot;.</source>
        <translation>&quot;%1&quot; bukan penolakan: tulis balasan 4xx (coba lagi nanti) atau 5xx (ditolak), misalnya &quot;550 5.1.1 User unknown&quot;.</translation>
    </message>
    <message>
        <source>What if is for the lessons; the bulk scenario is too large to run twice.</source>
        <translation>Fitur &quot;bagaimana jika&quot; untuk pelajaran; skenario bulk terlalu besar untuk dijalankan dua kali.</translation>
    </message>
    <message>
        <source>Delivered to: %1
Bounced (reported to the sender): %2
Not sent (still in the mail client): %3
Finished after %4 s of simulated time, %5 steps.</source>
        <translation>Sampai ke: %1
Pesan pantulan (dilaporkan ke pengirim): %2
Tidak terkirim (masih di aplikasi email): %3
Selesai setelah %4 detik waktu simulasi, %5 langkah.</translation>
    </message>
    <message>
        <source>What if: the two outcomes</source>
        <translation>Bagaimana jika: dua hasil</translation>
    </message>
    <message>
        <source>As it happened (%1)</source>
        <translation>Yang terjadi (%1)</translation>
    </message>
    <message>
        <source>What if: %1</source>
        <translation>Bagaimana jika: %1</translation>
    </message>
    <message>
        <source>The window now shows the new journey; Reload (Ctrl+R) brings back the lesson as it was.</source>
        <translation>Jendela kini menampilkan perjalanan yang baru; Muat ulang (Ctrl+R) mengembalikan pelajaran seperti semula.</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Grafik</translation>
    </message>
    <message>
        <source>Time per phase of each connection, the queue over time, deliveries over time</source>
        <translation>Waktu tiap tahap setiap koneksi, antrean dari waktu ke waktu, pengiriman dari waktu ke waktu</translation>
    </message>
    <message>
        <source>&amp;What if this reply were…</source>
        <translation>&amp;Bagaimana jika balasan ini…</translation>
    </message>
    <message>
        <source>Replace the server reply at this step (say 250 by 550 5.1.1) and run the lesson again from here</source>
        <translation>Ganti balasan server pada langkah ini (misalnya 250 menjadi 550 5.1.1) dan jalankan pelajaran lagi dari sini</translation>
    </message>
    <message>
        <source>Live mode</source>
        <translation>Mode langsung</translation>
    </message>
    <message>
        <source>Live mode could not start: %1

If another program uses this port, choose another one in File → Live mode settings.</source>
        <translation>Mode langsung tidak dapat dimulai: %1

Jika port ini dipakai program lain, pilih port lain di Berkas → Pengaturan mode langsung.</translation>
    </message>
    <message>
        <source>Live: listening on %1 for %2 — try: swaks --server %1 --to bob@%2</source>
        <translation>Mode langsung: menunggu koneksi di %1 untuk %2 — coba: swaks --server %1 --to bob@%2</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Langsung</translation>
    </message>
    <message>
        <source>Live mode: Kurir becomes a real SMTP server; the sessions of real mail programs appear in the window (Ctrl+L)</source>
        <translation>Mode langsung: Kurir menjadi server SMTP sungguhan; sesi dari program email sungguhan muncul di jendela (Ctrl+L)</translation>
    </message>
    <message>
        <source>Live mode &amp;settings…</source>
        <translation>&amp;Pengaturan mode langsung…</translation>
    </message>
    <message>
        <source>Where live mode listens, for which domain, and where it stores mail</source>
        <translation>Di mana mode langsung menunggu koneksi, untuk domain apa, dan di mana email disimpan</translation>
    </message>
    <message>
        <source>Kurir — Live mode</source>
        <translation>Kurir — Mode langsung</translation>
    </message>
    <message>
        <source>Messages are stored in %1</source>
        <translation>Pesan disimpan di %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) stored</source>
        <translation>
            <numerusform>%Ln pesan tersimpan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln earlier session(s) counted, not shown</source>
        <translation>
            <numerusform>%Ln sesi sebelumnya dihitung, tidak ditampilkan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kurir::gui::MessageInspector</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
        </translation>
    </message>
    <message>
        <source>Message inspector</source>
        <translation>Pemeriksa pesan</translation>
    </message>
    <message>
        <source>The password line, decoded</source>
        <translation>Baris kata sandi, setelah didekode</translation>
    </message>
    <message>
        <source>Envelope: what the servers read</source>
        <translation>Amplop (envelope): yang dibaca server</translation>
    </message>
    <message>
        <source>Headers: what Bob&apos;s mail client shows</source>
        <translation>Header: yang ditampilkan aplikasi email Bob</translation>
    </message>
    <message>
        <source>Received: chain (newest first, one line per server)</source>
        <translation>Rantai Received: (terbaru di atas, satu baris per server)</translation>
    </message>
    <message>
        <source>MIME parts: a part as sent (left) and decoded (right)</source>
        <translation>Bagian MIME: satu bagian seperti dikirim (kiri) dan setelah didekode (kanan)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Pengodean</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nama file</translation>
    </message>
    <message>
        <source>Source as it crossed the wire after DATA</source>
        <translation>Sumber pesan seperti yang melintasi jaringan setelah DATA</translation>
    </message>
    <message>
        <source>Choose a part above.</source>
        <translation>Pilih salah satu bagian di atas.</translation>
    </message>
    <message>
        <source>On the wire: %1
Decoded: %2

Base64 is an encoding, not encryption: anyone who reads this line reads the user name and the password ([NUL] separates them). That is why the client sends AUTH only after STARTTLS.</source>
        <translation>Di jaringan: %1
Setelah didekode: %2

Base64 adalah pengodean, bukan enkripsi: siapa pun yang membaca baris ini bisa membaca nama pengguna dan kata sandinya ([NUL] memisahkan keduanya). Karena itulah klien mengirim AUTH hanya setelah STARTTLS.</translation>
    </message>
    <message>
        <source>No message yet: step forward until Alice&apos;s mail client composes it.</source>
        <translation>Belum ada pesan: maju terus sampai aplikasi email Alice menyusunnya.</translation>
    </message>
    <message>
        <source>The message at step %1</source>
        <translation>Pesan pada langkah %1</translation>
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
        <translation>%1 ada di amplop (envelope) tetapi tidak ada di header To atau Cc: ia penerima Bcc. Server mengantar pesan berdasarkan amplop; penerima lain tidak pernah melihat alamat ini.</translation>
    </message>
    <message>
        <source>The envelope sender is empty (&lt;&gt;): this is a bounce, and nobody answers a bounce with another bounce.</source>
        <translation>Pengirim di amplop kosong (&lt;&gt;): ini pesan pantulan (bounce), dan tidak ada yang membalas bounce dengan bounce lagi.</translation>
    </message>
    <message>
        <source>The From header (%1) is not the envelope sender (%2). SMTP itself does not check the From header: a forged sender looks real to the reader, which is why receiving servers check SPF, DKIM and DMARC.</source>
        <translation>Header From (%1) berbeda dengan pengirim di amplop (%2). SMTP sendiri tidak memeriksa header From: pengirim palsu terlihat asli bagi pembaca, karena itulah server penerima memeriksa SPF, DKIM, dan DMARC.</translation>
    </message>
    <message>
        <source>Envelope and headers agree here: the servers deliver to the envelope, the reader sees the headers.</source>
        <translation>Di sini amplop dan header sama: server mengantar berdasarkan amplop, pembaca melihat header.</translation>
    </message>
    <message>
        <source>None yet: each server that accepts the message adds one line at the top.</source>
        <translation>Belum ada: setiap server yang menerima pesan menambahkan satu baris di paling atas.</translation>
    </message>
    <message numerus="yes">
        <source>… %n more byte(s) not shown</source>
        <translation>
            <numerusform>… %n byte lagi tidak ditampilkan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the message start with a dot: the client doubled that dot on the wire (dot-stuffing, RFC 5321 §4.5.2), so no line of the message can end the data early. The server removes it again.</source>
        <translation>
            <numerusform>%n baris pesan diawali titik: klien menggandakan titik itu di jaringan (dot-stuffing, RFC 5321 §4.5.2), sehingga tidak ada baris pesan yang bisa mengakhiri data lebih awal. Server membuangnya lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data ends with a line holding only a dot. A line of the message that starts with a dot would have it doubled on the wire (dot-stuffing).</source>
        <translation>Data diakhiri dengan baris yang hanya berisi titik. Baris pesan yang diawali titik akan digandakan titiknya di jaringan (dot-stuffing).</translation>
    </message>
</context>
<context>
    <name>kurir::gui::PlaybackBar</name>
    <message>
        <source>Playback</source>
        <translation>Pemutaran</translation>
    </message>
    <message>
        <source>Playback controls</source>
        <translation>Tombol pemutaran</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Awal</translation>
    </message>
    <message>
        <source>Go to the first step</source>
        <translation>Ke langkah pertama</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Mundur</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Langkah mundur</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Putar</translation>
    </message>
    <message>
        <source>Pause the story</source>
        <translation>Jeda ceritanya</translation>
    </message>
    <message>
        <source>Play the story step by step</source>
        <translation>Putar ceritanya langkah demi langkah</translation>
    </message>
    <message>
        <source>Next step ▶</source>
        <translation>Langkah maju ▶</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>Langkah maju</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Akhir</translation>
    </message>
    <message>
        <source>Go to the last step</source>
        <translation>Ke langkah terakhir</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Kecepatan</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Kecepatan pemutaran</translation>
    </message>
    <message>
        <source>How fast the story plays</source>
        <translation>Seberapa cepat cerita diputar</translation>
    </message>
    <message>
        <source>Position in the story</source>
        <translation>Posisi dalam cerita</translation>
    </message>
    <message>
        <source>Drag to go to any step</source>
        <translation>Geser untuk menuju langkah mana pun</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Langkah %1 dari %2</translation>
    </message>
</context>
<context>
    <name>kurir::gui::ScenarioPicker</name>
    <message>
        <source>Scenario</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <source>Choose a scenario from Kurir&apos;s library</source>
        <translation>Pilih skenario dari koleksi Kurir</translation>
    </message>
    <message>
        <source>%1 (file %2)</source>
        <translation>%1 (berkas %2)</translation>
    </message>
</context>
<context>
    <name>kurir::gui::SequenceView</name>
    <message>
        <source>Sequence diagram</source>
        <translation>Diagram urutan</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak bisa menulis %1: %2</translation>
    </message>
    <message>
        <source>Kurir sequence diagram</source>
        <translation>Diagram urutan Kurir</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Tidak bisa menulis %1</translation>
    </message>
</context>
<context>
    <name>kurir::gui::StageStrip</name>
    <message>
        <source>Stages of sending an e-mail</source>
        <translation>Tahap-tahap pengiriman email</translation>
    </message>
    <message>
        <source>current stage</source>
        <translation>tahap sekarang</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>akan datang</translation>
    </message>
    <message>
        <source>not in this scenario</source>
        <translation>tidak ada di skenario ini</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation>Tahap %1: %2</translation>
    </message>
    <message>
        <source>Stage %1 of 5, %2. Click to go to its first step.</source>
        <translation>Tahap %1 dari 5, %2. Klik untuk menuju langkah pertamanya.</translation>
    </message>
</context>
<context>
    <name>kurir::gui::TranscriptModel</name>
    <message>
        <source>queue</source>
        <translation>antrean</translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation>kotak surat</translation>
    </message>
    <message>
        <source>bounce</source>
        <translation>pantulan</translation>
    </message>
    <message>
        <source>write</source>
        <translation>tulis</translation>
    </message>
    <message>
        <source>note</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ke %2</translation>
    </message>
    <message>
        <source>Step %1, %2</source>
        <translation>Langkah %1, %2</translation>
    </message>
    <message>
        <source>Step %1, %2: %3</source>
        <translation>Langkah %1, %2: %3</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>What is said</source>
        <translation>Yang dikatakan</translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s): see the Message tab</source>
        <translation>
            <numerusform>… %n baris lagi: lihat tab Pesan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kurir::gui::TranscriptView</name>
    <message>
        <source>SMTP dialogue</source>
        <translation>Dialog SMTP</translation>
    </message>
    <message>
        <source>The SMTP dialogue, line by line. C: the client speaks, S: the server answers. Click a line to go to its step.</source>
        <translation>Dialog SMTP, baris demi baris. C: klien berbicara, S: server menjawab. Klik sebuah baris untuk menuju langkahnya.</translation>
    </message>
</context>
</TS>
