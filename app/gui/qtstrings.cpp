#include "qtstrings.h"

#include <QtGlobal>

namespace kurir::gui {

namespace {

// Exactly as Qt 6.4 says them (qplatformtheme.cpp, qfiledialog.ui/.cpp, qfilesystemmodel.cpp,
// qmessagebox.cpp, qwidgettextcontrol.cpp, qlineedit.cpp): a different spelling would never
// be asked for.
constexpr QtText kTexts[] = {
    // QDialogButtonBox and QMessageBox standard buttons.
    {"QPlatformTheme", {QT_TRANSLATE_NOOP("QPlatformTheme", "OK")}},
    {"QPlatformTheme", {QT_TRANSLATE_NOOP("QPlatformTheme", "Save")}},
    {"QPlatformTheme", {QT_TRANSLATE_NOOP("QPlatformTheme", "Save All")}},
    {"QPlatformTheme", {QT_TRANSLATE_NOOP("QPlatformTheme", "Open")}},
    {"QPlatformTheme", {QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes")}},
    {"QPlatformTheme", {QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All")}},
    {"QPlatformTheme", {QT_TRANSLATE_NOOP("QPlatformTheme", "&No")}},
    {"QPlatformTheme", {QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All")}},
    {"QPlatformTheme", {QT_TRANSLATE_NOOP("QPlatformTheme", "Abort")}},
    {"QPlatformTheme", {QT_TRANSLATE_NOOP("QPlatformTheme", "Retry")}},
    {"QPlatformTheme", {QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore")}},
    {"QPlatformTheme", {QT_TRANSLATE_NOOP("QPlatformTheme", "Close")}},
    {"QPlatformTheme", {QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel")}},
    {"QPlatformTheme", {QT_TRANSLATE_NOOP("QPlatformTheme", "Discard")}},
    {"QPlatformTheme", {QT_TRANSLATE_NOOP("QPlatformTheme", "Help")}},
    {"QPlatformTheme", {QT_TRANSLATE_NOOP("QPlatformTheme", "Apply")}},
    {"QPlatformTheme", {QT_TRANSLATE_NOOP("QPlatformTheme", "Reset")}},
    {"QPlatformTheme", {QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults")}},
    // QMessageBox's details button.
    {"QMessageBox", {QT_TRANSLATE_NOOP("QMessageBox", "Show Details...")}},
    {"QMessageBox", {QT_TRANSLATE_NOOP("QMessageBox", "Hide Details...")}},
    // File › Open (Qt's own file dialog, where the desktop offers none).
    {"QFileDialog", {QT_TRANSLATE_NOOP("QFileDialog", "Look in:")}},
    {"QFileDialog", {QT_TRANSLATE_NOOP("QFileDialog", "File &name:")}},
    {"QFileDialog", {QT_TRANSLATE_NOOP("QFileDialog", "Files of type:")}},
    {"QFileDialog", {QT_TRANSLATE_NOOP("QFileDialog", "&Open")}},
    {"QFileDialog", {QT_TRANSLATE_NOOP("QFileDialog", "Open")}},
    {"QFileDialog", {QT_TRANSLATE_NOOP("QFileDialog", "Back")}},
    {"QFileDialog", {QT_TRANSLATE_NOOP("QFileDialog", "Go back")}},
    {"QFileDialog", {QT_TRANSLATE_NOOP("QFileDialog", "Forward")}},
    {"QFileDialog", {QT_TRANSLATE_NOOP("QFileDialog", "Go forward")}},
    {"QFileDialog", {QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory")}},
    {"QFileDialog", {QT_TRANSLATE_NOOP("QFileDialog", "Go to the parent directory")}},
    {"QFileDialog", {QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder")}},
    {"QFileDialog", {QT_TRANSLATE_NOOP("QFileDialog", "Create a New Folder")}},
    {"QFileDialog", {QT_TRANSLATE_NOOP("QFileDialog", "List View")}},
    {"QFileDialog", {QT_TRANSLATE_NOOP("QFileDialog", "Change to list view mode")}},
    {"QFileDialog", {QT_TRANSLATE_NOOP("QFileDialog", "Detail View")}},
    {"QFileDialog", {QT_TRANSLATE_NOOP("QFileDialog", "Change to detail view mode")}},
    {"QFileDialog", {QT_TRANSLATE_NOOP("QFileDialog", "Sidebar")}},
    {"QFileDialog", {QT_TRANSLATE_NOOP("QFileDialog", "List of places and bookmarks")}},
    {"QFileDialog", {QT_TRANSLATE_NOOP("QFileDialog", "Files")}},
    {"QFileDialog", {QT_TRANSLATE_NOOP("QFileDialog", "Recent Places")}},
    {"QFileDialog", {QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files")}},
    {"QFileDialog", {QT_TRANSLATE_NOOP("QFileDialog", "&New Folder")}},
    {"QFileDialog", {QT_TRANSLATE_NOOP("QFileDialog", "New Folder")}},
    {"QFileDialog", {QT_TRANSLATE_NOOP("QFileDialog", "&Rename")}},
    {"QFileDialog", {QT_TRANSLATE_NOOP("QFileDialog", "&Delete")}},
    {"QFileDialog", {QT_TRANSLATE_NOOP("QFileDialog", "Are you sure you want to delete '%1'?")}},
    {"QFileDialog", {QT_TRANSLATE_NOOP("QFileDialog", "Directory:")}},
    {"QFileSystemModel", {QT_TRANSLATE_NOOP("QFileSystemModel", "Name")}},
    {"QFileSystemModel", {QT_TRANSLATE_NOOP("QFileSystemModel", "Size")}},
    {"QFileSystemModel", QT_TRANSLATE_NOOP3("QFileSystemModel", "Type", "All other platforms")},
    {"QFileSystemModel", {QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified")}},
    // The context menu of the error dialog's text and of line edits.
    {"QWidgetTextControl", {QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy")}},
    {"QWidgetTextControl", {QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location")}},
    {"QWidgetTextControl", {QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All")}},
    {"QLineEdit", {QT_TRANSLATE_NOOP("QLineEdit", "&Undo")}},
    {"QLineEdit", {QT_TRANSLATE_NOOP("QLineEdit", "&Redo")}},
    {"QLineEdit", {QT_TRANSLATE_NOOP("QLineEdit", "Cu&t")}},
    {"QLineEdit", {QT_TRANSLATE_NOOP("QLineEdit", "&Copy")}},
    {"QLineEdit", {QT_TRANSLATE_NOOP("QLineEdit", "&Paste")}},
    {"QLineEdit", {QT_TRANSLATE_NOOP("QLineEdit", "Delete")}},
    {"QLineEdit", {QT_TRANSLATE_NOOP("QLineEdit", "Select All")}},
};

} // namespace

std::span<const QtText> qtStandardTexts()
{
    return kTexts;
}

} // namespace kurir::gui
