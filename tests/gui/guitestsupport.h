#pragma once

#include <map>
#include <memory>

#include <gtest/gtest.h>

#include <QString>
#include <QTranslator>

class QWidget;

namespace kurir::gui::test {

/// Stands in for the Indonesian of strings that translations/kurir_id.ts does not have yet:
/// while the language is "id", it answers every string with "[id] " and the English, so a
/// test can see that every visible string went through tr() and retranslate().
class PseudoIndonesian : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }
};

/// Every string a person can see in `root` and its visible children, its menus and its
/// toolbars (texts, titles, tooltips, accessible names and descriptions, combo items,
/// table headers), keyed by where it was found.
std::map<QString, QString> visibleTexts(QWidget *root);

/// Paints pending updates, delivers posted events.
void settle();

} // namespace kurir::gui::test

namespace kurir::gui {
class MainWindow;
class Player;
}

namespace kurir::gui::test {

/// A window in English on the first lesson, shown at 1280x800, steps arriving at once.
class WindowFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;
    Player &player();

    std::unique_ptr<MainWindow> window;
};

} // namespace kurir::gui::test
