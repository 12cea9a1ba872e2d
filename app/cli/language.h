#pragma once

#include "engine/language.h"

namespace kurir::cli {

// One implementation for both programs (simulator/engine/language.h).
using engine::currentLanguage;
using engine::installLanguage;
using engine::isSupportedLanguage;
using engine::languageFromArguments;
using engine::systemLanguage;

} // namespace kurir::cli
