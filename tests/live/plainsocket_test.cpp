// PlainSocket: what the kernel does not take at once is sent later, in order, before a close.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QElapsedTimer>

#include "plainsocket.h"

using kurir::live::PlainSocket;

namespace {

struct Pair
{
    int server = -1; ///< given to the PlainSocket
    int client = -1; ///< read by the test, non-blocking
    Pair()
    {
        int fds[2];
        EXPECT_EQ(::socketpair(AF_UNIX, SOCK_STREAM, 0, fds), 0);
        server = fds[0];
        client = fds[1];
        ::fcntl(client, F_SETFL, ::fcntl(client, F_GETFL) | O_NONBLOCK);
    }
    ~Pair() { ::close(client); }

    // Reads what the client side has until `done` or EOF; runs the event loop in between.
    QByteArray drain(qsizetype want, bool *eof)
    {
        QByteArray got;
        char buffer[65536];
        QElapsedTimer clock;
        clock.start();
        *eof = false;
        while (got.size() < want || want < 0) {
            const ssize_t n = ::read(client, buffer, sizeof buffer);
            if (n > 0)
                got.append(buffer, n);
            else if (n == 0) {
                *eof = true;
                break;
            }
            QCoreApplication::processEvents();
            if (clock.elapsed() > 10000)
                break;
        }
        return got;
    }
};

QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char('a' + i % 23);
    return bytes;
}

} // namespace

TEST(PlainSocket, SendsWhatTheKernelCannotTakeLaterAndInOrder)
{
    Pair pair;
    PlainSocket socket(pair.server);
    int written = 0;
    QObject::connect(&socket, &PlainSocket::bytesWritten, [&] { ++written; });
    // Far more than a socket buffer holds: most of it must wait for the write notifier.
    const QByteArray first = pattern(4 * 1024 * 1024);
    socket.write(first);
    EXPECT_GT(socket.bytesToWrite(), 0);
    socket.write("and then this");
    bool eof = false;
    const QByteArray got = pair.drain(first.size() + 13, &eof);
    EXPECT_EQ(got, first + "and then this");
    EXPECT_EQ(socket.bytesToWrite(), 0);
    EXPECT_GE(written, 1);
}

TEST(PlainSocket, ClosesOnlyOnceEverythingIsSent)
{
    Pair pair;
    PlainSocket socket(pair.server);
    bool disconnected = false;
    QObject::connect(&socket, &PlainSocket::disconnected, [&] { disconnected = true; });
    const QByteArray bytes = pattern(2 * 1024 * 1024);
    socket.write(bytes);
    socket.disconnectFromHost();
    EXPECT_FALSE(disconnected); // still sending
    bool eof = false;
    EXPECT_EQ(pair.drain(-1, &eof), bytes);
    EXPECT_TRUE(eof);
    EXPECT_TRUE(disconnected);
}

TEST(PlainSocket, ReadsWhatIsThereAndTellsWhenTheClientClosed)
{
    Pair pair;
    PlainSocket socket(pair.server);
    char buffer[16];
    EXPECT_EQ(socket.read(buffer, sizeof buffer), 0); // nothing yet: no waiting
    ASSERT_EQ(::write(pair.client, "QUIT\r\n", 6), 6);
    ASSERT_EQ(socket.read(buffer, sizeof buffer), 6);
    EXPECT_EQ(QByteArray(buffer, 6), "QUIT\r\n");
    ::shutdown(pair.client, SHUT_WR);
    EXPECT_EQ(socket.read(buffer, sizeof buffer), -1);
}

TEST(PlainSocket, GivesItsDescriptorAwayForTls)
{
    Pair pair;
    auto socket = std::make_unique<PlainSocket>(pair.server);
    const qintptr fd = socket->takeDescriptor();
    EXPECT_EQ(fd, pair.server);
    socket.reset(); // must not close what it gave away
    EXPECT_EQ(::write(int(fd), "x", 1), 1);
    ::close(int(fd));
}
