#pragma once

#include <span>

namespace kurir::gui {

/// A string Qt itself shows in Kurir's dialogs (button boxes, message boxes, the file
/// dialog, text context menus), in Qt's own translation context.
struct QtText
{
    const char *context;
    struct
    {
        const char *source;
        const char *comment = nullptr; ///< Qt's disambiguation
    } text;
};

/// Debian ships no qtbase_id.qm, so Qt's own buttons would stay English in an Indonesian
/// lesson. These strings are marked here so that lupdate carries them into
/// translations/kurir_*.ts under Qt's contexts; Kurir's translator then answers for Qt
/// (QCoreApplication::translate asks every installed translator, whatever the context).
std::span<const QtText> qtStandardTexts();

} // namespace kurir::gui
