#pragma once

#include <QString>
#include <QStringList>

namespace kurir::cli {

/// The language Kurir speaks to the user: "id" (Bahasa Indonesia) or "en".
/// Chosen by --lang, else by the system locale (Indonesian when it is Indonesian).
QString systemLanguage();
bool isSupportedLanguage(const QString &lang);
/// Installs Kurir's and Qt's translators for `lang` (from the :/i18n resources).
bool installLanguage(const QString &lang);
/// Finds `--lang X` or `--lang=X` in raw arguments, before any parsing, so the parser's own
/// messages (and --help) are already in the chosen language.
QString languageFromArguments(const QStringList &arguments);

} // namespace kurir::cli
