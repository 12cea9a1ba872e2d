// The store worker: every message reported once, and only once it is in new/.
#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <mutex>

#include <QDir>
#include <QTemporaryDir>

#include "storeworker.h"

using kurir::live::Maildir;
using kurir::live::StoreWorker;

TEST(StoreWorker, ReportsEachMessageOnceAndOnlyWhenItIsInNew)
{
    QTemporaryDir dir;
    Maildir maildir(dir.filePath(QStringLiteral("mail")));
    ASSERT_TRUE(maildir.open());
    const QString newDir = maildir.folderPath("bob@test.example", "new");

    constexpr int kMessages = 200;
    std::mutex mutex;
    std::condition_variable allDone;
    std::vector<int> reports(kMessages, 0);
    int reported = 0;
    std::atomic<int> notYetVisible{0};
    {
        StoreWorker worker(maildir, [&](std::vector<StoreWorker::Report> batch) {
            // Runs on the worker thread: this batch and every message reported before it must
            // already be where a reader finds them.
            std::lock_guard lock(mutex);
            const bool allVisible =
                QDir(newDir).entryList(QDir::Files).size() >= reported + qsizetype(batch.size());
            for (const StoreWorker::Report &r : batch) {
                if (r.error != 0 || !allVisible)
                    ++notYetVisible;
                ++reports[r.ticket];
                ++reported;
            }
            if (reported == kMessages)
                allDone.notify_one();
        });
        for (int i = 0; i < kMessages; ++i)
            worker.submit(quint64(i), {{"bob@test.example"}, "Subject: " + QByteArray::number(i) + "\r\n\r\n", 0, false, {}});
        std::unique_lock lock(mutex);
        ASSERT_TRUE(allDone.wait_for(lock, std::chrono::seconds(30), [&] { return reported == kMessages; }));
        EXPECT_EQ(worker.inFlight(), 0);
    }
    EXPECT_EQ(notYetVisible, 0);
    for (int i = 0; i < kMessages; ++i)
        EXPECT_EQ(reports[i], 1) << "ticket " << i;
    EXPECT_EQ(QDir(newDir).entryList(QDir::Files).size(), kMessages);
}

TEST(StoreWorker, FinishesWhatItHoldsWhenDestroyed)
{
    QTemporaryDir dir;
    Maildir maildir(dir.filePath(QStringLiteral("mail")));
    ASSERT_TRUE(maildir.open());
    std::atomic<int> reported{0};
    {
        StoreWorker worker(maildir, [&](std::vector<StoreWorker::Report> batch) {
            for (const StoreWorker::Report &r : batch)
                reported += r.error == 0;
        });
        for (int i = 0; i < 50; ++i)
            worker.submit(quint64(i), {{"bob@test.example"}, "x\r\n", 0, false, {}});
    }
    EXPECT_EQ(reported, 50);
    EXPECT_EQ(QDir(maildir.folderPath("bob@test.example", "new")).entryList(QDir::Files).size(), 50);
}
