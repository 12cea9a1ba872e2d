#include "maildir.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include <QDir>
#include <QSysInfo>

namespace kurir::live {

namespace {

int openDirectory(int at, const char *path)
{
    return ::openat(at, path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
}

// A directory's entries (a new file, a rename) are durable only once the directory itself
// is synced: fsync on the file does not cover its name (fsync(2), "NOTES").
int syncDirectory(int at, const char *path)
{
    const int fd = openDirectory(at, path);
    if (fd < 0)
        return errno;
    const int rc = ::fsync(fd) == 0 ? 0 : errno;
    ::close(fd);
    return rc;
}

bool makeDirectory(int at, const char *path, bool *created)
{
    if (::mkdirat(at, path, 0700) == 0) {
        *created = true;
        return true;
    }
    return errno == EEXIST;
}

int writeAll(int fd, const QByteArray &bytes)
{
    const char *p = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        p += n;
        left -= n;
    }
    return 0;
}

} // namespace

// Threads, besides the caller, that sync the files of one batch side by side.
constexpr int kSyncHelpers = 7;

Maildir::Maildir(QString root) : m_root(std::move(root)), m_lanes(kSyncHelpers)
{
    // The Maildir convention: the host name is part of each file name, with "/" and ":"
    // written as octal escapes because they cannot appear there.
    QByteArray host = QSysInfo::machineHostName().toUtf8();
    if (host.isEmpty())
        host = "localhost";
    m_host = host.replace('/', "\\057").replace(':', "\\072");
    m_pid = qint64(::getpid());
}

Maildir::~Maildir()
{
    if (m_rootFd >= 0)
        ::close(m_rootFd);
}

bool Maildir::open()
{
    if (!QDir().mkpath(m_root))
        return false;
    m_rootPath = QFile::encodeName(QDir(m_root).absolutePath());
    m_rootFd = openDirectory(AT_FDCWD, m_rootPath.constData());
    if (m_rootFd < 0)
        return false;
    // Can we write here at all? Better to learn it now than at the first message.
    if (::faccessat(m_rootFd, ".", W_OK | X_OK, AT_EACCESS) != 0)
        return false;
    return true;
}

QByteArray Maildir::folderName(const QByteArray &localPart, const QByteArray &domain)
{
    if (localPart.isEmpty() || domain.isEmpty() || localPart.startsWith('.') ||
        localPart.startsWith('"') || domain.startsWith('['))
        return {};
    for (char c : localPart + domain) {
        if (c == '/' || c == '\\' || uchar(c) < 0x20 || c == 0x7f)
            return {};
    }
    return (localPart + '@' + domain).toLower();
}

QString Maildir::folderPath(const QByteArray &folder, const char *sub) const
{
    return QDir(m_root).filePath(QString::fromUtf8(folder + '/' + sub));
}

bool Maildir::ensureFolder(const QByteArray &folder, int *error)
{
    if (m_ready.contains(folder))
        return true;
    bool created = false;
    bool ok = makeDirectory(m_rootFd, folder.constData(), &created);
    for (const char *sub : {"/tmp", "/new", "/cur"})
        ok = ok && makeDirectory(m_rootFd, (folder + sub).constData(), &created);
    if (!ok) {
        *error = errno;
        return false;
    }
    if (created) {
        // The new folders must survive a crash before a message in them is acknowledged.
        if (int rc = syncDirectory(m_rootFd, folder.constData()); rc != 0) {
            *error = rc;
            return false;
        }
        if (::fsync(m_rootFd) != 0) {
            *error = errno;
            return false;
        }
    }
    m_ready.insert(folder);
    return true;
}

QByteArray Maildir::uniqueName()
{
    // time.MusecPpidQn.host: unique within this process by the sequence number, and across
    // processes and machines by the pid and host (the Maildir naming convention).
    timeval tv{};
    ::gettimeofday(&tv, nullptr);
    // Four numbers of at most 20 digits and five separators fit; the limit keeps room for
    // the separators whatever to_chars() does.
    char text[128];
    char *p = text;
    const auto number = [&p, &text](qint64 n) {
        if (const auto r = std::to_chars(p, text + sizeof text - 8, n); r.ec == std::errc())
            p = r.ptr;
    };
    number(tv.tv_sec);
    *p++ = '.';
    *p++ = 'M';
    number(tv.tv_usec);
    *p++ = 'P';
    number(m_pid);
    *p++ = 'Q';
    number(qint64(++m_sequence));
    *p++ = '.';
    QByteArray name;
    name.reserve(qsizetype(p - text) + m_host.size());
    name.append(text, p - text).append(m_host);
    return name;
}

void Maildir::discard(Message &message, bool inNew)
{
    for (TmpFile &f : message.files) {
        if (f.fd >= 0) {
            ::close(f.fd);
            f.fd = -1;
        }
        if (inNew)
            ::unlinkat(m_rootFd, (f.folder + "/new/" + f.name).constData(), 0);
        ::unlinkat(m_rootFd, (f.folder + "/tmp/" + f.name).constData(), 0);
    }
    message.files.clear(); // forgotten: nothing more is done with them
}

// What a batch costs is the number of flushes the disk does, not the number of calls. An
// fdatasync() per file, even from several threads at once, ends in a cache flush per file
// (ext4 sends one for every file whose journal commit had already gone out), about 0.7 ms
// each here. One syncfs() writes the batch and commits the journal once, with one flush:
// measured alone on a busy disk, 1.2–5.9 ms for ten files against 6.3–13.5 ms for ten
// fdatasync() calls on eight threads. The price: syncfs() also writes what other programs
// left dirty on the same file system.
//
// syncfs() reports write-back errors of the whole file system (Linux 5.8 and later), not
// whose they are; should it fail, every file is synced on its own to pin the error on its
// message (a file's own error is still there to be reported to its descriptor).
void Maildir::syncFiles(std::vector<Message> &batch)
{
    std::vector<Message *> owners;
    std::vector<int> fds;
    for (Message &m : batch) {
        for (const TmpFile &f : m.files) {
            owners.push_back(&m);
            fds.push_back(f.fd);
        }
    }
    if (fds.size() > 1 && ::syncfs(m_rootFd) == 0)
        return;
    std::vector<int> errors;
    m_lanes.sync(fds, errors); // one file (a flush either way), or finding who failed
    for (size_t i = 0; i < owners.size(); ++i) {
        if (errors[i] != 0 && owners[i]->error == 0) {
            owners[i]->error = errors[i];
            discard(*owners[i], false);
        }
    }
}

// The renames of a batch are durable once the new/ folders are synced: one folder (a bulk
// sender to one mailbox) is one fsync(); several are one syncfs(), or each on its own when
// that fails, to know which.
void Maildir::syncFolders(std::vector<Message> &batch)
{
    QSet<QByteArray> folders;
    for (const Message &m : batch) {
        for (const TmpFile &f : m.files)
            folders.insert(f.folder);
    }
    if (folders.size() > 1 && ::syncfs(m_rootFd) == 0)
        return;
    for (const QByteArray &folder : std::as_const(folders)) {
        const int rc = syncDirectory(m_rootFd, (folder + "/new").constData());
        if (rc == 0)
            continue;
        for (Message &m : batch) {
            const bool here = std::any_of(m.files.cbegin(), m.files.cend(),
                                          [&](const TmpFile &f) { return f.folder == folder; });
            if (here) {
                m.error = rc;
                discard(m, true);
            }
        }
    }
}

void Maildir::write(Message &m)
{
    m.written = true;
    m.error = m_rootFd < 0 ? EBADF : 0;
    for (const QByteArray &folder : m.folders) {
        if (m.error)
            break;
        TmpFile f{folder, uniqueName(), -1};
        for (int attempt = 0; attempt < 2 && f.fd < 0; ++attempt) {
            if (!ensureFolder(folder, &m.error))
                break;
            f.fd = ::openat(m_rootFd, (folder + "/tmp/" + f.name).constData(),
                            O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
            if (f.fd < 0) {
                m.error = errno;
                m_ready.remove(folder); // removed behind our back? Make it again, once.
            }
        }
        if (f.fd < 0)
            break;
        m.error = writeAll(f.fd, m.bytes);
        m.files.push_back(f);
    }
    if (m.error)
        discard(m, false);
}

void Maildir::commit(std::vector<Message> &batch)
{
    for (Message &m : batch) {
        if (!m.written)
            write(m);
    }

    syncFiles(batch);
    for (Message &m : batch) {
        for (TmpFile &f : m.files) {
            ::close(f.fd);
            f.fd = -1;
        }
    }

    // Into new/: a reader sees a message whole or not at all (rename is atomic).
    for (Message &m : batch) {
        for (const TmpFile &f : m.files) {
            if (::renameat(m_rootFd, (f.folder + "/tmp/" + f.name).constData(), m_rootFd,
                           (f.folder + "/new/" + f.name).constData()) != 0) {
                m.error = errno;
                break;
            }
        }
        if (m.error)
            discard(m, true);
    }
    syncFolders(batch);

    // The batch is done with: a message given again is stored again (tests do).
    for (Message &m : batch) {
        m.written = false;
        m.files.clear();
    }
}

} // namespace kurir::live
