// AUTH PLAIN and LOGIN (RFC 4954, RFC 4616) for ServerSession.
#include "serversession.h"

#include "serversessionutil.h"

namespace kurir::smtp {

using detail::key;

void ServerSession::onAuth(const CommandView &cmd)
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

    // `mechanism [initial-response]`: one space at most.
    const QByteArrayView argument = cmd.argument;
    const qsizetype space = argument.indexOf(' ');
    const QByteArrayView mech = space < 0 ? argument : argument.first(space);
    const bool hasInitial = space >= 0;
    const QByteArrayView initial = hasInitial ? argument.sliced(space + 1) : QByteArrayView();
    if (argument.isEmpty() || initial.contains(' ') || mech.isEmpty())
        return refuse(ReplyId::AuthSyntax);
    const bool plain = mech.compare("PLAIN", Qt::CaseInsensitive) == 0;
    if (!plain && mech.compare("LOGIN", Qt::CaseInsensitive) != 0)
        return refuse(ReplyId::UnknownAuthMechanism);

    setState(State::AuthExchange);
    if (plain) {
        m_authMech = AuthMech::Plain;
        if (hasInitial)
            return authPlain(initial);
        return send(ReplyId::AuthChallenge, {QByteArrayView()}); // "334 " (RFC 4954 §4)
    }
    m_authMech = AuthMech::LoginUser;
    if (hasInitial)
        return authLoginStep(initial);
    send(ReplyId::AuthChallenge, {"VXNlcm5hbWU6"}); // "Username:" in base64
}

bool ServerSession::processAuthLine()
{
    QByteArray line;
    switch (takeLine(&line)) {
    case LineResult::NeedMore: return false;
    case LineResult::Skipped: return true; // over-long: refused, the exchange is over
    case LineResult::Line: break;
    }
    pushEvent({SessionEvent::Kind::CommandReceived, key("auth-response"), {}, line});
    if (m_authMech == AuthMech::Plain)
        authPlain(line);
    else
        authLoginStep(line);
    return true;
}

namespace {

// Decodes one AUTH response; "=" is the zero-length response (RFC 4954 §4).
std::optional<QByteArray> decodeAuthResponse(QByteArrayView text)
{
    if (text == "=")
        return QByteArray();
    // The text is only read during the call: no copy of it.
    auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromRawData(text.data(), text.size()),
                                                  QByteArray::AbortOnBase64DecodingErrors);
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
std::optional<QByteArray> ServerSession::takeAuthResponse(QByteArrayView response)
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

void ServerSession::authPlain(QByteArrayView response)
{
    const auto decoded = takeAuthResponse(response);
    if (!decoded)
        return;
    // RFC 4616 §2: authzid NUL authcid NUL passwd, exactly two NULs.
    const QByteArrayView text = *decoded;
    const qsizetype first = text.indexOf('\0');
    const qsizetype second = first < 0 ? -1 : text.indexOf('\0', first + 1);
    if (second < 0 || text.indexOf('\0', second + 1) >= 0 || second == first + 1)
        return abortAuth(ReplyId::AuthMalformed);
    const QByteArrayView authzid = text.first(first);
    const QByteArrayView authcid = text.sliced(first + 1, second - first - 1);
    if (!authzid.isEmpty() && authzid != authcid) {
        // Acting for another identity (an authzid) is not something Kurir's users may do.
        return authFinish(QByteArrayView(), QByteArray());
    }
    authFinish(authcid, text.sliced(second + 1).toByteArray()); // the policy may keep it
}

void ServerSession::authLoginStep(QByteArrayView response)
{
    const auto decoded = takeAuthResponse(response);
    if (!decoded)
        return;
    if (m_authMech == AuthMech::LoginUser) {
        m_authLoginUser = *decoded;
        m_authMech = AuthMech::LoginPassword;
        return send(ReplyId::AuthChallenge, {"UGFzc3dvcmQ6"}); // "Password:" in base64
    }
    authFinish(std::exchange(m_authLoginUser, {}), *decoded);
}

void ServerSession::authFinish(QByteArrayView user, const QByteArray &password)
{
    m_authMech = AuthMech::None;
    setState(State::Greeted);
    if (user.isEmpty())
        return refuse(ReplyId::AuthFailed);
    QByteArray name = user.toByteArray();
    if (!m_policy.checkPassword(name, password))
        return refuse(ReplyId::AuthFailed);
    m_authUser = name;
    send(ReplyId::AuthSucceeded);
    pushEvent({SessionEvent::Kind::Authenticated, key("server.authenticated"), {std::move(name)}, {}});
}

} // namespace kurir::smtp
