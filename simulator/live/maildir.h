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
    /// A message's file in tmp/ of one folder, written and not yet durable.
    struct TmpFile
    {
        QByteArray folder;
        QByteArray name;
        int fd = -1;
    };

    /// One message to store: the same bytes go to each mailbox folder (one file each).
    struct Message
    {
        QByteArrayList folders; ///< mailbox folder names, from folderName()
        QByteArray bytes;       ///< the message as stored: trace fields, then the content
        int error = 0;          ///< after commit(): 0 when durable in every new/, else errno
        bool written = false;   ///< write() ran: its files (below) wait in tmp/
        std::vector<TmpFile> files;
    };

    explicit Maildir(QString root);
    ~Maildir();
    Maildir(const Maildir &) = delete;
    Maildir &operator=(const Maildir &) = delete;

    /// Creates the root folder if needed; false (with errno) when it cannot be used.
    bool open();
    QString root() const { return m_root; }

    /// Writes the message's files into tmp/, not yet durable, or sets its `error`. The store
    /// worker does this while it waits for the rest of a batch, so that commit() has only the
    /// syncs and renames left; commit() writes whatever was not written yet.
    void write(Message &message);
    /// Stores every message of the batch durably, or sets its `error`: a message is either
    /// in new/ of all its folders, flushed to disk, or in none of them.
    void commit(std::vector<Message> &batch);

    static QByteArray folderName(const QByteArray &localPart, const QByteArray &domain);

    /// The paths of tmp/, new/ and cur/ of a folder (for tests and tools).
    QString folderPath(const QByteArray &folder, const char *sub) const;

private:
    bool ensureFolder(const QByteArray &folder, int *error);
    QByteArray uniqueName();
    void syncFiles(std::vector<Message> &batch);
    void syncFolders(std::vector<Message> &batch);
    void discard(Message &message, bool inNew);

    QString m_root;
    SyncLanes m_lanes;
    QByteArray m_rootPath;
    int m_rootFd = -1;
    // Folders are named by path for every file, never kept open: a folder replaced or mounted
    // over while the server runs is the one a reader of that path sees.
    QSet<QByteArray> m_ready; ///< folders whose tmp/new/cur exist and are durable
    QByteArray m_host;        ///< this machine's name, made safe for a file name
    qint64 m_pid = 0;
    quint64 m_sequence = 0;
};

} // namespace kurir::live
