// Where live mode listens: `kurir-cli serve --listen` and the window's live settings read the
// same HOST:PORT.
#include <gtest/gtest.h>

#include "liveconfig.h"

using kurir::live::LiveConfig;

namespace {

struct ListenCase
{
    const char *text;
    bool ok;
    const char *address; ///< when ok
    quint16 port;
};

class Listen : public ::testing::TestWithParam<ListenCase>
{
};

TEST_P(Listen, IsReadOrLeftAsItWas)
{
    const ListenCase &c = GetParam();
    LiveConfig config;
    config.address = QHostAddress(QStringLiteral("192.0.2.9"));
    config.port = 7;
    EXPECT_EQ(config.setListen(QString::fromUtf8(c.text)), c.ok) << c.text;
    if (c.ok) {
        EXPECT_EQ(config.address, QHostAddress(QString::fromUtf8(c.address))) << c.text;
        EXPECT_EQ(config.port, c.port) << c.text;
    } else {
        EXPECT_EQ(config.address, QHostAddress(QStringLiteral("192.0.2.9"))) << c.text;
        EXPECT_EQ(config.port, 7) << c.text;
    }
}

INSTANTIATE_TEST_SUITE_P(HostAndPort, Listen,
                         ::testing::Values(ListenCase{"127.0.0.1:2525", true, "127.0.0.1", 2525},
                                           ListenCase{"0.0.0.0:25", true, "0.0.0.0", 25},
                                           ListenCase{"127.0.0.1:0", true, "127.0.0.1", 0},
                                           ListenCase{"[::1]:2525", true, "::1", 2525},
                                           ListenCase{"::1:2525", true, "::1", 2525},
                                           ListenCase{"127.0.0.1", false, "", 0},
                                           ListenCase{":2525", false, "", 0},
                                           ListenCase{"127.0.0.1:65536", false, "", 0},
                                           ListenCase{"127.0.0.1:smtp", false, "", 0},
                                           ListenCase{"localhost:2525", false, "", 0},
                                           ListenCase{"", false, "", 0}));

} // namespace
