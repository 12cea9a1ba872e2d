#pragma once

#include <QCoreApplication>
#include <QString>

namespace kurir::gui {

/// The terms of the lesson's glossary (DESIGN.md) and what they mean, in the current
/// language: the explanation marks them and explains them on hover.
class Glossary
{
    Q_DECLARE_TR_FUNCTIONS(Glossary)

public:
    static int count();
    /// The words that name term `i` in the current language, longest first.
    static QStringList words(int i);
    /// "<b>term</b>: what it means" for a tooltip.
    static QString definition(int i);
    /// `text` as HTML with the first mention of each term made a link "term:<i>".
    static QString markup(const QString &text, const QString &linkColour);
};

} // namespace kurir::gui
