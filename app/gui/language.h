#pragma once

#include <QString>
#include <QStringList>

namespace kurir::gui {

/// The language Kurir speaks: "id" (Bahasa Indonesia) or "en". The same rules as kurir-cli
/// (app/cli/language.h), plus what a window needs: the language can change while it runs.
QString systemLanguage();
bool isSupportedLanguage(const QString &lang);
/// Installs Kurir's and Qt's translators for `lang` from :/i18n and Qt's translations
/// folder, replacing the previous ones. Qt then sends QEvent::LanguageChange to every widget.
bool installLanguage(const QString &lang);
/// The language last installed ("en" before any).
QString currentLanguage();
/// Finds `--lang X` or `--lang=X` in raw arguments, before any parsing.
QString languageFromArguments(const QStringList &arguments);

} // namespace kurir::gui
