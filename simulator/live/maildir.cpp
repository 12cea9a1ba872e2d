#include "maildir.h"

#include <cerrno>
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
    return QByteArray::number(qint64(tv.tv_sec)) + ".M" + QByteArray::number(qint64(tv.tv_usec)) + 'P' +
           QByteArray::number(qint64(::getpid())) + 'Q' + QByteArray::number(++m_sequence) + '.' + m_host;
}

void Maildir::discard(std::vector<File> &files, Message *message, bool inNew)
{
    for (File &f : files) {
        if (f.message != message)
            continue;
        if (f.fd >= 0) {
            ::close(f.fd);
            f.fd = -1;
        }
        if (!f.name.isEmpty()) {
            ::unlinkat(m_rootFd, (f.folder + (inNew ? "/new/" : "/tmp/") + f.name).constData(), 0);
            ::unlinkat(m_rootFd, (f.folder + "/tmp/" + f.name).constData(), 0);
        }
        f.message = nullptr; // forgotten: nothing more is done with it
    }
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
void Maildir::syncFiles(std::vector<File> &files)
{
    std::vector<File *> open;
    std::vector<int> fds;
    for (File &f : files) {
        if (f.message && f.fd >= 0) {
            open.push_back(&f);
            fds.push_back(f.fd);
        }
    }
    if (open.size() > 1 && ::syncfs(m_rootFd) == 0)
        return;
    std::vector<int> errors;
    m_lanes.sync(fds, errors); // one file (a flush either way), or finding who failed
    for (size_t i = 0; i < open.size(); ++i) {
        if (errors[i] != 0 && open[i]->message) {
            Message *m = open[i]->message;
            m->error = errors[i];
            discard(files, m, false);
        }
    }
}

// The renames of a batch are durable once the new/ folders are synced: one folder (a bulk
// sender to one mailbox) is one fsync(); several are one syncfs(), or each on its own when
// that fails, to know which.
void Maildir::syncFolders(std::vector<File> &files, const QSet<QByteArray> &folders)
{
    if (folders.size() > 1 && ::syncfs(m_rootFd) == 0)
        return;
    for (const QByteArray &folder : folders) {
        if (const int rc = syncDirectory(m_rootFd, (folder + "/new").constData()); rc != 0) {
            for (File &f : files) {
                if (f.message && f.folder == folder) {
                    Message *m = f.message;
                    m->error = rc;
                    discard(files, m, true);
                }
            }
        }
    }
}

void Maildir::commit(std::vector<Message> &batch)
{
    std::vector<File> files;
    for (Message &m : batch) {
        m.error = m_rootFd < 0 ? EBADF : 0;
        for (const QByteArray &folder : m.folders) {
            if (m.error)
                break;
            File f{&m, folder, uniqueName(), -1};
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
            files.push_back(f);
        }
        if (m.error)
            discard(files, &m, false);
    }

    syncFiles(files);
    for (File &f : files) {
        if (f.fd >= 0) {
            ::close(f.fd);
            f.fd = -1;
        }
    }

    // Into new/: a reader sees a message whole or not at all (rename is atomic).
    QSet<QByteArray> folders;
    for (File &f : files) {
        if (!f.message)
            continue;
        if (::renameat(m_rootFd, (f.folder + "/tmp/" + f.name).constData(), m_rootFd,
                       (f.folder + "/new/" + f.name).constData()) != 0) {
            Message *m = f.message;
            m->error = errno;
            discard(files, m, true);
            continue;
        }
        folders.insert(f.folder);
    }
    syncFolders(files, folders);
}

} // namespace kurir::live
