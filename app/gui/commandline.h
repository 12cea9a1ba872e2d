#pragma once

#include <optional>

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

namespace kurir::gui {

/// What `kurir [SCENARIO] [--lang id|en] [--step N] [--view NAME] [--screenshot FILE]
/// [--size WxH]` asks for (DESIGN.md, the GUI's contract).
struct GuiOptions
{
    QString scenario;     ///< built-in id or file; empty: the last one, else gmail-to-yahoo
    QString lang;         ///< empty: remembered, else the system's
    int step = 0;         ///< 1-based; 0: the first step
    QString view;         ///< what --screenshot paints: window (default), journey, dialogue, explanation, stages
    QString screenshot;   ///< PNG to write, then exit
    QSize size;           ///< window size; invalid: remembered or default
    bool help = false;
    bool version = false;
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    /// Parses the arguments (arguments[0] is the program). On a problem returns nothing and
    /// sets `error` to one translated line.
    static std::optional<GuiOptions> parse(const QStringList &arguments, QString *error);
    static QString helpText();
    static QStringList views();

    /// True when a window can be opened: a display (X11 or Wayland) or a Qt platform chosen
    /// by hand. Always true outside Linux and the BSDs.
    static bool displayAvailable();
    /// The one line said where no display can be opened, in `lang`.
    static QString noDisplayMessage(const QString &lang);
};

} // namespace kurir::gui
