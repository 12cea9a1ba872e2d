#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace kurir::cli {

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
    static QTranslator *kurir = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **t : {&kurir, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    kurir = new QTranslator;
    const bool ok = kurir->load(QStringLiteral(":/i18n/kurir_%1.qm").arg(lang));
    QCoreApplication::installTranslator(kurir);
    qt = new QTranslator;
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return ok;
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

} // namespace kurir::cli
