#include "guiapp.h"

int main(int argc, char *argv[])
{
    return kurir::gui::runKurir(argc, argv);
}
