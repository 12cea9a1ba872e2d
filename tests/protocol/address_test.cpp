// Addresses by the RFC 5321 §4.1.2 grammar: Path, Mailbox, Domain, address literals (§4.1.3),
// the §4.5.3.1 length limits, and UTF-8 only where SMTPUTF8 allows it (RFC 6531 §3.3).

#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "protocol/address.h"
#include "protocol/limits.h"
#include "support/printers.h"

namespace kurir::smtp {

static void PrintTo(AddressError e, std::ostream *os)
{
    switch (e) {
    case AddressError::None: *os << "None"; return;
    case AddressError::Syntax: *os << "Syntax"; return;
    case AddressError::TooLong: *os << "TooLong"; return;
    case AddressError::NonAscii: *os << "NonAscii"; return;
    }
}

namespace {

using namespace std::string_literals;

QByteArray qb(const std::string &s) { return QByteArray(s.data(), qsizetype(s.size())); }

/// A domain of exactly `length` octets in 50-letter labels.
std::string domainOf(int length)
{
    std::string d;
    while (length - int(d.size()) > 51)
        d += std::string(50, 'a') + '.';
    d += std::string(length - int(d.size()), 'b');
    return d;
}

const std::string kUtf8Local = "j\xc3\xb6rg";           // jörg
const std::string kUtf8Domain = "b\xc3\xbc" "cher.example"; // bücher.example

// ---- parsePath ------------------------------------------------------------------------------

enum Allow : unsigned { None = 0, Null = 1, Utf8 = 2, BarePostmaster = 4 };

struct PathCase
{
    const char *name;
    std::string text;
    unsigned allow;
    AddressError error;
    std::string local = {};  ///< expected local part (when it parses to a mailbox)
    std::string domain = {}; ///< expected domain
    bool sourceRoute = false;
};

const Limits kLimits;

void PrintTo(const PathCase &c, std::ostream *os) { *os << c.name; }

class ParsePath : public ::testing::TestWithParam<PathCase>
{
};

TEST_P(ParsePath, Case)
{
    const PathCase &c = GetParam();
    const PathParse r = parsePath(qb(c.text), kLimits, c.allow & Null, c.allow & Utf8, c.allow & BarePostmaster);
    EXPECT_EQ(r.error, c.error);
    if (c.error != AddressError::None) {
        EXPECT_FALSE(r.path.has_value()) << "a refused path carries no value";
        return;
    }
    ASSERT_TRUE(r.path.has_value());
    EXPECT_EQ(r.path->hadSourceRoute, c.sourceRoute);
    if (c.local.empty() && c.domain.empty()) { // the null path
        EXPECT_TRUE(r.path->isNull());
        return;
    }
    ASSERT_FALSE(r.path->isNull());
    EXPECT_EQ(r.path->mailbox->localPart, qb(c.local));
    EXPECT_EQ(r.path->mailbox->domain, qb(c.domain));
}

using E = AddressError;

INSTANTIATE_TEST_SUITE_P(
    Grammar, ParsePath,
    ::testing::Values(
        // Dot-atoms (RFC 5321 Dot-string, RFC 5322 atext).
        PathCase{"Simple", "<alice@example.com>", None, E::None, "alice", "example.com"},
        PathCase{"SingleLabelDomain", "<a@b>", None, E::None, "a", "b"},
        PathCase{"DottedLocalPart", "<first.last@sub.example.com>", None, E::None, "first.last", "sub.example.com"},
        PathCase{"PlusTag", "<alice+tag@example.com>", None, E::None, "alice+tag", "example.com"},
        PathCase{"AllAtextSpecials", "<!#$%&'*+-/=?^_`{|}~@example.com>", None, E::None,
                 "!#$%&'*+-/=?^_`{|}~", "example.com"},
        PathCase{"CaseIsPreserved", "<Alice@Example.COM>", None, E::None, "Alice", "Example.COM"},
        PathCase{"DigitLabels", "<a@123.example>", None, E::None, "a", "123.example"},
        PathCase{"HyphenInsideLabel", "<a@ex-ample.com>", None, E::None, "a", "ex-ample.com"},
        PathCase{"ALabel", "<a@xn--bcher-kva.example>", None, E::None, "a", "xn--bcher-kva.example"},
        PathCase{"LeadingDotInLocalPart", "<.a@example.com>", None, E::Syntax},
        PathCase{"TrailingDotInLocalPart", "<a.@example.com>", None, E::Syntax},
        PathCase{"DoubleDotInLocalPart", "<a..b@example.com>", None, E::Syntax},
        PathCase{"SpaceInLocalPart", "<a b@example.com>", None, E::Syntax},
        PathCase{"ControlInLocalPart", "<a\x01" "b@example.com>", None, E::Syntax},
        PathCase{"CrInLocalPart", "<a\rb@example.com>", None, E::Syntax},
        PathCase{"NulInLocalPart", "<a\0b@example.com>"s, None, E::Syntax},
        PathCase{"ParenthesisInLocalPart", "<a(b)@example.com>", None, E::Syntax},
        // Quoted local parts (RFC 5321 Quoted-string, kept as written).
        PathCase{"QuotedWithSpace", "<\"john doe\"@example.com>", None, E::None, "\"john doe\"", "example.com"},
        PathCase{"QuotedWithAt", "<\"bob@gmail.example\"@yahoo.example>", None, E::None, "\"bob@gmail.example\"",
                 "yahoo.example"},
        PathCase{"QuotedPair", "<\"a\\\"b\"@example.com>", None, E::None, "\"a\\\"b\"", "example.com"},
        PathCase{"UnterminatedQuote", "<\"abc@example.com>", None, E::Syntax},
        PathCase{"QuoteInTheMiddle", "<ab\"c\"d@example.com>", None, E::Syntax},
        // Domains.
        PathCase{"EmptyDomain", "<a@>", None, E::Syntax},
        PathCase{"NoAt", "<alice>", None, E::Syntax},
        PathCase{"NoLocalPart", "<@example.com>", None, E::Syntax},
        PathCase{"TwoAts", "<a@b@example.com>", None, E::Syntax},
        PathCase{"DoubleAt", "<a@@example.com>", None, E::Syntax},
        PathCase{"DomainTrailingDot", "<a@example.com.>", None, E::Syntax},
        PathCase{"DomainLeadingDot", "<a@.example.com>", None, E::Syntax},
        PathCase{"DomainEmptyLabel", "<a@example..com>", None, E::Syntax},
        PathCase{"DomainLeadingHyphen", "<a@-example.com>", None, E::Syntax},
        PathCase{"DomainTrailingHyphen", "<a@example-.com>", None, E::Syntax},
        PathCase{"DomainUnderscore", "<a@ex_ample.com>", None, E::Syntax},
        // Address literals (§4.1.3).
        PathCase{"Ipv4Literal", "<a@[192.0.2.1]>", None, E::None, "a", "[192.0.2.1]"},
        PathCase{"Ipv6Literal", "<a@[IPv6:2001:db8::1]>", None, E::None, "a", "[IPv6:2001:db8::1]"},
        PathCase{"Ipv6LiteralFull", "<a@[IPv6:2001:db8:0:0:0:0:0:1]>", None, E::None, "a",
                 "[IPv6:2001:db8:0:0:0:0:0:1]"},
        PathCase{"Ipv4OctetOver255", "<a@[192.0.2.256]>", None, E::Syntax},
        PathCase{"Ipv4ThreeOctets", "<a@[192.0.2]>", None, E::Syntax},
        PathCase{"Ipv4FiveOctets", "<a@[192.0.2.1.5]>", None, E::Syntax},
        PathCase{"Ipv6BadHex", "<a@[IPv6:2001:db8::g]>", None, E::Syntax},
        PathCase{"UnclosedLiteral", "<a@[192.0.2.1>", None, E::Syntax},
        PathCase{"EmptyLiteral", "<a@[]>", None, E::Syntax},
        // Angle brackets.
        PathCase{"NoBrackets", "a@example.com", None, E::Syntax},
        PathCase{"NoClosingBracket", "<a@example.com", None, E::Syntax},
        PathCase{"NoOpeningBracket", "a@example.com>", None, E::Syntax},
        PathCase{"DoubleBrackets", "<<a@example.com>>", None, E::Syntax},
        PathCase{"TrailingGarbage", "<a@example.com>x", None, E::Syntax},
        PathCase{"Empty", "", None, E::Syntax},
        // The null reverse-path, only where allowed.
        PathCase{"NullPathAllowed", "<>", Null, E::None},
        PathCase{"NullPathRefused", "<>", None, E::Syntax},
        // Source routes: accepted and dropped (§4.1.2, Appendix C).
        PathCase{"SourceRoute", "<@relay.example:a@b.example>", None, E::None, "a", "b.example", true},
        PathCase{"SourceRouteTwoHops", "<@r1.example,@r2.example:a@b.example>", None, E::None, "a", "b.example",
                 true},
        PathCase{"SourceRouteWithoutMailbox", "<@relay.example:>", None, E::Syntax},
        PathCase{"SourceRouteEmptyHop", "<@:a@b.example>", None, E::Syntax},
        PathCase{"SourceRouteBadHop", "<@relay..example:a@b.example>", None, E::Syntax},
        // Lengths (§4.5.3.1): local part 64, domain 255, path 256 including the brackets.
        PathCase{"LocalPart64", "<" + std::string(64, 'l') + "@b>", None, E::None, std::string(64, 'l'), "b"},
        PathCase{"LocalPart65", "<" + std::string(65, 'l') + "@b>", None, E::TooLong},
        PathCase{"Path256", "<" + std::string(64, 'l') + "@" + domainOf(189) + ">", None, E::None,
                 std::string(64, 'l'), domainOf(189)},
        PathCase{"Path257", "<" + std::string(64, 'l') + "@" + domainOf(190) + ">", None, E::TooLong},
        PathCase{"Domain256", "<a@" + domainOf(256) + ">", None, E::TooLong},
        // UTF-8 only with SMTPUTF8 (RFC 6531 §3.3).
        PathCase{"Utf8LocalPartRefused", "<" + kUtf8Local + "@example.com>", None, E::NonAscii},
        PathCase{"Utf8LocalPartAllowed", "<" + kUtf8Local + "@example.com>", Utf8, E::None, kUtf8Local,
                 "example.com"},
        PathCase{"Utf8MalformedRefused", "<j\xff" "rg@example.com>", Utf8, E::Syntax},
        PathCase{"Utf8DomainRefused", "<a@" + kUtf8Domain + ">", None, E::NonAscii},
        PathCase{"Utf8DomainAllowed", "<a@" + kUtf8Domain + ">", Utf8, E::None, "a", kUtf8Domain},
        // <postmaster> without a domain, RCPT only (§4.1.1.3).
        PathCase{"BarePostmasterRefused", "<postmaster>", None, E::Syntax},
        PathCase{"BarePostmasterRefusedAsNull", "<postmaster>", Null, E::Syntax},
        PathCase{"PostmasterWithDomain", "<postmaster@example.com>", None, E::None, "postmaster", "example.com"},
        PathCase{"BareNotPostmasterStillRefused", "<webmaster>", BarePostmaster, E::Syntax}),
    [](const ::testing::TestParamInfo<PathCase> &info) { return std::string(info.param.name); });

TEST(ParsePathPostmaster, BarePostmasterWhenAllowed)
{
    for (const char *text : {"<postmaster>", "<Postmaster>", "<POSTMASTER>"}) {
        SCOPED_TRACE(text);
        const PathParse r = parsePath(text, kLimits, false, false, true);
        EXPECT_EQ(r.error, AddressError::None);
        ASSERT_TRUE(r.path.has_value());
        ASSERT_FALSE(r.path->isNull());
        EXPECT_TRUE(r.path->mailbox->isPostmaster());
        EXPECT_EQ(r.path->mailbox->localPart.toLower(), QByteArray("postmaster"));
    }
}

TEST(ParsePathLimits, ScenarioMayLowerTheLimits)
{
    Limits tight;
    tight.localPart = 5;
    EXPECT_EQ(parsePath("<abcde@b>", tight, false, false).error, AddressError::None);
    EXPECT_EQ(parsePath("<abcdef@b>", tight, false, false).error, AddressError::TooLong);
}

// ---- Mailbox --------------------------------------------------------------------------------

TEST(MailboxTest, IsPostmasterInAnyCase)
{
    EXPECT_TRUE((Mailbox{"postmaster", "example.com"}).isPostmaster());
    EXPECT_TRUE((Mailbox{"PostMaster", "EXAMPLE.com"}).isPostmaster());
    EXPECT_FALSE((Mailbox{"postmasters", "example.com"}).isPostmaster());
    EXPECT_FALSE((Mailbox{"post", "example.com"}).isPostmaster());
}

TEST(MailboxTest, ToStringAndLiteral)
{
    const Mailbox m{"bob", "[192.0.2.1]"};
    EXPECT_EQ(m.toString(), QByteArray("bob@[192.0.2.1]"));
    EXPECT_TRUE(m.isAddressLiteral());
    EXPECT_FALSE((Mailbox{"bob", "example.com"}).isAddressLiteral());
}

struct MailboxCase
{
    const char *name;
    std::string text;
    bool allowUtf8;
    bool valid;
    std::string local = {};
    std::string domain = {};
};

void PrintTo(const MailboxCase &c, std::ostream *os) { *os << c.name; }

class ParseMailbox : public ::testing::TestWithParam<MailboxCase>
{
};

TEST_P(ParseMailbox, Case)
{
    const MailboxCase &c = GetParam();
    const std::optional<Mailbox> m = parseMailbox(qb(c.text), c.allowUtf8);
    ASSERT_EQ(m.has_value(), c.valid);
    if (m) {
        EXPECT_EQ(m->localPart, qb(c.local));
        EXPECT_EQ(m->domain, qb(c.domain));
    }
}

INSTANTIATE_TEST_SUITE_P(
    Grammar, ParseMailbox,
    ::testing::Values(MailboxCase{"Simple", "alice@example.com", false, true, "alice", "example.com"},
                      MailboxCase{"Literal", "a@[192.0.2.1]", false, true, "a", "[192.0.2.1]"},
                      MailboxCase{"Quoted", "\"a b\"@example.com", false, true, "\"a b\"", "example.com"},
                      MailboxCase{"Utf8Allowed", kUtf8Local + "@example.com", true, true, kUtf8Local, "example.com"},
                      MailboxCase{"Utf8Refused", kUtf8Local + "@example.com", false, false},
                      MailboxCase{"WithBrackets", "<alice@example.com>", true, false},
                      MailboxCase{"NoDomain", "alice", true, false},
                      MailboxCase{"NoLocalPart", "@example.com", true, false},
                      MailboxCase{"Empty", "", true, false},
                      MailboxCase{"TrailingDot", "alice@example.com.", true, false},
                      MailboxCase{"CrlfInjection", "a@b.example\r\nRCPT TO:<c@d.example>", true, false},
                      MailboxCase{"LfInjection", "a@b.example\nDATA", true, false},
                      MailboxCase{"Nul", "a\0b@example.com"s, true, false},
                      MailboxCase{"Space", "a b@example.com", true, false}),
    [](const ::testing::TestParamInfo<MailboxCase> &info) { return std::string(info.param.name); });

// ---- Domains --------------------------------------------------------------------------------

struct DomainCase
{
    const char *name;
    std::string text;
    bool domain;      ///< isValidDomain(text)
    bool domainUtf8;  ///< isValidDomain(text, true)
    bool orLiteral;   ///< isValidDomainOrLiteral(text)
};

void PrintTo(const DomainCase &c, std::ostream *os) { *os << c.name; }

class Domains : public ::testing::TestWithParam<DomainCase>
{
};

TEST_P(Domains, Case)
{
    const DomainCase &c = GetParam();
    EXPECT_EQ(isValidDomain(qb(c.text)), c.domain) << "isValidDomain";
    EXPECT_EQ(isValidDomain(qb(c.text), true), c.domainUtf8) << "isValidDomain(utf8)";
    EXPECT_EQ(isValidDomainOrLiteral(qb(c.text)), c.orLiteral) << "isValidDomainOrLiteral";
}

INSTANTIATE_TEST_SUITE_P(
    Grammar, Domains,
    ::testing::Values(DomainCase{"Plain", "example.com", true, true, true},
                      DomainCase{"SingleLabel", "localhost", true, true, true},
                      DomainCase{"SingleLetter", "a", true, true, true},
                      DomainCase{"Hyphen", "a-b.example", true, true, true},
                      DomainCase{"DoubleHyphen", "xn--bcher-kva.example", true, true, true},
                      DomainCase{"DigitsFirst", "3com.example", true, true, true},
                      DomainCase{"MixedCase", "Mail.Example.COM", true, true, true},
                      DomainCase{"LeadingHyphen", "-a.example", false, false, false},
                      DomainCase{"TrailingHyphen", "a-.example", false, false, false},
                      DomainCase{"LabelEndsWithHyphen", "example.com-", false, false, false},
                      DomainCase{"EmptyLabel", "a..example", false, false, false},
                      DomainCase{"LeadingDot", ".example", false, false, false},
                      DomainCase{"TrailingDot", "example.com.", false, false, false},
                      DomainCase{"Empty", "", false, false, false},
                      DomainCase{"Dot", ".", false, false, false},
                      DomainCase{"Underscore", "a_b.example", false, false, false},
                      DomainCase{"Space", "a b.example", false, false, false},
                      DomainCase{"Slash", "a/b.example", false, false, false},
                      DomainCase{"Length255", domainOf(255), true, true, true},
                      DomainCase{"Length256", domainOf(256), false, false, false},
                      DomainCase{"Utf8", kUtf8Domain, false, true, false},
                      DomainCase{"InvalidUtf8Octet", "b\xff.example", false, false, false},
                      DomainCase{"Ipv4Literal", "[192.0.2.1]", false, false, true},
                      DomainCase{"Ipv4LiteralZeros", "[0.0.0.0]", false, false, true},
                      DomainCase{"Ipv4Literal255", "[255.255.255.255]", false, false, true},
                      DomainCase{"Ipv4Literal256", "[256.0.0.1]", false, false, false},
                      DomainCase{"Ipv4LiteralShort", "[192.0.2]", false, false, false},
                      DomainCase{"Ipv4LiteralLetters", "[192.0.2.a]", false, false, false},
                      DomainCase{"Ipv6Literal", "[IPv6:2001:db8::1]", false, false, true},
                      DomainCase{"Ipv6Loopback", "[IPv6:::1]", false, false, true},
                      DomainCase{"Ipv6Full", "[IPv6:2001:db8:1:2:3:4:5:6]", false, false, true},
                      DomainCase{"Ipv6TooManyGroups", "[IPv6:1:2:3:4:5:6:7:8:9]", false, false, false},
                      DomainCase{"Ipv6TwoDoubleColons", "[IPv6:2001::db8::1]", false, false, false},
                      DomainCase{"Ipv6SevenGroups", "[IPv6:2001:db8:1:2:3:4:5]", false, false, false},
                      // Without "IPv6:" this is a General-address-literal by the §4.1.3 ABNF
                      // (Standardized-tag "2001", then dcontent): syntactically valid.
                      DomainCase{"Ipv6WithoutTagIsAGeneralLiteral", "[2001:db8::1]", false, false, true},
                      DomainCase{"EmptyLiteral", "[]", false, false, false},
                      DomainCase{"UnclosedLiteral", "[192.0.2.1", false, false, false}),
    [](const ::testing::TestParamInfo<DomainCase> &info) { return std::string(info.param.name); });

// ---- Injection guards -----------------------------------------------------------------------

TEST(AddressGuards, LineBreakOrNul)
{
    EXPECT_FALSE(hasLineBreakOrNul("alice@example.com"));
    EXPECT_FALSE(hasLineBreakOrNul(""));
    EXPECT_TRUE(hasLineBreakOrNul("a\rb"));
    EXPECT_TRUE(hasLineBreakOrNul("a\nb"));
    EXPECT_TRUE(hasLineBreakOrNul(QByteArrayView("a\0b", 3)));
    EXPECT_TRUE(hasLineBreakOrNul("a@b\r\nRCPT TO:<c@d>"));
}

TEST(AddressGuards, EightBit)
{
    EXPECT_FALSE(hasEightBit("alice@example.com"));
    EXPECT_FALSE(hasEightBit(QByteArrayView("\x01\x7f", 2)));
    EXPECT_TRUE(hasEightBit(kUtf8Local.c_str()));
    EXPECT_TRUE(hasEightBit("\x80"));
    EXPECT_TRUE(hasEightBit("\xff"));
}

TEST(AddressCase, AsciiLowerChangesOnlyAsciiLettersAndSharesWhatIsAlreadyLower)
{
    EXPECT_EQ(asciiLower("Bob@Yahoo.EXAMPLE"), "bob@yahoo.example");
    EXPECT_EQ(asciiLower("AZ[@`az"), "az[@`az"); // only A-Z move: '[' and '`' sit beside them
    EXPECT_EQ(asciiLower(QByteArray(kUtf8Local.c_str()) + "X"), QByteArray(kUtf8Local.c_str()) + "x");
    EXPECT_EQ(asciiLower("\xc3\x89"), "\xc3\x89"); // UTF-8 stays as written, as toLower() leaves it
    const QByteArray lower = "bob@yahoo.example";
    EXPECT_EQ(asciiLower(lower).constData(), lower.constData()); // no copy
    EXPECT_TRUE(asciiLower(QByteArray()).isEmpty());
    EXPECT_TRUE(hasAsciiUpper("bob@Yahoo.example"));
    EXPECT_FALSE(hasAsciiUpper("[@`{\xc3\x89")); // the octets around A-Z, and UTF-8
}

} // namespace
} // namespace kurir::smtp
