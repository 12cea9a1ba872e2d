#pragma once

// The scenario loader's reader: walks a JSON tree into a Scenario (scenarioreader.cpp) and
// checks what JSON alone cannot say (scenariocheck.cpp), collecting every problem with its
// place in the file. Private to the loader: include scenarioloader.h instead.

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include "jsontree.h"
#include "scenario.h"
#include "scenarioloader.h"

namespace kurir::scenario::detail {

using Type = JsonValue::Type;

/// How far apart two words are (Levenshtein, case-insensitive): for "did you mean".
int editDistance(const QString &a, const QString &b);
/// A JSON type in words, for "expected ..., found ...".
QString typeText(Type t);
/// Dotted-decimal IPv4 ("203.0.113.5"): four numbers 0-255 without leading zeros.
bool isIpv4(QByteArrayView text);

/// Walks the JSON tree into a Scenario, collecting every problem with its position.
class Reader
{
public:
    explicit Reader(QString file) : m_file(std::move(file)) {}

    QList<LoadError> errors;

    void error(JsonPos pos, const QString &path, const QString &message)
    {
        errors.append({m_file, pos.line, pos.column, path, message});
    }

    bool is(const JsonValue &v, Type type, const QString &path)
    {
        if (v.type() == type)
            return true;
        error(v.pos(), path, ScenarioLoader::tr("expected %1, found %2").arg(typeText(type), typeText(v.type())));
        return false;
    }

    /// Reports fields that are not in `known`, suggesting the nearest known name.
    void onlyFields(const JsonValue &obj, const QString &path, const QStringList &known)
    {
        QSet<QString> seen;
        for (const JsonValue::Member &m : obj.members()) {
            const QString at = path.isEmpty() ? m.key : path + u'.' + m.key;
            if (seen.contains(m.key))
                error(m.keyPos, at, ScenarioLoader::tr("field \"%1\" is given twice").arg(m.key));
            seen.insert(m.key);
            if (known.contains(m.key))
                continue;
            const QString best = nearest(m.key, known);
            if (best.isEmpty())
                error(m.keyPos, at, ScenarioLoader::tr("unknown field \"%1\"").arg(m.key));
            else
                error(m.keyPos, at, ScenarioLoader::tr("unknown field \"%1\"; did you mean \"%2\"?").arg(m.key, best));
        }
    }

    std::optional<QString> text(const JsonValue &obj, const char *key, const QString &path)
    {
        const JsonValue *v = obj.member(QString::fromLatin1(key));
        if (!v || !is(*v, Type::String, join(path, key)))
            return std::nullopt;
        return v->toString();
    }

    std::optional<qint64> integer(const JsonValue &obj, const char *key, const QString &path,
                                  qint64 min, qint64 max)
    {
        const JsonValue *v = obj.member(QString::fromLatin1(key));
        if (!v || !is(*v, Type::Number, join(path, key)))
            return std::nullopt;
        if (!v->isInteger() || v->toInteger() < min || v->toInteger() > max) {
            error(v->pos(), join(path, key), ScenarioLoader::tr("expected a whole number from %1 to %2").arg(min).arg(max));
            return std::nullopt;
        }
        return v->toInteger();
    }

    std::optional<bool> boolean(const JsonValue &obj, const char *key, const QString &path)
    {
        const JsonValue *v = obj.member(QString::fromLatin1(key));
        if (!v || !is(*v, Type::Bool, join(path, key)))
            return std::nullopt;
        return v->toBool();
    }

    std::optional<QStringList> texts(const JsonValue &obj, const char *key, const QString &path)
    {
        const JsonValue *v = obj.member(QString::fromLatin1(key));
        if (!v)
            return std::nullopt;
        const QString at = join(path, key);
        // A single string stands for a list of one, as teachers often write "to": "bob@...".
        if (v->type() == Type::String)
            return QStringList{v->toString()};
        if (!is(*v, Type::Array, at))
            return std::nullopt;
        QStringList out;
        for (size_t i = 0; i < v->items().size(); ++i) {
            const JsonValue &item = v->items()[i];
            if (is(item, Type::String, QStringLiteral("%1[%2]").arg(at).arg(i)))
                out << item.toString();
        }
        return out;
    }

    std::optional<LocalizedText> localized(const JsonValue &obj, const char *key, const QString &path)
    {
        const JsonValue *v = obj.member(QString::fromLatin1(key));
        if (!v)
            return std::nullopt;
        const QString at = join(path, key);
        if (v->type() == Type::String)
            return LocalizedText{v->toString(), v->toString()};
        if (!is(*v, Type::Object, at))
            return std::nullopt;
        onlyFields(*v, at, {QStringLiteral("id"), QStringLiteral("en")});
        LocalizedText t;
        t.id = text(*v, "id", at).value_or(QString());
        t.en = text(*v, "en", at).value_or(QString());
        return t;
    }

    void address(const JsonValue &obj, const char *key, const QString &path, QByteArray *out)
    {
        if (auto t = text(obj, key, path)) {
            if (!smtp::parseMailbox(t->toUtf8()))
                error(obj.member(QString::fromLatin1(key))->pos(), join(path, key),
                      ScenarioLoader::tr("\"%1\" is not an e-mail address (name@domain)").arg(*t));
            *out = t->toUtf8();
        }
    }

    void addresses(const JsonValue &obj, const char *key, const QString &path, QByteArrayList *out)
    {
        if (const JsonValue *v = obj.member(QString::fromLatin1(key));
            v && v->type() != Type::String && v->type() != Type::Array) {
            error(v->pos(), join(path, key),
                  ScenarioLoader::tr("expected an e-mail address in quotes or a list of addresses, found %1").arg(typeText(v->type())));
            return;
        }
        const auto list = texts(obj, key, path);
        if (!list)
            return;
        out->clear();
        const JsonValue *v = obj.member(QString::fromLatin1(key));
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString &a = list->at(i);
            if (!smtp::parseMailbox(a.toUtf8())) {
                const JsonPos pos = v->type() == Type::Array ? v->items()[size_t(i)].pos() : v->pos();
                error(pos, QStringLiteral("%1.%2[%3]").arg(path, QLatin1String(key)).arg(i),
                      ScenarioLoader::tr("\"%1\" is not an e-mail address (name@domain)").arg(a));
            }
            *out << a.toUtf8();
        }
    }

    static QString join(const QString &path, const char *key)
    {
        return path.isEmpty() ? QString::fromLatin1(key) : path + u'.' + QLatin1String(key);
    }

    void readScenario(const JsonValue &root, Scenario &s);
    void readDomain(const JsonValue &v, const QString &path, Domain &d);
    void readHost(const JsonValue &v, const QString &path, Host &h);
    void readMessage(const JsonValue &v, const QString &path, Message &m);
    bool readFault(const JsonValue &v, const QString &path, Fault &f);
    void check(const JsonValue &root, const Scenario &s);

    /// The closest of `known` to `word` (at most two edits away), for "did you mean".
    static QString nearest(const QString &word, const QStringList &known)
    {
        QString best;
        int bestDistance = 3;
        for (const QString &k : known) {
            if (const int d = editDistance(word, k); d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best;
    }

    /// Reports a "host"/"address"... field that names nothing: at the value when the file
    /// gave one, else at the object that lacks it.
    static JsonPos valuePos(const JsonValue &obj, const char *key)
    {
        const JsonValue *v = obj.member(QString::fromLatin1(key));
        return v ? v->pos() : obj.pos();
    }

private:
    QString m_file;
    /// Faults that already had a problem: check() says nothing more about them, so one
    /// mistake gives one message.
    QSet<qsizetype> m_badFaults;
    /// Where each MX record of the file names its host, to point at it when it leads nowhere.
    struct MxRef
    {
        QByteArray domain;
        qsizetype index;
        JsonPos pos;
        QString path;
    };
    QList<MxRef> m_mxRefs;
};

} // namespace kurir::scenario::detail
