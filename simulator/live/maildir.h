#pragma once

#include <vector>

#include <QByteArray>
#include <QSet>
#include <QString>

#include "synclanes.h"

namespace kurir::live {

/// A folder of Maildirs, one per mailbox: `ROOT/<local-part>@<domain>/{tmp,new,cur}`
/// (DESIGN.md "Live mode"; the layout of https://cr.yp.to/proto/maildir.html).
///
/// Messages are stored in batches ("group commit"): every file of the batch is written to
/// tmp/, the batch is flushed to disk together, each file is renamed into new/ and the
/// new/ folders are synced. Only then may the server say 250: a message it acknowledged is
/// never lost, and one sync serves all the sessions that finished a message meanwhile.
/// Not thread-safe: one thread (the store worker) owns it.
class Maildir
{
public:
    /// One message to store: the same bytes go to each mailbox folder (one file each).
    struct Message
    {
        QByteArrayList folders; ///< mailbox folder names, from folderName()
        QByteArray bytes;       ///< the message as stored: trace fields, then the content
        int error = 0;          ///< after commit(): 0 when durable in every new/, else errno
    };

    explicit Maildir(QString root);
    ~Maildir();
    Maildir(const Maildir &) = delete;
    Maildir &operator=(const Maildir &) = delete;

    /// Creates the root folder if needed; false (with errno) when it cannot be used.
    bool open();
    QString root() const { return m_root; }

    /// Stores every message of the batch durably, or sets its `error`: a message is either
    /// in new/ of all its folders, flushed to disk, or in none of them.
    void commit(std::vector<Message> &batch);

    /// The folder of a mailbox: `local@domain` in lower case. Empty when the address cannot
    /// name a folder safely (a slash, a leading dot, a quoted local part, control octets):
    /// such a recipient is refused rather than written somewhere unexpected.
    static QByteArray folderName(const QByteArray &localPart, const QByteArray &domain);

    /// The paths of tmp/, new/ and cur/ of a folder (for tests and tools).
    QString folderPath(const QByteArray &folder, const char *sub) const;

private:
    struct File
    {
        Message *message = nullptr;
        QByteArray folder;
        QByteArray name;
        int fd = -1;
    };

    bool ensureFolder(const QByteArray &folder, int *error);
    QByteArray uniqueName();
    void syncFiles(std::vector<File> &files);
    void syncFolders(std::vector<File> &files, const QSet<QByteArray> &folders);
    void discard(std::vector<File> &files, Message *message, bool inNew);

    QString m_root;
    SyncLanes m_lanes;
    QByteArray m_rootPath;
    int m_rootFd = -1;
    QSet<QByteArray> m_ready; ///< folders whose tmp/new/cur exist and are durable
    QByteArray m_host;        ///< this machine's name, made safe for a file name
    quint64 m_sequence = 0;
};

} // namespace kurir::live
