#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace kurir::engine {

namespace {
QString g_current = QStringLiteral("en");
QTranslator *g_kurir = nullptr;
QTranslator *g_qt = nullptr;
} // namespace

QString systemLanguage()
{
    return QLocale::system().language() == QLocale::Indonesian ? QStringLiteral("id")
                                                               : QStringLiteral("en");
}

bool isSupportedLanguage(const QString &lang)
{
    return lang == QLatin1String("id") || lang == QLatin1String("en");
}

bool installLanguage(const QString &lang)
{
    // The language is set first: widgets that answer LanguageChange read it.
    g_current = isSupportedLanguage(lang) ? lang : QStringLiteral("en");
    for (QTranslator **t : {&g_kurir, &g_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    g_kurir = new QTranslator;
    const bool ok = g_kurir->load(QStringLiteral(":/i18n/kurir_%1.qm").arg(g_current));
    QCoreApplication::installTranslator(g_kurir);
    g_qt = new QTranslator;
    if (g_qt->load(QStringLiteral("qtbase_%1").arg(g_current),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt);
    return ok;
}

QString currentLanguage()
{
    return g_current;
}

QString languageFromArguments(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return {};
}

} // namespace kurir::engine
