// AUTH PLAIN and LOGIN (RFC 4954, RFC 4616) for ServerSession.
#include "serversession.h"

#include "serversessionutil.h"

namespace kurir::smtp {

using detail::key;

void ServerSession::onAuth(const Command &cmd)
{
    if (!m_ext.auth || !m_policy.hasUsers())
        return refuse(ReplyId::AuthNotEnabled);
    if (!m_extended)
        return refuse(ReplyId::NeedEhlo); // AUTH is an ESMTP extension
    if (!m_authUser.isEmpty())
        return refuse(ReplyId::AlreadyAuthenticated); // only once (RFC 4954 §4)
    if (m_txn.reversePath)
        return refuse(ReplyId::AuthInTransaction);
    if (!offersAuth())
        return refuse(ReplyId::MustStartTls); // no password in plaintext (RFC 4954 §4)

    const QByteArrayList parts = cmd.argument.split(' ');
    if (cmd.argument.isEmpty() || parts.size() > 2 || parts[0].isEmpty())
        return refuse(ReplyId::AuthSyntax);
    const QByteArray mech = parts[0].toUpper();
    const bool hasInitial = parts.size() == 2;
    if (mech != "PLAIN" && mech != "LOGIN")
        return refuse(ReplyId::UnknownAuthMechanism);

    setState(State::AuthExchange);
    if (mech == "PLAIN") {
        m_authMech = AuthMech::Plain;
        if (hasInitial)
            return authPlain(parts[1]);
        return send(reply(ReplyId::AuthChallenge, {QByteArray()})); // "334 " (RFC 4954 §4)
    }
    m_authMech = AuthMech::LoginUser;
    if (hasInitial)
        return authLoginStep(parts[1]);
    send(reply(ReplyId::AuthChallenge, {QByteArray("Username:").toBase64()}));
}

bool ServerSession::processAuthLine()
{
    QByteArray line;
    switch (takeLine(&line)) {
    case LineResult::NeedMore: return false;
    case LineResult::Skipped: return true; // over-long: refused, the exchange is over
    case LineResult::Line: break;
    }
    m_events.push_back({SessionEvent::Kind::CommandReceived, key("auth-response"), {}, line});
    if (m_authMech == AuthMech::Plain)
        authPlain(line);
    else
        authLoginStep(line);
    return true;
}

namespace {

// Decodes one AUTH response; "=" is the zero-length response (RFC 4954 §4).
std::optional<QByteArray> decodeAuthResponse(const QByteArray &text)
{
    if (text == "=")
        return QByteArray();
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || text.isEmpty())
        return std::nullopt;
    return decoded.decoded;
}

} // namespace

// Ends an AUTH exchange with a refusal; the session is back where AUTH was given.
void ServerSession::abortAuth(ReplyId id)
{
    m_authMech = AuthMech::None;
    setState(State::Greeted);
    refuse(id);
}

// One client response of an exchange, decoded; "*" cancels (RFC 4954 §4).
std::optional<QByteArray> ServerSession::takeAuthResponse(const QByteArray &response)
{
    if (response == "*") {
        abortAuth(ReplyId::AuthCancelled);
        return std::nullopt;
    }
    auto decoded = decodeAuthResponse(response);
    if (!decoded)
        abortAuth(ReplyId::AuthBadBase64);
    return decoded;
}

void ServerSession::authPlain(const QByteArray &response)
{
    const auto decoded = takeAuthResponse(response);
    if (!decoded)
        return;
    // RFC 4616 §2: authzid NUL authcid NUL passwd
    const QByteArrayList fields = decoded->split('\0');
    if (fields.size() != 3 || fields[1].isEmpty())
        return abortAuth(ReplyId::AuthMalformed);
    if (!fields[0].isEmpty() && fields[0] != fields[1]) {
        // Acting for another identity (an authzid) is not something Kurir's users may do.
        return authFinish(QByteArray(), QByteArray());
    }
    authFinish(fields[1], fields[2]);
}

void ServerSession::authLoginStep(const QByteArray &response)
{
    const auto decoded = takeAuthResponse(response);
    if (!decoded)
        return;
    if (m_authMech == AuthMech::LoginUser) {
        m_authLoginUser = *decoded;
        m_authMech = AuthMech::LoginPassword;
        return send(reply(ReplyId::AuthChallenge, {QByteArray("Password:").toBase64()}));
    }
    authFinish(std::exchange(m_authLoginUser, {}), *decoded);
}

void ServerSession::authFinish(const QByteArray &user, const QByteArray &password)
{
    m_authMech = AuthMech::None;
    setState(State::Greeted);
    if (user.isEmpty() || !m_policy.checkPassword(user, password))
        return refuse(ReplyId::AuthFailed);
    m_authUser = user;
    send(reply(ReplyId::AuthSucceeded));
    m_events.push_back({SessionEvent::Kind::Authenticated, key("server.authenticated"), {user}, {}});
}

} // namespace kurir::smtp
