// FontWarmUp: starts fontconfig on another core while QApplication starts.
//
// On Linux the first widget that needs a font waits while fontconfig reads and parses its
// configuration and caches (FcInit: about 5 ms here, a sixth of the time to the first page).
// Begun at the top of main(), that work overlaps with QApplication's own start; wait() is called
// before the first widget is built, and Qt's font database then finds fontconfig ready.
// It must also be waited for before QApplication is destroyed (Qt then destroys fontconfig's
// configuration). FcInit is looked up at run time in what Qt's font database has already loaded, so
// nothing new is linked; where it is not found (macOS, Windows) this does nothing.
#pragma once

#include <thread>

namespace zadig {

class FontWarmUp
{
public:
    FontWarmUp();
    ~FontWarmUp();
    FontWarmUp(const FontWarmUp &) = delete;
    FontWarmUp &operator=(const FontWarmUp &) = delete;

    // Returns once fontconfig is initialised (or at once when there is nothing to wait for).
    void wait();

private:
    std::thread m_thread;
};

} // namespace zadig
