#pragma once

namespace kurir::gui {

/// Kurir's GUI from start to exit: the command line, the language, the window, and the
/// --screenshot mode. Returns the exit code (0 success, 2 bad input or no display, 1
/// internal error).
int runKurir(int argc, char **argv);

} // namespace kurir::gui
