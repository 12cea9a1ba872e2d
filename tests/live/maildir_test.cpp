// The Maildir writer: layout, all-or-nothing batches, and refusals that never look stored.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "maildir.h"

using kurir::live::Maildir;

namespace {

QStringList entries(const QString &path)
{
    return QDir(path).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class MaildirTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_maildir.open());
    }

    QTemporaryDir m_dir;
    Maildir m_maildir{m_dir.filePath(QStringLiteral("mail"))};
};

} // namespace

TEST_F(MaildirTest, StoresIntoNewWithTmpAndCurBeside)
{
    std::vector<Maildir::Message> batch(1);
    batch[0].folders = {"bob@test.example"};
    batch[0].bytes = "Subject: hi\r\n\r\n.leading dot kept as stored\r\n";
    m_maildir.commit(batch);

    EXPECT_EQ(batch[0].error, 0);
    const QStringList files = entries(m_maildir.folderPath("bob@test.example", "new"));
    ASSERT_EQ(files.size(), 1);
    EXPECT_EQ(readFile(m_maildir.folderPath("bob@test.example", "new") + u'/' + files[0]), batch[0].bytes);
    EXPECT_TRUE(entries(m_maildir.folderPath("bob@test.example", "tmp")).isEmpty());
    EXPECT_TRUE(QDir(m_maildir.folderPath("bob@test.example", "cur")).exists());
    // Private mail: readable by the server's user only.
    struct stat st = {};
    ASSERT_EQ(::stat(QFile::encodeName(m_maildir.folderPath("bob@test.example", "new") + u'/' + files[0]).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
}

TEST_F(MaildirTest, AMessageWrittenAheadWaitsInTmpUntilItsBatchIsCommitted)
{
    std::vector<Maildir::Message> batch(2);
    batch[0].folders = {"bob@test.example", "carol@test.example"};
    batch[0].bytes = "Subject: early\r\n\r\nwritten while the batch gathered\r\n";
    batch[1].folders = {"bob@test.example"};
    batch[1].bytes = "Subject: late\r\n\r\nwritten by commit\r\n";
    m_maildir.write(batch[0]);
    EXPECT_EQ(batch[0].error, 0);
    // Written, not yet anyone's mail: a reader of new/ must not see it before it is durable.
    EXPECT_EQ(entries(m_maildir.folderPath("bob@test.example", "tmp")).size(), 1);
    EXPECT_EQ(entries(m_maildir.folderPath("carol@test.example", "tmp")).size(), 1);
    EXPECT_TRUE(entries(m_maildir.folderPath("bob@test.example", "new")).isEmpty());

    m_maildir.commit(batch);
    EXPECT_EQ(batch[0].error, 0);
    EXPECT_EQ(batch[1].error, 0);
    EXPECT_EQ(entries(m_maildir.folderPath("bob@test.example", "new")).size(), 2); // each once
    EXPECT_EQ(entries(m_maildir.folderPath("carol@test.example", "new")).size(), 1);
    EXPECT_TRUE(entries(m_maildir.folderPath("bob@test.example", "tmp")).isEmpty());
    EXPECT_TRUE(entries(m_maildir.folderPath("carol@test.example", "tmp")).isEmpty());
}

TEST_F(MaildirTest, OneFilePerMailboxAndUniqueNamesInABatch)
{
    std::vector<Maildir::Message> batch(50);
    for (int i = 0; i < 50; ++i) {
        batch[i].folders = {"bob@test.example", "carol@test.example"};
        batch[i].bytes = "Subject: " + QByteArray::number(i) + "\r\n\r\nbody\r\n";
    }
    m_maildir.commit(batch);

    for (const Maildir::Message &m : batch)
        EXPECT_EQ(m.error, 0);
    for (const char *box : {"bob@test.example", "carol@test.example"}) {
        const QString newDir = m_maildir.folderPath(box, "new");
        const QStringList files = entries(newDir);
        ASSERT_EQ(files.size(), 50) << box;
        QSet<QByteArray> subjects;
        for (const QString &f : files)
            subjects.insert(readFile(newDir + u'/' + f).split('\r').front());
        EXPECT_EQ(subjects.size(), 50) << box;
    }
}

TEST_F(MaildirTest, AFolderThatCannotBeMadeFailsOnlyItsMessageAndLeavesNothing)
{
    // A file where the mailbox folder should be (running as root, permissions would not stop
    // us): mkdir of its tmp/ fails with ENOTDIR.
    QFile blocker(m_dir.filePath(QStringLiteral("mail/broken@test.example")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    std::vector<Maildir::Message> batch(2);
    batch[0].folders = {"bob@test.example", "broken@test.example"};
    batch[0].bytes = "Subject: to both\r\n\r\n";
    batch[1].folders = {"carol@test.example"};
    batch[1].bytes = "Subject: fine\r\n\r\n";
    m_maildir.commit(batch);

    EXPECT_NE(batch[0].error, 0);
    EXPECT_EQ(batch[1].error, 0);
    // All or nothing: bob must not get a copy of a message the client will send again.
    EXPECT_TRUE(entries(m_maildir.folderPath("bob@test.example", "new")).isEmpty());
    EXPECT_TRUE(entries(m_maildir.folderPath("bob@test.example", "tmp")).isEmpty());
    EXPECT_EQ(entries(m_maildir.folderPath("carol@test.example", "new")).size(), 1);
}

TEST_F(MaildirTest, AFolderRemovedWhileRunningIsMadeAgain)
{
    std::vector<Maildir::Message> batch(1);
    batch[0].folders = {"bob@test.example"};
    batch[0].bytes = "x\r\n";
    m_maildir.commit(batch);
    ASSERT_EQ(batch[0].error, 0);
    ASSERT_TRUE(QDir(m_dir.filePath(QStringLiteral("mail/bob@test.example"))).removeRecursively());

    m_maildir.commit(batch);
    EXPECT_EQ(batch[0].error, 0);
    EXPECT_EQ(entries(m_maildir.folderPath("bob@test.example", "new")).size(), 1);
}

TEST(MaildirFolderName, IsTheLowerCaseAddressOrNothingWhenUnsafe)
{
    EXPECT_EQ(Maildir::folderName("Bob", "Test.Example"), "bob@test.example");
    EXPECT_EQ(Maildir::folderName("postmaster", "test.example"), "postmaster@test.example");
    EXPECT_EQ(Maildir::folderName("a/b", "test.example"), QByteArray()); // '/' is valid atext
    EXPECT_EQ(Maildir::folderName(".hidden", "test.example"), QByteArray());
    EXPECT_EQ(Maildir::folderName("\"x y\"", "test.example"), QByteArray());
    EXPECT_EQ(Maildir::folderName("bob", "[192.0.2.1]"), QByteArray());
    EXPECT_EQ(Maildir::folderName("", "test.example"), QByteArray());
}

TEST(MaildirOpen, FailsWhereNoFolderCanBe)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("file")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    Maildir m(dir.filePath(QStringLiteral("file/mail")));
    EXPECT_FALSE(m.open());
    std::vector<Maildir::Message> batch(1);
    batch[0].folders = {"bob@test.example"};
    m.commit(batch);
    EXPECT_NE(batch[0].error, 0);
}
