#pragma once

#include <QString>
#include <QStringList>

namespace kurir::engine {

/// The language Kurir speaks: "id" (Bahasa Indonesia) or "en", for kurir-cli and the window
/// alike. Chosen by --lang, else by the system locale (Indonesian when it is Indonesian); the
/// window may change it while it runs.
QString systemLanguage();
bool isSupportedLanguage(const QString &lang);
/// Installs Kurir's and Qt's translators for `lang` from :/i18n and Qt's translations
/// folder, replacing the previous ones. Qt then sends QEvent::LanguageChange to every widget.
bool installLanguage(const QString &lang);
/// The language last installed ("en" before any).
QString currentLanguage();
/// Finds `--lang X` or `--lang=X` in raw arguments, before any parsing.
QString languageFromArguments(const QStringList &arguments);

} // namespace kurir::engine
